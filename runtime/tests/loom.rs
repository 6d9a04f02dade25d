//! Loom models of every race on a call object (issue 5, RELIABILITY.md).
//!
//! Run with
//! `RUSTFLAGS="--cfg loom" LOOM_MAX_PREEMPTIONS=2 CARGO_TARGET_DIR=target/loom cargo test -p async-interface-runtime --release --test loom`.
//! Under loom the runtime's locks, condition variables, atomics and thread-locals are
//! loom's (see the runtime's `primitives` module), so every interleaving of the threads
//! below, up to the preemption bound, is explored. Timed waits cannot be modelled: a
//! deadline is taken to pass just as the waiter would park, so a timed wait either sees
//! the signal in time or times out, and both outcomes are explored. Calls run on a
//! `loom::thread` (the [`Spawn`] executor), never on the built-in pool.
#![cfg(loom)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, Weak};
use std::time::Duration;

use async_interface_runtime::executor::{Executor, Task};
use async_interface_runtime::{
    Call, CallError, CallObject, CallOptions, CallState, CancelMethodCalls, Dispatch,
    ManualResetEvent, PendingCall, Responder, Serve, Synchronize, WaitSet,
};
use loom::sync::Mutex;
use loom::thread;

const METHOD: &str = "IModel::run";
const OTHER: &str = "IModel::other";
/// Long enough never to pass in real time during one execution; loom decides instead.
const LONG: Duration = Duration::from_secs(3600);

/// Runs `body` under loom with the preemption bound of `LOOM_MAX_PREEMPTIONS` (2 if
/// unset) and prints how many executions it explored.
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

/// A value that counts its drops, so that a model can prove each is dropped exactly once.
#[derive(Debug)]
struct Counted {
    id: u64,
    drops: Arc<AtomicUsize>,
}

impl Counted {
    fn new(id: u64, drops: &Arc<AtomicUsize>) -> Self {
        Counted {
            id,
            drops: Arc::clone(drops),
        }
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        self.drops.fetch_add(1, Ordering::SeqCst);
    }
}

/// A server that answers each request with a reply of the same id, counting its runs.
struct Server {
    runs: Arc<AtomicUsize>,
    replies: Arc<AtomicUsize>,
    dropped: Arc<AtomicUsize>,
}

impl Dispatch for Server {
    type Request = Counted;
    type Reply = Counted;
    fn dispatch(&self, request: Counted) -> Counted {
        self.runs.fetch_add(1, Ordering::SeqCst);
        Counted::new(request.id, &self.replies)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.dropped.fetch_add(1, Ordering::SeqCst);
    }
}

#[derive(Default, Clone)]
struct Counters {
    runs: Arc<AtomicUsize>,
    requests: Arc<AtomicUsize>,
    replies: Arc<AtomicUsize>,
    server_dropped: Arc<AtomicUsize>,
}

impl Counters {
    fn server(&self) -> Server {
        Server {
            runs: Arc::clone(&self.runs),
            replies: Arc::clone(&self.replies),
            dropped: Arc::clone(&self.server_dropped),
        }
    }
    fn request(&self, id: u64) -> Counted {
        Counted::new(id, &self.requests)
    }
    fn get(counter: &Arc<AtomicUsize>) -> usize {
        counter.load(Ordering::SeqCst)
    }
}

/// Runs every task on a `loom::thread` of its own; `join` waits for them.
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

/// Keeps tasks until the model runs (or drops) them.
#[derive(Default)]
struct Manual {
    tasks: Mutex<Vec<Task>>,
}

impl Executor for Manual {
    fn execute(&self, task: Task) {
        self.tasks.lock().unwrap().push(task);
    }
}

impl Manual {
    fn take(&self) -> Vec<Task> {
        self.tasks.lock().unwrap().drain(..).collect()
    }
}

fn spawned(server: Server) -> (Arc<Call<Server>>, Arc<Spawn>) {
    let spawn = Arc::new(Spawn::default());
    let options = CallOptions::new().executor(Arc::clone(&spawn) as Arc<dyn Executor>);
    (Arc::new(Call::with_options(server, options)), spawn)
}

