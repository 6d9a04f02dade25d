//! Issue 14 item 1: the server's frame reading and decoding fuzzed with arbitrary byte
//! streams, in-process (no cargo-fuzz, no nightly): a seeded mutator over valid frames
//! (pings, calls, cancels, tarpc's cancel, several in a row) that flips, inserts, deletes
//! and splices bytes, rewrites length headers and deadlines with extreme values, or
//! sends plain noise. Each input is one whole connection through the real connection
//! code (`remote::__fuzz::Harness`); the last inputs go to a real server over loopback.
//! Any panic anywhere in the process fails the run.
//!
//! `FUZZ_INPUTS` (default 20 000) and `FUZZ_SECONDS` (default none) bound the run:
//! it stops at whichever comes first; `FUZZ_SEED` picks the seed. `.ci/run` runs a
//! million inputs or a minute.
#![cfg(feature = "remote")]

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use async_interface_runtime::remote::__fuzz::Harness;
use async_interface_runtime::remote::{self, Connection, Options, Service};
use async_interface_runtime::{Call, Dispatch};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
enum Request {
    Echo(u64),
    Text(String),
    Bytes(Vec<u8>),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
enum Reply {
    Echo(u64),
    Len(usize),
}

struct Echo;

impl Dispatch for Echo {
    type Request = Request;
    type Reply = Reply;
    fn dispatch(&self, request: Request) -> Reply {
        match request {
            Request::Echo(n) => Reply::Echo(n),
            Request::Text(text) => Reply::Len(text.len()),
            Request::Bytes(bytes) => Reply::Len(bytes.len()),
        }
    }
}

type Client = support::remote::Client<Request, Reply>;

/// xorshift64*: small, seeded, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn byte(&mut self) -> u8 {
        self.next() as u8
    }
}

use support::remote::{call as raw_call, frame, request as request_until, varint};

fn request(request_id: u64, secs: u64, message: &[u8]) -> Vec<u8> {
    request_until(request_id, secs, 0, message)
}

fn call(id: u64, payload: &[u8]) -> Vec<u8> {
    raw_call(id, payload, true)
}

/// Valid connections to start from.
fn corpus() -> Vec<Vec<u8>> {
    let echo = postcard::to_stdvec(&Request::Echo(42)).unwrap();
    let text = postcard::to_stdvec(&Request::Text("hello".into())).unwrap();
    let bytes = postcard::to_stdvec(&Request::Bytes(vec![1; 300])).unwrap();
    let ping = request(1, 10, &[2]);
    let cancel = {
        let mut message = vec![1];
        varint(&mut message, 1);
        request(2, 10, &message)
    };
    let tarpc_cancel = {
        let mut body = vec![1];
        body.extend([0; 16]);
        body.extend([0, 1]);
        varint(&mut body, 1);
        frame(&body)
    };
    let calls = [
        request(3, 10, &call(1, &echo)),
        request(4, 10, &call(2, &text)),
        request(5, 10, &call(3, &bytes)),
    ];
    let mut all = vec![ping.clone(), cancel.clone(), tarpc_cancel.clone()];
    all.extend(calls.iter().cloned());
    all.push(
        [
            ping,
            calls[0].clone(),
            cancel,
            calls[1].clone(),
            tarpc_cancel,
        ]
        .concat(),
    );
    all
}

/// A number a hostile peer would pick: a bound, a power of two near one, or noise.
fn extreme(rng: &mut Rng) -> u64 {
    match rng.below(5) {
        0 => u64::MAX,
        1 => u64::MAX - rng.below(1000) as u64,
        2 => 1u64 << rng.below(64),
        3 => u64::from(u32::MAX),
        _ => rng.next(),
    }
}

