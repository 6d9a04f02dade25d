//! Stress (issue 5, RELIABILITY.md): 8 threads run a random mix of begin / wait(timeout)
//! / finish / cancel / drop / reuse over shared call objects.
//!
//! - Every request carries an id and the id of the call object it was begun on; every
//!   reply is checked against the ledger of begun calls: it reaches the call object that
//!   asked for it, exactly once (none duplicated), and every call begun is ended (finished,
//!   cancelled, or abandoned with its call object): none lost.
//! - Every request and reply is a token that counts its drops: each is dropped exactly once.
//! - A watchdog turns a lack of progress (a deadlock) into a failure that prints every
//!   call object's state and method in flight.
//! - A counting global allocator (hence this file holds a single test) shows that the
//!   bytes allocated return to their baseline.
//!
//! `STRESS_OPS` sets the number of operations (default 1 000 000, a few seconds in debug on
//! 2 cores); `STRESS_SEED` the random seed; `LOAD_THREADS=cores2` runs busy loops (2 ×
//! the cores) beside it for the whole run (issue 16: the runtime under oversubscription).

mod live_bytes;
mod load;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_interface::prelude::*;

#[global_allocator]
static GLOBAL: live_bytes::CountingAllocator = live_bytes::CountingAllocator;

static TOKENS_MADE: AtomicUsize = AtomicUsize::new(0);
static TOKENS_DROPPED: AtomicUsize = AtomicUsize::new(0);

/// A request or a reply: which call object asked, and which request it answers.
#[derive(Debug)]
pub struct Token {
    object: u64,
    id: u64,
}

impl Token {
    fn new(object: u64, id: u64) -> Self {
        TOKENS_MADE.fetch_add(1, Ordering::SeqCst);
        Token { object, id }
    }
}

impl Drop for Token {
    fn drop(&mut self) {
        TOKENS_DROPPED.fetch_add(1, Ordering::SeqCst);
    }
}

#[async_interface]
pub trait IStress {
    /// Answers at once.
    fn echo(&self, token: Token) -> Token;
    /// Looks for a cancel a few times before answering.
    fn slow(&self, token: Token, spins: u32) -> Token;
}

struct Server;

impl IStress for Server {
    fn echo(&self, token: Token) -> Token {
        Token::new(token.object, token.id)
    }
    fn slow(&self, token: Token, spins: u32) -> Token {
        // Spins on the clock, not `yield_now`: under oversubscription each yield gives a
        // whole time slice to another process, which measured the scheduler, not us.
        let until = Instant::now() + Duration::from_micros(u64::from(spins));
        while Instant::now() < until {
            if async_interface::test_cancel().is_err() {
                break;
            }
            std::hint::spin_loop();
        }
        Token::new(token.object, token.id)
    }
}

/// A call object with a number; its drop records a call abandoned in flight.
struct Tracked {
    uid: u64,
    call: IStressCall<Server>,
    ledger: Arc<Ledger>,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        // The last handle: nobody else can finish the call now.
        if self.call.state() != CallState::Idle {
            self.ledger.abandon(self.uid);
        }
    }
}

/// What was begun on which call object, and how each call ended.
#[derive(Default)]
struct Ledger {
    /// id → (object, method) of calls begun (or being begun) and not yet ended.
    open: Mutex<HashMap<u64, (u64, &'static str)>>,
    begun: AtomicU64,
    delivered: AtomicU64,
    cancelled: AtomicU64,
    abandoned: AtomicU64,
    /// object → calls that ended without a reply.
    unanswered: Mutex<HashMap<u64, u64>>,
    violations: Mutex<Vec<String>>,
}

impl Ledger {
    fn violation(&self, what: String) {
        self.violations.lock().unwrap().push(what);
    }

    /// A reply reached `object`'s `finish`: it must be the open call of that object.
    fn deliver(&self, object: u64, method: &'static str, reply: &Token) {
        match self.open.lock().unwrap().remove(&reply.id) {
            Some((asked, begun_method)) if asked == object && reply.object == object => {
                if begun_method != method {
                    self.violation(format!("reply {} of {begun_method} by {method}", reply.id));
                }
                self.delivered.fetch_add(1, Ordering::SeqCst);
            }
            Some((asked, _)) => self.violation(format!(
                "reply {} for object {asked} reached object {object}",
                reply.id
            )),
            None => self.violation(format!("reply {} duplicated or never asked", reply.id)),
        }
    }

    /// A call of `object` ended without a reply: cancelled, or its object dropped. Which
    /// id it was is settled at the end, when the losers of begin races have left `open`.
    fn end_without_reply(&self, object: u64) {
        *self.unanswered.lock().unwrap().entry(object).or_default() += 1;
    }

    fn cancel(&self, object: u64) {
        self.end_without_reply(object);
        self.cancelled.fetch_add(1, Ordering::SeqCst);
    }

    fn abandon(&self, object: u64) {
        self.end_without_reply(object);
        self.abandoned.fetch_add(1, Ordering::SeqCst);
    }

