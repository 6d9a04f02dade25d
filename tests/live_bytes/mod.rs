//! A global allocator that counts the bytes a test binary holds, for the tests that
//! prove memory returns to its baseline (`stress.rs`, `memory.rs`). A binary that uses it
//! declares `mod live_bytes;` and
//! `#[global_allocator] static GLOBAL: live_bytes::CountingAllocator = live_bytes::CountingAllocator;`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct CountingAllocator;

/// Bytes allocated and not yet freed, by this whole test binary.
static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);

/// Bytes allocated and not yet freed now.
pub fn live() -> usize {
    LIVE_BYTES.load(Ordering::SeqCst)
}

// SAFETY: defers every operation to the system allocator unchanged; only counts bytes.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            LIVE_BYTES.fetch_add(layout.size(), Ordering::SeqCst);
        }
        ptr
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE_BYTES.fetch_sub(layout.size(), Ordering::SeqCst);
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            LIVE_BYTES.fetch_sub(layout.size(), Ordering::SeqCst);
            LIVE_BYTES.fetch_add(new_size, Ordering::SeqCst);
        }
        new
    }
}
