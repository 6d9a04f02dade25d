//! Oversubscription for the stress and fault suites (issue 16, item 5): with
//! `LOAD_THREADS=cores2` (or a number), busy-loop threads run beside the test, twice as
//! many as the machine has cores, so that every thread of the runtime competes for a
//! time slice. The test starts them and its guard stops them, even if the test fails.
#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread::JoinHandle;

/// Busy-loop threads, stopped and joined when dropped (also while a test unwinds).
pub struct Load {
    stop: Arc<AtomicBool>,
    threads: Vec<JoinHandle<()>>,
}

impl Load {
    /// How many threads `LOAD_THREADS` asks for: `cores2` is 2 × the cores, a number is
    /// itself, anything else (or unset) none.
    pub fn threads_from_env() -> usize {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        match std::env::var("LOAD_THREADS").as_deref() {
            Ok("cores2") => 2 * cores,
            Ok(n) => n.parse().unwrap_or(0),
            Err(_) => 0,
        }
    }

    /// Starts the threads `LOAD_THREADS` asks for (none if unset).
    pub fn from_env() -> Self {
        Self::start(Self::threads_from_env())
    }

    pub fn start(threads: usize) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let threads = (0..threads)
            .map(|_| {
                let stop = Arc::clone(&stop);
                std::thread::spawn(move || {
                    // Pure computation, no syscall: it gives up its core only when the
                    // scheduler takes it.
                    let sink = AtomicU64::new(0);
                    while !stop.load(Ordering::Relaxed) {
                        for _ in 0..1_000 {
                            sink.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                })
            })
            .collect();
        Load { stop, threads }
    }

    pub fn threads(&self) -> usize {
        self.threads.len()
    }
}

impl Drop for Load {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        for thread in self.threads.drain(..) {
            let _ = thread.join();
        }
    }
}
