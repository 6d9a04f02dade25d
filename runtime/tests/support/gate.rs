//! A gate that held server methods wait at until the test opens it. Shared with the
//! facade crate's tests (`#[path]`), so it uses std only.

use std::sync::{Condvar, Mutex};
use std::time::Duration;

#[derive(Default)]
pub struct Gate {
    open: Mutex<bool>,
    opened: Condvar,
}

impl Gate {
    /// Lets every waiter through, now and from now on.
    pub fn open(&self) {
        *self.open.lock().unwrap() = true;
        self.opened.notify_all();
    }

    /// Waits until the gate is open, or `patience` has passed (a test that forgot to open
    /// it fails on its own assertions instead of hanging).
    pub fn wait(&self, patience: Duration) {
        let open = self.open.lock().unwrap();
        let _open = self
            .opened
            .wait_timeout_while(open, patience, |open| !*open)
            .unwrap();
    }
}
