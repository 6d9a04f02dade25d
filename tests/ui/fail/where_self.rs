use async_interface::prelude::*;

#[async_interface]
pub trait IStore<K>
where
    Self: Sized,
{
    fn get(&self, key: K) -> bool;
}

fn main() {}
