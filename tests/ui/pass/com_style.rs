//! Methods spelled COM style (`Read`) get `Begin_Read` / `Finish_Read`, without warnings.

#![deny(warnings)]

use std::sync::Arc;
use std::time::Duration;

use async_interface::prelude::*;

#[async_interface]
#[allow(non_snake_case)]
pub trait ISequentialStream {
    fn Read(&self, cb: u32) -> Vec<u8>;
    fn Write(&self, pv: &[u8], pcbWritten: &mut u32);
    fn snake_case_with(&self, cbCamelArgument: u32) -> u32;
}

struct Zeroes;

impl ISequentialStream for Zeroes {
    fn Read(&self, cb: u32) -> Vec<u8> {
        vec![0; cb as usize]
    }
    fn Write(&self, pv: &[u8], written: &mut u32) {
        *written = pv.len() as u32;
    }
    fn snake_case_with(&self, cb: u32) -> u32 {
        cb
    }
}

fn main() {
    let call = ISequentialStreamCall::new(Arc::new(Zeroes));
    call.Begin_Read(4).unwrap();
    call.wait(Duration::from_secs(10)).unwrap();
    assert_eq!(call.Finish_Read(), Ok(vec![0; 4]));
    assert_eq!(call.method_in_flight(), None);

    let mut written = 0;
    call.Begin_Write(vec![1, 2, 3], 0).unwrap();
    assert_eq!(call.Finish_Read(), Err(CallError::WrongMethod {
        begun: "ISequentialStream::Write",
        finished: "ISequentialStream::Read",
    }));
    assert_eq!(call.Finish_Write(&mut written), Ok(()));
    assert_eq!(written, 3);
    call.begin_snake_case_with(5).unwrap();
    assert_eq!(call.finish_snake_case_with(), Ok(5));
}
