//! What a call object shares with the worker running its call: the state word
//! ([`crate::state`]), the request and reply in place, and the ways to tell waiters.
//!
//! A round trip on the pool is: `begin` claims the word (`IDLE → BEGINNING`, one CAS),
//! fills the request cell and publishes `QUEUED` (one `fetch_add`); it hands the call to
//! an idle worker's mailbox ([`crate::mailbox`]); the worker claims `QUEUED → STARTING`,
//! takes the request and publishes `RUNNING`, serves it, claims `RUNNING → ENDING`, fills
//! the reply cell and publishes `COMPLETE` (one CAS that also clears, and so reports, the
//! waiter bits); `finish` claims `COMPLETE → FINISHING`, takes the reply and publishes
//! `IDLE`. Seven atomic read-modify-writes on the call's word, no lock, no fence; a
//! parked waiter, a future or a wait set costs a lock only when its bit is set.
//!
//! Cancelling moves `QUEUED → ENDING → CANCELLED` (the request is dropped, the call never
//! runs) or `RUNNING → CANCELLED` (the late reply is dropped: the worker's claim of
//! `ENDING` fails, since it names a generation or phase that has passed).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use crate::call::{CallState, Responder, Serve};
use crate::cancel::CancelHook;
use crate::cell::{Slot, StaticName};
use crate::context::{CallContext, CancelProbe, CurrentCall, CurrentCallGuard};
use crate::error::{CallError, panic_message};
use crate::executor::{Executor, Task};
use crate::notify::{Watchers, set_and_clear};
use crate::park::{Parker, Spin, wait_for};
use crate::pool::{Job, NO_WORKER, Pool};
use crate::primitives::{Arc, AtomicBool, AtomicU32, AtomicU64, Mutex, Ordering, spin_loop};
use crate::state::*;
use crate::sync::Synchronize;

pub(crate) type Outcome<R> = Result<R, CallError>;

pub(crate) struct Shared<D: Serve> {
    /// The state word: phase, generation, flags.
    pub(crate) word: AtomicU64,
    /// Filled by `begin` (in `BEGINNING`), emptied by whoever claims `QUEUED`.
    request: Slot<D::Request>,
    /// The call's context, captured by `begin`; taken with the request.
    context: Slot<Arc<CallContext>>,
    /// Filled by whoever claims `ENDING`, emptied by `finish` in `FINISHING`.
    reply: Slot<Outcome<D::Reply>>,
    /// The method begun, written in `BEGINNING`, read by anyone (seqlock on the word).
    method: StaticName,
    /// The pool worker that ran the last call: the next call is offered to it first.
    pub(crate) last_worker: AtomicU32,
    /// The call in progress went to a worker that must wake up (or start) first.
    slow_start: AtomicBool,
    parker: Parker,
    spin: Spin,
    pub(crate) watchers: Watchers,
    /// A native server's cancel hook and its generation (`HOOK` says it is there).
    hook: Mutex<Option<(u64, CancelHook)>>,
    client_context: Mutex<Option<Arc<CallContext>>>,
    has_client_context: AtomicBool,
    custom_sync: Option<Arc<dyn Synchronize + Send + Sync>>,
    /// With a custom synchronizer: the generation during which the client signalled it.
    manual_signal: AtomicU64,
    executor: Option<Arc<dyn Executor>>,
    /// The client's tracing span at `begin` (empty without the `tracing` feature).
    span: crate::trace::SpanSlot,
    pub(crate) dispatch: D,
}

impl<D: Serve> Shared<D> {
    pub(crate) fn new(
        dispatch: D,
        executor: Option<Arc<dyn Executor>>,
        custom_sync: Option<Arc<dyn Synchronize + Send + Sync>>,
    ) -> Self {
        Shared {
            word: AtomicU64::new(IDLE),
            request: Slot::new(),
            context: Slot::new(),
            reply: Slot::new(),
            method: StaticName::new(),
            last_worker: AtomicU32::new(NO_WORKER),
            slow_start: AtomicBool::new(false),
            parker: Parker::new(),
            spin: Spin::new(Spin::FLOOR),
            watchers: Watchers::default(),
            hook: Mutex::new(None),
            client_context: Mutex::new(None),
            has_client_context: AtomicBool::new(false),
            custom_sync,
            manual_signal: AtomicU64::new(0),
            executor,
            span: crate::trace::SpanSlot::default(),
            dispatch,
        }
    }

