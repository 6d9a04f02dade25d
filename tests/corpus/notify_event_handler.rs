//! Origin: crates.io package notify 8.2.0 (repository notify-rs/notify), `src/lib.rs`, `pub
//! trait EventHandler: Send + 'static`.
//! Copied: the trait verbatim (docs cut to the first paragraph). Stand-ins, marked:
//! notify-types' `Event` (kind and paths) and notify's `Error`, `Result`.
//! License of the original: CC0-1.0.
//! Shapes: marker-supertrait, mut-self
//! Expect: accepted

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Stand-in: notify's `Error` (a kind and the paths; reduced to a message).
#[derive(Debug)]
pub struct Error {
    /// What went wrong.
    pub message: String,
}

/// Stand-in: notify's `Result<T>`.
pub type Result<T> = std::result::Result<T, Error>;

/// Stand-in: notify-types' `Event` (its `kind` reduced to a string).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// `EventKind`.
    pub kind: &'static str,
    /// The paths the event is about.
    pub paths: Vec<PathBuf>,
}

/// The set of requirements for watcher event handling functions.
#[async_interface]
pub trait EventHandler: Send + 'static {
    /// Handles an event.
    fn handle_event(&mut self, event: Result<Event>);
}

/// A server: collects the events (notify implements the trait for an `mpsc::Sender`).
struct Collect(Vec<Event>);

impl EventHandler for Collect {
    fn handle_event(&mut self, event: Result<Event>) {
        if let Ok(event) = event {
            self.0.push(event);
        }
    }
}

fn exercise() {
    let events = Arc::new(Mutex::new(Collect(Vec::new())));
    let call = EventHandlerCall::new(Arc::clone(&events));
    let event = Event { kind: "create", paths: vec![PathBuf::from("/tmp/a")] };
    call.begin_handle_event(Ok(event.clone())).unwrap();
    call.finish_handle_event().unwrap();
    assert_eq!(events.lock().unwrap().0, vec![event]);
}

fn main() {
    exercise();
}
