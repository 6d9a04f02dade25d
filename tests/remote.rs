//! Issue 7: a remote server over loopback TCP, client and server in this process. The
//! foundation behaviours (SPEC 1-6, 8, 12, 13) through a generated call object whose
//! server is in "another process": the client's code is the same as for a local server.
#![cfg(feature = "remote")]

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_interface::prelude::*;
use async_interface::remote::{self, Connection};
use async_interface::{CallContext, CallError, test_cancel};

const PATIENCE: Duration = Duration::from_secs(20);

/// A key-value store, served remotely.
#[async_interface(remote)]
pub trait IRemoteStore {
    /// Stores `value` under `key`; returns the value it replaces.
    fn put(&self, key: &str, value: Vec<u8>) -> Option<Vec<u8>>;
    /// The value under `key`.
    fn get(&self, key: &str) -> Option<Vec<u8>>;
    /// Appends every key to `keys`; returns how many there are.
    fn keys(&self, keys: &mut Vec<String>) -> usize;
    /// Reports its start, then waits for the test's go-ahead or a cancel.
    fn hold(&self) -> Result<u32, String>;
    /// The time left before the call's deadline, in whole seconds, as the server sees it.
    fn deadline_left(&self) -> Option<u64>;
    /// Panics.
    fn explode(&self);
}

struct Store {
    map: Mutex<std::collections::BTreeMap<String, Vec<u8>>>,
    started: Mutex<Sender<&'static str>>,
    go: Mutex<Receiver<()>>,
}

impl IRemoteStore for Store {
    fn put(&self, key: &str, value: Vec<u8>) -> Option<Vec<u8>> {
        self.map.lock().unwrap().insert(key.to_owned(), value)
    }
    fn get(&self, key: &str) -> Option<Vec<u8>> {
        self.map.lock().unwrap().get(key).cloned()
    }
    fn keys(&self, keys: &mut Vec<String>) -> usize {
        let map = self.map.lock().unwrap();
        keys.extend(map.keys().cloned());
        map.len()
    }
    fn hold(&self) -> Result<u32, String> {
        self.started.lock().unwrap().send("hold").unwrap();
        let go = self.go.lock().unwrap();
        let until = Instant::now() + PATIENCE;
        while Instant::now() < until {
            if test_cancel().is_err() {
                return Err("stopped: the client cancelled".into());
            }
            if go.recv_timeout(Duration::from_millis(5)).is_ok() {
                return Ok(42);
            }
        }
        Err("neither released nor cancelled".into())
    }
    fn deadline_left(&self) -> Option<u64> {
        async_interface::context::deadline()
            .map(|deadline| deadline.saturating_duration_since(Instant::now()).as_secs())
    }
    fn explode(&self) {
        panic!("the remote store exploded");
    }
}

struct Loopback {
    _server: remote::Server,
    connection: Connection,
    started: Receiver<&'static str>,
    go: Sender<()>,
}

fn loopback() -> Loopback {
    let (started_tx, started) = channel();
    let (go, go_rx) = channel();
    let store = Store {
        map: Mutex::default(),
        started: Mutex::new(started_tx),
        go: Mutex::new(go_rx),
    };
    // The server process's side: one line.
    let server = remote::serve(
        "127.0.0.1:0",
        IRemoteStoreCall::remote_service(Arc::new(store)),
    )
    .unwrap();
    // The client's side: connect, then make call objects over the connection.
    let connection = Connection::connect(server.local_addr()).unwrap();
    Loopback {
        _server: server,
        connection,
        started,
        go,
    }
}

#[test]
fn begin_returns_at_once_and_finish_returns_the_exact_value_across_the_wire() {
    let net = loopback();
    let call = IRemoteStoreCall::remote(&net.connection);
    call.begin_put("a".into(), vec![1, 2]).unwrap();
    assert_eq!(call.finish_put(), Ok(None));
    call.begin_put("a".into(), vec![3]).unwrap();
    assert_eq!(call.finish_put(), Ok(Some(vec![1, 2])));
    call.begin_get("a".into()).unwrap();
    assert_eq!(call.finish_get(), Ok(Some(vec![3])));
    // An in/out argument goes out with begin_ and comes back through finish_.
    let mut keys = vec!["before".to_owned()];
    call.begin_keys(keys.clone()).unwrap();
    assert_eq!(call.finish_keys(&mut keys), Ok(1));
    assert_eq!(keys, ["before", "a"]);
}

