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
