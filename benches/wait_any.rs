//! Wait-any over 1, 100 and 10,000 pending calls: the cost per completion.
//!
//! Every call object runs on a [`ManualExecutor`], so its call stays pending until the
//! bench runs its task: all N calls are pending at all times. One iteration runs the
//! oldest queued task (completing one call), `wait_any` reports it, `finish` collects it
//! and `begin` starts it again. Single-threaded, so what grows with N is the wait set's
//! own work, not scheduling.
//!
//! The peer: crossbeam-channel's `Select` over N receivers, one of which has a message.

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use async_interface::{Call, CallOptions, WaitSet};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

mod common;
use common::*;

const SIZES: [usize; 3] = [1, 100, 10_000];

fn wait_any(c: &mut Criterion) {
    let mut group = c.benchmark_group("wait_any");
    group.throughput(Throughput::Elements(1));

    for n in SIZES {
        group.bench_function(BenchmarkId::new("async_interface", n), |b| {
            let executor = Arc::new(ManualExecutor::default());
            let calls: Vec<Call<Echo>> = (0..n)
                .map(|_| Call::with_options(Echo, CallOptions::new().executor(executor.clone())))
                .collect();
            let mut set = WaitSet::new();
            for call in &calls {
                set.add(call);
            }
            for (i, call) in calls.iter().enumerate() {
                call.begin(ECHO, i as u64).expect("idle");
            }
            b.iter(|| {
                assert!(executor.run_one(), "a call is always queued");
                let ready = set.wait_any(Duration::from_secs(10)).expect("one is ready");
                let reply = calls[ready].finish(ECHO).expect("complete");
                calls[ready].begin(ECHO, black_box(reply)).expect("idle");
                ready
            });
            drop(set);
            // The queued tasks hold the call objects, which hold the executor: run them.
            while executor.run_one() {}
        });

        group.bench_function(BenchmarkId::new("crossbeam_select", n), |b| {
            let channels: Vec<_> = (0..n)
                .map(|_| crossbeam_channel::bounded::<u64>(1))
                .collect();
            let mut select = crossbeam_channel::Select::new();
            for (_, receiver) in &channels {
                select.recv(receiver);
            }
            let mut next = 0;
            b.iter(|| {
                channels[next].0.send(next as u64).expect("open");
                next = (next + 1) % n;
                let ready = select.ready();
                black_box(channels[ready].1.try_recv().expect("ready"))
            });
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = criterion();
    targets = wait_any
}
criterion_main!(benches);
