//! Origin: crates.io package log 0.4.35 (repository rust-lang/log), `src/lib.rs`, `pub
//! trait Log: Sync + Send`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph). Stand-ins,
//! marked: `Level`, `Metadata<'a>`, `Record<'a>` with the crate's derives and a subset
//! of their fields (log's own have private fields and builders).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: marker-supertrait, ref-param, lifetime-in-path
//! Expect: rejected, with the macro's own "borrows" error (`&Metadata` is `&Metadata<'_>`: the value borrows the caller's strings and has no owned form); no exercise

use std::fmt;

use async_interface::prelude::*;

/// Stand-in: log's `Level`.
#[repr(usize)]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Level {
    /// The "error" level.
    Error = 1,
    /// The "warn" level.
    Warn,
    /// The "info" level.
    Info,
    /// The "debug" level.
    Debug,
    /// The "trace" level.
    Trace,
}

/// Stand-in: log's `Metadata<'a>` (fields public here; log's have accessors).
#[derive(Clone, Eq, PartialEq, Ord, PartialOrd, Hash, Debug)]
pub struct Metadata<'a> {
    /// `level()`.
    pub level: Level,
    /// `target()`.
    pub target: &'a str,
}

/// Stand-in: log's `Record<'a>` (a subset of its fields).
#[derive(Clone, Debug)]
pub struct Record<'a> {
    /// `metadata()`.
    pub metadata: Metadata<'a>,
    /// `args()`.
    pub args: fmt::Arguments<'a>,
    /// `line()`.
    pub line: Option<u32>,
}

/// A trait encapsulating the operations required of a logger.
#[async_interface]
pub trait Log: Sync + Send {
    /// Determines if a log message with the specified metadata would be
    /// logged.
    fn enabled(&self, metadata: &Metadata) -> bool;

    /// Logs the `Record`.
    fn log(&self, record: &Record);

    /// Flushes any buffered records.
    fn flush(&self);
}

/// A server: a logger that keeps warnings and errors.
struct Keep(std::sync::Mutex<Vec<String>>);

impl Log for Keep {
    fn enabled(&self, metadata: &Metadata) -> bool {
        metadata.level <= Level::Warn
    }
    fn log(&self, record: &Record) {
        if self.enabled(&record.metadata) {
            self.0.lock().unwrap().push(record.args.to_string());
        }
    }
    fn flush(&self) {}
}

fn main() {
    let keep = Keep(Default::default());
    keep.log(&Record {
        metadata: Metadata { level: Level::Error, target: "main" },
        args: format_args!("disk full"),
        line: Some(1),
    });
    assert_eq!(keep.0.lock().unwrap().len(), 1);
}
