//! Issue 3's support matrix: every form the macro accepts, each run through its call
//! object. The file denies warnings, so the generated code is proven lint-free too.
#![deny(warnings, missing_docs)]
//! (Docs are required on the crate's public items, as a strict user would have it.)

use std::collections::BTreeMap;
use std::error::Error;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;
use async_interface::{Completer, Native};

/// Trait generics with bounds and a `where` clause: the call object is `IStoreCall<S, K, V>`.
#[async_interface]
pub trait IStore<K: Ord, V>
where
    V: Clone,
{
    /// The value under `key`.
    fn get(&self, key: &K) -> Option<V>;
    /// Stores `value` under `key`; returns the value it replaced.
    fn put(&self, key: K, value: V) -> Option<V>;
    /// All values whose keys are in `keys`.
    fn many(&self, keys: &[K]) -> Vec<V>;
}

/// A blocking store.
pub struct MapStore<K, V>(Mutex<BTreeMap<K, V>>);

impl<K: Ord, V: Clone> IStore<K, V> for MapStore<K, V> {
    fn get(&self, key: &K) -> Option<V> {
        self.0.lock().unwrap().get(key).cloned()
    }
    fn put(&self, key: K, value: V) -> Option<V> {
        self.0.lock().unwrap().insert(key, value)
    }
    fn many(&self, keys: &[K]) -> Vec<V> {
        let map = self.0.lock().unwrap();
        keys.iter()
            .filter_map(|key| map.get(key).cloned())
            .collect()
    }
}

#[test]
fn generic_trait_with_where_clause() {
    let store = Arc::new(MapStore(Mutex::new(BTreeMap::new())));
    let call: IStoreCall<MapStore<String, u32>, String, u32> = IStoreCall::new(store);
    call.begin_put("a".into(), 1).unwrap();
    assert_eq!(call.finish_put(), Ok(None));
    call.begin_put("b".into(), 2).unwrap();
    assert_eq!(call.finish_put(), Ok(None));
    call.begin_get("a".into()).unwrap();
    assert_eq!(call.finish_get(), Ok(Some(1)));
    call.begin_many(vec!["b".into(), "x".into(), "a".into()])
        .unwrap();
    assert_eq!(call.finish_many(), Ok(vec![2, 1]));
    // Through the generic asynchronous trait as an object.
    let object: &dyn AsyncIStore<String, u32> = &call;
    object.begin_get("b".into()).unwrap();
    assert_eq!(object.finish_get(), Ok(Some(2)));
}

/// A native server of a generic trait.
struct EchoStore;

impl AsyncIStoreServer<u8, u8> for EchoStore {
    fn begin_get(&self, key: u8, done: Completer<Option<u8>>) {
        std::thread::spawn(move || done.complete(Some(key)));
    }
    fn begin_put(&self, _key: u8, value: u8, done: Completer<Option<u8>>) {
        done.complete(Some(value));
    }
    fn begin_many(&self, keys: Vec<u8>, done: Completer<Vec<u8>>) {
        done.complete(keys);
    }
}

#[test]
fn generic_trait_with_a_native_server() {
    let call: IStoreCall<EchoStore, u8, u8, Native> = IStoreCall::native(Arc::new(EchoStore));
    call.begin_get(7).unwrap();
    assert_eq!(call.finish_get(), Ok(Some(7)));
    call.begin_many(vec![1, 2]).unwrap();
    assert_eq!(call.finish_many(), Ok(vec![1, 2]));
}

/// Const generics on the trait.
#[async_interface]
pub trait IBlocks<const N: usize> {
    /// The block at `index`.
    fn block(&self, index: u64) -> [u8; N];
    /// Writes a block; returns its checksum.
    fn store(&self, block: [u8; N]) -> u32;
}

struct Blocks;

impl<const N: usize> IBlocks<N> for Blocks {
    fn block(&self, index: u64) -> [u8; N] {
        [index as u8; N]
    }
    fn store(&self, block: [u8; N]) -> u32 {
        block.iter().map(|b| u32::from(*b)).sum()
    }
}

#[test]
fn const_generic_trait() {
    let call: IBlocksCall<Blocks, 4> = IBlocksCall::new(Arc::new(Blocks));
    call.begin_block(3).unwrap();
    assert_eq!(call.finish_block(), Ok([3; 4]));
    call.begin_store([1, 2, 3, 4]).unwrap();
    assert_eq!(call.finish_store(), Ok(10));
}

