//! Origin: crates.io package tracing-core 0.1.36 (repository tokio-rs/tracing),
//! `src/subscriber.rs`, `pub trait Subscriber: 'static`.
//! Copied: the trait verbatim, every method with its provided body (docs cut to each
//! item's first paragraph).
//! Stand-ins, marked: `Dispatch`, `Metadata<'a>`, `Interest`, `LevelFilter`, `Event<'a>`
//! and the `span` module's `Attributes<'a>`, `Id`, `Record<'a>`, `Current` (tracing-core's
//! own have private fields).
//! License of the original: MIT.
//! Shapes: marker-supertrait, ref-param, lifetime-in-path, provided-method, unsafe, raw-pointer
//! Expect: rejected (every hook borrows the caller's `Metadata<'_>`/`Event<'_>`, and `downcast_raw` is an `unsafe fn`); no exercise

use std::any::TypeId;

use async_interface::prelude::*;

/// Stand-in: tracing-core's `Dispatch`.
pub struct Dispatch;

/// Stand-in: tracing-core's `Metadata<'a>`.
pub struct Metadata<'a> {
    /// `name()`.
    pub name: &'static str,
    /// `target()`.
    pub target: &'a str,
}

/// Stand-in: tracing-core's `subscriber::Interest`.
pub struct Interest(bool);

impl Interest {
    /// `Interest::always`.
    pub fn always() -> Self {
        Interest(true)
    }
    /// `Interest::never`.
    pub fn never() -> Self {
        Interest(false)
    }
}

/// Stand-in: tracing-core's `LevelFilter`.
pub struct LevelFilter;

/// Stand-in: tracing-core's `Event<'a>`.
pub struct Event<'a> {
    /// `metadata()`.
    pub metadata: &'a Metadata<'a>,
}

/// Stand-in: tracing-core's `span` module.
pub mod span {
    /// Stand-in: `span::Attributes<'a>`.
    pub struct Attributes<'a> {
        /// `metadata()`.
        pub metadata: &'a super::Metadata<'a>,
    }
    /// Stand-in: `span::Id`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Id(pub u64);
    /// Stand-in: `span::Record<'a>`.
    pub struct Record<'a>(pub &'a [(&'static str, u64)]);
    /// Stand-in: `span::Current`.
    pub struct Current;
    impl Current {
        /// `Current::unknown`.
        pub fn unknown() -> Self {
            Current
        }
    }
}

/// Trait representing the functions required to collect trace data.
#[async_interface]
pub trait Subscriber: 'static {
    /// Invoked when this subscriber becomes a [`Dispatch`].
    fn on_register_dispatch(&self, subscriber: &Dispatch) {
        let _ = subscriber;
    }

    /// Registers a new [callsite] with this subscriber, returning whether or not
    /// the subscriber is interested in being notified about the callsite.
    ///
    /// [callsite]: https://docs.rs/tracing-core/latest/tracing_core/callsite/index.html
    fn register_callsite(&self, metadata: &'static Metadata<'static>) -> Interest {
        if self.enabled(metadata) {
            Interest::always()
        } else {
            Interest::never()
        }
    }

    /// Returns true if a span or event with the specified [metadata] would be
    /// recorded.
    ///
    /// [metadata]: Metadata
    fn enabled(&self, metadata: &Metadata<'_>) -> bool;

    /// Returns the highest [verbosity level][level] that this `Subscriber` will
    /// enable, or `None`, if the subscriber does not implement level-based
    /// filtering or chooses not to implement this method.
    ///
    /// [level]: LevelFilter
    fn max_level_hint(&self) -> Option<LevelFilter> {
        None
    }

    /// Visit the construction of a new span, returning a new [span ID] for the
    /// span being constructed.
    ///
    /// [span ID]: span::Id
    fn new_span(&self, span: &span::Attributes<'_>) -> span::Id;

    /// Record a set of values on a span.
    fn record(&self, span: &span::Id, values: &span::Record<'_>);

    /// Adds an indication that `span` follows from the span with the id
    /// `follows`.
    fn record_follows_from(&self, span: &span::Id, follows: &span::Id);

    /// Determine if an [`Event`] should be recorded.
    fn event_enabled(&self, event: &Event<'_>) -> bool {
        let _ = event;
        true
    }

    /// Records that an [`Event`] has occurred.
    fn event(&self, event: &Event<'_>);

    /// Records that a span has been entered.
    fn enter(&self, span: &span::Id);

    /// Records that a span has been exited.
    fn exit(&self, span: &span::Id);

    /// Notifies the subscriber that a [span ID] has been cloned.
    ///
    /// [span ID]: span::Id
    fn clone_span(&self, id: &span::Id) -> span::Id {
        id.clone()
    }

    /// **This method is deprecated.**
    #[deprecated(since = "0.1.2", note = "use `Subscriber::try_close` instead")]
    fn drop_span(&self, _id: span::Id) {}

    /// Notifies the subscriber that a [span ID] has been dropped, and returns
    /// `true` if there are now 0 IDs that refer to that span.
    ///
    /// [span ID]: span::Id
    fn try_close(&self, id: span::Id) -> bool {
        #[allow(deprecated)]
        self.drop_span(id);
        false
    }

    /// Returns a type representing this subscriber's view of the current span.
    fn current_span(&self) -> span::Current {
        span::Current::unknown()
    }

    /// If `self` is the same type as the provided `TypeId`, returns an untyped
    /// `*const` pointer to that type. Otherwise, returns `None`.
    unsafe fn downcast_raw(&self, id: TypeId) -> Option<*const ()> {
        if id == TypeId::of::<Self>() {
            Some(self as *const Self as *const ())
        } else {
            None
        }
    }
}

/// A server: counts events.
struct Count(std::sync::atomic::AtomicU64);

impl Subscriber for Count {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &span::Attributes<'_>) -> span::Id {
        span::Id(1)
    }
    fn record(&self, _: &span::Id, _: &span::Record<'_>) {}
    fn record_follows_from(&self, _: &span::Id, _: &span::Id) {}
    fn event(&self, _: &Event<'_>) {
        self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    fn enter(&self, _: &span::Id) {}
    fn exit(&self, _: &span::Id) {}
}

fn main() {
    let count = Count(Default::default());
    let metadata = Metadata { name: "event", target: "main" };
    count.event(&Event { metadata: &metadata });
    assert_eq!(count.0.load(std::sync::atomic::Ordering::Relaxed), 1);
}
