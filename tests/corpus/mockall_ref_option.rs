//! Origin: GitHub asomers/mockall, `mockall/tests/ref_option.rs` at commit e1ac2e14c221,
//! read through the public file index, `pub trait Store`.
//! Copied: the trait verbatim, `#[mockall::automock]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: plain
//! Expect: accepted

use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
pub trait Store {
    fn find(&self, name: Option<String>) -> bool;
}

struct Names(Vec<String>);

impl Store for Names {
    fn find(&self, name: Option<String>) -> bool {
        name.is_some_and(|n| self.0.contains(&n))
    }
}

fn exercise() {
    let call = StoreCall::new(Arc::new(Names(vec!["ada".to_owned()])));
    call.begin_find(Some("ada".to_owned())).unwrap();
    assert!(call.finish_find().unwrap());
    call.begin_find(None).unwrap();
    assert!(!call.finish_find().unwrap());
}

fn main() {
    exercise();
}
