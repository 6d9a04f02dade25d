//! Origin: crates.io package tower-layer 0.3.3 (repository tower-rs/tower), `src/lib.rs`,
//! `pub trait Layer<S>`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph).
//! License of the original: MIT.
//! Shapes: generic-trait, assoc-type, assoc-type-unbounded
//! Expect: accepted (the macro adds the `Send + 'static` it needs on `S` and `Service`)

use std::sync::Arc;
use std::time::Duration;

use async_interface::prelude::*;

/// Decorates a [`Service`], transforming either the request or the response.
///
/// [`Service`]: https://docs.rs/tower/latest/tower/trait.Service.html
#[async_interface]
pub trait Layer<S> {
    /// The wrapped service
    type Service;

    /// Wrap the given service with the middleware, returning a new service
    /// that has been decorated with the middleware.
    fn layer(&self, inner: S) -> Self::Service;
}

/// A service to wrap.
#[derive(Debug, PartialEq)]
struct Echo;

/// What the layer makes: tower's `Timeout<S>`, in short.
#[derive(Debug, PartialEq)]
struct Timeout<S> {
    inner: S,
    timeout: Duration,
}

/// A server: tower's `TimeoutLayer`.
struct TimeoutLayer {
    timeout: Duration,
}

impl<S> Layer<S> for TimeoutLayer {
    type Service = Timeout<S>;
    fn layer(&self, inner: S) -> Timeout<S> {
        Timeout { inner, timeout: self.timeout }
    }
}

fn exercise() {
    let layer = TimeoutLayer { timeout: Duration::from_secs(1) };
    let call = LayerCall::<TimeoutLayer, Echo>::new(Arc::new(layer));
    call.begin_layer(Echo).unwrap();
    assert_eq!(
        call.finish_layer().unwrap(),
        Timeout { inner: Echo, timeout: Duration::from_secs(1) }
    );
}

fn main() {
    exercise();
}
