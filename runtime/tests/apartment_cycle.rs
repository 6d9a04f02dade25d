//! Issue 16, item 7: a server that reaches its own apartment through the `Weak` handle
//! of `Apartment::start_cyclic` does not keep it alive: the apartment's thread ends when
//! the last strong handle outside drops.

use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Weak};
use std::time::Duration;

use async_interface_runtime::apartment::Apartment;

const PATIENCE: Duration = Duration::from_secs(20);

struct Server {
    home: Weak<Apartment<Server>>,
    events: Sender<&'static str>,
}

impl Drop for Server {
    fn drop(&mut self) {
        // Dropped by the apartment's thread as the last thing it does.
        let _ = self.events.send("server dropped");
    }
}

#[test]
fn the_apartment_thread_ends_when_the_last_strong_handle_drops() {
    let (events, seen) = channel();
    let apartment = Apartment::start_cyclic(move |home| Server { home, events });
    apartment.post(|server| {
        // The server reaches its own apartment: an upgrade, held only for this job.
        let home = server.home.upgrade().expect("the apartment is alive");
        home.post(|server| server.events.send("posted by itself").unwrap());
    });
    assert_eq!(seen.recv_timeout(PATIENCE), Ok("posted by itself"));
    let watcher = Arc::downgrade(&apartment);
    drop(apartment);
    assert_eq!(
        seen.recv_timeout(PATIENCE),
        Ok("server dropped"),
        "the thread left its loop and dropped the server"
    );
    assert!(watcher.upgrade().is_none());
}
