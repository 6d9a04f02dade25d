// `native` over a server that implements the synchronous trait, not the server-side
// one: one error, at the server, naming the trait to implement.
use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
pub trait INotes {
    fn add(&self, note: &str) -> usize;
}

pub struct Notes;

impl INotes for Notes {
    fn add(&self, _note: &str) -> usize {
        1
    }
}

fn main() {
    let _call = INotesCall::native(Arc::new(Notes));
}
