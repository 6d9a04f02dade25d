//! Issue 13 item 5 (feature `tracing`): the span current when the client begins a call is
//! the current span of the server's method, on whichever thread runs it, and of no other
//! call. A recording layer on tracing-subscriber's registry sees every event with the span
//! it was emitted in and the thread it was emitted on.
#![cfg(feature = "tracing")]

use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::ThreadId;

use async_interface::apartment::Apartment;
use async_interface::prelude::*;
use async_interface::{Completer, Native};
use tracing::field::{Field, Visit};
use tracing::{Event, Instrument, Subscriber, info_span};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

#[derive(Debug, Clone)]
struct Record {
    message: String,
    span: Option<String>,
    span_id: Option<u64>,
    thread: ThreadId,
}

static RECORDS: Mutex<Vec<Record>> = Mutex::new(Vec::new());

struct Recorder;

struct Message<'a>(&'a mut String);

impl Visit for Message<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        if field.name() == "message" {
            *self.0 = format!("{value:?}");
        }
    }
}

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Recorder {
    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let mut message = String::new();
        event.record(&mut Message(&mut message));
        let span = ctx.event_span(event);
        RECORDS.lock().unwrap().push(Record {
            message,
            span: span.as_ref().map(|span| span.name().to_owned()),
            span_id: span.as_ref().map(|span| span.id().into_u64()),
            thread: std::thread::current().id(),
        });
    }
}

/// Installs the recorder for every thread, once; returns the events whose message is
/// `message` (each test uses messages of its own).
fn recorded(message: &str) -> Vec<Record> {
    RECORDS
        .lock()
        .unwrap()
        .iter()
        .filter(|record| record.message == message)
        .cloned()
        .collect()
}

fn install() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        tracing::subscriber::set_global_default(tracing_subscriber::registry().with(Recorder))
            .expect("no other subscriber in this test binary");
    });
}

#[async_interface]
pub trait ILog {
    /// Emits an event with `message`.
    fn log(&self, message: String);
}

struct Logger;
impl ILog for Logger {
    fn log(&self, message: String) {
        tracing::info!("{message}");
    }
}

/// Logs from a thread that does not implement Send-able state: an apartment's server.
struct ApartmentLogger(std::rc::Rc<()>);
impl ILog for ApartmentLogger {
    fn log(&self, message: String) {
        let _ = &self.0;
        tracing::info!("{message}");
    }
}

/// A native server: logs in its `begin_log`, completes at once.
struct NativeLogger;
impl AsyncILogServer for NativeLogger {
    fn begin_log(&self, message: String, done: Completer<()>) {
        tracing::info!("{message}");
        done.complete(());
    }
}

#[test]
fn the_server_method_runs_in_the_span_current_at_begin_on_a_worker_thread() {
    install();
    let call = ILogCall::new(Arc::new(Logger));
    let span = info_span!("client_request");
    {
        let _entered = span.enter();
        call.begin_log("pooled".to_owned()).unwrap();
    }
    // Awaited, not finished: a `finish_` that finds the call still queued (a busy
    // machine) runs it on its own thread, inside the span too, but not on a worker.
    futures_executor::block_on(call.completion()).unwrap();
    call.finish_log().unwrap();
    let records = recorded("pooled");
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0].span.as_deref(), Some("client_request"));
    assert_ne!(
        records[0].thread,
        std::thread::current().id(),
        "the server ran on a worker, not in begin_"
    );
}

#[test]
fn a_call_begun_outside_any_span_gets_none_of_the_last_calls_span() {
    install();
    let call = ILogCall::new(Arc::new(Logger));
    info_span!("first_call").in_scope(|| call.begin_log("first".to_owned()).unwrap());
    call.finish_log().unwrap();
    call.begin_log("second".to_owned()).unwrap();
    call.finish_log().unwrap();
    assert_eq!(recorded("first")[0].span.as_deref(), Some("first_call"));
    let second = recorded("second");
    assert_eq!(second.len(), 1, "{second:?}");
    assert_eq!(
        second[0].span, None,
        "the span does not leak into the next call"
    );
}

#[test]
fn an_instrumented_one_step_await_carries_its_span() {
    install();
    let call = ILogCall::new(Arc::new(Logger));
    futures_executor::block_on(
        async { call.log("awaited".to_owned()).await.unwrap() }
            .instrument(info_span!("awaiting_task")),
    );
    let records = recorded("awaited");
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0].span.as_deref(), Some("awaiting_task"));
}

#[test]
fn the_span_reaches_an_apartments_thread_and_a_native_servers_begin() {
    install();
    let apartment = ILogCall::in_apartment(Arc::new(Apartment::start(|| {
        ApartmentLogger(std::rc::Rc::new(()))
    })));
    let native: ILogCall<NativeLogger, Native> = ILogCall::native(Arc::new(NativeLogger));
    info_span!("to_apartment").in_scope(|| apartment.begin_log("in apartment".to_owned()).unwrap());
    apartment.finish_log().unwrap();
    info_span!("to_native").in_scope(|| native.begin_log("in native".to_owned()).unwrap());
    native.finish_log().unwrap();
    let in_apartment = recorded("in apartment");
    assert_eq!(in_apartment.len(), 1, "{in_apartment:?}");
    assert_eq!(in_apartment[0].span.as_deref(), Some("to_apartment"));
    assert_ne!(in_apartment[0].thread, std::thread::current().id());
    assert_eq!(recorded("in native")[0].span.as_deref(), Some("to_native"));
}

#[test]
fn concurrent_calls_keep_their_own_spans() {
    install();
    let calls: Vec<_> = (0..8).map(|_| ILogCall::new(Arc::new(Logger))).collect();
    let spans: Vec<_> = (0..8).map(|i| info_span!("many", index = i)).collect();
    for (i, (call, span)) in calls.iter().zip(&spans).enumerate() {
        span.in_scope(|| call.begin_log(format!("many {i}")).unwrap());
    }
    for call in &calls {
        call.finish_log().unwrap();
    }
    for (i, span) in spans.iter().enumerate() {
        let records = recorded(&format!("many {i}"));
        assert_eq!(records.len(), 1, "{records:?}");
        assert_eq!(
            records[0].span_id,
            span.id().map(|id| id.into_u64()),
            "call {i}"
        );
    }
}
