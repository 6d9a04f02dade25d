//! Awaiting a call object from async code: `begin_`, `.await`, `finish_`, without blocking
//! a runtime thread. Run with `cargo run --example tokio_await`.

use std::sync::Arc;
use std::time::Duration;

use async_interface::prelude::*;

/// A blocking, synchronous database API.
#[async_interface]
pub trait IDatabase {
    /// Looks up `key`.
    fn get(&self, key: &str) -> Option<String>;
}

struct Database;

impl IDatabase for Database {
    fn get(&self, key: &str) -> Option<String> {
        std::thread::sleep(Duration::from_millis(20)); // a slow disk
        (key == "answer").then(|| "42".to_owned())
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let call = IDatabaseCall::new(Arc::new(Database));
    call.begin_get("answer".into()).unwrap();

    // The single runtime thread stays free for other tasks while the call runs.
    let ticker = tokio::spawn(async {
        let mut ticks = 0;
        for _ in 0..3 {
            tokio::task::yield_now().await;
            ticks += 1;
        }
        ticks
    });

    call.completion().await.unwrap();
    let value = call.finish_get().unwrap();
    println!(
        "get(\"answer\") -> {value:?}; other task ticked {} times meanwhile",
        ticker.await.unwrap()
    );

    // A timeout on the awaiting side does not consume the call.
    call.begin_get("question".into()).unwrap();
    let early = tokio::time::timeout(Duration::from_micros(1), call.completion()).await;
    println!(
        "awaited with a 1 µs timeout: {}",
        if early.is_err() {
            "timed out, call still running"
        } else {
            "already done"
        }
    );
    call.completion().await.unwrap();
    let value2 = call.finish_get().unwrap();
    println!("get(\"question\") -> {value2:?}");

    if value.as_deref() != Some("42") || value2.is_some() {
        std::process::exit(1);
    }
}
