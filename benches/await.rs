//! A tokio task awaiting a call object's completion, then finishing it, against the same
//! task awaiting `spawn_blocking` (and `blocking::unblock`); issue 13: the one-step
//! `call.add(x).await` (a `PendingCall`) in the same run. Each group runs quiet, then
//! loaded (one busy loop per core beside it).
//!
//! One spawned task runs all the iterations of a sample in a loop, so what is timed is
//! the await, not `block_on` or the task's spawn.

use std::future::Future;
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_interface::prelude::*;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

mod common;
use common::*;

/// Times `iters` awaits of `one_call` inside one task spawned on `runtime`.
fn in_task<F, Fut>(runtime: &tokio::runtime::Runtime, iters: u64, one_call: F) -> Duration
where
    F: Fn(u64) -> Fut + Send + 'static,
    Fut: Future<Output = u64> + Send,
{
    runtime
        .block_on(runtime.spawn(async move {
            let start = Instant::now();
            let mut sum = 0u64;
            for i in 0..iters {
                sum = sum.wrapping_add(one_call(i).await);
            }
            black_box(sum);
            start.elapsed()
        }))
        .expect("task ran")
}

fn await_bench(c: &mut Criterion) {
    for loaded in [false, true] {
        await_group(c, loaded);
    }
}

fn await_group(c: &mut Criterion, loaded: bool) {
    let name = if loaded {
        "await_loaded/trivial"
    } else {
        "await/trivial"
    };
    let mut group = c.benchmark_group(name);
    let runtime = tokio_runtime();
    let _load = loaded.then(Load::new);

    group.bench_function(
        BenchmarkId::from_parameter("async_interface_one_step"),
        |b| {
            let call = Arc::new(work_call(Server::new()));
            b.iter_custom(|iters| {
                let call = Arc::clone(&call);
                in_task(&runtime, iters, move |x| {
                    let call = Arc::clone(&call);
                    async move { call.add(x).await.expect("completes") }
                })
            });
        },
    );

    group.bench_function(BenchmarkId::from_parameter("async_interface"), |b| {
        let call = Arc::new(work_call(Server::new()));
        b.iter_custom(|iters| {
            let call = Arc::clone(&call);
            in_task(&runtime, iters, move |x| {
                let call = Arc::clone(&call);
                async move {
                    call.begin_add(x).expect("idle");
                    call.completion().await.expect("completes");
                    call.finish_add().expect("complete")
                }
            })
        });
    });

    group.bench_function(BenchmarkId::from_parameter("tokio_spawn_blocking"), |b| {
        b.iter_custom(|iters| {
            in_task(&runtime, iters, |x| async move {
                tokio::task::spawn_blocking(move || trivial(x))
                    .await
                    .expect("no panic")
            })
        });
    });

    group.bench_function(BenchmarkId::from_parameter("blocking_unblock"), |b| {
        b.iter_custom(|iters| in_task(&runtime, iters, |x| blocking::unblock(move || trivial(x))));
    });

    group.finish();
}

criterion_group! {
    name = benches;
    config = criterion();
    targets = await_bench
}
criterion_main!(benches);
