//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/std/src/net/socket_addr.rs`, `pub trait ToSocketAddrs`.
//! Copied: verbatim (docs cut to the first paragraph, `#[stable]` left out).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: assoc-type, assoc-type-unbounded
//! Expect: accepted (the macro adds the `Send + 'static` the call needs on `Iter` instead of asking for it)

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;

use async_interface::prelude::*;

/// A trait for objects which can be converted or resolved to one or more
/// [`SocketAddr`] values.
#[async_interface]
pub trait ToSocketAddrs {
    /// Returned iterator over socket addresses which this type may correspond
    /// to.
    type Iter: Iterator<Item = SocketAddr>;

    /// Converts this object to an iterator of resolved [`SocketAddr`]s.
    fn to_socket_addrs(&self) -> io::Result<Self::Iter>;
}

/// A server: a fixed host table.
struct Localhost;

impl ToSocketAddrs for Localhost {
    type Iter = std::vec::IntoIter<SocketAddr>;
    fn to_socket_addrs(&self) -> io::Result<Self::Iter> {
        Ok(vec!["127.0.0.1:80".parse().unwrap()].into_iter())
    }
}

fn exercise() {
    let call = ToSocketAddrsCall::new(Arc::new(Localhost));
    call.begin_to_socket_addrs().unwrap();
    let addrs: Vec<SocketAddr> = call.finish_to_socket_addrs().unwrap().unwrap().collect();
    assert_eq!(addrs, vec!["127.0.0.1:80".parse::<SocketAddr>().unwrap()]);
}

fn main() {
    exercise();
}