/// Two clients begin on one call object at once: one wins, the other gets CallPending and
/// its request is dropped; the winner's reply is the one finish returns.
#[test]
fn begin_vs_begin() {
    check("begin_vs_begin", || {
        let counters = Counters::default();
        let manual = Arc::new(Manual::default());
        let options = CallOptions::new().executor(Arc::clone(&manual) as Arc<dyn Executor>);
        let call = Arc::new(Call::with_options(counters.server(), options));
        let other = {
            let call = Arc::clone(&call);
            let request = counters.request(2);
            thread::spawn(move || call.begin(METHOD, request))
        };
        let mine = call.begin(METHOD, counters.request(1));
        let theirs = other.join().unwrap();
        let winner = match (mine, theirs) {
            (Ok(()), Err(CallError::CallPending)) => 1,
            (Err(CallError::CallPending), Ok(())) => 2,
            outcome => panic!("exactly one begin wins: {outcome:?}"),
        };
        assert_eq!(
            Counters::get(&counters.requests),
            1,
            "the loser's request is dropped"
        );
        let tasks = manual.take();
        assert_eq!(tasks.len(), 1, "one call reaches the executor");
        tasks.into_iter().for_each(Task::run);
        assert_eq!(call.finish(METHOD).unwrap().id, winner);
        assert_eq!(Counters::get(&counters.requests), 2);
        assert_eq!(Counters::get(&counters.replies), 1);
    });
}

/// A signal races a wait without a limit: the wait always returns Ok.
#[test]
fn signal_vs_wait() {
    check("signal_vs_wait", || {
        let event = Arc::new(ManualResetEvent::new());
        let signaller = {
            let event = Arc::clone(&event);
            thread::spawn(move || event.signal())
        };
        assert_eq!(event.wait_forever(), Ok(()));
        signaller.join().unwrap();
        assert_eq!(
            event.wait(Duration::ZERO),
            Ok(()),
            "manual reset: stays signalled"
        );
    });
}

/// A signal races a wait with a timeout: Ok or Timeout, and after a timeout the event
/// is still signalled once the signaller is done (no lost signal).
#[test]
fn signal_vs_wait_with_timeout() {
    check("signal_vs_wait_with_timeout", || {
        let event = Arc::new(ManualResetEvent::new());
        let signaller = {
            let event = Arc::clone(&event);
            thread::spawn(move || event.signal())
        };
        match event.wait(LONG) {
            Ok(()) => assert!(event.is_signalled()),
            Err(CallError::Timeout) => {}
            Err(other) => panic!("unexpected {other:?}"),
        }
        signaller.join().unwrap();
        assert_eq!(event.wait(LONG), Ok(()));
    });
}

/// A client waits on the call object (with and without a limit) while a worker completes
/// the call; then finish returns the reply.
#[test]
fn call_wait_vs_completion() {
    check("call_wait_vs_completion", || {
        let counters = Counters::default();
        let (call, spawn) = spawned(counters.server());
        call.begin(METHOD, counters.request(7)).unwrap();
        match call.wait(LONG) {
            Ok(()) => assert_eq!(call.state(), CallState::Complete),
            Err(CallError::Timeout) => assert_eq!(call.wait_forever(), Ok(())),
            Err(other) => panic!("unexpected {other:?}"),
        }
        assert_eq!(call.finish(METHOD).unwrap().id, 7);
        spawn.join();
        assert_eq!(call.state(), CallState::Idle);
    });
}

/// Finish blocks while a worker completes the call, and returns the reply.
#[test]
fn finish_vs_completion() {
    check("finish_vs_completion", || {
        let counters = Counters::default();
        let (call, spawn) = spawned(counters.server());
        call.begin(METHOD, counters.request(3)).unwrap();
        let reply = call.finish(METHOD).unwrap();
        assert_eq!(reply.id, 3);
        assert_eq!(call.finish(METHOD).err(), Some(CallError::CallComplete));
        drop(reply);
        spawn.join();
        assert_eq!(Counters::get(&counters.runs), 1);
        assert_eq!(Counters::get(&counters.replies), 1);
        assert_eq!(Counters::get(&counters.requests), 1);
    });
}

