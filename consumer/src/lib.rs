//! A user of `#[async_interface]` that accepts no warning: every form the macro supports,
//! built with `#![deny(warnings, missing_docs, unreachable_pub)]` here and with
//! `clippy::pedantic` as errors in `.ci/run`. Generated code must raise no lint that the
//! user cannot fix.
#![deny(warnings, missing_docs, unreachable_pub)]

use std::collections::BTreeMap;
use std::error::Error;
use std::ffi::{CStr, CString, OsStr, OsString};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;
use async_interface::{Completer, Native};

/// What can go wrong with a stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StreamError {
    /// Nothing left to read.
    Empty,
}

/// By-value, borrowed and in/out parameters; docs, `#[cfg]`, `#[deprecated]`,
/// `#[must_use]`, a provided body and `skip`.
#[async_interface]
pub trait ISimpleStream {
    /// Reads up to `len` bytes.
    ///
    /// # Errors
    ///
    /// [`StreamError::Empty`] when there is nothing to read.
    fn read(&self, len: usize) -> Result<Vec<u8>, StreamError>;
    /// Writes `data`; returns how many bytes were written.
    ///
    /// # Errors
    ///
    /// Never fails in this example.
    fn write(&self, data: &[u8]) -> Result<usize, StreamError>;
    /// Appends the stream's bytes to `buf`; returns how many.
    fn fill(&self, buf: &mut Vec<u8>) -> usize;
    /// Borrowed paths, OS strings and C strings go to `begin_` owned.
    fn names(&self, p: &Path, o: &OsStr, c: &CStr) -> (PathBuf, OsString, CString);
    /// A lifetime on the method.
    fn count<'a>(&self, hay: &'a str, needle: &'a str) -> usize;
    /// Compiled out, and so is its pair.
    #[cfg(any())]
    fn gone(&self);
    /// Deprecated, and so is its pair.
    #[deprecated = "use `read`"]
    fn old_read(&self) -> u8;
    /// `#[must_use]` stays here.
    #[must_use]
    fn len(&self) -> usize;
    /// Whether the stream is empty (a provided body).
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Synchronous only.
    #[async_interface(skip)]
    fn close(&self) {}
}

/// COM style names and a renamed asynchronous trait.
#[async_interface(name = AsyncSequentialStream)]
#[allow(non_snake_case)]
pub trait ISequentialStream {
    /// Reads `cb` bytes.
    ///
    /// # Errors
    ///
    /// An `HRESULT`.
    fn Read(&self, cb: u32) -> Result<Vec<u8>, i32>;
}

/// A base interface.
#[async_interface]
pub trait IIdentity {
    /// The object's id.
    fn id(&self) -> u64;
}

/// Derives from `IIdentity`: `AsyncINamed: AsyncIIdentity`, one call object for both.
#[async_interface]
pub trait INamed: IIdentity + std::fmt::Debug {
    /// The object's name.
    fn name(&self) -> String;
}

/// A `!Send` server, served from an apartment.
#[derive(Debug)]
pub struct Named(std::rc::Rc<String>);

impl IIdentity for Named {
    fn id(&self) -> u64 {
        u64::try_from(self.0.len()).unwrap_or_default()
    }
}

impl INamed for Named {
    fn name(&self) -> String {
        self.0.to_string()
    }
}

/// Trait generics with a `where` clause, and a const generic.
#[async_interface]
pub trait IStore<K: Ord, V, const N: usize>
where
    V: Clone,
{
    /// The value under `key`.
    fn get(&self, key: &K) -> Option<V>;
    /// Up to `N` values.
    fn some(&self) -> Vec<V>;
}

/// `&mut self`: the call object holds the server behind a `Mutex`.
#[async_interface]
pub trait ICounter {
    /// Adds `n`; returns the total.
    fn add(&mut self, n: u64) -> u64;
}

/// Every kind of return.
#[async_interface]
pub trait IReturns: Send + Sync {
    /// Unit.
    fn unit(&self);
    /// A tuple.
    fn tuple(&self) -> (u8, String);
    /// A boxed error.
    ///
    /// # Errors
    ///
    /// When asked to.
    fn boxed(&self, fail: bool) -> Result<(), Box<dyn Error + Send + Sync>>;
    /// An option.
    fn option(&self) -> Option<u8>;
}

