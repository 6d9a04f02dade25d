use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn seek(&self, (from, to): (u64, u64)) -> u64 {
        from + to
    }
}

fn main() {}
