// A generic method is left out of the asynchronous form, as a trait object leaves it out;
// with `strict`, it is an error at its type parameter.
use async_interface::prelude::*;

#[async_interface(strict)]
pub trait IStream {
    fn write<T: AsRef<[u8]>>(&self, data: T) -> usize;
}

fn main() {}
