//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/core/src/fmt/mod.rs`, `pub trait Write`.
//! Copied: the three methods with their signatures; docs cut to each item's first
//! paragraph. `write_fmt`'s body (a specialization, unstable) is a stand-in (marked).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: mut-self, ref-param, borrow-in-value-param, provided-method
//! Expect: accepted (`write_str`, `write_char`; `write_fmt`'s `Arguments<'_>` has no owned form: open)

use std::fmt::{Arguments, Result};
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// A trait for writing or formatting into Unicode-accepting buffers or streams.
#[async_interface]
pub trait Write {
    /// Writes a string slice into this writer, returning whether the write
    /// succeeded.
    fn write_str(&mut self, s: &str) -> Result;

    /// Writes a [`char`] into this writer, returning whether the write succeeded.
    fn write_char(&mut self, c: char) -> Result {
        self.write_str(c.encode_utf8(&mut [0; char::MAX_LEN_UTF8]))
    }

    /// Glue for usage of the [`write!`] macro with implementors of this trait.
    fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        // Stand-in body: core's `SpecWriteFmt` specialization.
        self.write_str(&args.to_string())
    }
}

/// A server: a `String`.
struct Text(String);

impl Write for Text {
    fn write_str(&mut self, s: &str) -> Result {
        self.0.push_str(s);
        Ok(())
    }
}

fn exercise() {
    let text = Arc::new(Mutex::new(Text(String::new())));
    let call = WriteCall::new(Arc::clone(&text));
    call.begin_write_str("hello".to_owned()).unwrap();
    assert_eq!(call.finish_write_str().unwrap(), Ok(()));
    call.begin_write_char('!').unwrap();
    assert_eq!(call.finish_write_char().unwrap(), Ok(()));
    assert_eq!(text.lock().unwrap().0, "hello!");
}

fn main() {
    exercise();
}
