use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn read(self: Arc<Self>, len: usize) -> Vec<u8>;
}

fn main() {}
