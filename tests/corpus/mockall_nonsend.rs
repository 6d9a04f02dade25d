//! Origin: GitHub asomers/mockall, `mockall/tests/automock_nonsend.rs` at commit
//! 062bd0df7662, read through the public file index, `mod normal_method`, `trait Foo`.
//! Copied: the trait of the test's `mod normal_method` verbatim, `#[automock]` replaced by
//! `#[async_interface]`, and the test's `NonSend` helper.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: non-send
//! Expect: rejected (`Rc<u32>` cannot cross to a worker: one error on the user's type each, issue 12 item 6); no exercise

use std::rc::Rc;

use async_interface::prelude::*;

// The test's own helper type, copied.
pub struct NonSend(Rc<u32>);

#[async_interface]
trait Foo {
    fn foo(&self, x: Rc<u32>);
    fn bar(&self) -> Rc<u32>;
    fn baz(&self) -> NonSend;
}

struct Server;

impl Foo for Server {
    fn foo(&self, _x: Rc<u32>) {}
    fn bar(&self) -> Rc<u32> {
        Rc::new(43)
    }
    fn baz(&self) -> NonSend {
        NonSend(Rc::new(42))
    }
}

fn main() {
    assert_eq!(*Server.baz().0, 42);
}
