//! Issue 16, finding 2 (SPEC 12): "a call cancelled before a worker picks it up never
//! runs", in every mode. The apartment broke it: a call cancelled while the apartment
//! was busy ended as `Canceled` for its client, and then ran anyway.
// Under Miri the tests that fill the pool are left out, and their helpers unused.
#![cfg_attr(miri, allow(dead_code, unused_imports))]

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

use async_interface::prelude::*;
use async_interface_runtime::apartment::Apartment;
use async_interface_runtime::{
    Call, CallError, CallState, CancelMethodCalls, Dispatch, Responder, Serve,
};

#[async_interface]
pub trait ICount {
    fn count(&self) -> usize;
}

struct Counter(Arc<AtomicUsize>);

impl ICount for Counter {
    fn count(&self) -> usize {
        self.0.fetch_add(1, Ordering::SeqCst) + 1
    }
}

#[test]
fn a_call_cancelled_while_its_apartment_is_busy_never_runs() {
    let ran = Arc::new(AtomicUsize::new(0));
    let apartment = {
        let ran = Arc::clone(&ran);
        Arc::new(Apartment::start(move || Counter(ran)))
    };
    // Keep the apartment's thread busy until told.
    let (release, busy) = mpsc::channel::<()>();
    apartment.post(move |_| {
        let _ = busy.recv_timeout(Duration::from_secs(30));
    });
    let call = ICountCall::in_apartment(Arc::clone(&apartment));
    call.begin_count().unwrap();
    assert_eq!(call.cancel(Duration::ZERO), Ok(()));
    assert_eq!(call.finish_count(), Err(CallError::Canceled));
    release.send(()).unwrap();
    // Every job posted before this one has run when it does.
    let (flushed, flush) = mpsc::channel();
    apartment.post(move |_| flushed.send(()).unwrap());
    flush.recv_timeout(Duration::from_secs(30)).unwrap();
    assert_eq!(ran.load(Ordering::SeqCst), 0, "the cancelled call ran");
    // The apartment serves the next call.
    call.begin_count().unwrap();
    assert_eq!(call.finish_count(), Ok(1));
}

struct Counted(Arc<AtomicUsize>);

impl Dispatch for Counted {
    type Request = ();
    type Reply = ();
    fn dispatch(&self, (): ()) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

/// A native server that counts the calls it was handed.
struct NativeCounted(Arc<AtomicUsize>);

impl Serve for NativeCounted {
    type Request = ();
    type Reply = ();
    fn serve(&self, (): (), responder: &Responder<'_, Self>) -> Option<()> {
        self.0.fetch_add(1, Ordering::SeqCst);
        responder.defer(|()| ()).complete(());
        None
    }
}

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Begins a call with every worker taken, cancels it, frees the pool, and checks that
/// the server never saw it.
fn cancel_while_queued<S: Serve<Request = (), Reply = ()>>(server: S, ran: &AtomicUsize) {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let pool = support::saturate();
    let call = Call::new(server);
    call.begin("ICount::count", ()).unwrap();
    assert_eq!(call.state(), CallState::Pending);
    assert_eq!(call.cancel(Duration::ZERO), Ok(()));
    assert_eq!(call.finish("ICount::count"), Err(CallError::Canceled));
    drop(pool);
    // The queue entry left behind is met by a worker now: it must find nothing to run.
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(ran.load(Ordering::SeqCst), 0, "the cancelled call ran");
    call.begin("ICount::count", ()).unwrap();
    assert!(call.finish("ICount::count").is_ok());
    assert_eq!(ran.load(Ordering::SeqCst), 1);
}

// Filling the pool takes 512 threads: not under Miri, where that takes hours.
#[cfg(not(miri))]
#[test]
fn a_call_cancelled_while_queued_on_the_pool_never_runs() {
    let ran = Arc::new(AtomicUsize::new(0));
    cancel_while_queued(Counted(Arc::clone(&ran)), &ran);
}

#[cfg(not(miri))]
#[test]
fn a_native_call_cancelled_while_queued_never_reaches_its_server() {
    let ran = Arc::new(AtomicUsize::new(0));
    cancel_while_queued(NativeCounted(Arc::clone(&ran)), &ran);
}
