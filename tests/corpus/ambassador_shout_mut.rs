//! Origin: crates.io package ambassador 0.4.2 (repository hobofan/ambassador),
//! `tests/run-pass/method_mut_ref_self.rs`, `pub trait Shout`.
//! Copied: the trait verbatim, `#[delegatable_trait]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: mut-self
//! Expect: accepted

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

#[async_interface]
pub trait Shout {
    fn shout(&mut self) -> String;
}

pub struct Cat(u32);

impl Shout for Cat {
    fn shout(&mut self) -> String {
        self.0 += 1;
        format!("meow #{}", self.0)
    }
}

fn exercise() {
    let call = ShoutCall::new(Arc::new(Mutex::new(Cat(0))));
    call.begin_shout().unwrap();
    assert_eq!(call.finish_shout().unwrap(), "meow #1");
}

fn main() {
    exercise();
}
