//! SPEC behaviour 6: a reused call object makes no heap allocation per call for by-value
//! arguments; issue 13: neither does the one-step `.await`, nor N calls at once from a
//! `CallPool`. A counting global allocator sees every allocation of this test binary, so
//! the tests take one lock and run one at a time.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use async_interface::prelude::*;

struct CountingAllocator;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: defers every operation to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

/// Held by each test for its whole run: the allocator's count is the binary's.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Runs `calls` (which makes `per_window` calls) in `windows` windows and returns the
/// allocations per call of each window in which the pool kept its size (see the first
/// test for why).
fn allocations_per_call(windows: usize, per_window: usize, mut calls: impl FnMut()) -> Vec<f64> {
    let mut counted = Vec::with_capacity(windows);
    for _ in 0..windows {
        let workers = async_interface::pool::workers();
        let before = ALLOCATIONS.load(Ordering::SeqCst);
        calls();
        let allocations = ALLOCATIONS.load(Ordering::SeqCst) - before;
        if async_interface::pool::workers() == workers {
            counted.push(allocations as f64 / per_window as f64);
        }
    }
    counted
}

/// At least one steady window, and the best of them at 0 allocations per call.
fn assert_none_per_call(what: &str, counted: &[f64]) {
    println!("{what}: heap allocations per call, per window of a steady pool: {counted:?}");
    assert!(
        !counted.is_empty(),
        "{what}: the pool grew during every window"
    );
    let best = counted.iter().copied().fold(f64::INFINITY, f64::min);
    assert!(
        best == 0.0,
        "{what}: {best} allocations per call (windows: {counted:?})"
    );
}

/// A server of by-value methods only.
#[async_interface]
pub trait ICounter {
    /// Adds `by` and returns the new total.
    fn add(&self, by: u64) -> u64;
    /// Returns `(a * b, a + b)`.
    fn mix(&self, a: u32, b: u32) -> (u64, u64);
}

struct Counter(AtomicUsize);

impl ICounter for Counter {
    fn add(&self, by: u64) -> u64 {
        self.0.fetch_add(by as usize, Ordering::SeqCst) as u64 + by
    }
    fn mix(&self, a: u32, b: u32) -> (u64, u64) {
        (u64::from(a) * u64::from(b), u64::from(a) + u64::from(b))
    }
}

#[test]
fn a_reused_call_object_allocates_nothing_per_call() {
    let _one = one_at_a_time();
    const CALLS: u64 = 2_000;
    const WINDOWS: usize = 8;
    let call = ICounterCall::new(Arc::new(Counter(AtomicUsize::new(0))));
    // Warm up: the pool's threads, queue and thread-locals are created once.
    for _ in 0..200 {
        call.begin_add(1).unwrap();
        call.finish_add().unwrap();
    }
    let mut total = 200;
    // Starting a worker thread allocates (its stack, its name, its handle), and on a busy
    // machine the pool may start one during any window of calls: that is the pool growing,
    // not a cost per call. So the calls run in windows, and a window counts only if the
    // pool kept its size through it (pool growth has a test of its own).
    let mut counted = Vec::new();
    for _ in 0..WINDOWS {
        let workers = async_interface::pool::workers();
        let before = ALLOCATIONS.load(Ordering::SeqCst);
        for _ in 0..CALLS {
            call.begin_add(1).unwrap();
            total += 1;
            assert_eq!(call.finish_add().unwrap(), total);
            call.begin_mix(3, 4).unwrap();
            assert_eq!(call.finish_mix().unwrap(), (12, 7));
        }
        let allocations = ALLOCATIONS.load(Ordering::SeqCst) - before;
        if async_interface::pool::workers() == workers {
            counted.push(allocations as f64 / (2 * CALLS) as f64);
        }
    }
    println!("heap allocations per call after warm-up, per window of a steady pool: {counted:?}");
    println!(
        "bytes of an idle call object handle: {}",
        std::mem::size_of_val(&call)
    );
    assert!(
        !counted.is_empty(),
        "the pool grew during every one of {WINDOWS} windows of calls from one client"
    );
    let best = counted.iter().copied().fold(f64::INFINITY, f64::min);
    assert!(
        best == 0.0,
        "{best} allocations per call (windows: {counted:?})"
    );
}

#[test]
fn a_one_step_await_allocates_nothing_per_warm_call() {
    let _one = one_at_a_time();
    const CALLS: usize = 2_000;
    let call = ICounterCall::new(Arc::new(Counter(AtomicUsize::new(0))));
    for _ in 0..200 {
        futures_executor::block_on(call.add(1)).unwrap();
    }
    let counted = allocations_per_call(8, CALLS, || {
        for _ in 0..CALLS {
            let (product, sum) = futures_executor::block_on(call.mix(3, 4)).unwrap();
            assert_eq!((product, sum), (12, 7));
        }
    });
    assert_none_per_call("call.m(..).await", &counted);
}

#[test]
fn n_calls_at_once_from_a_call_pool_allocate_nothing_when_warm() {
    use async_interface::CallPool;
    let _one = one_at_a_time();
    const N: usize = 8;
    const ROUNDS: usize = 250;
    let server = Arc::new(Counter(AtomicUsize::new(0)));
    let pool = CallPool::new(move || ICounterCall::new(Arc::clone(&server)));
    // N calls in flight at once, each on a call object lent by the pool, awaited in turn.
    let round = || {
        let calls: [_; N] = std::array::from_fn(|_| pool.get());
        let pending: [_; N] = std::array::from_fn(|i| calls[i].mix(i as u32, 2));
        futures_executor::block_on(async {
            for (i, mix) in pending.into_iter().enumerate() {
                let i = i as u64;
                assert_eq!(mix.await.unwrap(), (i * 2, i + 2));
            }
        });
    };
    for _ in 0..20 {
        round();
    }
    assert_eq!(
        pool.idle(),
        N,
        "the pool made N call objects and keeps them"
    );
    let counted = allocations_per_call(8, N * ROUNDS, || {
        for _ in 0..ROUNDS {
            round();
        }
    });
    assert_eq!(pool.idle(), N, "and made no more");
    assert_none_per_call("N concurrent calls from a CallPool", &counted);
}
