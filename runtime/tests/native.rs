//! SPEC behaviour 9: native asynchronous servers (COM's server-side call objects).

mod support;

use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use async_interface_runtime::{
    Call, CallError, CallState, CancelMethodCalls, Completer, Responder, Serve, Synchronize,
};
use support::PATIENCE;

/// Hands each call's completer to the test, which plays the server's other thread.
struct Handoff {
    completers: Mutex<Sender<(u64, Completer<u64>)>>,
}

impl Serve for Handoff {
    type Request = u64;
    type Reply = u64;
    fn serve(&self, request: u64, responder: &Responder<'_, Self>) -> Option<u64> {
        let done = responder.defer(|reply: u64| reply);
        self.completers
            .lock()
            .unwrap()
            .send((request, done))
            .unwrap();
        None
    }
}

fn handoff() -> (Call<Handoff>, Receiver<(u64, Completer<u64>)>) {
    let (tx, rx) = channel();
    (
        Call::new(Handoff {
            completers: Mutex::new(tx),
        }),
        rx,
    )
}

const METHOD: &str = "IHandoff::go";

#[test]
fn a_native_server_completes_later_from_another_thread() {
    let (call, completers) = handoff();
    call.begin(METHOD, 20).unwrap();
    let (request, done) = completers.recv_timeout(PATIENCE).unwrap();
    assert_eq!(
        call.state(),
        CallState::Pending,
        "the server returned without completing"
    );
    assert_eq!(call.wait(Duration::ZERO), Err(CallError::Timeout));
    std::thread::spawn(move || done.complete(request * 2))
        .join()
        .unwrap();
    assert_eq!(call.wait(PATIENCE), Ok(()));
    assert_eq!(call.finish(METHOD), Ok(40));
}

#[test]
fn a_dropped_completer_is_disconnected_not_a_hang() {
    let (call, completers) = handoff();
    call.begin(METHOD, 1).unwrap();
    let (_, done) = completers.recv_timeout(PATIENCE).unwrap();
    drop(done);
    assert_eq!(call.finish(METHOD), Err(CallError::Disconnected));
    // reusable
    call.begin(METHOD, 2).unwrap();
    let (request, done) = completers.recv_timeout(PATIENCE).unwrap();
    done.complete(request);
    assert_eq!(call.finish(METHOD), Ok(2));
}

#[test]
fn a_native_server_sees_cancellation_through_its_completer() {
    let (call, completers) = handoff();
    call.begin(METHOD, 1).unwrap();
    let (_, done) = completers.recv_timeout(PATIENCE).unwrap();
    assert!(!done.is_cancelled());
    assert_eq!(call.cancel(Duration::ZERO), Ok(()));
    assert!(done.is_cancelled());
    assert_eq!(call.finish(METHOD), Err(CallError::Canceled));
    // A completion after the cancel is dropped, not delivered to the next call.
    done.complete(99);
    call.begin(METHOD, 5).unwrap();
    let (request, done) = completers.recv_timeout(PATIENCE).unwrap();
    done.complete(request);
    assert_eq!(call.finish(METHOD), Ok(5));
}

struct Panics;

impl Serve for Panics {
    type Request = ();
    type Reply = ();
    fn serve(&self, (): (), responder: &Responder<'_, Self>) -> Option<()> {
        let _done = responder.defer(|(): ()| ());
        panic!("native server failed");
    }
}

#[test]
fn a_native_server_that_panics_holding_its_completer_is_a_server_fault() {
    let call = Call::new(Panics);
    call.begin("IPanics::go", ()).unwrap();
    assert!(matches!(
        call.finish("IPanics::go"),
        Err(CallError::ServerFault { .. })
    ));
}
