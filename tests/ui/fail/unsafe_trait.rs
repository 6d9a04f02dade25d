use async_interface::prelude::*;

#[async_interface]
pub unsafe trait IStream {
    fn read(&self, len: usize) -> Vec<u8>;
}

fn main() {}
