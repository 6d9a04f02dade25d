//! Origin: crates.io package rustls 0.24.0-dev.2 (repository rustls/rustls),
//! `src/server/config.rs`, `pub trait StoresServerSessions: Debug + Send + Sync`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph). Stand-in, marked:
//! `ServerSessionKey<'a>` (rustls' has a crate-private constructor; same one field).
//! License of the original: Apache-2.0 OR ISC OR MIT.
//! Shapes: marker-supertrait, borrow-in-value-param
//! Expect: rejected, with the macro's own "borrows" error (`ServerSessionKey<'_>` borrows the caller's bytes and has no owned form); `can_cache` alone would work
#![allow(dead_code, unused_imports)]

use std::collections::HashMap;
use std::fmt::Debug;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Stand-in: rustls' `server::ServerSessionKey<'a>`.
#[derive(Debug)]
pub struct ServerSessionKey<'a> {
    /// The session id or ticket.
    pub inner: &'a [u8],
}

/// A trait for the ability to store server session data.
#[async_interface]
pub trait StoresServerSessions: Debug + Send + Sync {
    /// Store session secrets encoded in `value` against `key`,
    /// overwrites any existing value against `key`.  Returns `true`
    /// if the value was stored.
    fn put(&self, key: ServerSessionKey<'_>, value: Vec<u8>) -> bool;

    /// Find a value with the given `key`.  Return it, or None
    /// if it doesn't exist.
    fn get(&self, key: ServerSessionKey<'_>) -> Option<Vec<u8>>;

    /// Find a value with the given `key`.  Return it and delete it;
    /// or None if it doesn't exist.
    fn take(&self, key: ServerSessionKey<'_>) -> Option<Vec<u8>>;

    /// Whether the store can cache another session. This is used to indicate to clients
    /// whether their session can be resumed; the implementation is not required to remember
    /// a session even if it returns `true` here.
    fn can_cache(&self) -> bool;
}

/// A server: rustls' `ServerSessionMemoryCache`, without its eviction.
#[derive(Debug, Default)]
struct Memory(Mutex<HashMap<Vec<u8>, Vec<u8>>>);

impl StoresServerSessions for Memory {
    fn put(&self, key: ServerSessionKey<'_>, value: Vec<u8>) -> bool {
        self.0.lock().unwrap().insert(key.inner.to_vec(), value);
        true
    }
    fn get(&self, key: ServerSessionKey<'_>) -> Option<Vec<u8>> {
        self.0.lock().unwrap().get(key.inner).cloned()
    }
    fn take(&self, key: ServerSessionKey<'_>) -> Option<Vec<u8>> {
        self.0.lock().unwrap().remove(key.inner)
    }
    fn can_cache(&self) -> bool {
        true
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`rustls_stores_server_sessions.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let call = StoresServerSessionsCall::new(Arc::new(Memory::default()));
    call.begin_can_cache().unwrap();
    assert!(call.finish_can_cache().unwrap());
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