/// The client signals the call object's event itself while the worker completes the
/// call: wait returns early, but finish still waits for the real reply.
#[test]
fn finish_vs_signal() {
    check("finish_vs_signal", || {
        let counters = Counters::default();
        let (call, spawn) = spawned(counters.server());
        call.begin(METHOD, counters.request(4)).unwrap();
        call.signal();
        assert_eq!(call.wait(Duration::ZERO), Ok(()), "signalled by hand");
        assert_eq!(call.finish(METHOD).unwrap().id, 4, "the real reply");
        spawn.join();
        assert_eq!(Counters::get(&counters.replies), 1);
    });
}

/// Cancel (with a timeout) races the worker's completion: either the server finished in
/// time (CallComplete, finish delivers the reply) or the call ends cancelled (finish:
/// Canceled) and the late reply is dropped. Nothing is dropped twice or kept.
#[test]
fn cancel_vs_completion() {
    check("cancel_vs_completion", || {
        let counters = Counters::default();
        let (call, spawn) = spawned(counters.server());
        call.begin(METHOD, counters.request(5)).unwrap();
        let cancelled = call.cancel(LONG);
        let finished = call.finish(METHOD);
        match (&cancelled, &finished) {
            (Ok(()), Err(CallError::Canceled)) => {}
            (Err(CallError::CallComplete), Ok(reply)) => assert_eq!(reply.id, 5),
            outcome => panic!("cancel and finish disagree: {outcome:?}"),
        }
        drop(finished);
        spawn.join();
        let runs = Counters::get(&counters.runs);
        assert!(runs <= 1);
        assert_eq!(
            Counters::get(&counters.replies),
            runs,
            "every reply dropped once"
        );
        assert_eq!(Counters::get(&counters.requests), 1);
        assert_eq!(call.state(), CallState::Idle);
    });
}

/// Cancel without waiting races the worker picking the call up: a call cancelled before
/// the worker takes it never runs; the object is reusable either way.
#[test]
fn cancel_vs_worker_start() {
    check("cancel_vs_worker_start", || {
        let counters = Counters::default();
        let (call, spawn) = spawned(counters.server());
        call.begin(METHOD, counters.request(6)).unwrap();
        let cancelled = call.cancel(Duration::ZERO);
        let finished = call.finish(METHOD).map(|reply| reply.id);
        spawn.join();
        let runs = Counters::get(&counters.runs);
        match (cancelled, finished) {
            (Ok(()), Err(CallError::Canceled)) => {}
            (Err(CallError::CallComplete), Ok(6)) => assert_eq!(runs, 1),
            outcome => panic!("cancel and finish disagree: {outcome:?}"),
        }
        assert_eq!(Counters::get(&counters.replies), runs);
        assert_eq!(Counters::get(&counters.requests), 1);
        // Reusable.
        call.begin(METHOD, counters.request(8)).unwrap();
        spawn.join();
        assert_eq!(call.finish(METHOD).unwrap().id, 8);
    });
}

/// The last client handle is dropped while the worker completes the call: drop does not
/// block, and request, reply and server are each dropped exactly once.
#[test]
fn drop_vs_completion() {
    check("drop_vs_completion", || {
        let counters = Counters::default();
        let (call, spawn) = spawned(counters.server());
        call.begin(METHOD, counters.request(9)).unwrap();
        let client = thread::spawn(move || {
            // A last look at the state, racing the completion, then the last handle goes.
            let _ = call.state();
            drop(call);
        });
        spawn.join();
        client.join().unwrap();
        assert_eq!(Counters::get(&counters.runs), 1);
        assert_eq!(Counters::get(&counters.requests), 1);
        assert_eq!(Counters::get(&counters.replies), 1);
        assert_eq!(Counters::get(&counters.server_dropped), 1);
    });
}

