//! Issue 3's support matrix: every form the macro accepts, each run through its call
//! object (supertraits that are interfaces included: `hierarchy` below). The file denies warnings, so the generated code is proven lint-free too.
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
    /// An associated const: the trait keeps it (`<S as IText>::VERSION`); the
    /// asynchronous form leaves it out (it stays object safe).
    const VERSION: u32;
    /// An associated type, used by a skipped method only: it need not be `Send`, and the
    /// asynchronous form leaves it out. (Associated types in asynchronous methods:
    /// `tests/associated_types.rs`.)
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
    // `Cursor` is not part of the asynchronous form: the trait object names no types.
    let object: &dyn AsyncIText = &call;
    object.begin_count("aaa".into(), "a".into()).unwrap();
    assert_eq!(object.finish_count(), Ok(3));
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

/// Supertraits that are interfaces (MIDL: `AsyncIDerived : AsyncIBase`): a base, a generic
/// middle layer, two siblings derived from it (no overlapping impls), ancestors further up
/// listed explicitly, and a base in another module reached by its path.
pub mod hierarchy {
    use async_interface::prelude::*;

    /// The root, in a module of its own.
    pub mod root {
        use async_interface::prelude::*;

        /// Every object has an id.
        #[async_interface]
        pub trait IUnknownLike {
            /// The object's id.
            fn id(&self) -> u64;
        }
    }

    /// A generic base.
    #[async_interface]
    pub trait IBase<K: Clone>: root::IUnknownLike {
        /// The name under `key`.
        fn name(&self, key: &K) -> Option<String>;
        /// Only on unix, and so is its pair.
        #[cfg(unix)]
        fn unix_only(&self) -> bool;
    }

    /// One sibling: lists its ancestor `IUnknownLike` too (a macro sees only its own trait).
    #[async_interface]
    pub trait ILeft<K: Clone>: IBase<K> + root::IUnknownLike + Send + Sync {
        /// Left.
        fn left(&self, text: &str) -> String;
    }

    /// The other sibling, not generic itself.
    #[async_interface]
    pub trait IRight: IBase<u8> + root::IUnknownLike {
        /// Right; `buf` is in/out.
        fn right(&self, buf: &mut Vec<u8>) -> usize;
    }
}

/// Serves the whole hierarchy.
#[derive(Debug)]
struct Everything;

impl hierarchy::root::IUnknownLike for Everything {
    fn id(&self) -> u64 {
        7
    }
}

impl<K: Clone + std::fmt::Debug> hierarchy::IBase<K> for Everything {
    fn name(&self, key: &K) -> Option<String> {
        Some(format!("{key:?}"))
    }
    #[cfg(unix)]
    fn unix_only(&self) -> bool {
        true
    }
}

impl<K: Clone + std::fmt::Debug> hierarchy::ILeft<K> for Everything {
    fn left(&self, text: &str) -> String {
        format!("<{text}")
    }
}

impl hierarchy::IRight for Everything {
    fn right(&self, buf: &mut Vec<u8>) -> usize {
        buf.push(b'>');
        buf.len()
    }
}

/// Uses any object that serves `IBase<u8>`: both siblings' call objects do.
fn name_of_one(object: &dyn hierarchy::AsyncIBase<u8>) -> Option<String> {
    object.begin_name(1).unwrap();
    object.finish_name().unwrap()
}

