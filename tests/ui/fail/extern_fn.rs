use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    extern "C" fn len(&self) -> usize;
}

fn main() {}
