//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/core/src/ops/index.rs`, `pub trait Index<Idx: ?Sized>`.
//! Copied: verbatim but for `const trait` (unstable) written `trait` and the rustc
//! attributes; docs cut to the first paragraph.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: generic-trait, unsized-param, assoc-type, borrowed-return
//! Expect: accepted (`finish_index` returns the owned `Self::Output`, via `ToOwned`)
#![allow(dead_code, unused_imports)]

use std::sync::Arc;

use async_interface::prelude::*;

/// Used for indexing operations (`container[index]`) in immutable contexts.
#[async_interface]
#[diagnostic::on_unimplemented(
    message = "the type `{Self}` cannot be indexed by `{Idx}`",
    label = "`{Self}` cannot be indexed by `{Idx}`"
)]
pub trait Index<Idx: ?Sized> {
    /// The returned type after indexing.
    type Output: ?Sized;

    /// Performs the indexing (`container[index]`) operation.
    #[track_caller]
    fn index(&self, index: Idx) -> &Self::Output;
}

/// A server: a list of names.
struct Names(Vec<String>);

impl Index<usize> for Names {
    type Output = str;
    fn index(&self, index: usize) -> &str {
        &self.0[index]
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`std_ops_index.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let names = Names(vec!["ada".to_owned(), "grace".to_owned()]);
    let call = IndexCall::<Names, usize>::new(Arc::new(names));
    call.begin_index(1).unwrap();
    let name: String = call.finish_index().unwrap();
    assert_eq!(name, "grace");
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