    /// Calls still open per object must be exactly those that ended without a reply.
    fn settle(&self) {
        let mut open: HashMap<u64, u64> = HashMap::new();
        for (object, _) in self.open.lock().unwrap().values() {
            *open.entry(*object).or_default() += 1;
        }
        let unanswered = self.unanswered.lock().unwrap().clone();
        if open != unanswered {
            self.violation(format!(
                "calls lost or ended twice: open {open:?}, ended without reply {unanswered:?}"
            ));
        }
    }
}

/// xorshift64*: enough randomness for choosing operations, with no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const THREADS: usize = 8;
const OBJECTS: usize = 6;

struct World {
    slots: Vec<Mutex<Arc<Tracked>>>,
    ledger: Arc<Ledger>,
    next_uid: AtomicU64,
    next_id: AtomicU64,
    progress: AtomicU64,
    done: AtomicBool,
}

impl World {
    fn fresh(&self) -> Arc<Tracked> {
        Arc::new(Tracked {
            uid: self.next_uid.fetch_add(1, Ordering::SeqCst),
            call: IStressCall::new(Arc::new(Server)),
            ledger: Arc::clone(&self.ledger),
        })
    }

    fn object(&self, slot: usize) -> Arc<Tracked> {
        Arc::clone(&self.slots[slot].lock().unwrap())
    }

    fn begin(&self, object: &Tracked, rng: &mut Rng) {
        let id = self.next_id.fetch_add(1, Ordering::SeqCst);
        let slow = rng.below(4) == 0;
        let method = if slow {
            "IStress::slow"
        } else {
            "IStress::echo"
        };
        // Recorded before begin, so that a finish on another thread always finds it.
        self.ledger
            .open
            .lock()
            .unwrap()
            .insert(id, (object.uid, method));
        let token = Token::new(object.uid, id);
        let outcome = if slow {
            object.call.begin_slow(token, rng.below(50) as u32)
        } else {
            object.call.begin_echo(token)
        };
        match outcome {
            Ok(()) => {
                self.ledger.begun.fetch_add(1, Ordering::SeqCst);
            }
            Err(CallError::CallPending) => {
                self.ledger.open.lock().unwrap().remove(&id);
            }
            Err(other) => self.ledger.violation(format!("begin: {other:?}")),
        }
    }

    fn finish(&self, object: &Tracked) {
        let method = object.call.method_in_flight();
        let outcome = match method {
            Some("IStress::slow") => object.call.finish_slow().map(|t| ("IStress::slow", t)),
            _ => object.call.finish_echo().map(|t| ("IStress::echo", t)),
        };
        match outcome {
            Ok((method, reply)) => self.ledger.deliver(object.uid, method, &reply),
            Err(CallError::Canceled) => self.ledger.cancel(object.uid),
            // Nothing in flight, or another thread began the other method meanwhile.
            Err(CallError::CallComplete | CallError::WrongMethod { .. }) => {}
            Err(other) => self.ledger.violation(format!("finish: {other:?}")),
        }
    }

    fn operate(&self, rng: &mut Rng) {
        let slot = rng.below(OBJECTS as u64) as usize;
        let object = self.object(slot);
        match rng.below(100) {
            0..=29 => self.begin(&object, rng),
            30..=44 => {
                let timeout = Duration::from_micros(rng.below(500));
                match object.call.wait(timeout) {
                    Ok(()) | Err(CallError::Timeout | CallError::CallComplete) => {}
                    Err(other) => self.ledger.violation(format!("wait: {other:?}")),
                }
            }
            45..=74 => self.finish(&object),
            75..=84 => {
                let timeout = Duration::from_micros(rng.below(2) * rng.below(300));
                match object.call.cancel(timeout) {
                    Ok(()) | Err(CallError::CallComplete | CallError::Canceled) => {}
                    Err(other) => self.ledger.violation(format!("cancel: {other:?}")),
                }
            }
            85..=89 => {
                // Drop: replace the object; the old one goes when its last handle does.
                drop(object);
                let fresh = self.fresh();
                drop(std::mem::replace(
                    &mut *self.slots[slot].lock().unwrap(),
                    fresh,
                ));
            }
            _ => {
                // Reuse: a whole call in a row, if the object is free.
                self.begin(&object, rng);
                self.finish(&object);
            }
        }
        self.progress.fetch_add(1, Ordering::SeqCst);
    }

