//! Issue 13 item 3: many calls at once on one server. A `CallPool` lends each concurrent
//! call a call object of its own and takes it back, idle, for the next.

use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use async_interface::CallPool;
use async_interface::prelude::*;

#[async_interface]
pub trait IRendezvous {
    /// Waits until `expected` calls are inside at once (or a long timeout); returns how
    /// many it saw.
    fn meet(&self, expected: usize) -> usize;
}

#[derive(Default)]
struct Rendezvous {
    inside: Mutex<usize>,
    changed: Condvar,
}

impl IRendezvous for Rendezvous {
    fn meet(&self, expected: usize) -> usize {
        let mut inside = self.inside.lock().unwrap();
        *inside += 1;
        self.changed.notify_all();
        let (inside, _) = self
            .changed
            .wait_timeout_while(inside, Duration::from_secs(20), |inside| *inside < expected)
            .unwrap();
        *inside
    }
}

#[test]
fn n_calls_from_a_pool_run_on_one_server_at_once() {
    const N: usize = 4;
    let server = Arc::new(Rendezvous::default());
    let pool = CallPool::new({
        let server = Arc::clone(&server);
        move || IRendezvousCall::new(Arc::clone(&server))
    });
    let calls: Vec<_> = (0..N).map(|_| pool.get()).collect();
    let meetings: Vec<_> = calls.iter().map(|call| call.meet(N)).collect();
    let seen = futures_executor::block_on(async {
        let mut seen = Vec::new();
        for meeting in meetings {
            seen.push(meeting.await.unwrap());
        }
        seen
    });
    assert!(
        seen.iter().all(|&n| n >= N),
        "the calls did not run at once: {seen:?}"
    );
    drop(calls);
    assert_eq!(pool.idle(), N);
}

#[test]
fn the_pool_reuses_idle_call_objects_and_drops_busy_ones() {
    let server = Arc::new(Rendezvous::default());
    let pool = CallPool::with_idle(2, {
        let server = Arc::clone(&server);
        move || IRendezvousCall::new(Arc::clone(&server))
    });
    assert_eq!(pool.idle(), 2);
    {
        let first = pool.get();
        assert_eq!(pool.idle(), 1);
        assert_eq!(futures_executor::block_on(first.meet(1)), Ok(1));
    }
    assert_eq!(pool.idle(), 2, "an idle call object goes back");
    {
        let busy = pool.get();
        busy.begin_meet(1).unwrap(); // never finished: fire and forget
    }
    assert_eq!(pool.idle(), 1, "a busy call object is not lent again");
    let again = pool.get();
    assert_eq!(again.state(), CallState::Idle);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn owned_pooled_calls_move_into_spawned_tasks_and_come_back() {
    const N: usize = 4;
    let server = Arc::new(Rendezvous::default());
    let pool = Arc::new(CallPool::new({
        let server = Arc::clone(&server);
        move || IRendezvousCall::new(Arc::clone(&server))
    }));
    let tasks: Vec<_> = (0..N)
        .map(|_| {
            let call = pool.get_owned();
            tokio::spawn(async move { call.meet(N).await })
        })
        .collect();
    for task in tasks {
        assert!(task.await.unwrap().unwrap() >= N, "the calls ran at once");
    }
    assert_eq!(
        pool.idle(),
        N,
        "each task's call object went back to the pool"
    );
}
