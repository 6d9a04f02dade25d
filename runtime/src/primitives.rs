//! The one door through which the runtime reaches its synchronization primitives.
//!
//! Every concurrent structure in this crate imports its locks, condition variables and
//! atomics from here and nowhere else, so that a model checker can later be swapped in
//! (tokio's `loom` module is the pattern) without touching the state machines.

pub(crate) use parking_lot::{Condvar, Mutex};
pub(crate) use std::sync::Arc;
pub(crate) use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, AtomicUsize, Ordering, fence};
