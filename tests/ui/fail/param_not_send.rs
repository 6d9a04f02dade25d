// std's `Rc` cannot be sent to a worker: the macro's own error, at the user's type (a type of
// the user's that is not `Send` gets the compiler's error, at that type too).
use std::rc::Rc;

use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn write(&self, data: Rc<Vec<u8>>) -> usize;
}

fn main() {}