    fn states(&self) -> String {
        self.slots
            .iter()
            .enumerate()
            .map(|(i, slot)| match slot.try_lock() {
                Ok(object) => format!("  slot {i}: object {} {:?}\n", object.uid, object.call),
                Err(_) => format!("  slot {i}: locked\n"),
            })
            .collect()
    }
}

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn random_operations_lose_duplicate_and_leak_nothing() {
    let ops = env_or("STRESS_OPS", 1_000_000);
    // Started before the baseline (their handles are heap) and stopped however the test ends.
    let load = load::Load::from_env();
    let seed = env_or("STRESS_SEED", 0x5eed_1234_abcd_0001);
    // Warm up what lives for the whole process (the pool, thread-locals), then measure.
    {
        let warm = IStressCall::new(Arc::new(Server));
        warm.begin_echo(Token::new(0, 0)).unwrap();
        drop(warm.finish_echo().unwrap());
    }
    let baseline = live_bytes::live();
    let workers_before = async_interface::pool::workers();
    let tokens_before = TOKENS_MADE.load(Ordering::SeqCst);
    let started = Instant::now();

    let ledger = Arc::new(Ledger::default());
    let world = Arc::new(World {
        slots: Vec::new(),
        ledger: Arc::clone(&ledger),
        next_uid: AtomicU64::new(1),
        next_id: AtomicU64::new(1),
        progress: AtomicU64::new(0),
        done: AtomicBool::new(false),
    });
    let world = {
        let mut world = Arc::try_unwrap(world).ok().unwrap();
        world.slots = (0..OBJECTS).map(|_| Mutex::new(world.fresh())).collect();
        Arc::new(world)
    };

    let watchdog = {
        let world = Arc::clone(&world);
        std::thread::spawn(move || {
            let mut last = 0;
            let mut since = Instant::now();
            while !world.done.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(50));
                let now = world.progress.load(Ordering::SeqCst);
                if now != last {
                    last = now;
                    since = Instant::now();
                } else if since.elapsed() > Duration::from_secs(30) {
                    eprintln!(
                        "DEADLOCK: no progress for 30 s after {now} operations; call objects:\n{}",
                        world.states()
                    );
                    std::process::exit(101);
                }
            }
        })
    };

    let per_thread = ops / THREADS as u64;
    let workers: Vec<_> = (0..THREADS as u64)
        .map(|t| {
            let world = Arc::clone(&world);
            std::thread::spawn(move || {
                let mut rng = Rng(seed ^ (t + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
                for _ in 0..per_thread {
                    world.operate(&mut rng);
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }

    // End whatever is still in flight: finish every object, then drop them all.
    for slot in 0..OBJECTS {
        let object = world.object(slot);
        world.finish(&object);
    }
    world.done.store(true, Ordering::SeqCst);
    watchdog.join().unwrap();
    let elapsed = started.elapsed();
    let mut world = Arc::try_unwrap(world).ok().expect("every thread let go");
    drop(std::mem::take(&mut world.slots));

    // Fire-and-forget calls may still be running on the pool: wait (bounded) for them.
    let deadline = Instant::now() + Duration::from_secs(30);
    while TOKENS_DROPPED.load(Ordering::SeqCst) != TOKENS_MADE.load(Ordering::SeqCst) {
        assert!(Instant::now() < deadline, "tokens never dropped: leak");
        std::thread::sleep(Duration::from_millis(1));
    }

    ledger.settle();
    let violations = ledger.violations.lock().unwrap().clone();
    let begun = ledger.begun.load(Ordering::SeqCst);
    let delivered = ledger.delivered.load(Ordering::SeqCst);
    let cancelled = ledger.cancelled.load(Ordering::SeqCst);
    let abandoned = ledger.abandoned.load(Ordering::SeqCst);
    let tokens = TOKENS_MADE.load(Ordering::SeqCst) - tokens_before;
    drop(world);
    drop(ledger);
    // Give the pool's bookkeeping a moment to settle, then compare with the baseline.
    // Workers started for the run keep their bookkeeping until they exit (after
    // `pool::IDLE_EXIT`); under load the pool starts many more of them.
    let extra_workers = async_interface::pool::workers().saturating_sub(workers_before);
    let slack = SLACK + extra_workers * PER_WORKER;
    let mut live = live_bytes::live();
    for _ in 0..200 {
        if live <= baseline + slack {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
        live = live_bytes::live();
    }
    eprintln!(
        "stress: {ops} operations on {THREADS} threads over {OBJECTS} slots in {elapsed:.2?}; \
         {begun} calls begun: {delivered} replies delivered, {cancelled} cancelled, \
         {abandoned} abandoned in flight; {tokens} tokens made and dropped once; \
         live bytes {baseline} before, {live} after; pool workers {workers_before} before, {} after; \
         {} busy-loop threads beside; violations {}",
        async_interface::pool::workers(),
        load.threads(),
        violations.len()
    );
    assert!(violations.is_empty(), "violations: {violations:#?}");
    assert_eq!(
        begun,
        delivered + cancelled + abandoned,
        "every begun call ends once"
    );
    assert!(
        live <= baseline + slack,
        "memory did not return to its baseline: {baseline} before, {live} after"
    );
}

/// What the process may keep after the run: more pool workers (each a thread name and
/// handle) and a larger pool queue. A leak per call would exceed it many times over.
const SLACK: usize = 64 * 1024;

/// What one more pool worker keeps on the heap (about 750 B measured by tests/memory.rs:
/// 383 KB for 510 workers), with margin.
const PER_WORKER: usize = 1024;
