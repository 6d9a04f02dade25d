//! Apartments (COM's single-threaded apartment): a `!Send` server lives on a thread of its
//! own, and a call object over it works like one over any server.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};
use std::thread::ThreadId;
use std::time::Duration;

use async_interface::apartment::Apartment;
use async_interface::prelude::*;

/// How long a test waits for something that must happen before calling it a hang.
const PATIENCE: Duration = Duration::from_secs(20);

#[async_interface]
pub trait ILog {
    /// Appends `entry`; returns the thread the server ran on and the log's length.
    fn push(&self, entry: &str) -> (ThreadId, usize);
    /// The entries so far.
    fn entries(&self) -> Vec<String>;
    /// Appends the log's entries to `out` (in/out); returns how many.
    fn drain_into(&self, out: &mut Vec<String>) -> usize;
    /// Panics (a server fault).
    fn fail(&self, message: &str);
    /// Holds the apartment's thread until `gate` opens.
    fn hold(&self, gate: Gate);
}

/// Opens when its sender sends (or is dropped).
pub struct Gate(pub std::sync::mpsc::Receiver<()>);

/// `Rc<RefCell<..>>`: neither `Send` nor `Sync`. Reports its drop (on its own thread).
struct RcLog {
    entries: Rc<RefCell<Vec<String>>>,
    dropped: Sender<ThreadId>,
}

impl ILog for RcLog {
    fn push(&self, entry: &str) -> (ThreadId, usize) {
        self.entries.borrow_mut().push(entry.to_owned());
        (std::thread::current().id(), self.entries.borrow().len())
    }
    fn entries(&self) -> Vec<String> {
        self.entries.borrow().clone()
    }
    fn drain_into(&self, out: &mut Vec<String>) -> usize {
        let entries = self.entries.borrow();
        out.extend(entries.iter().cloned());
        entries.len()
    }
    fn fail(&self, message: &str) {
        panic!("{message}");
    }
    fn hold(&self, gate: Gate) {
        let _ = gate.0.recv_timeout(PATIENCE);
    }
}

impl Drop for RcLog {
    fn drop(&mut self) {
        let _ = self.dropped.send(std::thread::current().id());
    }
}

fn start() -> (Arc<Apartment<RcLog>>, std::sync::mpsc::Receiver<ThreadId>) {
    let (dropped, drops) = channel();
    let apartment = Apartment::start(move || RcLog {
        entries: Rc::new(RefCell::new(Vec::new())),
        dropped,
    });
    (Arc::new(apartment), drops)
}

#[test]
fn calls_from_many_clients_run_one_at_a_time_on_the_apartments_thread() {
    let (apartment, _drops) = start();
    // Several call objects (one per client thread) over the same apartment.
    let mut threads = Vec::new();
    for client in 0..4 {
        let call = ILogCall::in_apartment(Arc::clone(&apartment));
        threads.push(std::thread::spawn(move || {
            let mut seen = Vec::new();
            for i in 0..25 {
                call.begin_push(format!("{client}:{i}")).unwrap();
                seen.push(call.finish_push().unwrap());
            }
            seen
        }));
    }
    let mut server_threads = std::collections::HashSet::new();
    let mut lengths = Vec::new();
    for thread in threads {
        for (id, len) in thread.join().unwrap() {
            server_threads.insert(id);
            lengths.push(len);
        }
    }
    assert_eq!(
        server_threads.len(),
        1,
        "every call ran on the one apartment thread"
    );
    assert!(!server_threads.contains(&std::thread::current().id()));
    lengths.sort_unstable();
    assert_eq!(
        lengths,
        (1..=100).collect::<Vec<_>>(),
        "one at a time: each call saw its own length"
    );
}