#[test]
fn a_pending_remote_call_refuses_a_second_begin_times_out_then_finishes() {
    let net = loopback();
    let call = IRemoteStoreCall::remote(&net.connection);
    call.begin_hold().unwrap();
    assert_eq!(net.started.recv_timeout(PATIENCE), Ok("hold"));
    assert_eq!(call.begin_get("x".into()), Err(CallError::CallPending));
    assert_eq!(
        call.wait(Duration::from_millis(20)),
        Err(CallError::Timeout)
    );
    assert_eq!(
        call.finish_get(),
        Err(CallError::WrongMethod {
            begun: "IRemoteStore::hold",
            finished: "IRemoteStore::get",
        })
    );
    net.go.send(()).unwrap();
    assert_eq!(call.wait(PATIENCE), Ok(()));
    assert_eq!(call.finish_hold(), Ok(Ok(42)));
    assert_eq!(call.finish_hold(), Err(CallError::CallComplete));
    // Reuse: the same call object makes the next call, of another method.
    call.begin_get("x".into()).unwrap();
    assert_eq!(call.finish_get(), Ok(None));
}

#[test]
fn cancel_reaches_the_remote_method_which_stops_early() {
    let net = loopback();
    let call = IRemoteStoreCall::remote(&net.connection);
    call.begin_hold().unwrap();
    assert_eq!(net.started.recv_timeout(PATIENCE), Ok("hold"));
    // The server sees the cancel (test_cancel) and returns its own error in time.
    assert_eq!(call.cancel(PATIENCE), Err(CallError::CallComplete));
    assert_eq!(
        call.finish_hold(),
        Ok(Err("stopped: the client cancelled".to_owned()))
    );
}

#[test]
fn cancel_without_waiting_ends_the_call_at_once() {
    let net = loopback();
    let call = IRemoteStoreCall::remote(&net.connection);
    call.begin_hold().unwrap();
    assert_eq!(net.started.recv_timeout(PATIENCE), Ok("hold"));
    assert_eq!(call.cancel(Duration::ZERO), Ok(()));
    assert_eq!(call.cancel(Duration::ZERO), Err(CallError::Canceled));
    assert_eq!(call.finish_hold(), Err(CallError::Canceled));
    call.begin_put("after".into(), vec![]).unwrap();
    assert_eq!(call.finish_put(), Ok(None));
}

#[test]
fn the_call_contexts_deadline_reaches_the_server() {
    let net = loopback();
    let call = IRemoteStoreCall::remote(&net.connection);
    call.set_context(Some(
        CallContext::new().with_deadline(Instant::now() + Duration::from_secs(120)),
    ));
    call.begin_deadline_left().unwrap();
    let left = call
        .finish_deadline_left()
        .unwrap()
        .expect("no deadline on the server");
    assert!((60..=120).contains(&left), "{left} s left of 120 s");
    call.set_context(None);
    call.begin_deadline_left().unwrap();
    assert_eq!(call.finish_deadline_left(), Ok(None));
}

#[test]
fn a_remote_panic_is_a_server_fault_and_the_call_object_stays_usable() {
    let net = loopback();
    let call = IRemoteStoreCall::remote(&net.connection);
    call.begin_explode().unwrap();
    assert_eq!(
        call.finish_explode(),
        Err(CallError::ServerFault {
            message: "the remote store exploded".into()
        })
    );
    call.begin_get("k".into()).unwrap();
    assert_eq!(call.finish_get(), Ok(None));
}

#[test]
fn a_lost_server_ends_the_call_in_flight_with_disconnected() {
    let net = loopback();
    let call = IRemoteStoreCall::remote(&net.connection);
    call.begin_hold().unwrap();
    assert_eq!(net.started.recv_timeout(PATIENCE), Ok("hold"));
    drop(net._server);
    assert_eq!(call.finish_hold(), Err(CallError::Disconnected));
}

#[test]
fn awaiting_a_remote_call_works_like_a_local_one() {
    let net = loopback();
    let call = IRemoteStoreCall::remote(&net.connection);
    call.begin_put("k".into(), vec![9]).unwrap();
    futures_executor::block_on(call.completion()).unwrap();
    assert_eq!(call.finish_put(), Ok(None));
}

