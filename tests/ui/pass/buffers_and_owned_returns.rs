//! Issue 12 items 4 and 5: in/out buffers (`&mut [T]`: a `Vec<T>` to `begin_`, filled into
//! the caller's slice by `finish_`), borrowed returns that come back owned, and a
//! borrowing `Option<&str>` and `&[&str]` parameters that go in owned.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

#[async_interface]
pub trait IPipe {
    fn pull(&mut self, buf: &mut [u8]) -> std::io::Result<usize>;
    fn push(&self, words: &mut [String], count: &mut u32);
}

struct Counter(u8);

impl IPipe for Counter {
    fn pull(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        for byte in buf.iter_mut() {
            *byte = self.0;
            self.0 += 1;
        }
        Ok(buf.len())
    }
    fn push(&self, words: &mut [String], count: &mut u32) {
        for word in words {
            word.push('!');
            *count += 1;
        }
    }
}

#[async_interface]
pub trait IExtractor {
    fn get(&self, key: &str) -> Option<&str>;
    fn keys(&self) -> &[String];
    fn name(&self) -> &str;
    fn first(&self) -> std::io::Result<&[u8]>;
    fn path(&self) -> &std::path::Path;
    fn count(&self, prefix: Option<&str>) -> usize;
    fn names(&self) -> Vec<&str>;
    fn join(&self, parts: &[&str]) -> String;
}

#[async_interface]
pub trait IGeneric<T: Clone> {
    fn item(&self) -> &T;
    fn maybe(&self) -> Option<&T>;
}

struct Headers(HashMap<String, String>, Vec<String>, Vec<u8>);

impl IExtractor for Headers {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }
    fn keys(&self) -> &[String] {
        &self.1
    }
    fn name(&self) -> &str {
        "headers"
    }
    fn first(&self) -> std::io::Result<&[u8]> {
        Ok(&self.2)
    }
    fn path(&self) -> &std::path::Path {
        std::path::Path::new("/x")
    }
    fn count(&self, prefix: Option<&str>) -> usize {
        let prefix = prefix.unwrap_or("");
        self.0.keys().filter(|key| key.starts_with(prefix)).count()
    }
    fn names(&self) -> Vec<&str> {
        self.1.iter().map(String::as_str).collect()
    }
    fn join(&self, parts: &[&str]) -> String {
        parts.join("-")
    }
}

struct Holder(u32);

impl IGeneric<u32> for Holder {
    fn item(&self) -> &u32 {
        &self.0
    }
    fn maybe(&self) -> Option<&u32> {
        None
    }
}

fn main() {
    let pipe = IPipeCall::new(Arc::new(Mutex::new(Counter(1))));
    pipe.begin_pull(vec![0; 3]).unwrap();
    // A longer slice: the three bytes the server wrote, the fourth left as it was.
    let mut buf = [9u8; 4];
    assert_eq!(pipe.finish_pull(&mut buf).unwrap().unwrap(), 3);
    assert_eq!(buf, [1, 2, 3, 9]);
    // A shorter one: the first element only; no `Clone` needed (`String`s are moved).
    pipe.begin_push(vec!["a".into(), "b".into()], 0).unwrap();
    let mut words = vec![String::new()];
    let mut count = 7;
    pipe.finish_push(&mut words, &mut count).unwrap();
    assert_eq!(words, ["a!"]);
    assert_eq!(count, 2);

    let headers = Headers(
        HashMap::from([("a".into(), "b".into())]),
        vec!["k".into()],
        vec![1],
    );
    let call = IExtractorCall::new(Arc::new(headers));
    call.begin_get("a".into()).unwrap();
    assert_eq!(call.finish_get(), Ok(Some("b".to_owned())));
    call.begin_keys().unwrap();
    assert_eq!(call.finish_keys(), Ok(vec!["k".to_owned()]));
    call.begin_name().unwrap();
    assert_eq!(call.finish_name(), Ok("headers".to_owned()));
    call.begin_first().unwrap();
    assert_eq!(call.finish_first().unwrap().unwrap(), vec![1]);
    call.begin_path().unwrap();
    assert_eq!(call.finish_path(), Ok(std::path::PathBuf::from("/x")));
    call.begin_count(Some("b".to_owned())).unwrap();
    assert_eq!(call.finish_count(), Ok(0));
    call.begin_count(None).unwrap();
    assert_eq!(call.finish_count(), Ok(1));
    call.begin_names().unwrap();
    assert_eq!(call.finish_names(), Ok(vec!["k".to_owned()]));
    call.begin_join(vec!["a".to_owned(), "b".to_owned()]).unwrap();
    assert_eq!(call.finish_join(), Ok("a-b".to_owned()));

    let generic: IGenericCall<Holder, u32> = IGenericCall::new(Arc::new(Holder(5)));
    generic.begin_item().unwrap();
    assert_eq!(generic.finish_item(), Ok(5));
    generic.begin_maybe().unwrap();
    assert_eq!(generic.finish_maybe(), Ok(None));
}
