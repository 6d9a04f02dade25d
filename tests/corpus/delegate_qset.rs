//! Origin: GitHub Kobzol/rust-delegate, `tests/generic.rs` at commit d8e3089f7227, read
//! through the public file index, `fn test_lifetime_late_bound`, `trait QSet<T> where T:
//! PartialEq`.
//! Copied: the trait verbatim, with `#[async_interface]` added (delegate's tests implement it by delegation).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: generic-trait, trait-where-clause, impl-trait, where-self-sized, method-lifetime
//! Expect: accepted with nothing in `AsyncQSet` (`iter` has `where Self: Sized` and an `impl Trait` return: left out); no exercise: nothing to begin

use async_interface::prelude::*;

#[async_interface]
trait QSet<T>
where
    T: PartialEq,
{
    fn iter<'a>(&'a self) -> impl Iterator<Item = &'a T>
    where
        Self: Sized,
        T: 'a;
}

struct Items(Vec<u8>);

impl QSet<u8> for Items {
    fn iter<'a>(&'a self) -> impl Iterator<Item = &'a u8>
    where
        u8: 'a,
    {
        self.0.iter()
    }
}

fn main() {
    assert_eq!(Items(vec![1, 2]).iter().count(), 2);
}
