//! The call context (COM: "Client Security During an Asynchronous Call" and
//! "Impersonation and Asynchronous Calls"): the client attaches who it is and a
//! deadline; the server method reads them on the worker, for that call only.
//! Run with `cargo run --example call_context`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use async_interface::context::{self, CallContext};
use async_interface::prelude::*;

/// Who is calling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity(pub String);

/// A vault that tells each caller what it may see.
#[async_interface]
pub trait IVault {
    /// Opens `drawer` on behalf of the calling identity.
    fn open(&self, drawer: &str) -> Result<String, String>;
}

struct Vault;

impl IVault for Vault {
    fn open(&self, drawer: &str) -> Result<String, String> {
        // COM: CoImpersonateClient. Here: the context the client set, for this call only.
        let caller =
            context::current::<Identity>().ok_or("anonymous callers may not open drawers")?;
        let time_left = context::deadline().map(|d| d.saturating_duration_since(Instant::now()));
        Ok(format!(
            "{} opened {drawer} (time left: {time_left:?})",
            caller.0
        ))
    }
}

fn main() {
    let mut failures = 0;
    let call = IVaultCall::new(Arc::new(Vault));

    let anonymous = call
        .begin_open("top".into())
        .and_then(|()| call.finish_open());
    println!("no context:   {anonymous:?}");
    failures += usize::from(anonymous != Ok(Err("anonymous callers may not open drawers".into())));

    call.set_context(Some(
        CallContext::new()
            .with(Identity("alice".into()))
            .with_deadline(Instant::now() + Duration::from_secs(60)),
    ));
    let alice = call
        .begin_open("top".into())
        .and_then(|()| call.finish_open());
    println!("as alice:     {alice:?}");
    failures +=
        usize::from(!matches!(&alice, Ok(Ok(text)) if text.starts_with("alice opened top")));

    // A deadline that has already passed: the call is cancelled instead of run.
    call.set_context(Some(
        CallContext::new()
            .with(Identity("bob".into()))
            .with_deadline(Instant::now()),
    ));
    let late = call
        .begin_open("middle".into())
        .and_then(|()| call.finish_open());
    println!("too late:     {late:?}");
    failures += usize::from(late != Err(CallError::Canceled));

    if failures > 0 {
        std::process::exit(1);
    }
    println!("All steps behaved as described.");
}
