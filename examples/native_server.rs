//! A native asynchronous server (COM: a server-side call object): instead of a worker
//! blocking in a synchronous method, the server takes each call's in-part and a
//! completion handle, queues the work on a thread of its own (a "device"), and that thread
//! completes the call. The client's code is the same as for a blocking server.
//!
//! Run with `cargo run --example native_server`; it exits non-zero if anything misbehaves.

use std::process::ExitCode;
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle, ThreadId};
use std::time::Duration;

use async_interface::prelude::*;
use async_interface::{Completer, Native};

/// What can go wrong with the stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StreamError {
    /// Nothing left to read.
    Empty,
}

/// A stream of bytes.
#[async_interface]
pub trait ISimpleStream {
    /// Reads up to `len` bytes.
    fn read(&self, len: usize) -> Result<Vec<u8>, StreamError>;
    /// Writes `data`; returns how many bytes were written.
    fn write(&self, data: &[u8]) -> Result<usize, StreamError>;
}

/// One queued call: the device thread runs it with the device's bytes and its own id.
type Job = Box<dyn FnOnce(&mut Vec<u8>, ThreadId) + Send>;

/// The native server: a device with a thread of its own that completes the calls.
struct Device {
    queue: Mutex<Option<Sender<Job>>>,
    thread: Mutex<Option<JoinHandle<()>>>,
    /// Where each call was completed, as (method, thread).
    completed_on: Arc<Mutex<Vec<(&'static str, ThreadId)>>>,
}

impl Device {
    fn start() -> Arc<Device> {
        let (queue, jobs) = channel::<Job>();
        let thread = thread::Builder::new()
            .name("device".into())
            .spawn(move || {
                let mut bytes = Vec::new();
                for job in jobs {
                    // A device is slow: the client is free meanwhile.
                    thread::sleep(Duration::from_millis(5));
                    job(&mut bytes, thread::current().id());
                }
            })
            .expect("spawn the device thread");
        Arc::new(Device {
            queue: Mutex::new(Some(queue)),
            thread: Mutex::new(Some(thread)),
            completed_on: Arc::default(),
        })
    }

    fn submit(&self, method: &'static str, job: impl FnOnce(&mut Vec<u8>) + Send + 'static) {
        let completed_on = Arc::clone(&self.completed_on);
        let job: Job = Box::new(move |bytes, id| {
            completed_on.lock().unwrap().push((method, id));
            job(bytes);
        });
        if let Some(queue) = self.queue.lock().unwrap().as_ref() {
            let _ = queue.send(job);
        }
    }

    fn thread_id(&self) -> Option<ThreadId> {
        self.thread
            .lock()
            .unwrap()
            .as_ref()
            .map(|t| t.thread().id())
    }

    fn stop(&self) {
        self.queue.lock().unwrap().take();
        if let Some(thread) = self.thread.lock().unwrap().take() {
            let _ = thread.join();
        }
    }
}

impl AsyncISimpleStreamServer for Device {
    fn begin_read(&self, len: usize, done: Completer<Result<Vec<u8>, StreamError>>) {
        self.submit("read", move |bytes| {
            if bytes.is_empty() {
                done.complete(Err(StreamError::Empty));
            } else {
                let len = len.min(bytes.len());
                done.complete(Ok(bytes.drain(..len).collect()));
            }
        });
    }

    fn begin_write(&self, data: Vec<u8>, done: Completer<Result<usize, StreamError>>) {
        self.submit("write", move |bytes| {
            bytes.extend_from_slice(&data);
            done.complete(Ok(data.len()));
        });
    }
}

fn check(ok: bool, what: &str) -> Result<(), String> {
    if ok {
        println!("ok: {what}");
        Ok(())
    } else {
        Err(format!("FAILED: {what}"))
    }
}

/// The client: it knows only `AsyncISimpleStream`.
fn run(stream: &dyn AsyncISimpleStream) -> Result<(), String> {
    stream
        .begin_write(b"hello".to_vec())
        .map_err(|e| e.to_string())?;
    check(
        stream.begin_read(1) == Err(CallError::CallPending),
        "Begin_ while a call is in progress: CallPending",
    )?;
    stream
        .wait(Duration::from_secs(20))
        .map_err(|e| e.to_string())?;
    check(stream.finish_write() == Ok(Ok(5)), "Finish_write returns 5")?;
    stream.begin_read(4).map_err(|e| e.to_string())?;
    check(
        stream.finish_read() == Ok(Ok(b"hell".to_vec())),
        "Finish_read blocks until the device completes, and returns b\"hell\"",
    )?;
    stream.begin_read(9).map_err(|e| e.to_string())?;
    check(stream.finish_read() == Ok(Ok(b"o".to_vec())), "then b\"o\"")?;
    stream.begin_read(1).map_err(|e| e.to_string())?;
    check(
        stream.finish_read() == Ok(Err(StreamError::Empty)),
        "then the server's own error",
    )
}

fn main() -> ExitCode {
    let device = Device::start();
    let call: ISimpleStreamCall<Device, Native> = ISimpleStreamCall::native(Arc::clone(&device));
    println!("{call:?}");
    let outcome = run(&call).and_then(|()| {
        let device_thread = device.thread_id().ok_or("the device thread is gone")?;
        let completed_on = device.completed_on.lock().unwrap().clone();
        check(
            completed_on.len() == 4 && completed_on.iter().all(|(_, id)| *id == device_thread),
            "every call was completed on the device's own thread",
        )?;
        check(
            device_thread != thread::current().id(),
            "which is not the client's thread",
        )
    });
    device.stop();
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
