use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn write(&self, data: impl AsRef<[u8]>) -> usize;
}

fn main() {}
