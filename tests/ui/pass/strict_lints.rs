//! A crate that denies warnings and missing docs accepts the generated code, for public
//! and private traits, borrowed parameter kinds, lifetimes, an empty trait and a trait
//! object server.

#![deny(warnings, missing_docs)]

use std::ffi::{CStr, CString, OsStr, OsString};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use async_interface::prelude::*;

/// Borrowed parameters of every owned form.
#[async_interface]
pub trait IBorrowed {
    /// `&str` goes to `begin_` as a `String`.
    fn text(&self, s: &str) -> usize;
    /// The lifetime of a top-level reference is the call's own.
    fn count<'a>(&self, s: &'a str, items: &'a [u32]) -> usize;
    /// Paths and C strings.
    fn paths(&self, p: &Path, o: &OsStr, c: &CStr) -> (PathBuf, OsString, CString);
    /// `&T` goes to `begin_` as `T`.
    fn sum(&self, v: &(u32, u32)) -> u32;
    /// A `'static` reference is no borrow of the caller's.
    fn name(&self, prefix: &'static str) -> &'static str;
    /// No return type and no arguments.
    fn ping(&self);
    /// In/out parameters.
    fn swap(&self, a: &mut String, b: &mut String, keep: bool) -> bool;
}

/// No methods at all.
#[async_interface]
pub trait IEmpty {}

/// A plain supertrait of the user's, as embedded-hal's.
pub trait ErrorType {
    /// The error.
    type Error: std::fmt::Debug;
}

/// Issue 12's shapes: a plain supertrait and its `Self::Error`, an in/out buffer, owned
/// returns, borrowing by-value parameters, and left-out methods.
#[async_interface(bounds(ErrorType))]
pub trait IReal: ErrorType + std::io::Read {
    /// Fills `buf`.
    fn pull(&mut self, buf: &mut [u8]) -> Result<usize, Self::Error>;
    /// The name, owned by `finish_`.
    fn name(&self) -> Option<&str>;
    /// Names, owned by `finish_`.
    fn names(&self, prefix: Option<&str>, among: &[&str]) -> Vec<&str>;
    /// Left out: no receiver.
    fn open() -> Self
    where
        Self: Sized;
    /// Left out: generic.
    fn send<B: AsRef<[u8]>>(&mut self, bytes: B);
}

/// One method: the `finish_` match has a single arm.
#[async_interface]
trait IPrivate {
    fn one(&self) -> u8;
}

struct Server;

impl IBorrowed for Server {
    fn text(&self, s: &str) -> usize {
        s.len()
    }
    fn count<'a>(&self, s: &'a str, items: &'a [u32]) -> usize {
        s.len() + items.len()
    }
    fn paths(&self, p: &Path, o: &OsStr, c: &CStr) -> (PathBuf, OsString, CString) {
        (p.to_owned(), o.to_owned(), c.to_owned())
    }
    fn sum(&self, v: &(u32, u32)) -> u32 {
        v.0 + v.1
    }
    fn name(&self, prefix: &'static str) -> &'static str {
        prefix
    }
    fn ping(&self) {}
    fn swap(&self, a: &mut String, b: &mut String, keep: bool) -> bool {
        if !keep {
            std::mem::swap(a, b);
        }
        keep
    }
}

impl IEmpty for Server {}

impl IPrivate for Server {
    fn one(&self) -> u8 {
        1
    }
}

fn main() {
    let call = IBorrowedCall::new(Arc::new(Server));
    call.begin_text("four".to_owned()).unwrap();
    assert_eq!(call.finish_text(), Ok(4));
    call.begin_count("ab".to_owned(), vec![1, 2, 3]).unwrap();
    assert_eq!(call.finish_count(), Ok(5));
    call.begin_paths(PathBuf::from("/tmp"), OsString::from("o"), CString::new("c").unwrap()).unwrap();
    let (p, o, c) = call.finish_paths().unwrap();
    assert_eq!((p.to_str(), o.to_str(), c.to_str()), (Some("/tmp"), Some("o"), Ok("c")));
    call.begin_sum((2, 3)).unwrap();
    assert_eq!(call.finish_sum(), Ok(5));
    call.begin_name("static").unwrap();
    assert_eq!(call.finish_name(), Ok("static"));
    call.begin_ping().unwrap();
    assert_eq!(call.finish_ping(), Ok(()));

    let (mut a, mut b) = (String::new(), String::new());
    call.begin_swap("a".to_owned(), "b".to_owned(), false).unwrap();
    assert_eq!(call.finish_swap(&mut a, &mut b), Ok(false));
    assert_eq!((a.as_str(), b.as_str()), ("b", "a"));

    let empty = IEmptyCall::new(Arc::new(Server));
    assert_eq!(empty.state(), CallState::Idle);

    let private = IPrivateCall::new(Arc::new(Server));
    private.begin_one().unwrap();
    assert_eq!(private.finish_one(), Ok(1));

    // A trait object as the server.
    let server: Arc<dyn IBorrowed + Send + Sync> = Arc::new(Server);
    let call = IBorrowedCall::new(server);
    call.begin_sum((1, 1)).unwrap();
    assert_eq!(call.finish_sum(), Ok(2));
}
