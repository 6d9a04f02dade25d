//! Origin: crates.io package dyn-clone 1.0.20 (repository dtolnay/dyn-clone), `README.md`,
//! `trait MyTrait: DynClone`.
//! Copied: the trait verbatim. Stand-in, marked: `DynClone` (dyn-clone's is sealed and has a hidden `__clone_box`; here a trait with the same blanket impl for every `Clone` type).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: plain-supertrait
//! Expect: accepted (`DynClone` is a bound on the server, issue 12 item 2)

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Stand-in: dyn-clone's `DynClone`.
pub trait DynClone {}
impl<T: Clone> DynClone for T {}

#[async_interface(bounds(DynClone))]
trait MyTrait: DynClone {
    fn recite(&self);
}

static RECITED: Mutex<Vec<String>> = Mutex::new(Vec::new());

impl MyTrait for String {
    fn recite(&self) {
        RECITED.lock().unwrap().push(format!("{} ♫", self));
    }
}

fn exercise() {
    let call = MyTraitCall::new(Arc::new("The Raven".to_owned()));
    call.begin_recite().unwrap();
    call.finish_recite().unwrap();
    assert_eq!(*RECITED.lock().unwrap(), ["The Raven ♫"]);
}

fn main() {
    exercise();
}
