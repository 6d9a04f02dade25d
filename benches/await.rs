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

/// The one-step await against `spawn_blocking`, interleaved: rounds of `ROUND` calls of
/// each, back to back in the same task, so that both see the same load; prints the median
/// and the quartiles of the per-round ratio. On a machine shared with other builds the
/// load drifts between criterion's groups by more than the difference being measured;
/// this ratio does not drift with it. Skipped when criterion is given a filter that does
/// not match `await_paired`.
fn paired_ratio(_: &mut Criterion) {
    const ROUNDS: usize = 40;
    const ROUND: u64 = 500;
    if std::env::args()
        .skip(1)
        .any(|arg| !arg.starts_with('-') && !"await_paired".contains(&arg))
    {
        return;
    }
    let runtime = tokio_runtime();
    for loaded in [false, true] {
        let _load = loaded.then(Load::new);
        let call = Arc::new(work_call(Server::new()));
        let mut ratios = Vec::with_capacity(ROUNDS);
        let (mut one_step_total, mut blocking_total) = (Duration::ZERO, Duration::ZERO);
        for round in 0..=ROUNDS {
            let one_step = {
                let call = Arc::clone(&call);
                in_task(&runtime, ROUND, move |x| {
                    let call = Arc::clone(&call);
                    async move { call.add(x).await.expect("completes") }
                })
            };
            let blocking = in_task(&runtime, ROUND, |x| async move {
                tokio::task::spawn_blocking(move || trivial(x))
                    .await
                    .expect("no panic")
            });
            if round > 0 {
                // Round 0 warms both up.
                ratios.push(one_step.as_secs_f64() / blocking.as_secs_f64());
                one_step_total += one_step;
                blocking_total += blocking;
            }
        }
        ratios.sort_by(f64::total_cmp);
        let per_call = |total: Duration| total.as_secs_f64() * 1e6 / (ROUNDS as f64 * ROUND as f64);
        println!(
            "await_paired{}/trivial: one-step {:.2} µs, spawn_blocking {:.2} µs per call; \
             ratio one-step / spawn_blocking per round: median {:.2}x, quartiles {:.2}x-{:.2}x ({ROUNDS} rounds of {ROUND}); load average {}",
            if loaded { "_loaded" } else { "" },
            per_call(one_step_total),
            per_call(blocking_total),
            ratios[ROUNDS / 2],
            ratios[ROUNDS / 4],
            ratios[3 * ROUNDS / 4],
            std::fs::read_to_string("/proc/loadavg")
                .unwrap_or_default()
                .trim(),
        );
    }
}

criterion_group! {
    name = benches;
    config = criterion();
    targets = await_bench, paired_ratio
}
criterion_main!(benches);
