//! The remote transport on its own (feature `remote`): a hand-written request/reply pair,
//! as `#[async_interface(remote)]` generates, served over loopback TCP in this process.
//! The facade's `tests/remote.rs` runs the foundation behaviours through a generated
//! call object; these tests pin the wire's own rules: cancel and deadline reach the
//! server, a lost connection ends calls, bad replies fail one call only.
#![cfg(feature = "remote")]

mod support;

use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use async_interface_runtime::remote::{self, Connection, Options, Service};
use async_interface_runtime::{
    Call, CallContext, CallError, CallObject, CancelMethodCalls, Dispatch, Synchronize, test_cancel,
};
use serde::{Deserialize, Serialize};
use support::PATIENCE;

#[derive(Debug, Serialize, Deserialize)]
enum Request {
    Echo(u64),
    /// Reports its start, then runs until the test says go or the call is cancelled.
    Hold,
    Panic(String),
    Bytes(usize),
    Unserializable,
    /// The deadline the server sees, as time left.
    Deadline,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
enum Reply {
    Echo(u64),
    Held { saw_cancel: bool },
    Bytes(Vec<u8>),
    Unserializable(Refuses),
    Deadline(Option<Duration>),
}

/// A value whose serialization always fails.
#[derive(Debug, PartialEq, Deserialize)]
struct Refuses;

impl Serialize for Refuses {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("Refuses never serializes"))
    }
}

/// The server process's side.
struct Server {
    started: Mutex<Sender<&'static str>>,
    go: Mutex<Receiver<()>>,
}

impl Dispatch for Server {
    type Request = Request;
    type Reply = Reply;
    fn dispatch(&self, request: Request) -> Reply {
        match request {
            Request::Echo(n) => Reply::Echo(n),
            Request::Hold => {
                self.started.lock().unwrap().send("hold").unwrap();
                let go = self.go.lock().unwrap();
                let until = Instant::now() + PATIENCE;
                while Instant::now() < until {
                    if test_cancel().is_err() {
                        return Reply::Held { saw_cancel: true };
                    }
                    if go.recv_timeout(Duration::from_millis(5)).is_ok() {
                        return Reply::Held { saw_cancel: false };
                    }
                }
                panic!("the test neither released nor cancelled the held call");
            }
            Request::Panic(message) => panic!("{message}"),
            Request::Bytes(n) => Reply::Bytes(vec![7; n]),
            Request::Unserializable => Reply::Unserializable(Refuses),
            Request::Deadline => Reply::Deadline(
                async_interface_runtime::context::deadline()
                    .map(|d| d.saturating_duration_since(Instant::now())),
            ),
        }
    }
}

type Client = support::remote::Client<Request, Reply>;

struct Setup {
    server: remote::Server,
    connection: Connection,
    started: Receiver<&'static str>,
    go: Sender<()>,
}

fn setup(options: Options) -> Setup {
    let (started_tx, started) = channel();
    let (go, go_rx) = channel();
    let service = Service::__from_dispatch(Server {
        started: Mutex::new(started_tx),
        go: Mutex::new(go_rx),
    });
    let server = remote::serve_with("127.0.0.1:0", service, options).unwrap();
    let connection = Connection::connect_with(server.local_addr(), options).unwrap();
    Setup {
        server,
        connection,
        started,
        go,
    }
}

const METHOD: &str = "IRemote::call";

fn call_over(connection: &Connection) -> Call<Client> {
    Call::new(Client::new(connection))
}

fn round_trip(call: &Call<Client>, request: Request) -> Result<Reply, CallError> {
    call.begin(METHOD, request)?;
    call.finish(METHOD)
}

#[test]
fn a_call_crosses_the_wire_and_the_call_object_is_reused() {
    let setup = setup(Options::new());
    let call = call_over(&setup.connection);
    for n in [1, 2, u64::MAX] {
        assert_eq!(round_trip(&call, Request::Echo(n)), Ok(Reply::Echo(n)));
    }
}

