//! Origin: crates.io package r2d2 0.8.10 (repository sfackler/r2d2), `src/lib.rs`, `pub
//! trait ManageConnection: Send + Sync + 'static`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: marker-supertrait, assoc-type, assoc-type-unbounded, mut-ref-param
//! Expect: accepted (`&mut Self::Connection` is an in/out value: `begin_is_valid` takes the connection, `finish_is_valid` hands it back; the macro adds `Send` to `Error`)

use std::error;
use std::fmt;
use std::sync::Arc;

use async_interface::prelude::*;

/// A trait which provides connection-specific functionality.
#[async_interface]
pub trait ManageConnection: Send + Sync + 'static {
    /// The connection type this manager deals with.
    type Connection: Send + 'static;

    /// The error type returned by `Connection`s.
    type Error: error::Error + 'static;

    /// Attempts to create a new connection.
    fn connect(&self) -> Result<Self::Connection, Self::Error>;

    /// Determines if the connection is still connected to the database.
    fn is_valid(&self, conn: &mut Self::Connection) -> Result<(), Self::Error>;

    /// *Quickly* determines if the connection is no longer usable.
    fn has_broken(&self, conn: &mut Self::Connection) -> bool;
}

/// An error of the server's.
#[derive(Debug, PartialEq)]
struct Closed;

impl fmt::Display for Closed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("connection closed")
    }
}

impl error::Error for Closed {}

/// A connection: a counter of the queries it ran, and whether it is open.
#[derive(Debug, Clone, PartialEq)]
struct Conn {
    open: bool,
    pings: u32,
}

/// A server: r2d2's documentation's manager, in memory.
struct Manager;

impl ManageConnection for Manager {
    type Connection = Conn;
    type Error = Closed;
    fn connect(&self) -> Result<Conn, Closed> {
        Ok(Conn { open: true, pings: 0 })
    }
    fn is_valid(&self, conn: &mut Conn) -> Result<(), Closed> {
        conn.pings += 1;
        if conn.open { Ok(()) } else { Err(Closed) }
    }
    fn has_broken(&self, conn: &mut Conn) -> bool {
        !conn.open
    }
}

fn exercise() {
    let call = ManageConnectionCall::new(Arc::new(Manager));
    call.begin_connect().unwrap();
    let mut conn = call.finish_connect().unwrap().unwrap();
    call.begin_is_valid(conn.clone()).unwrap();
    assert_eq!(call.finish_is_valid(&mut conn).unwrap(), Ok(()));
    assert_eq!(conn.pings, 1, "the server's ping count came back");
}

fn main() {
    exercise();
}
