//! The server-side form (`AsyncISimpleStreamServer`): what a native asynchronous server
//! implements instead of the synchronous trait (COM: a server-side call object).

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::Ident;

use crate::expand::{doc_attrs, doc_krate};
use crate::model::{Interface, Method, ParamKind};

/// `pub trait AsyncISimpleStreamServer: Send + Sync + 'static`, one `begin_m` per method.
pub(crate) fn server_trait(interface: &Interface) -> TokenStream {
    let Interface {
        ident,
        vis,
        async_ident,
        call_ident,
        server_ident,
        generics,
        ..
    } = interface;
    let k = doc_krate(interface);
    let where_clause = &generics.where_clause;
    let docs = doc_attrs(&[
        format!(
            "Server-side asynchronous form of [`{ident}`] (COM: a server-side call object): implement it instead of \
             [`{ident}`] for a server that is asynchronous by nature, and serve it with \
             [`{call_ident}::native`]. Clients see no difference: they use [`{async_ident}`] either way."
        ),
        String::new(),
        "Each method `begin_m` receives the in-part of a call (borrowed arguments taken owned, as in the \
         client's `begin_m`) and a completion handle. It should return soon (it runs on a worker); the call \
         completes when the handle is completed, from any thread, with what the synchronous method would have \
         returned. For a method with `&mut` arguments the handle takes a tuple: the return value first, then the \
         values left in the `&mut` arguments, in their order; the client's `finish_m` writes them back."
            .to_owned(),
        String::new(),
        format!(
            "A handle dropped without completing ends the call with \
             [`CallError::Disconnected`]({k}::CallError::Disconnected); `Completer::is_cancelled` tells whether \
             the client has cancelled the call."
        ),
    ]);
    let methods = interface
        .methods
        .iter()
        .map(|method| server_method(interface, method));
    quote! {
        #docs
        #vis trait #server_ident #generics: ::core::marker::Send + ::core::marker::Sync + 'static #where_clause {
            #(#methods)*
        }
    }
}

/// The name of the completion handle: `done`, unless an argument has that name.
fn done_ident(method: &Method) -> Ident {
    let taken = |name: &str| method.params.iter().any(|param| param.ident == name);
    let name = ["done", "completer", "__done"]
        .into_iter()
        .find(|name| !taken(name))
        .unwrap_or("__done");
    Ident::new(name, Span::call_site())
}

/// What the handle of `method` takes: the return type, or a tuple of it and the out-values.
pub(crate) fn completion_ty(method: &Method) -> TokenStream {
    let ret = &method.ret;
    let outs: Vec<&syn::Type> = method
        .params
        .iter()
        .filter_map(|param| match &param.kind {
            ParamKind::InOut { owned_ty } => Some(owned_ty),
            _ => None,
        })
        .collect();
    if outs.is_empty() {
        quote!(#ret)
    } else {
        quote!((#ret, #(#outs),*))
    }
}

fn server_method(interface: &Interface, method: &Method) -> TokenStream {
    let Interface {
        ident: trait_ident,
        krate,
        ..
    } = interface;
    let cfgs = method.cfg_tokens();
    let Method {
        ident,
        begin_ident,
        docs,
        deprecated,
        ..
    } = method;
    let done = done_ident(method);
    let in_params = method.params.iter().map(|param| {
        let ident = &param.ident;
        let ty = param.kind.in_ty();
        quote!(#ident: #ty)
    });
    let done_ty = completion_ty(method);
    let camel = begin_ident.to_string().starts_with('B')
        || method
            .params
            .iter()
            .any(|param| param.ident.to_string().contains(|c: char| c.is_uppercase()));
    let allow_case = if camel {
        quote!(#[allow(non_snake_case)])
    } else {
        quote!()
    };
    let mut lines = vec![format!(
        "Serves a call of [`{trait_ident}::{ident}`]: complete `{done}` with the result, now or later, from any thread."
    )];
    if method
        .params
        .iter()
        .any(|param| matches!(param.kind, ParamKind::InOut { .. }))
    {
        lines.push(String::new());
        lines.push(
            "`done` takes the return value followed by the values left in the `&mut` arguments."
                .replace("done", &done.to_string()),
        );
    }
    let intro = doc_attrs(&lines);
    let user_docs = if docs.is_empty() {
        quote!()
    } else {
        quote!(#[doc = ""] #(#docs)*)
    };
    quote! {
        #cfgs
        #intro
        #user_docs
        #(#deprecated)*
        #allow_case
        fn #begin_ident(&self, #(#in_params,)* #done: #krate::__private::Completer<#done_ty>);
    }
}
