// Every mistake of one trait is reported in one build.
use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    async fn read(&self, len: usize) -> Vec<u8>;
    fn write(&self, data: impl AsRef<[u8]>) -> usize;
    fn peek(&self) -> (usize, &[u8]);
    fn fine(&self) -> u8;
}

fn main() {}