/// `&mut self` methods and generic traits can be remote too.
#[async_interface(remote)]
pub trait ICounter {
    /// Adds `n`; returns the total.
    fn add(&mut self, n: u64) -> u64;
}

/// A generic store.
#[async_interface(remote)]
pub trait IMap<K: Ord + Clone, V: Clone> {
    /// Inserts.
    fn insert(&self, key: K, value: V) -> Option<V>;
}

struct Counter(u64);
impl ICounter for Counter {
    fn add(&mut self, n: u64) -> u64 {
        self.0 += n;
        self.0
    }
}

struct Map<K, V>(Mutex<std::collections::BTreeMap<K, V>>);
impl<K: Ord + Clone, V: Clone> IMap<K, V> for Map<K, V> {
    fn insert(&self, key: K, value: V) -> Option<V> {
        self.0.lock().unwrap().insert(key, value)
    }
}

#[test]
fn locked_and_generic_traits_are_served_remotely() {
    let counter = remote::serve(
        "127.0.0.1:0",
        ICounterCall::remote_service(Arc::new(Mutex::new(Counter(0)))),
    )
    .unwrap();
    let connection = Connection::connect(counter.local_addr()).unwrap();
    let call = ICounterCall::remote(&connection);
    for (n, total) in [(2, 2), (3, 5)] {
        call.begin_add(n).unwrap();
        assert_eq!(call.finish_add(), Ok(total));
    }

    let map = remote::serve(
        "127.0.0.1:0",
        IMapCall::remote_service(Arc::new(Map::<String, u32>(Mutex::default()))),
    )
    .unwrap();
    let connection = Connection::connect(map.local_addr()).unwrap();
    let call: IMapCall<Connection, String, u32, remote::Remote> = IMapCall::remote(&connection);
    call.begin_insert("one".into(), 1).unwrap();
    assert_eq!(call.finish_insert(), Ok(None));
    call.begin_insert("one".into(), 11).unwrap();
    assert_eq!(call.finish_insert(), Ok(Some(1)));
}

/// MIDL derives an async interface from its parent's: so do remote ones.
#[async_interface(remote)]
pub trait ISequential {
    /// Reads up to `len` bytes.
    fn read(&self, len: usize) -> Vec<u8>;
}

/// Derives from [`ISequential`]; one call object serves both, across the wire too.
#[async_interface(remote)]
pub trait IStream: ISequential {
    /// The stream's length.
    fn size(&self) -> u64;
}

struct Bytes(Vec<u8>);
impl ISequential for Bytes {
    fn read(&self, len: usize) -> Vec<u8> {
        self.0.iter().copied().take(len).collect()
    }
}
impl IStream for Bytes {
    fn size(&self) -> u64 {
        self.0.len() as u64
    }
}

#[test]
fn a_derived_interface_serves_its_parents_methods_remotely() {
    let server = remote::serve(
        "127.0.0.1:0",
        IStreamCall::remote_service(Arc::new(Bytes(vec![1, 2, 3, 4]))),
    )
    .unwrap();
    let connection = Connection::connect(server.local_addr()).unwrap();
    let call = IStreamCall::remote(&connection);
    call.begin_size().unwrap();
    assert_eq!(call.finish_size(), Ok(4));
    call.begin_read(2).unwrap();
    assert_eq!(call.finish_read(), Ok(vec![1, 2]));
    // Through the parent's asynchronous interface, as a COM client would QI for it.
    let parent: &dyn AsyncISequential = &call;
    parent.begin_read(9).unwrap();
    assert_eq!(parent.finish_read(), Ok(vec![1, 2, 3, 4]));
}

/// A server that must stay on one thread (`Rc<RefCell<..>>`) is served remotely from an
/// apartment; a native asynchronous server is served remotely as it is.
#[async_interface(remote)]
pub trait ITally {
    /// Adds `n` to the tally; returns it.
    fn add(&self, n: u32) -> u32;
    /// The thread that answered, as text (an apartment answers from one thread).
    fn thread(&self) -> String;
}

