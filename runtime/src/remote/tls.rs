//! TLS for remote servers (feature `remote-tls`): the connection encrypted and the
//! server authenticated by its certificate, and optionally the client by its own
//! (mutual TLS), with [rustls](https://docs.rs/rustls).
//!
//! COM's counterpart is the authentication level up to packet privacy
//! (`RPC_C_AUTHN_LEVEL_PKT_PRIVACY`) and the client's identity given to the server
//! (`CoQueryClientBlanket`). Here: the client checks the server's certificate against
//! its roots and name ([`connect`]); a server configured to ask for client certificates
//! ([`serve`] with a client verifier) refuses clients without a valid one during the
//! handshake, and hands the verified chain to each call as its [`Caller`], which
//! [`Service::authorize`] and the server methods ([`caller`](super::caller)) read.
//!
//! The configurations are rustls' own ([`rustls::ServerConfig`], [`rustls::ClientConfig`],
//! re-exported here), so every choice rustls offers (roots, verifiers, protocol versions,
//! key logging off by default) stays with the application.
//!
//! ```no_run
//! use std::sync::Arc;
//! use async_interface_runtime::remote::{self, tls::rustls};
//! # fn service() -> remote::Service { unimplemented!() }
//! # fn certificates() -> (Vec<rustls::pki_types::CertificateDer<'static>>, rustls::pki_types::PrivateKeyDer<'static>, rustls::RootCertStore) { unimplemented!() }
//! let (chain, key, client_roots) = certificates();
//! // The server: its certificate, and client certificates required (mutual TLS).
//! let verifier = rustls::server::WebPkiClientVerifier::builder(Arc::new(client_roots))
//!     .build()
//!     .unwrap();
//! let config = rustls::ServerConfig::builder()
//!     .with_client_cert_verifier(verifier)
//!     .with_single_cert(chain, key)
//!     .unwrap();
//! let server = remote::tls::serve("0.0.0.0:7000", service(), Arc::new(config), remote::Options::new())?;
//! # Ok::<(), std::io::Error>(())
//! ```

use std::io;
use std::sync::Arc;

use tokio::net::ToSocketAddrs;
pub use tokio_rustls::rustls;

use super::caller::{Caller, Identity};
use super::client::Upgrade;
use super::server::{Handshake, serve_over};
use super::{BoxedStream, Connection, Options, Server, Service, run_blocking};

/// Serves `service` on `addr` over TLS configured by `config` until the returned
/// [`Server`] is dropped. The handshake must end within
/// [`Options::first_frame_timeout`]. With a client certificate verifier in `config`,
/// each call's [`Caller`] carries the client's verified certificate chain.
///
/// # Errors
///
/// The I/O error of binding `addr`.
pub fn serve(
    addr: impl ToSocketAddrs + Send + 'static,
    service: Service,
    config: Arc<rustls::ServerConfig>,
    options: Options,
) -> io::Result<Server> {
    let acceptor = tokio_rustls::TlsAcceptor::from(config);
    let handshake: Handshake = Arc::new(move |stream, peer| {
        let accept = acceptor.accept(stream);
        Box::pin(async move {
            let stream = accept.await?;
            let chain = stream.get_ref().1.peer_certificates().map(|chain| {
                chain
                    .iter()
                    .map(|certificate| certificate.as_ref().to_vec())
                    .collect::<Vec<_>>()
            });
            let caller = match chain {
                Some(chain) if !chain.is_empty() => Caller::with_identity(peer, identity(chain)),
                _ => Caller::from_peer(peer),
            };
            Ok((Box::new(stream) as BoxedStream, caller))
        })
    });
    serve_over(addr, service, options, handshake)
}

/// The identity in a verified chain: the chain, and its first certificate's subject.
fn identity(certificates: Vec<Vec<u8>>) -> Identity {
    let (subject, common_name) = match x509_parser::parse_x509_certificate(&certificates[0]) {
        Ok((_, certificate)) => {
            let subject = certificate.subject();
            let common_name = subject
                .iter_common_name()
                .next()
                .and_then(|name| name.as_str().ok())
                .map(str::to_owned);
            (Some(subject.to_string()), common_name)
        }
        // rustls verified it, so it parses; if not, the chain alone is known.
        Err(_) => (None, None),
    };
    Identity {
        certificates,
        subject,
        common_name,
    }
}

/// Connects to the server at `addr` over TLS configured by `config`, checking that its
/// certificate is valid for `server_name` (a DNS name or an IP address). A `config`
/// with a client certificate (`with_client_auth_cert`) proves the client's identity.
///
/// # Errors
///
/// As [`Connection::connect`]; and the TLS handshake's error (the server's certificate
/// is not trusted or not for `server_name`, or the server refused the client's).
pub fn connect(
    addr: impl ToSocketAddrs + Send + 'static,
    server_name: &str,
    config: Arc<rustls::ClientConfig>,
    options: Options,
) -> io::Result<Connection> {
    let name = rustls::pki_types::ServerName::try_from(server_name.to_owned())
        .map_err(|error| io::Error::new(io::ErrorKind::InvalidInput, error))?;
    let connector = tokio_rustls::TlsConnector::from(config);
    let upgrade: Upgrade = Box::new(move |stream| {
        Box::pin(async move {
            let stream = connector.connect(name, stream).await?;
            Ok(Box::new(stream) as BoxedStream)
        })
    });
    run_blocking(Connection::open(addr, options, Some(upgrade)))
}
