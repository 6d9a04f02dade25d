//! Origin: GitHub asomers/mockall, `mockall/tests/automock_many_args.rs` at commit
//! 0154615db2c9, read through the public file index, `trait ManyArgs`.
//! Copied: the trait verbatim, `#[automock]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: no-receiver, borrowed-return, mut-borrowed-return, mut-self
//! Expect: accepted? (`foo`, and `bar` returning the owned `u32`; `bean` left out: no receiver; `baz` returns `&mut u32`: open, likely rejected)
#![allow(dead_code, unused_imports)]

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

#[async_interface]
trait ManyArgs {
    fn foo(&self, _a0: u8, _a1: u8, _a2: u8, _a3: u8, _a4: u8, _a5: u8,
           _a6: u8, _a7: u8, _a8: u8, _a9: u8, _a10: u8, _a11: u8,
           _a12: u8, _a13: u8, _a14: u8, _a15: u8);
    fn bar(&self, _a0: u8, _a1: u8, _a2: u8, _a3: u8, _a4: u8, _a5: u8,
           _a6: u8, _a7: u8, _a8: u8, _a9: u8, _a10: u8, _a11: u8,
           _a12: u8, _a13: u8, _a14: u8, _a15: u8) -> &u32;
    fn baz(&mut self, _a0: u8, _a1: u8, _a2: u8, _a3: u8, _a4: u8, _a5: u8,
           _a6: u8, _a7: u8, _a8: u8, _a9: u8, _a10: u8, _a11: u8,
           _a12: u8, _a13: u8, _a14: u8, _a15: u8) -> &mut u32;
    fn bean(_a0: u8, _a1: u8, _a2: u8, _a3: u8, _a4: u8, _a5: u8,
           _a6: u8, _a7: u8, _a8: u8, _a9: u8, _a10: u8, _a11: u8,
           _a12: u8, _a13: u8, _a14: u8, _a15: u8);
}

struct Sum(u32);

impl ManyArgs for Sum {
    fn foo(&self, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8) {}
    fn bar(&self, a0: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, a15: u8) -> &u32 {
        assert_eq!((a0, a15), (0, 15));
        &self.0
    }
    fn baz(&mut self, a0: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8) -> &mut u32 {
        self.0 += u32::from(a0);
        &mut self.0
    }
    fn bean(_: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8, _: u8) {}
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`mockall_many_args.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let call = ManyArgsCall::new(Arc::new(Mutex::new(Sum(120))));
    call.begin_bar(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15).unwrap();
    assert_eq!(call.finish_bar().unwrap(), 120);
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
