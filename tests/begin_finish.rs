//! SPEC behaviours 1 (begin returns at once), 4 (finish returns the exact result),
//! 5 (finish with no call / the wrong method) and 6 (reuse).

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;

use async_interface::prelude::*;
use common::*;

#[test]
fn begin_returns_while_the_server_method_is_still_running() {
    let (call, server, observer) = gated_stream(b"hello");
    call.begin_read(3).unwrap();
    // begin_read has returned, yet the server is held at its gate: the client is free.
    observer.expect_started("read");
    assert_eq!(call.state(), CallState::Pending);
    server.gate.open();
    assert_eq!(call.finish_read().unwrap(), Ok(b"hel".to_vec()));
}

#[test]
fn begin_takes_ownership_of_borrowed_arguments() {
    let (call, server, observer) = gated_stream(b"");
    let mut buffer = vec![1u8, 2, 3];
    call.begin_write(buffer.clone()).unwrap();
    // The caller's buffer is its own again at once; changing it cannot reach the call.
    buffer.clear();
    buffer.push(9);
    observer.expect_started("write");
    server.gate.open();
    assert_eq!(call.finish_write().unwrap(), Ok(3));
    assert_eq!(*server.data.lock().unwrap(), vec![1, 2, 3]);
}

#[test]
fn finish_returns_the_exact_synchronous_return_value() {
    let (call, _server, _observer) = open_stream(b"abc");
    call.begin_read(2).unwrap();
    assert_eq!(call.finish_read().unwrap(), Ok(b"ab".to_vec()));
    call.begin_write(b"xyz".to_vec()).unwrap();
    assert_eq!(call.finish_write().unwrap(), Ok(3));
}

#[test]
fn finish_writes_the_in_out_value_the_server_left() {
    let (call, _server, _observer) = open_stream(b"de");
    call.begin_fill(b"abc".to_vec()).unwrap();
    let mut place = Vec::new();
    let added = call.finish_fill(&mut place).unwrap();
    assert_eq!(added, 2);
    assert_eq!(
        place,
        b"abcde".to_vec(),
        "the server saw the in-value and appended to it"
    );
}

#[test]
fn finish_blocks_until_the_call_completes() {
    let (call, server, observer) = gated_stream(b"data");
    call.begin_read(4).unwrap();
    observer.expect_started("read");
    let gate_opened = Arc::new(AtomicBool::new(false));
    let opener = {
        let server = Arc::clone(&server);
        let gate_opened = Arc::clone(&gate_opened);
        thread::spawn(move || {
            // The client is (or soon will be) blocked in finish_read; let it go.
            gate_opened.store(true, Ordering::SeqCst);
            server.gate.open();
        })
    };
    let result = call.finish_read().unwrap();
    assert!(
        gate_opened.load(Ordering::SeqCst),
        "finish returned before the server could"
    );
    assert_eq!(result, Ok(b"data".to_vec()));
    opener.join().unwrap();
}

#[test]
fn finish_without_a_call_is_call_complete() {
    let (call, _server, _observer) = open_stream(b"");
    assert_eq!(call.finish_read(), Err(CallError::CallComplete));
    let mut place = Vec::new();
    assert_eq!(call.finish_fill(&mut place), Err(CallError::CallComplete));
    assert!(
        place.is_empty(),
        "a failed finish leaves the out-place alone"
    );
}

#[test]
fn second_finish_is_call_complete() {
    let (call, _server, _observer) = open_stream(b"abc");
    call.begin_read(1).unwrap();
    assert_eq!(call.finish_read().unwrap(), Ok(b"a".to_vec()));
    assert_eq!(call.finish_read(), Err(CallError::CallComplete));
}

#[test]
fn finish_of_another_method_is_wrong_method_and_keeps_the_call() {
    let (call, server, observer) = gated_stream(b"abc");
    call.begin_read(3).unwrap();
    observer.expect_started("read");
    let err = call.finish_write().unwrap_err();
    assert_eq!(
        err,
        CallError::WrongMethod {
            begun: "ISimpleStream::read",
            finished: "ISimpleStream::write"
        }
    );
    let message = err.to_string();
    assert!(message.contains("ISimpleStream::read") && message.contains("ISimpleStream::write"));
    assert_eq!(
        call.state(),
        CallState::Pending,
        "the begun call is untouched"
    );
    server.gate.open();
    assert_eq!(
        call.finish_read().unwrap(),
        Ok(b"abc".to_vec()),
        "and still finishable"
    );
}

#[test]
fn wrong_method_after_completion_keeps_the_result() {
    let (call, _server, _observer) = open_stream(b"abc");
    call.begin_read(3).unwrap();
    call.wait_forever().unwrap();
    assert!(matches!(
        call.finish_write(),
        Err(CallError::WrongMethod { .. })
    ));
    assert_eq!(call.state(), CallState::Complete);
    assert_eq!(call.finish_read().unwrap(), Ok(b"abc".to_vec()));
}

#[test]
fn a_finished_call_object_makes_another_call_of_any_method() {
    let (call, server, _observer) = open_stream(b"0123456789");
    for round in 0..50u8 {
        call.begin_read(1).unwrap();
        assert_eq!(call.finish_read().unwrap().unwrap().len(), 1);
        call.begin_write(vec![round]).unwrap();
        assert_eq!(call.finish_write().unwrap(), Ok(1));
    }
    let expected: Vec<u8> = (40..50).collect();
    assert_eq!(
        *server.data.lock().unwrap(),
        expected,
        "every call ran, in order"
    );
}

#[test]
fn a_by_value_argument_and_its_result_are_each_dropped_once() {
    let drops = Arc::new(AtomicUsize::new(0));
    let (call, _server, _observer) = open_stream(b"");
    call.begin_exchange(DropToken::new(1, &drops)).unwrap();
    let next = call.finish_exchange().unwrap();
    assert_eq!(next.id, 2);
    assert_eq!(
        drops.load(Ordering::SeqCst),
        1,
        "the argument was dropped by the server"
    );
    drop(next);
    assert_eq!(drops.load(Ordering::SeqCst), 2);
}
