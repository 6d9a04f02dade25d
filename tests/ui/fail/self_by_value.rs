use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn close(self) -> bool;
}

fn main() {}
