//! Origin: crates.io package ambassador 0.4.2 (repository hobofan/ambassador),
//! `tests/run-pass/method_single_arg.rs`, `pub trait Shout`.
//! Copied: the trait verbatim, `#[delegatable_trait]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: ref-param
//! Expect: accepted

use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
pub trait Shout {
    fn shout(&self, input: &str) -> String;
}

pub struct Cat;

impl Shout for Cat {
    fn shout(&self, input: &str) -> String {
        format!("{} - meow!", input)
    }
}

fn exercise() {
    let call = ShoutCall::new(Arc::new(Cat));
    call.begin_shout("BAR".to_owned()).unwrap();
    assert_eq!(call.finish_shout().unwrap(), "BAR - meow!");
}

fn main() {
    exercise();
}