/// A crate-private trait, with associated items.
#[async_interface]
pub(crate) trait IInternal {
    /// A constant.
    const LIMIT: u8;
    /// A type.
    type Item;
    /// Answers.
    fn answer(&self) -> u8;
}

mod private {
    use async_interface::prelude::*;

    /// A private trait in a nested module.
    #[async_interface]
    pub(crate) trait IHidden {
        /// Pings.
        fn ping(&self, n: u8) -> u8;
    }

    /// Serves `IHidden`.
    pub(crate) struct Hidden;

    impl IHidden for Hidden {
        fn ping(&self, n: u8) -> u8 {
            n.wrapping_add(1)
        }
    }
}

/// An in-memory stream.
#[derive(Debug, Default)]
pub struct Memory(Mutex<Vec<u8>>);

#[allow(deprecated)]
impl ISimpleStream for Memory {
    fn read(&self, len: usize) -> Result<Vec<u8>, StreamError> {
        let mut bytes = self.0.lock().map_err(|_| StreamError::Empty)?;
        if bytes.is_empty() {
            return Err(StreamError::Empty);
        }
        let len = len.min(bytes.len());
        Ok(bytes.drain(..len).collect())
    }
    fn write(&self, data: &[u8]) -> Result<usize, StreamError> {
        self.0
            .lock()
            .map_err(|_| StreamError::Empty)?
            .extend_from_slice(data);
        Ok(data.len())
    }
    fn fill(&self, buf: &mut Vec<u8>) -> usize {
        let bytes = self.0.lock().map(|b| b.clone()).unwrap_or_default();
        buf.extend_from_slice(&bytes);
        bytes.len()
    }
    fn names(&self, p: &Path, o: &OsStr, c: &CStr) -> (PathBuf, OsString, CString) {
        (p.to_owned(), o.to_owned(), c.to_owned())
    }
    fn count<'a>(&self, hay: &'a str, needle: &'a str) -> usize {
        hay.matches(needle).count()
    }
    fn old_read(&self) -> u8 {
        0
    }
    fn len(&self) -> usize {
        self.0.lock().map(|b| b.len()).unwrap_or_default()
    }
}

/// A native server of [`ISimpleStream`]: answers on a thread of its own.
#[derive(Debug, Default)]
pub struct Echo;

impl AsyncISimpleStreamServer for Echo {
    fn begin_read(&self, len: usize, done: Completer<Result<Vec<u8>, StreamError>>) {
        std::thread::spawn(move || done.complete(Ok(vec![0; len])));
    }
    fn begin_write(&self, data: Vec<u8>, done: Completer<Result<usize, StreamError>>) {
        done.complete(Ok(data.len()));
    }
    fn begin_fill(&self, buf: Vec<u8>, done: Completer<(usize, Vec<u8>)>) {
        done.complete((0, buf));
    }
    fn begin_names(
        &self,
        p: PathBuf,
        o: OsString,
        c: CString,
        done: Completer<(PathBuf, OsString, CString)>,
    ) {
        done.complete((p, o, c));
    }
    fn begin_count(&self, hay: String, needle: String, done: Completer<usize>) {
        done.complete(hay.matches(needle.as_str()).count());
    }
    fn begin_old_read(&self, done: Completer<u8>) {
        done.complete(0);
    }
    fn begin_len(&self, done: Completer<usize>) {
        done.complete(0);
    }
    fn begin_is_empty(&self, done: Completer<bool>) {
        done.complete(true);
    }
}

/// A COM-style server.
#[derive(Debug)]
pub struct Sequential;

impl ISequentialStream for Sequential {
    fn Read(&self, cb: u32) -> Result<Vec<u8>, i32> {
        Ok(vec![1; usize::try_from(cb).unwrap_or_default()])
    }
}

/// A map store.
#[derive(Debug, Default)]
pub struct MapStore(BTreeMap<String, u32>);

impl<const N: usize> IStore<String, u32, N> for MapStore {
    fn get(&self, key: &String) -> Option<u32> {
        self.0.get(key).copied()
    }
    fn some(&self) -> Vec<u32> {
        self.0.values().take(N).copied().collect()
    }
}

