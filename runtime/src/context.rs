//! The call context: values a client attaches to its calls (an identity, a deadline, a
//! tracing span), which the server method reads on the worker.
//!
//! COM: the client's security blanket on the call object (`IClientSecurity`), captured
//! when the call begins, and the server's impersonation of the client, which lasts until
//! the call signals completion. Here: set a [`CallContext`] on a call object with
//! [`CallObject::set_context`](crate::CallObject::set_context); every later `begin_`
//! captures it; inside the server method [`current`] and [`deadline`] read it; it is gone
//! from the worker before the call completes, and it is never visible to another call or
//! another thread.

use std::any::Any;
use std::cell::RefCell;
use std::fmt;
use std::time::Instant;

use crate::primitives::{Arc, thread_local_cell};

/// Typed values a client attaches to calls, at most one of each type, plus an optional
/// deadline. Cloning is cheap (the values are shared).
///
/// ```
/// use std::time::{Duration, Instant};
/// use async_interface::context::CallContext;
///
/// #[derive(Debug, PartialEq)]
/// struct Caller(&'static str);
///
/// let context = CallContext::new()
///     .with(Caller("alice"))
///     .with_deadline(Instant::now() + Duration::from_secs(5));
/// assert_eq!(context.get::<Caller>(), Some(&Caller("alice")));
/// assert!(context.deadline().is_some());
/// ```
#[derive(Clone, Default)]
pub struct CallContext {
    values: Vec<Arc<dyn Any + Send + Sync>>,
    deadline: Option<Instant>,
}

impl CallContext {
    /// An empty context.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `value`, replacing any earlier value of the same type.
    pub fn with<T: Any + Send + Sync>(mut self, value: T) -> Self {
        self.values.retain(|v| !v.is::<T>());
        self.values.push(Arc::new(value));
        self
    }

    /// Sets the instant after which the call is no longer wanted. A call whose deadline
    /// has passed before a worker starts it is cancelled instead of run; a running server
    /// method can read it with [`deadline`].
    pub fn with_deadline(mut self, deadline: Instant) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// The value of type `T`, if there is one.
    pub fn get<T: Any + Send + Sync>(&self) -> Option<&T> {
        self.values.iter().find_map(|v| v.downcast_ref::<T>())
    }

    /// The deadline, if one was set.
    pub fn deadline(&self) -> Option<Instant> {
        self.deadline
    }

    fn get_shared<T: Any + Send + Sync>(&self) -> Option<Arc<T>> {
        self.values
            .iter()
            .find_map(|v| Arc::clone(v).downcast::<T>().ok())
    }
}

impl fmt::Debug for CallContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallContext")
            .field("values", &self.values.len())
            .field("deadline", &self.deadline)
            .finish()
    }
}

/// What the worker records about the call it is running, for
/// [`test_cancel`](crate::cancel::test_cancel) and the native server's completer.
pub(crate) trait CancelProbe: Send + Sync {
    fn is_cancelled(&self, generation: u64) -> bool;
    /// Runs `hook` (a [`CancelHook`](crate::cancel::CancelHook)) when the call of
    /// `generation` is cancelled (now, if it is already).
    fn on_cancel(&self, generation: u64, hook: Box<dyn FnOnce() + Send>);
}

/// What a worker knows about the call it is running.
pub(crate) struct CurrentCall {
    pub(crate) probe: Arc<dyn CancelProbe>,
    pub(crate) generation: u64,
    pub(crate) context: Option<Arc<CallContext>>,
}

thread_local_cell! {
    /// The calls this thread is serving, innermost last: a server method that waits on a
    /// queued call runs it here, inside its own, so one thread can hold several.
    static CURRENT_CALL: RefCell<Vec<CurrentCall>> = RefCell::new(Vec::new());
}

thread_local_cell! {
    /// The apartment whose thread this is (0: none), so that a wait on a call that only
    /// this thread can serve fails instead of hanging.
    static CURRENT_APARTMENT: std::cell::Cell<u64> = std::cell::Cell::new(0);
}

/// Marks the calling thread as running a call until dropped; the call below it (a call
/// run inline inside another) is current again afterwards.
pub(crate) struct CurrentCallGuard {
    _not_send: std::marker::PhantomData<*const ()>,
}

impl CurrentCallGuard {
    pub(crate) fn enter(call: CurrentCall) -> Self {
        CURRENT_CALL.with(|current| current.borrow_mut().push(call));
        CurrentCallGuard {
            _not_send: std::marker::PhantomData,
        }
    }
}

impl Drop for CurrentCallGuard {
    fn drop(&mut self) {
        let call = CURRENT_CALL.with(|current| current.borrow_mut().pop());
        // Dropped outside the borrow: the context may hold values with drops of their own.
        drop(call);
    }
}

/// Runs `f` on the call the calling thread is serving, if any.
pub(crate) fn with_current_call<R>(f: impl FnOnce(Option<&CurrentCall>) -> R) -> R {
    CURRENT_CALL.with(|current| f(current.borrow().last()))
}

/// Whether this thread is serving the call of `generation` whose probe is at `probe`
/// (at any depth: the call waited on may be below a call run inline inside it).
pub(crate) fn serving_here(probe: *const (), generation: u64) -> bool {
    CURRENT_CALL.with(|current| {
        current.borrow().iter().any(|call| {
            std::ptr::eq(Arc::as_ptr(&call.probe).cast::<()>(), probe)
                && call.generation == generation
        })
    })
}

/// Marks this thread as the thread of apartment `id` (for its whole life).
pub(crate) fn enter_apartment(id: u64) {
    CURRENT_APARTMENT.with(|current| current.set(id));
}

/// The apartment whose thread this is, if any.
pub(crate) fn current_apartment() -> Option<u64> {
    let id = CURRENT_APARTMENT.with(std::cell::Cell::get);
    (id != 0).then_some(id)
}

/// The value of type `T` in the context of the call being served, from inside a server
/// method. `None` outside a call, or when the client attached no such value.
///
/// ```
/// // Outside of a call there is no context.
/// assert!(async_interface::context::current::<String>().is_none());
/// ```
pub fn current<T: Any + Send + Sync>() -> Option<Arc<T>> {
    with_current_call(|call| call?.context.as_ref()?.get_shared::<T>())
}

/// The deadline of the call being served, from inside a server method.
pub fn deadline() -> Option<Instant> {
    with_current_call(|call| call?.context.as_ref()?.deadline())
}