    pub(crate) fn load(&self) -> u64 {
        self.word.load(Ordering::Acquire)
    }

    pub(crate) fn state(&self) -> CallState {
        call_state(self.load())
    }

    /// Moves the word from `from` to `to` if it is in phase `from` of `generation`;
    /// returns the word before. Flags are kept.
    fn claim(&self, generation: u64, from: u64, to: u64) -> Option<u64> {
        let mut seen = self.word.load(Ordering::Relaxed);
        loop {
            if phase(seen) != from || crate::state::generation(seen) != generation {
                return None;
            }
            match self.word.compare_exchange_weak(
                seen,
                with_phase(seen, to),
                Ordering::AcqRel,
                Ordering::Relaxed,
            ) {
                Ok(old) => return Some(old),
                Err(now) => seen = now,
            }
        }
    }

    /// Ends the call of `generation` (now in `from`) in `to` (`COMPLETE` or `CANCELLED`),
    /// signals the call object's event and tells whoever the flags name.
    fn publish_end(&self, generation: u64, from: u64, to: u64) -> bool {
        let mut seen = self.word.load(Ordering::Relaxed);
        let old = loop {
            if phase(seen) != from || crate::state::generation(seen) != generation {
                return false;
            }
            // A cancelled call stays "asked to cancel" for its server's late look
            // (`Completer::is_cancelled`) until the next call begins.
            let cancelled = if to == CANCELLED { CANCEL_ASKED } else { 0 };
            let next = with_phase(seen, to) & !(PARKED | WAKER | HOOK) | SIGNALLED | cancelled;
            match self
                .word
                .compare_exchange_weak(seen, next, Ordering::AcqRel, Ordering::Relaxed)
            {
                Ok(old) => break old,
                Err(now) => seen = now,
            }
        };
        if old & PARKED != 0 {
            self.parker.wake();
        }
        self.watchers.notify(old);
        if old & HOOK != 0 {
            self.drop_hook(generation);
        }
        if let Some(custom) = &self.custom_sync {
            // If the client has already finished this call and begun the next one, this
            // signal would undo that begin's reset; `wait` on the call object checks the
            // state too, which closes the rest of the window.
            if crate::state::generation(self.load()) == generation {
                custom.signal();
            }
        }
        true
    }

    fn drop_hook(&self, generation: u64) {
        let hook = {
            let mut hook = self.hook.lock();
            match &*hook {
                Some((g, _)) if *g == generation => hook.take(),
                _ => None,
            }
        };
        drop(hook);
    }