/// A native server hands its completer to another thread, which drops it without
/// completing, while the client drops or finishes: Disconnected, never a hang.
#[test]
fn dropped_completer_vs_finish() {
    struct Native {
        completers: Mutex<Vec<thread::JoinHandle<()>>>,
    }
    impl Serve for Native {
        type Request = ();
        type Reply = u8;
        fn serve(&self, (): (), responder: &Responder<'_, Self>) -> Option<u8> {
            let completer = responder.defer(|reply: u8| reply);
            let handle = thread::spawn(move || drop(completer));
            self.completers.lock().unwrap().push(handle);
            None
        }
    }
    check("dropped_completer_vs_finish", || {
        let spawn = Arc::new(Spawn::default());
        let call = Arc::new(Call::with_options(
            Native {
                completers: Mutex::new(Vec::new()),
            },
            CallOptions::new().executor(Arc::clone(&spawn) as Arc<dyn Executor>),
        ));
        call.begin(METHOD, ()).unwrap();
        assert_eq!(call.finish(METHOD), Err(CallError::Disconnected));
        spawn.join();
        let handles: Vec<_> = call
            .dispatcher()
            .completers
            .lock()
            .unwrap()
            .drain(..)
            .collect();
        handles.into_iter().for_each(|h| h.join().unwrap());
    });
}

/// A wait set over two call objects whose workers complete at once: wait_any returns a
/// member that is ready, and a second wait returns the other once it is.
#[test]
fn wait_any_vs_two_completions() {
    check("wait_any_vs_two_completions", || {
        let counters = Counters::default();
        let (first, first_spawn) = spawned(counters.server());
        let (second, second_spawn) = spawned(counters.server());
        let mut set = WaitSet::new();
        set.add(&*first);
        set.add(&*second);
        first.begin(METHOD, counters.request(0)).unwrap();
        second.begin(METHOD, counters.request(1)).unwrap();
        let calls = [&first, &second];
        let index = set.wait_any(LONG).unwrap_or_else(|e| {
            // The deadline may pass (loom's model of time); then wait without one.
            assert_eq!(e, CallError::Timeout);
            set.wait_any(Duration::MAX).unwrap()
        });
        assert_ne!(
            calls[index].state(),
            CallState::Pending,
            "reported member is ready"
        );
        assert_eq!(calls[index].finish(METHOD).unwrap().id, index as u64);
        let rest = set.wait_any(Duration::MAX).unwrap();
        assert_eq!(rest, 1 - index);
        assert_eq!(calls[rest].finish(METHOD).unwrap().id, rest as u64);
        drop(set);
        first_spawn.join();
        second_spawn.join();
        assert_eq!(Counters::get(&counters.replies), 2);
    });
}

/// A custom synchronizer calls finish from its signal (a completion callback) while the
/// client calls finish too: exactly one of them gets the reply, the other CallComplete.
#[test]
fn custom_synchronizer_callback_vs_finish() {
    struct FinishOnSignal {
        call: OnceLock<Weak<Call<Server>>>,
        got: Mutex<Option<Result<u64, CallError>>>,
        inner: ManualResetEvent,
    }
    impl Synchronize for FinishOnSignal {
        fn wait(&self, timeout: Duration) -> Result<(), CallError> {
            self.inner.wait(timeout)
        }
        fn wait_forever(&self) -> Result<(), CallError> {
            self.inner.wait_forever()
        }
        fn signal(&self) {
            self.inner.signal();
            if let Some(call) = self.call.get().and_then(Weak::upgrade) {
                let got = call.finish(METHOD).map(|reply| reply.id);
                *self.got.lock().unwrap() = Some(got);
            }
        }
        fn reset(&self) {
            self.inner.reset();
        }
    }
    check("custom_synchronizer_callback_vs_finish", || {
        let counters = Counters::default();
        let sync = Arc::new(FinishOnSignal {
            call: OnceLock::new(),
            got: Mutex::new(None),
            inner: ManualResetEvent::new(),
        });
        let spawn = Arc::new(Spawn::default());
        let options = CallOptions::new()
            .executor(Arc::clone(&spawn) as Arc<dyn Executor>)
            .synchronize(Arc::clone(&sync) as Arc<dyn Synchronize + Send + Sync>);
        let call = Arc::new(Call::with_options(counters.server(), options));
        sync.call.set(Arc::downgrade(&call)).ok().unwrap();
        call.begin(METHOD, counters.request(11)).unwrap();
        let mine = call.finish(METHOD).map(|reply| reply.id);
        spawn.join();
        let theirs = sync.got.lock().unwrap().take().expect("the callback ran");
        match (mine, theirs) {
            (Ok(11), Err(CallError::CallComplete)) | (Err(CallError::CallComplete), Ok(11)) => {}
            outcome => panic!("exactly one finish gets the reply: {outcome:?}"),
        }
        assert_eq!(Counters::get(&counters.replies), 1);
        assert_eq!(call.state(), CallState::Idle);
    });
}

