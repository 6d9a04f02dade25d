//! Futures that hold or borrow a call object across an `.await` are `Send`, so they can be
//! spawned: the call object's type reaches its protocol through `ProtocolOf<dyn AsyncIFoo>`,
//! a projection that must not get in the way of the compiler's auto-trait checks.

use async_interface::prelude::*;
use std::sync::Arc;

#[async_interface]
pub trait IEcho {
    fn echo(&self, x: u32) -> u32;
}
struct E;
impl IEcho for E {
    fn echo(&self, x: u32) -> u32 {
        x
    }
}

fn assert_send<F: Send>(f: F) -> F {
    f
}

#[test]
fn future_holding_call_is_send() {
    let call = IEchoCall::new(Arc::new(E));
    let fut = assert_send(async move {
        call.begin_echo(3).unwrap();
        call.completion().await.unwrap();
        call.finish_echo().unwrap()
    });
    assert_eq!(futures_executor::block_on(fut), 3);
}

#[test]
fn future_holding_dyn_is_send() {
    let call: Box<dyn AsyncIEcho + Send + Sync> = Box::new(IEchoCall::new(Arc::new(E)));
    let fut = assert_send(async move {
        call.begin_echo(3).unwrap();
        std::future::ready(()).await;
        call.finish_echo().unwrap()
    });
    assert_eq!(futures_executor::block_on(fut), 3);
}

async fn use_call<S: IEcho + Send + Sync + 'static>(call: &IEchoCall<S>) -> u32 {
    call.begin_echo(4).unwrap();
    call.completion().await.unwrap();
    call.finish_echo().unwrap()
}

#[async_interface]
pub trait IStore<K: Send + 'static, V: Send + 'static> {
    fn get(&self, k: K) -> Option<V>;
}
struct St;
impl IStore<u8, u16> for St {
    fn get(&self, k: u8) -> Option<u16> {
        Some(k as u16)
    }
}

#[test]
fn borrowed_call_future_is_send() {
    let call = Arc::new(IEchoCall::new(Arc::new(E)));
    let c2 = Arc::clone(&call);
    let fut = assert_send(async move { use_call(&c2).await });
    assert_eq!(futures_executor::block_on(fut), 4);
    let store = Arc::new(IStoreCall::new(Arc::new(St)));
    let fut = assert_send(async move {
        store.begin_get(3).unwrap();
        store.completion().await.unwrap();
        store.finish_get().unwrap()
    });
    assert_eq!(futures_executor::block_on(fut), Some(3));
    let rt = tokio::runtime::Runtime::new().unwrap();
    let h = rt.spawn(async move { use_call(&call).await });
    assert_eq!(rt.block_on(h).unwrap(), 4);
}

/// Issue 13: the one-step form in generic code, over any call object of `IStore`.
async fn get_through<C: AsyncIStore<u8, u16> + Sync>(call: &C, key: u8) -> Option<u16> {
    call.get(key).await.unwrap()
}

#[test]
fn futures_holding_pending_calls_are_send() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let store = Arc::new(IStoreCall::new(Arc::new(St)));
    let generic = rt.spawn(assert_send(async move { get_through(&*store, 5).await }));
    assert_eq!(rt.block_on(generic).unwrap(), Some(5));
    let echo: Arc<dyn AsyncIEcho + Send + Sync> = Arc::new(IEchoCall::new(Arc::new(E)));
    let through_dyn = rt.spawn(assert_send(async move {
        let pending = echo.echo(6);
        tokio::task::yield_now().await;
        pending.await.unwrap()
    }));
    assert_eq!(rt.block_on(through_dyn).unwrap(), 6);
}
