//! Origin: crates.io package r2d2 0.8.10 (repository sfackler/r2d2), `src/lib.rs`, `pub
//! trait CustomizeConnection<C, E>: fmt::Debug + Send + Sync + 'static`.
//! Copied: the trait verbatim with its provided bodies (docs cut to each item's first paragraph).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: generic-trait, marker-supertrait, mut-ref-param, provided-method
//! Expect: accepted

use std::fmt;
use std::sync::Arc;

use async_interface::prelude::*;

/// A trait which allows for customization of connections.
#[async_interface]
pub trait CustomizeConnection<C, E>: fmt::Debug + Send + Sync + 'static {
    /// Called with connections immediately after they are returned from
    /// `ManageConnection::connect`.
    #[allow(unused_variables)]
    fn on_acquire(&self, conn: &mut C) -> Result<(), E> {
        Ok(())
    }

    /// Called with connections when they are removed from the pool.
    #[allow(unused_variables)]
    fn on_release(&self, conn: C) {}
}

/// A server: sets a session parameter on every new connection.
#[derive(Debug)]
struct SetTimeZone;

impl CustomizeConnection<Vec<String>, String> for SetTimeZone {
    fn on_acquire(&self, conn: &mut Vec<String>) -> Result<(), String> {
        conn.push("SET TIME ZONE 'UTC'".to_owned());
        Ok(())
    }
}

fn exercise() {
    let call = CustomizeConnectionCall::<SetTimeZone, Vec<String>, String>::new(Arc::new(SetTimeZone));
    let mut conn = Vec::new();
    call.begin_on_acquire(conn.clone()).unwrap();
    assert_eq!(call.finish_on_acquire(&mut conn).unwrap(), Ok(()));
    assert_eq!(conn, ["SET TIME ZONE 'UTC'"]);
}

fn main() {
    exercise();
}
