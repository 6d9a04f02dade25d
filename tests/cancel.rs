//! SPEC behaviour 12: cancellation (COM's ICancelMethodCalls), the parts that do not
//! depend on where calls run.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use async_interface::prelude::*;
use common::*;

#[test]
fn cancel_of_a_server_that_does_not_return_in_time_completes_the_call_as_cancelled() {
    let drops = Arc::new(AtomicUsize::new(0));
    let (call, server, observer) = gated_stream(b"");
    call.begin_exchange(DropToken::new(1, &drops)).unwrap();
    observer.expect_started("exchange");
    assert_eq!(call.cancel(Duration::from_millis(5)), Ok(()));
    assert_eq!(call.state(), CallState::Cancelled);
    assert_eq!(
        call.wait(Duration::ZERO),
        Ok(()),
        "cancellation wakes waiters"
    );
    assert_eq!(
        call.begin_read(1),
        Err(CallError::CallPending),
        "finish is still required"
    );
    assert!(matches!(call.finish_exchange(), Err(CallError::Canceled)));
    // The server goes on to its end; its result is dropped, not delivered to anybody.
    server.gate.open();
    observer.expect_finished("exchange");
    eventually("the late result is dropped", || {
        drops.load(Ordering::SeqCst) == 2
    });
}

#[test]
fn a_late_reply_of_a_cancelled_call_never_reaches_the_next_call() {
    let (call, server, observer) = gated_stream(b"old");
    call.begin_read(3).unwrap();
    observer.expect_started("read");
    call.cancel(Duration::ZERO).unwrap();
    assert_eq!(call.finish_read(), Err(CallError::Canceled));
    call.begin_write(b"new".to_vec()).unwrap();
    server.gate.open();
    assert_eq!(
        call.finish_write().unwrap(),
        Ok(3),
        "the write's own reply, not the read's"
    );
}

#[test]
fn cancel_of_a_server_that_returns_in_time_is_call_complete_and_finish_delivers() {
    let (call, server, observer) = open_stream(b"");
    call.begin_until_cancelled().unwrap();
    observer.expect_started("until_cancelled");
    // The server method sees the request through test_cancel() and returns its own error.
    assert_eq!(call.cancel(PATIENCE), Err(CallError::CallComplete));
    assert_eq!(call.state(), CallState::Complete);
    assert_eq!(
        call.finish_until_cancelled().unwrap(),
        Err(CallError::Canceled)
    );
    drop(server);
}

#[test]
fn cancel_on_an_idle_or_completed_call_is_call_complete() {
    let (call, _server, _observer) = open_stream(b"abc");
    assert_eq!(call.cancel(Duration::ZERO), Err(CallError::CallComplete));
    call.begin_read(1).unwrap();
    call.wait(PATIENCE).unwrap();
    assert_eq!(call.cancel(Duration::ZERO), Err(CallError::CallComplete));
    assert_eq!(
        call.finish_read().unwrap(),
        Ok(b"a".to_vec()),
        "the result survives"
    );
}

#[test]
fn a_second_cancel_is_canceled() {
    let (call, server, observer) = gated_stream(b"abc");
    call.begin_read(1).unwrap();
    observer.expect_started("read");
    assert_eq!(call.cancel(Duration::ZERO), Ok(()));
    assert_eq!(call.cancel(Duration::ZERO), Err(CallError::Canceled));
    assert_eq!(call.test_cancel(), Err(CallError::Canceled));
    server.gate.open();
    assert_eq!(call.finish_read(), Err(CallError::Canceled));
}

#[test]
fn test_cancel_reports_a_live_call_as_not_cancelled() {
    let (call, server, observer) = gated_stream(b"abc");
    assert_eq!(call.test_cancel(), Err(CallError::CallComplete));
    call.begin_read(1).unwrap();
    observer.expect_started("read");
    assert_eq!(call.test_cancel(), Ok(()));
    server.gate.open();
    call.finish_read().unwrap().unwrap();
}
