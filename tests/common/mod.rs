//! The test server shared by the behaviour tests: an in-memory stream whose methods can
//! be held at a gate, so that "pending" and "complete" are facts, not timing luck.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use async_interface::prelude::*;

/// How long a test waits for something that must happen before calling it a hang.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// Waits (bounded) until `done()` holds; the condition is the proof, not the time.
pub fn eventually(what: &str, done: impl Fn() -> bool) {
    let start = std::time::Instant::now();
    while !done() {
        assert!(start.elapsed() < PATIENCE, "never happened: {what}");
        std::thread::yield_now();
    }
}

/// Errors of the test stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StreamError {
    /// The stream is closed.
    Closed,
}

/// Counts how many times it is dropped, to prove values are dropped exactly once.
#[derive(Debug)]
pub struct DropToken {
    pub id: usize,
    drops: Arc<AtomicUsize>,
}

impl DropToken {
    pub fn new(id: usize, drops: &Arc<AtomicUsize>) -> Self {
        DropToken {
            id,
            drops: Arc::clone(drops),
        }
    }
}

impl Drop for DropToken {
    fn drop(&mut self) {
        self.drops.fetch_add(1, Ordering::SeqCst);
    }
}

#[async_interface]
pub trait ISimpleStream {
    /// Reads up to `len` bytes from the front of the stream.
    fn read(&self, len: usize) -> Result<Vec<u8>, StreamError>;
    /// Appends `data`; returns how many bytes were written.
    fn write(&self, data: &[u8]) -> Result<usize, StreamError>;
    /// Appends the stream's contents to `buf` (in/out); returns how many bytes it added.
    fn fill(&self, buf: &mut Vec<u8>) -> usize;
    /// Takes `token` and hands back a new one with the next id.
    fn exchange(&self, token: DropToken) -> DropToken;
    /// Panics with `message`.
    fn explode(&self, message: &str) -> u32;
    /// Spins until the call is cancelled, then returns how often it looked.
    fn until_cancelled(&self) -> Result<u64, CallError>;
}

/// A gate a server method waits at until the test opens it.
#[derive(Debug, Default)]
pub struct Gate {
    open: Mutex<bool>,
    opened: Condvar,
}

impl Gate {
    pub fn closed() -> Self {
        Gate::default()
    }

    pub fn opened() -> Self {
        let gate = Gate::default();
        gate.open();
        gate
    }

    pub fn open(&self) {
        *self.open.lock().unwrap() = true;
        self.opened.notify_all();
    }

    pub fn pass(&self) {
        let mut open = self.open.lock().unwrap();
        while !*open {
            open = self.opened.wait(open).unwrap();
        }
    }
}

/// An in-memory stream. Every method first reports that it started, then passes the gate.
pub struct MemoryStream {
    pub data: Mutex<Vec<u8>>,
    pub gate: Gate,
    started: Mutex<Sender<&'static str>>,
    finished: Mutex<Sender<&'static str>>,
}

/// What the test keeps to observe the server.
pub struct Observer {
    pub started: Receiver<&'static str>,
    pub finished: Receiver<&'static str>,
}

impl Observer {
    /// Blocks until the server reports the start of `method`.
    pub fn expect_started(&self, method: &str) {
        let got = self
            .started
            .recv_timeout(PATIENCE)
            .expect("server method never started");
        assert_eq!(got, method);
    }

    /// Blocks until the server reports the end of `method`.
    pub fn expect_finished(&self, method: &str) {
        let got = self
            .finished
            .recv_timeout(PATIENCE)
            .expect("server method never finished");
        assert_eq!(got, method);
    }
}

impl MemoryStream {
    pub fn new(contents: &[u8], gate: Gate) -> (Arc<Self>, Observer) {
        let (started_tx, started) = channel();
        let (finished_tx, finished) = channel();
        let stream = MemoryStream {
            data: Mutex::new(contents.to_vec()),
            gate,
            started: Mutex::new(started_tx),
            finished: Mutex::new(finished_tx),
        };
        (Arc::new(stream), Observer { started, finished })
    }

    fn enter(&self, method: &'static str) {
        let _ = self.started.lock().unwrap().send(method);
        self.gate.pass();
    }

    fn leave(&self, method: &'static str) {
        let _ = self.finished.lock().unwrap().send(method);
    }
}

impl ISimpleStream for MemoryStream {
    fn read(&self, len: usize) -> Result<Vec<u8>, StreamError> {
        self.enter("read");
        let mut data = self.data.lock().unwrap();
        let len = len.min(data.len());
        let out = data.drain(..len).collect();
        drop(data);
        self.leave("read");
        Ok(out)
    }

    fn write(&self, data: &[u8]) -> Result<usize, StreamError> {
        self.enter("write");
        self.data.lock().unwrap().extend_from_slice(data);
        self.leave("write");
        Ok(data.len())
    }

    fn fill(&self, buf: &mut Vec<u8>) -> usize {
        self.enter("fill");
        let data = self.data.lock().unwrap();
        buf.extend_from_slice(&data);
        self.leave("fill");
        data.len()
    }

    fn exchange(&self, token: DropToken) -> DropToken {
        self.enter("exchange");
        let next = DropToken {
            id: token.id + 1,
            drops: Arc::clone(&token.drops),
        };
        drop(token);
        self.leave("exchange");
        next
    }

    fn explode(&self, message: &str) -> u32 {
        self.enter("explode");
        panic!("{message}");
    }

    fn until_cancelled(&self) -> Result<u64, CallError> {
        self.enter("until_cancelled");
        let mut looks = 0;
        loop {
            looks += 1;
            if let Err(cancelled) = async_interface::test_cancel() {
                self.leave("until_cancelled");
                return if looks > 0 { Err(cancelled) } else { Ok(looks) };
            }
            std::thread::yield_now();
        }
    }
}

/// A call object over a fresh stream holding `contents`, with its gate open.
pub fn open_stream(
    contents: &[u8],
) -> (ISimpleStreamCall<MemoryStream>, Arc<MemoryStream>, Observer) {
    let (server, observer) = MemoryStream::new(contents, Gate::opened());
    (
        ISimpleStreamCall::new(Arc::clone(&server)),
        server,
        observer,
    )
}

/// A call object over a fresh stream holding `contents`, with its gate closed.
pub fn gated_stream(
    contents: &[u8],
) -> (ISimpleStreamCall<MemoryStream>, Arc<MemoryStream>, Observer) {
    let (server, observer) = MemoryStream::new(contents, Gate::closed());
    (
        ISimpleStreamCall::new(Arc::clone(&server)),
        server,
        observer,
    )
}
