//! Origin: crates.io package ambassador 0.4.2 (repository hobofan/ambassador),
//! `tests/run-pass/delegate_trait_remote_display.rs`, `trait Display` (ambassador's
//! `#[delegatable_trait_remote]` copy of std's).
//! Copied: the trait verbatim, `#[delegatable_trait_remote]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: lifetime-in-path, dyn-param
//! Expect: rejected, with the macro's own "borrows" error (`&mut ::std::fmt::Formatter` hides a lifetime, issue 12 item 1); no exercise

use async_interface::prelude::*;

pub struct Cat;

#[async_interface]
trait Display {
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> Result<(), ::std::fmt::Error>;
}

impl Display for Cat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> Result<(), ::std::fmt::Error> {
        f.write_str("Foo")
    }
}

struct Show<'a>(&'a Cat);

impl std::fmt::Display for Show<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Display::fmt(self.0, f)
    }
}

fn main() {
    assert_eq!(Show(&Cat).to_string(), "Foo");
}
