//! The call state machine driven directly, without the macro: what a hand-written call
//! object built on `Call` gets.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_interface_runtime::{
    Call, CallError, CallState, CancelMethodCalls, Dispatch, Synchronize,
};

/// Doubles its request; waits for a go-ahead from the test first when gated.
struct Doubler {
    go: Option<Mutex<Receiver<()>>>,
}

impl Dispatch for Doubler {
    type Request = u64;
    type Reply = u64;
    fn dispatch(&self, request: u64) -> u64 {
        if let Some(go) = &self.go {
            go.lock().unwrap().recv().unwrap();
        }
        request * 2
    }
}

fn gated() -> (Call<Doubler>, Sender<()>) {
    let (tx, rx) = channel();
    (
        Call::new(Doubler {
            go: Some(Mutex::new(rx)),
        }),
        tx,
    )
}

#[test]
fn a_round_trip_through_the_pool() {
    let call = Call::new(Doubler { go: None });
    for n in 0..1_000 {
        call.begin("Doubler::double", n).unwrap();
        assert_eq!(call.finish("Doubler::double"), Ok(n * 2));
    }
}

#[test]
fn the_state_machine_refuses_what_com_refuses() {
    let (call, go) = gated();
    assert_eq!(call.finish("Doubler::double"), Err(CallError::CallComplete));
    call.begin("Doubler::double", 4).unwrap();
    assert_eq!(
        call.begin("Doubler::double", 5),
        Err(CallError::CallPending)
    );
    assert_eq!(
        call.finish("Doubler::triple"),
        Err(CallError::WrongMethod {
            begun: "Doubler::double",
            finished: "Doubler::triple"
        })
    );
    assert_eq!(call.wait(Duration::from_millis(1)), Err(CallError::Timeout));
    go.send(()).unwrap();
    assert_eq!(call.wait(Duration::from_secs(20)), Ok(()));
    assert_eq!(call.state(), CallState::Complete);
    assert_eq!(call.finish("Doubler::double"), Ok(8));
    assert_eq!(call.state(), CallState::Idle);
}

#[test]
fn many_call_objects_in_flight_at_once_each_get_their_own_reply() {
    let calls: Vec<_> = (0..64).map(|_| Call::new(Doubler { go: None })).collect();
    for round in 0..20u64 {
        for (i, call) in calls.iter().enumerate() {
            call.begin("Doubler::double", round * 1000 + i as u64)
                .unwrap();
        }
        for (i, call) in calls.iter().enumerate() {
            assert_eq!(
                call.finish("Doubler::double"),
                Ok(2 * (round * 1000 + i as u64))
            );
        }
    }
}

#[test]
fn cancel_then_reuse_never_mixes_generations() {
    let (call, go) = gated();
    let call = Arc::new(call);
    call.begin("Doubler::double", 1).unwrap();
    assert_eq!(call.cancel(Duration::ZERO), Ok(()));
    assert_eq!(call.finish("Doubler::double"), Err(CallError::Canceled));
    call.begin("Doubler::double", 10).unwrap();
    // The first go-ahead releases whichever server call is waiting; the cancelled one's
    // reply, if it is that one, must be dropped.
    go.send(()).unwrap();
    go.send(()).unwrap();
    assert_eq!(call.finish("Doubler::double"), Ok(20));
}

/// Regression: a completion's signal that lands after the client has finished the call
/// and begun the next one must not make `wait` report the new call as complete.
mod stale_completion_signal {
    use super::*;

    /// Blocks on odd requests until the test says go.
    struct OddGated {
        go: Mutex<Receiver<()>>,
    }

    impl Dispatch for OddGated {
        type Request = u64;
        type Reply = u64;
        fn dispatch(&self, request: u64) -> u64 {
            if request % 2 == 1 {
                self.go.lock().unwrap().recv().unwrap();
            }
            request
        }
    }

    /// Holds the first completion signal inside `signal` until the test lets it go.
    struct HeldSignal {
        inner: async_interface_runtime::ManualResetEvent,
        entered: Mutex<Sender<()>>,
        release: Mutex<Option<Receiver<()>>>,
    }

    impl Synchronize for HeldSignal {
        fn wait(&self, timeout: Duration) -> Result<(), CallError> {
            self.inner.wait(timeout)
        }
        fn wait_forever(&self) -> Result<(), CallError> {
            self.inner.wait_forever()
        }
        fn signal(&self) {
            let held = self.release.lock().unwrap().take();
            if let Some(release) = held {
                self.entered.lock().unwrap().send(()).unwrap();
                release.recv().unwrap();
            }
            self.inner.signal();
        }
        fn reset(&self) {
            self.inner.reset();
        }
    }

    #[test]
    fn a_late_signal_of_the_previous_call_does_not_complete_the_next() {
        let (go, go_rx) = channel();
        let (entered_tx, entered) = channel();
        let (release, release_rx) = channel();
        let held = Arc::new(HeldSignal {
            inner: async_interface_runtime::ManualResetEvent::new(),
            entered: Mutex::new(entered_tx),
            release: Mutex::new(Some(release_rx)),
        });
        let options = async_interface_runtime::CallOptions::new()
            .synchronize(Arc::clone(&held) as Arc<dyn Synchronize + Send + Sync>);
        let call = Call::with_options(
            OddGated {
                go: Mutex::new(go_rx),
            },
            options,
        );
        call.begin("IOdd::go", 2).unwrap();
        entered.recv_timeout(Duration::from_secs(20)).unwrap();
        // The first call is complete; its signal is still on its way.
        assert_eq!(call.finish("IOdd::go"), Ok(2));
        call.begin("IOdd::go", 3).unwrap();
        release.send(()).unwrap();
        let start = std::time::Instant::now();
        while !held.inner.is_signalled() {
            assert!(start.elapsed() < Duration::from_secs(20));
            std::thread::yield_now();
        }
        // The late signal landed after the second begin's reset.
        assert_eq!(call.wait(Duration::ZERO), Err(CallError::Timeout));
        assert_eq!(call.state(), CallState::Pending);
        go.send(()).unwrap();
        assert_eq!(call.wait(Duration::from_secs(20)), Ok(()));
        assert_eq!(call.finish("IOdd::go"), Ok(3));
    }

    #[test]
    fn wait_never_reports_a_pending_call_as_complete() {
        let (go, rx) = channel();
        let call = Call::new(OddGated { go: Mutex::new(rx) });
        for i in 0..3_000u64 {
            call.begin("IOdd::go", 2 * i).unwrap();
            assert_eq!(call.finish("IOdd::go"), Ok(2 * i));
            call.begin("IOdd::go", 2 * i + 1).unwrap();
            assert_eq!(
                call.wait(Duration::ZERO),
                Err(CallError::Timeout),
                "iteration {i}"
            );
            go.send(()).unwrap();
            assert_eq!(call.finish("IOdd::go"), Ok(2 * i + 1));
        }
    }
}
