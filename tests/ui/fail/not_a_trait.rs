use async_interface::prelude::*;

#[async_interface]
pub struct SimpleStream {
    pub len: usize,
}

fn main() {}
