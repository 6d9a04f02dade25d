// A server that is `Send` but not `Sync`, as rusqlite's `Connection` is (it keeps its
// state in a `RefCell`): one error, at the server, saying what to do.
use std::cell::RefCell;
use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
pub trait INotes {
    fn add(&self, note: &str) -> usize;
}

pub struct Connection {
    notes: RefCell<Vec<String>>,
}

impl INotes for Connection {
    fn add(&self, note: &str) -> usize {
        self.notes.borrow_mut().push(note.to_owned());
        self.notes.borrow().len()
    }
}

fn main() {
    let connection = Connection { notes: RefCell::default() };
    let _call = INotesCall::new(Arc::new(connection));
}
