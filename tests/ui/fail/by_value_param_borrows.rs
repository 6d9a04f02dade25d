use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn write_all(&self, chunks: Vec<&[u8]>) -> usize;
}

fn main() {}
