// A borrowed return comes back owned (`&[u8]` as `Vec<u8>`), but borrows inside an owned
// type have no owned form the macro can make: an error at the borrow.
use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn peek(&self) -> Vec<&[u8]>;
}

fn main() {}
