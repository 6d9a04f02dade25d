//! SPEC behaviour 13: the call context (COM's client security blanket and impersonation).

mod support;

use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use async_interface_runtime::context::{self, CallContext};
use async_interface_runtime::{Call, CallError, CallObject, CallState, Dispatch};
use support::PATIENCE;

#[derive(Debug, Clone, PartialEq)]
struct Caller(String);

/// Answers with the caller it sees in the current call's context, after an optional
/// barrier (so that many calls are in flight at once).
struct WhoAmI {
    barrier: Option<Arc<Barrier>>,
}

impl Dispatch for WhoAmI {
    type Request = ();
    type Reply = Option<String>;
    fn dispatch(&self, (): ()) -> Option<String> {
        if let Some(barrier) = &self.barrier {
            barrier.wait();
        }
        context::current::<Caller>().map(|caller| caller.0.clone())
    }
}

const METHOD: &str = "IWhoAmI::who";

#[test]
fn the_server_method_sees_the_context_the_client_set() {
    let call = Call::new(WhoAmI { barrier: None });
    call.set_context(Some(CallContext::new().with(Caller("alice".into()))));
    call.begin(METHOD, ()).unwrap();
    assert_eq!(call.finish(METHOD), Ok(Some("alice".into())));
}

#[test]
fn the_context_is_captured_at_begin() {
    let (manual, options) = support::manual();
    let call = Call::with_options(WhoAmI { barrier: None }, options);
    call.set_context(Some(CallContext::new().with(Caller("before".into()))));
    call.begin(METHOD, ()).unwrap();
    call.set_context(Some(CallContext::new().with(Caller("after".into()))));
    manual.run_all();
    assert_eq!(call.finish(METHOD), Ok(Some("before".into())));
    call.set_context(None);
    call.begin(METHOD, ()).unwrap();
    manual.run_all();
    assert_eq!(call.finish(METHOD), Ok(None), "cleared for later calls");
}

#[test]
fn concurrent_calls_each_see_only_their_own_identity() {
    const CALLS: usize = 16;
    let barrier = Arc::new(Barrier::new(CALLS));
    let calls: Vec<_> = (0..CALLS)
        .map(|i| {
            let call = Call::new(WhoAmI {
                barrier: Some(Arc::clone(&barrier)),
            });
            call.set_context(Some(CallContext::new().with(Caller(format!("user{i}")))));
            call
        })
        .collect();
    for round in 0..5 {
        for call in &calls {
            call.begin(METHOD, ()).unwrap();
        }
        // All sixteen server methods are running at the same time when they read it.
        for (i, call) in calls.iter().enumerate() {
            assert_eq!(
                call.finish(METHOD),
                Ok(Some(format!("user{i}"))),
                "round {round}"
            );
        }
    }
}

#[test]
fn the_context_is_gone_from_the_worker_after_the_call() {
    let call = Call::new(WhoAmI { barrier: None });
    call.set_context(Some(CallContext::new().with(Caller("alice".into()))));
    call.begin(METHOD, ()).unwrap();
    call.finish(METHOD).unwrap();
    // Another call object without a context, on the same pool, sees nothing.
    let other = Call::new(WhoAmI { barrier: None });
    for _ in 0..50 {
        other.begin(METHOD, ()).unwrap();
        assert_eq!(other.finish(METHOD), Ok(None));
    }
    assert!(
        context::current::<Caller>().is_none(),
        "nor does the client thread"
    );
}

struct Slow;

impl Dispatch for Slow {
    type Request = ();
    type Reply = Option<Instant>;
    fn dispatch(&self, (): ()) -> Option<Instant> {
        context::deadline()
    }
}

#[test]
fn a_call_whose_deadline_passed_before_it_started_is_cancelled_not_run() {
    let (manual, options) = support::manual();
    let call = Call::with_options(Slow, options);
    call.set_context(Some(CallContext::new().with_deadline(Instant::now())));
    call.begin("ISlow::go", ()).unwrap();
    manual.run_all();
    assert_eq!(call.state(), CallState::Cancelled);
    assert_eq!(call.finish("ISlow::go"), Err(CallError::Canceled));
}

#[test]
fn the_server_method_sees_the_deadline() {
    let call = Call::new(Slow);
    let deadline = Instant::now() + PATIENCE + Duration::from_secs(60);
    call.set_context(Some(CallContext::new().with_deadline(deadline)));
    call.begin("ISlow::go", ()).unwrap();
    assert_eq!(call.finish("ISlow::go"), Ok(Some(deadline)));
}
