//! An apartment (COM: a single-threaded apartment): a server that must stay on one thread
//! (here an `Rc<RefCell<..>>` cache, which is `!Send`) is built on a thread of its own and
//! served there, one call at a time, in the order the calls were begun. The client's code
//! is the same as for any server: `begin_`, `wait`, `finish_`.
//!
//! Run with `cargo run --example apartment`; it exits non-zero if anything misbehaves.

use std::cell::RefCell;
use std::collections::HashMap;
use std::process::ExitCode;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};
use std::thread::{self, ThreadId};
use std::time::Duration;

use async_interface::apartment::Apartment;
use async_interface::prelude::*;

/// A cache of computed values.
#[async_interface]
pub trait ICache {
    /// The value of `key`, computed on first use; also the thread that answered.
    fn get(&self, key: &str) -> (usize, ThreadId);
    /// How many keys are cached.
    fn count(&self) -> usize;
    /// Fails loudly for an empty key (to show a server fault).
    fn check(&self, key: &str) -> bool;
}

/// `Rc<RefCell<..>>` inside: it cannot be sent to or shared with another thread.
struct RcCache {
    values: Rc<RefCell<HashMap<String, usize>>>,
    /// Tells `main` which thread the cache was dropped on.
    dropped: Sender<ThreadId>,
}

impl ICache for RcCache {
    fn get(&self, key: &str) -> (usize, ThreadId) {
        let value = *self
            .values
            .borrow_mut()
            .entry(key.to_owned())
            .or_insert_with(|| key.len() * 10);
        (value, thread::current().id())
    }
    fn count(&self) -> usize {
        self.values.borrow().len()
    }
    fn check(&self, key: &str) -> bool {
        assert!(!key.is_empty(), "an empty key");
        true
    }
}

impl Drop for RcCache {
    fn drop(&mut self) {
        let _ = self.dropped.send(thread::current().id());
    }
}

fn check(ok: bool, what: &str) -> Result<(), String> {
    if ok {
        println!("ok: {what}");
        Ok(())
    } else {
        Err(format!("FAILED: {what}"))
    }
}

fn run() -> Result<(), String> {
    let (dropped, drops) = channel();
    // The constructor runs on the apartment's thread; the cache never leaves it.
    let apartment = Arc::new(Apartment::start(move || RcCache {
        values: Rc::new(RefCell::new(HashMap::new())),
        dropped,
    }));
    let call = ICacheCall::in_apartment(Arc::clone(&apartment));
    println!("{call:?}");

    call.begin_get("alpha".into()).map_err(|e| e.to_string())?;
    call.wait(Duration::from_secs(10))
        .map_err(|e| e.to_string())?;
    let (value, home) = call.finish_get().map_err(|e| e.to_string())?;
    check(value == 50, "get(\"alpha\") computed 50")?;
    check(home != thread::current().id(), "on the apartment's thread")?;

    // Two clients on other threads, each with its own call object over the apartment.
    let clients: Vec<_> = ["beta", "gamma"]
        .into_iter()
        .map(|key| {
            let call = ICacheCall::in_apartment(Arc::clone(&apartment));
            thread::spawn(move || {
                call.begin_get(key.into()).unwrap();
                call.finish_get().unwrap()
            })
        })
        .collect();
    for client in clients {
        let (_, thread) = client.join().map_err(|_| "a client panicked")?;
        check(
            thread == home,
            "another client's call ran on the same thread",
        )?;
    }
    call.begin_count().map_err(|e| e.to_string())?;
    check(call.finish_count() == Ok(3), "three keys cached")?;

    call.begin_check(String::new()).map_err(|e| e.to_string())?;
    check(
        matches!(call.finish_check(), Err(CallError::ServerFault { .. })),
        "a panic in the server is a ServerFault",
    )?;
    call.begin_count().map_err(|e| e.to_string())?;
    check(
        call.finish_count() == Ok(3),
        "and the apartment serves on, its state intact",
    )?;

    drop(call);
    drop(apartment);
    check(
        drops.recv_timeout(Duration::from_secs(10)) == Ok(home),
        "the last handle gone, the cache is dropped on its own thread",
    )
}

fn main() -> ExitCode {
    // The deliberate panic above prints through the default hook; say so first.
    println!("(one server panic below is part of the example)");
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
