//! Origin: crates.io package tower 0.5.3 (repository tower-rs/tower),
//! `src/retry/policy.rs`, `pub trait Policy<Req, Res, E>`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph).
//! License of the original: MIT.
//! Shapes: generic-trait, assoc-type, assoc-type-unbounded, mut-self, mut-ref-param, ref-param
//! Expect: accepted (`&mut Req` and `&mut Result<Res, E>` are in/out values; `&Req` goes to `begin_` owned)

use std::future::{Future, Ready, ready};
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// A "retry policy" to classify if a request should be retried.
#[async_interface]
pub trait Policy<Req, Res, E> {
    /// The [`Future`] type returned by [`Policy::retry`].
    type Future: Future<Output = ()>;

    /// Check the policy if a certain request should be retried.
    fn retry(&mut self, req: &mut Req, result: &mut Result<Res, E>) -> Option<Self::Future>;

    /// Tries to clone a request before being passed to the inner service.
    fn clone_request(&mut self, req: &Req) -> Option<Req>;
}

/// A server: tower's documentation example, retry up to `attempts` times on error.
#[derive(Clone)]
struct Attempts(usize);

impl<E> Policy<String, u16, E> for Attempts {
    type Future = Ready<()>;
    fn retry(&mut self, _req: &mut String, result: &mut Result<u16, E>) -> Option<Self::Future> {
        match result {
            Ok(_) => None,
            Err(_) if self.0 > 0 => {
                self.0 -= 1;
                Some(ready(()))
            }
            Err(_) => None,
        }
    }
    fn clone_request(&mut self, req: &String) -> Option<String> {
        Some(req.clone())
    }
}

fn exercise() {
    let call = PolicyCall::<Mutex<Attempts>, String, u16, String>::new(Arc::new(Mutex::new(Attempts(1))));
    let mut req = "GET /".to_owned();
    let mut result: Result<u16, String> = Err("timed out".to_owned());
    call.begin_retry(req.clone(), result.clone()).unwrap();
    assert!(call.finish_retry(&mut req, &mut result).unwrap().is_some());
    call.begin_retry(req.clone(), result.clone()).unwrap();
    assert!(call.finish_retry(&mut req, &mut result).unwrap().is_none(), "attempts used up");
    call.begin_clone_request(req.clone()).unwrap();
    assert_eq!(call.finish_clone_request().unwrap(), Some("GET /".to_owned()));
}

fn main() {
    exercise();
}
