// With `strict`, the methods a trait object leaves out (generic, `where Self: Sized`, no
// receiver) are errors instead of being left out of the asynchronous form.
use async_interface::prelude::*;

#[async_interface(strict)]
pub trait IStore {
    fn get(&self, key: u32) -> Option<String>;
    fn put<V: Into<String>>(&self, key: u32, value: V);
    fn open() -> Self
    where
        Self: Sized;
}

fn main() {}
