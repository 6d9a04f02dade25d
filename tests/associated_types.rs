//! Associated types in the signatures of asynchronous methods (`Self::Item`, nested, in
//! parameters, `&`/`&mut` parameters and returns), round-tripped through every way to serve
//! a call object (blocking, native, apartment, `&mut self` behind a lock, a generic trait),
//! and used through `dyn AsyncIFoo<Item = ..>`; associated consts on the call object.
#![deny(warnings, missing_docs)]

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use async_interface::apartment::Apartment;
use async_interface::prelude::*;
use async_interface::{Completer, Native};

/// A keyed store whose item, key and error types are the server's choice.
#[async_interface]
pub trait IKeyed {
    /// What is stored.
    type Item: Clone + Send + 'static;
    /// What `put` hands out.
    type Key: Ord + Send + 'static;
    /// Why a `put` failed.
    type Error: Send + 'static;
    /// How many items a store holds at most.
    const CAPACITY: usize;

    /// Stores `item`; returns its key.
    fn put(&self, item: Self::Item) -> Result<Self::Key, Self::Error>;
    /// The item under `key`.
    fn get(&self, key: &Self::Key) -> Option<Self::Item>;
    /// The items under `keys`, in their order; `<Self as IKeyed>::Item` is `Self::Item`.
    fn many(&self, keys: &[Self::Key]) -> Vec<<Self as IKeyed>::Item>;
    /// Replaces the item under `key` with `item`, leaving the old one in `item`.
    fn swap(&self, key: Self::Key, item: &mut Self::Item) -> bool;
    /// Not asynchronous: the associated types need not be `Send` for it.
    #[async_interface(skip)]
    fn count(&self) -> usize;
}

/// A blocking store of strings, keyed by `u32`.
#[derive(Default)]
pub struct Strings(Mutex<BTreeMap<u32, String>>);

impl IKeyed for Strings {
    type Item = String;
    type Key = u32;
    type Error = String;
    const CAPACITY: usize = 2;

    fn put(&self, item: String) -> Result<u32, String> {
        let mut map = self.0.lock().unwrap();
        if map.len() >= Self::CAPACITY {
            return Err(format!("full, {item:?} not stored"));
        }
        let key = u32::try_from(map.len()).unwrap() + 10;
        map.insert(key, item);
        Ok(key)
    }
    fn get(&self, key: &u32) -> Option<String> {
        self.0.lock().unwrap().get(key).cloned()
    }
    fn many(&self, keys: &[u32]) -> Vec<String> {
        keys.iter().filter_map(|key| self.get(key)).collect()
    }
    fn swap(&self, key: u32, item: &mut String) -> bool {
        match self.0.lock().unwrap().get_mut(&key) {
            Some(slot) => {
                std::mem::swap(slot, item);
                true
            }
            None => false,
        }
    }
    fn count(&self) -> usize {
        self.0.lock().unwrap().len()
    }
}

/// The round trip every form of the call object must pass: what comes back is what the
/// server made of what went in.
fn round_trip<C>(call: &C)
where
    C: AsyncIKeyed<Item = String, Key = u32, Error = String> + ?Sized,
{
    call.begin_put("a".to_owned()).unwrap();
    assert_eq!(call.finish_put(), Ok(Ok(10)));
    call.begin_put("b".to_owned()).unwrap();
    assert_eq!(call.finish_put(), Ok(Ok(11)));
    call.begin_put("c".to_owned()).unwrap();
    assert_eq!(
        call.finish_put(),
        Ok(Err("full, \"c\" not stored".to_owned()))
    );
    call.begin_get(11).unwrap();
    assert_eq!(call.finish_get(), Ok(Some("b".to_owned())));
    call.begin_get(12).unwrap();
    assert_eq!(call.finish_get(), Ok(None));
    call.begin_many(vec![11, 99, 10]).unwrap();
    assert_eq!(call.finish_many(), Ok(vec!["b".to_owned(), "a".to_owned()]));
    let mut item = "z".to_owned();
    call.begin_swap(10, item.clone()).unwrap();
    assert_eq!(call.finish_swap(&mut item), Ok(true));
    assert_eq!(item, "a");
    call.begin_get(10).unwrap();
    assert_eq!(call.finish_get(), Ok(Some("z".to_owned())));
}

#[test]
fn blocking_server() {
    let call = IKeyedCall::new(Arc::new(Strings::default()));
    round_trip(&call);
    // The client's view of the types is the server's.
    call.begin_get(10).unwrap();
    let item: Option<<IKeyedCall<Strings> as AsyncIKeyed>::Item> = call.finish_get().unwrap();
    assert_eq!(item.as_deref(), Some("z"));
    assert_eq!(call.server().count(), 2);
}

#[test]
fn through_dyn_async_trait() {
    let call: Box<dyn AsyncIKeyed<Item = String, Key = u32, Error = String>> =
        Box::new(IKeyedCall::new(Arc::new(Strings::default())));
    round_trip(&*call);
    call.begin_get(11).unwrap();
    call.wait(std::time::Duration::from_secs(10)).unwrap();
    assert_eq!(call.finish_get(), Ok(Some("b".to_owned())));
}

/// A native server: it names the types itself and completes from another thread.
#[derive(Default)]
pub struct NativeStrings(Arc<Strings>);

impl AsyncIKeyedServer for NativeStrings {
    type Item = String;
    type Key = u32;
    type Error = String;

