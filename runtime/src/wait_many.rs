//! Waiting on many call objects (and events) at once: COM's `ISynchronizeContainer`
//! (`AddSynchronize`, `WaitMultiple`) and `CoWaitForMultipleHandles`, without their cap of
//! 63 handles and with "wait for all" as well as "wait for any".
//!
//! A [`WaitSet`] registers itself with each member once, when the member is added; a
//! completion then costs the member one push onto the set's ready queue, whatever the size
//! of the set. Waiting never polls: it parks until a member is ready or the timeout passes.

use std::time::Duration;

use crate::call::{CallObject, CallState};
use crate::error::CallError;
use crate::notify::{ReadyQueue, SIGNALLED, Watchers};
use crate::primitives::{Arc, AtomicU64, Ordering};
use crate::sync::{ManualResetEvent, deadline_after};

mod sealed {
    pub trait Sealed {
        /// The watchers, and the word whose bits say whether there are any.
        fn watchers(&self) -> (&crate::notify::Watchers, &crate::primitives::AtomicU64);
        /// Before a wait: the error if waiting on it here could never end; runs it on
        /// this thread if it is a call no worker has taken yet.
        fn help_waiter(&self, timed: bool) -> Result<(), crate::error::CallError>;
    }
}

/// Something a [`WaitSet`] can wait on: every call object, and [`ManualResetEvent`].
pub trait Waitable: sealed::Sealed {
    /// Whether a wait on it would succeed now: a call object whose call has completed or
    /// been cancelled; a signalled event.
    fn is_ready(&self) -> bool;
}

impl<T: CallObject + ?Sized> sealed::Sealed for T {
    fn watchers(&self) -> (&Watchers, &AtomicU64) {
        let shared = self.call().shared();
        (&shared.watchers, &shared.word)
    }

    fn help_waiter(&self, timed: bool) -> Result<(), CallError> {
        self.call().shared().help_waiter(timed)
    }
}

impl<T: CallObject + ?Sized> Waitable for T {
    fn is_ready(&self) -> bool {
        matches!(self.state(), CallState::Complete | CallState::Cancelled)
    }
}

impl sealed::Sealed for ManualResetEvent {
    fn watchers(&self) -> (&Watchers, &AtomicU64) {
        (&self.watchers, &self.word)
    }

    fn help_waiter(&self, _: bool) -> Result<(), CallError> {
        Ok(())
    }
}

impl Waitable for ManualResetEvent {
    fn is_ready(&self) -> bool {
        self.is_signalled()
    }
}

/// A set of call objects and events to wait on together (COM: `ISynchronizeContainer`).
///
/// Members are numbered in the order they are added; the waits report members by that
/// index. A member stays in the set until the set is dropped, across any number of calls.
///
/// ```
/// use std::{sync::Arc, time::Duration};
/// use async_interface::prelude::*;
/// use async_interface::WaitSet;
///
/// #[async_interface]
/// pub trait IEcho {
///     fn echo(&self, x: u32) -> u32;
/// }
/// struct Echo;
/// impl IEcho for Echo {
///     fn echo(&self, x: u32) -> u32 { x }
/// }
///
/// let calls: Vec<_> = (0..3).map(|_| IEchoCall::new(Arc::new(Echo))).collect();
/// let mut set = WaitSet::new();
/// for call in &calls {
///     set.add(call);
/// }
/// calls[1].begin_echo(7)?;
/// assert_eq!(set.wait_any(Duration::from_secs(10))?, 1);
/// assert_eq!(calls[1].finish_echo()?, 7);
/// # Ok::<(), CallError>(())
/// ```
pub struct WaitSet<'a> {
    members: Vec<&'a dyn Waitable>,
    queue: Arc<ReadyQueue>,
}

impl<'a> WaitSet<'a> {
    /// An empty set.
    pub fn new() -> Self {
        WaitSet {
            members: Vec::new(),
            queue: Arc::new(ReadyQueue::default()),
        }
    }

    /// Adds `member` and returns its index. COM: `ISynchronizeContainer::AddSynchronize`,
    /// which stops at 63 members; this does not.
    pub fn add(&mut self, member: &'a dyn Waitable) -> usize {
        let index = self.members.len();
        self.members.push(member);
        let (watchers, word) = member.watchers();
        watchers.add_set(word, Arc::downgrade(&self.queue), index);
        if member.is_ready() {
            self.queue.push(index);
        }
        index
    }

    /// How many members the set has.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether the set has no members.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Waits until any member is ready and returns its index.
    /// COM: `ISynchronizeContainer::WaitMultiple`.
    ///
    /// A member that stays ready (its call not yet finished) is reported again by later
    /// waits, after the other ready members, so that no ready member is starved.
    /// Errors: [`CallError::NoSync`] on an empty set; [`CallError::Timeout`];
    /// [`CallError::WouldDeadlock`] if no member is ready and every one is a call only
    /// this thread could serve (its own call, or one to its own apartment).
    ///
    /// Before it sleeps, a wait runs on its own thread each member that is a call still
    /// queued on the built-in pool (no worker has taken it), as `finish` does, so that
    /// server methods waiting on nested calls cannot deadlock the pool even at its cap. A
    /// wait with a timeout does so only at the pool's cap (below it, the call has a worker
    /// starting), and may then return after its timeout; `Duration::MAX` has no limit.
    pub fn wait_any(&mut self, timeout: Duration) -> Result<usize, CallError> {
        if self.members.is_empty() {
            return Err(CallError::NoSync);
        }
        let deadline = deadline_after(timeout);
        if !timeout.is_zero() && self.pop_ready_peek().is_none() {
            let timed = deadline.is_some();
            self.help_members(timed, |errors| errors == self.members.len())?;
        }
        loop {
            if let Some(index) = self.pop_ready() {
                self.queue.ready.lock().push_back(index);
                return Ok(index);
            }
            if timeout.is_zero() || !self.park_until_queued(deadline) {
                return Err(CallError::Timeout);
            }
        }
    }

