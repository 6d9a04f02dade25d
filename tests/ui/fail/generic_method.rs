use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn write<T: AsRef<[u8]>>(&self, data: T) -> usize;
}

fn main() {}
