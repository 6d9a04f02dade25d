//! SPEC behaviour 6: a reused call object makes no heap allocation per call for by-value
//! arguments. A counting global allocator sees every allocation of this test binary, so
//! this file holds a single test.

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