    /// The method of the call `word` names, if the word still names it.
    pub(crate) fn method_of(&self, word: u64) -> Option<&'static str> {
        if matches!(phase(word), IDLE | BEGINNING) {
            return None;
        }
        self.method.read(|| {
            crate::state::generation(self.word.load(Ordering::Relaxed))
                == crate::state::generation(word)
        })
    }

    pub(crate) fn method_in_flight(&self) -> Option<&'static str> {
        self.method_of(self.load())
    }

    pub(crate) fn set_client_context(&self, context: Option<Arc<CallContext>>) {
        let mut client = self.client_context.lock();
        self.has_client_context
            .store(context.is_some(), Ordering::Release);
        *client = context;
    }

    /// `Begin_M`: see [`crate::Call::begin`].
    pub(crate) fn begin(
        self: &Arc<Self>,
        method: &'static str,
        request: D::Request,
    ) -> Result<(), CallError> {
        let mut seen = self.word.load(Ordering::Relaxed);
        let word = loop {
            if phase(seen) != IDLE {
                return Err(CallError::CallPending);
            }
            let next = next_call(seen, BEGINNING);
            match self
                .word
                .compare_exchange_weak(seen, next, Ordering::Acquire, Ordering::Relaxed)
            {
                Ok(_) => break next,
                Err(now) => seen = now,
            }
        };
        let generation = crate::state::generation(word);
        self.method.write(method);
        // SAFETY: `BEGINNING` of our generation is ours; the cells are empty since
        // whoever emptied them released the word before it became IDLE.
        unsafe_cells::put_request(self, request);
        self.span.capture();
        if self.has_client_context.load(Ordering::Acquire)
            && let Some(context) = self.client_context.lock().clone()
        {
            unsafe_cells::put_context(self, context);
        }
        if let Some(custom) = &self.custom_sync {
            custom.reset();
        }
        // Flags may have been set meanwhile (a wait set added): add, do not store.
        self.word.fetch_add(QUEUED - BEGINNING, Ordering::Release);
        let job = Arc::clone(self) as Arc<dyn Job>;
        match &self.executor {
            None => {
                let hint = self.last_worker.load(Ordering::Relaxed);
                let slow = Pool::global().submit(job, generation, hint);
                self.slow_start.store(slow, Ordering::Relaxed);
            }
            Some(executor) => executor.execute(Task::new(job, generation)),
        }
        Ok(())
    }

    /// `Finish_M`: see [`crate::Call::finish`].
    pub(crate) fn finish(self: &Arc<Self>, method: &'static str) -> Outcome<D::Reply> {
        loop {
            let seen = self.load();
            if matches!(phase(seen), IDLE | BEGINNING | FINISHING) {
                return Err(CallError::CallComplete);
            }
            let Some(begun) = self.method_of(seen) else {
                continue;
            };
            // Method names are `&'static str`s from one generated constant each: compare
            // the pointers first, the text only when they differ.
            if !std::ptr::eq(begun, method) && begun != method {
                return Err(CallError::WrongMethod {
                    begun,
                    finished: method,
                });
            }
            let generation = crate::state::generation(seen);
            match phase(seen) {
                COMPLETE => {
                    if self.claim(generation, COMPLETE, FINISHING).is_none() {
                        continue;
                    }
                    let reply = unsafe_cells::take_reply(self);
                    self.word.fetch_sub(FINISHING - IDLE, Ordering::Release);
                    // The reply is set whenever the state is Complete.
                    return reply.unwrap_or(Err(CallError::Disconnected));
                }
                CANCELLED => {
                    if self.claim(generation, CANCELLED, IDLE).is_some() {
                        return Err(CallError::Canceled);
                    }
                }
                _ => {
                    if let Some(error) = self.would_deadlock(seen) {
                        return Err(error);
                    }
                    self.wait_for_end(generation, self.executor.is_none(), None);
                }
            }
        }
    }

    /// `CallError::WouldDeadlock` if the pending call `seen` names can only be served by
    /// this thread, which is about to wait for it: this thread is running it (below the
    /// waiting code), or it is a call to the apartment whose thread this is.
    pub(crate) fn would_deadlock(self: &Arc<Self>, seen: u64) -> Option<CallError> {
        if !is_pending(seen) {
            return None;
        }
        let generation = crate::state::generation(seen);
        let here = crate::context::serving_here(Arc::as_ptr(self).cast::<()>(), generation)
            || self
                .dispatch
                .apartment()
                .is_some_and(|id| crate::context::current_apartment() == Some(id));
        if !here {
            return None;
        }
        let method = self.method_of(seen).unwrap_or("the call in progress");
        Some(CallError::WouldDeadlock { method })
    }

    /// For a wait set about to wait on this call: the error if the wait could never
    /// end (see [`would_deadlock`](Self::would_deadlock)); otherwise, if no worker has
    /// taken the call yet, runs it on this thread, so that the waiter never sleeps on a
    /// call that needs a worker the pool may not have (at its cap, every worker may be a
    /// waiter like this one).
    /// With `timed` (the wait has a limit), only at the pool's cap, as [`wait`](Self::wait).
    pub(crate) fn help_waiter(self: &Arc<Self>, timed: bool) -> Result<(), CallError> {
        let seen = self.load();
        if let Some(error) = self.would_deadlock(seen) {
            return Err(error);
        }
        if self.run_if_deferred_here(crate::state::generation(seen)) {
            return Ok(());
        }
        if self.executor.is_none() && phase(seen) == QUEUED && (!timed || Pool::global().at_cap()) {
            let generation = crate::state::generation(seen);
            if let Some(job) = Arc::clone(self).run_call(generation, NO_WORKER) {
                job.publish(generation);
            }
        }
        Ok(())
    }

    /// A call of `generation` still queued on `Inline` because this thread's completion
    /// began it ([`crate::executor::Inline`]'s trampoline) runs here now: the completion
    /// waiting for it is the only frame that could run it.
    fn run_if_deferred_here(&self, generation: u64) -> bool {
        self.executor.is_some()
            && phase(self.load()) == QUEUED
            && crate::executor::run_deferred_here(std::ptr::from_ref(self).cast::<()>(), generation)
    }

    /// Waits until the call of `generation` is no longer pending, or `deadline` passes.
    /// With `run_queued`, a call that no worker has taken when the spin ends is run on
    /// this thread instead of parking (the built-in pool only: a custom executor decides
    /// where its calls run); the waiter would only sleep until a worker ran it.
    fn wait_for_end(
        self: &Arc<Self>,
        generation: u64,
        run_queued: bool,
        deadline: Option<Instant>,
    ) {
        let waiting = |w: u64| crate::state::generation(w) == generation && is_pending(w);
        if self.run_if_deferred_here(generation) && !waiting(self.load()) {
            return;
        }
        // A call that waits for a worker to wake up would cost this thread a wake-up
        // too (~20 µs on a VM): run it now rather than spin.
        let slow = run_queued && self.slow_start.load(Ordering::Relaxed);
        if !(slow && phase(self.load()) == QUEUED)
            && self.spin.spin(&self.word, |w| !waiting(w)).is_some()
        {
            return;
        }
        if run_queued && phase(self.load()) == QUEUED {
            if let Some(job) = Arc::clone(self).run_call(generation, NO_WORKER) {
                job.publish(generation);
            }
            if !waiting(self.load()) {
                return;
            }
        }
        let start = Instant::now();
        let seen = self.parker.park(&self.word, waiting, deadline);
        if !waiting(seen) {
            self.spin.parked(self.parker.waited_since(start));
        }
    }

    /// `wait` on the call object (see [`crate::CallObject`]'s `Synchronize`).
    pub(crate) fn wait(self: &Arc<Self>, timeout: Option<Duration>) -> Result<(), CallError> {
        if self.custom_sync.is_some() {
            return self.wait_custom(timeout);
        }
        let seen = self.load();
        if matches!(phase(seen), IDLE | BEGINNING) {
            return Err(CallError::CallComplete);
        }
        if seen & SIGNALLED != 0 {
            return Ok(());
        }
        if timeout.is_some_and(|t| t.is_zero()) {
            return Err(CallError::Timeout);
        }
        if let Some(error) = self.would_deadlock(seen) {
            return Err(error);
        }
        let deadline = timeout.and_then(crate::sync::deadline_after);
        let generation = crate::state::generation(seen);
        let waiting = |w: u64| crate::state::generation(w) == generation && w & SIGNALLED == 0;
        // As `finish` does: a call still queued after the spin runs here. A timed wait
        // does so only at the pool's cap, where the call may never get a worker (every
        // worker may be a waiter like this one); it then lasts as long as the call, past
        // its timeout if need be. Below the cap a worker is starting for the call.
        let run_queued = self.executor.is_none() && (deadline.is_none() || Pool::global().at_cap());
        self.wait_for_end(generation, run_queued, deadline);
        let seen = self.load();
        let seen = if !waiting(seen) {
            seen
        } else if deadline.is_none() {
            // Ended, and its event reset by hand since: wait for a signal.
            self.parker.park(&self.word, waiting, None)
        } else {
            wait_for(&self.word, &self.parker, &self.spin, waiting, deadline)
        };
        if seen & SIGNALLED != 0 || crate::state::generation(seen) != generation {
            Ok(())
        } else if matches!(phase(seen), IDLE | BEGINNING) {
            Err(CallError::CallComplete)
        } else {
            Err(CallError::Timeout)
        }
    }

    /// `wait` through a client's own synchronizer: waits on it, and does not trust a
    /// signal that belongs to a call already finished (see `publish_end`).
    fn wait_custom(&self, timeout: Option<Duration>) -> Result<(), CallError> {
        let sync = self.custom_sync.as_deref().expect("a custom synchronizer");
        let deadline = timeout.and_then(crate::sync::deadline_after);
        loop {
            if self.state() == CallState::Idle {
                return Err(CallError::CallComplete);
            }
            match (timeout, deadline) {
                (None, _) | (Some(_), None) => sync.wait_forever()?,
                (Some(timeout), _) if timeout.is_zero() => sync.wait(Duration::ZERO)?,
                (Some(_), Some(deadline)) => {
                    sync.wait(deadline.saturating_duration_since(Instant::now()))?;
                }
            }
            if self.state() != CallState::Pending {
                return Ok(());
            }
            let generation = crate::state::generation(self.load());
            if self.manual_signal.load(Ordering::Acquire) == generation {
                return Ok(());
            }
            // A stale completion signal: clear it, unless the call completed meanwhile
            // (completion sets the state before it signals, so re-checking is enough).
            sync.reset();
            if self.state() != CallState::Pending {
                sync.signal();
                return Ok(());
            }
            if timeout.is_some_and(|t| t.is_zero()) {
                return Err(CallError::Timeout);
            }
        }
    }

    /// The client's own `signal` of the call object's event.
    pub(crate) fn signal(&self) {
        match &self.custom_sync {
            Some(custom) => {
                self.manual_signal
                    .store(crate::state::generation(self.load()), Ordering::Release);
                custom.signal();
            }
            None => {
                let old = set_and_clear(&self.word, SIGNALLED, PARKED);
                if old & PARKED != 0 {
                    self.parker.wake();
                }
            }
        }
    }

    pub(crate) fn reset(&self) {
        match &self.custom_sync {
            Some(custom) => custom.reset(),
            None => {
                self.word.fetch_and(!SIGNALLED, Ordering::AcqRel);
            }
        }
    }

    /// The first half of `cancel`: marks the call in progress cancelled (so that
    /// `test_cancel` and `Completer::is_cancelled` see it), runs the server's cancel hook,
    /// and ends the call as cancelled if no worker has picked it up (it never runs).
    /// Returns the call's generation and whether it was still queued.
    pub(crate) fn request_cancel(&self) -> Result<(u64, bool), CallError> {
        loop {
            let seen = self.load();
            let generation = crate::state::generation(seen);
            match phase(seen) {
                IDLE | BEGINNING | COMPLETE | FINISHING => return Err(CallError::CallComplete),
                CANCELLED => return Err(CallError::Canceled),
                QUEUED => {
                    if self.claim(generation, QUEUED, ENDING).is_none() {
                        continue;
                    }
                    // SAFETY: `ENDING` of this generation is ours.
                    let (request, context) = unsafe_cells::take_request(self);
                    drop((request, context));
                    self.publish_end(generation, ENDING, CANCELLED);
                    return Ok((generation, true));
                }
                _ => {
                    if seen & CANCEL_ASKED == 0
                        && self
                            .word
                            .compare_exchange(
                                seen,
                                seen | CANCEL_ASKED,
                                Ordering::AcqRel,
                                Ordering::Relaxed,
                            )
                            .is_err()
                    {
                        continue;
                    }
                    let hook = {
                        let mut hook = self.hook.lock();
                        match &*hook {
                            Some((g, _)) if *g == generation => hook.take(),
                            _ => None,
                        }
                    };
                    if let Some((_, hook)) = hook {
                        // The server works elsewhere: tell it.
                        hook();
                    }
                    return Ok((generation, false));
                }
            }
        }
    }

    /// `ICancelMethodCalls::Cancel`: see [`crate::CancelMethodCalls::cancel`].
    pub(crate) fn cancel(self: &Arc<Self>, timeout: Duration) -> Result<(), CallError> {
        let (generation, was_queued) = self.request_cancel()?;
        if was_queued {
            // No worker had it: it never runs.
            return Ok(());
        }
        // A worker is taking the request (a few instructions, unless it was preempted):
        // the call can be ended only once it has.
        let mut spins = 0u32;
        while phase(self.load()) == STARTING && crate::state::generation(self.load()) == generation
        {
            spins += 1;
            if spins < 1_000 {
                spin_loop();
            } else {
                std::thread::sleep(Duration::from_micros(50));
            }
        }
        if !timeout.is_zero() {
            let waiting = |w: u64| crate::state::generation(w) == generation && is_pending(w);
            wait_for(
                &self.word,
                &self.parker,
                &self.spin,
                waiting,
                crate::sync::deadline_after(timeout),
            );
        }
        if self.publish_end(generation, RUNNING, CANCELLED) {
            return Ok(());
        }
        let seen = self.load();
        if phase(seen) == CANCELLED && crate::state::generation(seen) == generation {
            Err(CallError::Canceled)
        } else {
            Err(CallError::CallComplete)
        }
    }

    /// Takes the queued call of `generation` and serves it on this thread. Returns the
    /// job to publish if this thread holds the reply (`ENDING`); `None` if another
    /// thread took the call, or a native server completes it later.
    pub(crate) fn run_call(self: Arc<Self>, generation: u64, worker: u32) -> Option<Arc<dyn Job>> {
        // `STARTING` keeps the request cell ours until we have emptied it: a cancel
        // cannot end the call (and let the next `begin` refill the cell) before.
        self.claim(generation, QUEUED, STARTING)?;
        if worker != NO_WORKER {
            self.last_worker.store(worker, Ordering::Relaxed);
        }
        let (request, context) = unsafe_cells::take_request(&self);
        if context
            .as_ref()
            .and_then(|c| c.deadline())
            .is_some_and(|d| Instant::now() >= d)
        {
            // Too late to be of use: cancel instead of running.
            drop(request);
            self.publish_end(generation, STARTING, CANCELLED);
            return None;
        }
        // Flags may have been set meanwhile: subtract, do not store.
        self.word.fetch_sub(STARTING - RUNNING, Ordering::Release);
        let Some(request) = request else {
            // Cannot happen: whoever claims `QUEUED` finds the request begin put there.
            self.complete(generation, Err(CallError::Disconnected));
            return None;
        };
        let outcome = {
            let probe = Arc::clone(&self) as Arc<dyn CancelProbe>;
            let _current = CurrentCallGuard::enter(CurrentCall {
                probe,
                generation,
                context,
            });
            let responder = Responder::new(&self, generation);
            self.span.take().in_scope(|| {
                catch_unwind(AssertUnwindSafe(|| {
                    self.dispatch.serve(request, &responder)
                }))
            })
        };
        let reply = match outcome {
            Ok(Some(reply)) => Ok(reply),
            // A native server took a completer and completes the call itself.
            Ok(None) => return None,
            Err(payload) => Err(CallError::ServerFault {
                message: panic_message(&*payload),
            }),
        };
        if self.store_reply(generation, reply) {
            Some(self as Arc<dyn Job>)
        } else {
            None
        }
    }

    /// Claims `ENDING` for a running call and fills its reply cell; false (the reply
    /// dropped) if the call was cancelled meanwhile.
    fn store_reply(&self, generation: u64, reply: Outcome<D::Reply>) -> bool {
        if self.claim(generation, RUNNING, ENDING).is_none() {
            // Cancelled: the late reply is dropped here.
            drop(reply);
            return false;
        }
        unsafe_cells::put_reply(self, reply);
        true
    }

    /// A native server's completion: ends the call of `generation` with `outcome`,
    /// unless it has ended already (the outcome is then dropped).
    pub(crate) fn complete(&self, generation: u64, outcome: Outcome<D::Reply>) {
        if self.store_reply(generation, outcome) {
            self.publish_end(generation, ENDING, COMPLETE);
        }
    }

    fn abandon_call(&self, generation: u64) {
        if self.claim(generation, QUEUED, ENDING).is_none() {
            return;
        }
        let taken = unsafe_cells::take_request(self);
        drop(taken);
        unsafe_cells::put_reply(self, Err(CallError::Disconnected));
        self.publish_end(generation, ENDING, COMPLETE);
    }

    /// The word, for a future's poll: registers `waker` and returns the word after.
    pub(crate) fn watch(&self, waker: &std::task::Waker) -> u64 {
        self.watchers.add_waker(&self.word, waker)
    }
}

