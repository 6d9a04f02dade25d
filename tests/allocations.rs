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
    let call = ICounterCall::new(Arc::new(Counter(AtomicUsize::new(0))));
    // Warm up: the pool's threads, queue and thread-locals are created once.
    for _ in 0..200 {
        call.begin_add(1).unwrap();
        call.finish_add().unwrap();
    }
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    for i in 0..CALLS {
        call.begin_add(1).unwrap();
        assert_eq!(call.finish_add().unwrap(), 201 + i);
        call.begin_mix(3, 4).unwrap();
        assert_eq!(call.finish_mix().unwrap(), (12, 7));
    }
    let per_call = (ALLOCATIONS.load(Ordering::SeqCst) - before) as f64 / (2 * CALLS) as f64;
    println!("heap allocations per call after warm-up: {per_call}");
    println!(
        "bytes of an idle call object handle: {}",
        std::mem::size_of_val(&call)
    );
    // The pool may grow by a thread once when the machine is busy; that is not per call.
    assert!(per_call < 0.01, "{per_call} allocations per call");
}
