//! The figures of RELIABILITY.md's attack table: each attack of issue 14 run against a
//! server with the default limits, in a process of its own (so that its memory peak,
//! `VmHWM`, is the attack's), while a good client makes quick calls over its own
//! connection. Prints one line per attack; asserts that the good client was served
//! throughout and that the peak stayed under a bound the limits imply.
//!
//! `cargo test -p async-interface-runtime --features remote --release --test remote_attack_figures -- --nocapture`
#![cfg(all(feature = "remote", target_os = "linux"))]

mod support;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use async_interface_runtime::remote::{self, Connection, Service};
use async_interface_runtime::{Call, Dispatch};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
enum Request {
    Echo(u64),
    Big(usize),
    Sleep(u64),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
enum Reply {
    Echo(u64),
    Big(Vec<u8>),
    Slept,
}

struct Server;

impl Dispatch for Server {
    type Request = Request;
    type Reply = Reply;
    fn dispatch(&self, request: Request) -> Reply {
        match request {
            Request::Echo(n) => Reply::Echo(n),
            Request::Big(n) => Reply::Big(vec![7; n]),
            Request::Sleep(ms) => {
                let until = Instant::now() + Duration::from_millis(ms);
                while Instant::now() < until && async_interface_runtime::test_cancel().is_ok() {
                    std::thread::sleep(Duration::from_millis(5));
                }
                Reply::Slept
            }
        }
    }
}

type Client = support::remote::Client<Request, Reply>;

use support::remote::request;

fn call(id: u64, request: &Request) -> Vec<u8> {
    support::remote::call(id, &postcard::to_stdvec(request).unwrap(), false)
}

fn peak_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches(" kB").trim().parse().ok())
        .unwrap()
}

/// A good client's calls while `attack` runs: (median, worst, calls that failed).
fn during(
    addr: SocketAddr,
    attack: impl FnOnce(SocketAddr) + Send + 'static,
) -> (Duration, Duration, usize) {
    let connection = Connection::connect(addr).unwrap();
    let call = Call::new(Client::new(&connection));
    let attacking = std::thread::spawn(move || attack(addr));
    std::thread::sleep(Duration::from_millis(500));
    let mut latencies = Vec::new();
    let mut failed = 0;
    for n in 0..40 {
        let began = Instant::now();
        let ok = call.begin("IFigures::echo", Request::Echo(n)).is_ok()
            && call.finish("IFigures::echo") == Ok(Reply::Echo(n));
        latencies.push(began.elapsed());
        failed += usize::from(!ok);
        std::thread::sleep(Duration::from_millis(25));
    }
    attacking.join().unwrap();
    latencies.sort();
    (
        latencies[latencies.len() / 2],
        latencies[latencies.len() - 1],
        failed,
    )
}

