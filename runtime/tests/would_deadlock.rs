//! Issue 16, finding 3: a wait on a call that only the waiting thread can serve hung
//! forever. Now it fails at once with `CallError::WouldDeadlock`, and the call goes on.
//!
//! Every scenario runs under a watchdog, so that a hang fails the test.

use std::sync::{Arc, OnceLock, Weak, mpsc};
use std::time::Duration;

use async_interface::prelude::*;
use async_interface_runtime::apartment::Apartment;
use async_interface_runtime::executor::Inline;
use async_interface_runtime::{Call, CallError, CallOptions, Dispatch, Synchronize, WaitSet};

const METHOD: &str = "ISelf::go";

/// Runs `f` on a thread of its own; panics if it has not returned within 30 s.
fn within_30_s<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = done.send(f());
    });
    result
        .recv_timeout(Duration::from_secs(30))
        .unwrap_or_else(|_| panic!("{what}: hung (no answer within 30 s)"))
}

#[derive(Clone, Copy)]
enum Waits {
    Finish,
    Wait,
    TimedWait,
    WaitSet,
}

/// A server method that waits on its own call, as `waits` says, and returns what the
/// wait answered.
struct WaitsOnItself {
    call: OnceLock<Weak<Call<WaitsOnItself>>>,
    waits: Waits,
}

impl Dispatch for WaitsOnItself {
    type Request = ();
    type Reply = Option<CallError>;
    fn dispatch(&self, (): ()) -> Option<CallError> {
        let call = self.call.get()?.upgrade()?;
        match self.waits {
            Waits::Finish => call.finish(METHOD).err(),
            Waits::Wait => call.wait(Duration::MAX).err(),
            Waits::TimedWait => call.wait(Duration::from_secs(3_600)).err(),
            Waits::WaitSet => {
                let mut set = WaitSet::new();
                set.add(&*call);
                set.wait_all(Duration::MAX).err()
            }
        }
    }
}

fn waits_on_itself(waits: Waits, options: CallOptions) -> Result<Option<CallError>, CallError> {
    let server = WaitsOnItself {
        call: OnceLock::new(),
        waits,
    };
    call_knowing_itself(server, options, |server| &server.call)
}

/// Begins and finishes one call on a call object whose server holds a `Weak` of it in
/// the cell `itself` names.
fn call_knowing_itself<D: Dispatch<Request = ()>>(
    server: D,
    options: CallOptions,
    itself: fn(&D) -> &OnceLock<Weak<Call<D>>>,
) -> Result<D::Reply, CallError> {
    let call = Arc::new(Call::with_options(server, options));
    itself(call.dispatcher())
        .set(Arc::downgrade(&call))
        .ok()
        .unwrap();
    call.begin(METHOD, ()).unwrap();
    call.finish(METHOD)
}

fn expected() -> Result<Option<CallError>, CallError> {
    Ok(Some(CallError::WouldDeadlock { method: METHOD }))
}

#[test]
fn a_server_method_waiting_on_its_own_call_on_the_pool_is_told_so() {
    for (name, waits) in [
        ("finish", Waits::Finish),
        ("wait", Waits::Wait),
        ("timed wait", Waits::TimedWait),
        ("wait set", Waits::WaitSet),
    ] {
        let got = within_30_s(name, move || waits_on_itself(waits, CallOptions::new()));
        assert_eq!(got, expected(), "{name}");
    }
}

#[test]
fn a_server_method_waiting_on_its_own_call_inline_is_told_so() {
    for (name, waits) in [
        ("finish", Waits::Finish),
        ("wait", Waits::Wait),
        ("wait set", Waits::WaitSet),
    ] {
        let got = within_30_s(name, move || {
            waits_on_itself(waits, CallOptions::new().executor(Arc::new(Inline)))
        });
        assert_eq!(got, expected(), "{name}");
    }
}

#[test]
fn the_error_names_the_hresult_com_uses() {
    let error = CallError::WouldDeadlock { method: METHOD };
    assert_eq!(error.hresult(), 0x8001_010D_u32 as i32);
    assert_eq!(error.hresult_name(), "RPC_E_CANTCALLOUT_ININPUTSYNCCALL");
}

#[async_interface]
pub trait IEcho {
    fn echo(&self, x: u32) -> u32;
}

struct Echo;

impl IEcho for Echo {
    fn echo(&self, x: u32) -> u32 {
        x
    }
}

#[test]
fn an_apartment_thread_waiting_on_a_call_to_its_own_apartment_is_told_so() {
    let apartment = Arc::new(Apartment::start(|| Echo));
    let call = Arc::new(IEchoCall::in_apartment(Arc::clone(&apartment)));
    let inside = {
        let call = Arc::clone(&call);
        let (tx, rx) = mpsc::channel();
        apartment.post(move |_| {
            call.begin_echo(7).unwrap();
            let waited = call.wait(Duration::MAX);
            let finished = call.finish_echo();
            let _ = tx.send((waited, finished));
        });
        within_30_s("apartment", move || rx.recv().unwrap())
    };
    let method = "IEcho::echo";
    assert_eq!(inside.0, Err(CallError::WouldDeadlock { method }));
    assert_eq!(inside.1, Err(CallError::WouldDeadlock { method }));
    // Nothing was lost: once the apartment is free, the call runs and can be finished
    // from another thread.
    assert_eq!(within_30_s("finish", move || call.finish_echo()), Ok(7));
}

/// A call run inline inside a server method (here by `Inline`; on the pool, by a wait
/// that runs a queued call itself) that waits on the call below it on the same thread.
struct Parent {
    call: OnceLock<Weak<Call<Parent>>>,
}

struct Child {
    parent: Weak<Call<Parent>>,
}

impl Dispatch for Child {
    type Request = ();
    type Reply = Option<CallError>;
    fn dispatch(&self, (): ()) -> Option<CallError> {
        self.parent.upgrade()?.finish(METHOD).err()
    }
}

impl Dispatch for Parent {
    type Request = ();
    type Reply = Option<CallError>;
    fn dispatch(&self, (): ()) -> Option<CallError> {
        let parent = self.call.get()?.clone();
        let child = Call::with_options(
            Child { parent },
            CallOptions::new().executor(Arc::new(Inline)),
        );
        child.begin("IChild::go", ()).unwrap();
        child.finish("IChild::go").unwrap()
    }
}

#[test]
fn a_nested_call_run_on_the_same_thread_waiting_on_the_call_below_it_is_told_so() {
    let got = within_30_s("nested", || {
        let server = Parent {
            call: OnceLock::new(),
        };
        call_knowing_itself(server, CallOptions::new(), |server| &server.call)
    });
    assert_eq!(got, expected());
}
