// A trait derived through another interface must list every ancestor: a macro sees only
// its own trait, so `IStream: ISequentialStream` alone cannot reach `IUnknownLike`.
use async_interface::prelude::*;

#[async_interface]
pub trait IUnknownLike {
    fn id(&self) -> u64;
}

#[async_interface]
pub trait ISequentialStream: IUnknownLike {
    fn read(&self) -> u8;
}

#[async_interface]
pub trait IStream: ISequentialStream {
    fn seek(&self, to: u64) -> u64;
}

fn main() {}
