//! Origin: crates.io package redis 1.6.0 (repository redis-rs/redis-rs),
//! `src/connection.rs`, `pub trait ConnectionLike`.
//! Copied: the trait verbatim with its provided bodies (docs cut to each item's first paragraph). Stand-ins, marked: `Value`, `Cmd`, `RedisError`, `RedisResult` (redis' own are larger).
//! License of the original: BSD-3-Clause.
//! Shapes: mut-self, ref-param, provided-method
//! Expect: accepted (`&Cmd` goes to `begin_req_command` owned)

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Stand-in: redis' `Value` (some of its variants).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A nil response from the server.
    Nil,
    /// An integer response.
    Int(i64),
    /// An arbitrary binary data.
    BulkString(Vec<u8>),
    /// A simple string response.
    SimpleString(String),
}

/// Stand-in: redis' `Cmd` (the arguments only).
#[derive(Debug, Clone, PartialEq)]
pub struct Cmd {
    args: Vec<Vec<u8>>,
}

impl Cmd {
    /// `redis::cmd(name)`.
    pub fn new(name: &str) -> Cmd {
        Cmd { args: vec![name.as_bytes().to_vec()] }
    }
    /// `Cmd::arg`.
    pub fn arg(mut self, arg: &str) -> Cmd {
        self.args.push(arg.as_bytes().to_vec());
        self
    }
    /// `Cmd::get_packed_command`: the RESP encoding.
    pub fn get_packed_command(&self) -> Vec<u8> {
        let mut out = format!("*{}\r\n", self.args.len()).into_bytes();
        for arg in &self.args {
            out.extend_from_slice(format!("${}\r\n", arg.len()).as_bytes());
            out.extend_from_slice(arg);
            out.extend_from_slice(b"\r\n");
        }
        out
    }
}

/// Stand-in: redis' `RedisError`.
#[derive(Debug, Clone, PartialEq)]
pub struct RedisError(pub String);

/// Stand-in: redis' `RedisResult<T>`.
pub type RedisResult<T> = Result<T, RedisError>;

/// Implements the "stateless" part of the connection interface that is used by the
/// different objects in redis-rs.
#[async_interface]
pub trait ConnectionLike {
    /// Sends an already encoded (packed) command into the TCP socket and
    /// reads the single response from it.
    fn req_packed_command(&mut self, cmd: &[u8]) -> RedisResult<Value>;

    /// Sends multiple already encoded (packed) command into the TCP socket
    /// and reads `count` responses from it.  This is used to implement
    /// pipelining.
    #[doc(hidden)]
    fn req_packed_commands(
        &mut self,
        cmd: &[u8],
        offset: usize,
        count: usize,
    ) -> RedisResult<Vec<Value>>;

    /// Sends a [Cmd] into the TCP socket and reads a single response from it.
    fn req_command(&mut self, cmd: &Cmd) -> RedisResult<Value> {
        let pcmd = cmd.get_packed_command();
        self.req_packed_command(&pcmd)
    }

    /// Returns the database this connection is bound to.  Note that this
    /// information might be unreliable because it's initially cached and
    /// also might be incorrect if the connection like object is not
    /// actually connected.
    fn get_db(&self) -> i64;

    /// Does this connection support pipelining?
    #[doc(hidden)]
    fn supports_pipelining(&self) -> bool {
        true
    }

    /// Check that all connections it has are available (`PING` internally).
    fn check_connection(&mut self) -> bool;

    /// Returns the connection status.
    fn is_open(&self) -> bool;
}

/// A server: answers `PING` and counts the bytes it was sent.
struct Fake {
    received: usize,
}

impl ConnectionLike for Fake {
    fn req_packed_command(&mut self, cmd: &[u8]) -> RedisResult<Value> {
        self.received += cmd.len();
        if cmd.windows(4).any(|w| w == b"PING") {
            Ok(Value::SimpleString("PONG".to_owned()))
        } else {
            Err(RedisError("ERR unknown command".to_owned()))
        }
    }
    fn req_packed_commands(&mut self, cmd: &[u8], _offset: usize, count: usize) -> RedisResult<Vec<Value>> {
        self.received += cmd.len();
        Ok(vec![Value::Nil; count])
    }
    fn get_db(&self) -> i64 {
        0
    }
    fn check_connection(&mut self) -> bool {
        true
    }
    fn is_open(&self) -> bool {
        true
    }
}

fn exercise() {
    let call = ConnectionLikeCall::new(Arc::new(Mutex::new(Fake { received: 0 })));
    call.begin_req_command(Cmd::new("PING")).unwrap();
    assert_eq!(call.finish_req_command().unwrap(), Ok(Value::SimpleString("PONG".to_owned())));
    call.begin_req_packed_command(Cmd::new("GET").arg("k").get_packed_command()).unwrap();
    assert!(call.finish_req_packed_command().unwrap().is_err());
}

fn main() {
    exercise();
}
