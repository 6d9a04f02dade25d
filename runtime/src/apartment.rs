//! Apartments: a server that must stay on one thread (COM's single-threaded apartment).
//!
//! Some servers are `!Send`: an `Rc`-based cache, a GUI toolkit object, a C library
//! handle bound to the thread that made it. [`Apartment::start`] builds such a server *on
//! a thread of its own*, from a constructor closure, and hands back an [`Apartment`]
//! handle that is `Send + Sync`. The server never leaves its thread: calls reach it as
//! closures, one at a time, in the order they arrive.
//!
//! `#[async_interface]` implements the native server-side trait (`AsyncIFooServer`) for
//! `Apartment<S>` whenever `S: IFoo`, so a call object over an apartment is created like
//! one over any native server: `IFooCall::native(Arc::new(apartment))`. The client's code
//! does not change. A panic in the server ends that call with
//! [`CallError::ServerFault`](crate::CallError::ServerFault) and the apartment goes on.
//! The apartment ends when its last handle is dropped, after the calls already posted;
//! dropping the handle does not wait for them.
//!
//! A server that keeps a handle to its own apartment (an `Arc<Apartment<S>>`, or a call
//! object over it) keeps the apartment alive from inside: its last handle is never
//! dropped, so the apartment, its thread and the server leak until the process ends.
//! A server that must reach its own apartment gets a [`Weak`] handle instead, from
//! [`Apartment::start_cyclic`], and upgrades it only for as long as it needs it.

use std::fmt;
use std::marker::PhantomData;
use std::panic::{AssertUnwindSafe, catch_unwind};

use std::sync::{Arc, Weak};

use crate::primitives::mpsc::{Sender, channel};
use crate::primitives::thread;

type Work<S> = Box<dyn FnOnce(&S) + Send>;

/// A handle to a server living on a thread of its own. `Send + Sync` whatever `S` is.
///
/// ```
/// use std::rc::Rc;
/// use std::cell::RefCell;
/// use async_interface::apartment::Apartment;
///
/// // Rc<RefCell<..>> is neither Send nor Sync: it must stay on one thread.
/// let apartment = Apartment::start(|| Rc::new(RefCell::new(Vec::<u32>::new())));
/// let (tx, rx) = std::sync::mpsc::channel();
/// apartment.post(|log| log.borrow_mut().push(1));
/// apartment.post(move |log| tx.send(log.borrow().len()).unwrap());
/// assert_eq!(rx.recv().unwrap(), 1);
/// ```
pub struct Apartment<S: 'static> {
    queue: Sender<Work<S>>,
    /// Names the apartment's thread, which knows it too: a wait there on a call to this
    /// apartment could never end ([`CallError::WouldDeadlock`](crate::CallError::WouldDeadlock)).
    id: u64,
    _server: PhantomData<fn() -> S>,
}

/// A fresh apartment id (never 0, which means "no apartment").
fn next_id() -> u64 {
    // Not a synchronizing atomic: only uniqueness matters, so loom need not see it.
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl<S: 'static> Apartment<S> {
    /// Starts a thread, builds the server there with `construct`, and serves it until the
    /// handle is dropped.
    ///
    /// # Panics
    ///
    /// If the operating system refuses to start a thread, as [`std::thread::spawn`] does.
    pub fn start(construct: impl FnOnce() -> S + Send + 'static) -> Self {
        let (queue, work) = channel::<Work<S>>();
        let id = next_id();
        thread::Builder::new()
            .name("async-interface-apartment".into())
            .spawn(move || {
                crate::context::enter_apartment(id);
                let server = construct();
                while let Ok(job) = work.recv() {
                    // A panicking job drops what it holds (a call's completer reports the
                    // fault); the apartment serves the next one.
                    let _ = catch_unwind(AssertUnwindSafe(|| job(&server)));
                }
            })
            .expect("the operating system refused to start the apartment's thread");
        Apartment {
            queue,
            id,
            _server: PhantomData,
        }
    }

    /// [`start`](Self::start) for a constructor that can fail (opening a database, a
    /// device): waits until `construct` has run on the apartment's thread and returns
    /// its error, if any (the thread then ends). A constructor that panics panics here
    /// too, with its own message, rather than leave an apartment that serves nothing.
    ///
    /// ```
    /// use async_interface::apartment::Apartment;
    ///
    /// let failed = Apartment::<String>::try_start(|| Err::<String, _>("no such file"));
    /// assert_eq!(failed.err(), Some("no such file"));
    /// let started = Apartment::try_start(|| Ok::<_, std::io::Error>(String::from("open")));
    /// assert!(started.is_ok());
    /// ```
    ///
    /// # Errors
    ///
    /// The constructor's error.
    ///
    /// # Panics
    ///
    /// If the constructor panics, or the operating system refuses to start a thread.
    pub fn try_start<E: Send + 'static>(
        construct: impl FnOnce() -> Result<S, E> + Send + 'static,
    ) -> Result<Self, E> {
        let (queue, work) = channel::<Work<S>>();
        let (started, outcome) = channel::<Result<(), E>>();
        let id = next_id();
        thread::Builder::new()
            .name("async-interface-apartment".into())
            .spawn(move || {
                crate::context::enter_apartment(id);
                // A panic here drops `started` unsent: the caller's `recv` fails.
                let server = match construct() {
                    Ok(server) => server,
                    Err(error) => {
                        let _ = started.send(Err(error));
                        return;
                    }
                };
                let _ = started.send(Ok(()));
                while let Ok(job) = work.recv() {
                    let _ = catch_unwind(AssertUnwindSafe(|| job(&server)));
                }
            })
            .expect("the operating system refused to start the apartment's thread");
        match outcome.recv() {
            Ok(Ok(())) => Ok(Apartment {
                queue,
                id,
                _server: PhantomData,
            }),
            Ok(Err(error)) => Err(error),
            Err(_) => panic!("the apartment's constructor panicked (its message is above)"),
        }
    }

    /// Runs `job` on the apartment's thread, with the server, after the jobs posted
    /// before it. Returns at once.
    pub fn post(&self, job: impl FnOnce(&S) + Send + 'static) {
        // The thread only stops when the queue is dropped, so the send cannot fail
        // unless the constructor panicked; the job (and any completer it holds) is then
        // dropped, which ends its call as Disconnected.
        let _ = self.queue.send(Box::new(job));
    }

    /// The id its thread knows itself by ([`crate::context::current_apartment`]).
    pub(crate) fn id(&self) -> u64 {
        self.id
    }
}