/// A counter.
#[derive(Debug, Default)]
pub struct Counter(u64);

impl ICounter for Counter {
    fn add(&mut self, n: u64) -> u64 {
        self.0 += n;
        self.0
    }
}

/// Every return kind.
#[derive(Debug)]
pub struct Returns;

impl IReturns for Returns {
    fn unit(&self) {}
    fn tuple(&self) -> (u8, String) {
        (1, "one".to_owned())
    }
    fn boxed(&self, fail: bool) -> Result<(), Box<dyn Error + Send + Sync>> {
        if fail { Err("failed".into()) } else { Ok(()) }
    }
    fn option(&self) -> Option<u8> {
        None
    }
}

struct Internal;

impl IInternal for Internal {
    const LIMIT: u8 = 9;
    type Item = ();
    fn answer(&self) -> u8 {
        Self::LIMIT
    }
}

/// Associated types in parameters and returns (declared `Send + 'static`, as values cross
/// threads), nested and in/out too, and a const that the call object exposes.
#[async_interface]
pub trait IKeyed {
    /// What is stored.
    type Item: Clone + Send + 'static;
    /// What `put` hands out.
    type Key: Ord + Send + 'static;
    /// At most this many items.
    const CAPACITY: usize;
    /// Stores `item`; returns its key.
    ///
    /// # Errors
    ///
    /// The item back, when the store is full.
    fn put(&self, item: Self::Item) -> Result<Self::Key, Self::Item>;
    /// The items under `keys`.
    fn get(&self, keys: &[Self::Key]) -> Vec<Option<<Self as IKeyed>::Item>>;
    /// Replaces the item under `key` with `item`, leaving the old one in `item`.
    fn swap(&self, key: Self::Key, item: &mut Self::Item) -> bool;
}

/// A store of strings keyed by their index.
#[derive(Default)]
pub struct Keyed(Mutex<Vec<String>>);

impl IKeyed for Keyed {
    type Item = String;
    type Key = usize;
    const CAPACITY: usize = 4;
    fn put(&self, item: String) -> Result<usize, String> {
        let mut items = self.0.lock().map_err(|_| item.clone())?;
        if items.len() >= Self::CAPACITY {
            return Err(item);
        }
        items.push(item);
        Ok(items.len() - 1)
    }
    fn get(&self, keys: &[usize]) -> Vec<Option<String>> {
        self.0.lock().map_or_else(
            |_| Vec::new(),
            |items| keys.iter().map(|key| items.get(*key).cloned()).collect(),
        )
    }
    fn swap(&self, key: usize, item: &mut String) -> bool {
        match self
            .0
            .lock()
            .as_mut()
            .ok()
            .and_then(|items| items.get_mut(key))
        {
            Some(slot) => {
                std::mem::swap(slot, item);
                true
            }
            None => false,
        }
    }
}

/// A client of any keyed store of strings, through the object-safe asynchronous trait.
///
/// # Errors
///
/// Whatever the call object reports.
pub fn put_and_swap(
    store: &dyn AsyncIKeyed<Item = String, Key = usize>,
    item: &str,
) -> Result<Option<String>, CallError> {
    store.begin_put(item.to_owned())?;
    let Ok(key) = store.finish_put()? else {
        return Ok(None);
    };
    let mut swapped = "new".to_owned();
    store.begin_swap(key, swapped.clone())?;
    let _found = store.finish_swap(&mut swapped)?;
    Ok(Some(swapped))
}

/// A client written against the interface only.
///
/// # Errors
///
/// Whatever the call object reports.
pub fn copy_through(stream: &dyn AsyncISimpleStream, data: &[u8]) -> Result<Vec<u8>, CallError> {
    stream.begin_write(data.to_vec())?;
    let _written = stream.finish_write()?;
    stream.begin_read(data.len())?;
    Ok(stream.finish_read()?.unwrap_or_default())
}

