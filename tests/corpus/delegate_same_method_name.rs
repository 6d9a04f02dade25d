//! Origin: GitHub Kobzol/rust-delegate, `tests/through_trait.rs` at commit 66745d0a9e87,
//! read through the public file index, `fn test_call_through_trait`, `trait A` and `trait
//! B`, each with `fn f(&self) -> u32`.
//! Copied: both traits verbatim, both annotated, with `#[async_interface]` added.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: name-clash-between-traits
//! Expect: accepted (two call objects; one server implements both traits)

use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
trait A {
    fn f(&self) -> u32;
}

#[async_interface]
trait B {
    fn f(&self) -> u32;
}

struct Foo;

impl A for Foo {
    fn f(&self) -> u32 {
        0
    }
}

impl B for Foo {
    fn f(&self) -> u32 {
        1
    }
}

fn exercise() {
    let foo = Arc::new(Foo);
    let a = ACall::new(Arc::clone(&foo));
    let b = BCall::new(foo);
    a.begin_f().unwrap();
    b.begin_f().unwrap();
    assert_eq!((a.finish_f().unwrap(), b.finish_f().unwrap()), (0, 1));
}

fn main() {
    exercise();
}
