//! Issue 16, item 4: a completion callback that begins the next call on the `Inline`
//! executor. Each call used to run inside the callback of the one before, so the stack
//! grew with the chain and overflowed (~15 k calls in release); now a call begun from a
//! completion runs after that completion returns.

mod support;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock, Weak};
use std::time::Duration;

use async_interface_runtime::executor::Inline;
use async_interface_runtime::{Call, CallError, CallOptions, CallState, Synchronize};
use support::*;

// Miri interprets each call slowly; a shorter chain still checks the trampoline's
// thread-local bookkeeping there.
const CHAIN: u64 = if cfg!(miri) { 2_000 } else { 100_000 };

/// On each completion: finish the call and begin the next, until `CHAIN` calls.
#[derive(Default)]
struct Chain {
    call: OnceLock<Weak<Call<Echo>>>,
    finished: AtomicU64,
}

impl Synchronize for Chain {
    fn wait(&self, _: Duration) -> Result<(), CallError> {
        Ok(())
    }
    fn wait_forever(&self) -> Result<(), CallError> {
        Ok(())
    }
    fn signal(&self) {
        let Some(call) = self.call.get().and_then(Weak::upgrade) else {
            return;
        };
        let n = call
            .finish(METHOD)
            .expect("the reply of the completed call");
        assert_eq!(n, self.finished.fetch_add(1, Ordering::SeqCst));
        if n + 1 < CHAIN {
            call.begin(METHOD, n + 1).expect("the object is idle again");
        }
    }
    fn reset(&self) {}
}

#[test]
fn a_hundred_thousand_calls_chained_from_completion_callbacks_keep_the_stack_flat() {
    let chain = Arc::new(Chain::default());
    let call = Arc::new(echo(
        CallOptions::new()
            .executor(Arc::new(Inline))
            .synchronize(Arc::clone(&chain) as Arc<dyn Synchronize + Send + Sync>),
    ));
    chain.call.set(Arc::downgrade(&call)).ok().unwrap();
    // A small stack of its own, so that the test does not depend on the harness's.
    let outcome = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            call.begin(METHOD, 0).unwrap();
            call.state()
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(chain.finished.load(Ordering::SeqCst), CHAIN);
    assert_eq!(
        outcome,
        CallState::Idle,
        "begin returned after the whole chain"
    );
}

#[test]
fn a_call_begun_outside_a_completion_still_runs_inside_begin() {
    // Outside a completion nothing is deferred: the call completes before `begin`
    // returns (what a server method that nests a call and finishes it relies on).
    let inner = Arc::new(echo(CallOptions::new().executor(Arc::new(Inline))));
    let nested = {
        let inner = Arc::clone(&inner);
        move || {
            inner.begin(METHOD, 5).unwrap();
            let state = inner.state();
            (state, inner.finish(METHOD))
        }
    };
    assert_eq!(nested(), (CallState::Complete, Ok(5)));
}

/// On its completion, begins a call on another `Inline` call object and waits for it.
struct WaitsInItsCompletion {
    other: Arc<Call<Echo>>,
    got: OnceLock<Result<u64, CallError>>,
}

impl Synchronize for WaitsInItsCompletion {
    fn wait(&self, _: Duration) -> Result<(), CallError> {
        Ok(())
    }
    fn wait_forever(&self) -> Result<(), CallError> {
        Ok(())
    }
    fn signal(&self) {
        self.other.begin(METHOD, 42).unwrap();
        let _ = self.got.set(self.other.finish(METHOD));
    }
    fn reset(&self) {}
}

#[test]
fn a_completion_that_waits_for_the_call_it_began_gets_its_reply() {
    // The trampoline defers the call begun in the completion; the completion's own
    // `finish_` must then run it, or it would wait for itself for ever.
    let waits = Arc::new(WaitsInItsCompletion {
        other: Arc::new(echo(CallOptions::new().executor(Arc::new(Inline)))),
        got: OnceLock::new(),
    });
    let call = echo(
        CallOptions::new()
            .executor(Arc::new(Inline))
            .synchronize(Arc::clone(&waits) as Arc<dyn Synchronize + Send + Sync>),
    );
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        call.begin(METHOD, 1).unwrap();
        done.send(call.finish(METHOD)).unwrap();
    });
    // A hang is a failure, not a stuck test run.
    assert_eq!(finished.recv_timeout(PATIENCE), Ok(Ok(1)));
    assert_eq!(waits.got.get(), Some(&Ok(42)));
    assert_eq!(waits.other.state(), CallState::Idle);
}
