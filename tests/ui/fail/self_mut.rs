use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn seek(&mut self, pos: u64) -> u64;
}

fn main() {}
