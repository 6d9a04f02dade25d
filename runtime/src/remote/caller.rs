//! [`Caller`]: who made the call a remote server is serving (COM: `CoQueryClientBlanket`).

use std::fmt;
use std::net::SocketAddr;
use std::sync::Arc;

/// Who is calling: what the server knows of the client of a remote call, verified by the
/// transport. A server method reads it with [`caller`]; the server's authorization
/// ([`Service::authorize`](super::Service::authorize)) is given it for every call.
///
/// COM: `CoQueryClientBlanket` (the authentication service and the client's principal)
/// and `IServerSecurity`. Over plain TCP only the peer's address is known; over TLS with
/// client certificates (`remote::tls`, feature `remote-tls`) the certificate chain
/// the client presented and the handshake verified, and its subject.
///
/// ```
/// use async_interface_runtime::remote::Caller;
///
/// let caller = Caller::from_peer("127.0.0.1:4000".parse().unwrap());
/// assert!(caller.peer_addr().ip().is_loopback());
/// assert_eq!(caller.subject(), None);
/// assert!(caller.certificates().is_empty());
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Caller {
    peer: SocketAddr,
    identity: Option<Arc<Identity>>,
}

/// A client certificate's verified identity.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Identity {
    /// The chain the client presented, its own certificate first, each DER-encoded.
    pub(crate) certificates: Vec<Vec<u8>>,
    /// The subject of the client's certificate, as `CN=alice, O=Example`.
    pub(crate) subject: Option<String>,
    /// The subject's common name.
    pub(crate) common_name: Option<String>,
}

impl Caller {
    /// A caller known only by its address (plain TCP, or TLS without client
    /// certificates).
    pub fn from_peer(peer: SocketAddr) -> Self {
        Caller {
            peer,
            identity: None,
        }
    }

    #[cfg_attr(not(feature = "remote-tls"), allow(dead_code))]
    pub(crate) fn with_identity(peer: SocketAddr, identity: Identity) -> Self {
        Caller {
            peer,
            identity: Some(Arc::new(identity)),
        }
    }

    /// The address the call came from.
    pub fn peer_addr(&self) -> SocketAddr {
        self.peer
    }

    /// The certificate chain the client presented in the TLS handshake and the server
    /// verified against its trusted roots, the client's own certificate first, each
    /// DER-encoded; empty without client certificates.
    pub fn certificates(&self) -> &[Vec<u8>] {
        self.identity
            .as_deref()
            .map_or(&[], |identity| &identity.certificates)
    }

    /// The subject of the client's verified certificate (`CN=alice, O=Example`), if it
    /// presented one.
    pub fn subject(&self) -> Option<&str> {
        self.identity.as_deref()?.subject.as_deref()
    }

    /// The common name (`CN`) in the subject of the client's verified certificate.
    pub fn common_name(&self) -> Option<&str> {
        self.identity.as_deref()?.common_name.as_deref()
    }

    /// Whether the client proved an identity with a certificate.
    pub fn is_authenticated(&self) -> bool {
        self.identity.is_some()
    }
}

impl fmt::Debug for Caller {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Caller")
            .field("peer", &self.peer)
            .field("subject", &self.subject())
            .field("certificates", &self.certificates().len())
            .finish()
    }
}

/// Who made the call being served, from inside a server method served remotely; `None`
/// outside such a call.
///
/// ```
/// // Outside of a remote call there is no caller.
/// assert!(async_interface_runtime::remote::caller().is_none());
/// ```
pub fn caller() -> Option<Arc<Caller>> {
    crate::context::current::<Caller>()
}
