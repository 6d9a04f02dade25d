//! Issue 14 item 4: TLS over loopback with certificates made here (rcgen), never
//! checked-in keys: the client checks the server's certificate, the server requires the
//! client's (mutual TLS), the server method learns the verified caller, and the
//! server's authorization refuses a method with `AccessDenied`.
#![cfg(feature = "remote-tls")]

mod support;

use std::sync::Arc;

use async_interface_runtime::remote::tls::rustls;
use async_interface_runtime::remote::{self, Connection, Options, Service};
use async_interface_runtime::{Call, CallError, Dispatch};
use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
enum Request {
    /// The caller's common name and subject, as the server method sees them.
    WhoAmI,
    Write(u32),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
enum Reply {
    Caller {
        common_name: Option<String>,
        subject: Option<String>,
        loopback: bool,
    },
    Written(u32),
}

struct Store;

impl Dispatch for Store {
    type Request = Request;
    type Reply = Reply;
    fn dispatch(&self, request: Request) -> Reply {
        match request {
            Request::WhoAmI => {
                let caller = remote::caller().expect("a remote call has a caller");
                Reply::Caller {
                    common_name: caller.common_name().map(str::to_owned),
                    subject: caller.subject().map(str::to_owned),
                    loopback: caller.peer_addr().ip().is_loopback(),
                }
            }
            Request::Write(n) => Reply::Written(n),
        }
    }
    fn method_of(request: &Request) -> Option<&'static str> {
        Some(match request {
            Request::WhoAmI => "IStore::who_am_i",
            Request::Write(_) => "IStore::write",
        })
    }
}

type Client = support::remote::Client<Request, Reply>;

fn round_trip(connection: &Connection, request: Request) -> Result<Reply, CallError> {
    let call = Call::new(Client::new(connection));
    call.begin("IStore::call", request)?;
    call.finish("IStore::call")
}

/// A certificate authority made for the test.
struct Authority(CertifiedIssuer<'static, KeyPair>);

/// A certificate and its key.
struct Identity {
    chain: Vec<CertificateDer<'static>>,
    key: Vec<u8>,
}

impl Identity {
    fn key(&self) -> PrivateKeyDer<'static> {
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key.clone()))
    }
}

impl Authority {
    fn new(name: &str) -> Self {
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.distinguished_name.push(DnType::CommonName, name);
        Authority(CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap())
    }

    fn issue(&self, common_name: &str, names: &[&str]) -> Identity {
        let mut params = CertificateParams::new(
            names
                .iter()
                .map(|name| (*name).to_owned())
                .collect::<Vec<_>>(),
        )
        .unwrap();
        params
            .distinguished_name
            .push(DnType::CommonName, common_name);
        params
            .distinguished_name
            .push(DnType::OrganizationName, "async-interface tests");
        let key = KeyPair::generate().unwrap();
        let certificate = params.signed_by(&key, &self.0).unwrap();
        Identity {
            chain: vec![certificate.der().clone()],
            key: key.serialize_der(),
        }
    }

    fn roots(&self) -> rustls::RootCertStore {
        let mut roots = rustls::RootCertStore::empty();
        roots.add(self.0.der().clone()).unwrap();
        roots
    }
}

struct Pki {
    authority: Authority,
    server: Identity,
}

fn pki() -> Pki {
    let authority = Authority::new("test CA");
    let server = authority.issue("store server", &["localhost", "127.0.0.1"]);
    Pki { authority, server }
}

/// A server requiring client certificates from `pki`'s authority.
fn mutual_server(pki: &Pki, service: Service) -> remote::Server {
    let verifier = rustls::server::WebPkiClientVerifier::builder(Arc::new(pki.authority.roots()))
        .build()
        .unwrap();
    let config = rustls::ServerConfig::builder()
        .with_client_cert_verifier(verifier)
        .with_single_cert(pki.server.chain.clone(), pki.server.key())
        .unwrap();
    remote::tls::serve("127.0.0.1:0", service, Arc::new(config), Options::new()).unwrap()
}

fn client_config(roots: rustls::RootCertStore, me: Option<&Identity>) -> Arc<rustls::ClientConfig> {
    let builder = rustls::ClientConfig::builder().with_root_certificates(roots);
    Arc::new(match me {
        Some(me) => builder
            .with_client_auth_cert(me.chain.clone(), me.key())
            .unwrap(),
        None => builder.with_no_client_auth(),
    })
}

fn admin_only_writes(service: Service) -> Service {
    service.authorize(|caller, method| {
        method != Some("IStore::write") || caller.common_name() == Some("admin")
    })
}

