//! Origin: crates.io package rustls 0.24.0-dev.2 (repository rustls/rustls),
//! `src/crypto/mod.rs`, `pub trait TicketProducer: Debug + Send + Sync`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph).
//! License of the original: Apache-2.0 OR ISC OR MIT.
//! Shapes: marker-supertrait, ref-param
//! Expect: accepted

use core::time::Duration;
use std::fmt::Debug;
use std::sync::Arc;

use async_interface::prelude::*;

/// A trait for the ability to encrypt and decrypt tickets.
#[async_interface]
pub trait TicketProducer: Debug + Send + Sync {
    /// Encrypt and authenticate `plain`, returning the resulting
    /// ticket.  Return None if `plain` cannot be encrypted for
    /// some reason: an empty ticket will be sent and the connection
    /// will continue.
    fn encrypt(&self, plain: &[u8]) -> Option<Vec<u8>>;

    /// Decrypt `cipher`, validating its authenticity protection
    /// and recovering the plaintext.  `cipher` is fully attacker
    /// controlled, so this decryption must be side-channel free,
    /// panic-proof, and otherwise bullet-proof.  If the decryption
    /// fails, return None.
    fn decrypt(&self, cipher: &[u8]) -> Option<Vec<u8>>;

    /// Returns the lifetime of tickets produced now.
    /// The lifetime is provided as a hint to clients that the
    /// ticket will not be useful after the given time.
    fn lifetime(&self) -> Duration;
}

/// A server: a (not at all secure) XOR "ticketer" with a tag byte.
#[derive(Debug)]
struct Xor(u8);

impl TicketProducer for Xor {
    fn encrypt(&self, plain: &[u8]) -> Option<Vec<u8>> {
        Some(std::iter::once(0x7A).chain(plain.iter().map(|b| b ^ self.0)).collect())
    }
    fn decrypt(&self, cipher: &[u8]) -> Option<Vec<u8>> {
        let (tag, body) = cipher.split_first()?;
        (*tag == 0x7A).then(|| body.iter().map(|b| b ^ self.0).collect())
    }
    fn lifetime(&self) -> Duration {
        Duration::from_secs(6 * 60 * 60)
    }
}

fn exercise() {
    let call = TicketProducerCall::new(Arc::new(Xor(0x55)));
    call.begin_encrypt(b"session".to_vec()).unwrap();
    let ticket = call.finish_encrypt().unwrap().unwrap();
    call.begin_decrypt(ticket).unwrap();
    assert_eq!(call.finish_decrypt().unwrap(), Some(b"session".to_vec()));
    call.begin_decrypt(vec![0; 3]).unwrap();
    assert_eq!(call.finish_decrypt().unwrap(), None);
}

fn main() {
    exercise();
}
