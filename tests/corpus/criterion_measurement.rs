//! Origin: crates.io package criterion 0.8.2 (repository criterion-rs/criterion.rs),
//! `src/measurement.rs`, `pub trait Measurement`.
//! Copied: `Measurement` verbatim and `ValueFormatter` from the same file (plain here: the
//! user annotates `Measurement` only). Docs cut to each item's first paragraph. Stand-ins,
//! marked: `Throughput` and criterion's private `format::short`.
//! License of the original: Apache-2.0 OR MIT.
//! Shapes: assoc-type, assoc-type-unbounded, ref-param, borrowed-return, dyn-return
//! Expect: rejected? (`formatter` returns `&dyn ValueFormatter`, which has no owned form); `add`'s `&Self::Value` would go to `begin_` owned
#![allow(dead_code, unused_imports)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use async_interface::prelude::*;

/// Stand-in: criterion's `Throughput` (its serde derives left out; `ElementsAndBytes` left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Throughput {
    /// Measure throughput in terms of bits/second.
    Bits(u64),
    /// Measure throughput in terms of bytes/second.
    Bytes(u64),
    /// Measure throughput in terms of bytes/second, decimal units.
    BytesDecimal(u64),
    /// Measure throughput in terms of elements/second.
    Elements(u64),
}

/// Stand-in: criterion's private `format::short`.
fn short(n: f64) -> String {
    if n < 10.0 {
        format!("{:.4}", n)
    } else if n < 100.0 {
        format!("{:.3}", n)
    } else if n < 1000.0 {
        format!("{:.2}", n)
    } else if n < 10000.0 {
        format!("{:.1}", n)
    } else {
        format!("{:.0}", n)
    }
}

/// Trait providing functions to format measured values to string so that they can be displayed on
/// the command line or in the reports. The functions of this trait take measured values in f64
/// form; implementors can assume that the values are of the same scale as those produced by the
/// associated [`Measurement`] (eg. if your measurement produces values in nanoseconds, the
/// values passed to the formatter will be in nanoseconds).
pub trait ValueFormatter {
    /// Format the value (with appropriate unit) and return it as a string.
    fn format_value(&self, value: f64) -> String {
        let mut values = [value];
        let unit = self.scale_values(value, &mut values);
        format!("{:>6} {}", short(values[0]), unit)
    }

    /// Format the value as a throughput measurement. The value represents the measurement value;
    /// the implementor will have to calculate bytes per second, iterations per cycle, etc.
    fn format_throughput(&self, throughput: &Throughput, value: f64) -> String {
        let mut values = [value];
        let unit = self.scale_throughputs(value, throughput, &mut values);
        format!("{:>6} {}", short(values[0]), unit)
    }

    /// Scale the given values to some appropriate unit and return the unit string.
    fn scale_values(&self, typical_value: f64, values: &mut [f64]) -> &'static str;

    /// Convert the given measured values into throughput numbers based on the given throughput
    /// value, scale them to some appropriate unit, and return the unit string.
    fn scale_throughputs(
        &self,
        typical_value: f64,
        throughput: &Throughput,
        values: &mut [f64],
    ) -> &'static str;

    /// Scale the values and return a unit string designed for machines.
    fn scale_for_machines(&self, values: &mut [f64]) -> &'static str;
}

/// A server: values in nanoseconds, scaled to microseconds.
struct Micros;

impl ValueFormatter for Micros {
    fn scale_values(&self, _typical_value: f64, values: &mut [f64]) -> &'static str {
        values.iter_mut().for_each(|v| *v /= 1000.0);
        "µs"
    }
    fn scale_throughputs(&self, _: f64, _: &Throughput, values: &mut [f64]) -> &'static str {
        values.iter_mut().for_each(|v| *v = 1e9 / *v);
        "elem/s"
    }
    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns"
    }
}

/// Trait for all types which define something Criterion.rs can measure. The only measurement
/// currently provided is [`WallTime`], but third party crates or benchmarks may define more.
///
/// [`WallTime`]: https://docs.rs/criterion/latest/criterion/measurement/struct.WallTime.html
#[async_interface]
pub trait Measurement {
    /// This type represents an intermediate value for the measurements. It will be produced by the
    /// start function and passed to the end function. An example might be the wall-clock time as
    /// of the `start` call.
    type Intermediate;

    /// This type is the measured value. An example might be the elapsed wall-clock time between the
    /// `start` and `end` calls.
    type Value;

    /// Criterion.rs will call this before iterating the benchmark.
    fn start(&self) -> Self::Intermediate;

    /// Criterion.rs will call this after iterating the benchmark to get the measured value.
    fn end(&self, i: Self::Intermediate) -> Self::Value;

    /// Combine two values. Criterion.rs sometimes needs to perform measurements in multiple batches
    /// of iterations, so the value from one batch must be added to the sum of the previous batches.
    fn add(&self, v1: &Self::Value, v2: &Self::Value) -> Self::Value;

    /// Return a "zero" value for the Value type which can be added to another value.
    fn zero(&self) -> Self::Value;

    /// Converts the measured value to f64 so that it can be used in statistical analysis.
    fn to_f64(&self, value: &Self::Value) -> f64;

    /// Return a trait-object reference to the value formatter for this measurement.
    fn formatter(&self) -> &dyn ValueFormatter;
}

/// A server: wall time, as criterion's `WallTime` measures it.
struct WallTime;

impl Measurement for WallTime {
    type Intermediate = Instant;
    type Value = Duration;
    fn start(&self) -> Instant {
        Instant::now()
    }
    fn end(&self, i: Instant) -> Duration {
        i.elapsed()
    }
    fn add(&self, v1: &Duration, v2: &Duration) -> Duration {
        *v1 + *v2
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, value: &Duration) -> f64 {
        value.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        &Micros
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`criterion_measurement.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let call = MeasurementCall::new(Arc::new(WallTime));
    call.begin_add(Duration::from_millis(1), Duration::from_millis(2)).unwrap();
    assert_eq!(call.finish_add().unwrap(), Duration::from_millis(3));
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
