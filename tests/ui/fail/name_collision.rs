use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn read(&self) -> u8;
    fn begin_read(&self) -> u8;
}

fn main() {}