impl<S: 'static> fmt::Debug for Apartment<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Apartment")
            .field("server", &std::any::type_name::<S>())
            .finish()
    }
}

/// Issue 16: an apartment whose server can reach it without keeping it alive.
impl<S: 'static> Apartment<S> {
    /// [`start`](Self::start) for a server that must reach its own apartment (to post
    /// itself more work, or hand out call objects over it): `construct` receives a
    /// [`Weak`] handle to the apartment being built. Keep that, not an upgraded `Arc`:
    /// the apartment and its thread end when the last strong handle outside drops,
    /// whereas a server holding a strong one would keep them alive forever.
    ///
    /// ```
    /// use std::sync::{Arc, Weak, mpsc};
    /// use async_interface::apartment::Apartment;
    ///
    /// /// Posts to its own apartment the second half of its work.
    /// struct Server {
    ///     home: Weak<Apartment<Server>>,
    ///     done: mpsc::Sender<&'static str>,
    /// }
    ///
    /// let (done, finished) = mpsc::channel();
    /// let apartment = Apartment::start_cyclic(move |home| Server { home, done });
    /// apartment.post(|server| {
    ///     if let Some(home) = server.home.upgrade() {
    ///         home.post(|server| server.done.send("second half").unwrap());
    ///     }
    /// });
    /// assert_eq!(finished.recv().unwrap(), "second half");
    /// drop(apartment); // the last strong handle: the apartment's thread ends
    /// ```
    ///
    /// # Panics
    ///
    /// If the operating system refuses to start a thread, as [`std::thread::spawn`] does.
    pub fn start_cyclic(construct: impl FnOnce(Weak<Self>) -> S + Send + 'static) -> Arc<Self> {
        Arc::new_cyclic(|home| {
            let home = Weak::clone(home);
            Self::start(move || construct(home))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn the_handle_is_send_and_sync_whatever_the_server() {
        assert_send_sync::<Apartment<std::rc::Rc<()>>>();
    }

    // Apartments run on real threads: loom's primitives work only inside a model.
    #[cfg(not(loom))]
    #[test]
    fn try_start_reports_the_constructors_error_and_serves_after_success() {
        let failed = Apartment::<std::rc::Rc<u8>>::try_start(|| Err::<std::rc::Rc<u8>, _>(7));
        assert_eq!(failed.err(), Some(7));
        let apartment = Apartment::try_start(|| Ok::<_, ()>(std::rc::Rc::new(5u8))).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        apartment.post(move |server| tx.send(**server).unwrap());
        assert_eq!(rx.recv().unwrap(), 5);
    }

    #[cfg(not(loom))]
    #[test]
    fn try_start_with_a_panicking_constructor_panics_in_the_caller() {
        let outcome = std::panic::catch_unwind(|| {
            Apartment::<u8>::try_start(|| -> Result<u8, ()> { panic!("no device") })
        });
        assert!(outcome.is_err());
    }
}
