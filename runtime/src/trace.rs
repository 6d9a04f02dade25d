//! tracing's spans across the hop to the worker (feature `tracing`).
//!
//! The span current on the client's thread when `begin_` runs is captured with the call
//! and entered on the thread that runs the server's method, for as long as it runs: a
//! blocking server's method on a pool worker (or on the thread of a `finish_` that ran a
//! queued call itself), a native server's `begin_m`, an apartment's method on the
//! apartment's thread. Events the server emits are then children of the client's span, as
//! they would be had the client called the synchronous method itself. This is COM's call
//! context (SPEC 13) for the one value every Rust service already carries.
//!
//! What does not cross: a native server's later completion (it runs wherever the server
//! completes, outside the span, unless the server keeps `Span::current()` itself), and
//! the wire: a remote call's span stays in the client's process (the deadline and the
//! cancel cross; span ids mean nothing to another process's subscriber).
//!
//! Without the feature every type here is empty and every call a no-op.

/// The span a call was begun in, waiting for the worker: filled by `begin` while it owns
/// the call (`BEGINNING`), taken by whoever runs it.
#[derive(Default)]
pub(crate) struct SpanSlot {
    #[cfg(feature = "tracing")]
    span: crate::primitives::Mutex<Option<tracing::Span>>,
}

/// The span taken from a [`SpanSlot`], to enter while the server's method runs.
pub(crate) struct CallSpan {
    #[cfg(feature = "tracing")]
    span: Option<tracing::Span>,
}

impl SpanSlot {
    /// Keeps the client's current span for the call being begun.
    pub(crate) fn capture(&self) {
        #[cfg(feature = "tracing")]
        {
            // Always stored, so that a call cancelled before it ran leaves no span for the
            // next one.
            let current = tracing::Span::current();
            *self.span.lock() = (!current.is_none()).then_some(current);
        }
    }

    /// The span of the call about to run, if one was captured.
    pub(crate) fn take(&self) -> CallSpan {
        CallSpan {
            #[cfg(feature = "tracing")]
            span: self.span.lock().take(),
        }
    }
}

impl CallSpan {
    /// Runs `f` inside the span.
    pub(crate) fn in_scope<R>(self, f: impl FnOnce() -> R) -> R {
        #[cfg(feature = "tracing")]
        if let Some(span) = self.span {
            return span.in_scope(f);
        }
        f()
    }
}

/// The span current on this thread, to carry into a closure that runs elsewhere (an
/// apartment's thread): `None` without the feature.
#[cfg(feature = "tracing")]
pub(crate) fn current() -> CallSpan {
    let span = tracing::Span::current();
    CallSpan {
        span: (!span.is_none()).then_some(span),
    }
}

/// The span current on this thread (none without the feature).
#[cfg(not(feature = "tracing"))]
pub(crate) fn current() -> CallSpan {
    CallSpan {}
}
