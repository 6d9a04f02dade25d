//! Waiting on many calls at once (COM: `ISynchronizeContainer::WaitMultiple`,
//! `CoWaitForMultipleHandles`), with no cap of 63 and with wait-for-all too.
//! Run with `cargo run --example wait_many`.

use std::sync::Arc;
use std::time::Duration;

use async_interface::WaitSet;
use async_interface::prelude::*;

/// A slow lookup.
#[async_interface]
pub trait IResolver {
    /// Resolves `name` to a number.
    fn resolve(&self, name: &str) -> u64;
}

struct Resolver;

impl IResolver for Resolver {
    fn resolve(&self, name: &str) -> u64 {
        name.bytes().map(u64::from).sum()
    }
}

fn main() {
    let server = Arc::new(Resolver);
    let names: Vec<String> = (0..200).map(|i| format!("host-{i}")).collect();
    let calls: Vec<_> = names
        .iter()
        .map(|_| IResolverCall::new(Arc::clone(&server)))
        .collect();

    let mut set = WaitSet::new();
    for call in &calls {
        set.add(call);
    }
    for (call, name) in calls.iter().zip(&names) {
        call.begin_resolve(name.clone()).unwrap();
    }

    // Handle each answer as it arrives.
    let mut answered = 0;
    let mut total = 0;
    while answered < calls.len() {
        let index = set
            .wait_any(Duration::from_secs(30))
            .expect("a call completes");
        total += calls[index].finish_resolve().unwrap();
        answered += 1;
    }
    println!("{answered} calls answered, in completion order; sum {total}");

    // Or wait for all of them.
    for (call, name) in calls.iter().zip(&names) {
        call.begin_resolve(name.clone()).unwrap();
    }
    set.wait_all(Duration::from_secs(30)).expect("all complete");
    let again: u64 = calls.iter().map(|c| c.finish_resolve().unwrap()).sum();
    println!(
        "wait_all: every one of {} calls complete; sum {again}",
        calls.len()
    );

    let empty = WaitSet::new().wait_any(Duration::ZERO);
    println!("an empty set: {empty:?} (COM: RPC_E_NO_SYNC)");

    if total != again || empty != Err(CallError::NoSync) {
        std::process::exit(1);
    }
}
