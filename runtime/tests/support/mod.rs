//! Dispatchers shared by the runtime's tests.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_interface_runtime::pool::MAX_WORKERS;
use async_interface_runtime::{Call, CallOptions, Dispatch};

pub mod gate;
#[cfg(feature = "remote")]
pub mod remote;

pub const PATIENCE: Duration = Duration::from_secs(20);
pub const METHOD: &str = "IEcho::echo";

/// Echoes its request; when gated, first waits for a go-ahead per call, and reports
/// each start.
pub struct Echo {
    go: Option<Mutex<Receiver<()>>>,
    started: Mutex<Sender<u64>>,
}

impl Dispatch for Echo {
    type Request = u64;
    type Reply = u64;
    fn dispatch(&self, request: u64) -> u64 {
        let _ = self.started.lock().unwrap().send(request);
        if let Some(go) = &self.go {
            let _ = go.lock().unwrap().recv_timeout(PATIENCE);
        }
        request
    }
}

pub struct Gated {
    pub call: Call<Echo>,
    pub go: Sender<()>,
    pub started: Receiver<u64>,
}

pub fn gated(options: CallOptions) -> Gated {
    let (go, go_rx) = channel();
    let (started_tx, started) = channel();
    let echo = Echo {
        go: Some(Mutex::new(go_rx)),
        started: Mutex::new(started_tx),
    };
    Gated {
        call: Call::with_options(echo, options),
        go,
        started,
    }
}

pub fn echo(options: CallOptions) -> Call<Echo> {
    let (started_tx, _started) = channel();
    Call::with_options(
        Echo {
            go: None,
            started: Mutex::new(started_tx),
        },
        options,
    )
}

/// An executor that keeps tasks until the test runs them.
#[derive(Default)]
pub struct Manual {
    pub tasks: Mutex<Vec<async_interface_runtime::executor::Task>>,
}

impl async_interface_runtime::Executor for Manual {
    fn execute(&self, task: async_interface_runtime::executor::Task) {
        self.tasks.lock().unwrap().push(task);
    }
}

impl Manual {
    pub fn run_all(&self) {
        let tasks: Vec<_> = self.tasks.lock().unwrap().drain(..).collect();
        for task in tasks {
            task.run();
        }
    }

    pub fn drop_all(&self) {
        self.tasks.lock().unwrap().clear();
    }
}

pub fn manual() -> (Arc<Manual>, CallOptions) {
    let manual = Arc::new(Manual::default());
    let options = CallOptions::new()
        .executor(Arc::clone(&manual) as Arc<dyn async_interface_runtime::Executor>);
    (manual, options)
}

/// Takes every worker the pool can have, until dropped; a call begun meanwhile queues.
pub struct Saturated {
    release: Vec<mpsc::Sender<()>>,
    calls: Vec<Call<Blocker>>,
}

struct Blocker {
    started: Arc<AtomicUsize>,
    go: Mutex<mpsc::Receiver<()>>,
}

impl Dispatch for Blocker {
    type Request = ();
    type Reply = ();
    fn dispatch(&self, (): ()) {
        self.started.fetch_add(1, Ordering::SeqCst);
        let _ = self
            .go
            .lock()
            .unwrap()
            .recv_timeout(Duration::from_secs(60));
    }
}

pub fn saturate() -> Saturated {
    let started = Arc::new(AtomicUsize::new(0));
    let (mut release, mut calls) = (Vec::new(), Vec::new());
    for _ in 0..MAX_WORKERS {
        let (tx, rx) = mpsc::channel();
        let call = Call::new(Blocker {
            started: Arc::clone(&started),
            go: Mutex::new(rx),
        });
        call.begin("IBlock::block", ()).unwrap();
        release.push(tx);
        calls.push(call);
    }
    let deadline = Instant::now() + Duration::from_secs(30);
    while started.load(Ordering::SeqCst) < MAX_WORKERS {
        assert!(Instant::now() < deadline, "the pool did not fill up");
        std::thread::sleep(Duration::from_millis(1));
    }
    Saturated { release, calls }
}

impl Drop for Saturated {
    fn drop(&mut self) {
        for tx in &self.release {
            let _ = tx.send(());
        }
        for call in &self.calls {
            let _ = call.finish("IBlock::block");
        }
    }
}