struct RcTally(std::rc::Rc<std::cell::RefCell<u32>>);
impl ITally for RcTally {
    fn add(&self, n: u32) -> u32 {
        *self.0.borrow_mut() += n;
        *self.0.borrow()
    }
    fn thread(&self) -> String {
        format!("{:?}", std::thread::current().id())
    }
}

/// Completes every call from a thread of its own.
struct NativeTally(Arc<Mutex<u32>>);
impl AsyncITallyServer for NativeTally {
    fn begin_add(&self, n: u32, done: async_interface::Completer<u32>) {
        let tally = Arc::clone(&self.0);
        std::thread::spawn(move || {
            let mut tally = tally.lock().unwrap();
            *tally += n;
            done.complete(*tally);
        });
    }
    fn begin_thread(&self, done: async_interface::Completer<String>) {
        // Dropped without completing: the remote client sees Disconnected.
        drop(done);
    }
}

#[test]
fn an_apartment_and_a_native_server_are_served_remotely() {
    use async_interface::apartment::Apartment;

    let apartment = Arc::new(Apartment::start(|| {
        RcTally(std::rc::Rc::new(std::cell::RefCell::new(0)))
    }));
    let server = remote::serve(
        "127.0.0.1:0",
        ITallyCall::remote_service_in_apartment(apartment),
    )
    .unwrap();
    let connection = Connection::connect(server.local_addr()).unwrap();
    let call = ITallyCall::remote(&connection);
    let mut threads = Vec::new();
    for (n, total) in [(1, 1), (2, 3), (3, 6)] {
        call.begin_add(n).unwrap();
        assert_eq!(call.finish_add(), Ok(total));
        call.begin_thread().unwrap();
        threads.push(call.finish_thread().unwrap());
    }
    threads.dedup();
    assert_eq!(threads.len(), 1, "the apartment answered from one thread");

    let native = remote::serve(
        "127.0.0.1:0",
        ITallyCall::remote_service_native(Arc::new(NativeTally(Arc::default()))),
    )
    .unwrap();
    let connection = Connection::connect(native.local_addr()).unwrap();
    let call = ITallyCall::remote(&connection);
    call.begin_add(5).unwrap();
    assert_eq!(call.finish_add(), Ok(5));
    call.begin_thread().unwrap();
    assert_eq!(call.finish_thread(), Err(CallError::Disconnected));
    call.begin_add(1).unwrap();
    assert_eq!(call.finish_add(), Ok(6));
}

/// A front server whose method calls a back server remotely (a chain of DCOM servers):
/// the nested call's wait blocks a pool worker, never the I/O thread, so it completes.
struct Front {
    back: Connection,
}

impl IRemoteStore for Front {
    fn put(&self, key: &str, value: Vec<u8>) -> Option<Vec<u8>> {
        let call = IRemoteStoreCall::remote(&self.back);
        call.begin_put(key.to_owned(), value).ok()?;
        call.finish_put().ok()?
    }
    fn get(&self, key: &str) -> Option<Vec<u8>> {
        let call = IRemoteStoreCall::remote(&self.back);
        call.begin_get(key.to_owned()).ok()?;
        call.finish_get().ok()?
    }
    fn keys(&self, _keys: &mut Vec<String>) -> usize {
        0
    }
    fn hold(&self) -> Result<u32, String> {
        Err("not held here".into())
    }
    fn deadline_left(&self) -> Option<u64> {
        None
    }
    fn explode(&self) {}
}

#[test]
fn a_remote_server_may_call_another_remote_server() {
    let back = loopback();
    let front = remote::serve(
        "127.0.0.1:0",
        IRemoteStoreCall::remote_service(Arc::new(Front {
            back: back.connection.clone(),
        })),
    )
    .unwrap();
    let connection = Connection::connect(front.local_addr()).unwrap();
    let calls: Vec<_> = (0..8)
        .map(|_| IRemoteStoreCall::remote(&connection))
        .collect();
    for (i, call) in calls.iter().enumerate() {
        call.begin_put(format!("k{i}"), vec![u8::try_from(i).unwrap()])
            .unwrap();
    }
    for call in &calls {
        assert_eq!(call.finish_put(), Ok(None));
    }
    calls[0].begin_get("k7".into()).unwrap();
    assert_eq!(calls[0].finish_get(), Ok(Some(vec![7])));
}
