//! The client's side: `AsyncIFoo` for every host of the protocol, and the checks that
//! what crosses to a worker thread is `Send`.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::async_trait::{begin_sig, finish_sig};
use super::{local, runtime};
use crate::model::{Interface, Method, Role, angle};

/// Emits this shape (with associated types, an impl for the call object itself, which
/// sets them: `impl<S, M, __Item> AsyncIKeyed for InterfaceCall<IKeyedProtocol<__Item>, S, M>`):
///
/// ```text
/// impl<T: ?Sized + Host<IFooProtocol> + AsyncIBase> AsyncIFoo for T {
///     fn begin_get(&self, key: K) -> Result<(), CallError> { self.begin(IFooRequest::get(key)) }
///     fn finish_get(&self) -> Result<Option<V>, CallError> {
///         match self.finish("IFoo::get") { Ok(IFooReply::get(ret)) => Ok(ret), other => not_the_reply("IFoo::get", other) }
///     }
/// }
/// ```
pub(crate) fn client_impl(interface: &Interface) -> TokenStream {
    let ai = runtime();
    let Interface { names, .. } = interface;
    let protocol = interface.protocol();
    let async_trait = interface.applied(&interface.async_ident);
    let where_clause = interface.generics.where_clause();
    let params = interface.protocol_params();
    let methods = interface.methods.iter().map(|method| {
        let begin = begin_method(interface, method);
        let finish = finish_method(interface, method);
        quote!(#begin #finish)
    });
    let header = if interface.has_assoc() {
        let (s, m) = (&names.server, &names.mode);
        let mut all = vec![quote!(#s: ?::core::marker::Sized), quote!(#m)];
        all.extend(params);
        let all = angle(&all);
        quote!(impl #all #async_trait for #ai::InterfaceCall<#protocol, #s, #m>)
    } else {
        let t = &names.host;
        let supers = interface.supers.iter().map(|sup| sup.async_trait());
        let mut all = vec![quote!(#t: ?::core::marker::Sized + #ai::Host<#protocol> #(+ #supers)*)];
        all.extend(params);
        let all = angle(&all);
        quote!(impl #all #async_trait for #t)
    };
    let assoc = interface.assoc.iter().map(|assoc| {
        let (ident, param) = (&assoc.ident, &assoc.param);
        quote!(type #ident = #param;)
    });
    let host = interface.has_assoc().then(|| quote!(use #ai::Host as _;));
    quote! {
        #host
        #[allow(non_snake_case, deprecated)]
        #header #where_clause {
            #(#assoc)*
            #(#methods)*
        }
    }
}

fn begin_method(interface: &Interface, method: &Method) -> TokenStream {
    let ai = runtime();
    let attrs = method.cfg_tokens();
    let sig = begin_sig(interface, method, &quote!(#ai::CallError));
    let request_ident = &interface.request_ident;
    let ident = &method.ident;
    let fields = method.params.iter().map(|param| &param.ident);
    quote! {
        #attrs
        #sig {
            self.begin(#request_ident::#ident(#(#fields),*))
        }
    }
}

fn finish_method(interface: &Interface, method: &Method) -> TokenStream {
    let ai = runtime();
    let attrs = method.cfg_tokens();
    let sig = finish_sig(interface, method, &quote!(#ai::CallError));
    let reply_ident = &interface.reply_ident;
    let ident = &method.ident;
    let qualified = &method.qualified;
    let (ret, other) = (local("ret"), local("other"));
    let outs: Vec<_> = method
        .outs()
        .map(|param| (param, local(&format!("out_{}", param.ident))))
        .collect();
    let vars = outs.iter().map(|(_, var)| var);
    let writes = outs.iter().map(|(param, var)| {
        let ident = &param.ident;
        if param.role == Role::Buffer {
            // Moved element by element (no `Clone`), as far as both lengths go.
            let (dst, src) = (local("dst"), local("src"));
            quote! {
                for (#dst, #src) in ::core::iter::Iterator::zip(#ident.iter_mut(), #var) {
                    *#dst = #src;
                }
            }
        } else {
            quote!(*#ident = #var;)
        }
    });
    // One match whose arms move what they matched, no `?`, no panic: the least code per
    // method (the runtime takes any other outcome apart).
    quote! {
        #attrs
        #sig {
            match self.finish(#qualified) {
                ::core::result::Result::Ok(#reply_ident::#ident(#ret, #(#vars),*)) => {
                    #(#writes)*
                    ::core::result::Result::Ok(#ret)
                }
                #other => #ai::not_the_reply(#qualified, #other),
            }
        }
    }
}

/// Emits this shape, each call spanned at the user's type, so that a type that cannot
/// cross to a worker thread (`Rc<T>`) is reported where it is written:
///
/// ```text
/// fn __assert_send<K: Send + 'static>() {
///     assert_send::<K>();
///     assert_send::<Option<String>>();
/// }
/// ```
pub(crate) fn send_checks(interface: &Interface) -> TokenStream {
    let ai = runtime();
    let mut seen = std::collections::HashSet::new();
    let checks = interface.methods.iter().flat_map(|method| {
        let cfgs = method.cfg_tokens();
        method
            .carried_types()
            .filter(|ty| !obviously_send(ty))
            .filter_map(|ty| {
                let key = (quote!(#ty).to_string(), cfgs.to_string());
                seen.insert(key).then(|| {
                    let resolved = interface.in_enums(ty);
                    quote_spanned!(ty.span()=> #cfgs #ai::assert_send::<#resolved>();)
                })
            })
            .collect::<Vec<_>>()
    });
    let checks: Vec<TokenStream> = checks.collect();
    if checks.is_empty() {
        return quote!();
    }
    // A const parameter, never given: the checks are type-checked, never compiled.
    let mut params = interface.protocol_params();
    params.push(quote!(const __N: u8));
    let params = angle(&params);
    let where_clause = interface.generics.where_clause();
    let check = syn::Ident::new("__assert_send", Span::mixed_site());
    quote! {
        #[allow(dead_code)]
        fn #check #params() #where_clause {
            #(#checks)*
        }
    }
}

/// Primitives, `String` and `()`: nothing to check (a Send check costs a line of
/// expansion per type).
fn obviously_send(ty: &syn::Type) -> bool {
    const SEND: &[&str] = &[
        "bool", "char", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64",
        "i128", "isize", "f32", "f64", "String",
    ];
    match ty {
        syn::Type::Tuple(tuple) => tuple.elems.is_empty(),
        syn::Type::Path(path) => {
            path.qself.is_none()
                && path
                    .path
                    .get_ident()
                    .is_some_and(|ident| SEND.contains(&ident.to_string().as_str()))
        }
        _ => false,
    }
}
