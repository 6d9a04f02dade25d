// `Self::X` must name an associated type declared in the trait itself or, when the trait
// has plain supertraits, in one of them; `<Self as Other>::X` of another trait is not
// carried by the asynchronous form.
use async_interface::prelude::*;

#[async_interface]
pub trait INext {
    fn peek(&self) -> Option<Self::Item>;
}

#[async_interface]
pub trait IAll: Iterator {
    fn all(&self) -> Vec<<Self as Iterator>::Item>;
}

fn main() {}