#[test]
fn calls_wait_their_turn_and_run_in_the_order_they_were_begun() {
    let (apartment, _drops) = start();
    // The first call holds the apartment's thread until the gate opens.
    let (open, gate) = channel::<()>();
    let holder = ILogCall::in_apartment(Arc::clone(&apartment));
    holder.begin_hold(Gate(gate)).unwrap();
    let calls: Vec<_> = (0..10)
        .map(|_| ILogCall::in_apartment(Arc::clone(&apartment)))
        .collect();
    for (i, call) in calls.iter().enumerate() {
        call.begin_push(format!("ordered {i}")).unwrap();
    }
    std::thread::sleep(Duration::from_millis(50));
    assert!(
        calls.iter().all(|call| call.state() == CallState::Pending),
        "one at a time: nothing runs while the apartment is busy"
    );
    open.send(()).unwrap();
    assert_eq!(holder.finish_hold(), Ok(()));
    let lengths: Vec<usize> = calls
        .iter()
        .map(|call| call.finish_push().unwrap().1)
        .collect();
    assert_eq!(lengths, (1..=10).collect::<Vec<_>>(), "arrival order");
    holder.begin_entries().unwrap();
    let expected: Vec<String> = (0..10).map(|i| format!("ordered {i}")).collect();
    assert_eq!(holder.finish_entries(), Ok(expected));
}

#[test]
fn posted_calls_keep_their_order() {
    // The apartment serves its queue in order: calls that reached it one after another
    // (each begun after the previous one was posted) see each other's effects in order.
    let (apartment, _drops) = start();
    let call = ILogCall::in_apartment(Arc::clone(&apartment));
    let mut expected = Vec::new();
    for i in 0..20 {
        call.begin_push(format!("{i}")).unwrap();
        call.wait(PATIENCE).unwrap();
        assert_eq!(call.finish_push().unwrap().1, i + 1);
        expected.push(format!("{i}"));
    }
    call.begin_entries().unwrap();
    assert_eq!(call.finish_entries(), Ok(expected.clone()));
    let mut out = vec!["before".to_owned()];
    call.begin_drain_into(Vec::new()).unwrap();
    assert_eq!(call.finish_drain_into(&mut out), Ok(20));
    assert_eq!(
        out, expected,
        "the in/out value comes back from the apartment"
    );
}

#[test]
fn a_panic_ends_that_call_with_server_fault_and_the_apartment_goes_on() {
    let (apartment, _drops) = start();
    let call = ILogCall::in_apartment(Arc::clone(&apartment));
    call.begin_push("first".into()).unwrap();
    let (thread, _) = call.finish_push().unwrap();
    call.begin_fail("boom".into()).unwrap();
    assert_eq!(
        call.finish_fail(),
        Err(CallError::ServerFault {
            message: "boom".into()
        }),
        "the fault carries the panic's message"
    );
    call.begin_push("after the fault".into()).unwrap();
    assert_eq!(
        call.finish_push(),
        Ok((thread, 2)),
        "same thread, same server, its state intact"
    );
}

#[test]
fn the_apartment_ends_after_its_last_handle_is_dropped() {
    let (apartment, drops) = start();
    let call = ILogCall::in_apartment(Arc::clone(&apartment));
    let other = ILogCall::in_apartment(apartment);
    call.begin_push("x".into()).unwrap();
    let (thread, _) = call.finish_push().unwrap();
    drop(call);
    assert!(
        drops.recv_timeout(Duration::from_millis(50)).is_err(),
        "a handle is left: the server lives on"
    );
    // A call in flight when the last handle goes still runs (fire and forget); then the
    // server is dropped, on its own thread, and the thread ends.
    other.begin_push("last".into()).unwrap();
    drop(other);
    assert_eq!(drops.recv_timeout(PATIENCE), Ok(thread));
}

/// A trait with a `&mut self` method: the apartment holds the server in a `RefCell`.
#[async_interface]
pub trait ICounter {
    /// Adds `by`; returns the new count.
    fn add(&mut self, by: u32) -> u32;
    /// The count.
    fn get(&self) -> u32;
}

struct RcCounter(Rc<u32>);

impl ICounter for RcCounter {
    fn add(&mut self, by: u32) -> u32 {
        self.0 = Rc::new(*self.0 + by);
        *self.0
    }
    fn get(&self) -> u32 {
        *self.0
    }
}

#[test]
fn mut_self_methods_in_an_apartment() {
    let apartment = Arc::new(Apartment::start(|| RefCell::new(RcCounter(Rc::new(0)))));
    let call = ICounterCall::in_apartment(apartment);
    call.begin_add(2).unwrap();
    assert_eq!(call.finish_add(), Ok(2));
    call.begin_add(3).unwrap();
    assert_eq!(call.finish_add(), Ok(5));
    call.begin_get().unwrap();
    assert_eq!(call.finish_get(), Ok(5));
}
