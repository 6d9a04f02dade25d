use async_interface::prelude::*;

#[async_interface]
pub trait INames<'a> {
    fn find(&self, prefix: String) -> Option<String>;
}

fn main() {}
