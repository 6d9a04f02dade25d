//! The COM asynchronous-call procedure, step by step, on an in-memory stream.
//!
//! Run with `cargo run --example simple_stream`. Each step prints what it did and what
//! COM calls it; the program exits non-zero if any step does not behave as described.

use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use async_interface::prelude::*;

/// What can go wrong with the stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StreamError {
    /// Nothing left to read.
    Empty,
}

/// A stream of bytes: the synchronous interface a server implements.
#[async_interface]
pub trait ISimpleStream {
    /// Reads up to `len` bytes.
    fn read(&self, len: usize) -> Result<Vec<u8>, StreamError>;
    /// Writes `data`; returns how many bytes were written.
    fn write(&self, data: &[u8]) -> Result<usize, StreamError>;
}

/// An in-memory stream that behaves like a slow device: a read waits until the device
/// has data "ready". The example decides when, so that the output is the same every run.
struct MemoryStream {
    bytes: Mutex<VecDeque<u8>>,
    ready: Mutex<bool>,
    became_ready: Condvar,
    reads_done: Mutex<Sender<Vec<u8>>>,
}

impl MemoryStream {
    fn new(contents: &[u8]) -> (Self, Receiver<Vec<u8>>) {
        let (reads_done, reads) = channel();
        let stream = MemoryStream {
            bytes: Mutex::new(contents.iter().copied().collect()),
            ready: Mutex::new(false),
            became_ready: Condvar::new(),
            reads_done: Mutex::new(reads_done),
        };
        (stream, reads)
    }

    fn make_ready(&self) {
        *self.ready.lock().unwrap() = true;
        self.became_ready.notify_all();
    }
}

impl ISimpleStream for MemoryStream {
    fn read(&self, len: usize) -> Result<Vec<u8>, StreamError> {
        let mut ready = self.ready.lock().unwrap();
        while !*ready {
            ready = self.became_ready.wait(ready).unwrap();
        }
        drop(ready);
        let mut bytes = self.bytes.lock().unwrap();
        if bytes.is_empty() {
            return Err(StreamError::Empty);
        }
        let len = len.min(bytes.len());
        let out: Vec<u8> = bytes.drain(..len).collect();
        let _ = self.reads_done.lock().unwrap().send(out.clone());
        Ok(out)
    }

    fn write(&self, data: &[u8]) -> Result<usize, StreamError> {
        self.bytes.lock().unwrap().extend(data);
        Ok(data.len())
    }
}

/// Counts the steps that did not behave as described.
struct Steps {
    number: usize,
    failures: usize,
}

impl Steps {
    fn step(&mut self, what: &str) {
        self.number += 1;
        println!("\n{}. {what}", self.number);
    }

    fn expect(&mut self, ok: bool, saw: impl std::fmt::Display) {
        if ok {
            println!("   ok: {saw}");
        } else {
            self.failures += 1;
            println!("   UNEXPECTED: {saw}");
        }
    }
}

fn main() {
    let mut steps = Steps {
        number: 0,
        failures: 0,
    };
    let (stream, reads) = MemoryStream::new(b"hello, asynchronous world");
    let server = Arc::new(stream);

    steps.step("Create a call object for the server (COM: ICallFactory::CreateCall)");
    let call = ISimpleStreamCall::new(Arc::clone(&server));
    steps.expect(call.state() == CallState::Idle, format!("{call:?}"));

    steps.step("Begin the call (COM: Begin_Read): it returns at once");
    let begun = call.begin_read(5);
    steps.expect(
        begun.is_ok(),
        format!("begin_read(5) -> {begun:?}, state {:?}", call.state()),
    );

    steps.step("Do other work, polling with a short timeout (COM: ISynchronize::Wait)");
    let mut other_work_done = 0;
    for _ in 0..3 {
        other_work_done += 1; // the client's own work goes here
        let waited = call.wait(Duration::from_millis(10));
        steps.expect(
            waited == Err(CallError::Timeout),
            format!(
                "did work #{other_work_done}; wait(10 ms) -> {waited:?}: not yet, keep working"
            ),
        );
    }

    steps.step("The device gets its data; wait again");
    server.make_ready();
    let waited = call.wait(Duration::from_secs(30));
    steps.expect(
        waited == Ok(()),
        format!("wait(30 s) -> {waited:?}: the call is complete"),
    );

    steps.step("Finish the call (COM: Finish_Read): the out-values and the return value");
    let finished = call.finish_read();
    steps.expect(
        finished == Ok(Ok(b"hello".to_vec())),
        format!(
            "finish_read() -> {:?}",
            finished
                .as_ref()
                .map(|r| r.as_ref().map(|b| String::from_utf8_lossy(b)))
        ),
    );
    let _ = reads.recv_timeout(Duration::from_secs(30));

    steps.step("Begin while a call is in progress (COM: RPC_E_CALL_PENDING)");
    let _ = call.begin_read(1);
    let second = call.begin_write(b"!".to_vec());
    steps.expect(
        second == Err(CallError::CallPending),
        format!(
            "begin_write -> {second:?} (HRESULT {:#010X})",
            CallError::CallPending.hresult()
        ),
    );
    let first = call.finish_read();
    steps.expect(
        first == Ok(Ok(b",".to_vec())),
        format!("the first call is untouched: finish_read() -> {first:?}"),
    );
    let _ = reads.recv_timeout(Duration::from_secs(30));

    steps.step("Finish twice (COM: RPC_E_CALL_COMPLETE)");
    let again = call.finish_read();
    steps.expect(
        again == Err(CallError::CallComplete),
        format!("finish_read() -> {again:?}: {}", CallError::CallComplete),
    );

    steps.step("Reuse the call object for another method");
    let reused = call
        .begin_write(b"!".to_vec())
        .and_then(|()| call.finish_write());
    steps.expect(
        reused == Ok(Ok(1)),
        format!("begin_write + finish_write -> {reused:?}"),
    );

    steps.step("Drop a call object with a call in flight (fire and forget)");
    let fire_and_forget = ISimpleStreamCall::new(Arc::clone(&server));
    let begun = fire_and_forget.begin_read(7);
    drop(fire_and_forget);
    let served = reads.recv_timeout(Duration::from_secs(30));
    steps.expect(
        begun.is_ok() && served.as_deref() == Ok(b" asynch".as_slice()),
        format!(
            "dropped at once; the server still did its work: read {:?}, and the result was dropped",
            served.map(|b| String::from_utf8_lossy(&b).into_owned())
        ),
    );

    if steps.failures > 0 {
        println!("\n{} step(s) did not behave as described", steps.failures);
        std::process::exit(1);
    }
    println!("\nAll {} steps behaved as described.", steps.number);
}