#[test]
fn mutual_tls_carries_calls_and_the_server_learns_the_verified_caller() {
    let pki = pki();
    let server = mutual_server(&pki, Service::__from_dispatch(Store));
    let alice = pki.authority.issue("alice", &[]);
    let connection = remote::tls::connect(
        server.local_addr(),
        "localhost",
        client_config(pki.authority.roots(), Some(&alice)),
        Options::new(),
    )
    .unwrap();
    match round_trip(&connection, Request::WhoAmI) {
        Ok(Reply::Caller {
            common_name,
            subject: Some(subject),
            loopback: true,
        }) => {
            assert_eq!(common_name.as_deref(), Some("alice"));
            assert!(subject.contains("CN=alice"), "{subject}");
        }
        other => panic!("expected the caller, got {other:?}"),
    }
    // The name checked may be the address, too.
    let by_address = remote::tls::connect(
        server.local_addr(),
        "127.0.0.1",
        client_config(pki.authority.roots(), Some(&alice)),
        Options::new(),
    )
    .unwrap();
    assert_eq!(
        round_trip(&by_address, Request::Write(1)),
        Ok(Reply::Written(1))
    );
}

#[test]
fn authorization_refuses_a_method_with_access_denied_and_admits_another_caller() {
    let pki = pki();
    let server = mutual_server(&pki, admin_only_writes(Service::__from_dispatch(Store)));
    let connect = |who: &Identity| {
        remote::tls::connect(
            server.local_addr(),
            "localhost",
            client_config(pki.authority.roots(), Some(who)),
            Options::new(),
        )
        .unwrap()
    };
    let alice = connect(&pki.authority.issue("alice", &[]));
    assert!(matches!(
        round_trip(&alice, Request::WhoAmI),
        Ok(Reply::Caller { .. })
    ));
    match round_trip(&alice, Request::Write(5)) {
        Err(error @ CallError::AccessDenied { .. }) => {
            assert_eq!(error.hresult(), 0x8007_0005_u32 as i32);
            let message = error.to_string();
            assert!(message.contains("CN=alice"), "{message}");
            assert!(message.contains("IStore::write"), "{message}");
        }
        other => panic!("expected AccessDenied, got {other:?}"),
    }
    // Refused, not broken: the connection goes on.
    assert!(matches!(
        round_trip(&alice, Request::WhoAmI),
        Ok(Reply::Caller { .. })
    ));
    let admin = connect(&pki.authority.issue("admin", &[]));
    assert_eq!(round_trip(&admin, Request::Write(5)), Ok(Reply::Written(5)));
}

#[test]
fn authorization_works_over_plain_tcp_by_address() {
    let service = Service::__from_dispatch(Store).authorize(|caller, method| {
        method == Some("IStore::who_am_i") && !caller.is_authenticated()
    });
    let server = remote::serve("127.0.0.1:0", service).unwrap();
    let connection = Connection::connect(server.local_addr()).unwrap();
    assert_eq!(
        round_trip(&connection, Request::WhoAmI),
        Ok(Reply::Caller {
            common_name: None,
            subject: None,
            loopback: true
        })
    );
    match round_trip(&connection, Request::Write(1)) {
        Err(CallError::AccessDenied { message }) => {
            assert!(
                message.contains("unauthenticated caller at 127.0.0.1"),
                "{message}"
            );
        }
        other => panic!("expected AccessDenied, got {other:?}"),
    }
}

#[test]
fn a_client_without_a_trusted_certificate_is_refused_in_the_handshake() {
    let pki = pki();
    let server = mutual_server(&pki, Service::__from_dispatch(Store));
    let roots = || pki.authority.roots();
    // No certificate at all.
    assert!(
        remote::tls::connect(
            server.local_addr(),
            "localhost",
            client_config(roots(), None),
            Options::new()
        )
        .is_err()
    );
    // A certificate from an authority the server does not trust.
    let rogue = Authority::new("rogue CA").issue("admin", &[]);
    assert!(
        remote::tls::connect(
            server.local_addr(),
            "localhost",
            client_config(roots(), Some(&rogue)),
            Options::new()
        )
        .is_err()
    );
    // Plain TCP to a TLS server: no answer to the first ping.
    let error = Connection::connect_with(
        server.local_addr(),
        Options::new().connect_timeout(std::time::Duration::from_secs(2)),
    )
    .unwrap_err();
    assert!(
        matches!(
            error.kind(),
            std::io::ErrorKind::ConnectionRefused | std::io::ErrorKind::TimedOut
        ),
        "{error}"
    );
}

#[test]
fn the_client_checks_the_servers_certificate_and_name() {
    let pki = pki();
    let server = mutual_server(&pki, Service::__from_dispatch(Store));
    let alice = pki.authority.issue("alice", &[]);
    // The server's certificate is not from an authority this client trusts.
    let stranger = Authority::new("another CA");
    let error = remote::tls::connect(
        server.local_addr(),
        "localhost",
        client_config(stranger.roots(), Some(&alice)),
        Options::new(),
    )
    .unwrap_err();
    assert!(
        error.to_string().to_lowercase().contains("certificate"),
        "{error}"
    );
    // Trusted, but not for this name.
    let error = remote::tls::connect(
        server.local_addr(),
        "store.example",
        client_config(pki.authority.roots(), Some(&alice)),
        Options::new(),
    )
    .unwrap_err();
    assert!(
        error.to_string().to_lowercase().contains("certificate"),
        "{error}"
    );
}