/// The accesses to the cells, each made only by the holder of the claim its comment
/// names (the rule of [`crate::cell::Slot`]).
mod unsafe_cells {
    #![allow(unsafe_code)]
    use super::*;

    /// By `begin`, holding `BEGINNING`.
    pub(super) fn put_request<D: Serve>(shared: &Shared<D>, request: D::Request) {
        // SAFETY: the caller holds `BEGINNING`; see `Shared::begin`.
        let stale = unsafe { shared.request.put(request) };
        debug_assert!(stale.is_none(), "request cell empty at begin");
    }

    /// By `begin`, holding `BEGINNING`.
    pub(super) fn put_context<D: Serve>(shared: &Shared<D>, context: Arc<CallContext>) {
        // SAFETY: the caller holds `BEGINNING`.
        drop(unsafe { shared.context.put(context) });
    }

    /// By whoever moved the word out of `QUEUED` (to `STARTING` or `ENDING`).
    pub(super) fn take_request<D: Serve>(
        shared: &Shared<D>,
    ) -> (Option<D::Request>, Option<Arc<CallContext>>) {
        // SAFETY: the caller claimed `QUEUED` of the current generation, which no other
        // thread can claim again; begin filled the cells and released them with
        // `QUEUED`, which the claim acquired.
        unsafe { (shared.request.take(), shared.context.take()) }
    }