    /// Waits until every member is ready. COM: `CoWaitForMultipleHandles` with
    /// `COWAIT_WAITALL`, which `ISynchronizeContainer` does not offer.
    ///
    /// Errors: [`CallError::NoSync`] on an empty set; [`CallError::Timeout`];
    /// [`CallError::WouldDeadlock`] if a member that is not ready is a call only this
    /// thread could serve. Queued members may run on this thread first, as in
    /// [`wait_any`](Self::wait_any).
    pub fn wait_all(&mut self, timeout: Duration) -> Result<(), CallError> {
        if self.members.is_empty() {
            return Err(CallError::NoSync);
        }
        let deadline = deadline_after(timeout);
        let mut seen: Vec<bool> = self.members.iter().map(|m| m.is_ready()).collect();
        let mut remaining = seen.iter().filter(|ready| !**ready).count();
        if remaining > 0 && !timeout.is_zero() {
            self.help_members(deadline.is_some(), |errors| errors > 0)?;
        }
        while remaining > 0 {
            while let Some(index) = self.pop_ready() {
                if !seen[index] {
                    seen[index] = true;
                    remaining -= 1;
                }
            }
            if remaining > 0 && (timeout.is_zero() || !self.park_until_queued(deadline)) {
                self.requeue_ready();
                return Err(CallError::Timeout);
            }
        }
        self.requeue_ready();
        Ok(())
    }

    /// Before waiting: runs on this thread every member that is a call no worker has
    /// taken yet (a waiter must not sleep on work that may have no worker: at the pool's
    /// cap every worker may be such a waiter), and returns the first
    /// `CallError::WouldDeadlock` if `fails(count)` says the wait could never end. Once
    /// is enough: a call leaves the queue for good, unless begun again meanwhile.
    fn help_members(&self, timed: bool, fails: impl Fn(usize) -> bool) -> Result<(), CallError> {
        let mut first = None;
        let mut errors = 0;
        for member in &self.members {
            if member.is_ready() {
                continue;
            }
            if let Err(error) = member.help_waiter(timed) {
                errors += 1;
                first.get_or_insert(error);
            }
        }
        match first {
            Some(error) if fails(errors) => Err(error),
            _ => Ok(()),
        }
    }

    /// Whether a member is queued as ready (without taking it).
    fn pop_ready_peek(&self) -> Option<usize> {
        self.queue.ready.lock().front().copied()
    }

    /// The next queued member that is still ready; stale entries are dropped.
    fn pop_ready(&self) -> Option<usize> {
        let mut ready = self.queue.ready.lock();
        while let Some(index) = ready.pop_front() {
            if self.members[index].is_ready() {
                return Some(index);
            }
        }
        None
    }

    /// Puts every ready member back in the queue, for the next `wait_any`.
    fn requeue_ready(&self) {
        let mut ready = self.queue.ready.lock();
        ready.clear();
        ready.extend((0..self.members.len()).filter(|&i| self.members[i].is_ready()));
    }

    /// Parks until a member is pushed onto the ready queue; false on timeout.
    fn park_until_queued(&self, deadline: Option<std::time::Instant>) -> bool {
        let queue = &self.queue;
        loop {
            // Clear the flag, then look: a push after the look sets it again.
            queue.word.fetch_and(!SIGNALLED, Ordering::AcqRel);
            if !queue.ready.lock().is_empty() {
                return true;
            }
            let seen = queue
                .parker
                .park(&queue.word, |w| w & SIGNALLED == 0, deadline);
            if seen & SIGNALLED == 0 {
                return !queue.ready.lock().is_empty();
            }
        }
    }
}

impl Default for WaitSet<'_> {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for WaitSet<'_> {
    fn drop(&mut self) {
        let queue = Arc::downgrade(&self.queue);
        for member in &self.members {
            let (watchers, word) = member.watchers();
            watchers.remove_set(word, &queue);
        }
    }
}

impl std::fmt::Debug for WaitSet<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WaitSet")
            .field("members", &self.members.len())
            .finish()
    }
}

/// Waits until any of `members` is ready and returns its index in `members`.
///
/// For repeated waits over the same members, keep a [`WaitSet`]: this registers with
/// every member each time. Errors: [`CallError::NoSync`] if `members` is empty (COM:
/// `RPC_E_NO_SYNC`), [`CallError::Timeout`].
pub fn wait_any(members: &[&dyn Waitable], timeout: Duration) -> Result<usize, CallError> {
    let mut set = WaitSet::new();
    for member in members {
        set.add(*member);
    }
    set.wait_any(timeout)
}

/// Waits until every one of `members` is ready.
///
/// Errors: [`CallError::NoSync`] if `members` is empty, [`CallError::Timeout`].
pub fn wait_all(members: &[&dyn Waitable], timeout: Duration) -> Result<(), CallError> {
    let mut set = WaitSet::new();
    for member in members {
        set.add(*member);
    }
    set.wait_all(timeout)
}
