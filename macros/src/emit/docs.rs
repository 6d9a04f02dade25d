//! Doc comments of the generated items: short, linking to the synchronous trait's
//! methods and to the runtime's `InterfaceCall` page instead of repeating it.

use proc_macro2::TokenStream;
use quote::quote;

use crate::args::path_to_string;
use crate::model::Interface;

/// `#[doc = " line"]` for each line.
pub(crate) fn lines(lines: &[String]) -> TokenStream {
    let lines = lines
        .iter()
        .map(|line| format!(" {line}").trim_end().to_owned());
    quote!(#(#[doc = #lines])*)
}

/// The facade as a doc link prefix: `async_interface`, or the `crate = ..` path.
pub(crate) fn krate(interface: &Interface) -> String {
    path_to_string(&interface.krate)
        .trim_start_matches("::")
        .to_owned()
}

/// A link to the runtime's `item` through the facade: `[`text`](async_interface::item)`.
pub(crate) fn link(interface: &Interface, text: &str, item: &str) -> String {
    format!("[`{text}`]({}::{item})", krate(interface))
}
