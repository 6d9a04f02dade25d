//! Origin: crates.io package opentelemetry 0.32.0 (repository
//! open-telemetry/opentelemetry-rust), `src/propagation/mod.rs`, `pub trait Injector`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph).
//! License of the original: Apache-2.0.
//! Shapes: mut-self, ref-param, provided-method
//! Expect: accepted

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Injector provides an interface for adding fields from an underlying struct like `HashMap`
#[async_interface]
pub trait Injector {
    /// Add a key and value to the underlying data.
    fn set(&mut self, key: &str, value: String);

    #[allow(unused_variables)]
    /// Hint to reserve capacity for at least `additional` more entries to be inserted.
    fn reserve(&mut self, additional: usize) {}
}

/// A server: HTTP headers.
struct Headers(HashMap<String, String>);

impl Injector for Headers {
    fn set(&mut self, key: &str, value: String) {
        self.0.insert(key.to_lowercase(), value);
    }
}

fn exercise() {
    let headers = Arc::new(Mutex::new(Headers(HashMap::new())));
    let call = InjectorCall::new(Arc::clone(&headers));
    call.begin_set("TraceParent".to_owned(), "00-01-02-01".to_owned()).unwrap();
    call.finish_set().unwrap();
    assert_eq!(headers.lock().unwrap().0["traceparent"], "00-01-02-01");
}

fn main() {
    exercise();
}
