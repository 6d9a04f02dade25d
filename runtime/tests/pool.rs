//! The built-in pool under concurrent submission (issue 5's findings).

use std::time::Duration;

use async_interface_runtime::{Call, Dispatch};

struct Echo;

impl Dispatch for Echo {
    type Request = u64;
    type Reply = u64;
    fn dispatch(&self, request: u64) -> u64 {
        request
    }
}

/// Regression tests for bugs found by the reliability work of issue 5.
mod issue5 {
    use super::*;

    /// `Pool::submit` pushed the job and only then counted it in `queued`; a worker could
    /// pop the job in between and count it out first, so `queued` went below zero, and
    /// the next submit's `fetch_add(1) + 1` overflowed: a panic in the client's `begin`
    /// in debug builds (found by Miri). Many clients submitting at once, with workers
    /// popping, exercise the window.
    #[test]
    fn concurrent_submits_never_underflow_the_queue_count() {
        let threads = if cfg!(miri) { 3 } else { 8 };
        let rounds: u64 = if cfg!(miri) { 10 } else { 5_000 };
        let clients: Vec<_> = (0..threads)
            .map(|t| {
                std::thread::spawn(move || {
                    let calls: Vec<_> = (0..4).map(|_| Call::new(Echo)).collect();
                    for n in 0..rounds {
                        for (i, call) in (0..).zip(&calls) {
                            call.begin("IEcho::echo", t * 1_000_000 + n * 4 + i)
                                .unwrap();
                        }
                        for (i, call) in (0..).zip(&calls) {
                            let request = t * 1_000_000 + n * 4 + i;
                            assert_eq!(call.finish("IEcho::echo"), Ok(request));
                        }
                    }
                })
            })
            .collect();
        for client in clients {
            client.join().unwrap();
        }
        // The pool is still usable afterwards.
        let call = Call::new(Echo);
        call.begin("IEcho::echo", 1).unwrap();
        assert_eq!(call.finish("IEcho::echo"), Ok(1));
        let _ = Duration::ZERO;
    }
}
