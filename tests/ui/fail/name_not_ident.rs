use async_interface::prelude::*;

#[async_interface(name = "AsyncStream")]
pub trait IStream {
    fn read(&self) -> u8;
}

fn main() {}
