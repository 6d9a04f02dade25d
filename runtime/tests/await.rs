//! SPEC behaviour 14: awaiting a call object from any executor.

mod support;

use std::time::Duration;

use async_interface_runtime::{CallError, CallObject, CallOptions, CallState};
use support::*;

#[test]
fn a_call_object_is_awaited_under_futures_executor() {
    let call = echo(CallOptions::new());
    futures_executor::block_on(async {
        call.begin(METHOD, 4).unwrap();
        call.completion().await.unwrap();
        assert_eq!(call.state(), CallState::Complete);
        assert_eq!(call.finish(METHOD), Ok(4));
    });
}

#[test]
fn awaiting_an_idle_call_object_is_call_complete() {
    let call = echo(CallOptions::new());
    assert_eq!(
        futures_executor::block_on(call.completion()),
        Err(CallError::CallComplete)
    );
}

#[tokio::test]
async fn a_call_object_is_awaited_under_tokio_without_blocking_the_runtime() {
    let gated = gated(CallOptions::new());
    gated.call.begin(METHOD, 9).unwrap();
    let go = gated.go.clone();
    // The go-ahead comes from another task on this same single-threaded runtime: if
    // awaiting blocked the thread, it would never be sent.
    tokio::spawn(async move {
        tokio::task::yield_now().await;
        go.send(()).unwrap();
    });
    tokio::time::timeout(PATIENCE, gated.call.completion())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(gated.call.finish(METHOD), Ok(9));
}

#[tokio::test]
async fn a_timeout_on_the_awaiting_side_does_not_consume_the_call() {
    let gated = gated(CallOptions::new());
    gated.call.begin(METHOD, 2).unwrap();
    let timed_out = tokio::time::timeout(Duration::from_millis(5), gated.call.completion()).await;
    assert!(timed_out.is_err());
    assert_eq!(gated.call.state(), CallState::Pending, "still in progress");
    gated.go.send(()).unwrap();
    gated.call.completion().await.unwrap();
    assert_eq!(gated.call.finish(METHOD), Ok(2));
}
