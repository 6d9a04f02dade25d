//! Origin: crates.io package rustls 0.24.0-dev.2 (repository rustls/rustls),
//! `src/key_log.rs`, `pub trait KeyLog: Debug + Send + Sync`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph).
//! License of the original: Apache-2.0 OR ISC OR MIT.
//! Shapes: marker-supertrait, ref-param, provided-method
//! Expect: accepted

use std::fmt::Debug;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// This trait represents the ability to do something useful
/// with key material, such as logging it to a file for debugging.
#[async_interface]
pub trait KeyLog: Debug + Send + Sync {
    /// Log the given `secret`.  `client_random` is provided for
    /// session identification.  `label` describes precisely what
    /// `secret` means:
    fn log(&self, label: &str, client_random: &[u8], secret: &[u8]);

    /// Indicates whether the secret with label `label` will be logged.
    fn will_log(&self, _label: &str) -> bool {
        true
    }
}

/// A server: an NSS key log kept in memory, as `SSLKEYLOGFILE` would have it.
#[derive(Debug, Default)]
struct KeyLogMemory(Mutex<Vec<String>>);

impl KeyLog for KeyLogMemory {
    fn log(&self, label: &str, client_random: &[u8], secret: &[u8]) {
        let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
        self.0.lock().unwrap().push(format!("{label} {} {}", hex(client_random), hex(secret)));
    }
}

fn exercise() {
    let keys = Arc::new(KeyLogMemory::default());
    let call = KeyLogCall::new(Arc::clone(&keys));
    call.begin_log("CLIENT_RANDOM".to_owned(), vec![0xAB], vec![0x01, 0x02]).unwrap();
    call.finish_log().unwrap();
    assert_eq!(keys.0.lock().unwrap()[0], "CLIENT_RANDOM ab 0102");
    call.begin_will_log("SERVER_TRAFFIC_SECRET_0".to_owned()).unwrap();
    assert!(call.finish_will_log().unwrap());
}

fn main() {
    exercise();
}
