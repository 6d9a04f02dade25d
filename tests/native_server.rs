//! SPEC behaviour 9 and the server-side form: a native asynchronous server
//! (`AsyncISimpleStreamServer`) completes calls from a thread of its own, a dropped
//! completion handle gives `Disconnected`, and a client written against
//! `&dyn AsyncISimpleStream` cannot tell a native server from a blocking one.

use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use async_interface::prelude::*;
use async_interface::{CallOptions, Completer, Native, executor};

const PATIENCE: Duration = Duration::from_secs(20);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StreamError {
    Empty,
}

#[async_interface]
pub trait ISimpleStream {
    /// Reads up to `len` bytes.
    fn read(&self, len: usize) -> Result<Vec<u8>, StreamError>;
    /// Appends `data`; returns how many bytes were written.
    fn write(&self, data: &[u8]) -> Result<usize, StreamError>;
    /// Appends the stream's bytes to `buf` (in/out); returns how many.
    fn fill(&self, buf: &mut Vec<u8>, limit: usize) -> usize;
}

/// The blocking server.
struct Memory(Mutex<Vec<u8>>);

impl ISimpleStream for Memory {
    fn read(&self, len: usize) -> Result<Vec<u8>, StreamError> {
        let mut bytes = self.0.lock().unwrap();
        if bytes.is_empty() {
            return Err(StreamError::Empty);
        }
        let len = len.min(bytes.len());
        Ok(bytes.drain(..len).collect())
    }
    fn write(&self, data: &[u8]) -> Result<usize, StreamError> {
        self.0.lock().unwrap().extend_from_slice(data);
        Ok(data.len())
    }
    fn fill(&self, buf: &mut Vec<u8>, limit: usize) -> usize {
        let bytes = self.0.lock().unwrap();
        let n = bytes.len().min(limit);
        buf.extend_from_slice(&bytes[..n]);
        n
    }
}

/// Work the device thread does: each job completes its call's handle itself.
type Job = Box<dyn FnOnce(&mut Vec<u8>) + Send>;

/// A native server: `begin_m` hands the call to a device thread of its own and returns;
/// the device thread completes the call.
struct Device {
    jobs: Mutex<Option<Sender<Job>>>,
    thread: Mutex<Option<JoinHandle<thread::ThreadId>>>,
}

impl Device {
    fn start(contents: &[u8]) -> Arc<Device> {
        let (jobs, queue) = channel::<Job>();
        let mut bytes = contents.to_vec();
        let thread = thread::spawn(move || {
            for job in queue {
                job(&mut bytes);
            }
            thread::current().id()
        });
        Arc::new(Device {
            jobs: Mutex::new(Some(jobs)),
            thread: Mutex::new(Some(thread)),
        })
    }

    fn submit(&self, job: impl FnOnce(&mut Vec<u8>) + Send + 'static) {
        let jobs = self.jobs.lock().unwrap();
        jobs.as_ref().unwrap().send(Box::new(job)).unwrap();
    }

    fn device_thread(&self) -> thread::ThreadId {
        self.thread.lock().unwrap().as_ref().unwrap().thread().id()
    }

    fn stop(&self) {
        self.jobs.lock().unwrap().take();
        if let Some(thread) = self.thread.lock().unwrap().take() {
            thread.join().unwrap();
        }
    }
}

impl AsyncISimpleStreamServer for Device {
    fn begin_read(&self, len: usize, done: Completer<Result<Vec<u8>, StreamError>>) {
        self.submit(move |bytes| {
            if bytes.is_empty() {
                done.complete(Err(StreamError::Empty));
            } else {
                let len = len.min(bytes.len());
                done.complete(Ok(bytes.drain(..len).collect()));
            }
        });
    }
    fn begin_write(&self, data: Vec<u8>, done: Completer<Result<usize, StreamError>>) {
        self.submit(move |bytes| {
            bytes.extend_from_slice(&data);
            done.complete(Ok(data.len()));
        });
    }
    fn begin_fill(&self, mut buf: Vec<u8>, limit: usize, done: Completer<(usize, Vec<u8>)>) {
        self.submit(move |bytes| {
            let n = bytes.len().min(limit);
            buf.extend_from_slice(&bytes[..n]);
            done.complete((n, buf));
        });
    }
}

