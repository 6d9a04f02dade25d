//! The expansion names everything by absolute path: local modules `core` and `std`, a
//! type named `S` and arguments named like the generated code's locals change nothing.

#![allow(dead_code)]

mod core {}
mod std {}

use async_interface::prelude::*;

/// A user type that shares its name with the usual server type parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct S(u32);

/// A user type named like the runtime's items.
#[derive(Debug, Clone, PartialEq)]
pub struct Call;

#[async_interface]
pub trait IHygiene {
    fn echo(&self, s: S) -> S;
    fn locals(&self, request: u32, server: u32, f: u32, call: Call) -> u32;
    fn keyword_like(&self, r#type: u8) -> (u8, Option<Call>);
}

struct Server;

impl IHygiene for Server {
    fn echo(&self, s: S) -> S {
        S(s.0 + 1)
    }
    fn locals(&self, request: u32, server: u32, f: u32, _call: Call) -> u32 {
        request + server + f
    }
    fn keyword_like(&self, r#type: u8) -> (u8, Option<Call>) {
        (r#type, Some(Call))
    }
}

fn main() {
    let call = IHygieneCall::new(::std::sync::Arc::new(Server));
    call.begin_echo(S(1)).unwrap();
    assert_eq!(call.finish_echo(), Ok(S(2)));
    call.begin_locals(1, 2, 3, Call).unwrap();
    assert_eq!(call.finish_locals(), Ok(6));
    call.begin_keyword_like(7).unwrap();
    assert_eq!(call.finish_keyword_like(), Ok((7, Some(Call))));
    assert_eq!(call.finish_echo(), Err(CallError::CallComplete));
}
