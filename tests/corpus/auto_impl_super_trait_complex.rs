//! Origin: crates.io package auto_impl 1.3.0 (repository auto-impl-rs/auto_impl),
//! `tests/compile-pass/super_trait_complex_for_refs.rs`, `trait Foo<T, U>: Supi<'static, U>
//! where Self: Send`.
//! Copied: `Supi` and `Foo` verbatim (`Supi` plain: the user annotates `Foo`), `#[auto_impl(Box, &)]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: generic-trait, plain-supertrait, supertrait-generic-args, trait-where-clause, provided-method
//! Expect: accepted (`Supi<'static, U>` is a bound on the server; `T` is unused by the methods)

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

trait Supi<'a, T> {
    fn supi(&self);
}

#[async_interface(bounds(Supi))]
trait Foo<T, U>: Supi<'static, U>
where
    Self: Send
{
    fn foo(&self) -> i32 {
        self.supi();
        3
    }

    fn bar(&self);
}

struct Server(Mutex<u32>);

impl Supi<'static, u8> for Server {
    fn supi(&self) {
        *self.0.lock().unwrap() += 1;
    }
}

impl Foo<(), u8> for Server {
    fn bar(&self) {}
}

fn exercise() {
    let server = Arc::new(Server(Mutex::new(0)));
    let call = FooCall::<Server, (), u8>::new(Arc::clone(&server));
    call.begin_foo().unwrap();
    assert_eq!(call.finish_foo().unwrap(), 3);
    assert_eq!(*server.0.lock().unwrap(), 1);
}

fn main() {
    exercise();
}
