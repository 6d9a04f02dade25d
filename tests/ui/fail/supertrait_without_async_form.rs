// IUnknownLike has no #[async_interface]: IStream has no asynchronous form of it to derive
// from, and the error is at the supertrait.
use async_interface::prelude::*;

pub trait IUnknownLike {
    fn id(&self) -> u64;
}

#[async_interface]
pub trait IStream: IUnknownLike + Send + Sync {
    fn read(&self) -> u8;
}

fn main() {}
