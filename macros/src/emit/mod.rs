//! Tokens from the model, one function per generated item.
//!
//! Named items (what users write and rustdoc shows) go next to the trait: `AsyncIFoo`,
//! `AsyncIFooServer`, the `IFooCall` alias, `AsyncIFooExt` (each call as a Rust value).
//! Everything else goes in one anonymous block
//! (`const _: () = { .. };`), where the runtime is reached as `__ai` and no name leaks
//! into the user's module: the protocol's marker `IFooProtocol` and its request and reply
//! enums, the `Protocol` impl that names them, the dispatch to a blocking and to a native
//! server, the supertraits' embeddings, the client impl and the Send checks. Other items
//! (the alias, a derived trait in another crate) reach the marker as
//! `ProtocolOf<dyn AsyncIFoo>`.

mod async_trait;
mod call_alias;
mod client;
mod docs;
mod one_step;
mod protocol;
mod serve;
mod server_trait;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::Interface;

/// The items generated for a valid interface (the trait itself is emitted by the caller).
pub(crate) fn generate(interface: &Interface) -> TokenStream {
    let krate = &interface.krate;
    let ai = runtime();
    let named = [
        async_trait::async_trait(interface),
        server_trait::server_trait(interface),
        call_alias::call_alias(interface),
        call_alias::types_trait(interface),
        one_step::ext_trait(interface),
    ];
    let hidden = [
        protocol::marker(interface),
        protocol::request_enum(interface),
        protocol::reply_enum(interface),
        protocol::protocol_impl(interface),
        protocol::embeds_impls(interface),
        serve::invoke_impl(interface),
        serve::serve_native_impl(interface),
        client::client_impl(interface),
        client::send_checks(interface),
    ];
    quote! {
        #(#named)*
        const _: () = {
            use #krate::__private as #ai;
            #(#hidden)*
        };
    }
}

/// `__ai`: the runtime inside the anonymous block. The block sees the user's module, so
/// the alias is the one name it adds there, and names starting with `__` are the
/// macro's.
pub(crate) fn runtime() -> Ident {
    Ident::new("__ai", Span::mixed_site())
}

/// A local variable of generated code (`server`, `request`): hygienic, so that it never
/// collides with the user's argument names.
pub(crate) fn local(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
}