/// A client that knows only the interface.
fn client(stream: &dyn AsyncISimpleStream) -> (Vec<u8>, usize, Vec<u8>, StreamError) {
    stream.begin_write(b"abc".to_vec()).unwrap();
    stream.wait(PATIENCE).unwrap();
    let written = stream.finish_write().unwrap().unwrap();
    let mut buf = vec![0];
    stream.begin_fill(buf.clone(), 2).unwrap();
    assert_eq!(stream.finish_fill(&mut buf), Ok(2));
    stream.begin_read(10).unwrap();
    let read = stream.finish_read().unwrap().unwrap();
    stream.begin_read(1).unwrap();
    let empty = stream.finish_read().unwrap().unwrap_err();
    (read, written, buf, empty)
}

#[test]
fn a_native_server_completes_calls_from_its_own_thread() {
    let device = Device::start(b"xy");
    let call = ISimpleStreamCall::native(Arc::clone(&device));
    call.begin_read(1).unwrap();
    assert_eq!(call.finish_read(), Ok(Ok(b"x".to_vec())));

    // The completion comes from a thread of the server's: it records where before completing.
    struct Where(Arc<Mutex<Option<thread::ThreadId>>>);
    impl AsyncISimpleStreamServer for Where {
        fn begin_read(&self, _: usize, done: Completer<Result<Vec<u8>, StreamError>>) {
            let there = Arc::clone(&self.0);
            thread::spawn(move || {
                *there.lock().unwrap() = Some(thread::current().id());
                done.complete(Ok(Vec::new()));
            });
        }
        fn begin_write(&self, _: Vec<u8>, done: Completer<Result<usize, StreamError>>) {
            done.complete(Ok(0));
        }
        fn begin_fill(&self, buf: Vec<u8>, _: usize, done: Completer<(usize, Vec<u8>)>) {
            done.complete((0, buf));
        }
    }
    let server = Arc::new(Where(Arc::new(Mutex::new(None))));
    let call = ISimpleStreamCall::native(Arc::clone(&server));
    call.begin_read(0).unwrap();
    assert_eq!(call.finish_read(), Ok(Ok(Vec::new())));
    let completed_on = server.0.lock().unwrap().expect("completed");
    assert_ne!(completed_on, thread::current().id());

    device.submit(|_| {});
    let device_thread = device.device_thread();
    assert_ne!(device_thread, thread::current().id());
    device.stop();
}

#[test]
fn a_call_stays_pending_until_the_native_server_completes_it() {
    struct Holder(Mutex<Option<Completer<Result<usize, StreamError>>>>);
    impl AsyncISimpleStreamServer for Holder {
        fn begin_read(&self, _: usize, done: Completer<Result<Vec<u8>, StreamError>>) {
            done.complete(Err(StreamError::Empty));
        }
        fn begin_write(&self, _: Vec<u8>, done: Completer<Result<usize, StreamError>>) {
            *self.0.lock().unwrap() = Some(done);
        }
        fn begin_fill(&self, buf: Vec<u8>, _: usize, done: Completer<(usize, Vec<u8>)>) {
            done.complete((0, buf));
        }
    }
    let server = Arc::new(Holder(Mutex::new(None)));
    // Inline: `begin_` runs the server's `begin_write` before it returns.
    let call = ISimpleStreamCall::native_with_options(
        Arc::clone(&server),
        CallOptions::new().executor(Arc::new(executor::Inline)),
    );
    call.begin_write(vec![1, 2]).unwrap();
    assert_eq!(call.state(), CallState::Pending);
    assert_eq!(call.wait(Duration::ZERO), Err(CallError::Timeout));
    let done = server
        .0
        .lock()
        .unwrap()
        .take()
        .expect("the server kept the handle");
    assert!(!done.is_cancelled());
    thread::spawn(move || done.complete(Ok(2))).join().unwrap();
    call.wait(PATIENCE).unwrap();
    assert_eq!(call.finish_write(), Ok(Ok(2)));
    assert_eq!(call.state(), CallState::Idle);
}

