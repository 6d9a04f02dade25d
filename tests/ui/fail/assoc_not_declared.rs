// `Self::X` must name an associated type declared in the trait itself or in a plain
// supertrait; one an interface supertrait declares, or `<Self as Other>::X`, is not
// carried by the asynchronous form.
use async_interface::prelude::*;

#[async_interface]
pub trait IBase {
    type Item: Send + 'static;
    fn base(&self) -> u8;
}

#[async_interface]
pub trait INext: IBase {
    fn peek(&self) -> Option<Self::Item>;
}

#[async_interface]
pub trait IAll: Iterator {
    fn all(&self) -> Vec<<Self as Iterator>::Item>;
}

fn main() {}
