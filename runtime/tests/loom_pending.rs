//! Loom models of a `PendingCall` (issue 13): dropped or awaited while its call completes
//! on another thread. Same setting as `tests/loom.rs` (calls run on a `loom::thread`).
//!
//! Run with
//! `RUSTFLAGS="--cfg loom" LOOM_MAX_PREEMPTIONS=3 CARGO_TARGET_DIR=target/loom cargo test -p async-interface-runtime --release --test loom_pending`.
#![cfg(loom)]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use async_interface_runtime::executor::{Executor, Task};
use async_interface_runtime::{Call, CallError, CallOptions, CallState, Dispatch, PendingCall};
use loom::sync::Mutex;
use loom::thread;

const METHOD: &str = "IModel::run";

fn check(name: &'static str, body: impl Fn() + Sync + Send + 'static) {
    let mut builder = loom::model::Builder::new();
    if builder.preemption_bound.is_none() {
        builder.preemption_bound = Some(2);
    }
    let bound = builder.preemption_bound;
    let executions = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&executions);
    builder.check(move || {
        counter.fetch_add(1, Ordering::Relaxed);
        body();
    });
    eprintln!(
        "loom model {name}: {} executions, preemption bound {bound:?}",
        executions.load(Ordering::Relaxed)
    );
}

/// Counts its drops.
struct Counted(Arc<AtomicUsize>);

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

/// Answers every request with a reply whose drops it counts.
struct Server {
    replies: Arc<AtomicUsize>,
}

impl Dispatch for Server {
    type Request = Counted;
    type Reply = Counted;
    fn dispatch(&self, request: Counted) -> Counted {
        drop(request);
        Counted(Arc::clone(&self.replies))
    }
}

/// Runs every task on a `loom::thread` of its own.
#[derive(Default)]
struct Spawn {
    handles: Mutex<Vec<thread::JoinHandle<()>>>,
}

impl Executor for Spawn {
    fn execute(&self, task: Task) {
        let handle = thread::spawn(move || task.run());
        self.handles.lock().unwrap().push(handle);
    }
}

impl Spawn {
    fn join(&self) {
        let handles: Vec<_> = self.handles.lock().unwrap().drain(..).collect();
        for handle in handles {
            handle.join().unwrap();
        }
    }
}

fn finish(call: &Call<Server>) -> Result<Counted, CallError> {
    call.finish(METHOD)
}

/// Dropping a pending call while its call runs: the call object is idle at once (no
/// `finish_` needed), the next call begins, and the request and the reply (if the server
/// made one) are each dropped exactly once.
#[test]
fn dropped_pending_call_vs_completion() {
    check("dropped_pending_call_vs_completion", || {
        let spawn = Arc::new(Spawn::default());
        let (requests, replies) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let call = Call::with_options(
            Server {
                replies: Arc::clone(&replies),
            },
            CallOptions::new().executor(Arc::clone(&spawn) as Arc<dyn Executor>),
        );
        let begun = call.begin(METHOD, Counted(Arc::clone(&requests)));
        let pending = PendingCall::new(&call, begun, finish);
        drop(pending);
        assert_eq!(call.state(), CallState::Idle, "the drop finished the call");
        spawn.join();
        assert_eq!(requests.load(Ordering::SeqCst), 1, "the request, once");
        assert!(
            replies.load(Ordering::SeqCst) <= 1,
            "the reply, at most once"
        );
        assert_eq!(call.begin(METHOD, Counted(Arc::clone(&requests))), Ok(()));
        spawn.join();
        assert_eq!(call.finish(METHOD).map(drop), Ok(()));
    });
}

/// Awaiting a pending call while its call completes: the await returns the reply.
#[test]
fn awaited_pending_call_vs_completion() {
    check("awaited_pending_call_vs_completion", || {
        let spawn = Arc::new(Spawn::default());
        let (requests, replies) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let call = Call::with_options(
            Server {
                replies: Arc::clone(&replies),
            },
            CallOptions::new().executor(Arc::clone(&spawn) as Arc<dyn Executor>),
        );
        let begun = call.begin(METHOD, Counted(Arc::clone(&requests)));
        let reply = loom::future::block_on(PendingCall::new(&call, begun, finish));
        assert!(reply.is_ok(), "the server's reply");
        drop(reply);
        assert_eq!(replies.load(Ordering::SeqCst), 1);
        assert_eq!(call.state(), CallState::Idle);
        spawn.join();
    });
}
