//! The one door through which the runtime reaches its synchronization primitives.
//!
//! Every concurrent structure in this crate imports its locks, condition variables,
//! atomics, thread-locals and busy-wait hints from here and nowhere else, so that
//! `--cfg loom` swaps in the [loom](https://docs.rs/loom) model checker's versions
//! (tokio's `loom` module is the pattern) without touching the state machines.
//!
//! Normal builds: parking_lot's `Mutex`/`Condvar`, std's atomics, `Arc`/`Weak`, `OnceLock`,
//! `mpsc` channels, threads (`thread::Builder`), an `UnsafeCell` with loom's API, and
//! `spin_loop`.
//!
//! Under `--cfg loom`:
//! - `Mutex`/`Condvar` wrap loom's with parking_lot's API (`lock()` returns the guard,
//!   `wait(&mut guard)`). Loom cannot model the passing of time, so a timed wait
//!   (`Condvar::wait_until`) never blocks: it reports a timeout at once, which models a
//!   deadline that expires just as the waiter would park. The waiter re-checks its
//!   condition after it, so both outcomes of a race between a timed wait and a signal are
//!   explored.
//! - atomics, `fence`, `UnsafeCell` (which checks each access for a race), `spin_loop`
//!   and `thread_local!` are loom's.
//! - `Arc` and `Weak` stay std's: loom's `Arc` has neither unsized coercion (`Arc<dyn Job>`)
//!   nor `Weak` (wait sets), and the reference counts are std's own. Everything the runtime
//!   synchronizes itself goes through loom.
//! - `mpsc` channels and `thread::Builder` are loom's; `OnceLock` stays std's (loom has
//!   none; it only holds the built-in pool, which is not modelled).
//! - the built-in pool (a process-wide `OnceLock` with real threads) is not modelled;
//!   models run calls with `executor::Inline` or a `Task` on a `loom::thread`.

pub(crate) use std::sync::{Arc, OnceLock, Weak};

/// A counter that only tunes a heuristic (a spin budget) and synchronizes nothing: std's
/// also under loom, so that models do not explore its values.
pub(crate) type HintU32 = std::sync::atomic::AtomicU32;

#[cfg(not(loom))]
pub(crate) use parking_lot::{Condvar, Mutex};
#[cfg(not(loom))]
pub(crate) use std::hint::spin_loop;
#[cfg(not(loom))]
pub(crate) use std::sync::atomic::{
    AtomicBool, AtomicPtr, AtomicU32, AtomicU64, AtomicUsize, Ordering, fence,
};
#[cfg(not(loom))]
pub(crate) use std::sync::mpsc;

/// Starting threads: std's, or loom's modelled ones.
pub(crate) mod thread {
    #[cfg(loom)]
    pub(crate) use loom::thread::Builder;
    #[cfg(not(loom))]
    pub(crate) use std::thread::Builder;
    /// How many threads can run at once; the machine's, also under loom.
    pub(crate) use std::thread::available_parallelism;
}

#[cfg(loom)]
pub(crate) use loom::cell::UnsafeCell;
#[cfg(loom)]
pub(crate) use loom::hint::spin_loop;
#[cfg(loom)]
pub(crate) use loom::sync::atomic::{
    AtomicBool, AtomicPtr, AtomicU32, AtomicU64, AtomicUsize, Ordering, fence,
};

/// std's `UnsafeCell` with loom's closure API (`with_mut`), so that loom can check every
/// access to a cell for a data race.
#[cfg(not(loom))]
#[derive(Debug, Default)]
pub(crate) struct UnsafeCell<T>(std::cell::UnsafeCell<T>);

#[cfg(not(loom))]
impl<T> UnsafeCell<T> {
    pub(crate) const fn new(value: T) -> Self {
        UnsafeCell(std::cell::UnsafeCell::new(value))
    }

    pub(crate) fn with_mut<R>(&self, f: impl FnOnce(*mut T) -> R) -> R {
        f(self.0.get())
    }
}
#[cfg(loom)]
pub(crate) use loom::sync::mpsc;
#[cfg(loom)]
pub(crate) use loom_sync::{Condvar, Mutex};

/// Declares a thread-local: std's (with a `const` initializer) or, under loom, loom's,
/// whose values are per modelled thread.
macro_rules! thread_local_cell {
    ($(#[$attr:meta])* static $name:ident: $t:ty = $init:expr;) => {
        #[cfg(not(loom))]
        ::std::thread_local! {
            $(#[$attr])* static $name: $t = const { $init };
        }
        #[cfg(loom)]
        ::loom::thread_local! {
            $(#[$attr])* static $name: $t = $init;
        }
    };
}
pub(crate) use thread_local_cell;

/// parking_lot's API over loom's lock and condition variable.
#[cfg(loom)]
mod loom_sync {
    use std::fmt;
    use std::ops::{Deref, DerefMut};
    use std::time::Instant;

    #[derive(Default)]
    pub(crate) struct Mutex<T: ?Sized>(loom::sync::Mutex<T>);

    impl<T> Mutex<T> {
        pub(crate) fn new(value: T) -> Self {
            Mutex(loom::sync::Mutex::new(value))
        }
    }

    impl<T: ?Sized> Mutex<T> {
        pub(crate) fn lock(&self) -> MutexGuard<'_, T> {
            let guard = self.0.lock().unwrap_or_else(|poison| poison.into_inner());
            MutexGuard(Some(guard))
        }
    }

    impl<T: ?Sized> fmt::Debug for Mutex<T> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("Mutex { .. }")
        }
    }

    /// Always `Some` but while a condition variable holds the inner guard.
    pub(crate) struct MutexGuard<'a, T: ?Sized>(Option<loom::sync::MutexGuard<'a, T>>);

    impl<T: ?Sized> Deref for MutexGuard<'_, T> {
        type Target = T;
        fn deref(&self) -> &T {
            self.0.as_deref().expect("guard held")
        }
    }

    impl<T: ?Sized> DerefMut for MutexGuard<'_, T> {
        fn deref_mut(&mut self) -> &mut T {
            self.0.as_deref_mut().expect("guard held")
        }
    }

    #[derive(Debug, Default)]
    pub(crate) struct Condvar(loom::sync::Condvar);

    /// Whether a timed wait timed out (parking_lot's `WaitTimeoutResult`).
    pub(crate) struct WaitTimeoutResult(bool);

    impl WaitTimeoutResult {
        pub(crate) fn timed_out(&self) -> bool {
            self.0
        }
    }

    impl Condvar {
        pub(crate) fn wait<T>(&self, guard: &mut MutexGuard<'_, T>) {
            let inner = guard.0.take().expect("guard held");
            let inner = self
                .0
                .wait(inner)
                .unwrap_or_else(|poison| poison.into_inner());
            guard.0 = Some(inner);
        }

        /// Loom has no clock: the deadline is taken to pass now, without blocking.
        pub(crate) fn wait_until<T>(
            &self,
            _guard: &mut MutexGuard<'_, T>,
            _deadline: Instant,
        ) -> WaitTimeoutResult {
            WaitTimeoutResult(true)
        }

        pub(crate) fn notify_one(&self) {
            self.0.notify_one();
        }

        pub(crate) fn notify_all(&self) {
            self.0.notify_all();
        }
    }
}
