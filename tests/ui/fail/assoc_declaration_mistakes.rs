// Associated types used by asynchronous methods are plain: no generics, no `where` clause
// (even one that always holds, as here), no `#[cfg]`, sized, and bounds that do not name
// `Self`.
use async_interface::prelude::*;

#[async_interface]
pub trait IKeyed {
    type Lent<'a>: Send + 'static;
    type Item: Send + 'static
    where
        Vec<u8>: Send;
    #[cfg(unix)]
    type Fd: Send + 'static;
    type Text: ?Sized + Send + 'static;
    type Key: From<Self::Item> + Send + 'static;
    fn lend(&self) -> Self::Lent<'static>;
    fn item(&self) -> Self::Item;
    #[cfg(unix)]
    fn fd(&self) -> Self::Fd;
    fn text(&self, text: &Self::Text);
    fn key(&self) -> Self::Key;
}

fn main() {}
