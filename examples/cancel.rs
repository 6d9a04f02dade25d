//! Cancelling a call (COM: "Canceling an Asynchronous Call", `ICancelMethodCalls`).
//!
//! A long scan checks `test_cancel()` as it goes and stops early when asked; a call to a
//! server that does not look is cancelled on the client side after the timeout.
//! Run with `cargo run --example cancel`; exits non-zero if a step misbehaves.

use std::sync::Arc;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use async_interface::prelude::*;

/// A disk that can be scanned.
#[async_interface]
pub trait IDisk {
    /// Scans every block; returns how many it scanned, or `Canceled` if asked to stop.
    fn scan(&self) -> Result<u64, CallError>;
    /// Waits for the hardware, without looking for cancellation.
    fn spin_up(&self) -> u32;
}

struct Disk {
    hardware: Mutex<Receiver<()>>,
    scanning: Mutex<Sender<()>>,
}

impl IDisk for Disk {
    fn scan(&self) -> Result<u64, CallError> {
        let _ = self.scanning.lock().unwrap().send(());
        let mut blocks = 0;
        loop {
            // COM: CoTestCancel. A cheap check between units of work.
            async_interface::test_cancel()?;
            blocks += 1;
            std::thread::yield_now();
            if blocks == u64::MAX {
                return Ok(blocks);
            }
        }
    }

    fn spin_up(&self) -> u32 {
        let _ = self.hardware.lock().unwrap().recv();
        7200
    }
}

fn check(ok: bool, what: String) -> usize {
    println!("{} {what}", if ok { "   ok:" } else { "   UNEXPECTED:" });
    usize::from(!ok)
}

fn main() {
    let mut failures = 0;
    let (hardware, hardware_rx) = channel();
    let (scanning_tx, scanning) = channel();
    let disk = Arc::new(Disk {
        hardware: Mutex::new(hardware_rx),
        scanning: Mutex::new(scanning_tx),
    });
    let call = IDiskCall::new(Arc::clone(&disk));

    println!("1. A server that looks: cancel waits for it to return");
    call.begin_scan().unwrap();
    // Wait until a worker runs the scan (a call cancelled before that never runs at all).
    scanning.recv().unwrap();
    let cancelled = call.cancel(Duration::from_secs(30));
    failures += check(
        cancelled == Err(CallError::CallComplete),
        format!("cancel(30 s) -> {cancelled:?}: the server returned within the timeout"),
    );
    let finished = call.finish_scan();
    failures += check(
        finished == Ok(Err(CallError::Canceled)),
        format!("finish_scan() -> {finished:?}: the server's own answer"),
    );

    println!("2. A server that does not look: the call completes as cancelled");
    call.begin_spin_up().unwrap();
    let cancelled = call.cancel(Duration::from_millis(20));
    failures += check(
        cancelled == Ok(()),
        format!("cancel(20 ms) -> {cancelled:?}"),
    );
    failures += check(
        call.state() == CallState::Cancelled,
        format!("state {:?}", call.state()),
    );
    let begun = call.begin_scan();
    failures += check(
        begun == Err(CallError::CallPending),
        format!("begin before finish -> {begun:?}: finish is required after cancel"),
    );
    let finished = call.finish_spin_up();
    failures += check(
        finished == Err(CallError::Canceled),
        format!("finish_spin_up() -> {finished:?}"),
    );
    // The server is still waiting for its hardware; let it go. Its result is dropped.
    hardware.send(()).unwrap();

    println!("3. Cancel with nothing in progress");
    let cancelled = call.cancel(Duration::ZERO);
    failures += check(
        cancelled == Err(CallError::CallComplete),
        format!("cancel -> {cancelled:?}"),
    );

    if failures > 0 {
        std::process::exit(1);
    }
    println!("All steps behaved as described.");
}
