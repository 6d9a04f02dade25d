//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/core/src/alloc/global.rs`, `pub unsafe trait GlobalAlloc`.
//! Copied: the four methods; docs cut to the first paragraph; the provided bodies of
//! `alloc_zeroed` and `realloc`, which use core-internal `Layout` helpers, are stand-ins
//! (marked).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: unsafe, raw-pointer, provided-method
//! Expect: rejected (an `unsafe trait` with `unsafe fn`s on raw pointers: nothing to hand to a worker)

use std::alloc::{Layout, System};
use std::ptr;

use async_interface::prelude::*;

/// A memory allocator that can be registered as the standard library’s default
/// through the `#[global_allocator]` attribute.
#[async_interface]
pub unsafe trait GlobalAlloc {
    /// Allocates memory as described by the given `layout`.
    unsafe fn alloc(&self, layout: Layout) -> *mut u8;

    /// Deallocates the block of memory at the given `ptr` pointer with the given `layout`.
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout);

    /// Behaves like `alloc`, but also ensures that the contents
    /// are set to zero before being returned.
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let size = layout.size();
        // SAFETY: the safety contract for `alloc` must be upheld by the caller.
        let ptr = unsafe { self.alloc(layout) };
        if !ptr.is_null() {
            // SAFETY: as allocation succeeded, the region from `ptr`
            // of size `size` is guaranteed to be valid for writes.
            unsafe { ptr::write_bytes(ptr, 0, size) };
        }
        ptr
    }

    /// Shrinks or grows a block of memory to the given `new_size` in bytes.
    /// The block is described by the given `ptr` pointer and `layout`.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Stand-in: core's private `Layout::from_size_alignment_unchecked`.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // SAFETY: the caller must ensure that `new_layout` is greater than zero.
        let new_ptr = unsafe { self.alloc(new_layout) };
        if !new_ptr.is_null() {
            // SAFETY: the previously allocated block cannot overlap the newly allocated block.
            // The safety contract for `dealloc` must be upheld by the caller.
            unsafe {
                ptr::copy_nonoverlapping(ptr, new_ptr, std::cmp::min(layout.size(), new_size));
                self.dealloc(ptr, layout);
            }
        }
        new_ptr
    }
}

/// A server: the system allocator.
struct Counting;

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { std::alloc::GlobalAlloc::alloc(&System, layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { std::alloc::GlobalAlloc::dealloc(&System, ptr, layout) }
    }
}

fn main() {
    let layout = Layout::new::<u64>();
    unsafe {
        let p = GlobalAlloc::alloc_zeroed(&Counting, layout);
        assert_eq!(*p, 0);
        GlobalAlloc::dealloc(&Counting, p, layout);
    }
}
