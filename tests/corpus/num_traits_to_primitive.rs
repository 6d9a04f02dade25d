//! Origin: crates.io package num-traits 0.2.19 (repository rust-num/num-traits),
//! `src/cast.rs`, `pub trait ToPrimitive`.
//! Copied: every method with its signature and docs. The provided bodies that convert
//! through num-traits' own impls for the primitive types (not copied) are stand-ins
//! using `TryFrom` (marked).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: provided-method
//! Expect: accepted

use std::sync::Arc;

use async_interface::prelude::*;

/// A generic trait for converting a value to a number.
#[async_interface]
pub trait ToPrimitive {
    /// Converts the value of `self` to an `isize`. If the value cannot be
    /// represented by an `isize`, then `None` is returned.
    #[inline]
    fn to_isize(&self) -> Option<isize> {
        // Stand-in body: num-traits' is `self.to_i64().as_ref().and_then(ToPrimitive::to_isize)`.
        self.to_i64().and_then(|v| isize::try_from(v).ok())
    }

    /// Converts the value of `self` to an `i8`. If the value cannot be
    /// represented by an `i8`, then `None` is returned.
    #[inline]
    fn to_i8(&self) -> Option<i8> {
        // Stand-in body: num-traits' is `self.to_i64().as_ref().and_then(ToPrimitive::to_i8)`.
        self.to_i64().and_then(|v| i8::try_from(v).ok())
    }

    /// Converts the value of `self` to an `i16`. If the value cannot be
    /// represented by an `i16`, then `None` is returned.
    #[inline]
    fn to_i16(&self) -> Option<i16> {
        // Stand-in body: num-traits' is `self.to_i64().as_ref().and_then(ToPrimitive::to_i16)`.
        self.to_i64().and_then(|v| i16::try_from(v).ok())
    }

    /// Converts the value of `self` to an `i32`. If the value cannot be
    /// represented by an `i32`, then `None` is returned.
    #[inline]
    fn to_i32(&self) -> Option<i32> {
        // Stand-in body: num-traits' is `self.to_i64().as_ref().and_then(ToPrimitive::to_i32)`.
        self.to_i64().and_then(|v| i32::try_from(v).ok())
    }

    /// Converts the value of `self` to an `i64`. If the value cannot be
    /// represented by an `i64`, then `None` is returned.
    fn to_i64(&self) -> Option<i64>;

    /// Converts the value of `self` to an `i128`. If the value cannot be
    /// represented by an `i128` (`i64` under the default implementation), then
    /// `None` is returned.
    #[inline]
    fn to_i128(&self) -> Option<i128> {
        self.to_i64().map(From::from)
    }

    /// Converts the value of `self` to a `usize`. If the value cannot be
    /// represented by a `usize`, then `None` is returned.
    #[inline]
    fn to_usize(&self) -> Option<usize> {
        // Stand-in body: num-traits' is `self.to_u64().as_ref().and_then(ToPrimitive::to_usize)`.
        self.to_u64().and_then(|v| usize::try_from(v).ok())
    }

    /// Converts the value of `self` to a `u8`. If the value cannot be
    /// represented by a `u8`, then `None` is returned.
    #[inline]
    fn to_u8(&self) -> Option<u8> {
        // Stand-in body: num-traits' is `self.to_u64().as_ref().and_then(ToPrimitive::to_u8)`.
        self.to_u64().and_then(|v| u8::try_from(v).ok())
    }

    /// Converts the value of `self` to a `u16`. If the value cannot be
    /// represented by a `u16`, then `None` is returned.
    #[inline]
    fn to_u16(&self) -> Option<u16> {
        // Stand-in body: num-traits' is `self.to_u64().as_ref().and_then(ToPrimitive::to_u16)`.
        self.to_u64().and_then(|v| u16::try_from(v).ok())
    }

    /// Converts the value of `self` to a `u32`. If the value cannot be
    /// represented by a `u32`, then `None` is returned.
    #[inline]
    fn to_u32(&self) -> Option<u32> {
        // Stand-in body: num-traits' is `self.to_u64().as_ref().and_then(ToPrimitive::to_u32)`.
        self.to_u64().and_then(|v| u32::try_from(v).ok())
    }

    /// Converts the value of `self` to a `u64`. If the value cannot be
    /// represented by a `u64`, then `None` is returned.
    fn to_u64(&self) -> Option<u64>;

    /// Converts the value of `self` to a `u128`. If the value cannot be
    /// represented by a `u128` (`u64` under the default implementation), then
    /// `None` is returned.
    #[inline]
    fn to_u128(&self) -> Option<u128> {
        self.to_u64().map(From::from)
    }

    /// Converts the value of `self` to an `f32`. Overflows may map to positive
    /// or negative inifinity, otherwise `None` is returned if the value cannot
    /// be represented by an `f32`.
    #[inline]
    fn to_f32(&self) -> Option<f32> {
        // Stand-in body: num-traits' goes through its `f64` impl.
        self.to_f64().map(|v| v as f32)
    }

    /// Converts the value of `self` to an `f64`. Overflows may map to positive
    /// or negative inifinity, otherwise `None` is returned if the value cannot
    /// be represented by an `f64`.
    #[inline]
    fn to_f64(&self) -> Option<f64> {
        // Stand-in body: num-traits' goes through its `i64` and `u64` impls.
        match self.to_i64() {
            Some(i) => Some(i as f64),
            None => self.to_u64().map(|u| u as f64),
        }
    }
}

/// A server: a big-number type that holds small values.
struct Small(i64);

impl ToPrimitive for Small {
    fn to_i64(&self) -> Option<i64> {
        Some(self.0)
    }
    fn to_u64(&self) -> Option<u64> {
        u64::try_from(self.0).ok()
    }
}

fn exercise() {
    let call = ToPrimitiveCall::new(Arc::new(Small(300)));
    call.begin_to_u8().unwrap();
    assert_eq!(call.finish_to_u8().unwrap(), None);
    call.begin_to_i16().unwrap();
    assert_eq!(call.finish_to_i16().unwrap(), Some(300));
}

fn main() {
    exercise();
}
