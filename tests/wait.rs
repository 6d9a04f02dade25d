//! SPEC behaviours 3 (wait with a timeout, manual reset, idle objects) and 10 (the
//! call object's ISynchronize: wait, signal, reset; the default manual-reset event).

mod common;

use std::sync::Arc;
use std::thread;
use std::time::Duration;

use async_interface::ManualResetEvent;
use async_interface::prelude::*;
use common::*;

#[test]
fn wait_times_out_while_pending_and_the_client_may_wait_again() {
    let (call, server, observer) = gated_stream(b"abc");
    call.begin_read(3).unwrap();
    observer.expect_started("read");
    assert_eq!(call.wait(Duration::from_millis(5)), Err(CallError::Timeout));
    assert_eq!(
        call.wait(Duration::ZERO),
        Err(CallError::Timeout),
        "a zero timeout polls"
    );
    assert_eq!(
        call.state(),
        CallState::Pending,
        "a timeout does not consume the call"
    );
    server.gate.open();
    assert_eq!(call.wait(PATIENCE), Ok(()));
    assert_eq!(call.finish_read().unwrap(), Ok(b"abc".to_vec()));
}

#[test]
fn wait_without_a_limit_returns_on_completion() {
    let (call, server, observer) = gated_stream(b"abc");
    call.begin_read(1).unwrap();
    observer.expect_started("read");
    let opener = {
        let server = Arc::clone(&server);
        thread::spawn(move || server.gate.open())
    };
    assert_eq!(call.wait_forever(), Ok(()));
    assert_eq!(call.state(), CallState::Complete);
    opener.join().unwrap();
    call.finish_read().unwrap().unwrap();
}

#[test]
fn every_wait_after_completion_succeeds_until_finish() {
    let (call, _server, _observer) = open_stream(b"abc");
    call.begin_read(1).unwrap();
    call.wait(PATIENCE).unwrap();
    for _ in 0..3 {
        assert_eq!(
            call.wait(Duration::ZERO),
            Ok(()),
            "the event is manual-reset"
        );
    }
    call.finish_read().unwrap().unwrap();
    assert_eq!(call.wait(Duration::ZERO), Err(CallError::CallComplete));
}

#[test]
fn wait_on_a_call_object_never_begun_is_call_complete_at_once() {
    let (call, _server, _observer) = gated_stream(b"");
    // Run the long waits on another thread, so that a regression fails instead of hanging.
    let (tx, rx) = std::sync::mpsc::channel();
    thread::spawn(move || {
        let _ = tx.send((call.wait(Duration::from_secs(3600)), call.wait_forever()));
    });
    let (timed, forever) = rx
        .recv_timeout(PATIENCE)
        .expect("wait on an idle call object blocked");
    assert_eq!(timed, Err(CallError::CallComplete));
    assert_eq!(forever, Err(CallError::CallComplete));
}

#[test]
fn reset_makes_waiters_wait_and_signal_releases_them() {
    let (call, server, observer) = gated_stream(b"abc");
    call.begin_read(1).unwrap();
    observer.expect_started("read");
    call.signal();
    assert_eq!(
        call.wait(Duration::ZERO),
        Ok(()),
        "signal sets the call object's event"
    );
    call.reset();
    assert_eq!(
        call.wait(Duration::ZERO),
        Err(CallError::Timeout),
        "reset clears it"
    );
    server.gate.open();
    call.wait(PATIENCE).unwrap();
    call.finish_read().unwrap().unwrap();
}

#[test]
fn finish_still_waits_for_the_server_after_a_client_signal() {
    let (call, server, observer) = gated_stream(b"abc");
    call.begin_read(3).unwrap();
    observer.expect_started("read");
    call.signal();
    let opener = {
        let server = Arc::clone(&server);
        thread::spawn(move || server.gate.open())
    };
    // The event says "signalled", but the result is the server's, not a guess.
    assert_eq!(call.finish_read().unwrap(), Ok(b"abc".to_vec()));
    opener.join().unwrap();
}

#[test]
fn manual_reset_event_wakes_every_waiter() {
    let event = Arc::new(ManualResetEvent::new());
    let waiters: Vec<_> = (0..4)
        .map(|_| {
            let event = Arc::clone(&event);
            thread::spawn(move || event.wait(PATIENCE))
        })
        .collect();
    event.signal();
    for waiter in waiters {
        assert_eq!(waiter.join().unwrap(), Ok(()));
    }
    assert!(event.is_signalled());
    event.reset();
    assert_eq!(
        event.wait(Duration::from_millis(1)),
        Err(CallError::Timeout)
    );
}
