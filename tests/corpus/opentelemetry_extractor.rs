//! Origin: crates.io package opentelemetry 0.32.0 (repository
//! open-telemetry/opentelemetry-rust), `src/propagation/mod.rs`, `pub trait Extractor`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph).
//! License of the original: Apache-2.0.
//! Shapes: ref-param, borrowed-return, borrow-in-return, provided-method
//! Expect: accepted (`Option<&str>` comes back as `Option<String>`; `Vec<&str>` as `Vec<String>`: open, issue 12 names `Option<&T>` and `&[T]` only)

use std::collections::HashMap;
use std::sync::Arc;

use async_interface::prelude::*;

/// Extractor provides an interface for removing fields from an underlying struct like `HashMap`
#[async_interface]
pub trait Extractor {
    /// Get a value from a key from the underlying data.
    fn get(&self, key: &str) -> Option<&str>;

    /// Collect all the keys from the underlying data.
    fn keys(&self) -> Vec<&str>;

    /// Get all values from a key from the underlying data.
    fn get_all(&self, key: &str) -> Option<Vec<&str>> {
        self.get(key).map(|value| vec![value])
    }
}

/// A server: HTTP headers.
struct Headers(HashMap<String, String>);

impl Extractor for Headers {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }
    fn keys(&self) -> Vec<&str> {
        self.0.keys().map(String::as_str).collect()
    }
}

fn exercise() {
    let headers = Headers(HashMap::from([("traceparent".to_owned(), "00-01-02-01".to_owned())]));
    let call = ExtractorCall::new(Arc::new(headers));
    call.begin_get("traceparent".to_owned()).unwrap();
    assert_eq!(call.finish_get().unwrap(), Some("00-01-02-01".to_owned()));
    call.begin_keys().unwrap();
    assert_eq!(call.finish_keys().unwrap(), vec!["traceparent".to_owned()]);
}

fn main() {
    exercise();
}
