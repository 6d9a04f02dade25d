// The other way round, a trait derived from an interface whose asynchronous methods use
// associated types: not supported either, and the macro of the derived trait cannot see
// it, so the compiler reports the supertrait's request enum missing its carrier parameter.
use async_interface::prelude::*;

#[async_interface]
pub trait IBase {
    type Item: Send + 'static;
    fn get(&self) -> Self::Item;
}

#[async_interface]
pub trait IDerived: IBase {
    fn id(&self) -> u64;
}

fn main() {}
