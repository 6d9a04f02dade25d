// An associated type used by asynchronous methods must be declared `Send + 'static`: its
// values cross to a worker thread and back.
use async_interface::prelude::*;

#[async_interface]
pub trait IKeyed {
    type Item;
    type Key: Ord;
    fn put(&self, item: Self::Item) -> Self::Key;
}

fn main() {}
