//! The `#[async_interface]` attribute of [`async-interface`](https://docs.rs/async-interface).
//!
//! Use it through the facade crate (`use async_interface::prelude::*;`), which documents
//! what the attribute generates. This crate holds only the code generator, one way
//! through (`expand`): the options are parsed (`args`), the trait becomes a model built
//! once (`model`), which is checked (`validate`) and turned into tokens, one function
//! per generated item (`emit`); invalid input gives the original trait back with every
//! error (`fallback`), so one mistake is one error. What is the same for every trait is
//! not generated: it is the runtime's `InterfaceCall`.

mod args;
mod emit;
mod errors;
mod expand;
mod fallback;
mod model;
mod validate;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Adds the asynchronous form of a trait (`AsyncIFoo`, with `begin_`/`finish_` pairs) and
/// a call object (`IFooCall<S>`) that runs a server's methods on a worker.
///
/// See the `async-interface` crate for the generated items and the options
/// (`name = AsyncName`, `crate = path`, `bounds(PlainSupertrait, ..)`, `strict`, `remote`,
/// and `#[async_interface(skip)]` on a method).
#[proc_macro_attribute]
pub fn async_interface(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::expand(args.into(), input.into()).into()
}
