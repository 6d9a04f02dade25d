//! The calls of one served connection: so that a cancel, a deadline or the end of the
//! connection reaches each of them, whether it waits for a worker or runs.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;
use tokio_util::sync::CancellationToken;

use super::service::CancelHandle;

/// One call's way to be stopped: before it starts (it then never runs) and after (its
/// method sees `test_cancel()`).
#[derive(Default)]
pub(crate) struct CallCancel {
    token: CancellationToken,
    started: OnceLock<CancelHandle>,
}

impl CallCancel {
    pub(crate) fn cancel(&self) {
        self.token.cancel();
        if let Some(handle) = self.started.get() {
            handle();
        }
    }

    /// The call has started with `handle`; a cancel that came first is applied now.
    pub(crate) fn started(&self, handle: CancelHandle) {
        let handle = self.started.get_or_init(|| handle);
        if self.token.is_cancelled() {
            handle();
        }
    }

    pub(crate) fn is_cancelled(&self) -> bool {
        self.token.is_cancelled()
    }

    /// Resolves when the call is cancelled.
    pub(crate) async fn cancelled(&self) {
        self.token.cancelled().await;
    }
}

/// The calls in flight on one connection.
pub(crate) struct RunningCalls {
    calls: Mutex<Calls>,
    /// The most cancels kept for calls not arrived yet.
    max_early: usize,
}

#[derive(Default)]
struct Calls {
    running: HashMap<u64, Arc<CallCancel>>,
    /// The newest call id seen; the client numbers its calls in order.
    newest: u64,
    /// Cancels that overtook their call on the way (the client sends each from a task of
    /// its own): applied when the call arrives. Only ids above `newest` are kept, and at
    /// most `max_early` of them (the lowest go first), so a client sending cancels of
    /// calls that never come cannot grow the set.
    early_cancels: BTreeSet<u64>,
}

impl RunningCalls {
    pub(crate) fn new(max_early: usize) -> Self {
        RunningCalls {
            calls: Mutex::new(Calls::default()),
            max_early,
        }
    }

    /// Registers call `id`, and cancels it at once if its cancel came first.
    pub(crate) fn start(&self, id: u64, cancel: &Arc<CallCancel>) {
        let early = {
            let mut calls = self.calls.lock();
            calls.newest = calls.newest.max(id);
            calls.running.insert(id, Arc::clone(cancel));
            calls.early_cancels.remove(&id)
        };
        if early {
            cancel.cancel();
        }
    }

    /// Takes call `id` out, once its handler has ended.
    pub(crate) fn end(&self, id: u64) {
        self.calls.lock().running.remove(&id);
    }

    pub(crate) fn cancel(&self, id: u64) {
        let handle = {
            let mut calls = self.calls.lock();
            match calls.running.get(&id) {
                Some(handle) => Some(Arc::clone(handle)),
                None => {
                    if id > calls.newest && self.max_early > 0 {
                        calls.early_cancels.insert(id);
                        while calls.early_cancels.len() > self.max_early {
                            calls.early_cancels.pop_first();
                        }
                    }
                    // Otherwise the call has ended already: nothing to stop.
                    None
                }
            }
        };
        // Outside the lock: the handle may run the server's own cancel hook.
        if let Some(handle) = handle {
            handle.cancel();
        }
    }

    pub(crate) fn cancel_all(&self) {
        let handles: Vec<_> = self.calls.lock().running.values().cloned().collect();
        for handle in handles {
            handle.cancel();
        }
    }

    #[cfg(test)]
    fn early_cancels(&self) -> usize {
        self.calls.lock().early_cancels.len()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    /// A started call whose cancel handle counts how often it was used.
    fn counting() -> (Arc<CallCancel>, Arc<AtomicUsize>) {
        let count = Arc::new(AtomicUsize::new(0));
        let seen = Arc::clone(&count);
        let cancel = Arc::new(CallCancel::default());
        cancel.started(Arc::new(move || {
            seen.fetch_add(1, Ordering::SeqCst);
        }));
        (cancel, count)
    }

    fn times(count: &AtomicUsize) -> usize {
        count.load(Ordering::SeqCst)
    }

    #[test]
    fn a_cancel_that_overtakes_its_call_is_applied_when_the_call_arrives() {
        let running = RunningCalls::new(16);
        let (first, first_count) = counting();
        running.start(1, &first);
        running.cancel(2);
        assert_eq!(times(&first_count), 0);
        let (second, second_count) = counting();
        running.start(2, &second);
        assert_eq!(times(&second_count), 1, "the early cancel was lost");
        assert_eq!(running.early_cancels(), 0);
    }

    #[test]
    fn a_cancel_of_a_call_that_has_ended_is_not_kept() {
        let running = RunningCalls::new(16);
        let (handle, count) = counting();
        running.start(1, &handle);
        running.end(1);
        running.cancel(1);
        assert_eq!(times(&count), 0);
        assert_eq!(running.early_cancels(), 0);
    }

    #[test]
    fn cancels_of_calls_that_never_come_are_capped() {
        let running = RunningCalls::new(16);
        for id in 1..=100_000 {
            running.cancel(id);
        }
        assert_eq!(running.early_cancels(), 16);
        // The newest are kept: the calls most likely still on their way.
        let (late, count) = counting();
        running.start(100_000, &late);
        assert_eq!(times(&count), 1);
    }

    #[test]
    fn a_call_cancelled_before_it_starts_is_stopped_when_it_starts() {
        let cancel = CallCancel::default();
        cancel.cancel();
        assert!(cancel.is_cancelled());
        let count = Arc::new(AtomicUsize::new(0));
        let seen = Arc::clone(&count);
        cancel.started(Arc::new(move || {
            seen.fetch_add(1, Ordering::SeqCst);
        }));
        assert_eq!(times(&count), 1);
    }

    #[test]
    fn the_end_of_the_connection_cancels_every_running_call() {
        let running = RunningCalls::new(16);
        let (one, one_count) = counting();
        let (two, two_count) = counting();
        running.start(1, &one);
        running.start(2, &two);
        running.cancel_all();
        assert_eq!((times(&one_count), times(&two_count)), (1, 1));
    }
}