#[test]
fn supertraits_are_served_through_one_call_state() {
    use hierarchy::root::AsyncIUnknownLike;
    use hierarchy::{AsyncIBase, AsyncILeft, AsyncIRight, ILeftCall, IRightCall};

    let left: ILeftCall<Everything, u8> = ILeftCall::new(Arc::new(Everything));
    left.begin_left("x".into()).unwrap();
    assert_eq!(left.finish_left(), Ok("<x".to_owned()));
    left.begin_name(3).unwrap();
    assert_eq!(left.finish_name(), Ok(Some("3".to_owned())));
    left.begin_id().unwrap();
    assert_eq!(left.finish_id(), Ok(7));
    #[cfg(unix)]
    {
        left.begin_unix_only().unwrap();
        assert_eq!(left.finish_unix_only(), Ok(true));
    }

    // One call at a time across the traits: a base method's call is pending for the
    // derived method too, and finishing the wrong one names both, qualified by trait.
    left.begin_name(4).unwrap();
    assert_eq!(left.begin_left("y".into()), Err(CallError::CallPending));
    assert_eq!(left.begin_id(), Err(CallError::CallPending));
    assert_eq!(
        left.finish_left(),
        Err(CallError::WrongMethod {
            begun: "IBase::name",
            finished: "ILeft::left"
        })
    );
    assert_eq!(left.finish_name(), Ok(Some("4".to_owned())));

    let right = IRightCall::new(Arc::new(Everything));
    let mut buf = Vec::new();
    right.begin_right(b"ab".to_vec()).unwrap();
    assert_eq!(right.finish_right(&mut buf), Ok(3));
    assert_eq!(buf, b"ab>");

    // As objects: the derived async trait upcasts to its base.
    let object: &dyn AsyncIRight = &right;
    object.begin_id().unwrap();
    assert_eq!(object.finish_id(), Ok(7));
    let base: &dyn AsyncIBase<u8> = object;
    assert_eq!(name_of_one(base), Some("1".to_owned()));
    assert_eq!(name_of_one(&left), Some("1".to_owned()));
    let root: &dyn AsyncIUnknownLike = &left;
    root.begin_id().unwrap();
    assert_eq!(root.finish_id(), Ok(7));
}

/// A native server of a derived trait implements every level's server-side trait.
struct NativeEverything;

impl hierarchy::root::AsyncIUnknownLikeServer for NativeEverything {
    fn begin_id(&self, done: Completer<u64>) {
        std::thread::spawn(move || done.complete(9));
    }
}

impl hierarchy::AsyncIBaseServer<u8> for NativeEverything {
    fn begin_name(&self, key: u8, done: Completer<Option<String>>) {
        done.complete(Some(format!("native {key}")));
    }
    #[cfg(unix)]
    fn begin_unix_only(&self, done: Completer<bool>) {
        done.complete(true);
    }
}

impl hierarchy::AsyncIRightServer for NativeEverything {
    fn begin_right(&self, buf: Vec<u8>, done: Completer<(usize, Vec<u8>)>) {
        done.complete((buf.len(), buf.into_iter().rev().collect()));
    }
}

#[test]
fn supertraits_with_native_servers_and_apartments() {
    use async_interface::apartment::Apartment;
    use hierarchy::root::AsyncIUnknownLike;
    use hierarchy::{AsyncIBase, AsyncIRight, IRightCall};

    let call: IRightCall<NativeEverything, Native> = IRightCall::native(Arc::new(NativeEverything));
    call.begin_id().unwrap();
    assert_eq!(call.finish_id(), Ok(9));
    call.begin_name(2).unwrap();
    assert_eq!(call.finish_name(), Ok(Some("native 2".to_owned())));
    let mut buf = Vec::new();
    call.begin_right(vec![1, 2]).unwrap();
    assert_eq!(call.finish_right(&mut buf), Ok(2));
    assert_eq!(buf, [2, 1]);

    // A `!Send` server of the whole hierarchy, in an apartment.
    let apartment = Arc::new(Apartment::start(|| Local(std::rc::Rc::new(5))));
    let call = IRightCall::in_apartment(apartment);
    call.begin_id().unwrap();
    assert_eq!(call.finish_id(), Ok(5));
    call.begin_name(6).unwrap();
    assert_eq!(call.finish_name(), Ok(Some("6".to_owned())));
    call.begin_right(vec![0]).unwrap();
    assert_eq!(call.finish_right(&mut buf), Ok(2));
}

/// A `!Send` server of the hierarchy.
struct Local(std::rc::Rc<u64>);

impl hierarchy::root::IUnknownLike for Local {
    fn id(&self) -> u64 {
        *self.0
    }
}

impl hierarchy::IBase<u8> for Local {
    fn name(&self, key: &u8) -> Option<String> {
        Some(key.to_string())
    }
    #[cfg(unix)]
    fn unix_only(&self) -> bool {
        true
    }
}

impl hierarchy::IRight for Local {
    fn right(&self, buf: &mut Vec<u8>) -> usize {
        buf.push(0);
        buf.len()
    }
}
