// A borrowed return comes back owned (`&[u8]` as `Vec<u8>`, `Vec<&str>` as `Vec<String>`), but
// a borrow inside a tuple has no owned form the macro makes: an error at the borrow.
use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn peek(&self) -> (usize, &[u8]);
}

fn main() {}
