//! Origin: crates.io package notify 8.2.0 (repository notify-rs/notify), `src/lib.rs`, `pub
//! trait Watcher`.
//! Copied: `Watcher` verbatim with the provided body of `paths_mut`, and `PathsMut`,
//! `WatcherKind`, `RecursiveMode` from the crate (plain items). Stand-ins, marked:
//! `config::Config`, `Error`, `Result`, and an `EventHandler` without events. Docs cut to
//! each item's first paragraph.
//! License of the original: CC0-1.0.
//! Shapes: mut-self, ref-param, generic-method, no-receiver, where-self-sized, dyn-return, method-lifetime, provided-method
//! Expect: accepted (`watch`, `unwatch`, `configure`; `new` and `kind` left out: no receiver; `paths_mut` returns a borrow of the server: open, likely rejected or left out)

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Stand-in: notify's `Error` (a kind and the paths; reduced to a message).
#[derive(Debug)]
pub struct Error {
    /// What went wrong.
    pub message: String,
}

/// Stand-in: notify's `Result<T>`.
pub type Result<T> = std::result::Result<T, Error>;

/// Stand-in: notify's `config` module, with its `Config` (one of its settings); notify
/// re-exports it as `notify::Config`, as here.
pub mod config {
    use std::time::Duration;

    /// Stand-in: notify's `Config`.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct Config {
        /// `with_poll_interval`.
        pub poll_interval: Option<Duration>,
    }
}
pub use config::Config;

/// Stand-in: notify's `EventHandler` (events left out).
pub trait EventHandler: Send + 'static {}

/// Indicates whether only the provided directory or its sub-directories as well should be watched
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum RecursiveMode {
    /// Watch all sub-directories as well, including directories created after installing the watch
    Recursive,
    /// Watch only the provided directory
    NonRecursive,
}

/// Watcher kind enumeration
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WatcherKind {
    /// inotify backend (linux)
    Inotify,
    /// FS-Event backend (mac)
    Fsevent,
    /// KQueue backend (bsd,optionally mac)
    Kqueue,
    /// Polling based backend (fallback)
    PollWatcher,
    /// Windows backend
    ReadDirectoryChangesWatcher,
    /// Fake watcher for testing
    NullWatcher,
}

/// Providing methods for adding and removing paths to watch.
pub trait PathsMut {
    /// Add a new path to watch. See [`Watcher::watch`] for more.
    fn add(&mut self, path: &Path, recursive_mode: RecursiveMode) -> Result<()>;

    /// Remove a path from watching. See [`Watcher::unwatch`] for more.
    fn remove(&mut self, path: &Path) -> Result<()>;

    /// Ensure added/removed paths are applied.
    fn commit(self: Box<Self>) -> Result<()>;
}

/// Type that can deliver file activity notifications
#[async_interface]
pub trait Watcher {
    /// Create a new watcher with an initial Config.
    fn new<F: EventHandler>(event_handler: F, config: config::Config) -> Result<Self>
    where
        Self: Sized;

    /// Begin watching a new path.
    fn watch(&mut self, path: &Path, recursive_mode: RecursiveMode) -> Result<()>;

    /// Stop watching a path.
    fn unwatch(&mut self, path: &Path) -> Result<()>;

    /// Add/remove paths to watch.
    fn paths_mut<'me>(&'me mut self) -> Box<dyn PathsMut + 'me> {
        struct DefaultPathsMut<'a, T: ?Sized>(&'a mut T);
        impl<'a, T: Watcher + ?Sized> PathsMut for DefaultPathsMut<'a, T> {
            fn add(&mut self, path: &Path, recursive_mode: RecursiveMode) -> Result<()> {
                self.0.watch(path, recursive_mode)
            }
            fn remove(&mut self, path: &Path) -> Result<()> {
                self.0.unwatch(path)
            }
            fn commit(self: Box<Self>) -> Result<()> {
                Ok(())
            }
        }
        Box::new(DefaultPathsMut(self))
    }

    /// Configure the watcher at runtime.
    fn configure(&mut self, _option: Config) -> Result<bool> {
        Ok(false)
    }

    /// Returns the watcher kind, allowing to perform backend-specific tasks
    fn kind() -> WatcherKind
    where
        Self: Sized;
}

/// A server: notify's `NullWatcher`, keeping the paths it is asked to watch.
struct NullWatcher(Vec<(PathBuf, RecursiveMode)>);

impl Watcher for NullWatcher {
    fn new<F: EventHandler>(_event_handler: F, _config: Config) -> Result<Self> {
        Ok(NullWatcher(Vec::new()))
    }
    fn watch(&mut self, path: &Path, recursive_mode: RecursiveMode) -> Result<()> {
        self.0.push((path.to_path_buf(), recursive_mode));
        Ok(())
    }
    fn unwatch(&mut self, path: &Path) -> Result<()> {
        let before = self.0.len();
        self.0.retain(|(p, _)| p != path);
        if self.0.len() == before {
            return Err(Error { message: format!("{} is not watched", path.display()) });
        }
        Ok(())
    }
    fn kind() -> WatcherKind {
        WatcherKind::NullWatcher
    }
}

fn exercise() {
    let watcher = Arc::new(Mutex::new(NullWatcher(Vec::new())));
    let call = WatcherCall::new(Arc::clone(&watcher));
    call.begin_watch(PathBuf::from("/tmp"), RecursiveMode::Recursive).unwrap();
    assert!(call.finish_watch().unwrap().is_ok());
    call.begin_unwatch(PathBuf::from("/var")).unwrap();
    assert!(call.finish_unwatch().unwrap().is_err());
    assert_eq!(watcher.lock().unwrap().0, vec![(PathBuf::from("/tmp"), RecursiveMode::Recursive)]);
}

fn main() {
    exercise();
}