/// Finish of the wrong method races completion: WrongMethod, and the call stays
/// finishable by the right one.
#[test]
fn wrong_finish_vs_completion() {
    check("wrong_finish_vs_completion", || {
        let counters = Counters::default();
        let (call, spawn) = spawned(counters.server());
        call.begin(METHOD, counters.request(12)).unwrap();
        assert!(matches!(
            call.finish(OTHER),
            Err(CallError::WrongMethod { .. })
        ));
        assert_eq!(call.finish(METHOD).unwrap().id, 12);
        spawn.join();
    });
}

/// A task dropped by its executor (shut down with the call in flight) while the client
/// waits in finish: Disconnected.
#[test]
fn dropped_task_vs_finish() {
    check("dropped_task_vs_finish", || {
        let counters = Counters::default();
        let manual = Arc::new(Manual::default());
        let options = CallOptions::new().executor(Arc::clone(&manual) as Arc<dyn Executor>);
        let call = Arc::new(Call::with_options(counters.server(), options));
        call.begin(METHOD, counters.request(13)).unwrap();
        let tasks = manual.take();
        let dropper = thread::spawn(move || drop(tasks));
        assert_eq!(call.finish(METHOD).err(), Some(CallError::Disconnected));
        dropper.join().unwrap();
        assert_eq!(Counters::get(&counters.runs), 0);
        assert_eq!(Counters::get(&counters.requests), 1);
    });
}

/// A client awaits the call object's completion future while the worker completes the
/// call: the waker registered by the poll is never lost.
#[test]
fn await_vs_completion() {
    check("await_vs_completion", || {
        let counters = Counters::default();
        let (call, spawn) = spawned(counters.server());
        call.begin(METHOD, counters.request(14)).unwrap();
        assert_eq!(loom::future::block_on(call.completion()), Ok(()));
        assert_eq!(call.finish(METHOD).unwrap().id, 14);
        spawn.join();
    });
}

/// A call is cancelled, finished and the object reused while the cancelled call's worker
/// may still be running: the late reply is dropped, never taken for the new call's.
#[test]
fn late_reply_vs_next_call() {
    check("late_reply_vs_next_call", || {
        let counters = Counters::default();
        let (call, spawn) = spawned(counters.server());
        call.begin(METHOD, counters.request(1)).unwrap();
        let first = match call.cancel(Duration::ZERO) {
            Ok(()) => None,
            Err(CallError::CallComplete) => Some(1),
            Err(other) => panic!("unexpected {other:?}"),
        };
        assert_eq!(call.finish(METHOD).ok().map(|reply| reply.id), first);
        call.begin(METHOD, counters.request(2)).unwrap();
        assert_eq!(
            call.finish(METHOD).unwrap().id,
            2,
            "the new call's own reply"
        );
        spawn.join();
        assert_eq!(
            Counters::get(&counters.replies),
            Counters::get(&counters.runs)
        );
        assert_eq!(Counters::get(&counters.requests), 2);
    });
}

