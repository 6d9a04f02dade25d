use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    async fn read(&self, len: usize) -> Vec<u8>;
}

fn main() {}
