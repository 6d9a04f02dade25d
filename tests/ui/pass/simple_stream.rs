//! The trait of the README: by-value, `&[u8]` and `&mut` parameters, docs and `#[cfg]`.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_interface::prelude::*;

#[derive(Debug, PartialEq)]
pub struct StreamError;

#[async_interface]
pub trait ISimpleStream {
    /// Reads up to `len` bytes.
    fn read(&self, len: usize) -> Result<Vec<u8>, StreamError>;
    /// Appends `data`; returns how many bytes were written.
    fn write(&self, data: &[u8]) -> Result<usize, StreamError>;
    /// Appends the stream's bytes to `buf`; returns how many.
    fn fill(&self, buf: &mut Vec<u8>) -> usize;
    /// Compiled out (`cfg(any())` is never true).
    #[cfg(any())]
    fn gated(&self);
    /// Not part of the asynchronous form.
    #[async_interface(skip)]
    fn close(&self) {}
}

struct Memory(Mutex<Vec<u8>>);

impl ISimpleStream for Memory {
    fn read(&self, len: usize) -> Result<Vec<u8>, StreamError> {
        let bytes = self.0.lock().unwrap();
        if len > bytes.len() {
            return Err(StreamError);
        }
        Ok(bytes[..len].to_vec())
    }
    fn write(&self, data: &[u8]) -> Result<usize, StreamError> {
        self.0.lock().unwrap().extend_from_slice(data);
        Ok(data.len())
    }
    fn fill(&self, buf: &mut Vec<u8>) -> usize {
        let bytes = self.0.lock().unwrap();
        buf.extend_from_slice(&bytes);
        bytes.len()
    }
}

fn main() {
    let call = ISimpleStreamCall::new(Arc::new(Memory(Mutex::new(Vec::new()))));
    assert_eq!(call.state(), CallState::Idle);

    call.begin_write(vec![1, 2, 3]).unwrap();
    assert_eq!(call.begin_read(1), Err(CallError::CallPending));
    call.wait(Duration::from_secs(10)).unwrap();
    assert_eq!(call.finish_write(), Ok(Ok(3)));

    call.begin_read(2).unwrap();
    assert_eq!(call.finish_read(), Ok(Ok(vec![1, 2])));
    call.begin_read(9).unwrap();
    assert_eq!(call.finish_read(), Ok(Err(StreamError)));

    let mut buf = vec![0];
    call.begin_fill(buf.clone()).unwrap();
    assert_eq!(call.finish_fill(&mut buf), Ok(3));
    assert_eq!(buf, [0, 1, 2, 3]);

    assert_eq!(call.finish_read(), Err(CallError::CallComplete));
    call.server().close();
    assert!(format!("{call:?}").contains("ISimpleStreamCall"));

    // Built with options: here, every call runs inside `begin_`.
    let options = async_interface::CallOptions::new().executor(Arc::new(async_interface::executor::Inline));
    let inline = ISimpleStreamCall::with_options(Arc::new(Memory(Mutex::new(vec![7]))), options);
    inline.begin_read(1).unwrap();
    assert_eq!(inline.state(), CallState::Complete);
    assert_eq!(inline.finish_read(), Ok(Ok(vec![7])));

    // Through the trait object, as a client that only knows the interface.
    let object: &dyn AsyncISimpleStream = &call;
    object.begin_read(3).unwrap();
    assert_eq!(object.finish_read(), Ok(Ok(vec![1, 2, 3])));
}
