// A parameter type that cannot be sent to a worker: the compiler's own error, at the
// user's type.
use std::rc::Rc;

use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn write(&self, data: Rc<Vec<u8>>) -> usize;
}

fn main() {}