#[test]
fn a_pending_remote_call_times_out_then_finishes() {
    let setup = setup(Options::new());
    let call = call_over(&setup.connection);
    call.begin(METHOD, Request::Hold).unwrap();
    assert_eq!(setup.started.recv_timeout(PATIENCE), Ok("hold"));
    assert_eq!(
        call.wait(Duration::from_millis(20)),
        Err(CallError::Timeout)
    );
    assert_eq!(
        call.begin(METHOD, Request::Echo(1)),
        Err(CallError::CallPending)
    );
    setup.go.send(()).unwrap();
    assert_eq!(call.wait(PATIENCE), Ok(()));
    assert_eq!(call.finish(METHOD), Ok(Reply::Held { saw_cancel: false }));
}

#[test]
fn cancel_reaches_the_running_server_method() {
    let setup = setup(Options::new());
    let call = call_over(&setup.connection);
    call.begin(METHOD, Request::Hold).unwrap();
    assert_eq!(setup.started.recv_timeout(PATIENCE), Ok("hold"));
    // The server sees the cancel and returns within the timeout: COM's rule says the
    // call completed, and finish delivers what the server returned.
    assert_eq!(call.cancel(PATIENCE), Err(CallError::CallComplete));
    assert_eq!(call.finish(METHOD), Ok(Reply::Held { saw_cancel: true }));
}

#[test]
fn a_call_cancelled_with_no_wait_ends_at_once_and_the_server_learns_of_it() {
    let setup = setup(Options::new());
    let call = call_over(&setup.connection);
    call.begin(METHOD, Request::Hold).unwrap();
    assert_eq!(setup.started.recv_timeout(PATIENCE), Ok("hold"));
    assert_eq!(call.cancel(Duration::ZERO), Ok(()));
    assert_eq!(call.finish(METHOD), Err(CallError::Canceled));
    // The held method returned because it saw the cancel, not because of a go-ahead: the
    // next call runs, on a server that is free again.
    assert_eq!(round_trip(&call, Request::Echo(5)), Ok(Reply::Echo(5)));
}

#[test]
fn the_deadline_reaches_the_server_and_a_passed_one_cancels() {
    let setup = setup(Options::new());
    let call = call_over(&setup.connection);
    call.set_context(Some(
        CallContext::new().with_deadline(Instant::now() + Duration::from_secs(60)),
    ));
    match round_trip(&call, Request::Deadline) {
        Ok(Reply::Deadline(Some(left))) => assert!(
            left > Duration::from_secs(30) && left <= Duration::from_secs(60),
            "the server saw {left:?} left of a 60 s deadline"
        ),
        other => panic!("expected the server to see the deadline, got {other:?}"),
    }
    call.set_context(None);
    assert_eq!(
        round_trip(&call, Request::Deadline),
        Ok(Reply::Deadline(None))
    );

    // A deadline that passes while the server works: the call ends cancelled, and the
    // server method sees the cancel.
    call.set_context(Some(
        CallContext::new().with_deadline(Instant::now() + Duration::from_millis(300)),
    ));
    // (On a loaded machine the deadline may pass before the server starts the call,
    // which then never runs: the same answer.)
    call.begin(METHOD, Request::Hold).unwrap();
    assert_eq!(call.finish(METHOD), Err(CallError::Canceled));
}

#[test]
fn a_lost_connection_ends_calls_in_flight_with_disconnected() {
    let setup = setup(Options::new());
    let call = call_over(&setup.connection);
    call.begin(METHOD, Request::Hold).unwrap();
    assert_eq!(setup.started.recv_timeout(PATIENCE), Ok("hold"));
    drop(setup.server);
    assert_eq!(call.finish(METHOD), Err(CallError::Disconnected));
    // The call object stays usable; the dead connection fails calls at once.
    assert_eq!(
        round_trip(&call, Request::Echo(1)),
        Err(CallError::Disconnected)
    );
}

