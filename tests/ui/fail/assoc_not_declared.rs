// `Self::X` must name an associated type declared in the trait itself: an inherited one
// (`Iterator::Item`) or another trait's is not carried by the asynchronous form.
use async_interface::prelude::*;

#[async_interface]
pub trait INext: Iterator {
    fn peek(&self) -> Option<Self::Item>;
    fn all(&self) -> Vec<<Self as Iterator>::Item>;
}

fn main() {}
