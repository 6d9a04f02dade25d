//! Origin: GitHub asomers/mockall, `mockall/tests/automock_const_generic_trait.rs` at
//! commit 3ee8ca24c56a, read through the public file index, `trait A<const L: usize, const
//! C: bool>`.
//! Copied: the trait verbatim, `#[automock]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: const-generic, generic-trait
//! Expect: accepted

use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
trait A<const L: usize, const C: bool> {
    fn foo(&self, t: [u8; L]);
    fn bar(&self) -> [u8; L];
}

struct Fill(u8);

impl<const L: usize> A<L, true> for Fill {
    fn foo(&self, _t: [u8; L]) {}
    fn bar(&self) -> [u8; L] {
        [self.0; L]
    }
}

fn exercise() {
    let call = ACall::<Fill, 3, true>::new(Arc::new(Fill(7)));
    call.begin_bar().unwrap();
    assert_eq!(call.finish_bar().unwrap(), [7, 7, 7]);
}

fn main() {
    exercise();
}