#[test]
fn a_panic_in_the_remote_server_is_a_server_fault_with_its_message() {
    let setup = setup(Options::new());
    let call = call_over(&setup.connection);
    assert_eq!(
        round_trip(&call, Request::Panic("disk on fire".into())),
        Err(CallError::ServerFault {
            message: "disk on fire".into()
        })
    );
    assert_eq!(round_trip(&call, Request::Echo(3)), Ok(Reply::Echo(3)));
}

#[test]
fn an_oversized_or_unserializable_reply_fails_that_call_only() {
    let setup = setup(Options::new().max_message(64 * 1024));
    let call = call_over(&setup.connection);
    assert!(matches!(
        round_trip(&call, Request::Bytes(1024)),
        Ok(Reply::Bytes(bytes)) if bytes.len() == 1024
    ));
    match round_trip(&call, Request::Bytes(100 * 1024)) {
        Err(CallError::ServerCantMarshal { message }) => {
            assert!(message.contains("over the connection's limit"), "{message}");
        }
        other => panic!("expected ServerCantMarshal, got {other:?}"),
    }
    match round_trip(&call, Request::Unserializable) {
        Err(CallError::ServerCantMarshal { message }) => {
            // postcard keeps the kind of failure, not the serializer's own text.
            assert!(message.contains("could not be serialized"), "{message}");
        }
        other => panic!("expected ServerCantMarshal, got {other:?}"),
    }
    // The connection is still up.
    assert_eq!(round_trip(&call, Request::Echo(9)), Ok(Reply::Echo(9)));
}

#[test]
fn oversized_arguments_fail_on_the_client_and_are_never_sent() {
    let setup = setup(Options::new().max_message(1024));
    let call = call_over(&setup.connection);
    // `Bytes(n)` is small; a big in-part needs a big request: a panic message.
    match round_trip(&call, Request::Panic("x".repeat(4096))) {
        Err(CallError::ClientCantMarshal { message }) => {
            assert!(message.contains("arguments take"), "{message}");
        }
        other => panic!("expected ClientCantMarshal, got {other:?}"),
    }
    assert_eq!(
        setup.started.try_recv(),
        Err(std::sync::mpsc::TryRecvError::Empty)
    );
    assert_eq!(round_trip(&call, Request::Echo(2)), Ok(Reply::Echo(2)));
}

#[test]
fn many_call_objects_share_one_connection() {
    let setup = setup(Options::new());
    let calls: Vec<_> = (0..16).map(|_| call_over(&setup.connection)).collect();
    for (n, call) in (0..).zip(&calls) {
        call.begin(METHOD, Request::Echo(n)).unwrap();
    }
    for (n, call) in (0..).zip(&calls) {
        assert_eq!(call.finish(METHOD), Ok(Reply::Echo(n)));
    }
}

#[test]
fn connecting_to_nothing_is_an_io_error() {
    // Bind and drop a listener to find a port where nothing listens.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    assert!(Connection::connect(port).is_err());
}

#[test]
fn connections_have_tcp_keepalive_as_configured() {
    // The default: 30 s of silence before the system starts probing the peer.
    let setup = setup(Options::new());
    assert_eq!(setup.connection.keepalive(), Some(Duration::from_secs(30)));
    let longer = Options::new().keepalive(Some(Duration::from_secs(45)));
    let connection = Connection::connect_with(setup.server.local_addr(), longer).unwrap();
    assert_eq!(connection.keepalive(), Some(Duration::from_secs(45)));
    let off = Options::new().keepalive(None);
    let connection = Connection::connect_with(setup.server.local_addr(), off).unwrap();
    assert_eq!(connection.keepalive(), None);
    // Whatever the setting, calls go through.
    assert_eq!(
        round_trip(&Call::new(Client::new(&connection)), Request::Echo(4)),
        Ok(Reply::Echo(4))
    );
}
