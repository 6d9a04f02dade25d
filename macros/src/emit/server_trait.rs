//! `pub trait AsyncIFooServer`: what a native asynchronous server implements instead of
//! the synchronous trait (COM: a server-side call object).

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::Ident;

use super::async_trait::method_attrs;
use super::docs;
use crate::model::{Interface, Method};

/// Emits this shape:
///
/// ```text
/// /// Server-side asynchronous form of [`IFoo`] ...
/// pub trait AsyncIFooServer: AsyncIBaseServer + Send + Sync + 'static {
///     type Item: Send + 'static;
///     fn begin_m(&self, x: u32, done: Completer<u32>);
/// }
/// ```
pub(crate) fn server_trait(interface: &Interface) -> TokenStream {
    let Interface {
        ident,
        vis,
        call_ident,
        server_ident,
        ..
    } = interface;
    let docs = docs::lines(&[
        format!(
            "Server-side asynchronous form of [`{ident}`] (COM: a server-side call object), for a server that is \
             asynchronous by nature: serve it with [`{call_ident}::native`]; clients see no difference."
        ),
        String::new(),
        format!(
            "Each `begin_m` gets the in-part of a call and a {}; it should return soon, and the call completes when \
             the completer does, from any thread. A completer dropped unused ends the call with `CallError::Disconnected`.",
            docs::link(interface, "Completer", "Completer")
        ),
    ]);
    let generics = &interface.item.generics;
    let where_clause = interface.generics.trait_where_clause(generics);
    let supers = interface
        .supers
        .iter()
        .map(|sup| sup.named(|name| format!("Async{name}Server")));
    let assoc = interface.assoc_decls();
    let methods = interface
        .methods
        .iter()
        .map(|method| server_method(interface, method));
    let camel = interface.camel_case_allow();
    quote! {
        #docs
        #camel
        #vis trait #server_ident #generics: #(#supers +)* ::core::marker::Send + ::core::marker::Sync + 'static
        #where_clause
        {
            #assoc
            #(#methods)*
        }
    }
}

/// The name of the completion handle: `done`, unless an argument has that name.
pub(crate) fn done_ident(method: &Method) -> Ident {
    let taken = |name: &str| method.params.iter().any(|param| param.ident == name);
    let name = ["done", "completer", "__done"]
        .into_iter()
        .find(|name| !taken(name))
        .unwrap_or("__done");
    Ident::new(name, Span::call_site())
}

/// What the completer of `method` takes: the return type, or a tuple of it and the
/// values left in the in/out parameters, in their order.
pub(crate) fn completion_ty(interface: &Interface, method: &Method) -> TokenStream {
    let ret = interface.in_traits(&method.ret);
    let outs: Vec<syn::Type> = method
        .outs()
        .map(|param| interface.in_traits(&param.owned))
        .collect();
    if outs.is_empty() {
        quote!(#ret)
    } else {
        quote!((#ret, #(#outs),*))
    }
}

fn server_method(interface: &Interface, method: &Method) -> TokenStream {
    let Method {
        ident, begin_ident, ..
    } = method;
    let trait_ident = &interface.ident;
    let krate = &interface.krate;
    let done = done_ident(method);
    let what = if method.outs().next().is_some() {
        "a tuple of what it returns and the values it leaves in the `&mut` arguments"
    } else {
        "what it returns"
    };
    let docs = docs::lines(&[format!(
        "Serves a call of [`{trait_ident}::{ident}`]: complete `{done}` with {what}, now or later."
    )]);
    let attrs = method_attrs(method);
    let params = method.params.iter().map(|param| {
        let ident = &param.ident;
        let ty = interface.in_traits(&param.owned);
        quote!(#ident: #ty)
    });
    let done_ty = completion_ty(interface, method);
    quote! {
        #docs
        #attrs
        fn #begin_ident(&self, #(#params,)* #done: #krate::Completer<#done_ty>);
    }
}
