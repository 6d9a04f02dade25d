use async_interface::prelude::*;

#[async_interface]
pub trait IStore<K, V> {
    fn get(&self, key: K) -> Option<V>;
}

fn main() {}
