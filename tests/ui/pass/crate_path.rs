//! `crate = path` for a renamed dependency, and `name = ..` for the asynchronous trait.

use std::sync::Arc;

mod reexport {
    pub use ::async_interface as ai;
}

use reexport::ai::prelude::{CallError, CallObject, CallState};

#[reexport::ai::async_interface(crate = crate::reexport::ai, name = AsyncCounter)]
pub trait ICounter {
    fn add(&self, by: u64) -> u64;
}

struct Counter(std::sync::atomic::AtomicU64);

impl ICounter for Counter {
    fn add(&self, by: u64) -> u64 {
        self.0.fetch_add(by, std::sync::atomic::Ordering::SeqCst) + by
    }
}

fn main() {
    let call = ICounterCall::new(Arc::new(Counter(Default::default())));
    let object: &dyn AsyncCounter = &call;
    object.begin_add(2).unwrap();
    assert_eq!(object.finish_add(), Ok(2));
    call.begin_add(3).unwrap();
    assert_eq!(call.begin_add(3), Err(CallError::CallPending));
    assert_eq!(call.finish_add(), Ok(5));
    assert_eq!(call.state(), CallState::Idle);
}
