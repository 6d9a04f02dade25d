//! Issue 13 items 1 and 2: each call as a Rust value. `call.m(..).await` begins, awaits
//! and finishes under any executor (tokio, smol, futures' own); dropping it unfinished
//! cancels the call and leaves the call object idle without a `finish_`; kept as a value,
//! the same handle is the call's typed handle (`wait`, `cancel`, `finish`).

mod common;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::Poll;
use std::time::Duration;

use async_interface::prelude::*;
use common::*;

/// Polls `future` once, as an executor's first poll of a task would.
async fn poll_once<F: Future + Unpin>(future: &mut F) -> Option<F::Output> {
    std::future::poll_fn(|cx| {
        Poll::Ready(match Pin::new(&mut *future).poll(cx) {
            Poll::Ready(output) => Some(output),
            Poll::Pending => None,
        })
    })
    .await
}

/// The three steps of the one-step form, under whichever executor runs it.
async fn read_then_write(call: &ISimpleStreamCall<MemoryStream>) -> Result<(), CallError> {
    assert_eq!(call.read(3).await?, Ok(b"abc".to_vec()));
    assert_eq!(call.write(b"xy".to_vec()).await?, Ok(2));
    assert_eq!(call.read(10).await?, Ok(b"defxy".to_vec()));
    assert_eq!(
        call.state(),
        CallState::Idle,
        "the one-step form finishes the call"
    );
    Ok(())
}

#[test]
fn one_step_await_under_tokio() {
    let (call, _server, _observer) = open_stream(b"abcdef");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(read_then_write(&call)).unwrap();
}

#[test]
fn one_step_await_under_smol() {
    let (call, _server, _observer) = open_stream(b"abcdef");
    smol::block_on(read_then_write(&call)).unwrap();
}