/// Two clients finish one completed call at once: exactly one gets the reply (the
/// `FINISHING` claim), the other `CallComplete`; the reply is dropped once. (Finish racing
/// the completion itself is `finish_vs_completion`.)
#[test]
fn finish_vs_finish() {
    check("finish_vs_finish", || {
        let counters = Counters::default();
        let manual = Arc::new(Manual::default());
        let options = CallOptions::new().executor(Arc::clone(&manual) as Arc<dyn Executor>);
        let call = Arc::new(Call::with_options(counters.server(), options));
        call.begin(METHOD, counters.request(21)).unwrap();
        manual.take().into_iter().for_each(Task::run);
        let other = {
            let call = Arc::clone(&call);
            thread::spawn(move || call.finish(METHOD).map(|reply| reply.id))
        };
        let mine = call.finish(METHOD).map(|reply| reply.id);
        let theirs = other.join().unwrap();
        match (mine, theirs) {
            (Ok(21), Err(CallError::CallComplete)) | (Err(CallError::CallComplete), Ok(21)) => {}
            outcome => panic!("exactly one finish gets the reply: {outcome:?}"),
        }
        assert_eq!(Counters::get(&counters.replies), 1);
        assert_eq!(call.state(), CallState::Idle);
    });
}

/// The previous call's completion never signals the next call: after finish and a new
/// begin whose task has not run, `wait(0)` times out (the stale signal of BENCHMARKS.md
/// run 4 cannot happen with the event's bit in the state word).
#[test]
fn completion_vs_next_begin_signal() {
    check("completion_vs_next_begin_signal", || {
        let counters = Counters::default();
        let manual = Arc::new(Manual::default());
        let options = CallOptions::new().executor(Arc::clone(&manual) as Arc<dyn Executor>);
        let call = Arc::new(Call::with_options(counters.server(), options));
        call.begin(METHOD, counters.request(1)).unwrap();
        let tasks = manual.take();
        let worker = thread::spawn(move || tasks.into_iter().for_each(Task::run));
        assert_eq!(call.finish(METHOD).unwrap().id, 1);
        call.begin(METHOD, counters.request(2)).unwrap();
        assert_eq!(call.wait(Duration::ZERO), Err(CallError::Timeout));
        worker.join().unwrap();
        assert_eq!(call.wait(Duration::ZERO), Err(CallError::Timeout));
        manual.take().into_iter().for_each(Task::run);
        assert_eq!(call.wait(Duration::ZERO), Ok(()));
        assert_eq!(call.finish(METHOD).unwrap().id, 2);
    });
}

/// A native server registers a cancel hook on its worker while the client cancels and
/// the server completes on another thread: the hook runs at most once, and is dropped
/// exactly once either way (never kept past its call).
#[test]
fn cancel_hook_vs_cancel_vs_completion() {
    struct Hooked {
        served: AtomicUsize,
        hooks_run: Arc<AtomicUsize>,
        hooks_dropped: Arc<AtomicUsize>,
        completers: Mutex<Vec<thread::JoinHandle<()>>>,
    }
    struct DropCount(Arc<AtomicUsize>);
    impl Drop for DropCount {
        fn drop(&mut self) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }
    impl Serve for Hooked {
        type Request = ();
        type Reply = u8;
        fn serve(&self, (): (), responder: &Responder<'_, Self>) -> Option<u8> {
            self.served.fetch_add(1, Ordering::SeqCst);
            let completer = responder.defer(|reply: u8| reply);
            let (run, dropped) = (
                Arc::clone(&self.hooks_run),
                DropCount(Arc::clone(&self.hooks_dropped)),
            );
            completer.on_cancel(move || {
                let _dropped = dropped;
                run.fetch_add(1, Ordering::SeqCst);
            });
            let handle = thread::spawn(move || completer.complete(5));
            self.completers.lock().unwrap().push(handle);
            None
        }
    }
    check("cancel_hook_vs_cancel_vs_completion", || {
        let spawn = Arc::new(Spawn::default());
        let hooks_run = Arc::new(AtomicUsize::new(0));
        let hooks_dropped = Arc::new(AtomicUsize::new(0));
        let call = Arc::new(Call::with_options(
            Hooked {
                served: AtomicUsize::new(0),
                hooks_run: Arc::clone(&hooks_run),
                hooks_dropped: Arc::clone(&hooks_dropped),
                completers: Mutex::new(Vec::new()),
            },
            CallOptions::new().executor(Arc::clone(&spawn) as Arc<dyn Executor>),
        ));
        call.begin(METHOD, ()).unwrap();
        let cancelled = call.cancel(Duration::ZERO);
        let finished = call.finish(METHOD);
        match (&cancelled, &finished) {
            (Ok(()), Err(CallError::Canceled)) | (Err(CallError::CallComplete), Ok(5)) => {}
            outcome => panic!("cancel and finish disagree: {outcome:?}"),
        }
        spawn.join();
        let handles: Vec<_> = call
            .dispatcher()
            .completers
            .lock()
            .unwrap()
            .drain(..)
            .collect();
        handles.into_iter().for_each(|h| h.join().unwrap());
        assert!(hooks_run.load(Ordering::SeqCst) <= 1);
        // (A hook may run and the call still complete: the server was told, and its
        // result came first. Then cancel reports CallComplete and finish the result.)
        // A call cancelled while queued never runs, so it registers no hook.
        let served = call.dispatcher().served.load(Ordering::SeqCst);
        assert_eq!(
            hooks_dropped.load(Ordering::SeqCst),
            served,
            "each hook is dropped once"
        );
    });
}

