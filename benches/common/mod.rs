//! What every bench shares: the server under test, the ~1 µs work, the peers (the other
//! ways to run a call on another thread), a manual executor, and the criterion settings.
//!
//! Each bench file includes this with `mod common;` and uses only part of it.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::hint::black_box;
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use async_interface::executor::{Executor, Task};
use async_interface::prelude::*;
use async_interface::{Dispatch, executor::Inline};
use criterion::Criterion;

/// Short runs, so that all benches finish in a few minutes on two cores.
pub fn criterion() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30)
        .configure_from_args()
}

/// The server every bench calls: a trivial method and one that works for ~1 µs.
#[async_interface]
pub trait IWork {
    /// Returns `x + 1`.
    fn add(&self, x: u64) -> u64;
    /// Spins for about a microsecond, then returns a value that depends on `x`.
    fn work(&self, x: u64) -> u64;
}

/// The server: knows how many spin iterations make a microsecond on this machine.
#[derive(Debug, Clone, Copy)]
pub struct Server {
    pub spin_iterations: u64,
}

impl Server {
    pub fn new() -> Self {
        Server {
            spin_iterations: spin_iterations_per_microsecond(),
        }
    }
}

impl IWork for Server {
    fn add(&self, x: u64) -> u64 {
        trivial(x)
    }
    fn work(&self, x: u64) -> u64 {
        spin(self.spin_iterations, x)
    }
}

/// The trivial method's body, shared with the peers.
#[inline(never)]
pub fn trivial(x: u64) -> u64 {
    black_box(x).wrapping_add(1)
}

/// `iterations` dependent multiply-adds: the ~1 µs of work.
#[inline(never)]
pub fn spin(iterations: u64, x: u64) -> u64 {
    let mut acc = x;
    for i in 0..iterations {
        acc = black_box(acc.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(i));
    }
    acc
}

/// Calibrated once per process: the spin iterations that take 1 µs (the fastest of a
/// few tries, so that a busy moment does not make the work too short).
pub fn spin_iterations_per_microsecond() -> u64 {
    static ITERATIONS: OnceLock<u64> = OnceLock::new();
    *ITERATIONS.get_or_init(|| {
        const PROBE: u64 = 1_000_000;
        let best = (0..5)
            .map(|_| {
                let start = Instant::now();
                black_box(spin(PROBE, 1));
                start.elapsed()
            })
            .min()
            .expect("five tries");
        let per_microsecond = PROBE as f64 / (best.as_nanos() as f64 / 1_000.0);
        let iterations = per_microsecond.round().max(1.0) as u64;
        eprintln!("calibration: {iterations} spin iterations ≈ 1 µs");
        iterations
    })
}

/// A function a peer runs on its other thread.
pub type Work = Arc<dyn Fn(u64) -> u64 + Send + Sync>;

/// The trivial method as a peer's work.
pub fn trivial_work() -> Work {
    Arc::new(trivial)
}

/// The ~1 µs method as a peer's work.
pub fn spin_work() -> Work {
    let iterations = spin_iterations_per_microsecond();
    Arc::new(move |x| spin(iterations, x))
}

/// The reference: a hand-written worker thread with crossbeam-channel bounded(1) request
/// and reply channels.
pub struct CrossbeamWorker {
    requests: Option<crossbeam_channel::Sender<u64>>,
    replies: crossbeam_channel::Receiver<u64>,
    thread: Option<JoinHandle<()>>,
}

impl CrossbeamWorker {
    pub fn new(work: Work) -> Self {
        let (requests, incoming) = crossbeam_channel::bounded::<u64>(1);
        let (outgoing, replies) = crossbeam_channel::bounded::<u64>(1);
        let thread = std::thread::spawn(move || {
            while let Ok(x) = incoming.recv() {
                if outgoing.send(work(x)).is_err() {
                    break;
                }
            }
        });
        CrossbeamWorker {
            requests: Some(requests),
            replies,
            thread: Some(thread),
        }
    }

