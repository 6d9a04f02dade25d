//! Issue 12's shapes, each with a begin/finish round trip: plain supertraits (std's by path,
//! a user's through `bounds(..)`) and `Self::Error` through one; associated types without
//! `Send + 'static`; `where Self: ..` on the trait; methods a trait object leaves out; a
//! trait named like a parameter of the expansion; `?Sized` and `Rhs = Self` parameters; a
//! user's own type named `Path`.

use std::io;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// embedded-hal's shape: the error type comes from a plain supertrait.
pub trait ErrorType {
    type Error: std::fmt::Debug;
}

#[async_interface(bounds(ErrorType))]
pub trait OutputPin: ErrorType {
    fn set_low(&mut self) -> Result<(), Self::Error>;
    fn set_high(&mut self) -> Result<(), Self::Error>;
}

#[derive(Default)]
struct Pin {
    high: bool,
}

impl ErrorType for Pin {
    type Error = std::convert::Infallible;
}

impl OutputPin for Pin {
    fn set_low(&mut self) -> Result<(), Self::Error> {
        self.high = false;
        Ok(())
    }
    fn set_high(&mut self) -> Result<(), Self::Error> {
        self.high = true;
        Ok(())
    }
}

/// serialport's shape: std supertraits by path are bounds on the server.
#[async_interface]
pub trait Port: Send + io::Read + io::Write {
    fn name(&self) -> Option<String>;
    /// Left out: a trait object cannot call it either.
    fn into_name(self) -> Option<String>
    where
        Self: Sized,
    {
        self.name()
    }
    /// Left out: no receiver.
    fn open(path: &str) -> Self
    where
        Self: Sized;
    /// Left out: generic.
    fn write_all_of<B: AsRef<[u8]>>(&mut self, bytes: B) -> io::Result<()> {
        self.write_all(bytes.as_ref())
    }
}

struct Loopback(Vec<u8>);

impl io::Read for Loopback {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = buf.len().min(self.0.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0.drain(..n);
        Ok(n)
    }
}

impl io::Write for Loopback {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Port for Loopback {
    fn name(&self) -> Option<String> {
        Some(format!("loop ({} bytes)", self.0.len()))
    }
    fn open(_path: &str) -> Self {
        Loopback(Vec::new())
    }
}

/// Associated types without `Send + 'static`, and `where Self: Sized` on the trait.
#[async_interface]
pub trait Layer<T>
where
    Self: Sized,
{
    type Output;
    fn layer(&self, inner: T) -> Self::Output;
}

struct Doubler;

impl Layer<u32> for Doubler {
    type Output = u64;
    fn layer(&self, inner: u32) -> u64 {
        u64::from(inner) * 2
    }
}

/// A trait named like the server parameter, with a const parameter.
#[async_interface]
pub trait S<const N: usize> {
    fn size(&self) -> usize;
}

struct Sized4;

impl S<4> for Sized4 {
    fn size(&self) -> usize {
        4
    }
}

/// std's `Add<Rhs = Self>` shape, and a `?Sized` parameter behind `&`.
#[async_interface]
pub trait Combine<Rhs = Self, Key: ?Sized = str> {
    fn combine(&self, other: Rhs) -> u32;
    fn weigh(&self, key: &Key) -> usize;
}

#[derive(Clone, Copy)]
struct Weight(u32);

impl Combine<Weight, String> for Weight {
    fn combine(&self, other: Weight) -> u32 {
        self.0 + other.0
    }
    fn weigh(&self, key: &String) -> usize {
        key.len()
    }
}

/// A user's own `Path` type: its owned form is itself, not `PathBuf`.
mod own {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Path(pub u8);
}

#[async_interface]
pub trait Router {
    fn route(&self, path: &own::Path, std_path: &std::path::Path) -> String;
}

struct Table;

impl Router for Table {
    fn route(&self, path: &own::Path, std_path: &std::path::Path) -> String {
        format!("{} {}", path.0, std_path.display())
    }
}

fn main() {
    let pin = OutputPinCall::new(Arc::new(Mutex::new(Pin::default())));
    pin.begin_set_high().unwrap();
    assert_eq!(pin.finish_set_high(), Ok(Ok(())));

    let port = PortCall::new(Arc::new(Loopback(vec![1, 2, 3])));
    port.begin_name().unwrap();
    assert_eq!(port.finish_name(), Ok(Some("loop (3 bytes)".to_owned())));

    let layer: LayerCall<Doubler, u32> = LayerCall::new(Arc::new(Doubler));
    layer.begin_layer(21).unwrap();
    assert_eq!(layer.finish_layer(), Ok(42));

    let size: SCall<Sized4, 4> = SCall::new(Arc::new(Sized4));
    size.begin_size().unwrap();
    assert_eq!(size.finish_size(), Ok(4));

    let weight: CombineCall<Weight, Weight, String> = CombineCall::new(Arc::new(Weight(1)));
    weight.begin_combine(Weight(2)).unwrap();
    assert_eq!(weight.finish_combine(), Ok(3));
    weight.begin_weigh("four".to_owned()).unwrap();
    assert_eq!(weight.finish_weigh(), Ok(4));

    let router = RouterCall::new(Arc::new(Table));
    router
        .begin_route(own::Path(7), std::path::PathBuf::from("/a"))
        .unwrap();
    assert_eq!(router.finish_route(), Ok("7 /a".to_owned()));
}
