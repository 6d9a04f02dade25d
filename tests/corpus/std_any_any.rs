//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/core/src/any.rs`, `pub trait Any: 'static`.
//! Copied: verbatim (docs cut to the first paragraph).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: marker-supertrait
//! Expect: accepted

use std::any::TypeId;
use std::sync::Arc;

use async_interface::prelude::*;

/// A trait to emulate dynamic typing.
#[async_interface]
pub trait Any: 'static {
    /// Gets the `TypeId` of `self`.
    fn type_id(&self) -> TypeId;
}

/// A server.
struct Thing;

impl Any for Thing {
    fn type_id(&self) -> TypeId {
        TypeId::of::<Self>()
    }
}

fn exercise() {
    let call = AnyCall::new(Arc::new(Thing));
    call.begin_type_id().unwrap();
    assert_eq!(call.finish_type_id().unwrap(), TypeId::of::<Thing>());
}

fn main() {
    exercise();
}
