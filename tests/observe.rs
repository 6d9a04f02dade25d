//! SPEC behaviour 17: the state of a call object can be observed, and Debug names the
//! method in flight.

mod common;

use std::time::Duration;

use async_interface::prelude::*;
use common::*;

#[test]
fn state_follows_the_call_through_its_life() {
    let (call, server, observer) = gated_stream(b"abc");
    assert_eq!(call.state(), CallState::Idle);
    call.begin_read(2).unwrap();
    assert_eq!(call.state(), CallState::Pending);
    observer.expect_started("read");
    assert_eq!(call.state(), CallState::Pending);
    server.gate.open();
    call.wait(PATIENCE).unwrap();
    assert_eq!(call.state(), CallState::Complete);
    call.finish_read().unwrap().unwrap();
    assert_eq!(call.state(), CallState::Idle);
}

#[test]
fn state_shows_a_cancelled_call_until_it_is_finished() {
    let (call, server, observer) = gated_stream(b"abc");
    call.begin_read(2).unwrap();
    observer.expect_started("read");
    call.cancel(Duration::ZERO).unwrap();
    assert_eq!(call.state(), CallState::Cancelled);
    assert_eq!(call.finish_read(), Err(CallError::Canceled));
    assert_eq!(call.state(), CallState::Idle);
    server.gate.open();
}

#[test]
fn debug_names_the_method_in_flight() {
    let (call, server, observer) = gated_stream(b"abc");
    let idle = format!("{call:?}");
    assert!(
        idle.contains("ISimpleStreamCall") && idle.contains("Idle") && idle.contains("None"),
        "{idle}"
    );
    call.begin_write(b"x".to_vec()).unwrap();
    observer.expect_started("write");
    let pending = format!("{call:?}");
    assert!(
        pending.contains("Pending") && pending.contains("ISimpleStream::write"),
        "{pending}"
    );
    assert_eq!(call.method_in_flight(), Some("ISimpleStream::write"));
    server.gate.open();
    call.finish_write().unwrap().unwrap();
    assert_eq!(call.method_in_flight(), None);
}
