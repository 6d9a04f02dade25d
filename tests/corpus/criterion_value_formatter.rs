//! Origin: crates.io package criterion 0.8.2 (repository criterion-rs/criterion.rs),
//! `src/measurement.rs`, `pub trait ValueFormatter`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph). Stand-ins, marked:
//! `Throughput` (criterion's, without serde) and criterion's private `format::short`.
//! License of the original: Apache-2.0 OR MIT.
//! Shapes: mut-slice, ref-param, provided-method, static-ref-return
//! Expect: accepted (`&mut [f64]` in/out buffers; `&'static str` comes back as it is)

use std::sync::Arc;

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
#[async_interface]
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

fn exercise() {
    let call = ValueFormatterCall::new(Arc::new(Micros));
    let mut values = [1500.0, 2500.0];
    call.begin_scale_values(2000.0, values.to_vec()).unwrap();
    assert_eq!(call.finish_scale_values(&mut values).unwrap(), "µs");
    assert_eq!(values, [1.5, 2.5]);
    call.begin_format_value(12_345.0).unwrap();
    assert_eq!(call.finish_format_value().unwrap(), "12.345 µs");
}

fn main() {
    exercise();
}
