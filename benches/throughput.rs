//! Eight client threads, each with its own call object (or worker, or channel), calling
//! the trivial method in a loop: calls per second across all clients.
//!
//! One criterion iteration is one call; `iter_custom` spreads the iterations over the
//! clients and times from a common start (a barrier, after every client has built its
//! call object) until the last client is done.

use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

mod common;
use common::*;

const CLIENTS: u64 = 8;

/// Per client: something that makes one call.
type Client = Box<dyn FnMut(u64) -> u64>;

/// Runs `iters` calls spread over [`CLIENTS`] threads; each thread builds its client with
/// `make` first, untimed.
fn run_clients(iters: u64, make: &(dyn Fn() -> Client + Sync)) -> Duration {
    let per_client = iters.div_ceil(CLIENTS);
    let start = Barrier::new(CLIENTS as usize + 1);
    std::thread::scope(|scope| {
        let threads: Vec<_> = (0..CLIENTS)
            .map(|_| {
                let start = &start;
                scope.spawn(move || {
                    let mut client = make();
                    start.wait();
                    let mut sum = 0u64;
                    for i in 0..per_client {
                        sum = sum.wrapping_add(client(i));
                    }
                    sum
                })
            })
            .collect();
        start.wait();
        let began = Instant::now();
        for thread in threads {
            std::hint::black_box(thread.join().expect("client ran"));
        }
        // The clients made `per_client * CLIENTS` calls; scale to the `iters` asked for.
        began
            .elapsed()
            .mul_f64(iters as f64 / (per_client * CLIENTS) as f64)
    })
}

fn throughput(c: &mut Criterion) {
    let mut group = c.benchmark_group("throughput/8_clients");
    group.throughput(Throughput::Elements(1));
    let work = trivial_work();

    let mut bench = |name: &str, make: &(dyn Fn() -> Client + Sync)| {
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter_custom(|iters| run_clients(iters, make));
        });
    };

    bench("direct", &|| Box::new(trivial));
    bench("async_interface", &|| {
        let call = work_call(Server::new());
        Box::new(move |x| round_trip_add(&call, x))
    });
    bench("crossbeam_worker", &|| {
        let worker = CrossbeamWorker::new(trivial_work());
        Box::new(move |x| worker.call(x))
    });
    let spawn_work = work.clone();
    bench("thread_spawn", &move || {
        let work = spawn_work.clone();
        Box::new(move |x| thread_spawn_call(&work, x))
    });
    let runtime = tokio_runtime();
    let handle = runtime.handle().clone();
    let tokio_work = work.clone();
    bench("tokio_spawn_blocking", &move || {
        let (handle, work) = (handle.clone(), tokio_work.clone());
        Box::new(move |x| tokio_call(&handle, &work, x))
    });
    let blocking_work = work.clone();
    bench("blocking_unblock", &move || {
        let work = blocking_work.clone();
        Box::new(move |x| blocking_call(&work, x))
    });
    let rayon_work = Arc::clone(&work);
    bench("rayon_oneshot", &move || {
        let work = rayon_work.clone();
        Box::new(move |x| rayon_call(&work, x))
    });
    group.finish();
    drop(runtime);
}

criterion_group! {
    name = benches;
    config = criterion();
    targets = throughput
}
criterion_main!(benches);
