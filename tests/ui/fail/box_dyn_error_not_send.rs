// `Box<dyn Error>` without `+ Send` cannot come back from a worker thread: one error, at
// the trait object, saying what to write.
use std::error::Error;

use async_interface::prelude::*;

#[async_interface]
pub trait IJob {
    fn run(&self, name: String) -> Result<u32, Box<dyn Error>>;
}

fn main() {}