/// Lifetimes on methods and parameters, associated items, a provided body, and
/// `#[async_interface(skip)]`.
#[async_interface]
pub trait IText {
    /// An associated const: the trait keeps it; the asynchronous form does not need it.
    const VERSION: u32;
    /// An associated type, used by a skipped method only.
    type Cursor;
    /// Counts `needle` in `hay`; the lifetime is the call's own.
    fn count<'a>(&'a self, hay: &'a str, needle: &'a str) -> usize;
    /// A provided body.
    fn shout(&self, text: &str) -> String {
        text.to_uppercase()
    }
    /// Synchronous only.
    #[async_interface(skip)]
    fn cursor(&self) -> Self::Cursor;
}

struct Text;

impl IText for Text {
    const VERSION: u32 = 3;
    type Cursor = usize;
    fn count<'a>(&'a self, hay: &'a str, needle: &'a str) -> usize {
        hay.matches(needle).count()
    }
    fn cursor(&self) -> usize {
        0
    }
}

#[test]
fn lifetimes_associated_items_provided_bodies_and_skip() {
    let call = ITextCall::new(Arc::new(Text));
    call.begin_count("abcabc".into(), "bc".into()).unwrap();
    assert_eq!(call.finish_count(), Ok(2));
    call.begin_shout("hi".into()).unwrap();
    assert_eq!(call.finish_shout(), Ok("HI".to_owned()));
    assert_eq!(call.server().cursor(), 0);
    assert_eq!(<Text as IText>::VERSION, 3);
}

/// `&mut self` methods: the call object holds the server behind a `std::sync::Mutex`.
#[async_interface]
pub trait ICounter {
    /// Adds `n`; returns the new total.
    fn add(&mut self, n: u64) -> u64;
    /// The total.
    fn total(&self) -> u64;
    /// Panics, to show that the lock does not stay poisoned.
    fn explode(&mut self);
}

struct Counter(u64);

impl ICounter for Counter {
    fn add(&mut self, n: u64) -> u64 {
        self.0 += n;
        self.0
    }
    fn total(&self) -> u64 {
        self.0
    }
    fn explode(&mut self) {
        panic!("boom")
    }
}

#[test]
fn mut_self_methods_behind_a_lock() {
    let server = Arc::new(Mutex::new(Counter(0)));
    let call: ICounterCall<Mutex<Counter>> = ICounterCall::new(Arc::clone(&server));
    call.begin_add(2).unwrap();
    assert_eq!(call.finish_add(), Ok(2));
    call.begin_add(3).unwrap();
    assert_eq!(call.finish_add(), Ok(5));
    call.begin_explode().unwrap();
    assert!(matches!(
        call.finish_explode(),
        Err(CallError::ServerFault { .. })
    ));
    call.begin_total().unwrap();
    assert_eq!(call.finish_total(), Ok(5));
    // The client keeps its own handle on the server.
    assert_eq!(
        server
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .total(),
        5
    );
}

/// The error type of `IReturns`.
pub type BoxError = Box<dyn Error + Send + Sync>;

/// Every kind of return type.
#[async_interface]
pub trait IReturns {
    /// Unit, written out.
    fn unit(&self);
    /// `Result`.
    fn result(&self, ok: bool) -> Result<u8, String>;
    /// `Option`.
    fn option(&self, some: bool) -> Option<u8>;
    /// A tuple.
    fn tuple(&self) -> (u8, String, Vec<u16>);
    /// A boxed error.
    fn boxed(&self, fail: bool) -> Result<(), Box<dyn Error + Send + Sync>>;
    /// An alias of one.
    fn aliased(&self) -> Result<u8, BoxError>;
}

struct Returns;

impl IReturns for Returns {
    fn unit(&self) {}
    fn result(&self, ok: bool) -> Result<u8, String> {
        if ok { Ok(1) } else { Err("no".into()) }
    }
    fn option(&self, some: bool) -> Option<u8> {
        some.then_some(2)
    }
    fn tuple(&self) -> (u8, String, Vec<u16>) {
        (3, "t".into(), vec![4])
    }
    fn boxed(&self, fail: bool) -> Result<(), Box<dyn Error + Send + Sync>> {
        if fail { Err("bad".into()) } else { Ok(()) }
    }
    fn aliased(&self) -> Result<u8, BoxError> {
        Ok(5)
    }
}