fn mutate(rng: &mut Rng, corpus: &[Vec<u8>]) -> Vec<u8> {
    if rng.below(8) == 0 {
        // A well-formed request with an extreme deadline, id or call id.
        let echo = postcard::to_stdvec(&Request::Echo(rng.next())).unwrap();
        let message = match rng.below(3) {
            0 => vec![2],
            1 => {
                let mut cancel = vec![1];
                varint(&mut cancel, extreme(rng));
                cancel
            }
            _ => call(extreme(rng), &echo),
        };
        return request_until(
            extreme(rng),
            extreme(rng),
            extreme(rng) % (1 << 32),
            &message,
        );
    }
    let mut input = corpus[rng.below(corpus.len())].clone();
    for _ in 0..=rng.below(4) {
        match rng.below(10) {
            // Flip a byte.
            0 | 1 if !input.is_empty() => {
                let at = rng.below(input.len());
                input[at] ^= rng.byte() | 1;
            }
            // Insert random bytes.
            2 => {
                let at = rng.below(input.len() + 1);
                let n = rng.below(16) + 1;
                let noise: Vec<u8> = (0..n).map(|_| rng.byte()).collect();
                input.splice(at..at, noise);
            }
            // Delete a range.
            3 if !input.is_empty() => {
                let at = rng.below(input.len());
                let end = (at + rng.below(16) + 1).min(input.len());
                input.drain(at..end);
            }
            // Truncate.
            4 => input.truncate(rng.below(input.len() + 1)),
            // An extreme length header at the front (or anywhere).
            5 if input.len() >= 4 => {
                let at = if rng.below(2) == 0 {
                    0
                } else {
                    rng.below(input.len() - 3)
                };
                let length: u32 = match rng.below(4) {
                    0 => u32::MAX,
                    1 => 8 << 20,
                    2 => 0,
                    _ => rng.next() as u32,
                };
                input[at..at + 4].copy_from_slice(&length.to_be_bytes());
            }
            // Runs of 0xff: varints of u64::MAX (deadlines, ids, lengths).
            6 if !input.is_empty() => {
                let at = rng.below(input.len());
                let n = rng.below(12) + 1;
                input.splice(at..at, std::iter::repeat_n(0xff, n));
            }
            // Splice with another input.
            7 => {
                let other = &corpus[rng.below(corpus.len())];
                let from = rng.below(other.len());
                input.extend_from_slice(&other[from..]);
            }
            // Plain noise.
            8 => {
                let n = rng.below(64);
                input = (0..n).map(|_| rng.byte()).collect();
            }
            _ => {}
        }
    }
    input
}

fn env(name: &str) -> Option<u64> {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
}

#[test]
fn arbitrary_byte_streams_never_panic_the_server() {
    static PANICS: AtomicUsize = AtomicUsize::new(0);
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        PANICS.fetch_add(1, Ordering::SeqCst);
        default_hook(info);
    }));
    let inputs = env("FUZZ_INPUTS").unwrap_or(20_000);
    let seconds = env("FUZZ_SECONDS").map(Duration::from_secs);
    let seed = env("FUZZ_SEED").unwrap_or(0x5eed_0f14);
    let mut rng = Rng(seed | 1);
    let options = Options::new().max_message(64 * 1024);
    let harness = Harness::new(Service::__from_dispatch(Echo), options);
    let corpus = corpus();
    // The corpus itself is understood: pings and cancels are answered even by a
    // connection that closes at once (its calls are cancelled with it).
    for input in [&corpus[0], &corpus[1], &corpus[6]] {
        assert!(
            harness.feed(input) > 0,
            "no answer to a valid input {input:?}"
        );
    }
    let began = Instant::now();
    let mut fed = 0u64;
    let mut answered = 0u64;
    while fed < inputs && seconds.is_none_or(|limit| began.elapsed() < limit) {
        let input = mutate(&mut rng, &corpus);
        if harness.feed(&input) > 0 {
            answered += 1;
        }
        fed += 1;
    }
    let elapsed = began.elapsed();

    // The last inputs over a real server on loopback; a good client is served after.
    let server =
        remote::serve_with("127.0.0.1:0", Service::__from_dispatch(Echo), options).unwrap();
    for _ in 0..500 {
        let input = mutate(&mut rng, &corpus);
        if let Ok(mut stream) = TcpStream::connect(server.local_addr()) {
            stream
                .set_read_timeout(Some(Duration::from_millis(200)))
                .unwrap();
            let _ = stream.write_all(&input);
            let _ = stream.shutdown(std::net::Shutdown::Write);
            let mut sink = Vec::new();
            let _ = stream.read_to_end(&mut sink);
        }
    }
    let connection = Connection::connect_with(server.local_addr(), options).unwrap();
    let good = Call::new(Client::new(&connection));
    good.begin("IEcho::echo", Request::Echo(7)).unwrap();
    assert_eq!(good.finish("IEcho::echo"), Ok(Reply::Echo(7)));

    let panics = PANICS.load(Ordering::SeqCst);
    eprintln!(
        "fuzz: {fed} inputs in {elapsed:.1?} ({:.0} inputs/s; seed {seed:#x}), {answered} answered, \
         then 500 over TCP; {panics} panics",
        fed as f64 / elapsed.as_secs_f64()
    );
    assert_eq!(panics, 0, "the server panicked on some input (see above)");
}
