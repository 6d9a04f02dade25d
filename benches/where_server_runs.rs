//! "Where the server runs" (issue 7): the cost of one call, begin → finish on a reused
//! call object, to the same trivial method served by the built-in worker pool (COM's
//! MTA), by an apartment (STA) and by a server behind loopback TCP (DCOM, feature
//! `remote`), with the direct call for scale. Peers in the same run: tarpc used directly
//! over the same loopback TCP, answering on its I/O thread (`tarpc_inline`) and from a
//! blocking thread, as a blocking method must be run (`tarpc_spawn_blocking`). Run with
//! `cargo bench --features remote --bench where_server_runs`.

use std::hint::black_box;
use std::sync::Arc;

use async_interface::apartment::Apartment;
use async_interface::prelude::*;
use async_interface::remote::__peer::futures::StreamExt;
use async_interface::remote::__peer::tarpc;
use async_interface::remote::Postcard;
use async_interface::remote::{self, Connection};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use tarpc::server::Channel as _;

/// The trivial method every place serves.
#[async_interface(remote)]
pub trait IEcho {
    /// Returns `x + 1`.
    fn echo(&self, x: u64) -> u64;
}

struct Echo;

impl IEcho for Echo {
    fn echo(&self, x: u64) -> u64 {
        x + 1
    }
}

fn round_trip(call: &impl AsyncIEcho, x: u64) -> u64 {
    call.begin_echo(x).expect("idle");
    call.finish_echo().expect("completes")
}

fn where_server_runs(c: &mut Criterion) {
    let mut group = c.benchmark_group("where_server_runs/echo");

    group.bench_function(BenchmarkId::from_parameter("direct"), |b| {
        b.iter(|| Echo.echo(black_box(7)));
    });

    group.bench_function(BenchmarkId::from_parameter("pool"), |b| {
        let call = IEchoCall::new(Arc::new(Echo));
        b.iter(|| round_trip(&call, black_box(7)));
    });

    group.bench_function(BenchmarkId::from_parameter("apartment"), |b| {
        let call = IEchoCall::in_apartment(Arc::new(Apartment::start(|| Echo)));
        b.iter(|| round_trip(&call, black_box(7)));
    });

    group.bench_function(BenchmarkId::from_parameter("remote_loopback"), |b| {
        let server = remote::serve("127.0.0.1:0", IEchoCall::remote_service(Arc::new(Echo)))
            .expect("serve on loopback");
        let connection = Connection::connect(server.local_addr()).expect("connect");
        let call = IEchoCall::remote(&connection);
        b.iter(|| round_trip(&call, black_box(7)));
        drop(server);
    });

    for blocking in [false, true] {
        let name = if blocking {
            "tarpc_spawn_blocking"
        } else {
            "tarpc_inline"
        };
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            let peer = TarpcPeer::start(blocking);
            b.iter(|| peer.call(black_box(7)));
        });
    }

    group.finish();
}

/// tarpc by itself: a `u64 -> u64` service on loopback TCP, with our postcard frames and
/// one I/O thread like ours; the client blocks on each call.
struct TarpcPeer {
    runtime: tokio::runtime::Runtime,
    client: tarpc::client::Channel<u64, u64>,
}

impl TarpcPeer {
    fn start(blocking: bool) -> TarpcPeer {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let client = runtime.block_on(async move {
            let mut incoming = tarpc::serde_transport::tcp::listen("127.0.0.1:0", Postcard::new)
                .await
                .expect("listen");
            let addr = incoming.local_addr();
            tokio::spawn(async move {
                while let Some(Ok(transport)) = incoming.next().await {
                    let channel = tarpc::server::BaseChannel::with_defaults(transport);
                    tokio::spawn(
                        channel
                            .execute(tarpc::server::serve(move |_, x: u64| async move {
                                if blocking {
                                    Ok(tokio::task::spawn_blocking(move || Echo.echo(x))
                                        .await
                                        .expect("blocking thread"))
                                } else {
                                    Ok(Echo.echo(x))
                                }
                            }))
                            .for_each(|response| async move {
                                tokio::spawn(response);
                            }),
                    );
                }
            });
            let transport = tarpc::serde_transport::tcp::connect(addr, Postcard::new)
                .await
                .expect("connect");
            tarpc::client::new(tarpc::client::Config::default(), transport).spawn()
        });
        TarpcPeer { runtime, client }
    }

    fn call(&self, x: u64) -> u64 {
        self.runtime
            .block_on(self.client.call(tarpc::context::current(), x))
            .expect("tarpc call")
    }
}

criterion_group!(benches, where_server_runs);
criterion_main!(benches);
