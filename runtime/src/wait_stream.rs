//! Results as they finish, awaited: [`AsyncWaitSet`], the asynchronous form of
//! [`WaitSet`](crate::WaitSet), as tokio's `JoinSet::join_next` is of a thread join.
//!
//! COM's `ISynchronizeContainer::WaitMultiple` blocks its thread; a future that is `Send`
//! can instead sit in a `select!` next to a timer, a shutdown signal or a socket.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::pending::AwaitCompletion;

/// A set of call objects whose completions are awaited as they come: `next_ready().await`
/// returns the index of a member whose call has completed (or been cancelled), each call
/// once, and `None` once no member has a call left to report.
///
/// Members are numbered in the order they were added. A member is reported once per
/// call: after `finish_` and a new `begin_` it is reported again when that call ends.
/// The set holds `&(dyn AwaitCompletion + Sync)`, so its futures are `Send` and may be
/// spawned or polled from `select!`. The blocking [`WaitSet`](crate::WaitSet) stays for
/// threads that wait.
///
/// Each `next_ready` polls the members from where the last one stopped, so no member starves;
/// a wake-up costs one look at each member (fine for tens of calls; for thousands, the
/// blocking `WaitSet`, which learns which member is ready, costs one).
///
/// ```
/// use std::sync::Arc;
/// use async_interface::prelude::*;
/// use async_interface::wait_stream::AsyncWaitSet;
///
/// #[async_interface]
/// pub trait IEcho {
///     fn echo(&self, x: u32) -> u32;
/// }
/// struct Echo;
/// impl IEcho for Echo {
///     fn echo(&self, x: u32) -> u32 { x }
/// }
///
/// let calls: Vec<_> = (0..3).map(|_| IEchoCall::new(Arc::new(Echo))).collect();
/// let mut set = AsyncWaitSet::new();
/// for (i, call) in calls.iter().enumerate() {
///     set.add(call);
///     call.begin_echo(i as u32)?;
/// }
/// let mut sum = 0;
/// futures_executor::block_on(async {
///     while let Some(index) = set.next_ready().await {
///         sum += calls[index].finish_echo()?;
///     }
///     Ok::<(), CallError>(())
/// })?;
/// assert_eq!(sum, 0 + 1 + 2);
/// # Ok::<(), CallError>(())
/// ```
pub struct AsyncWaitSet<'a> {
    members: Vec<Member<'a>>,
    /// Where the next scan starts.
    cursor: usize,
}

struct Member<'a> {
    call: &'a (dyn AwaitCompletion + Sync),
    /// The call number last reported, if any.
    reported: Option<u64>,
}

impl<'a> AsyncWaitSet<'a> {
    /// An empty set.
    pub fn new() -> Self {
        AsyncWaitSet {
            members: Vec::new(),
            cursor: 0,
        }
    }

    /// Adds `member` (a call object, or `dyn AsyncIFoo + Sync`) and returns its index.
    pub fn add(&mut self, member: &'a (dyn AwaitCompletion + Sync)) -> usize {
        self.members.push(Member {
            call: member,
            reported: None,
        });
        self.members.len() - 1
    }

    /// How many members the set has.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether the set has no members.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// The index of the next member whose call has ended (completed or cancelled) and has
    /// not been reported yet; `None` when no member has such a call now or in progress
    /// (all idle, or all reported and not yet begun again), as `JoinSet::join_next`
    /// returns `None` when it is empty. Cancel-safe: dropping the future loses nothing.
    pub fn next_ready(&mut self) -> NextReady<'_, 'a> {
        NextReady { set: self }
    }

    /// [`next_ready`](Self::next_ready) as a poll, for a hand-written `Stream` or future.
    pub fn poll_next_ready(&mut self, cx: &mut Context<'_>) -> Poll<Option<usize>> {
        let count = self.members.len();
        let mut waiting = false;
        for step in 0..count {
            let index = (self.cursor + step) % count;
            let member = &mut self.members[index];
            match member.call.poll_completion(cx) {
                Poll::Pending => waiting = true,
                // Idle: nothing to report until it begins a call.
                Poll::Ready(Err(_)) => {}
                Poll::Ready(Ok(())) => {
                    let number = member.call.call_number();
                    if member.reported != Some(number) {
                        member.reported = Some(number);
                        self.cursor = (index + 1) % count;
                        return Poll::Ready(Some(index));
                    }
                }
            }
        }
        if waiting {
            Poll::Pending
        } else {
            Poll::Ready(None)
        }
    }
}

impl Default for AsyncWaitSet<'_> {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for AsyncWaitSet<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AsyncWaitSet")
            .field("members", &self.members.len())
            .finish()
    }
}

/// The future of [`AsyncWaitSet::next_ready`].
#[must_use = "a future does nothing unless awaited"]
pub struct NextReady<'s, 'a> {
    set: &'s mut AsyncWaitSet<'a>,
}

impl Future for NextReady<'_, '_> {
    type Output = Option<usize>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<usize>> {
        self.get_mut().set.poll_next_ready(cx)
    }
}

impl fmt::Debug for NextReady<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NextReady").field("set", &self.set).finish()
    }
}
