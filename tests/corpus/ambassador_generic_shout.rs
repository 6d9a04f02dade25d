//! Origin: crates.io package ambassador 0.4.2 (repository hobofan/ambassador),
//! `tests/run-pass/generic_trait_complex.rs`, `pub trait Shout<T>`.
//! Copied: the trait verbatim, `#[delegatable_trait]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: generic-trait
//! Expect: accepted

use std::fmt::Display;
use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
pub trait Shout<T> {
    fn shout(&self, input: T) -> String;
}

pub struct Cat;

impl<A: Display, B: Display> Shout<(A, B)> for Cat {
    fn shout(&self, (a, b): (A, B)) -> String {
        format!("{} - meow, {} - purr...", a, b)
    }
}

fn exercise() {
    let call = ShoutCall::<Cat, (u32, &'static str)>::new(Arc::new(Cat));
    call.begin_shout((5, "bar")).unwrap();
    assert_eq!(call.finish_shout().unwrap(), "5 - meow, bar - purr...");
}

fn main() {
    exercise();
}
