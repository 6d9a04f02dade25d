//! The server process of a remote interface (COM: a DCOM server): serves `IRemoteStore`
//! on a TCP port until it is stopped. `remote_client` calls it.
//!
//! Run with `cargo run --features remote --example remote_server [ADDR]` (default
//! `127.0.0.1:7878`; port 0 picks a free one). It prints the address it serves on.

#[path = "common/remote_store.rs"]
mod remote_store;

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use async_interface::remote;
use remote_store::{IRemoteStoreCall, MemoryStore};

fn main() -> ExitCode {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:7878".to_owned());
    // The whole server side: a service over the server object, served on an address.
    let service = IRemoteStoreCall::remote_service(Arc::new(MemoryStore::default()));
    let server = match remote::serve(addr.clone(), service) {
        Ok(server) => server,
        Err(error) => {
            eprintln!("cannot serve on {addr}: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("serving IRemoteStore on {}", server.local_addr());
    let _ = std::io::stdout().flush();
    // Serve until the process is stopped; dropping `server` would stop serving.
    loop {
        std::thread::park();
    }
}
