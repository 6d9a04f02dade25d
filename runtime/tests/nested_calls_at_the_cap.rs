//! Issue 16, finding 1: server methods that wait on nested calls, with every worker of
//! the pool (at its cap, `MAX_WORKERS`) taken by such a method. The nested calls queue,
//! no worker can start for them, and a waiter that only sleeps hangs forever. Each
//! waiting operation must run a queued call itself instead.
//!
//! Every scenario runs under a watchdog, so that a hang fails the test instead of
//! hanging the suite. The scenarios share the process-wide pool: they run one at a time.
//! Not under Miri: 512 interpreted threads and more take hours there.
#![cfg(not(miri))]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use async_interface_runtime::pool::MAX_WORKERS;
use async_interface_runtime::{Call, Dispatch, Synchronize, WaitSet, wait_all, wait_any};

const OUTER: &str = "IOuter::outer";
const INNER: &str = "IInner::inner";

/// How a server method waits on its nested call.
#[derive(Clone, Copy, Debug)]
enum Waits {
    WaitSetAll,
    WaitAnyFn,
    WaitAllFn,
    TimedWait,
    UntimedWait,
    Finish,
}

struct Inner;

impl Dispatch for Inner {
    type Request = u64;
    type Reply = u64;
    fn dispatch(&self, n: u64) -> u64 {
        n + 1
    }
}

/// Waits until `outer` calls have started (all workers taken), then waits on a nested
/// call as `waits` says.
struct Outer {
    started: Arc<AtomicUsize>,
    outer: usize,
    waits: Waits,
}

impl Dispatch for Outer {
    type Request = u64;
    type Reply = u64;
    fn dispatch(&self, n: u64) -> u64 {
        self.started.fetch_add(1, Ordering::SeqCst);
        // Hold the worker until every worker the pool can have is an outer call (or a
        // while has passed: a machine that refuses 512 threads still runs the rest).
        let gate = Instant::now() + Duration::from_secs(10);
        while self.started.load(Ordering::SeqCst) < self.outer.min(MAX_WORKERS)
            && Instant::now() < gate
        {
            std::thread::sleep(Duration::from_millis(1));
        }
        let nested = Call::new(Inner);
        nested.begin(INNER, n).unwrap();
        let forever = Duration::MAX;
        match self.waits {
            Waits::WaitSetAll => {
                let mut set = WaitSet::new();
                set.add(&nested);
                set.wait_all(forever).unwrap();
            }
            Waits::WaitAnyFn => assert_eq!(wait_any(&[&nested], forever), Ok(0)),
            Waits::WaitAllFn => wait_all(&[&nested], forever).unwrap(),
            // A limit that is not "forever" takes the timed path.
            Waits::TimedWait => nested.wait(Duration::from_secs(3_600)).unwrap(),
            Waits::UntimedWait => nested.wait(forever).unwrap(),
            Waits::Finish => {}
        }
        nested.finish(INNER).unwrap()
    }
}

/// Begins `outer` outer calls at once and finishes them all; panics if that takes more
/// than a minute (it hangs forever when waiters only sleep).
fn scenario(outer: usize, waits: Waits) {
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let (done, finished) = mpsc::channel();
    std::thread::spawn(move || {
        let started = Arc::new(AtomicUsize::new(0));
        let calls: Vec<_> = (0..outer)
            .map(|_| {
                Call::new(Outer {
                    started: Arc::clone(&started),
                    outer,
                    waits,
                })
            })
            .collect();
        for (n, call) in (0u64..).zip(&calls) {
            call.begin(OUTER, n).unwrap();
        }
        for (n, call) in (0u64..).zip(&calls) {
            assert_eq!(call.finish(OUTER), Ok(n + 1));
        }
        let _ = done.send(());
    });
    if finished.recv_timeout(Duration::from_secs(60)).is_err() {
        panic!(
            "{outer} outer calls, each waiting on a nested call with {waits:?}, \
             did not finish within 60 s: the pool is deadlocked at its cap"
        );
    }
}

#[test]
fn wait_set_wait_all_at_and_past_the_cap() {
    scenario(MAX_WORKERS, Waits::WaitSetAll);
    scenario(MAX_WORKERS + 88, Waits::WaitSetAll);
}

#[test]
fn wait_any_and_wait_all_past_the_cap() {
    scenario(MAX_WORKERS + 88, Waits::WaitAnyFn);
    scenario(MAX_WORKERS + 88, Waits::WaitAllFn);
}

#[test]
fn timed_and_untimed_waits_past_the_cap() {
    scenario(MAX_WORKERS + 88, Waits::TimedWait);
    scenario(MAX_WORKERS + 88, Waits::UntimedWait);
}

#[test]
fn finish_past_the_cap() {
    scenario(MAX_WORKERS + 88, Waits::Finish);
}

#[test]
fn two_thousand_outer_calls_at_once() {
    scenario(2_000, Waits::WaitSetAll);
}