fn run(attack: &str) {
    let server = remote::serve("127.0.0.1:0", Service::__from_dispatch(Server)).unwrap();
    let addr = server.local_addr();
    let baseline = peak_kib();
    let (median, worst, failed) = match attack {
        "none" => during(addr, |_| std::thread::sleep(Duration::from_secs(1))),
        "endless-deadline" => during(addr, |addr| {
            // 2 000 of the 16-byte frames, each on the same connection.
            let mut stream = TcpStream::connect(addr).unwrap();
            for id in 1..=2000 {
                stream
                    .write_all(&request(id, u64::MAX, u64::from(u32::MAX), &[2]))
                    .unwrap();
            }
            let mut answers = vec![0; 2000 * 7];
            stream.read_exact(&mut answers[..2000 * 3]).unwrap();
        }),
        "unread-replies" => during(addr, |addr| {
            // 300 small requests for 1 MiB each; the replies are never read.
            let mut stream = TcpStream::connect(addr).unwrap();
            stream
                .set_write_timeout(Some(Duration::from_secs(2)))
                .unwrap();
            for id in 1..=300 {
                if stream
                    .write_all(&request(id, 60, 0, &call(id, &Request::Big(1 << 20))))
                    .is_err()
                {
                    break;
                }
            }
            std::thread::sleep(Duration::from_secs(2));
        }),
        "slowloris" => during(addr, |addr| {
            // 300 connections each sending 8 MiB - 1 byte of an 8 MiB frame, then stalling.
            // One body shared by the attacker's threads: the process's peak is the server's.
            let body: Arc<[u8]> = vec![0; (8 << 20) - 1].into();
            let stop = Arc::new(AtomicBool::new(false));
            let threads: Vec<_> = (0..300)
                .map(|_| {
                    let body = Arc::clone(&body);
                    let stop = Arc::clone(&stop);
                    std::thread::spawn(move || {
                        let Ok(mut stream) = TcpStream::connect(addr) else {
                            return;
                        };
                        let _ = stream.set_write_timeout(Some(Duration::from_secs(3)));
                        let _ = stream.write_all(&request(1, 60, 0, &[2]));
                        let _ = stream.write_all(&((8u32 << 20) + 64).to_be_bytes());
                        let _ = stream.write_all(&body);
                        while !stop.load(Ordering::Relaxed) {
                            std::thread::sleep(Duration::from_millis(50));
                        }
                    })
                })
                .collect();
            std::thread::sleep(Duration::from_secs(3));
            stop.store(true, Ordering::Relaxed);
            for thread in threads {
                let _ = thread.join();
            }
        }),
        "header-stall" => during(addr, |addr| {
            // 2 000 connections that send a header announcing 8 MiB, then nothing.
            let streams: Vec<_> = (0..2000)
                .filter_map(|_| {
                    let mut stream = TcpStream::connect(addr).ok()?;
                    stream.write_all(&(8u32 << 20).to_be_bytes()).ok()?;
                    Some(stream)
                })
                .collect();
            std::thread::sleep(Duration::from_secs(2));
            drop(streams);
        }),
        "flood" => during(addr, |addr| {
            // 3 000 slow calls (10 s each) from one connection.
            let connection = Connection::connect(addr).unwrap();
            let calls: Vec<_> = (0..3000)
                .map(|_| {
                    let call = Call::new(Client::new(&connection));
                    call.begin("IFigures::sleep", Request::Sleep(10_000))
                        .unwrap();
                    call
                })
                .collect();
            std::thread::sleep(Duration::from_secs(2));
            drop(calls);
        }),
        "connection-flood" => during(addr, |addr| {
            // 2 000 idle connections from one address.
            let streams: Vec<_> = (0..2000)
                .filter_map(|_| TcpStream::connect(addr).ok())
                .collect();
            std::thread::sleep(Duration::from_secs(2));
            drop(streams);
        }),
        other => panic!("no attack {other}"),
    };
    let peak = peak_kib();
    println!(
        "FIGURE {attack}: server process peak {} MiB (baseline {} MiB); good client median {median:?}, worst {worst:?}, {failed} of 40 failed",
        peak / 1024,
        baseline / 1024
    );
    assert_eq!(failed, 0, "the good client was not served during {attack}");
    assert!(peak < 1024 * 1024, "{attack}: peak {peak} KiB");
}

#[test]
fn attack_figures() {
    if let Ok(attack) = std::env::var("ATTACK_FIGURE") {
        run(&attack);
        return;
    }
    let me = std::env::current_exe().unwrap();
    for attack in [
        "none",
        "endless-deadline",
        "unread-replies",
        "slowloris",
        "header-stall",
        "flood",
        "connection-flood",
    ] {
        let output = std::process::Command::new(&me)
            .args([
                "--exact",
                "attack_figures",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("ATTACK_FIGURE", attack)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        for line in stdout.lines().filter_map(|line| line.split_once("FIGURE ")) {
            println!("FIGURE {}", line.1);
        }
        assert!(
            output.status.success(),
            "{attack} failed:\n{stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}