    /// By the holder of `ENDING`.
    pub(super) fn put_reply<D: Serve>(shared: &Shared<D>, reply: Outcome<D::Reply>) {
        // SAFETY: the caller holds `ENDING`; the last `finish` emptied the cell and
        // released it with `IDLE` before this generation began.
        let stale = unsafe { shared.reply.put(reply) };
        debug_assert!(stale.is_none(), "reply cell empty at completion");
    }

    /// By `finish`, holding `FINISHING`.
    pub(super) fn take_reply<D: Serve>(shared: &Shared<D>) -> Option<Outcome<D::Reply>> {
        // SAFETY: the caller holds `FINISHING`; `ENDING`'s holder filled the cell and
        // released it with `COMPLETE`.
        unsafe { shared.reply.take() }
    }
}

impl<D: Serve> Job for Shared<D> {
    fn run(self: Arc<Self>, generation: u64, worker: u32) -> Option<Arc<dyn Job>> {
        self.run_call(generation, worker)
    }

    fn publish(&self, generation: u64) {
        self.publish_end(generation, ENDING, COMPLETE);
    }

    fn abandon(&self, generation: u64) {
        self.abandon_call(generation);
    }
}

impl<D: Serve> CancelProbe for Shared<D> {
    fn is_cancelled(&self, generation: u64) -> bool {
        let seen = self.load();
        crate::state::generation(seen) != generation || seen & CANCEL_ASKED != 0
    }

    fn on_cancel(&self, generation: u64, hook: CancelHook) {
        let mut slot = self.hook.lock();
        if self.is_cancelled(generation) {
            drop(slot);
            hook();
            return;
        }
        // Announce the hook only while the call of `generation` is running: the
        // completion that clears `HOOK` then drops it.
        let mut seen = self.word.load(Ordering::Relaxed);
        loop {
            if crate::state::generation(seen) != generation || !is_pending(seen) {
                // The call has ended; the hook would never run.
                return;
            }
            match self.word.compare_exchange_weak(
                seen,
                seen | HOOK,
                Ordering::AcqRel,
                Ordering::Relaxed,
            ) {
                Ok(_) => break,
                Err(now) => seen = now,
            }
        }
        // Replaces an earlier hook of the same call: the newest registration wins.
        let previous = slot.replace((generation, hook));
        drop(slot);
        drop(previous);
    }
}
