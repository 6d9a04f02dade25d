use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn read_line(&self, line: &mut str) -> usize;
}

fn main() {}
