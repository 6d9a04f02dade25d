//! Origin: GitHub asomers/mockall, `mockall/tests/automock_gat.rs` at commit 281a8ac6ecb0,
//! read through the public file index, `trait LendingIterator`.
//! Copied: the trait verbatim, `#[automock(type Item=&'a u32;)]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: gat, method-lifetime, mut-self, borrowed-return
//! Expect: rejected (a generic associated type borrowing the server); no exercise

use async_interface::prelude::*;

// The lifetime must have the same name as in the next() method.
#[async_interface]
trait LendingIterator {
    type Item<'a> where Self: 'a;

    // Clippy doesn't know that Mockall will need the lifetime when it
    // expands the macro.
    #[allow(clippy::needless_lifetimes)]
    fn next<'a>(&'a mut self) -> Option<Self::Item<'a>>;
}

struct Windows(Vec<u32>, usize);

impl LendingIterator for Windows {
    type Item<'a> = &'a [u32];
    fn next<'a>(&'a mut self) -> Option<&'a [u32]> {
        self.1 += 1;
        self.0.get(self.1 - 1..self.1 + 1)
    }
}

fn main() {
    let mut w = Windows(vec![1, 2, 3], 0);
    assert_eq!(w.next(), Some(&[1, 2][..]));
}
