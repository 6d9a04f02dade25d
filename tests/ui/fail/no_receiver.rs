// A method without `self` is left out of the asynchronous form, as a trait object leaves
// it out; with `strict`, it is an error at its name.
use async_interface::prelude::*;

#[async_interface(strict)]
pub trait IStream {
    fn create(len: usize) -> Vec<u8>;
}

fn main() {}
