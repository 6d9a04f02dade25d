use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn copy_to(&self, sink: &mut dyn std::io::Write) -> usize;
}

fn main() {}
