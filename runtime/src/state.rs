//! A call object's state word: one `AtomicU64` that holds where the call is (its phase),
//! which call it is (its generation), and who must be told when it changes (flags).
//!
//! ```text
//!  63 ............ 16 | 15 .. 10 |   9  |    8    |  7   |   6   |   5    |     4     | 3 .. 0
//!     generation      |  (free)  | HOOK | CANCEL  | SETS | WAKER | PARKED | SIGNALLED | phase
//! ```
//!
//! Every change is one compare-and-swap (or `fetch_add`) on the word, so two threads never
//! disagree about who owns the request and reply cells: the phases `BEGINNING`,
//! `STARTING`, `ENDING` and `FINISHING` are claims, held by one thread for the few instructions it takes to
//! fill or empty a cell, and every claim names the generation it belongs to, so a late
//! worker of a cancelled call can never claim (or write into) the next call's cells.
//! The flags ride along: the operation that completes a call returns the word before it,
//! and so says at once, without a fence, whether a waiter is parked, a future or a wait set
//! watches, or a cancel hook must be dropped.

use crate::call::CallState;
pub(crate) use crate::notify::{SETS, SIGNALLED, WAKER};
pub(crate) use crate::park::PARKED;

/// The phase bits.
pub(crate) const PHASE: u64 = 0b1111;
/// No call: never begun, or finished.
pub(crate) const IDLE: u64 = 0;
/// `begin` is filling the request cell (observers see `Idle`: begin has not returned).
pub(crate) const BEGINNING: u64 = 1;
/// Begun; the request waits in its cell for a worker (or a canceller, or a waiter that
/// runs it itself).
pub(crate) const QUEUED: u64 = 2;
/// A worker took the request and runs the server method.
pub(crate) const RUNNING: u64 = 3;
/// A worker claimed the call and is taking the request out of its cell (observers see
/// `Pending`; a cancel waits for it to pass).
pub(crate) const STARTING: u64 = 8;
/// Someone is ending the call: filling the reply cell (or emptying the request cell of a
/// call cancelled while queued). Observers see `Pending`.
pub(crate) const ENDING: u64 = 4;
/// The reply is in its cell.
pub(crate) const COMPLETE: u64 = 5;
/// Cancelled before the server returned; no reply.
pub(crate) const CANCELLED: u64 = 6;
/// `finish` is taking the reply (observers still see `Complete`).
pub(crate) const FINISHING: u64 = 7;

/// The client asked the server to stop (`cancel`, or the remote side's request).
pub(crate) const CANCEL_ASKED: u64 = 1 << 8;
/// A native server registered a cancel hook for this generation.
pub(crate) const HOOK: u64 = 1 << 9;

/// Flags that belong to the call object rather than to one call: they survive `begin`.
pub(crate) const LASTING: u64 = SETS | WAKER;

const GENERATION_SHIFT: u32 = 16;
/// One generation.
pub(crate) const ONE_GENERATION: u64 = 1 << GENERATION_SHIFT;

pub(crate) fn phase(word: u64) -> u64 {
    word & PHASE
}

pub(crate) fn generation(word: u64) -> u64 {
    word >> GENERATION_SHIFT
}

/// The word of the call after `word`'s, in `phase`, with the call object's lasting flags.
pub(crate) fn next_call(word: u64, phase: u64) -> u64 {
    ((word & !(ONE_GENERATION - 1)) + ONE_GENERATION) | (word & LASTING) | phase
}

/// `word` moved to `phase`, flags kept.
pub(crate) fn with_phase(word: u64, phase: u64) -> u64 {
    (word & !PHASE) | phase
}

/// Whether the call of `word` has not ended yet (queued, running, or being ended).
pub(crate) fn is_pending(word: u64) -> bool {
    matches!(phase(word), QUEUED | STARTING | RUNNING | ENDING)
}

/// What an observer sees.
pub(crate) fn call_state(word: u64) -> CallState {
    match phase(word) {
        QUEUED | STARTING | RUNNING | ENDING => CallState::Pending,
        COMPLETE | FINISHING => CallState::Complete,
        CANCELLED => CallState::Cancelled,
        _ => CallState::Idle,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_call_has_the_next_generation_and_keeps_only_the_lasting_flags() {
        let word = (7 * ONE_GENERATION) | SETS | PARKED | SIGNALLED | CANCEL_ASKED | COMPLETE;
        let next = next_call(word, BEGINNING);
        assert_eq!(generation(next), 8);
        assert_eq!(phase(next), BEGINNING);
        assert_eq!(next & !PHASE & (ONE_GENERATION - 1), SETS);
    }

    #[test]
    fn flags_and_phase_do_not_overlap() {
        let flags = [SIGNALLED, PARKED, WAKER, SETS, CANCEL_ASKED, HOOK];
        for flag in flags {
            assert_eq!(flag & PHASE, 0);
            assert!(flag < ONE_GENERATION);
        }
        assert_eq!(flags.iter().fold(0, |a, f| a | f).count_ones(), 6);
    }

    #[test]
    fn observers_see_claims_as_the_state_they_come_from() {
        assert_eq!(call_state(BEGINNING), CallState::Idle);
        assert_eq!(call_state(ENDING), CallState::Pending);
        assert_eq!(call_state(FINISHING), CallState::Complete);
    }
}
