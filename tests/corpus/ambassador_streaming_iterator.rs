//! Origin: crates.io package ambassador 0.4.2 (repository hobofan/ambassador),
//! `tests/run-pass/gat.rs`, `pub trait StreamingIterator`.
//! Copied: the trait verbatim, `#[delegatable_trait]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: gat, mut-self, borrowed-return
//! Expect: rejected (a generic associated type that borrows the server); no exercise

use async_interface::prelude::*;

#[async_interface]
pub trait StreamingIterator {
    type Output<'a>
    where
        Self: 'a;
    fn next(&mut self) -> Option<Self::Output<'_>>;
}

struct RepeatMut<T>(T);

impl<T> StreamingIterator for RepeatMut<T> {
    type Output<'a> = &'a mut T where T: 'a;

    fn next(&mut self) -> Option<Self::Output<'_>> {
        Some(&mut self.0)
    }
}

fn main() {
    let mut x = RepeatMut(String::from("forever"));
    x.next().unwrap().push('?');
    assert_eq!(x.0, "forever?");
}
