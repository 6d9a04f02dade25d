//! Origin: crates.io package async-trait 0.1.92 (repository dtolnay/async-trait),
//! `tests/test.rs`, `mod issue145`, `pub trait ManageConnection: Sized + Send + Sync +
//! 'static`.
//! Copied: the trait verbatim, `#[async_trait]` replaced by `#[async_interface]` (native `async fn` in traits since Rust 1.75).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: async-fn, marker-supertrait, assoc-type
//! Expect: rejected (`async fn`); the sync form of the same trait is r2d2's, see `r2d2_manage_connection`

use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
pub trait ManageConnection: Sized + Send + Sync + 'static {
    type Connection: Send + 'static;
    type Error: Send + 'static;

    async fn connect(&self) -> Result<Self::Connection, Self::Error>;
}

struct Manager;

impl ManageConnection for Manager {
    type Connection = u32;
    type Error = String;
    async fn connect(&self) -> Result<u32, String> {
        Ok(1)
    }
}

fn exercise() {
    let call = ManageConnectionCall::new(Arc::new(Manager));
    call.begin_connect().unwrap();
    assert_eq!(call.finish_connect().unwrap(), Ok(1));
}

fn main() {
    exercise();
}
