//! Awaiting calls from async code, without blocking a runtime thread: the one-step
//! `call.get(..).await`, `select!` whose loser is cancelled, a call kept as a typed
//! handle, N calls at once from a `CallPool`, results as they finish from an
//! `AsyncWaitSet`, and the COM steps underneath. Run with `cargo run --example tokio_await`.

use std::sync::Arc;
use std::time::Duration;

use async_interface::prelude::*;
use async_interface::{AsyncWaitSet, CallPool};

/// A blocking, synchronous database API.
#[async_interface]
pub trait IDatabase {
    /// Looks up `key`.
    fn get(&self, key: &str) -> Option<String>;
    /// Waits until the client cancels; returns how long it waited.
    fn watch(&self) -> Result<Duration, CallError>;
}

struct Database;

impl IDatabase for Database {
    fn get(&self, key: &str) -> Option<String> {
        std::thread::sleep(Duration::from_millis(20)); // a slow disk
        key.strip_prefix("key").map(|n| format!("value{n}"))
    }

    fn watch(&self) -> Result<Duration, CallError> {
        let start = std::time::Instant::now();
        loop {
            async_interface::test_cancel()?;
            std::thread::sleep(Duration::from_millis(1));
            if start.elapsed() > Duration::from_secs(30) {
                return Ok(start.elapsed());
            }
        }
    }
}

fn check(what: &str, ok: bool) {
    println!("{what}: {}", if ok { "ok" } else { "WRONG" });
    if !ok {
        std::process::exit(1);
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), CallError> {
    let server = Arc::new(Database);
    let call = IDatabaseCall::new(Arc::clone(&server));

    // 1. One step: begin, await, finish. The one runtime thread stays free meanwhile.
    let ticker = tokio::spawn(async {
        for _ in 0..3 {
            tokio::task::yield_now().await;
        }
        3
    });
    let value = call.get("key1".into()).await?;
    check(
        &format!(
            "get(\"key1\").await -> {value:?}; another task ticked {} times",
            ticker.await.unwrap_or(0)
        ),
        value.as_deref() == Some("value1"),
    );

    // 2. select!: the loser is cancelled, and the call object is ready for the next call.
    tokio::select! {
        watched = call.watch() => check(&format!("watch returned on its own: {watched:?}"), false),
        () = tokio::time::sleep(Duration::from_millis(30)) => {}
    }
    check(
        "after select!, the call object is idle",
        call.state() == CallState::Idle,
    );

    // 3. A call kept as a value: a typed handle, the only way to its result.
    let pending = call.get("key2".into());
    pending.wait(Duration::from_secs(5))?;
    let value = pending.finish()?; // finishing it twice would not compile
    check(
        &format!("typed handle -> {value:?}"),
        value.as_deref() == Some("value2"),
    );

    // 4. N calls at once on one server, each on a pooled call object.
    let pool = CallPool::new({
        let server = Arc::clone(&server);
        move || IDatabaseCall::new(Arc::clone(&server))
    });
    let start = std::time::Instant::now();
    let calls: Vec<_> = (0..8).map(|_| pool.get()).collect();
    let lookups: Vec<_> = calls
        .iter()
        .enumerate()
        .map(|(i, call)| call.get(format!("key{i}")))
        .collect();
    let mut found = 0;
    for lookup in lookups {
        found += usize::from(lookup.await?.is_some());
    }
    check(
        &format!("8 lookups of 20 ms at once took {:?}", start.elapsed()),
        found == 8,
    );

    // 5. Results as they finish, from select! next to a timer: the COM steps underneath.
    let mut set = AsyncWaitSet::new();
    for (i, call) in calls.iter().enumerate() {
        set.add(&**call);
        call.begin_get(format!("key{i}"))?;
    }
    let mut order = Vec::new();
    loop {
        tokio::select! {
            ready = set.next_ready() => match ready {
                Some(index) => {
                    let _ = calls[index].finish_get()?;
                    order.push(index);
                }
                None => break,
            },
            () = tokio::time::sleep(Duration::from_secs(10)) => check("a call never finished", false),
        }
    }
    check(
        &format!("finished in the order {order:?}"),
        order.len() == 8,
    );
    Ok(())
}
