// A server that does not implement the trait: one error, at the server.
use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
pub trait INotes {
    fn add(&self, note: &str) -> usize;
}

pub struct Notes;

fn main() {
    let _call = INotesCall::new(Arc::new(Notes));
}