/// Runs one call through every call object of this crate; `true` when all answered as
/// expected.
#[must_use]
pub fn run_all() -> bool {
    let blocking = ISimpleStreamCall::new(Arc::new(Memory::default()));
    let native: ISimpleStreamCall<Echo, Native> = ISimpleStreamCall::native(Arc::new(Echo));
    let sequential = ISequentialStreamCall::new(Arc::new(Sequential));
    let store: IStoreCall<MapStore, String, u32, 2> =
        IStoreCall::new(Arc::new(MapStore::default()));
    let counter = ICounterCall::new(Arc::new(Mutex::new(Counter::default())));
    let returns = IReturnsCall::new(Arc::new(Returns));
    let internal = IInternalCall::new(Arc::new(Internal));
    let keyed = IKeyedCall::new(Arc::new(Keyed::default()));
    let hidden = private::IHiddenCall::new(Arc::new(private::Hidden));
    let named = INamedCall::in_apartment(Arc::new(async_interface::apartment::Apartment::start(
        || Named(std::rc::Rc::new("named".to_owned())),
    )));
    let go = || -> Result<bool, CallError> {
        named.begin_id()?;
        let mut ok = named.finish_id()? == 5;
        named.begin_name()?;
        ok &= named.finish_name()? == "named";
        ok &= copy_through(&blocking, b"abc")? == b"abc";
        ok &= copy_through(&native, b"xy")? == [0, 0];
        sequential.Begin_Read(2)?;
        ok &= sequential.Finish_Read()? == Ok(vec![1, 1]);
        store.begin_get("k".to_owned())?;
        ok &= store.finish_get()?.is_none();
        counter.begin_add(2)?;
        ok &= counter.finish_add()? == 2;
        returns.begin_boxed(true)?;
        ok &= returns.finish_boxed()?.is_err();
        internal.begin_answer()?;
        ok &= internal.finish_answer()? == 9;
        ok &= put_and_swap(&keyed, "old")?.as_deref() == Some("old");
        keyed.begin_get(vec![0, 1])?;
        ok &= keyed.finish_get()? == [Some("new".to_owned()), None];
        ok &= <Keyed as IKeyed>::CAPACITY == 4;
        private::AsyncIHidden::begin_ping(&hidden, 1)?;
        ok &= private::AsyncIHidden::finish_ping(&hidden)? == 2;
        Ok(ok)
    };
    go().unwrap_or(false)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_call_object_answers() {
        assert!(super::run_all());
    }
}

/// The `remote` form (feature `remote`): served over loopback TCP.
#[cfg(feature = "remote")]
pub mod remote_form {
    use std::sync::{Arc, Mutex};

    use async_interface::prelude::*;
    use async_interface::remote::{self, Connection};

    /// A counter in another process.
    #[async_interface(remote)]
    pub trait IRemoteCounter {
        /// Adds `n`; returns the total.
        fn add(&mut self, n: u64) -> u64;
        /// Names the counter.
        fn name(&self, prefix: &str) -> String;
    }

    /// A counter.
    #[derive(Debug, Default)]
    pub struct Counter(u64);

    impl IRemoteCounter for Counter {
        fn add(&mut self, n: u64) -> u64 {
            self.0 += n;
            self.0
        }
        fn name(&self, prefix: &str) -> String {
            format!("{prefix}-counter")
        }
    }

    /// Serves a counter on loopback and calls it twice; `true` when both answers are right.
    ///
    /// # Errors
    ///
    /// The I/O error of serving or connecting, or the call's error, as text.
    pub fn round_trip() -> Result<bool, String> {
        let service = IRemoteCounterCall::remote_service(Arc::new(Mutex::new(Counter::default())));
        let server = remote::serve("127.0.0.1:0", service).map_err(|e| e.to_string())?;
        let connection = Connection::connect(server.local_addr()).map_err(|e| e.to_string())?;
        let call = IRemoteCounterCall::remote(&connection);
        call.begin_add(5).map_err(|e| e.to_string())?;
        let total = call.finish_add().map_err(|e| e.to_string())?;
        call.begin_name("my".to_owned())
            .map_err(|e| e.to_string())?;
        let name = call.finish_name().map_err(|e| e.to_string())?;
        Ok(total == 5 && name == "my-counter")
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn the_remote_counter_answers() {
            assert_eq!(super::round_trip(), Ok(true));
        }
    }
}
