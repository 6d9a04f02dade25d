//! SPEC behaviour 8: a panicking server method becomes `CallError::ServerFault`.

mod common;

use async_interface::prelude::*;
use common::*;

#[test]
fn a_server_panic_is_a_server_fault_with_its_message() {
    let (call, _server, _observer) = open_stream(b"");
    call.begin_explode("disk on fire".to_owned()).unwrap();
    let err = call.finish_explode().unwrap_err();
    assert_eq!(
        err,
        CallError::ServerFault {
            message: "disk on fire".to_owned()
        }
    );
    assert!(err.to_string().contains("disk on fire"));
    assert_eq!(err.hresult(), 0x8001_0105_u32 as i32);
}

#[test]
fn the_call_object_and_the_workers_survive_a_server_panic() {
    let (call, _server, _observer) = open_stream(b"abc");
    for round in 0..8 {
        call.begin_explode(format!("panic {round}")).unwrap();
        assert!(matches!(
            call.finish_explode(),
            Err(CallError::ServerFault { .. })
        ));
        assert_eq!(call.state(), CallState::Idle, "not poisoned");
    }
    call.begin_read(3).unwrap();
    assert_eq!(call.finish_read().unwrap(), Ok(b"abc".to_vec()));
}

#[test]
fn waiters_of_a_panicking_call_are_woken() {
    let (call, server, observer) = gated_stream(b"");
    call.begin_explode("late".to_owned()).unwrap();
    observer.expect_started("explode");
    server.gate.open();
    assert_eq!(call.wait(PATIENCE), Ok(()), "the client does not hang");
    assert!(matches!(
        call.finish_explode(),
        Err(CallError::ServerFault { .. })
    ));
}
