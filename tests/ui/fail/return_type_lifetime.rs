use std::borrow::Cow;

use async_interface::prelude::*;

#[async_interface]
pub trait IStream {
    fn name<'a>(&'a self, fallback: &'a str) -> Cow<'a, str>;
}

fn main() {}
