// A server whose associated type is not `Send`: the compiler's own error, at the server's
// `type Item`.
use std::rc::Rc;

use async_interface::prelude::*;

#[async_interface]
pub trait IKeyed {
    type Item: Send + 'static;
    fn get(&self) -> Self::Item;
}

struct Shared;

impl IKeyed for Shared {
    type Item = Rc<u8>;
    fn get(&self) -> Rc<u8> {
        Rc::new(1)
    }
}

fn main() {}
