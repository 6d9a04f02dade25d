//! The client process of a remote interface (COM: a DCOM client): the same `begin_`,
//! `wait`, `cancel` and `finish_` as over a local server, to a server in another process.
//!
//! Run `cargo run --features remote --example remote_server` in one terminal, then
//! `cargo run --features remote --example remote_client [ADDR]` (default
//! `127.0.0.1:7878`). With `ADDR` = `here`, the client starts the server in its own
//! process over loopback. It exits non-zero if anything misbehaves.

#[path = "common/remote_store.rs"]
mod remote_store;

use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_interface::CallContext;
use async_interface::prelude::*;
use async_interface::remote::{self, Connection};
use remote_store::{AsyncIRemoteStore, IRemoteStoreCall, MemoryStore};

fn check(step: &str, ok: bool) -> Result<(), String> {
    if ok {
        println!("ok   {step}");
        Ok(())
    } else {
        Err(format!("FAIL {step}"))
    }
}

fn run(connection: &Connection) -> Result<(), String> {
    let call = IRemoteStoreCall::remote(connection);

    // 1. Begin returns at once; the client works while the server does.
    let began = Instant::now();
    call.begin_put("greeting".into(), b"hello".to_vec())
        .map_err(|e| e.to_string())?;
    let other_work: u64 = (0..1000).sum();
    call.wait(Duration::from_secs(10))
        .map_err(|e| e.to_string())?;
    check(
        "put: begin, other work, wait, finish",
        call.finish_put() == Ok(None) && other_work == 499_500,
    )?;
    println!("     round trip with other work: {:?}", began.elapsed());

    // 2. The exact return value comes back; the call object is reused.
    call.begin_get("greeting".into())
        .map_err(|e| e.to_string())?;
    check(
        "get returns what put stored",
        call.finish_get() == Ok(Some(b"hello".to_vec())),
    )?;

    // 3. A slow call: wait with a timeout, then a second begin is refused.
    call.begin_slow_sum(5_000).map_err(|e| e.to_string())?;
    check(
        "wait(10 ms) on a slow call times out",
        call.wait(Duration::from_millis(10)) == Err(CallError::Timeout),
    )?;
    check(
        "begin while pending is CallPending",
        call.begin_get("x".into()) == Err(CallError::CallPending),
    )?;

    // 4. Cancel reaches the server, which stops early and says where.
    let cancelled = call.cancel(Duration::from_secs(10));
    let result = call.finish_slow_sum();
    println!("     cancel: {cancelled:?}; finish: {result:?}");
    check(
        "cancel stops the remote method early",
        cancelled == Err(CallError::CallComplete)
            && matches!(&result, Ok(Err(text)) if text.starts_with("cancelled after")),
    )?;

    // 5. The call context's deadline travels with the call.
    call.set_context(Some(
        CallContext::new().with_deadline(Instant::now() + Duration::from_millis(50)),
    ));
    call.begin_slow_sum(5_000).map_err(|e| e.to_string())?;
    let result = call.finish_slow_sum();
    println!("     deadline of 50 ms: {result:?}");
    check(
        "a passed deadline cancels the remote call",
        result == Err(CallError::Canceled),
    )?;
    call.set_context(None);

    // 6. Quick calls in a row: the cost of a round trip over the connection.
    let began = Instant::now();
    let rounds = 200;
    for _ in 0..rounds {
        call.begin_get("greeting".into())
            .map_err(|e| e.to_string())?;
        call.finish_get().map_err(|e| e.to_string())?;
    }
    println!(
        "     {rounds} round trips: {:?} each",
        began.elapsed() / rounds
    );
    Ok(())
}

fn main() -> ExitCode {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:7878".to_owned());
    // `here`: serve in this process (over loopback), for a one-command demonstration.
    let _local_server;
    let addr = if addr == "here" {
        let service = IRemoteStoreCall::remote_service(Arc::new(MemoryStore::default()));
        let server = remote::serve("127.0.0.1:0", service).expect("cannot serve on loopback");
        let local = server.local_addr().to_string();
        _local_server = server;
        local
    } else {
        addr
    };
    let connection = match Connection::connect(addr.clone()) {
        Ok(connection) => connection,
        Err(error) => {
            eprintln!("cannot connect to {addr}: {error} (is remote_server running?)");
            return ExitCode::FAILURE;
        }
    };
    println!("connected to {}", connection.peer_addr());
    match run(&connection) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{failure}");
            ExitCode::FAILURE
        }
    }
}
