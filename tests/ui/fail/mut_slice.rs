use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn read_into(&self, buf: &mut [u8]) -> usize;
}

fn main() {}
