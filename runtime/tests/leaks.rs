//! Every way a call can end leaves nothing behind. Nothing here touches the built-in pool
//! (whose workers outlive a test), so Miri runs this file with its leak checker on:
//! `cargo +nightly miri test -p async-interface-runtime --test leaks`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use async_interface_runtime::executor::{Executor, Inline, Task};
use async_interface_runtime::{
    Call, CallError, CallOptions, CancelMethodCalls, Dispatch, Responder, Serve, WaitSet,
};

const METHOD: &str = "ILeak::run";

/// Counts its drops.
struct Counted(Arc<AtomicUsize>);

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

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

/// Runs every task on a thread of its own; `join` waits for them.
#[derive(Default)]
struct Spawn {
    handles: Mutex<Vec<JoinHandle<()>>>,
}

impl Executor for Spawn {
    fn execute(&self, task: Task) {
        let handle = std::thread::spawn(move || task.run());
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

/// Keeps tasks until the test runs or drops them.
#[derive(Default)]
struct Manual {
    tasks: Mutex<Vec<Task>>,
}

impl Executor for Manual {
    fn execute(&self, task: Task) {
        self.tasks.lock().unwrap().push(task);
    }
}

struct Fixture {
    requests: Arc<AtomicUsize>,
    replies: Arc<AtomicUsize>,
}

impl Fixture {
    fn new() -> Self {
        Fixture {
            requests: Arc::new(AtomicUsize::new(0)),
            replies: Arc::new(AtomicUsize::new(0)),
        }
    }
    fn server(&self) -> Server {
        Server {
            replies: Arc::clone(&self.replies),
        }
    }
    fn request(&self) -> Counted {
        Counted(Arc::clone(&self.requests))
    }
    fn counts(&self) -> (usize, usize) {
        (
            self.requests.load(Ordering::SeqCst),
            self.replies.load(Ordering::SeqCst),
        )
    }
}

fn rounds() -> usize {
    if cfg!(miri) { 3 } else { 50 }
}

#[test]
fn round_trips_on_worker_threads_leave_nothing() {
    let fixture = Fixture::new();
    let spawn = Arc::new(Spawn::default());
    let call = Call::with_options(
        fixture.server(),
        CallOptions::new().executor(Arc::clone(&spawn) as Arc<dyn Executor>),
    );
    for _ in 0..rounds() {
        call.begin(METHOD, fixture.request()).unwrap();
        drop(call.finish(METHOD).unwrap());
    }
    spawn.join();
    assert_eq!(fixture.counts(), (rounds(), rounds()));
}

#[test]
fn fire_and_forget_leaves_nothing() {
    let fixture = Fixture::new();
    let spawn = Arc::new(Spawn::default());
    for _ in 0..rounds() {
        let call = Call::with_options(
            fixture.server(),
            CallOptions::new().executor(Arc::clone(&spawn) as Arc<dyn Executor>),
        );
        call.begin(METHOD, fixture.request()).unwrap();
        drop(call);
    }
    spawn.join();
    assert_eq!(fixture.counts(), (rounds(), rounds()));
}

#[test]
fn cancelled_calls_leave_nothing() {
    let fixture = Fixture::new();
    let spawn = Arc::new(Spawn::default());
    let call = Call::with_options(
        fixture.server(),
        CallOptions::new().executor(Arc::clone(&spawn) as Arc<dyn Executor>),
    );
    for _ in 0..rounds() {
        call.begin(METHOD, fixture.request()).unwrap();
        let _ = call.cancel(Duration::ZERO);
        let _ = call.finish(METHOD);
    }
    spawn.join();
    let (requests, replies) = fixture.counts();
    assert_eq!(requests, rounds());
    assert!(replies <= rounds());
}

#[test]
fn dropped_tasks_end_as_disconnected_and_leave_nothing() {
    let fixture = Fixture::new();
    let manual = Arc::new(Manual::default());
    let call = Call::with_options(
        fixture.server(),
        CallOptions::new().executor(Arc::clone(&manual) as Arc<dyn Executor>),
    );
    call.begin(METHOD, fixture.request()).unwrap();
    manual.tasks.lock().unwrap().clear();
    assert_eq!(call.finish(METHOD).err(), Some(CallError::Disconnected));
    assert_eq!(fixture.counts(), (1, 0));
}

#[test]
fn dropped_completers_end_as_disconnected_and_leave_nothing() {
    struct Loses;
    impl Serve for Loses {
        type Request = ();
        type Reply = ();
        fn serve(&self, (): (), responder: &Responder<'_, Self>) -> Option<()> {
            let completer = responder.defer(|(): ()| ());
            std::thread::spawn(move || drop(completer)).join().unwrap();
            None
        }
    }
    let call = Call::with_options(Loses, CallOptions::new().executor(Arc::new(Inline)));
    for _ in 0..rounds() {
        call.begin(METHOD, ()).unwrap();
        assert_eq!(call.finish(METHOD), Err(CallError::Disconnected));
    }
}

#[test]
fn wait_sets_leave_nothing() {
    let fixture = Fixture::new();
    let calls: Vec<_> = (0..3)
        .map(|_| {
            Call::with_options(
                fixture.server(),
                CallOptions::new().executor(Arc::new(Inline)),
            )
        })
        .collect();
    let mut set = WaitSet::new();
    for call in &calls {
        set.add(call);
    }
    calls[2].begin(METHOD, fixture.request()).unwrap();
    assert_eq!(set.wait_any(Duration::from_secs(10)), Ok(2));
    drop(calls[2].finish(METHOD).unwrap());
    drop(set);
    assert_eq!(fixture.counts(), (1, 1));
}