/// A cancel (no wait) races the worker taking the request (`STARTING`), then the client
/// finishes and begins again at once: the late worker never touches the new call's
/// request (loom checks the cells), and every request is dropped once.
#[test]
fn cancel_vs_request_taken_vs_next_begin() {
    check("cancel_vs_request_taken_vs_next_begin", || {
        let counters = Counters::default();
        let (call, spawn) = spawned(counters.server());
        call.begin(METHOD, counters.request(1)).unwrap();
        let _ = call.cancel(Duration::ZERO);
        let _ = call.finish(METHOD);
        let manual_begin = call.begin(METHOD, counters.request(2));
        assert_eq!(manual_begin, Ok(()));
        assert_eq!(call.finish(METHOD).unwrap().id, 2);
        spawn.join();
        assert_eq!(Counters::get(&counters.requests), 2);
        assert_eq!(
            Counters::get(&counters.replies),
            Counters::get(&counters.runs)
        );
    });
}

fn finish_model(call: &Call<Server>) -> Result<Counted, CallError> {
    call.finish(METHOD)
}

/// Issue 13: dropping a pending call while its call runs: the call object is idle at once
/// (no `finish_` needed), the next call begins, and the request and the reply (if the
/// server made one) are each dropped exactly once.
#[test]
fn dropped_pending_call_vs_completion() {
    check("dropped_pending_call_vs_completion", || {
        let counters = Counters::default();
        let (call, spawn) = spawned(counters.server());
        let begun = call.begin(METHOD, counters.request(1));
        let pending = PendingCall::new(&*call, begun, finish_model);
        drop(pending);
        assert_eq!(call.state(), CallState::Idle, "the drop finished the call");
        spawn.join();
        assert_eq!(Counters::get(&counters.requests), 1, "the request, once");
        assert!(
            Counters::get(&counters.replies) <= 1,
            "the reply, at most once"
        );
        assert_eq!(call.begin(METHOD, counters.request(2)), Ok(()));
        spawn.join();
        assert_eq!(call.finish(METHOD).map(|reply| reply.id), Ok(2));
    });
}

/// Issue 13: awaiting a pending call while its call completes: the await returns the reply.
#[test]
fn awaited_pending_call_vs_completion() {
    check("awaited_pending_call_vs_completion", || {
        let counters = Counters::default();
        let (call, spawn) = spawned(counters.server());
        let begun = call.begin(METHOD, counters.request(7));
        let reply = loom::future::block_on(PendingCall::new(&*call, begun, finish_model));
        assert_eq!(reply.map(|reply| reply.id), Ok(7), "the server's reply");
        assert_eq!(Counters::get(&counters.replies), 1);
        assert_eq!(call.state(), CallState::Idle);
        spawn.join();
    });
}
