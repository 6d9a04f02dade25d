//! Origin: crates.io package futures-core 0.3.34 (repository rust-lang/futures-rs),
//! `src/stream.rs`, `pub trait Stream`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: assoc-type, self-pin, lifetime-in-path
//! Expect: rejected (`self: Pin<&mut Self>` and `&mut Context<'_>`: a poll method belongs to an executor, not to a worker); no exercise

use core::pin::Pin;
use core::task::{Context, Poll};

use async_interface::prelude::*;

/// A stream of values produced asynchronously.
#[async_interface]
#[must_use = "streams do nothing unless polled"]
pub trait Stream {
    /// Values yielded by the stream.
    type Item;

    /// Attempt to pull out the next value of this stream, registering the
    /// current task for wakeup if the value is not yet available, and returning
    /// `None` if the stream is exhausted.
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>>;

    /// Returns the bounds on the remaining length of the stream.
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, None)
    }
}

/// A server: yields 1, 2, 3.
struct Three(u8);

impl Stream for Three {
    type Item = u8;
    fn poll_next(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<u8>> {
        self.0 += 1;
        Poll::Ready((self.0 <= 3).then_some(self.0))
    }
}

fn main() {
    let mut three = Three(0);
    let mut cx = Context::from_waker(std::task::Waker::noop());
    assert_eq!(Pin::new(&mut three).poll_next(&mut cx), Poll::Ready(Some(1)));
}
