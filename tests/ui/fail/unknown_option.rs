use async_interface::prelude::*;

#[async_interface(nmae = AsyncStream)]
pub trait IStream {
    fn read(&self) -> u8;
}

fn main() {}