#[test]
fn one_step_await_under_futures_executor() {
    let (call, _server, _observer) = open_stream(b"abcdef");
    futures_executor::block_on(read_then_write(&call)).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_step_through_a_trait_object_spawns_on_tokio() {
    let (call, _server, _observer) = open_stream(b"abc");
    let call: Arc<dyn AsyncISimpleStream + Send + Sync> = Arc::new(call);
    let task = tokio::spawn({
        let call = Arc::clone(&call);
        async move { call.read(2).await }
    });
    assert_eq!(task.await.unwrap(), Ok(Ok(b"ab".to_vec())));
    assert_eq!(call.read(5).await, Ok(Ok(b"c".to_vec())));
}

#[test]
fn one_step_while_a_call_is_in_progress_is_call_pending_and_leaves_that_call_alone() {
    let (call, server, observer) = gated_stream(b"abc");
    call.begin_read(1).unwrap();
    observer.expect_started("read");
    assert_eq!(
        futures_executor::block_on(call.write(b"z".to_vec())),
        Err(CallError::CallPending)
    );
    server.gate.open();
    assert_eq!(call.finish_read().unwrap(), Ok(b"a".to_vec()));
    assert_eq!(
        server.data.lock().unwrap().as_slice(),
        b"bc",
        "the rejected write never ran"
    );
}

#[test]
fn the_server_error_and_a_panic_come_back_through_await() {
    let (call, _server, _observer) = open_stream(b"");
    let fault = futures_executor::block_on(call.explode("boom".to_owned()));
    assert!(
        matches!(fault, Err(CallError::ServerFault { ref message }) if message.contains("boom"))
    );
    assert_eq!(call.state(), CallState::Idle);
    assert_eq!(futures_executor::block_on(call.read(1)), Ok(Ok(vec![])));
}

/// After a dropped one-step future: the server saw the cancel (it returns only then), the
/// call object is idle, and the next call runs without a `finish_`.
fn assert_cancelled_and_reusable(call: &ISimpleStreamCall<MemoryStream>, observer: &Observer) {
    observer.expect_finished("until_cancelled");
    assert_eq!(call.state(), CallState::Idle);
    assert_eq!(call.finish_until_cancelled(), Err(CallError::CallComplete));
    call.begin_write(b"next".to_vec()).unwrap();
    assert_eq!(call.finish_write().unwrap(), Ok(4));
}

#[test]
fn dropping_the_future_under_futures_executor_cancels_the_call() {
    let (call, _server, observer) = open_stream(b"");
    futures_executor::block_on(async {
        let mut running = call.until_cancelled();
        assert!(poll_once(&mut running).await.is_none());
        observer.expect_started("until_cancelled");
        drop(running);
    });
    assert_cancelled_and_reusable(&call, &observer);
}

#[test]
fn dropping_the_future_under_smol_cancels_the_call() {
    let (call, _server, observer) = open_stream(b"");
    smol::block_on(async {
        let mut running = call.until_cancelled();
        assert!(smol::future::poll_once(&mut running).await.is_none());
        observer.expect_started("until_cancelled");
    });
    assert_cancelled_and_reusable(&call, &observer);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_loser_of_select_is_cancelled() {
    let (call, _server, observer) = open_stream(b"");
    // The other branch wins once the server has started (the observer goes to a blocking
    // thread and comes back).
    let started = tokio::task::spawn_blocking(move || {
        observer.expect_started("until_cancelled");
        observer
    });
    let observer = tokio::select! {
        looked = call.until_cancelled() => panic!("the server returned without a cancel: {looked:?}"),
        seen = started => seen.unwrap(),
    };
    assert_cancelled_and_reusable(&call, &observer);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_timed_out_await_is_cancelled() {
    let (call, _server, observer) = open_stream(b"");
    let outcome = tokio::time::timeout(Duration::from_millis(50), call.until_cancelled()).await;
    assert!(outcome.is_err(), "the server returns only when cancelled");
    // The cancel may have come before a worker took the call (it then never runs).
    if observer.started.try_recv().is_ok() {
        assert_cancelled_and_reusable(&call, &observer);
    } else {
        assert_eq!(call.state(), CallState::Idle);
        assert_eq!(futures_executor::block_on(call.read(1)), Ok(Ok(vec![])));
    }
}

#[test]
fn a_dropped_future_whose_call_had_completed_drops_the_result() {
    let drops = Arc::new(AtomicUsize::new(0));
    let (call, _server, observer) = open_stream(b"");
    let pending = call.exchange(DropToken::new(1, &drops));
    observer.expect_finished("exchange");
    eventually("the call completes", || pending.is_ready());
    drop(pending);
    assert_eq!(
        drops.load(Ordering::SeqCst),
        2,
        "the argument and the result are dropped"
    );
    assert_eq!(call.state(), CallState::Idle);
}

#[test]
fn a_typed_handle_waits_and_finishes_its_own_call() {
    let (call, server, observer) = gated_stream(b"abc");
    let read = call.read(2);
    observer.expect_started("read");
    assert_eq!(read.wait(Duration::ZERO), Err(CallError::Timeout));
    assert!(!read.is_ready());
    server.gate.open();
    read.wait(PATIENCE).unwrap();
    assert_eq!(read.finish(), Ok(Ok(b"ab".to_vec())));
    let write = call.write(b"d".to_vec());
    assert_eq!(futures_executor::block_on(write), Ok(Ok(1)));
}

#[test]
fn a_typed_handle_cancelled_then_finished_is_canceled() {
    let (call, _server, observer) = open_stream(b"");
    let running = call.until_cancelled();
    observer.expect_started("until_cancelled");
    // The server returns early with its own error once it sees the request, or the call
    // is cancelled first: both are a cancelled call.
    match running.cancel(PATIENCE) {
        Err(CallError::CallComplete) => {
            assert_eq!(running.finish(), Ok(Err(CallError::Canceled)));
        }
        Ok(()) => assert_eq!(running.finish(), Err(CallError::Canceled)),
        other => panic!("unexpected cancel outcome {other:?}"),
    }
    assert_eq!(call.state(), CallState::Idle);
}

#[test]
fn dropping_a_typed_handle_cancels_its_call() {
    let (call, _server, observer) = open_stream(b"");
    let running = call.until_cancelled();
    observer.expect_started("until_cancelled");
    drop(running);
    assert_cancelled_and_reusable(&call, &observer);
}

#[test]
fn a_handle_that_did_not_begin_reports_why_and_owns_no_call() {
    let (call, server, observer) = gated_stream(b"abc");
    call.begin_read(1).unwrap();
    observer.expect_started("read");
    let rejected = call.read(1);
    assert!(rejected.is_ready());
    assert_eq!(
        rejected.cancel(Duration::ZERO),
        Err(CallError::CallComplete)
    );
    drop(rejected); // must not cancel or finish the call in progress
    assert_eq!(call.state(), CallState::Pending);
    server.gate.open();
    assert_eq!(call.finish_read().unwrap(), Ok(b"a".to_vec()));
}

#[test]
fn a_handle_whose_call_someone_else_finished_leaves_the_next_call_alone() {
    let (call, server, observer) = gated_stream(b"abcd");
    let mine = call.read(1);
    observer.expect_started("read");
    server.gate.open();
    // Another client takes the result through the COM pair and begins a call of its own.
    assert_eq!(call.finish_read().unwrap(), Ok(b"a".to_vec()));
    call.begin_read(2).unwrap();
    observer.expect_started("read");
    assert!(mine.is_ready(), "nothing left for the handle");
    drop(mine); // must neither cancel nor finish the other client's call
    assert_eq!(call.finish_read().unwrap(), Ok(b"bc".to_vec()));
}

mod derived {
    use super::*;

    #[async_interface]
    pub trait IBase {
        fn id(&self) -> u32;
    }

    #[async_interface]
    pub trait IDerived: IBase {
        fn name(&self) -> String;
    }

    struct Both;
    impl IBase for Both {
        fn id(&self) -> u32 {
            7
        }
    }
    impl IDerived for Both {
        fn name(&self) -> String {
            "both".to_owned()
        }
    }

    #[test]
    fn a_derived_call_object_has_the_one_step_form_of_its_supertraits_too() {
        let call = IDerivedCall::new(Arc::new(Both));
        futures_executor::block_on(async {
            assert_eq!(call.id().await, Ok(7));
            assert_eq!(call.name().await, Ok("both".to_owned()));
        });
        let as_base: &(dyn AsyncIBase + Sync) = &call;
        assert_eq!(futures_executor::block_on(as_base.id()), Ok(7));
        assert_eq!(call.state(), CallState::Idle);
    }
}
