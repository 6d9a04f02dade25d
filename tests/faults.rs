//! Fault injection (issue 5, RELIABILITY.md): servers that panic at random points, native
//! servers that drop their completion handles, executors that drop calls in flight, the
//! built-in pool shut down with calls running, and client threads that panic while
//! holding a call object. Nothing hangs (every wait is bounded by `PATIENCE`), nothing
//! leaks (drop counters balance, servers are released), and every error is the
//! documented `CallError`.
//!
//! `FAULT_ROUNDS` sets the rounds per fault (default 2 000); `LOAD_THREADS=cores2` runs
//! busy loops (2 × the cores) beside each test (issue 16: under oversubscription).

mod load;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Once};
use std::time::{Duration, Instant};

use async_interface::executor::{Executor, Task};
use async_interface::prelude::*;
use async_interface::{Call, CallOptions, Responder, Serve};

const PATIENCE: Duration = Duration::from_secs(20);
const INJECTED: &str = "injected fault";

/// The tests share the pool (one shuts it down) and the panic hook: one at a time.
fn serial() -> MutexGuard<'static, ()> {
    static SERIAL: Mutex<()> = Mutex::new(());
    static QUIET: Once = Once::new();
    QUIET.call_once(|| {
        // Injected panics are expected by the thousand: keep them off stderr.
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let message = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            if !message.contains(INJECTED) {
                default(info);
            }
        }));
    });
    SERIAL.lock().unwrap_or_else(|poison| poison.into_inner())
}

fn rounds() -> u64 {
    std::env::var("FAULT_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

/// Counts live tokens: made minus dropped must come back to zero.
#[derive(Default)]
struct Census {
    made: AtomicUsize,
    dropped: AtomicUsize,
}

impl Census {
    fn token(self: &Arc<Self>, id: u64) -> Token {
        self.made.fetch_add(1, Ordering::SeqCst);
        Token {
            id,
            census: Arc::clone(self),
        }
    }

    /// Waits (bounded) until every token is dropped exactly once.
    fn settle(&self, what: &str) {
        let start = Instant::now();
        while self.dropped.load(Ordering::SeqCst) != self.made.load(Ordering::SeqCst) {
            assert!(start.elapsed() < PATIENCE, "{what}: tokens leaked");
            std::thread::yield_now();
        }
    }
}

#[derive(Debug)]
pub struct Token {
    id: u64,
    census: Arc<Census>,
}

impl std::fmt::Debug for Census {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Census")
    }
}

impl Drop for Token {
    fn drop(&mut self) {
        self.census.dropped.fetch_add(1, Ordering::SeqCst);
    }
}

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

#[async_interface]
pub trait IFaulty {
    /// Answers with a token of the same id, or panics at step `panic_at` (0 = never).
    fn work(&self, token: Token, panic_at: u8) -> Token;
    /// Waits until `release` is set.
    fn hold(&self, release: Arc<AtomicUsize>) -> u32;
}

struct Faulty {
    census: Arc<Census>,
}

impl IFaulty for Faulty {
    fn work(&self, token: Token, panic_at: u8) -> Token {
        if panic_at == 1 {
            panic!("{INJECTED}: before anything");
        }
        let reply = self.census.token(token.id);
        if panic_at == 2 {
            panic!("{INJECTED}: holding the request and the reply");
        }
        drop(token);
        if panic_at == 3 {
            std::panic::panic_any(format!("{INJECTED}: holding the reply, a String payload"));
        }
        reply
    }

    fn hold(&self, release: Arc<AtomicUsize>) -> u32 {
        let start = Instant::now();
        while release.load(Ordering::SeqCst) == 0 && start.elapsed() < PATIENCE {
            std::thread::sleep(Duration::from_millis(1));
        }
        7
    }
}

#[test]
fn servers_that_panic_at_random_points_end_as_server_fault() {
    let _serial = serial();
    let _load = load::Load::from_env();
    let census = Arc::new(Census::default());
    let server = Arc::new(Faulty {
        census: Arc::clone(&census),
    });
    let faults = AtomicU64::new(0);
    std::thread::scope(|scope| {
        for t in 0..4u64 {
            let (server, census, faults) = (&server, &census, &faults);
            scope.spawn(move || {
                let call = IFaultyCall::new(Arc::clone(server));
                let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (t + 1));
                for n in 0..rounds() {
                    let panic_at = rng.below(4) as u8;
                    call.begin_work(census.token(n), panic_at).unwrap();
                    if rng.below(2) == 0 {
                        assert_eq!(call.wait(PATIENCE), Ok(()));
                    }
                    match call.finish_work() {
                        Ok(reply) => {
                            assert_eq!(panic_at, 0);
                            assert_eq!(reply.id, n);
                        }
                        Err(CallError::ServerFault { message }) => {
                            assert_ne!(panic_at, 0);
                            assert!(message.contains(INJECTED), "{message}");
                            faults.fetch_add(1, Ordering::SeqCst);
                        }
                        Err(other) => panic!("undocumented error {other:?}"),
                    }
                    assert_eq!(call.state(), CallState::Idle, "reusable");
                }
            });
        }
    });
    census.settle("panicking servers");
    eprintln!(
        "faults: {} server panics injected over {} calls",
        faults.load(Ordering::SeqCst),
        4 * rounds()
    );
}

