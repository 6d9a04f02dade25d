//! SPEC behaviour 10: a client-supplied synchronizer, as COM aggregates one: a completion
//! callback from which finish may be called, and one notifier shared by many calls.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::Duration;

use async_interface_runtime::{Call, CallError, CallOptions, ManualResetEvent, Synchronize};
use support::*;

/// Calls `finish` from inside `signal`, and sends the result to the test.
struct FinishOnSignal {
    call: OnceLock<Weak<Call<Echo>>>,
    results: Mutex<Sender<Result<u64, CallError>>>,
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
            let _ = self.results.lock().unwrap().send(call.finish(METHOD));
        }
    }
    fn reset(&self) {
        self.inner.reset();
    }
}

#[test]
fn a_completion_callback_may_call_finish() {
    let (tx, results) = channel();
    let sync = Arc::new(FinishOnSignal {
        call: OnceLock::new(),
        results: Mutex::new(tx),
        inner: ManualResetEvent::new(),
    });
    let call = Arc::new(echo(
        CallOptions::new().synchronize(Arc::clone(&sync) as Arc<dyn Synchronize + Send + Sync>),
    ));
    sync.call.set(Arc::downgrade(&call)).ok().unwrap();
    for n in 0..20 {
        call.begin(METHOD, n).unwrap();
        assert_eq!(
            results.recv_timeout(PATIENCE).unwrap(),
            Ok(n),
            "finished from the callback"
        );
    }
}

/// Counts signals; many call objects share one.
#[derive(Default)]
struct Counter {
    signals: AtomicUsize,
    event: ManualResetEvent,
}

impl Synchronize for Counter {
    fn wait(&self, timeout: Duration) -> Result<(), CallError> {
        self.event.wait(timeout)
    }
    fn wait_forever(&self) -> Result<(), CallError> {
        self.event.wait_forever()
    }
    fn signal(&self) {
        self.signals.fetch_add(1, Ordering::SeqCst);
        self.event.signal();
    }
    fn reset(&self) {}
}

#[test]
fn one_notifier_serves_many_call_objects() {
    let counter = Arc::new(Counter::default());
    let options =
        CallOptions::new().synchronize(Arc::clone(&counter) as Arc<dyn Synchronize + Send + Sync>);
    let calls: Vec<_> = (0..32).map(|_| echo(options.clone())).collect();
    for (i, call) in calls.iter().enumerate() {
        call.begin(METHOD, i as u64).unwrap();
    }
    for (i, call) in calls.iter().enumerate() {
        assert_eq!(call.finish(METHOD), Ok(i as u64));
    }
    // The worker signals the synchronizer just after it publishes the completion, so a
    // `finish_` can return a moment before the last signal lands (seen under load).
    let deadline = std::time::Instant::now() + PATIENCE;
    while counter.signals.load(Ordering::SeqCst) < 32 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(1));
    }
    std::thread::sleep(Duration::from_millis(20));
    assert_eq!(
        counter.signals.load(Ordering::SeqCst),
        32,
        "one signal per completed call"
    );
}

#[test]
fn wait_signal_and_reset_go_to_the_supplied_synchronizer() {
    let event = Arc::new(ManualResetEvent::new());
    let gated = gated(
        CallOptions::new().synchronize(Arc::clone(&event) as Arc<dyn Synchronize + Send + Sync>),
    );
    gated.call.begin(METHOD, 1).unwrap();
    assert!(!event.is_signalled(), "begin resets it");
    gated.call.signal();
    assert!(event.is_signalled());
    gated.call.reset();
    assert_eq!(gated.call.wait(Duration::ZERO), Err(CallError::Timeout));
    gated.go.send(()).unwrap();
    assert_eq!(gated.call.wait(PATIENCE), Ok(()));
    assert!(event.is_signalled(), "completion signals it");
    assert_eq!(gated.call.finish(METHOD), Ok(1));
}
