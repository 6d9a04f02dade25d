use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn bytes(&self) -> impl Iterator<Item = u8>;
}

fn main() {}
