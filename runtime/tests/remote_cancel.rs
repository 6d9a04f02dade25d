//! Issue 16, finding 2 for remote calls (feature `remote`): a call cancelled while it
//! waits for a worker in the server's process never runs there.
#![cfg(feature = "remote")]

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use async_interface_runtime::executor::Inline;
use async_interface_runtime::remote::{self, Connection, Options, Service};
use async_interface_runtime::{Call, CallError, CallOptions, CancelMethodCalls, Dispatch};

const METHOD: &str = "IRemote::count";

/// The server process's side: counts the calls it ran.
struct Counting(Arc<AtomicUsize>);

impl Dispatch for Counting {
    type Request = u8;
    type Reply = u8;
    fn dispatch(&self, n: u8) -> u8 {
        self.0.fetch_add(1, Ordering::SeqCst);
        n
    }
}

#[test]
fn a_remote_call_cancelled_while_queued_at_the_server_never_runs() {
    let ran = Arc::new(AtomicUsize::new(0));
    let service = Service::__from_dispatch(Counting(Arc::clone(&ran)));
    let server = remote::serve_with("127.0.0.1:0", service, Options::new()).unwrap();
    let connection = Connection::connect_with(server.local_addr(), Options::new()).unwrap();
    // The client sends from `begin` itself: with the pool full, a pooled client call
    // would queue here and be cancelled before it was ever sent.
    let client = Call::with_options(
        support::remote::Client::<u8, u8>::new(&connection),
        CallOptions::new().executor(Arc::new(Inline)),
    );
    let saturated = support::saturate();
    client.begin(METHOD, 5).unwrap();
    // Time for the request to reach the server and queue there behind the full pool.
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(client.cancel(Duration::ZERO), Ok(()));
    assert_eq!(client.finish(METHOD), Err(CallError::Canceled));
    // Time for the cancel to reach the server.
    std::thread::sleep(Duration::from_millis(200));
    drop(saturated);
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(
        ran.load(Ordering::SeqCst),
        0,
        "the cancelled call ran on the server"
    );
    // The connection serves the next call.
    client.begin(METHOD, 6).unwrap();
    assert_eq!(client.finish(METHOD), Ok(6));
    assert_eq!(ran.load(Ordering::SeqCst), 1);
}
