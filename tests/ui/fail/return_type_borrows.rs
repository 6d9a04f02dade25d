use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn peek(&self) -> &[u8];
}

fn main() {}
