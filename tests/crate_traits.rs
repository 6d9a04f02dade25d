//! Two traits from well-known Rust crates, as renditions (copies of their shape, not
//! dependencies), round-tripped through their call objects:
//!
//! - `std::io::Read` / `std::io::Write` (the most implemented traits in the ecosystem):
//!   `read(&mut self, buf: &mut [u8])` becomes `read(&mut self, buf: &mut Vec<u8>)` (an
//!   in/out buffer must be owned to cross to a worker: the macro's own error says so), and
//!   `ReadWrite` derives from both, as a socket is both.
//! - `redis::Commands` (redis-rs): `get`, `set`, `incr`, `del`, `exists` on `&mut self`
//!   returning `RedisResult<T>`; the call object holds the connection behind a lock.

use std::collections::HashMap;
use std::io;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// `std::io::Read`.
#[async_interface]
pub trait Read {
    /// Reads into `buf` (its length is how many bytes are wanted); returns how many were read.
    fn read(&mut self, buf: &mut Vec<u8>) -> io::Result<usize>;
}

/// `std::io::Write`.
#[async_interface]
pub trait Write {
    /// Writes some of `buf`; returns how many bytes were written.
    fn write(&mut self, buf: &[u8]) -> io::Result<usize>;
    /// Flushes.
    fn flush(&mut self) -> io::Result<()>;
}

/// Both, as a socket is. Its bases take `&mut self`, so its own call object must hold the
/// server behind a lock too: a derived trait learns that from its own methods (a macro sees
/// only its own trait), hence `close(&mut self)` here.
#[async_interface]
pub trait ReadWrite: Read + Write {
    /// Flushes and closes.
    fn close(&mut self) -> io::Result<()>;
}

/// An in-memory pipe.
#[derive(Default)]
struct Pipe {
    bytes: std::collections::VecDeque<u8>,
    flushed: bool,
}

impl Read for Pipe {
    fn read(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        let n = buf.len().min(self.bytes.len());
        for (slot, byte) in buf.iter_mut().zip(self.bytes.drain(..n)) {
            *slot = byte;
        }
        Ok(n)
    }
}

impl Write for Pipe {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Err(io::Error::new(io::ErrorKind::WriteZero, "nothing to write"));
        }
        self.bytes.extend(buf);
        self.flushed = false;
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        self.flushed = true;
        Ok(())
    }
}

impl ReadWrite for Pipe {
    fn close(&mut self) -> io::Result<()> {
        self.flush()?;
        self.bytes.clear();
        Ok(())
    }
}

#[test]
fn io_read_and_write_round_trip() {
    let pipe = Arc::new(Mutex::new(Pipe::default()));
    let call = ReadWriteCall::new(Arc::clone(&pipe));
    call.begin_write(b"hello".to_vec()).unwrap();
    assert_eq!(call.finish_write().unwrap().unwrap(), 5);
    call.begin_flush().unwrap();
    call.finish_flush().unwrap().unwrap();
    assert!(pipe.lock().unwrap().flushed);

    let mut buf = vec![0; 3];
    call.begin_read(buf.clone()).unwrap();
    assert_eq!(call.finish_read(&mut buf).unwrap().unwrap(), 3);
    assert_eq!(buf, b"hel");
    call.begin_write(Vec::new()).unwrap();
    assert_eq!(
        call.finish_write().unwrap().unwrap_err().kind(),
        io::ErrorKind::WriteZero,
        "the server's io::Error comes back as it was"
    );
    // Through the plain `Read` form, too.
    let reader = ReadCall::new(pipe);
    let mut rest = vec![0; 10];
    reader.begin_read(rest.clone()).unwrap();
    assert_eq!(reader.finish_read(&mut rest).unwrap().unwrap(), 2);
    assert_eq!(&rest[..2], b"lo");
    call.begin_close().unwrap();
    call.finish_close().unwrap().unwrap();
}

/// `redis::RedisError`, in short.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedisError(pub String);

/// `redis::RedisResult`.
pub type RedisResult<T> = Result<T, RedisError>;

/// `redis::Commands`, the subset every user meets first.
#[async_interface]
pub trait Commands {
    /// `GET key`.
    fn get(&mut self, key: &str) -> RedisResult<Option<String>>;
    /// `SET key value`.
    fn set(&mut self, key: &str, value: &str) -> RedisResult<()>;
    /// `INCRBY key delta`: the new value.
    fn incr(&mut self, key: &str, delta: i64) -> RedisResult<i64>;
    /// `DEL key`: how many keys were removed.
    fn del(&mut self, key: &str) -> RedisResult<usize>;
    /// `EXISTS key`.
    fn exists(&mut self, key: &str) -> RedisResult<bool>;
}

/// An in-memory "connection".
#[derive(Default)]
struct Connection(HashMap<String, String>);

impl Commands for Connection {
    fn get(&mut self, key: &str) -> RedisResult<Option<String>> {
        Ok(self.0.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> RedisResult<()> {
        self.0.insert(key.to_owned(), value.to_owned());
        Ok(())
    }
    fn incr(&mut self, key: &str, delta: i64) -> RedisResult<i64> {
        let entry = self.0.entry(key.to_owned()).or_insert_with(|| "0".into());
        let value: i64 = entry
            .parse()
            .map_err(|_| RedisError("ERR value is not an integer or out of range".into()))?;
        *entry = (value + delta).to_string();
        Ok(value + delta)
    }
    fn del(&mut self, key: &str) -> RedisResult<usize> {
        Ok(usize::from(self.0.remove(key).is_some()))
    }
    fn exists(&mut self, key: &str) -> RedisResult<bool> {
        Ok(self.0.contains_key(key))
    }
}

#[test]
fn redis_commands_round_trip() {
    let call = CommandsCall::new(Arc::new(Mutex::new(Connection::default())));
    call.begin_set("greeting".into(), "hi".into()).unwrap();
    assert_eq!(call.finish_set(), Ok(Ok(())));
    call.begin_get("greeting".into()).unwrap();
    assert_eq!(call.finish_get(), Ok(Ok(Some("hi".to_owned()))));
    call.begin_incr("visits".into(), 2).unwrap();
    assert_eq!(call.finish_incr(), Ok(Ok(2)));
    call.begin_incr("visits".into(), 3).unwrap();
    assert_eq!(call.finish_incr(), Ok(Ok(5)));
    call.begin_incr("greeting".into(), 1).unwrap();
    assert!(matches!(call.finish_incr(), Ok(Err(RedisError(_)))));
    call.begin_exists("visits".into()).unwrap();
    assert_eq!(call.finish_exists(), Ok(Ok(true)));
    call.begin_del("visits".into()).unwrap();
    assert_eq!(call.finish_del(), Ok(Ok(1)));
    call.begin_exists("visits".into()).unwrap();
    assert_eq!(call.finish_exists(), Ok(Ok(false)));
}
