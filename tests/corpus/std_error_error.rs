//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/core/src/error.rs`, `pub trait Error: Debug + Display`.
//! Copied: the stable methods (`source`, and the deprecated `description` and `cause`, with
//! their `#[allow]`/`#[deprecated]` attributes) with their provided bodies; the unstable
//! `type_id` and `provide` left out; docs cut to the first paragraph (`description`'s, a
//! code example, left out; `cause` has none).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: marker-supertrait, borrowed-return, dyn-return, provided-method
//! Expect: rejected? (`source`/`cause` return `&dyn Error`, which has no owned form; `description` would come back as `String`)

use std::fmt::{Debug, Display};
use std::sync::Arc;

use async_interface::prelude::*;

/// `Error` is a trait representing the basic expectations for error values,
/// i.e., values of type `E` in [`Result<T, E>`].
#[async_interface]
pub trait Error: Debug + Display {
    /// Returns the lower-level source of this error, if any.
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        None
    }

    #[deprecated(since = "1.42.0", note = "use the Display impl or to_string()")]
    fn description(&self) -> &str {
        "description() is deprecated; use Display"
    }

    #[deprecated(
        since = "1.33.0",
        note = "replaced by Error::source, which can support downcasting"
    )]
    #[allow(missing_docs)]
    fn cause(&self) -> Option<&dyn Error> {
        self.source()
    }
}

/// A server: an error value.
#[derive(Debug)]
struct NotFound;

impl Display for NotFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not found")
    }
}

impl Error for NotFound {}

fn exercise() {
    let call = ErrorCall::new(Arc::new(NotFound));
    #[allow(deprecated)]
    call.begin_description().unwrap();
    #[allow(deprecated)]
    let description: String = call.finish_description().unwrap();
    assert_eq!(description, "description() is deprecated; use Display");
}

fn main() {
    exercise();
}
