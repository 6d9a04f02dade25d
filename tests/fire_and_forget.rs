//! SPEC behaviour 7: dropping a call object with a call in flight.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use async_interface::prelude::*;
use common::*;

#[test]
fn dropping_a_pending_call_object_does_not_block_and_the_server_runs_to_its_end() {
    let drops = Arc::new(AtomicUsize::new(0));
    let (call, server, observer) = gated_stream(b"");
    call.begin_exchange(DropToken::new(1, &drops)).unwrap();
    observer.expect_started("exchange");
    // The server is held at its gate; if drop waited for it, this thread would never
    // get to open the gate below.
    drop(call);
    server.gate.open();
    observer.expect_finished("exchange");
    // The argument (dropped by the server) and the unclaimed result (dropped by the
    // runtime) are each dropped once: nothing leaks.
    eventually("the result is dropped", || {
        drops.load(Ordering::SeqCst) == 2
    });
    eventually("the worker lets go of the server", || {
        Arc::strong_count(&server) == 1
    });
    assert_eq!(drops.load(Ordering::SeqCst), 2);
}

#[test]
fn dropping_a_completed_unfinished_call_object_drops_its_result() {
    let drops = Arc::new(AtomicUsize::new(0));
    let (call, server, _observer) = open_stream(b"");
    call.begin_exchange(DropToken::new(1, &drops)).unwrap();
    call.wait(PATIENCE).unwrap();
    assert_eq!(drops.load(Ordering::SeqCst), 1, "only the argument so far");
    drop(call);
    eventually("the result is dropped", || {
        drops.load(Ordering::SeqCst) == 2
    });
    eventually("the worker lets go of the server", || {
        Arc::strong_count(&server) == 1
    });
}

#[test]
fn fire_and_forget_work_is_done_even_though_nobody_finishes_it() {
    let (call, server, observer) = open_stream(b"");
    call.begin_write(b"event".to_vec()).unwrap();
    drop(call);
    observer.expect_finished("write");
    assert_eq!(*server.data.lock().unwrap(), b"event".to_vec());
}
