//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/std/src/io/mod.rs`, `pub trait BufRead: Read`.
//! Copied: every stable method with its signature, `where` clause and provided body;
//! docs cut to each item's first paragraph; the unstable `has_data_left` left out.
//! The supertrait is std's own `io::Read`, as in std (a plain trait, not an interface).
//! Bodies that call std's private helpers are stand-ins (marked).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: plain-supertrait, mut-self, borrowed-return, mut-ref-param, provided-method, where-self-sized, self-by-value
//! Expect: accepted (`fill_buf` comes back as `Result<Vec<u8>>`; `split`/`lines` left out)

use std::io::{Read, Result};
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Stand-in: std's `io::Split<B>`.
pub struct Split<B> {
    #[allow(dead_code)]
    buf: B,
    #[allow(dead_code)]
    delim: u8,
}

/// Stand-in: std's `io::Lines<B>`.
pub struct Lines<B> {
    #[allow(dead_code)]
    buf: B,
}

/// Stand-in: std's private `io::read_until`.
fn read_until<R: BufRead + ?Sized>(r: &mut R, delim: u8, buf: &mut Vec<u8>) -> Result<usize> {
    let mut read = 0;
    loop {
        let (done, used) = {
            let available = r.fill_buf()?;
            match available.iter().position(|&b| b == delim) {
                Some(i) => {
                    buf.extend_from_slice(&available[..=i]);
                    (true, i + 1)
                }
                None => {
                    buf.extend_from_slice(available);
                    (available.is_empty(), available.len())
                }
            }
        };
        r.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

/// A `BufRead` is a type of `Read`er which has an internal buffer, allowing it
/// to perform extra ways of reading.
#[async_interface(bounds(Read))]
pub trait BufRead: Read {
    /// Returns the contents of the internal buffer, filling it with more data, via `Read` methods, if empty.
    fn fill_buf(&mut self) -> Result<&[u8]>;

    /// Marks the given `amount` of additional bytes from the internal buffer as having been read.
    /// Subsequent calls to `read` only return bytes that have not been marked as read.
    fn consume(&mut self, amount: usize);

    /// Reads all bytes into `buf` until the delimiter `byte` or EOF is reached.
    fn read_until(&mut self, byte: u8, buf: &mut Vec<u8>) -> Result<usize> {
        read_until(self, byte, buf)
    }

    /// Skips all bytes until the delimiter `byte` or EOF is reached.
    fn skip_until(&mut self, byte: u8) -> Result<usize> {
        // Stand-in body: std's private `skip_until`.
        read_until(self, byte, &mut Vec::new())
    }

    /// Reads all bytes until a newline (the `0xA` byte) is reached, and append
    /// them to the provided `String` buffer.
    fn read_line(&mut self, buf: &mut String) -> Result<usize> {
        // Stand-in body: std's private `append_to_string`.
        let mut bytes = Vec::new();
        let n = read_until(self, b'\n', &mut bytes)?;
        buf.push_str(&String::from_utf8(bytes).map_err(std::io::Error::other)?);
        Ok(n)
    }

    /// Returns an iterator over the contents of this reader split on the byte
    /// `byte`.
    fn split(self, byte: u8) -> Split<Self>
    where
        Self: Sized,
    {
        Split { buf: self, delim: byte }
    }

    /// Returns an iterator over the lines of this reader.
    fn lines(self) -> Lines<Self>
    where
        Self: Sized,
    {
        Lines { buf: self }
    }
}

/// A server: lines of text in memory.
struct Text {
    bytes: Vec<u8>,
    pos: usize,
}

impl Read for Text {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        let n = buf.len().min(self.bytes.len() - self.pos);
        buf[..n].copy_from_slice(&self.bytes[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

impl BufRead for Text {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        Ok(&self.bytes[self.pos..])
    }
    fn consume(&mut self, amount: usize) {
        self.pos += amount;
    }
}

fn exercise() {
    let text = Text { bytes: b"first\nsecond\n".to_vec(), pos: 0 };
    let call = BufReadCall::new(Arc::new(Mutex::new(text)));
    let mut line = String::from("> ");
    call.begin_read_line(line.clone()).unwrap();
    assert_eq!(call.finish_read_line(&mut line).unwrap().unwrap(), 6);
    assert_eq!(line, "> first\n");
    call.begin_fill_buf().unwrap();
    assert_eq!(call.finish_fill_buf().unwrap().unwrap(), b"second\n".to_vec());
}

fn main() {
    exercise();
}