/// What a native server does with its completer.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Fate {
    ReplyNow,
    CompleteNow,
    DropNow,
    CompleteOnThread,
    DropOnThread,
    PanicHolding,
}

const FATES: [Fate; 6] = [
    Fate::ReplyNow,
    Fate::CompleteNow,
    Fate::DropNow,
    Fate::CompleteOnThread,
    Fate::DropOnThread,
    Fate::PanicHolding,
];

struct Native {
    census: Arc<Census>,
}

impl Serve for Native {
    type Request = (Token, Fate);
    type Reply = Token;
    fn serve(
        &self,
        (token, fate): (Token, Fate),
        responder: &Responder<'_, Self>,
    ) -> Option<Token> {
        if fate == Fate::ReplyNow {
            return Some(self.census.token(token.id));
        }
        let completer = responder.defer(|reply: Token| reply);
        let reply = self.census.token(token.id);
        match fate {
            Fate::ReplyNow => unreachable!(),
            Fate::CompleteNow => completer.complete(reply),
            Fate::DropNow => drop(completer),
            Fate::CompleteOnThread => {
                std::thread::spawn(move || completer.complete(reply));
            }
            Fate::DropOnThread => {
                std::thread::spawn(move || drop(completer));
            }
            Fate::PanicHolding => {
                let _held = completer;
                panic!("{INJECTED}: native server holding its completer");
            }
        }
        None
    }
}

#[test]
fn native_servers_that_drop_their_completers_end_as_disconnected() {
    let _serial = serial();
    let _load = load::Load::from_env();
    let census = Arc::new(Census::default());
    let call = Call::new(Native {
        census: Arc::clone(&census),
    });
    let mut rng = Rng(0xDEAD_BEEF);
    let mut dropped = 0;
    for n in 0..rounds() {
        let fate = FATES[rng.below(FATES.len() as u64) as usize];
        call.begin("INative::go", (census.token(n), fate)).unwrap();
        let outcome = call.finish("INative::go");
        match (fate, outcome) {
            (Fate::ReplyNow | Fate::CompleteNow | Fate::CompleteOnThread, Ok(reply)) => {
                assert_eq!(reply.id, n);
            }
            (Fate::DropNow | Fate::DropOnThread, Err(CallError::Disconnected)) => dropped += 1,
            (Fate::PanicHolding, Err(CallError::ServerFault { message })) => {
                assert!(message.contains(INJECTED) || message.contains("completer"));
            }
            (fate, outcome) => panic!("{fate:?}: undocumented outcome {outcome:?}"),
        }
    }
    drop(call);
    census.settle("native servers");
    eprintln!("faults: {dropped} completers dropped without completing");
}

/// Runs some tasks, keeps others, and drops what it kept when shut down.
#[derive(Default)]
struct Flaky {
    kept: Mutex<Vec<Task>>,
    seen: AtomicU64,
}

impl Executor for Flaky {
    fn execute(&self, task: Task) {
        match self.seen.fetch_add(1, Ordering::SeqCst) % 3 {
            0 => task.run(),
            1 => drop(task),
            _ => self.kept.lock().unwrap().push(task),
        }
    }
}