    pub fn call(&self, x: u64) -> u64 {
        self.requests
            .as_ref()
            .expect("open until drop")
            .send(x)
            .expect("worker alive");
        self.replies.recv().expect("worker alive")
    }
}

impl Drop for CrossbeamWorker {
    fn drop(&mut self) {
        drop(self.requests.take());
        if let Some(thread) = self.thread.take() {
            thread.join().expect("worker exits cleanly");
        }
    }
}

/// A thread per call.
pub fn thread_spawn_call(work: &Work, x: u64) -> u64 {
    let work = Arc::clone(work);
    std::thread::spawn(move || work(x))
        .join()
        .expect("no panic")
}

/// The multi-threaded tokio runtime the tokio peers use (default configuration).
pub fn tokio_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime")
}

/// tokio `spawn_blocking`, waited for with `block_on`.
pub fn tokio_call(runtime: &tokio::runtime::Handle, work: &Work, x: u64) -> u64 {
    let work = Arc::clone(work);
    runtime
        .block_on(runtime.spawn_blocking(move || work(x)))
        .expect("no panic")
}

/// `blocking::unblock`, waited for with `futures_executor::block_on`.
pub fn blocking_call(work: &Work, x: u64) -> u64 {
    let work = Arc::clone(work);
    futures_executor::block_on(blocking::unblock(move || work(x)))
}

/// `rayon::spawn` on the global pool, with the reply on a oneshot channel.
pub fn rayon_call(work: &Work, x: u64) -> u64 {
    let work = Arc::clone(work);
    let (reply, replied) = oneshot::channel();
    rayon::spawn(move || {
        let _ = reply.send(work(x));
    });
    replied.recv().expect("rayon ran it")
}

/// A hand-built call object (the generated ones cannot take options yet).
#[derive(Debug, Clone, Copy)]
pub struct Echo;

impl Dispatch for Echo {
    type Request = u64;
    type Reply = u64;
    fn dispatch(&self, request: u64) -> u64 {
        trivial(request)
    }
}

/// The method name the hand-built call objects use.
pub const ECHO: &str = "Echo::add";

/// A call object that runs its calls on the thread that begins them: the bookkeeping of
/// a round trip without the hand-off to another thread.
pub fn inline_call() -> async_interface::Call<Echo> {
    async_interface::Call::with_options(
        Echo,
        async_interface::CallOptions::new().executor(Arc::new(Inline)),
    )
}

/// An executor that only queues tasks; the bench runs them when it likes.
#[derive(Debug, Default)]
pub struct ManualExecutor {
    tasks: Mutex<VecDeque<Task>>,
}

impl ManualExecutor {
    /// Runs the oldest queued task; false if there was none.
    pub fn run_one(&self) -> bool {
        let task = self.tasks.lock().expect("not poisoned").pop_front();
        match task {
            Some(task) => {
                task.run();
                true
            }
            None => false,
        }
    }
}

impl Executor for ManualExecutor {
    fn execute(&self, task: Task) {
        self.tasks.lock().expect("not poisoned").push_back(task);
    }
}

/// A new call object of the generated kind over `server`.
pub fn work_call(server: Server) -> IWorkCall<Server> {
    IWorkCall::new(Arc::new(server))
}

/// One begin → finish round trip of the trivial method on a reused call object.
pub fn round_trip_add(call: &IWorkCall<Server>, x: u64) -> u64 {
    call.begin_add(x).expect("idle");
    call.finish_add().expect("completes")
}

/// One begin → finish round trip of the ~1 µs method on a reused call object.
pub fn round_trip_work(call: &IWorkCall<Server>, x: u64) -> u64 {
    call.begin_work(x).expect("idle");
    call.finish_work().expect("completes")
}

/// One begin → wait → finish round trip (the wording): `wait` is the call
/// object's `ISynchronize`, which `finish_` would not need.
pub fn round_trip_add_wait(call: &IWorkCall<Server>, x: u64) -> u64 {
    call.begin_add(x).expect("idle");
    call.wait(Duration::from_secs(10)).expect("completes");
    call.finish_add().expect("completes")
}

