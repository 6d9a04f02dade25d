//! Origin: crates.io package tower-service 0.3.3 (repository tower-rs/tower), `src/lib.rs`,
//! `pub trait Service<Request>`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph).
//! License of the original: MIT.
//! Shapes: generic-trait, assoc-type, assoc-type-unbounded, mut-self, lifetime-in-path
//! Expect: rejected? (`poll_ready`'s `&mut Context<'_>` belongs to the caller's task and cannot go to a worker); `call` alone would hand back `Self::Future`
#![allow(dead_code, unused_imports)]

use std::future::{Future, Ready, ready};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use async_interface::prelude::*;

/// An asynchronous function from a `Request` to a `Response`.
#[async_interface]
pub trait Service<Request> {
    /// Responses given by the service.
    type Response;

    /// Errors produced by the service.
    type Error;

    /// The future response value.
    type Future: Future<Output = Result<Self::Response, Self::Error>>;

    /// Returns `Poll::Ready(Ok(()))` when the service is able to process requests.
    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>>;

    /// Process the request and return the response asynchronously.
    #[must_use = "futures do nothing unless you `.await` or poll them"]
    fn call(&mut self, req: Request) -> Self::Future;
}

/// A server: tower's `service_fn(|name| format!("hello, {name}"))`, by hand.
struct Greet;

impl Service<String> for Greet {
    type Response = String;
    type Error = std::convert::Infallible;
    type Future = Ready<Result<String, Self::Error>>;
    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }
    fn call(&mut self, req: String) -> Self::Future {
        ready(Ok(format!("hello, {req}")))
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`tower_service.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let call = ServiceCall::<Greet, String>::new(Arc::new(Mutex::new(Greet)));
    call.begin_call("ada".to_owned()).unwrap();
    let future = call.finish_call().unwrap();
    assert_eq!(future.into_inner(), Ok("hello, ada".to_owned()));
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
