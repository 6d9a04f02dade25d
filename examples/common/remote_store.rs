//! The interface shared by `remote_server` and `remote_client`: both build it from this
//! file, as two processes would from one crate.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Duration;

use async_interface::prelude::*;

/// A key-value store that lives in a server process.
#[async_interface(remote)]
pub trait IRemoteStore {
    /// Stores `value` under `key`; returns the value it replaces.
    fn put(&self, key: &str, value: Vec<u8>) -> Option<Vec<u8>>;
    /// The value under `key`.
    fn get(&self, key: &str) -> Option<Vec<u8>>;
    /// Sums `0..n` slowly (one step per millisecond), stopping early when cancelled or
    /// when the call's deadline passes: `Err` says where it stopped.
    fn slow_sum(&self, n: u64) -> Result<u64, String>;
}

/// The server's implementation: a map behind a lock.
#[derive(Default)]
pub struct MemoryStore {
    map: Mutex<BTreeMap<String, Vec<u8>>>,
}

impl IRemoteStore for MemoryStore {
    fn put(&self, key: &str, value: Vec<u8>) -> Option<Vec<u8>> {
        self.map.lock().unwrap().insert(key.to_owned(), value)
    }

    fn get(&self, key: &str) -> Option<Vec<u8>> {
        self.map.lock().unwrap().get(key).cloned()
    }

    fn slow_sum(&self, n: u64) -> Result<u64, String> {
        let mut sum = 0;
        for i in 0..n {
            // The client's cancel, or the deadline it set, reaches this loop.
            if async_interface::test_cancel().is_err() {
                return Err(format!("cancelled after {i} of {n} steps"));
            }
            std::thread::sleep(Duration::from_millis(1));
            sum += i;
        }
        Ok(sum)
    }
}
