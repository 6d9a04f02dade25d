//! Origin: crates.io package rustls 0.24.0-dev.2 (repository rustls/rustls),
//! `src/client/config.rs`, `pub trait ClientSessionStore: fmt::Debug + Send + Sync`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph). Stand-ins,
//! marked: `ClientSessionKey<'a>` (same fields, `ServerName<'a>` reduced to a `&str`),
//! `NamedGroup` (first variants), `Tls12Session`, `Tls13Session` (opaque values).
//! License of the original: Apache-2.0 OR ISC OR MIT.
//! Shapes: marker-supertrait, ref-param, lifetime-in-path, static-lifetime-param
//! Expect: accepted? (`ClientSessionKey<'static>` by value and behind `&` is owned enough; `&ClientSessionKey<'_>` borrows: open)
#![allow(dead_code, unused_imports)]

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Stand-in: rustls' `ClientSessionKey<'a>` (`server_name` is a `ServerName<'a>` there).
#[derive(Clone, Debug, Eq, Hash, PartialEq)]
#[non_exhaustive]
pub struct ClientSessionKey<'a> {
    /// A hash to partition the client storage between different security domains.
    pub config_hash: [u8; 32],
    /// Transport-level identity of the server.
    pub server_name: &'a str,
}

/// Stand-in: rustls' `NamedGroup` (first variants).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamedGroup {
    /// `secp256r1`.
    secp256r1,
    /// `X25519`.
    X25519,
}

/// Stand-in: rustls' `Tls12Session` (opaque here).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tls12Session(pub Vec<u8>);

/// Stand-in: rustls' `Tls13Session` (opaque here).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tls13Session(pub Vec<u8>);

/// Client session data store for possible future resumption.
#[async_interface]
pub trait ClientSessionStore: fmt::Debug + Send + Sync {
    /// Remember what `NamedGroup` the given server chose.
    fn set_kx_hint(&self, key: ClientSessionKey<'static>, group: NamedGroup);

    /// Value most recently passed to `set_kx_hint` for the given `key`.
    fn kx_hint(&self, key: &ClientSessionKey<'_>) -> Option<NamedGroup>;

    /// Remember a TLS1.2 session, allowing resumption of this connection in the future.
    fn set_tls12_session(&self, key: ClientSessionKey<'static>, value: Tls12Session);

    /// Get the most recently saved TLS1.2 session for `key` provided to `set_tls12_session`.
    fn tls12_session(&self, key: &ClientSessionKey<'_>) -> Option<Tls12Session>;

    /// Remove and forget any saved TLS1.2 session for `key`.
    fn remove_tls12_session(&self, key: &ClientSessionKey<'static>);

    /// Remember a TLS1.3 ticket, allowing resumption of this connection in the future.
    fn insert_tls13_ticket(&self, key: ClientSessionKey<'static>, value: Tls13Session);

    /// Return a TLS1.3 ticket previously provided to `insert_tls13_ticket()`.
    fn take_tls13_ticket(&self, key: &ClientSessionKey<'static>) -> Option<Tls13Session>;
}

/// A server: rustls' `ClientSessionMemoryCache`, without its size limit.
#[derive(Debug, Default)]
struct Memory {
    kx: Mutex<HashMap<ClientSessionKey<'static>, NamedGroup>>,
    tls12: Mutex<HashMap<ClientSessionKey<'static>, Tls12Session>>,
    tls13: Mutex<HashMap<ClientSessionKey<'static>, Vec<Tls13Session>>>,
}

impl ClientSessionStore for Memory {
    fn set_kx_hint(&self, key: ClientSessionKey<'static>, group: NamedGroup) {
        self.kx.lock().unwrap().insert(key, group);
    }
    fn kx_hint(&self, key: &ClientSessionKey<'_>) -> Option<NamedGroup> {
        let kx = self.kx.lock().unwrap();
        kx.iter().find(|(k, _)| k.config_hash == key.config_hash && k.server_name == key.server_name).map(|(_, g)| *g)
    }
    fn set_tls12_session(&self, key: ClientSessionKey<'static>, value: Tls12Session) {
        self.tls12.lock().unwrap().insert(key, value);
    }
    fn tls12_session(&self, key: &ClientSessionKey<'_>) -> Option<Tls12Session> {
        let tls12 = self.tls12.lock().unwrap();
        tls12.iter().find(|(k, _)| k.server_name == key.server_name).map(|(_, s)| s.clone())
    }
    fn remove_tls12_session(&self, key: &ClientSessionKey<'static>) {
        self.tls12.lock().unwrap().remove(key);
    }
    fn insert_tls13_ticket(&self, key: ClientSessionKey<'static>, value: Tls13Session) {
        self.tls13.lock().unwrap().entry(key).or_default().push(value);
    }
    fn take_tls13_ticket(&self, key: &ClientSessionKey<'static>) -> Option<Tls13Session> {
        self.tls13.lock().unwrap().get_mut(key)?.pop()
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`rustls_client_session_store.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let call = ClientSessionStoreCall::new(Arc::new(Memory::default()));
    let key = ClientSessionKey { config_hash: [7; 32], server_name: "example.com" };
    call.begin_insert_tls13_ticket(key.clone(), Tls13Session(vec![1, 2])).unwrap();
    call.finish_insert_tls13_ticket().unwrap();
    call.begin_take_tls13_ticket(key).unwrap();
    assert_eq!(call.finish_take_tls13_ticket().unwrap(), Some(Tls13Session(vec![1, 2])));
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
