use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn create(len: usize) -> Vec<u8>;
}

fn main() {}
