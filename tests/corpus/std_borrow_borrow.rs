//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/core/src/borrow.rs`, `pub trait Borrow<Borrowed: ?Sized>`.
//! Copied: verbatim but for `const trait` (unstable) written `trait`; docs cut to the first paragraph.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: generic-trait, unsized-param, borrowed-return
//! Expect: accepted (`finish_borrow` returns `<Borrowed as ToOwned>::Owned`: `String` for `str`)
#![allow(dead_code, unused_imports)]

use std::sync::Arc;

use async_interface::prelude::*;

/// A trait for borrowing data.
#[async_interface]
pub trait Borrow<Borrowed: ?Sized> {
    /// Immutably borrows from an owned value.
    fn borrow(&self) -> &Borrowed;
}

/// A server: a name, borrowed as `str`.
struct Name(String);

impl Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`std_borrow_borrow.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let call = BorrowCall::<Name, str>::new(Arc::new(Name("ada".to_owned())));
    call.begin_borrow().unwrap();
    let owned: String = call.finish_borrow().unwrap();
    assert_eq!(owned, "ada");
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
