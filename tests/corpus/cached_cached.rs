//! Origin: crates.io package cached 3.0.0-rc.10 (repository jaemk/cached), `src/lib.rs`,
//! `pub trait Cached<K, V>`.
//! Copied: a subset: the associated type and the first 14 methods in declaration order, verbatim (docs cut to each item's first paragraph; the trait has more provided methods of the same shapes).
//! License of the original: MIT.
//! Shapes: generic-trait, assoc-type, mut-self, generic-method, borrowed-return, mut-borrowed-return, provided-method, unsized-param
//! Expect: accepted (`cache_set`, `cache_try_set`, `cache_clear`, `cache_reset`, `cache_size`, `cache_reset_metrics`; the generic ones left out)

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Core cache operations for single-owner (non-concurrent) stores.
#[async_interface]
pub trait Cached<K, V> {
    // ── Associated types ──────────────────────────────────────────────────

    /// The error type returned by [`cache_try_set`](Cached::cache_try_set).
    type Error: std::error::Error + Send + Sync + 'static;

    // ── Core required methods (stores implement these) ────────────────────

    /// Attempt to retrieve a cached value.
    fn cache_get<Q>(&mut self, k: &Q) -> Option<&V>
    where
        K: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ?Sized;

    /// Attempt to retrieve a cached value with mutable access.
    fn cache_get_mut<Q>(&mut self, k: &Q) -> Option<&mut V>
    where
        K: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ?Sized;

    /// Insert a key-value pair and return the previous value. On recency-ordered stores,
    /// overwriting an existing key promotes it to most-recently-used.
    fn cache_set(&mut self, k: K, v: V) -> Option<V>;

    /// Fallible variant of [`Self::cache_set`] for custom stores whose insertion can fail.
    fn cache_try_set(&mut self, k: K, v: V) -> Result<Option<V>, Self::Error> {
        Ok(self.cache_set(k, v))
    }

    /// Get or insert a key-value pair, returning a mutable reference to the value.
    fn cache_get_or_set_with_mut<F: FnOnce() -> V>(&mut self, key: K, f: F) -> &mut V;

    /// Get or insert a key-value pair, propagating errors from the factory and
    /// returning a mutable reference to the value.
    fn cache_try_get_or_set_with_mut<F: FnOnce() -> Result<V, E>, E>(
        &mut self,
        key: K,
        f: F,
    ) -> Result<&mut V, E>;

    /// Get or insert a key-value pair, returning a shared reference to the value.
    fn cache_get_or_set_with<F: FnOnce() -> V>(&mut self, key: K, f: F) -> &V {
        &*self.cache_get_or_set_with_mut(key, f)
    }

    /// Get or insert a key-value pair, propagating errors from the factory and
    /// returning a shared reference to the value.
    fn cache_try_get_or_set_with<F: FnOnce() -> Result<V, E>, E>(
        &mut self,
        key: K,
        f: F,
    ) -> Result<&V, E> {
        self.cache_try_get_or_set_with_mut(key, f).map(|v| &*v)
    }

    /// Remove a cached value, returning it if it was both present and still live.
    #[must_use]
    fn cache_remove<Q>(&mut self, k: &Q) -> Option<V>
    where
        K: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ?Sized;

    /// Remove a cached entry, returning the stored key and value whenever an entry
    /// was physically deleted — including entries that were present but already expired.
    #[must_use]
    fn cache_remove_entry<Q>(&mut self, k: &Q) -> Option<(K, V)>
    where
        K: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ?Sized;

    /// Remove all cached entries but preserve capacity allocation and metrics.
    fn cache_clear(&mut self);

    /// Reset all entries and metrics (hits, misses, evictions) to zero.
    fn cache_reset(&mut self);

    /// Return the number of entries currently in the cache.
    #[must_use]
    fn cache_size(&self) -> usize;

    // ── Optional overrides ────────────────────────────────────────────────

    /// Reset hit/miss counters.
    fn cache_reset_metrics(&mut self) {}
}

/// A server: cached's `UnboundCache`, in short.
struct Unbound<K, V>(HashMap<K, V>);

impl<K: Hash + Eq, V> Cached<K, V> for Unbound<K, V> {
    type Error = std::convert::Infallible;
    fn cache_get<Q>(&mut self, k: &Q) -> Option<&V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.0.get(k)
    }
    fn cache_get_mut<Q>(&mut self, k: &Q) -> Option<&mut V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.0.get_mut(k)
    }
    fn cache_set(&mut self, k: K, v: V) -> Option<V> {
        self.0.insert(k, v)
    }
    fn cache_get_or_set_with_mut<F: FnOnce() -> V>(&mut self, key: K, f: F) -> &mut V {
        self.0.entry(key).or_insert_with(f)
    }
    fn cache_try_get_or_set_with_mut<F: FnOnce() -> Result<V, E>, E>(&mut self, key: K, f: F) -> Result<&mut V, E> {
        match self.0.entry(key) {
            std::collections::hash_map::Entry::Occupied(o) => Ok(o.into_mut()),
            std::collections::hash_map::Entry::Vacant(v) => Ok(v.insert(f()?)),
        }
    }
    fn cache_remove<Q>(&mut self, k: &Q) -> Option<V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.0.remove(k)
    }
    fn cache_remove_entry<Q>(&mut self, k: &Q) -> Option<(K, V)>
    where
        K: std::borrow::Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.0.remove_entry(k)
    }
    fn cache_clear(&mut self) {
        self.0.clear();
    }
    fn cache_reset(&mut self) {
        self.0 = HashMap::new();
    }
    fn cache_size(&self) -> usize {
        self.0.len()
    }
}

fn exercise() {
    let call = CachedCall::<Mutex<Unbound<String, u32>>, String, u32>::new(Arc::new(Mutex::new(Unbound(HashMap::new()))));
    call.begin_cache_set("a".to_owned(), 1).unwrap();
    assert_eq!(call.finish_cache_set().unwrap(), None);
    call.begin_cache_set("a".to_owned(), 2).unwrap();
    assert_eq!(call.finish_cache_set().unwrap(), Some(1));
    call.begin_cache_size().unwrap();
    assert_eq!(call.finish_cache_size().unwrap(), 1);
}

fn main() {
    exercise();
}
