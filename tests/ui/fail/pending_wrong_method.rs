// A pending call carries its method's result type: the handle of `echo` cannot be
// finished as a call of `name`.
use std::sync::Arc;

use async_interface::PendingCall;
use async_interface::prelude::*;

#[async_interface]
pub trait IEcho {
    fn echo(&self, x: u32) -> u32;
    fn name(&self) -> String;
}

struct Echo;
impl IEcho for Echo {
    fn echo(&self, x: u32) -> u32 {
        x
    }
    fn name(&self) -> String {
        "echo".to_owned()
    }
}

/// Finishes a call of `name`.
fn finish_name<C: AsyncIEcho>(name: PendingCall<'_, C, String>) -> Result<String, CallError> {
    name.finish()
}

fn main() {
    let call = IEchoCall::new(Arc::new(Echo));
    let echo = call.echo(1);
    let _ = finish_name(echo);
}
