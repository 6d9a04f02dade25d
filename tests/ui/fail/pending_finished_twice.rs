// A pending call is finished once: `finish` (and `.await`) take the handle.
use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
pub trait IEcho {
    fn echo(&self, x: u32) -> u32;
}

struct Echo;
impl IEcho for Echo {
    fn echo(&self, x: u32) -> u32 {
        x
    }
}

fn main() {
    let call = IEchoCall::new(Arc::new(Echo));
    let echo = call.echo(1);
    let first = echo.finish();
    let second = echo.finish();
    let _ = (first, second);
}