#[test]
fn a_dropped_completer_ends_the_call_with_disconnected() {
    struct Loser;
    impl AsyncISimpleStreamServer for Loser {
        fn begin_read(&self, _: usize, done: Completer<Result<Vec<u8>, StreamError>>) {
            // Lost on another thread: the call must not hang.
            thread::spawn(move || drop(done));
        }
        fn begin_write(&self, _: Vec<u8>, done: Completer<Result<usize, StreamError>>) {
            drop(done);
        }
        fn begin_fill(&self, _: Vec<u8>, _: usize, done: Completer<(usize, Vec<u8>)>) {
            drop(done);
        }
    }
    let call = ISimpleStreamCall::native(Arc::new(Loser));
    call.begin_read(1).unwrap();
    assert_eq!(call.finish_read(), Err(CallError::Disconnected));
    let mut buf = vec![9];
    call.begin_fill(vec![1], 1).unwrap();
    assert_eq!(call.finish_fill(&mut buf), Err(CallError::Disconnected));
    assert_eq!(buf, [9], "no out-values on a lost call");
    // Reusable afterwards.
    call.begin_write(vec![]).unwrap();
    assert_eq!(call.finish_write(), Err(CallError::Disconnected));
    assert_eq!(call.state(), CallState::Idle);
}

#[test]
fn one_client_works_with_a_blocking_and_a_native_server() {
    let blocking: ISimpleStreamCall<Memory> =
        ISimpleStreamCall::new(Arc::new(Memory(Mutex::new(b"q".to_vec()))));
    let device = Device::start(b"q");
    let native: ISimpleStreamCall<Device, Native> = ISimpleStreamCall::native(Arc::clone(&device));
    let expected = (b"qabc".to_vec(), 3, vec![0, b'q', b'a'], StreamError::Empty);
    assert_eq!(client(&blocking), expected);
    assert_eq!(client(&native), expected);
    assert!(format!("{native:?}").contains("ISimpleStreamCall"));
    device.stop();
}

#[test]
fn a_native_call_can_be_cancelled_and_the_server_sees_it() {
    type ReadDone = Completer<Result<Vec<u8>, StreamError>>;
    struct Slow(Mutex<Option<ReadDone>>);
    impl AsyncISimpleStreamServer for Slow {
        fn begin_read(&self, _: usize, done: Completer<Result<Vec<u8>, StreamError>>) {
            *self.0.lock().unwrap() = Some(done);
        }
        fn begin_write(&self, _: Vec<u8>, done: Completer<Result<usize, StreamError>>) {
            done.complete(Ok(0));
        }
        fn begin_fill(&self, buf: Vec<u8>, _: usize, done: Completer<(usize, Vec<u8>)>) {
            done.complete((0, buf));
        }
    }
    let server = Arc::new(Slow(Mutex::new(None)));
    let call = ISimpleStreamCall::native_with_options(
        Arc::clone(&server),
        CallOptions::new().executor(Arc::new(executor::Inline)),
    );
    call.begin_read(1).unwrap();
    assert_eq!(call.cancel(Duration::ZERO), Ok(()));
    assert_eq!(call.finish_read(), Err(CallError::Canceled));
    let done = server.0.lock().unwrap().take().unwrap();
    assert!(done.is_cancelled());
    // A late completion is dropped; the call object has moved on.
    done.complete(Ok(vec![1]));
    assert_eq!(call.state(), CallState::Idle);
}
