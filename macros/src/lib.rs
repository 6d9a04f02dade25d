//! The `#[async_interface]` attribute of [`async-interface`](https://docs.rs/async-interface).
//!
//! Use it through the facade crate (`use async_interface::prelude::*;`), which documents
//! what the attribute generates. This crate holds only the code generator: the input
//! is parsed (`args`, `model`), checked (`validate`) and turned into tokens
//! (`expand`); invalid input gives the original trait back with the errors
//! (`fallback`), so one mistake is one error.

mod args;
mod expand;
mod fallback;
mod model;
mod remote;
mod server_side;
mod types;
mod validate;

#[cfg(test)]
mod never_panics;
#[cfg(test)]
mod snapshots;
#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Adds the asynchronous form of a trait (`AsyncIFoo`, with `begin_`/`finish_` pairs) and
/// a call object (`IFooCall<S>`) that runs a server's methods on a worker.
///
/// See the `async-interface` crate for the generated items and the options
/// (`name = AsyncName`, `crate = path`, and `#[async_interface(skip)]` on a method).
#[proc_macro_attribute]
pub fn async_interface(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::expand(args.into(), input.into()).into()
}
