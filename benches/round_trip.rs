//! One call at a time from one client: begin → finish on a reused call object, against
//! the other ways of running a function on another thread, in the same run.
//!
//! Two methods: a trivial one (`u64 → u64`) and one that works for ~1 µs (a spin loop
//! calibrated once per process). Each group runs twice: quiet, and loaded (one
//! busy-looping thread per core, started by the bench before the group and stopped
//! after it), so that every mechanism is measured with both cores taken by other work.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

mod common;
use common::*;

fn bench_method(c: &mut Criterion, name: &str, work: Work, is_spin: bool, loaded: bool) {
    let group_name = if loaded {
        format!("round_trip_loaded/{name}")
    } else {
        format!("round_trip/{name}")
    };
    let mut group = c.benchmark_group(group_name);
    let _load = loaded.then(Load::new);

    group.bench_function(BenchmarkId::from_parameter("direct"), |b| {
        let work = work.clone();
        b.iter(|| work(black_box(7)));
    });

    group.bench_function(BenchmarkId::from_parameter("atomic_floor"), |b| {
        let ping = AtomicPingPong::new(work.clone());
        b.iter(|| ping.call(black_box(7)));
    });

    group.bench_function(BenchmarkId::from_parameter("async_interface"), |b| {
        let call = work_call(Server::new());
        if is_spin {
            b.iter(|| round_trip_work(&call, black_box(7)));
        } else {
            b.iter(|| round_trip_add(&call, black_box(7)));
        }
    });

    group.bench_function(BenchmarkId::from_parameter("async_interface_wait"), |b| {
        let call = work_call(Server::new());
        if is_spin {
            b.iter(|| round_trip_work_wait(&call, black_box(7)));
        } else {
            b.iter(|| round_trip_add_wait(&call, black_box(7)));
        }
    });

    if !is_spin {
        group.bench_function(BenchmarkId::from_parameter("async_interface_inline"), |b| {
            let call = inline_call();
            b.iter(|| {
                call.begin(ECHO, black_box(7)).expect("idle");
                call.finish(ECHO).expect("completes")
            });
        });
    }

    group.bench_function(BenchmarkId::from_parameter("crossbeam_worker"), |b| {
        let worker = CrossbeamWorker::new(work.clone());
        b.iter(|| worker.call(black_box(7)));
    });

    group.bench_function(BenchmarkId::from_parameter("kanal_worker_0"), |b| {
        let worker = KanalWorker::new(work.clone(), 0);
        b.iter(|| worker.call(black_box(7)));
    });

    group.bench_function(BenchmarkId::from_parameter("kanal_worker_1"), |b| {
        let worker = KanalWorker::new(work.clone(), 1);
        b.iter(|| worker.call(black_box(7)));
    });

    group.bench_function(BenchmarkId::from_parameter("thread_spawn"), |b| {
        b.iter(|| thread_spawn_call(&work, black_box(7)));
    });

    group.bench_function(BenchmarkId::from_parameter("tokio_spawn_blocking"), |b| {
        let runtime = tokio_runtime();
        let handle = runtime.handle().clone();
        b.iter(|| tokio_call(&handle, &work, black_box(7)));
    });

    group.bench_function(BenchmarkId::from_parameter("blocking_unblock"), |b| {
        b.iter(|| blocking_call(&work, black_box(7)));
    });

    group.bench_function(BenchmarkId::from_parameter("rayon_oneshot"), |b| {
        b.iter(|| rayon_call(&work, black_box(7)));
    });

    group.finish();
}

fn round_trip(c: &mut Criterion) {
    for loaded in [false, true] {
        bench_method(c, "trivial", trivial_work(), false, loaded);
        bench_method(c, "work_1us", spin_work(), true, loaded);
    }
}

criterion_group! {
    name = benches;
    config = criterion();
    targets = round_trip
}
criterion_main!(benches);