/// A hand-written worker with kanal `bounded(capacity)` request and reply channels
/// (`bounded(0)`: kanal's direct hand-off to a waiting receiver).
pub struct KanalWorker {
    requests: Option<kanal::Sender<u64>>,
    replies: kanal::Receiver<u64>,
    thread: Option<JoinHandle<()>>,
}

impl KanalWorker {
    pub fn new(work: Work, capacity: usize) -> Self {
        let (requests, incoming) = kanal::bounded::<u64>(capacity);
        let (outgoing, replies) = kanal::bounded::<u64>(capacity);
        let thread = std::thread::spawn(move || {
            while let Ok(x) = incoming.recv() {
                if outgoing.send(work(x)).is_err() {
                    break;
                }
            }
        });
        KanalWorker {
            requests: Some(requests),
            replies,
            thread: Some(thread),
        }
    }

    pub fn call(&self, x: u64) -> u64 {
        self.requests
            .as_ref()
            .expect("open until drop")
            .send(x)
            .expect("worker alive");
        self.replies.recv().expect("worker alive")
    }
}

impl Drop for KanalWorker {
    fn drop(&mut self) {
        drop(self.requests.take());
        if let Some(thread) = self.thread.take() {
            thread.join().expect("worker exits cleanly");
        }
    }
}

/// The hardware's floor for a round trip: two threads handing one `AtomicU64` back and
/// forth, both spinning. A request is an odd word, a reply an even one; `u64::MAX` stops.
pub struct AtomicPingPong {
    word: Arc<std::sync::atomic::AtomicU64>,
    thread: Option<JoinHandle<()>>,
}

impl AtomicPingPong {
    pub fn new(work: Work) -> Self {
        use std::sync::atomic::Ordering;
        let word = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let shared = Arc::clone(&word);
        let thread = std::thread::spawn(move || {
            loop {
                let seen = shared.load(Ordering::Acquire);
                if seen == u64::MAX {
                    return;
                }
                if seen & 1 == 1 {
                    let reply = work(seen >> 1);
                    shared.store(reply << 1, Ordering::Release);
                } else {
                    std::hint::spin_loop();
                }
            }
        });
        AtomicPingPong {
            word,
            thread: Some(thread),
        }
    }

    pub fn call(&self, x: u64) -> u64 {
        use std::sync::atomic::Ordering;
        let x = x & (u64::MAX >> 2);
        self.word.store((x << 1) | 1, Ordering::Release);
        loop {
            let seen = self.word.load(Ordering::Acquire);
            if seen & 1 == 0 {
                return seen >> 1;
            }
            std::hint::spin_loop();
        }
    }
}

impl Drop for AtomicPingPong {
    fn drop(&mut self) {
        self.word
            .store(u64::MAX, std::sync::atomic::Ordering::Release);
        if let Some(thread) = self.thread.take() {
            thread.join().expect("exits cleanly");
        }
    }
}

/// Busy-looping threads, one per core, started by `new` and stopped when dropped: the
/// loaded variant of a bench runs beside them, so both cores are taken by other work.
pub struct Load {
    stop: Arc<std::sync::atomic::AtomicBool>,
    threads: Vec<JoinHandle<()>>,
}

impl Load {
    pub fn new() -> Self {
        let threads = std::thread::available_parallelism().map_or(2, usize::from);
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let threads = (0..threads)
            .map(|_| {
                let stop = Arc::clone(&stop);
                std::thread::spawn(move || {
                    let mut x = 0u64;
                    while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                        x = black_box(x.wrapping_mul(31).wrapping_add(7));
                    }
                })
            })
            .collect();
        Load { stop, threads }
    }
}

impl Drop for Load {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        for thread in self.threads.drain(..) {
            thread.join().expect("busy loop exits");
        }
    }
}

/// One begin → wait → finish round trip of the ~1 µs method.
pub fn round_trip_work_wait(call: &IWorkCall<Server>, x: u64) -> u64 {
    call.begin_work(x).expect("idle");
    call.wait(Duration::from_secs(10)).expect("completes");
    call.finish_work().expect("completes")
}
