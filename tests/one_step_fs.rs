//! Issue 13 on a real blocking API nobody here wrote: `std::fs` behind an interface,
//! awaited in one step from tokio, many files at once from a `CallPool`, and a call
//! dropped by `select!` whose late result is dropped while the call object goes on.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use async_interface::CallPool;
use async_interface::prelude::*;

#[async_interface]
pub trait IFiles {
    /// `std::fs::write`.
    fn write(&self, path: &Path, contents: &[u8]) -> io::Result<()>;
    /// `std::fs::read_to_string`.
    fn read_to_string(&self, path: &Path) -> io::Result<String>;
}

struct Disk;
impl IFiles for Disk {
    fn write(&self, path: &Path, contents: &[u8]) -> io::Result<()> {
        std::fs::write(path, contents)
    }
    fn read_to_string(&self, path: &Path) -> io::Result<String> {
        std::fs::read_to_string(path)
    }
}

/// A fresh directory under the system's temp dir, removed at the end.
struct TempDir(PathBuf);
impl TempDir {
    fn new(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("async-interface-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[tokio::test(flavor = "current_thread")]
async fn std_fs_in_one_step_each_from_a_single_threaded_runtime() {
    let dir = TempDir::new("one-step");
    let file = dir.0.join("greeting.txt");
    let call = IFilesCall::new(Arc::new(Disk));
    call.write(file.clone(), b"hello".to_vec())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(call.read_to_string(file).await.unwrap().unwrap(), "hello");
    let missing = call.read_to_string(dir.0.join("missing")).await.unwrap();
    assert_eq!(missing.unwrap_err().kind(), io::ErrorKind::NotFound);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_files_at_once_from_a_call_pool() {
    const N: usize = 6;
    let dir = TempDir::new("pool");
    let pool = Arc::new(CallPool::new(|| IFilesCall::new(Arc::new(Disk))));
    let writes: Vec<_> = (0..N)
        .map(|i| {
            let call = pool.get_owned();
            let path = dir.0.join(format!("{i}.txt"));
            tokio::spawn(async move { call.write(path, format!("file {i}").into_bytes()).await })
        })
        .collect();
    for write in writes {
        write.await.unwrap().unwrap().unwrap();
    }
    let calls: Vec<_> = (0..N).map(|_| pool.get()).collect();
    let reads: Vec<_> = calls
        .iter()
        .enumerate()
        .map(|(i, call)| call.read_to_string(dir.0.join(format!("{i}.txt"))))
        .collect();
    for (i, read) in reads.into_iter().enumerate() {
        assert_eq!(read.await.unwrap().unwrap(), format!("file {i}"));
    }
    drop(calls);
    assert_eq!(pool.idle(), N);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_that_loses_a_select_leaves_the_call_object_ready() {
    let dir = TempDir::new("select");
    let file = dir.0.join("big.txt");
    std::fs::write(&file, vec![b'x'; 1 << 20]).unwrap();
    let call = IFilesCall::new(Arc::new(Disk));
    tokio::select! {
        biased;
        () = std::future::ready(()) => {}
        read = call.read_to_string(file.clone()) => panic!("the ready branch is polled first: {read:?}"),
    }
    // The read may still run on a worker; its result is dropped. The call object is idle.
    assert_eq!(call.state(), CallState::Idle);
    let read = tokio::time::timeout(Duration::from_secs(20), call.read_to_string(file)).await;
    assert_eq!(read.unwrap().unwrap().unwrap().len(), 1 << 20);
}
