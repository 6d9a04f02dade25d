//! Origin: GitHub asomers/mockall, `mockall/tests/mock_inherited_traits.rs` at commit
//! 11c6f007366a, read through the public file index, `trait A` and `trait B: A` (mocked
//! through `mock!` there).
//! Copied: both traits verbatim, both annotated.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: interface-supertrait
//! Expect: accepted (`AsyncB: AsyncA`)

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

#[async_interface]
trait A {
    fn foo(&self);
}

#[async_interface]
trait B: A {
    fn bar(&self);
}

struct Log(Mutex<Vec<&'static str>>);

impl A for Log {
    fn foo(&self) {
        self.0.lock().unwrap().push("foo");
    }
}

impl B for Log {
    fn bar(&self) {
        self.0.lock().unwrap().push("bar");
    }
}

fn exercise() {
    let log = Arc::new(Log(Mutex::new(Vec::new())));
    let call = BCall::new(Arc::clone(&log));
    call.begin_foo().unwrap();
    call.finish_foo().unwrap();
    call.begin_bar().unwrap();
    call.finish_bar().unwrap();
    assert_eq!(*log.0.lock().unwrap(), ["foo", "bar"]);
}

fn main() {
    exercise();
}
