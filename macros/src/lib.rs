//! placeholder
use proc_macro::TokenStream;
/// placeholder
#[proc_macro_attribute]
pub fn async_interface(_args: TokenStream, input: TokenStream) -> TokenStream { input }
