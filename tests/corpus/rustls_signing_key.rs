//! Origin: crates.io package rustls 0.24.0-dev.2 (repository rustls/rustls),
//! `src/crypto/signer.rs`, `pub trait SigningKey: Debug + Send + Sync` and `pub trait
//! Signer: Debug + Send + Sync`.
//! Copied: both traits verbatim (docs cut to each item's first paragraph); both annotated.
//! Stand-ins, marked: `SignatureScheme` (first variants), rustls' `Error` (one variant),
//! rustls-pki-types' `SubjectPublicKeyInfoDer<'a>`.
//! License of the original: Apache-2.0 OR ISC OR MIT.
//! Shapes: marker-supertrait, ref-param, dyn-return, lifetime-in-return, self-box
//! Expect: rejected (`Signer::sign` takes `self: Box<Self>`; `public_key` returns `SubjectPublicKeyInfoDer<'_>`, borrowed from the key); `choose_scheme` alone would work
#![allow(dead_code, unused_imports)]

use std::fmt::Debug;
use std::sync::Arc;

use async_interface::prelude::*;

/// Stand-in: rustls' `SignatureScheme` (first variants).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignatureScheme {
    /// `rsa_pkcs1_sha256`.
    RSA_PKCS1_SHA256,
    /// `ecdsa_secp256r1_sha256`.
    ECDSA_NISTP256_SHA256,
    /// `ed25519`.
    ED25519,
}

/// Stand-in: rustls' `Error` (one variant).
#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    /// A catch-all error for unlikely errors.
    General(String),
}

/// Stand-in: rustls-pki-types' `SubjectPublicKeyInfoDer<'a>`.
#[derive(Debug)]
pub struct SubjectPublicKeyInfoDer<'a>(pub &'a [u8]);

/// An abstract signing key.
#[async_interface]
pub trait SigningKey: Debug + Send + Sync {
    /// Choose a `SignatureScheme` from those offered.
    fn choose_scheme(&self, offered: &[SignatureScheme]) -> Option<Box<dyn Signer>>;

    /// Get the RFC 5280-compliant SubjectPublicKeyInfo (SPKI) of this [`SigningKey`].
    fn public_key(&self) -> Option<SubjectPublicKeyInfoDer<'_>>;
}

/// A thing that can sign a message.
#[async_interface]
pub trait Signer: Debug + Send + Sync {
    /// Signs `message` using the selected scheme.
    fn sign(self: Box<Self>, message: &[u8]) -> Result<Vec<u8>, Error>;

    /// Reveals which scheme will be used when you call [`Self::sign()`].
    fn scheme(&self) -> SignatureScheme;
}

/// A server: an Ed25519-only key (its "signature" is the message reversed).
#[derive(Debug)]
struct Ed25519Key {
    spki: Vec<u8>,
}

#[derive(Debug)]
struct Ed25519Signer;

impl Signer for Ed25519Signer {
    fn sign(self: Box<Self>, message: &[u8]) -> Result<Vec<u8>, Error> {
        Ok(message.iter().rev().copied().collect())
    }
    fn scheme(&self) -> SignatureScheme {
        SignatureScheme::ED25519
    }
}

impl SigningKey for Ed25519Key {
    fn choose_scheme(&self, offered: &[SignatureScheme]) -> Option<Box<dyn Signer>> {
        offered
            .contains(&SignatureScheme::ED25519)
            .then(|| Box::new(Ed25519Signer) as Box<dyn Signer>)
    }
    fn public_key(&self) -> Option<SubjectPublicKeyInfoDer<'_>> {
        Some(SubjectPublicKeyInfoDer(&self.spki))
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`rustls_signing_key.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let call = SigningKeyCall::new(Arc::new(Ed25519Key { spki: vec![0x30] }));
    call.begin_choose_scheme(vec![SignatureScheme::RSA_PKCS1_SHA256, SignatureScheme::ED25519]).unwrap();
    let signer = call.finish_choose_scheme().unwrap().expect("ed25519 was offered");
    assert_eq!(signer.scheme(), SignatureScheme::ED25519);
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