#[test]
fn executors_that_drop_calls_in_flight_end_them_as_disconnected() {
    let _serial = serial();
    let _load = load::Load::from_env();
    let census = Arc::new(Census::default());
    let executor = Arc::new(Flaky::default());
    let server = Arc::new(Faulty {
        census: Arc::clone(&census),
    });
    let calls: Vec<_> = (0..30)
        .map(|_| {
            IFaultyCall::with_options(
                Arc::clone(&server),
                CallOptions::new().executor(Arc::clone(&executor) as Arc<dyn Executor>),
            )
        })
        .collect();
    for (n, call) in (0..).zip(&calls) {
        call.begin_work(census.token(n), 0).unwrap();
    }
    // The executor shuts down with calls in flight: it drops what it kept.
    let kept: Vec<Task> = executor.kept.lock().unwrap().drain(..).collect();
    let in_flight = kept.len();
    std::thread::spawn(move || drop(kept)).join().unwrap();
    let mut disconnected = 0;
    for (n, call) in (0..).zip(&calls) {
        match call.finish_work() {
            Ok(reply) => assert_eq!(reply.id, n),
            Err(CallError::Disconnected) => disconnected += 1,
            Err(other) => panic!("undocumented error {other:?}"),
        }
    }
    assert_eq!(
        disconnected, 20,
        "every dropped task ends its call as Disconnected"
    );
    assert_eq!(in_flight, 10);
    drop(calls);
    census.settle("dropped tasks");
    assert_eq!(Arc::strong_count(&server), 1, "the server is released");
    eprintln!("faults: {disconnected} calls dropped by their executor, {in_flight} in flight");
}

#[test]
fn a_client_thread_that_panics_holding_a_call_object_leaks_nothing() {
    let _serial = serial();
    let _load = load::Load::from_env();
    let census = Arc::new(Census::default());
    let server = Arc::new(Faulty {
        census: Arc::clone(&census),
    });
    let shared = Arc::new(IFaultyCall::new(Arc::clone(&server)));
    for n in 0..rounds() / 10 {
        // A client that owns its call object panics with the call in flight.
        let owned = IFaultyCall::new(Arc::clone(&server));
        let token = census.token(n);
        let result = std::thread::spawn(move || {
            owned.begin_work(token, 0).unwrap();
            panic!("{INJECTED}: client holding a pending call object");
        })
        .join();
        assert!(result.is_err());
        // A client that shares one panics too; the others carry on with the object.
        let held = Arc::clone(&shared);
        let token = census.token(n);
        let result = catch_unwind(AssertUnwindSafe(move || {
            held.begin_work(token, 0).unwrap();
            panic!("{INJECTED}: client holding a shared call object");
        }));
        assert!(result.is_err());
        assert_eq!(
            shared.finish_work().map(|reply| reply.id),
            Ok(n),
            "not poisoned"
        );
    }
    drop(shared);
    census.settle("panicking clients");
    let start = Instant::now();
    while Arc::strong_count(&server) != 1 {
        assert!(start.elapsed() < PATIENCE, "a call object kept the server");
        std::thread::yield_now();
    }
}

#[test]
fn pool_shutdown_reports_the_calls_still_running() {
    let _serial = serial();
    let _load = load::Load::from_env();
    let census = Arc::new(Census::default());
    let server = Arc::new(Faulty {
        census: Arc::clone(&census),
    });
    let release = Arc::new(AtomicUsize::new(0));
    let calls: Vec<_> = (0..3)
        .map(|_| IFaultyCall::new(Arc::clone(&server)))
        .collect();
    for call in &calls {
        call.begin_hold(Arc::clone(&release)).unwrap();
    }
    // Every call is held by its server: the pool cannot empty.
    match async_interface::pool::shutdown(Duration::from_millis(50)) {
        Err(busy) => assert!(busy >= 3, "{busy} busy workers reported, 3 calls running"),
        Ok(()) => panic!("shutdown reported no calls running"),
    }
    release.store(1, Ordering::SeqCst);
    for call in &calls {
        assert_eq!(call.finish_hold(), Ok(7), "the calls were not interrupted");
    }
    assert_eq!(async_interface::pool::shutdown(PATIENCE), Ok(()));
    assert_eq!(async_interface::pool::workers(), 0);
    // And the pool starts again.
    calls[0].begin_work(census.token(1), 0).unwrap();
    assert_eq!(calls[0].finish_work().map(|r| r.id), Ok(1));
    census.settle("pool shutdown");
}
