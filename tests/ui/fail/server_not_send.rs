// A server that is neither `Send` nor `Sync` (it holds an `Rc`): one error, at the
// server, saying what to do (an apartment takes it).
use std::rc::Rc;
use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
pub trait INames {
    fn name(&self) -> String;
}

pub struct Cache(Rc<str>);

impl INames for Cache {
    fn name(&self) -> String {
        self.0.to_string()
    }
}

fn main() {
    let _call = INamesCall::new(Arc::new(Cache("a".into())));
}
