//! Synchronization: [`Synchronize`] (COM's `ISynchronize`) and its default implementation,
//! [`ManualResetEvent`].
//!
//! Waiting here never parks at once: parking and unparking a thread costs tens of
//! microseconds on a virtual machine, more than most calls take. A waiter spins for a
//! budget that adapts to how recent waits ended, then parks (`crate::park`); the
//! signalling side learns from the one atomic operation that signals whether anybody is
//! parked or watching, and only then takes a lock.

use std::time::{Duration, Instant};

use crate::error::CallError;
use crate::notify::{SIGNALLED, WAKER, Watchers, set_and_clear};
use crate::park::{PARKED, Parker, Spin, wait_for};
use crate::primitives::{AtomicU64, Ordering};

/// COM's `ISynchronize`: something a client can wait on and a server can signal.
///
/// Call objects implement it (their event is signalled when the call completes, and
/// `wait` on an idle call object returns [`CallError::CallComplete`]);
/// [`ManualResetEvent`] is the stand-alone default.
///
/// ```
/// use std::time::Duration;
/// use async_interface::{CallError, ManualResetEvent, Synchronize};
///
/// let event = ManualResetEvent::new();
/// assert_eq!(event.wait(Duration::ZERO), Err(CallError::Timeout));
/// event.signal();
/// assert_eq!(event.wait(Duration::ZERO), Ok(()));
/// event.reset();
/// assert_eq!(event.wait(Duration::ZERO), Err(CallError::Timeout));
/// ```
pub trait Synchronize {
    /// Waits until signalled or until `timeout` has passed (`Duration::ZERO` polls).
    ///
    /// Returns `Ok(())` once signalled and [`CallError::Timeout`] otherwise.
    ///
    /// COM: `ISynchronize::Wait`.
    fn wait(&self, timeout: Duration) -> Result<(), CallError>;

    /// Waits without a time limit (COM: `ISynchronize::Wait` with `INFINITE`).
    fn wait_forever(&self) -> Result<(), CallError>;

    /// Sets the signalled state and wakes every waiter. COM: `ISynchronize::Signal`.
    fn signal(&self);

    /// Clears the signalled state. COM: `ISynchronize::Reset`.
    fn reset(&self);
}

/// Turns a timeout into a deadline; a timeout too large to represent means "no limit".
pub(crate) fn deadline_after(timeout: Duration) -> Option<Instant> {
    Instant::now().checked_add(timeout)
}

/// A manual-reset event: once signalled, every wait succeeds until [`reset`](Synchronize::reset).
///
/// COM: `CLSID_ManualResetEvent`, the synchronization object a call object aggregates by
/// default. Waiting spins briefly, then parks; signalling costs one atomic operation and,
/// only when a waiter is parked or a wait set watches, a lock and a notify.
///
/// ```
/// use std::{sync::Arc, thread, time::Duration};
/// use async_interface::{ManualResetEvent, Synchronize};
///
/// let event = Arc::new(ManualResetEvent::new());
/// let signaller = Arc::clone(&event);
/// let worker = thread::spawn(move || signaller.signal());
/// event.wait_forever().unwrap();
/// assert_eq!(event.wait(Duration::ZERO), Ok(()), "stays signalled");
/// worker.join().unwrap();
/// ```
#[derive(Debug)]
pub struct ManualResetEvent {
    /// [`SIGNALLED`], [`PARKED`], and the watcher bits of [`Watchers`].
    pub(crate) word: AtomicU64,
    parker: Parker,
    spin: Spin,
    /// Wait sets holding this event.
    pub(crate) watchers: Watchers,
}

impl Default for ManualResetEvent {
    fn default() -> Self {
        ManualResetEvent {
            word: AtomicU64::new(0),
            parker: Parker::new(),
            spin: Spin::new(Spin::FLOOR),
            watchers: Watchers::default(),
        }
    }
}

impl ManualResetEvent {
    /// A new event, not signalled.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether the event is signalled now, without waiting.
    pub fn is_signalled(&self) -> bool {
        self.word.load(Ordering::Acquire) & SIGNALLED != 0
    }

    fn wait_deadline(&self, deadline: Option<Instant>) -> Result<(), CallError> {
        let seen = wait_for(
            &self.word,
            &self.parker,
            &self.spin,
            |w| w & SIGNALLED == 0,
            deadline,
        );
        if seen & SIGNALLED != 0 {
            Ok(())
        } else {
            Err(CallError::Timeout)
        }
    }
}

impl Synchronize for ManualResetEvent {
    fn wait(&self, timeout: Duration) -> Result<(), CallError> {
        if timeout.is_zero() {
            return if self.is_signalled() {
                Ok(())
            } else {
                Err(CallError::Timeout)
            };
        }
        self.wait_deadline(deadline_after(timeout))
    }

    fn wait_forever(&self) -> Result<(), CallError> {
        self.wait_deadline(None)
    }

    fn signal(&self) {
        let old = set_and_clear(&self.word, SIGNALLED, PARKED | WAKER);
        if old & PARKED != 0 {
            self.parker.wake();
        }
        self.watchers.notify(old);
    }

    fn reset(&self) {
        self.word.fetch_and(!SIGNALLED, Ordering::AcqRel);
    }
}
