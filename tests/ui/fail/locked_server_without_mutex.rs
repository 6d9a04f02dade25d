// A trait with a `&mut self` method, its server given without the lock the call object
// needs: one error, at the server, saying to write `Mutex::new(server)`.
use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
pub trait ICounter {
    fn add(&mut self, n: u64) -> u64;
}

pub struct Counter(u64);

impl ICounter for Counter {
    fn add(&mut self, n: u64) -> u64 {
        self.0 += n;
        self.0
    }
}

fn main() {
    let _call = ICounterCall::new(Arc::new(Counter(0)));
}
