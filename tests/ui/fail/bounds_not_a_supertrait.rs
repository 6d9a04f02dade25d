// `bounds(..)` lists supertraits that are plain traits; one that is not a supertrait is
// reported where it is listed.
use async_interface::prelude::*;

pub trait ErrorType {
    type Error;
}

#[async_interface(bounds(ErrorTyp))]
pub trait OutputPin: ErrorType {
    fn set_high(&self) -> Result<(), Self::Error>;
}

fn main() {}
