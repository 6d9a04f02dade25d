//! Origin: crates.io package ambassador 0.4.2 (repository hobofan/ambassador),
//! `tests/run-pass/const_generic.rs`, `trait S<const N: usize>`.
//! Copied: the trait verbatim, `#[delegatable_trait]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: const-generic, generic-trait, name-collision
//! Expect: accepted (a trait named `S`: the call object's server parameter must not be named `S` too, issue 12 item 1)

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

#[async_interface]
trait S<const N: usize> {
    fn handle(&self, x: [u8; N]);
}

struct Sum(Mutex<u32>);

impl<const N: usize> S<N> for Sum {
    fn handle(&self, x: [u8; N]) {
        *self.0.lock().unwrap() += x.iter().map(|&b| u32::from(b)).sum::<u32>();
    }
}

fn exercise() {
    let sum = Arc::new(Sum(Mutex::new(0)));
    let call = SCall::<Sum, 2>::new(Arc::clone(&sum));
    call.begin_handle([3, 4]).unwrap();
    call.finish_handle().unwrap();
    assert_eq!(*sum.0.lock().unwrap(), 7);
}

fn main() {
    exercise();
}
