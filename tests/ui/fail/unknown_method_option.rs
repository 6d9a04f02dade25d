use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    #[async_interface(skp)]
    fn read(&self) -> u8;
}

fn main() {}
