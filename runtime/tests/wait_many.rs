//! SPEC behaviour 11: waiting on many call objects (ISynchronizeContainer::WaitMultiple).

mod support;

use std::time::Duration;

use async_interface_runtime::{
    CallError, CallOptions, ManualResetEvent, Synchronize, WaitSet, wait_all, wait_any,
};
use support::*;

#[test]
fn wait_any_returns_the_member_that_completed() {
    let (manual, options) = manual();
    let calls: Vec<_> = (0..5).map(|_| echo(options.clone())).collect();
    let mut set = WaitSet::new();
    for call in &calls {
        set.add(call);
    }
    for (i, call) in calls.iter().enumerate() {
        call.begin(METHOD, i as u64).unwrap();
    }
    assert_eq!(
        set.wait_any(Duration::ZERO),
        Err(CallError::Timeout),
        "nothing ran yet"
    );
    // Run only the fourth call's task.
    let task = manual.tasks.lock().unwrap().remove(3);
    task.run();
    assert_eq!(set.wait_any(PATIENCE), Ok(3));
    assert_eq!(calls[3].finish(METHOD), Ok(3));
    assert_eq!(
        set.wait_any(Duration::from_millis(1)),
        Err(CallError::Timeout),
        "finished: no longer ready"
    );
    manual.run_all();
}

#[test]
fn wait_any_over_an_empty_set_is_no_sync() {
    assert_eq!(
        WaitSet::new().wait_any(Duration::ZERO),
        Err(CallError::NoSync)
    );
    assert_eq!(
        WaitSet::new().wait_all(Duration::ZERO),
        Err(CallError::NoSync)
    );
    assert_eq!(wait_any(&[], PATIENCE), Err(CallError::NoSync));
    assert_eq!(wait_all(&[], PATIENCE), Err(CallError::NoSync));
}

#[test]
fn wait_any_mixes_call_objects_and_events() {
    let gated = gated(CallOptions::new());
    let event = ManualResetEvent::new();
    gated.call.begin(METHOD, 1).unwrap();
    gated.started.recv_timeout(PATIENCE).unwrap();
    event.signal();
    assert_eq!(wait_any(&[&gated.call, &event], PATIENCE), Ok(1));
    event.reset();
    gated.go.send(()).unwrap();
    assert_eq!(wait_any(&[&gated.call, &event], PATIENCE), Ok(0));
    assert_eq!(gated.call.finish(METHOD), Ok(1));
}

#[test]
fn wait_all_returns_once_every_member_is_ready() {
    let (manual, options) = manual();
    let calls: Vec<_> = (0..4).map(|_| echo(options.clone())).collect();
    for (i, call) in calls.iter().enumerate() {
        call.begin(METHOD, i as u64).unwrap();
    }
    let mut set = WaitSet::new();
    for call in &calls {
        set.add(call);
    }
    let first_three: Vec<_> = manual.tasks.lock().unwrap().drain(..3).collect();
    first_three.into_iter().for_each(|t| t.run());
    assert_eq!(
        set.wait_all(Duration::from_millis(5)),
        Err(CallError::Timeout),
        "one is still pending"
    );
    manual.run_all();
    assert_eq!(set.wait_all(PATIENCE), Ok(()));
    for (i, call) in calls.iter().enumerate() {
        assert_eq!(call.finish(METHOD), Ok(i as u64));
    }
}

#[test]
fn ten_thousand_call_objects_are_drained_one_completion_at_a_time() {
    const CALLS: usize = 10_000;
    let (manual, options) = manual();
    let calls: Vec<_> = (0..CALLS).map(|_| echo(options.clone())).collect();
    let mut set = WaitSet::new();
    for call in &calls {
        set.add(call);
    }
    for (i, call) in calls.iter().enumerate() {
        call.begin(METHOD, i as u64).unwrap();
    }
    // Complete them in reverse order, one at a time, and see each reported.
    let mut tasks: Vec<_> = manual.tasks.lock().unwrap().drain(..).collect();
    assert_eq!(tasks.len(), CALLS, "more than COM's 63");
    let mut finished = 0;
    while let Some(task) = tasks.pop() {
        task.run();
        let ready = set.wait_any(PATIENCE).unwrap();
        assert_eq!(ready, tasks.len(), "the member that just completed");
        assert_eq!(calls[ready].finish(METHOD), Ok(ready as u64));
        finished += 1;
    }
    assert_eq!(finished, CALLS);
}

#[test]
fn a_waiter_parked_on_a_set_is_woken_by_a_completion_on_another_thread() {
    let gated = gated(CallOptions::new());
    let idle = echo(CallOptions::new());
    gated.call.begin(METHOD, 5).unwrap();
    gated.started.recv_timeout(PATIENCE).unwrap();
    std::thread::scope(|scope| {
        scope.spawn(|| gated.go.send(()).unwrap());
        assert_eq!(wait_any(&[&idle, &gated.call], PATIENCE), Ok(1));
    });
    assert_eq!(gated.call.finish(METHOD), Ok(5));
}
