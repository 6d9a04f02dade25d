//! SPEC behaviour 2: `begin_` while a call is in progress is `CallPending`.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};
use std::thread;

use async_interface::prelude::*;
use common::*;

#[test]
fn begin_while_pending_is_call_pending_and_drops_the_arguments() {
    let drops = Arc::new(AtomicUsize::new(0));
    let (call, server, observer) = gated_stream(b"abc");
    call.begin_read(3).unwrap();
    observer.expect_started("read");
    assert_eq!(
        call.begin_exchange(DropToken::new(7, &drops)),
        Err(CallError::CallPending)
    );
    assert_eq!(
        drops.load(Ordering::SeqCst),
        1,
        "the rejected call's argument is dropped"
    );
    assert_eq!(call.begin_read(1), Err(CallError::CallPending));
    assert_eq!(
        call.method_in_flight(),
        Some("ISimpleStream::read"),
        "the pending call is untouched"
    );
    server.gate.open();
    assert_eq!(call.finish_read().unwrap(), Ok(b"abc".to_vec()));
}

#[test]
fn begin_after_completion_but_before_finish_is_call_pending() {
    let (call, _server, _observer) = open_stream(b"abc");
    call.begin_read(1).unwrap();
    call.wait_forever().unwrap();
    assert_eq!(call.state(), CallState::Complete);
    assert_eq!(call.begin_write(vec![1]), Err(CallError::CallPending));
    assert_eq!(
        call.finish_read().unwrap(),
        Ok(b"a".to_vec()),
        "the result is still there"
    );
}

#[test]
fn only_one_of_many_threads_beginning_at_once_succeeds() {
    const THREADS: usize = 8;
    let (call, server, observer) = gated_stream(b"abcdefgh");
    let call = Arc::new(call);
    let barrier = Arc::new(Barrier::new(THREADS));
    let clients: Vec<_> = (0..THREADS)
        .map(|_| {
            let call = Arc::clone(&call);
            let barrier = Arc::clone(&barrier);
            thread::spawn(move || {
                barrier.wait();
                call.begin_read(1)
            })
        })
        .collect();
    let outcomes: Vec<_> = clients.into_iter().map(|c| c.join().unwrap()).collect();
    assert_eq!(
        outcomes.iter().filter(|o| o.is_ok()).count(),
        1,
        "{outcomes:?}"
    );
    assert!(
        outcomes
            .iter()
            .filter(|o| o.is_err())
            .all(|o| *o == Err(CallError::CallPending))
    );
    observer.expect_started("read");
    server.gate.open();
    assert_eq!(call.finish_read().unwrap(), Ok(b"a".to_vec()));
    assert!(
        observer.started.try_recv().is_err(),
        "exactly one server call ran"
    );
}