#[test]
fn return_types() {
    let call = IReturnsCall::new(Arc::new(Returns));
    call.begin_unit().unwrap();
    assert_eq!(call.finish_unit(), Ok(()));
    call.begin_result(false).unwrap();
    assert_eq!(call.finish_result(), Ok(Err("no".to_owned())));
    call.begin_option(true).unwrap();
    assert_eq!(call.finish_option(), Ok(Some(2)));
    call.begin_tuple().unwrap();
    assert_eq!(call.finish_tuple(), Ok((3, "t".to_owned(), vec![4])));
    call.begin_boxed(true).unwrap();
    let error = call.finish_boxed().unwrap().unwrap_err();
    assert_eq!(error.to_string(), "bad");
    call.begin_aliased().unwrap();
    assert_eq!(call.finish_aliased().unwrap().unwrap(), 5);
}

/// Attributes on methods: `#[cfg]`, `#[doc]`, `#[deprecated]`, `#[must_use]`.
#[async_interface]
pub trait IAttributes {
    /// Present except under Miri.
    #[cfg(not(miri))]
    fn present(&self) -> u8;
    /// Compiled out: `cfg(any())` is never true, and so is its pair.
    #[cfg(any())]
    fn absent(&self) -> u8;
    /// Deprecated: the pair is deprecated too.
    #[deprecated = "use `present`"]
    fn old(&self) -> u8;
    /// `#[must_use]` stays on the synchronous method; the pair returns `Result`, which is
    /// `#[must_use]` already.
    #[must_use]
    fn fresh(&self) -> u8;
}

struct Attributes;

#[allow(deprecated)]
impl IAttributes for Attributes {
    fn present(&self) -> u8 {
        1
    }
    fn old(&self) -> u8 {
        2
    }
    fn fresh(&self) -> u8 {
        3
    }
}

#[test]
#[allow(deprecated)]
fn method_attributes() {
    let call = IAttributesCall::new(Arc::new(Attributes));
    call.begin_present().unwrap();
    assert_eq!(call.finish_present(), Ok(1));
    call.begin_old().unwrap();
    assert_eq!(call.finish_old(), Ok(2));
    call.begin_fresh().unwrap();
    assert_eq!(call.finish_fresh(), Ok(3));
}

/// Visibility and placement: private and `pub(crate)` traits, nested modules, several
/// traits in one module.
mod outer {
    pub(crate) mod inner {
        use async_interface::prelude::*;

        /// A `pub(crate)` trait.
        #[async_interface]
        pub(crate) trait IPing {
            /// Answers `n + 1`.
            fn ping(&self, n: u8) -> u8;
        }

        /// A private trait next to it.
        #[async_interface]
        trait IPong {
            /// Answers `n - 1`.
            fn pong(&self, n: u8) -> u8;
        }

        pub(crate) struct Both;

        impl IPing for Both {
            fn ping(&self, n: u8) -> u8 {
                n + 1
            }
        }

        impl IPong for Both {
            fn pong(&self, n: u8) -> u8 {
                n - 1
            }
        }

        /// Uses the private trait's call object inside its module.
        pub(crate) fn pong(n: u8) -> u8 {
            let call = IPongCall::new(std::sync::Arc::new(Both));
            call.begin_pong(n).unwrap();
            call.finish_pong().unwrap()
        }
    }
}

#[test]
fn visibility_nested_modules_and_several_traits() {
    use outer::inner::{AsyncIPing, Both, IPingCall};
    let call = IPingCall::new(Arc::new(Both));
    call.begin_ping(1).unwrap();
    assert_eq!(call.finish_ping(), Ok(2));
    assert_eq!(outer::inner::pong(5), 4);
}

/// Marker supertraits are passed over.
#[async_interface]
pub trait IMarked: Send + Sync + std::fmt::Debug {
    /// Answers.
    fn answer(&self) -> u8;
}

#[derive(Debug)]
struct Marked;

impl IMarked for Marked {
    fn answer(&self) -> u8 {
        42
    }
}

#[test]
fn marker_supertraits() {
    let call = IMarkedCall::new(Arc::new(Marked));
    call.begin_answer().unwrap();
    assert_eq!(call.finish_answer(), Ok(42));
}
