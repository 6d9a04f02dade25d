// Associated types in the asynchronous methods of a trait derived from an interface are
// not supported: the derived trait's calls carry the supertrait's, whose types the macro
// cannot see.
use async_interface::prelude::*;

#[async_interface]
pub trait IBase {
    fn id(&self) -> u64;
}

#[async_interface]
pub trait IDerived: IBase {
    type Item: Send + 'static;
    fn get(&self) -> Self::Item;
}

fn main() {}