    fn begin_put(&self, item: String, done: Completer<Result<u32, String>>) {
        let store = Arc::clone(&self.0);
        std::thread::spawn(move || done.complete(store.put(item)));
    }
    fn begin_get(&self, key: u32, done: Completer<Option<String>>) {
        done.complete(self.0.get(&key));
    }
    fn begin_many(&self, keys: Vec<u32>, done: Completer<Vec<String>>) {
        done.complete(self.0.many(&keys));
    }
    fn begin_swap(&self, key: u32, mut item: String, done: Completer<(bool, String)>) {
        let swapped = self.0.swap(key, &mut item);
        done.complete((swapped, item));
    }
}

#[test]
fn native_server() {
    let call: IKeyedCall<NativeStrings, Native> =
        IKeyedCall::native(Arc::new(NativeStrings::default()));
    round_trip(&call);
    assert_eq!(call.server().0.count(), 2);
}

/// A `!Send` server (its map is an `Rc<RefCell<..>>`) whose items are `Send`.
pub struct RcStrings(Rc<RefCell<Vec<String>>>);

impl IKeyed for RcStrings {
    type Item = String;
    type Key = u32;
    type Error = String;
    const CAPACITY: usize = 2;

    fn put(&self, item: String) -> Result<u32, String> {
        let mut items = self.0.borrow_mut();
        if items.len() >= Self::CAPACITY {
            return Err(format!("full, {item:?} not stored"));
        }
        items.push(item);
        Ok(u32::try_from(items.len()).unwrap() + 9)
    }
    fn get(&self, key: &u32) -> Option<String> {
        let index = usize::try_from(key.checked_sub(10)?).ok()?;
        self.0.borrow().get(index).cloned()
    }
    fn many(&self, keys: &[u32]) -> Vec<String> {
        keys.iter().filter_map(|key| self.get(key)).collect()
    }
    fn swap(&self, key: u32, item: &mut String) -> bool {
        let Some(index) = key.checked_sub(10).and_then(|i| usize::try_from(i).ok()) else {
            return false;
        };
        match self.0.borrow_mut().get_mut(index) {
            Some(slot) => {
                std::mem::swap(slot, item);
                true
            }
            None => false,
        }
    }
    fn count(&self) -> usize {
        self.0.borrow().len()
    }
}

#[test]
fn apartment_server() {
    let apartment = Arc::new(Apartment::start(|| {
        RcStrings(Rc::new(RefCell::new(Vec::new())))
    }));
    let call = IKeyedCall::in_apartment(apartment);
    round_trip(&call);
}

/// `&mut self` methods with associated types: the server sits behind a lock.
#[async_interface]
pub trait ICounted {
    /// What is counted.
    type Thing: PartialEq + Send + 'static;
    /// At most this many.
    const CAPACITY: usize;
    /// Counts `thing`; returns how many of it were counted, with the thing back.
    fn count(&mut self, thing: Self::Thing) -> (usize, Self::Thing);
    /// Forgets everything; returns the things counted.
    fn reset(&mut self) -> Vec<Self::Thing>;
}

/// Counts `char`s.
#[derive(Default)]
pub struct Counted(Vec<char>);

impl ICounted for Counted {
    type Thing = char;
    const CAPACITY: usize = 100;
    fn count(&mut self, thing: char) -> (usize, char) {
        self.0.push(thing);
        (self.0.iter().filter(|c| **c == thing).count(), thing)
    }
    fn reset(&mut self) -> Vec<char> {
        std::mem::take(&mut self.0)
    }
}

#[test]
fn mut_self_behind_a_lock() {
    let call = ICountedCall::new(Arc::new(Mutex::new(Counted::default())));
    for (thing, expected) in [('a', 1), ('b', 1), ('a', 2)] {
        call.begin_count(thing).unwrap();
        assert_eq!(call.finish_count(), Ok((expected, thing)));
    }
    call.begin_reset().unwrap();
    assert_eq!(call.finish_reset(), Ok(vec!['a', 'b', 'a']));
    let apartment = Arc::new(Apartment::start(|| RefCell::new(Counted::default())));
    let call = ICountedCall::in_apartment(apartment);
    call.begin_count('x').unwrap();
    assert_eq!(call.finish_count(), Ok((1, 'x')));
    let call: &dyn AsyncICounted<Thing = char> = &call;
    call.begin_count('x').unwrap();
    assert_eq!(call.finish_count(), Ok((2, 'x')));
}

/// A generic trait with an associated type: the trait's parameter and the server's type
/// travel together.
#[async_interface]
pub trait IConvert<T: Send + 'static> {
    /// What `T` becomes.
    type Output: std::fmt::Debug + Send + 'static;
    /// Converts `value`.
    fn convert(&self, value: T) -> Self::Output;
    /// Converts each of `values`, in place of the last one.
    fn convert_all(&self, values: &[T], last: &mut Option<Self::Output>) -> usize;
}

/// Turns numbers into their decimal strings.
pub struct Decimal;

impl IConvert<u64> for Decimal {
    type Output = String;
    fn convert(&self, value: u64) -> String {
        value.to_string()
    }
    fn convert_all(&self, values: &[u64], last: &mut Option<String>) -> usize {
        *last = values.last().map(ToString::to_string);
        values.len()
    }
}

#[test]
fn generic_trait() {
    let call: IConvertCall<Decimal, u64> = IConvertCall::new(Arc::new(Decimal));
    call.begin_convert(42).unwrap();
    assert_eq!(call.finish_convert(), Ok("42".to_owned()));
    let mut last = None;
    call.begin_convert_all(vec![1, 22, 333], None).unwrap();
    assert_eq!(call.finish_convert_all(&mut last), Ok(3));
    assert_eq!(last.as_deref(), Some("333"));
    let call: &dyn AsyncIConvert<u64, Output = String> = &call;
    call.begin_convert(7).unwrap();
    assert_eq!(call.finish_convert(), Ok("7".to_owned()));
}
