//! Origin: crates.io package raft 0.7.0 (repository tikv/raft-rs), `src/storage.rs`, `pub
//! trait Storage`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph). Stand-ins, marked: `RaftState`, `Entry`, `Snapshot`, `GetEntriesContext`, `Error`, `Result` (raft's are protobuf messages).
//! License of the original: Apache-2.0.
//! Shapes: impl-trait-arg
//! Expect: accepted? (`entries` takes `max_size: impl Into<Option<u64>>`: an owned form `Option<u64>` is what issue 12 item 3 asks to design; the rest is plain)
#![allow(dead_code, unused_imports)]

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Stand-in: raft's `RaftState` (hard state and conf state, reduced).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RaftState {
    /// `hard_state.term`.
    pub term: u64,
    /// `conf_state.voters`.
    pub voters: Vec<u64>,
}

/// Stand-in: raft's `eraftpb::Entry` (reduced).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entry {
    /// `index`.
    pub index: u64,
    /// `term`.
    pub term: u64,
    /// `data`.
    pub data: Vec<u8>,
}

/// Stand-in: raft's `eraftpb::Snapshot` (reduced).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    /// `metadata.index`.
    pub index: u64,
}

/// Stand-in: raft's `GetEntriesContext`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GetEntriesContext(pub bool);

/// Stand-in: raft's `Error` (one variant).
#[derive(Debug, PartialEq)]
pub enum Error {
    /// A storage error.
    Store(String),
}

/// Stand-in: raft's `Result<T>`.
pub type Result<T> = std::result::Result<T, Error>;

/// Storage saves all the information about the current Raft implementation, including Raft Log,
/// commit index, the leader to vote for, etc.
#[async_interface]
pub trait Storage {
    /// `initial_state` is called when Raft is initialized. This interface will return a `RaftState`
    /// which contains `HardState` and `ConfState`.
    fn initial_state(&self) -> Result<RaftState>;

    /// Returns a slice of log entries in the range `[low, high)`.
    /// max_size limits the total size of the log entries returned if not `None`, however
    /// the slice of entries returned will always have length at least 1 if entries are
    /// found in the range.
    fn entries(
        &self,
        low: u64,
        high: u64,
        max_size: impl Into<Option<u64>>,
        context: GetEntriesContext,
    ) -> Result<Vec<Entry>>;

    /// Returns the term of entry idx, which must be in the range
    /// [first_index()-1, last_index()]. The term of the entry before
    /// first_index is retained for matching purpose even though the
    /// rest of that entry may not be available.
    fn term(&self, idx: u64) -> Result<u64>;

    /// Returns the index of the first log entry that is possible available via entries, which will
    /// always equal to `truncated index` plus 1.
    fn first_index(&self) -> Result<u64>;

    /// The index of the last entry replicated in the `Storage`.
    fn last_index(&self) -> Result<u64>;

    /// Returns the most recent snapshot.
    fn snapshot(&self, request_index: u64, to: u64) -> Result<Snapshot>;
}

/// A server: raft's `MemStorage`, in short.
struct MemStorage(Mutex<Vec<Entry>>);

impl Storage for MemStorage {
    fn initial_state(&self) -> Result<RaftState> {
        Ok(RaftState { term: 1, voters: vec![1] })
    }
    fn entries(&self, low: u64, high: u64, max_size: impl Into<Option<u64>>, _: GetEntriesContext) -> Result<Vec<Entry>> {
        let entries = self.0.lock().unwrap();
        let max = max_size.into().unwrap_or(u64::MAX) as usize;
        Ok(entries.iter().filter(|e| e.index >= low && e.index < high).take(max.max(1)).cloned().collect())
    }
    fn term(&self, idx: u64) -> Result<u64> {
        let entries = self.0.lock().unwrap();
        entries.iter().find(|e| e.index == idx).map(|e| e.term).ok_or(Error::Store("compacted".into()))
    }
    fn first_index(&self) -> Result<u64> {
        Ok(self.0.lock().unwrap().first().map_or(1, |e| e.index))
    }
    fn last_index(&self) -> Result<u64> {
        Ok(self.0.lock().unwrap().last().map_or(0, |e| e.index))
    }
    fn snapshot(&self, request_index: u64, _to: u64) -> Result<Snapshot> {
        Ok(Snapshot { index: request_index })
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`raft_storage.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let log = (1..=3).map(|index| Entry { index, term: 1, data: vec![index as u8] }).collect();
    let call = StorageCall::new(Arc::new(MemStorage(Mutex::new(log))));
    call.begin_last_index().unwrap();
    assert_eq!(call.finish_last_index().unwrap(), Ok(3));
    call.begin_entries(1, 3, Some(1), GetEntriesContext(false)).unwrap();
    let entries = call.finish_entries().unwrap().unwrap();
    assert_eq!(entries.len(), 1);
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
