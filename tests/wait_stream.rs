//! Issue 13 item 4: results as they finish, awaited. `AsyncWaitSet::next_ready().await` reports
//! each ended call once, `None` when nothing is left, is `Send`, and can lose a `select!`
//! without losing a completion.

mod common;

use std::sync::Arc;
use std::time::Duration;

use async_interface::AsyncWaitSet;
use async_interface::prelude::*;
use common::*;

fn assert_send<T: Send>(value: T) -> T {
    value
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn next_reports_each_call_once_in_the_order_they_end() {
    let servers: Vec<_> = (0..3)
        .map(|_| MemoryStream::new(b"abc", Gate::closed()))
        .collect();
    let calls: Vec<_> = servers
        .iter()
        .map(|(server, _)| ISimpleStreamCall::new(Arc::clone(server)))
        .collect();
    let mut set = AsyncWaitSet::new();
    for call in &calls {
        set.add(call);
        call.begin_read(1).unwrap();
    }
    // Opened in the order 2, 0, 1: each is reported when it ends, once.
    for index in [2, 0, 1] {
        servers[index].1.expect_started("read");
        servers[index].0.gate.open();
        assert_eq!(assert_send(set.next_ready()).await, Some(index));
        assert_eq!(calls[index].finish_read().unwrap(), Ok(b"a".to_vec()));
    }
    assert_eq!(set.next_ready().await, None, "no call left to report");
    // A member that begins again is reported again.
    calls[1].begin_read(1).unwrap();
    assert_eq!(set.next_ready().await, Some(1));
    assert_eq!(
        set.next_ready().await,
        None,
        "reported, not yet finished: not again"
    );
    assert_eq!(calls[1].finish_read().unwrap(), Ok(b"b".to_vec()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn next_loses_a_select_to_a_timer_and_still_reports_the_call_later() {
    let (call, server, observer) = gated_stream(b"xyz");
    let mut set = AsyncWaitSet::new();
    set.add(&call);
    call.begin_read(2).unwrap();
    observer.expect_started("read");
    tokio::select! {
        index = set.next_ready() => panic!("the call is gated, yet {index:?} was reported"),
        () = tokio::time::sleep(Duration::from_millis(20)) => {}
    }
    server.gate.open();
    let index = tokio::select! {
        index = set.next_ready() => index,
        () = tokio::time::sleep(PATIENCE) => panic!("the call's end was never reported"),
    };
    assert_eq!(index, Some(0));
    assert_eq!(call.finish_read().unwrap(), Ok(b"xy".to_vec()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_task_that_owns_its_calls_and_their_set_spawns() {
    let task = tokio::spawn(async {
        let (first, _, _) = open_stream(b"1");
        let (second, _, _) = open_stream(b"22");
        let calls: [Box<dyn AsyncISimpleStream + Send + Sync>; 2] =
            [Box::new(first), Box::new(second)];
        let mut set = AsyncWaitSet::new();
        for call in &calls {
            set.add(&**call);
            call.begin_read(5).unwrap();
        }
        let mut read = Vec::new();
        while let Some(index) = set.next_ready().await {
            read.extend(calls[index].finish_read().unwrap().unwrap());
            tokio::task::yield_now().await;
        }
        read.sort_unstable();
        read
    });
    assert_eq!(task.await.unwrap(), b"122");
}

#[test]
fn a_cancelled_call_is_reported_and_an_empty_set_has_nothing() {
    futures_executor::block_on(async {
        let mut empty = AsyncWaitSet::new();
        assert_eq!(empty.next_ready().await, None);
        let (call, _server, observer) = open_stream(b"");
        let mut set = AsyncWaitSet::new();
        set.add(&call);
        call.begin_until_cancelled().unwrap();
        observer.expect_started("until_cancelled");
        let _ = call.cancel(Duration::ZERO);
        assert_eq!(set.next_ready().await, Some(0));
        assert!(matches!(
            call.finish_until_cancelled(),
            Err(CallError::Canceled) | Ok(Err(CallError::Canceled))
        ));
    });
}
