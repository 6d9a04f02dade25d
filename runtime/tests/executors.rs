//! SPEC behaviour 15 (workers and pluggable executors) and the cancellation rules that
//! depend on when a worker picks a call up (SPEC 12).

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use async_interface_runtime::executor::Inline;
use async_interface_runtime::{
    Call, CallError, CallOptions, CallState, CancelMethodCalls, Dispatch, Synchronize,
};
use support::*;

#[test]
fn the_inline_executor_runs_the_call_inside_begin() {
    let call = echo(CallOptions::new().executor(Arc::new(Inline)));
    call.begin(METHOD, 3).unwrap();
    assert_eq!(
        call.state(),
        CallState::Complete,
        "begin returned after the server did"
    );
    assert_eq!(call.finish(METHOD), Ok(3));
}

#[test]
fn a_call_cancelled_before_a_worker_picks_it_up_never_runs() {
    let (manual, options) = manual();
    let gated = {
        let g = gated(options);
        g.go.send(()).unwrap();
        g
    };
    gated.call.begin(METHOD, 1).unwrap();
    assert_eq!(
        gated.call.cancel(Duration::from_secs(3600)),
        Ok(()),
        "returns at once"
    );
    assert_eq!(gated.call.state(), CallState::Cancelled);
    manual.run_all();
    assert!(
        gated.started.try_recv().is_err(),
        "the server method never ran"
    );
    assert_eq!(gated.call.finish(METHOD), Err(CallError::Canceled));
}

#[test]
fn a_task_dropped_without_running_ends_the_call_as_disconnected() {
    let (manual, options) = manual();
    let call = echo(options);
    call.begin(METHOD, 1).unwrap();
    manual.drop_all();
    assert_eq!(call.wait(PATIENCE), Ok(()), "waiters wake");
    assert_eq!(call.finish(METHOD), Err(CallError::Disconnected));
    // and the call object is reusable
    call.begin(METHOD, 2).unwrap();
    manual.run_all();
    assert_eq!(call.finish(METHOD), Ok(2));
}

/// A server method that begins a call on another call object and waits for it.
struct Nested {
    depth: usize,
    ran: Arc<AtomicUsize>,
}

impl Dispatch for Nested {
    type Request = ();
    type Reply = usize;
    fn dispatch(&self, (): ()) -> usize {
        self.ran.fetch_add(1, Ordering::SeqCst);
        if self.depth == 0 {
            return 0;
        }
        let inner = Call::new(Nested {
            depth: self.depth - 1,
            ran: Arc::clone(&self.ran),
        });
        inner.begin("INested::go", ()).unwrap();
        inner.finish("INested::go").unwrap() + 1
    }
}

#[test]
fn nested_calls_on_every_worker_at_once_do_not_deadlock_the_pool() {
    let workers = std::thread::available_parallelism()
        .map_or(2, usize::from)
        .max(2);
    let clients = workers + 1;
    let ran = Arc::new(AtomicUsize::new(0));
    let calls: Vec<_> = (0..clients)
        .map(|_| {
            Call::new(Nested {
                depth: 3,
                ran: Arc::clone(&ran),
            })
        })
        .collect();
    for call in &calls {
        call.begin("INested::go", ()).unwrap();
    }
    for call in &calls {
        assert_eq!(call.wait(PATIENCE), Ok(()), "the pool deadlocked");
        assert_eq!(call.finish("INested::go"), Ok(3));
    }
    assert_eq!(ran.load(Ordering::SeqCst), clients * 4);
}

#[test]
fn blocking_server_methods_do_not_hold_up_other_calls() {
    // More calls blocked at once than the machine has cores: each still gets a worker.
    let many = std::thread::available_parallelism().map_or(2, usize::from) * 4;
    let gates: Vec<_> = (0..many).map(|_| gated(CallOptions::new())).collect();
    for (i, g) in gates.iter().enumerate() {
        g.call.begin(METHOD, i as u64).unwrap();
    }
    for g in &gates {
        g.started
            .recv_timeout(PATIENCE)
            .expect("a call was held up behind blocked ones");
    }
    for (i, g) in gates.iter().enumerate() {
        g.go.send(()).unwrap();
        assert_eq!(g.call.finish(METHOD), Ok(i as u64));
    }
}

#[cfg(feature = "tokio")]
#[test]
fn the_tokio_executor_runs_calls_on_spawn_blocking() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let executor = async_interface_runtime::executor::TokioBlocking::new(runtime.handle().clone());
    let call = echo(CallOptions::new().executor(Arc::new(executor)));
    call.begin(METHOD, 11).unwrap();
    assert_eq!(call.finish(METHOD), Ok(11));
}

/// Issue 13: `TokioBlocking::current()` inside a task takes that task's runtime, and the
/// call is awaited there without blocking it.
#[cfg(feature = "tokio")]
#[test]
fn tokio_blocking_current_takes_the_runtime_of_the_calling_task() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let echoed = runtime.block_on(async {
        let executor = async_interface_runtime::executor::TokioBlocking::current();
        let call = echo(CallOptions::new().executor(Arc::new(executor)));
        call.begin(METHOD, 12).unwrap();
        // On a current-thread runtime a blocking wait here could never let the runtime
        // run anything; the call runs on its blocking pool meanwhile.
        async_interface_runtime::CallObject::completion(&call)
            .await
            .unwrap();
        call.finish(METHOD)
    });
    assert_eq!(echoed, Ok(12));
}
