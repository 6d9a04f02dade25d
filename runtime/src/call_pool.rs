//! Many calls at once on one server: [`CallPool`], a free list of call objects that hands
//! one out per concurrent call and takes it back, idle, for the next.
//!
//! A call object makes one call at a time (COM's rule, SPEC 2); N calls in flight need N
//! call objects. Making one costs a few allocations; a reused one costs none per call
//! (SPEC 6). The pool keeps the ones that are not in use, so that once it holds as many
//! as the client ever has calls in flight, a call allocates nothing.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use crate::call::{CallObject, CallState};
use crate::primitives::Mutex;

/// A free list of call objects over one server (or anything else `make` builds them
/// over): [`get`](Self::get) lends an idle one, made by `make` if none is free, and the
/// [`PooledCall`] gives it back when dropped.
///
/// ```
/// use std::sync::Arc;
/// use async_interface::prelude::*;
/// use async_interface::call_pool::CallPool;
///
/// #[async_interface]
/// pub trait ISquare {
///     fn square(&self, x: u64) -> u64;
/// }
/// struct Square;
/// impl ISquare for Square {
///     fn square(&self, x: u64) -> u64 { x * x }
/// }
///
/// let server = Arc::new(Square);
/// let pool = CallPool::new(move || ISquareCall::new(Arc::clone(&server)));
/// // Four calls in flight at once, each on a call object of its own.
/// let calls: [_; 4] = std::array::from_fn(|_| pool.get());
/// let squares: [_; 4] = std::array::from_fn(|i| calls[i].square(i as u64));
/// let total = futures_executor::block_on(async {
///     let mut total = 0;
///     for square in squares {
///         total += square.await?;
///     }
///     Ok::<u64, CallError>(total)
/// })?;
/// assert_eq!(total, 0 + 1 + 4 + 9);
/// drop(calls);
/// assert_eq!(pool.idle(), 4, "back in the pool, idle, for the next four calls");
/// # Ok::<(), CallError>(())
/// ```
pub struct CallPool<C> {
    free: Mutex<Vec<C>>,
    make: Box<dyn Fn() -> C + Send + Sync>,
}

impl<C: CallObject> CallPool<C> {
    /// An empty pool whose call objects `make` builds, as many as are ever in use at once.
    pub fn new(make: impl Fn() -> C + Send + Sync + 'static) -> Self {
        CallPool {
            free: Mutex::new(Vec::new()),
            make: Box::new(make),
        }
    }

    /// A pool that starts with `count` call objects, so that the first `count`
    /// concurrent calls allocate nothing either.
    pub fn with_idle(count: usize, make: impl Fn() -> C + Send + Sync + 'static) -> Self {
        let pool = Self::new(make);
        {
            let mut free = pool.free.lock();
            free.reserve(count);
            free.extend((0..count).map(|_| (pool.make)()));
        }
        pool
    }

    /// An idle call object, from the free list or new; it goes back to the list when the
    /// [`PooledCall`] is dropped.
    pub fn get(&self) -> PooledCall<'_, C> {
        let reused = self.free.lock().pop();
        PooledCall {
            pool: self,
            call: Some(reused.unwrap_or_else(|| (self.make)())),
        }
    }

    /// [`get`](Self::get) for a pool in an `Arc`: the lent call object holds the pool, so
    /// it can move into a spawned task (`tokio::spawn` wants `'static`).
    ///
    /// ```
    /// use std::sync::Arc;
    /// use async_interface::prelude::*;
    /// use async_interface::CallPool;
    ///
    /// #[async_interface]
    /// pub trait ISquare {
    ///     fn square(&self, x: u64) -> u64;
    /// }
    /// struct Square;
    /// impl ISquare for Square {
    ///     fn square(&self, x: u64) -> u64 { x * x }
    /// }
    ///
    /// let server = Arc::new(Square);
    /// let pool = Arc::new(CallPool::new(move || ISquareCall::new(Arc::clone(&server))));
    /// let runtime = tokio::runtime::Runtime::new().unwrap();
    /// let tasks: Vec<_> = (0..4u64)
    ///     .map(|x| {
    ///         let call = pool.get_owned();
    ///         runtime.spawn(async move { call.square(x).await })
    ///     })
    ///     .collect();
    /// let squares: Vec<u64> = runtime.block_on(async {
    ///     let mut squares = Vec::new();
    ///     for task in tasks {
    ///         squares.push(task.await.unwrap()?);
    ///     }
    ///     Ok::<_, CallError>(squares)
    /// })?;
    /// assert_eq!(squares, [0, 1, 4, 9]);
    /// # Ok::<(), CallError>(())
    /// ```
    pub fn get_owned(self: &Arc<Self>) -> OwnedPooledCall<C> {
        let reused = self.free.lock().pop();
        OwnedPooledCall {
            call: Some(reused.unwrap_or_else(|| (self.make)())),
            pool: Arc::clone(self),
        }
    }

    /// How many call objects are free.
    pub fn idle(&self) -> usize {
        self.free.lock().len()
    }

    /// Takes `call` back if it is idle; drops it (fire and forget) if not.
    fn give_back(&self, call: C) {
        if call.state() == CallState::Idle {
            self.free.lock().push(call);
        }
    }
}

impl<C> fmt::Debug for CallPool<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallPool")
            .field("idle", &self.free.lock().len())
            .finish_non_exhaustive()
    }
}

/// A call object lent by a [`CallPool`]: use it as the call object itself (it derefs to
/// it). Dropped, it goes back to the pool if it is idle; one left with a call in progress
/// (begun with `begin_` and never finished) is dropped instead, COM's fire and forget, so
/// that the pool never lends a busy call object.
pub struct PooledCall<'p, C: CallObject> {
    pool: &'p CallPool<C>,
    call: Option<C>,
}

impl<C: CallObject> Deref for PooledCall<'_, C> {
    type Target = C;

    fn deref(&self) -> &C {
        self.call.as_ref().expect("present until drop")
    }
}

impl<C: CallObject> DerefMut for PooledCall<'_, C> {
    fn deref_mut(&mut self) -> &mut C {
        self.call.as_mut().expect("present until drop")
    }
}

impl<C: CallObject> Drop for PooledCall<'_, C> {
    fn drop(&mut self) {
        if let Some(call) = self.call.take() {
            self.pool.give_back(call);
        }
    }
}

impl<C: CallObject + fmt::Debug> fmt::Debug for PooledCall<'_, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("PooledCall").field(&**self).finish()
    }
}

/// A call object lent by a [`CallPool`] in an `Arc` ([`CallPool::get_owned`]): a
/// [`PooledCall`] that owns its share of the pool, so it is `'static` when the call object
/// is.
pub struct OwnedPooledCall<C: CallObject> {
    call: Option<C>,
    pool: Arc<CallPool<C>>,
}

impl<C: CallObject> Deref for OwnedPooledCall<C> {
    type Target = C;

    fn deref(&self) -> &C {
        self.call.as_ref().expect("present until drop")
    }
}

impl<C: CallObject> DerefMut for OwnedPooledCall<C> {
    fn deref_mut(&mut self) -> &mut C {
        self.call.as_mut().expect("present until drop")
    }
}

impl<C: CallObject> Drop for OwnedPooledCall<C> {
    fn drop(&mut self) {
        if let Some(call) = self.call.take() {
            self.pool.give_back(call);
        }
    }
}

impl<C: CallObject + fmt::Debug> fmt::Debug for OwnedPooledCall<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("OwnedPooledCall").field(&**self).finish()
    }
}
