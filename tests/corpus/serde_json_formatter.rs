//! Origin: crates.io package serde_json 1.0.154 (repository serde-rs/json), `src/ser.rs`,
//! `pub trait Formatter`.
//! Copied: the first seven of its ~40 methods and `begin_array`/`end_array`, in
//! declaration order (all have the same shape: provided, generic over the writer
//! `W: ?Sized + io::Write`); docs cut to each item's first paragraph. The bodies that use
//! the `itoa` crate are stand-ins using `to_string` (marked).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: generic-method, mut-self, provided-method, unsized-param
//! Expect: accepted with nothing in `AsyncFormatter` (every method is generic and left out); no exercise: nothing to begin

use std::io;

use async_interface::prelude::*;

/// This trait abstracts away serializing the JSON control characters, which allows the user to
/// optionally pretty print the JSON output.
#[async_interface]
pub trait Formatter {
    /// Writes a `null` value to the specified writer.
    #[inline]
    fn write_null<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        writer.write_all(b"null")
    }

    /// Writes a `true` or `false` value to the specified writer.
    #[inline]
    fn write_bool<W>(&mut self, writer: &mut W, value: bool) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        let s = if value {
            b"true" as &[u8]
        } else {
            b"false" as &[u8]
        };
        writer.write_all(s)
    }

    /// Writes an integer value like `-123` to the specified writer.
    #[inline]
    fn write_i8<W>(&mut self, writer: &mut W, value: i8) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        // Stand-in body: serde_json formats with `itoa::Buffer`.
        writer.write_all(value.to_string().as_bytes())
    }

    /// Writes an integer value like `-123` to the specified writer.
    #[inline]
    fn write_i16<W>(&mut self, writer: &mut W, value: i16) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        // Stand-in body: serde_json formats with `itoa::Buffer`.
        writer.write_all(value.to_string().as_bytes())
    }

    /// Writes an integer value like `-123` to the specified writer.
    #[inline]
    fn write_i32<W>(&mut self, writer: &mut W, value: i32) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        // Stand-in body: serde_json formats with `itoa::Buffer`.
        writer.write_all(value.to_string().as_bytes())
    }

    /// Writes an integer value like `-123` to the specified writer.
    #[inline]
    fn write_i64<W>(&mut self, writer: &mut W, value: i64) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        // Stand-in body: serde_json formats with `itoa::Buffer`.
        writer.write_all(value.to_string().as_bytes())
    }

    /// Writes an integer value like `-123` to the specified writer.
    #[inline]
    fn write_i128<W>(&mut self, writer: &mut W, value: i128) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        // Stand-in body: serde_json formats with `itoa::Buffer`.
        writer.write_all(value.to_string().as_bytes())
    }

    /// Called before every array.  Writes a `[` to the specified
    /// writer.
    #[inline]
    fn begin_array<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        writer.write_all(b"[")
    }

    /// Called after every array.  Writes a `]` to the specified
    /// writer.
    #[inline]
    fn end_array<W>(&mut self, writer: &mut W) -> io::Result<()>
    where
        W: ?Sized + io::Write,
    {
        writer.write_all(b"]")
    }
}

/// A server: serde_json's `CompactFormatter`.
struct CompactFormatter;

impl Formatter for CompactFormatter {}

fn main() {
    let mut out = Vec::new();
    CompactFormatter.begin_array(&mut out).unwrap();
    CompactFormatter.write_i32(&mut out, -7).unwrap();
    CompactFormatter.end_array(&mut out).unwrap();
    assert_eq!(out, b"[-7]");
}
