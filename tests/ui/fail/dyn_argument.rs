use std::fmt::Display;

use async_interface::prelude::*;

#[async_interface]
pub trait ILog {
    fn log(&self, message: &dyn Display);
}

fn main() {}
