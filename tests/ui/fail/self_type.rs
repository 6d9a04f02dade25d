use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn clone_stream(&self) -> Box<Self>;
}

fn main() {}
