//! `pub trait AsyncIFooExt`: each call as a Rust value, `m(..)`, a typed handle that is
//! also the future of the call's result (`call.m(..).await`), for every implementor of
//! `AsyncIFoo`, `dyn` too.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::Ident;
use syn::ext::IdentExt;

use super::async_trait::method_attrs;
use super::docs;
use crate::model::{Interface, Method, angle};

/// Emits this shape (nothing if every method has an in/out parameter):
///
/// ```text
/// /// Each call as a Rust value, for every [`AsyncIFoo`] (`dyn` too) ...
/// pub trait AsyncIFooExt: AsyncIFoo {
///     fn get(&self, key: u32) -> PendingCall<'_, Self, Option<u8>> {
///         PendingCall::new(self, Self::begin_get(self, key), Self::finish_get)
///     }
/// }
/// impl<T: ?Sized + AsyncIFoo> AsyncIFooExt for T {}
/// ```
///
/// The methods are provided methods of an extension trait with one blanket impl, so that
/// `dyn AsyncIFoo` has them as well as every call object, and the object-safe
/// `AsyncIFoo` stays as it is.
pub(crate) fn ext_trait(interface: &Interface) -> TokenStream {
    let methods: Vec<&Method> = interface
        .methods
        .iter()
        .filter(|m| has_one_step(m))
        .collect();
    if methods.is_empty() {
        return quote!();
    }
    let Interface { vis, names, .. } = interface;
    let ext = ext_ident(interface);
    let async_trait = interface.applied(&interface.async_ident);
    // The call object's spelling of the generics: `?Sized` left out (the one-step
    // methods pass the parameters' values on), `where Self: ..` left out (it bounds the
    // server, and the blanket impl is for `?Sized` hosts).
    let generics = angle(&interface.generics.params);
    let where_clause = interface.generics.where_clause();
    let fns = methods.iter().map(|method| one_step_fn(interface, method));
    let host = &names.host;
    let mut params = vec![quote!(#host: ?::core::marker::Sized + #async_trait)];
    params.extend(interface.generics.params.iter().cloned());
    let params = angle(&params);
    let ext_applied = interface.applied(&ext);
    let impl_where = interface.generics.where_clause();
    let docs = trait_docs(interface);
    let camel = interface.camel_case_allow();
    quote! {
        #docs
        #camel
        #vis trait #ext #generics: #async_trait #where_clause {
            #(#fns)*
        }
        impl #params #ext_applied for #host #impl_where {}
    }
}

/// `AsyncIFooExt`.
fn ext_ident(interface: &Interface) -> Ident {
    format_ident!(
        "{}Ext",
        interface.async_ident.unraw(),
        span = interface.async_ident.span()
    )
}

/// A method with an in/out parameter has no one-step form: its `finish_` writes into a
/// place the caller gives, which a future would have to borrow from `begin_` on.
fn has_one_step(method: &Method) -> bool {
    method.outs().next().is_none()
}

fn trait_docs(interface: &Interface) -> TokenStream {
    let async_ident = &interface.async_ident;
    let krate = docs::krate(interface);
    let mut lines = vec![format!(
        "Each call as a Rust value, for every [`{async_ident}`] (`dyn` too): `m(..)` begins a call and returns \
         its [`PendingCall`]({krate}::PendingCall), whose `.await` or `finish()` is the way to the result, once; \
         dropped unfinished, it cancels the call."
    )];
    let without: Vec<String> = interface
        .methods
        .iter()
        .filter(|method| !has_one_step(method))
        .map(|method| format!("`{}`", method.ident.unraw()))
        .collect();
    if !without.is_empty() {
        lines.push(format!(
            "Not here, for their `&mut` parameters: {} (use `begin_`/`finish_`).",
            without.join(", ")
        ));
    }
    docs::lines(&lines)
}

/// The parameters of `begin_m`, and the arguments that pass them on.
fn params(interface: &Interface, method: &Method) -> (Vec<TokenStream>, Vec<Ident>) {
    method
        .params
        .iter()
        .map(|param| {
            let ident = &param.ident;
            let ty = interface.in_traits(&param.owned);
            (quote!(#ident: #ty), ident.clone())
        })
        .unzip()
}

fn one_step_fn(interface: &Interface, method: &Method) -> TokenStream {
    let krate = &interface.krate;
    let Method {
        ident,
        begin_ident,
        finish_ident,
        ..
    } = method;
    let (trait_ident, ext) = (&interface.ident, ext_ident(interface));
    let (params, args) = params(interface, method);
    let ret = interface.in_traits(&method.ret);
    let intro = docs::lines(&[format!(
        "Calls [`{trait_ident}::{ident}`]: begins it and returns the pending call, a future of its result \
         (see [`{ext}`])."
    )]);
    let attrs = method_attrs(method);
    let allow = (!method.deprecated.is_empty()).then(|| quote!(#[allow(deprecated)]));
    quote! {
        #intro
        #attrs
        #allow
        fn #ident(&self, #(#params),*) -> #krate::PendingCall<'_, Self, #ret> {
            #krate::PendingCall::new(self, Self::#begin_ident(self, #(#args),*), Self::#finish_ident)
        }
    }
}
