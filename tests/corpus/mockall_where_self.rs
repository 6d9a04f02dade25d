//! Origin: GitHub asomers/mockall, `mockall/tests/automock_where_self.rs` at commit
//! 1b94d9ca663c, read through the public file index, `mod mymod`, `pub trait Server`.
//! Copied: the module and trait verbatim (`#[mockall::automock]` replaced by `#[async_interface]`, with the `use super::*` the attribute needs inside the module); `#![deny(warnings)]` left out.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: where-self-sized, method-lifetime, static-ref-return
//! Expect: accepted with nothing in `AsyncServer` (its one method has `where Self: Sized` and is left out); no exercise: nothing to begin

#![allow(clippy::needless_lifetimes)]

use async_interface::prelude::*;

// Enclose the mocked trait within a non-public module.  With some versions of
// rustc, that causes "unused method" errors for the generic code, but not the
// concrete code.
// rustc 1.66.0-nightly (e7119a030 2022-09-22)
mod mymod {
    use super::*;

    #[async_interface]
    pub trait Server {
        fn version<'a>(&'a self) -> Option<&'static str> where Self: Sized;
    }

    pub struct Http;

    impl Server for Http {
        fn version<'a>(&'a self) -> Option<&'static str> {
            Some("1.1")
        }
    }
}

use mymod::{Http, Server};

fn main() {
    assert_eq!(Http.version(), Some("1.1"));
}
