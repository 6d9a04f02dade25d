//! `pub trait AsyncIFoo`: the client's `begin_m`/`finish_m` pairs.

use proc_macro2::TokenStream;
use quote::quote;
use syn::ext::IdentExt;

use super::docs;
use crate::model::{Interface, Method, Role};

/// Emits this shape:
///
/// ```text
/// /// Asynchronous form of [`IFoo`] ...
/// #[allow(dead_code)]
/// pub trait AsyncIFoo: AsyncIBase + Synchronize + CancelMethodCalls + AwaitCompletion {
///     type Item: Send + 'static;                 // the associated types the methods name
///     fn begin_m(&self, x: u32) -> Result<(), CallError>;
///     fn finish_m(&self) -> Result<u32, CallError>;
/// }
/// ```
pub(crate) fn async_trait(interface: &Interface) -> TokenStream {
    let Interface {
        vis,
        async_ident,
        krate,
        ..
    } = interface;
    let docs = trait_docs(interface);
    let generics = &interface.item.generics;
    let where_clause = interface.generics.trait_where_clause(generics);
    let supers = interface.supers.iter().map(|sup| sup.async_trait());
    let assoc = interface.assoc_decls();
    let methods = interface.methods.iter().map(|method| {
        let begin = begin_decl(interface, method);
        let finish = finish_decl(interface, method);
        quote!(#begin #finish)
    });
    let camel = interface.camel_case_allow();
    quote! {
        #docs
        #[allow(dead_code)]
        #camel
        #vis trait #async_ident #generics: #(#supers +)* #krate::Synchronize + #krate::CancelMethodCalls + #krate::AwaitCompletion
        #where_clause
        {
            #assoc
            #(#methods)*
        }
    }
}

fn trait_docs(interface: &Interface) -> TokenStream {
    let Interface {
        ident,
        async_ident,
        call_ident,
        ..
    } = interface;
    let mut lines = vec![
        format!(
            "Asynchronous form of [`{ident}`] (COM: `{async_ident}`): for each method `m`, `begin_m` starts \
             a call and returns at once, and `finish_m` returns its result."
        ),
        String::new(),
        format!(
            "[`{call_ident}`] implements it; what a call object does and the ways to make one are on {}.",
            docs::link(interface, "InterfaceCall", "InterfaceCall")
        ),
    ];
    if !interface.supers.is_empty() {
        let names: Vec<String> = interface
            .supers
            .iter()
            .map(|sup| format!("`Async{}`", sup.ident.unraw()))
            .collect();
        lines.push(format!(
            "It derives from {}, as MIDL derives `AsyncIDerived` from `AsyncIBase`: one call object serves \
             all their methods, one call at a time.",
            names.join(", ")
        ));
    }
    lines.extend(docs::plain_supers_line(interface));
    lines.extend(docs::left_out_line(interface));
    if let Some(first) = interface.assoc.first() {
        let from_server = if first.inherited {
            format!("S::{}", first.ident)
        } else {
            format!("<S as {ident}>::{}", first.ident)
        };
        let first = &first.ident;
        lines.push(format!(
            "Its associated types are the server's (`<{call_ident}<S> as {async_ident}>::{first}` is \
             `{from_server}`); name them to use it as an object: `dyn {async_ident}<{first} = ..>`."
        ));
    }
    docs::lines(&lines)
}

/// `fn begin_m(&self, x: u32) -> Result<(), CallError>`, with `CallError` at `error`.
pub(crate) fn begin_sig(
    interface: &Interface,
    method: &Method,
    error: &TokenStream,
) -> TokenStream {
    let begin_ident = &method.begin_ident;
    let params = method.params.iter().map(|param| {
        let ident = &param.ident;
        let ty = interface.in_traits(&param.owned);
        quote!(#ident: #ty)
    });
    quote!(fn #begin_ident(&self, #(#params),*) -> ::core::result::Result<(), #error>)
}

/// `fn finish_m(&self, buf: &mut Vec<u8>) -> Result<R, CallError>`: the in/out
/// parameters receive the values the server left in them.
pub(crate) fn finish_sig(
    interface: &Interface,
    method: &Method,
    error: &TokenStream,
) -> TokenStream {
    let finish_ident = &method.finish_ident;
    let outs = method.outs().map(|param| {
        let ident = &param.ident;
        match param.role {
            // The caller's buffer, as the synchronous method takes it: `&mut [u8]`.
            Role::Buffer => {
                let ty = interface.in_traits(param.ty);
                quote!(#ident: #ty)
            }
            _ => {
                let ty = interface.in_traits(&param.owned);
                quote!(#ident: &mut #ty)
            }
        }
    });
    let ret = interface.in_traits(&method.ret);
    quote!(fn #finish_ident(&self, #(#outs),*) -> ::core::result::Result<#ret, #error>)
}

/// The attributes every generated declaration of `method` carries: its `#[cfg]`s and
/// `#[deprecated]`s, and `non_snake_case` for COM-style names (impls carry only the
/// `#[cfg]`s: [`Method::cfg_tokens`]).
pub(crate) fn method_attrs(method: &Method) -> TokenStream {
    let cfgs = method.cfg_tokens();
    let deprecated = &method.deprecated;
    let allow = method
        .is_camel_case()
        .then(|| quote!(#[allow(non_snake_case)]));
    quote!(#cfgs #(#deprecated)* #allow)
}

fn begin_decl(interface: &Interface, method: &Method) -> TokenStream {
    let Method {
        ident,
        finish_ident,
        ..
    } = method;
    let trait_ident = &interface.ident;
    let intro = docs::lines(&[format!(
        "Begins a call of [`{trait_ident}::{ident}`]; [`{finish_ident}`](Self::{finish_ident}) returns its result."
    )]);
    let (user, _) = docs::split_errors(&method.docs);
    let user = quote!(#(#user)*);
    let errors = docs::lines(&[
        "# Errors".to_owned(),
        format!(
            "{} while a call is in progress on this call object; the arguments are dropped.",
            docs::link(
                interface,
                "CallError::CallPending",
                "CallError::CallPending"
            )
        ),
    ]);
    let attrs = method_attrs(method);
    let sig = begin_sig(interface, method, &error_path(interface));
    quote!(#intro #user #errors #attrs #sig;)
}

fn finish_decl(interface: &Interface, method: &Method) -> TokenStream {
    let Method {
        ident, begin_ident, ..
    } = method;
    let trait_ident = &interface.ident;
    let outs: Vec<String> = method
        .outs()
        .map(|param| format!("`{}`", param.ident))
        .collect();
    let mut outs = if outs.is_empty() {
        String::new()
    } else {
        format!(" (and the values it left in {})", outs.join(", "))
    };
    let buffers: Vec<String> = method
        .outs()
        .filter(|param| param.role == Role::Buffer)
        .map(|param| format!("`{}`", param.ident))
        .collect();
    if !buffers.is_empty() {
        outs.push_str(&format!(
            ". {} receive what the server left in the `Vec` given to `{begin_ident}`, element by element \
             (moved, no `Clone`): as many as the shorter of the two holds; the rest of a longer slice is \
             left as it was",
            buffers.join(", ")
        ));
    }
    let returns = if method.owned_ret.is_some() {
        let ret =
            crate::validate::compact(&quote::ToTokens::to_token_stream(&method.ret).to_string());
        format!(
            "returns an owned copy (`{ret}`) of what [`{trait_ident}::{ident}`] returned, made on the worker \
             before the call ends: the method's borrow of the server cannot outlive the call, so this is \
             where `finish_` differs from the synchronous return type{outs}"
        )
    } else {
        format!("returns what [`{trait_ident}::{ident}`] returned{outs}")
    };
    let docs = docs::lines(&[
        format!(
            "Finishes the call begun by [`{begin_ident}`](Self::{begin_ident}), blocking until it completes; \
             {returns}."
        ),
        "# Errors".to_owned(),
        format!(
            "A {} when the call has no result: none in progress, another method begun, cancelled, or the server panicked.",
            docs::link(interface, "CallError", "CallError")
        ),
    ]);
    // The synchronous method's own `# Errors`: what its returned value may hold.
    let (_, user_errors) = docs::split_errors(&method.docs);
    let user_errors = (!user_errors.is_empty()).then(|| {
        let intro = docs::lines(&[
            String::new(),
            format!("What [`{trait_ident}::{ident}`] returned may hold its own errors:"),
        ]);
        quote!(#intro #(#user_errors)*)
    });
    let attrs = method_attrs(method);
    let sig = finish_sig(interface, method, &error_path(interface));
    quote!(#docs #user_errors #attrs #sig;)
}

/// `CallError` as the named items reach it: the facade's, public.
fn error_path(interface: &Interface) -> TokenStream {
    let krate = &interface.krate;
    quote!(#krate::CallError)
}
