//! How a request reaches a server: the dispatch to a blocking server (`Invoke`, or
//! `InvokeMut` when a method takes `&mut self`) and to a native one (`ServeNative`).

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::spanned::Spanned;

use super::protocol::phantom_arm;
use super::{local, runtime};
use crate::model::{Copier, Interface, Method, OwnedReturn, Role, angle};

/// Emits this shape (with a `&mut self` method: `InvokeMut`, `invoke_mut(server: &mut S, ..)`):
///
/// ```text
/// impl<S: ?Sized + IFoo> Invoke<S> for IFooProtocol {
///     fn invoke(server: &S, request: Self::Request) -> Self::Reply {
///         match request {
///             IFooRequest::get(key) => IFooReply::get(IFoo::get(server, &key)),
///             IFooRequest::__IBase(request) => IFooReply::__IBase(<ProtocolOf<dyn AsyncIBase> as Invoke<S>>::invoke(server, request)),
///         }
///     }
/// }
/// ```
pub(crate) fn invoke_impl(interface: &Interface) -> TokenStream {
    let ai = runtime();
    let Interface {
        ident,
        request_ident,
        reply_ident,
        ..
    } = interface;
    let s = &interface.names.server;
    let (server, request) = (local("server"), local("request"));
    let sync_trait = interface.applied(ident);
    let protocol = interface.protocol_with(|assoc| interface.server_assoc(s, assoc));
    let mut params = vec![quote!(#s: ?::core::marker::Sized + #sync_trait)];
    params.extend(interface.generics.params.iter().cloned());
    let params = angle(&params);
    // The associated types cross to a worker: `Send + 'static`, which the trait may not say.
    let sendable = interface
        .assoc
        .iter()
        .filter(|assoc| assoc.added_send)
        .map(|assoc| {
            let assoc = interface.server_assoc(s, assoc);
            quote!(#assoc: ::core::marker::Send + 'static)
        });
    let where_clause = interface.generics.where_clause_with(sendable);
    let arms = interface
        .methods
        .iter()
        .map(|method| invoke_arm(interface, method));
    let supers = interface.supers.iter().map(|sup| {
        let variant = sup.variant();
        let base = sup.protocol(&ai);
        let call = if interface.locked {
            quote!(#ai::invoke_mut::<#base, #s>(#server, #request))
        } else {
            quote!(<#base as #ai::Invoke<#s>>::invoke(#server, #request))
        };
        quote!(#request_ident::#variant(#request) => #reply_ident::#variant(#call),)
    });
    let phantom = phantom_arm(interface, request_ident);
    let (invoke, method, receiver) = if interface.locked {
        (quote!(InvokeMut), quote!(invoke_mut), quote!(&mut #s))
    } else {
        (quote!(Invoke), quote!(invoke), quote!(&#s))
    };
    quote! {
        #[allow(deprecated, non_snake_case, unused_variables)]
        impl #params #ai::#invoke<#s> for #protocol #where_clause {
            fn #method(#server: #receiver, #request: Self::Request) -> Self::Reply {
                match #request {
                    #(#arms)*
                    #(#supers)*
                    #phantom
                }
            }
        }
    }
}

/// `IFooRequest::fill(mut buf) => { let ret = IFoo::fill(server, &mut buf); IFooReply::fill(ret, buf) }`
fn invoke_arm(interface: &Interface, method: &Method) -> TokenStream {
    let Interface {
        request_ident,
        reply_ident,
        ..
    } = interface;
    let cfgs = method.cfg_tokens();
    let ident = &method.ident;
    let server = local("server");
    let sync_trait = trait_path(interface, &interface.ident);
    let bindings = method.params.iter().map(|param| {
        let name = &param.ident;
        if param.is_out() {
            quote!(mut #name)
        } else {
            quote!(#name)
        }
    });
    let args = method.params.iter().map(|param| {
        let name = &param.ident;
        match param.role {
            Role::Value => quote!(#name),
            Role::Borrowed => quote!(&#name),
            Role::InOut => quote!(&mut #name),
            Role::Buffer => quote!(&mut #name[..]),
            Role::OptionRef { deref: true } => quote!(::core::option::Option::as_deref(&#name)),
            Role::OptionRef { deref: false } => quote!(::core::option::Option::as_ref(&#name)),
            Role::SliceOfRefs => quote! {
                &::core::iter::Iterator::collect::<::std::vec::Vec<_>>(
                    ::core::iter::Iterator::map(#name.iter(), ::core::borrow::Borrow::borrow),
                )
            },
        }
    });
    // Through the lock, a `&self` method gets `&S`.
    let receiver = if interface.locked && !method.mut_self {
        quote!(&*#server)
    } else {
        quote!(#server)
    };
    let call = owned(method, quote!(#sync_trait::#ident(#receiver, #(#args),*)));
    let outs: Vec<_> = method.outs().map(|param| &param.ident).collect();
    if outs.is_empty() {
        quote!(#cfgs #request_ident::#ident(#(#bindings),*) => #reply_ident::#ident(#call),)
    } else {
        let ret = local("ret");
        quote! {
            #cfgs
            #request_ident::#ident(#(#bindings),*) => {
                let #ret = #call;
                #reply_ident::#ident(#ret, #(#outs),*)
            }
        }
    }
}

/// `call`, made owned on the worker for a borrowed return: `ToOwned::to_owned(call)`,
/// `Option::map(call, Clone::clone)`, ...
fn owned(method: &Method, call: TokenStream) -> TokenStream {
    let copier = |copier: Copier| match copier {
        Copier::ToOwned => quote!(::std::borrow::ToOwned::to_owned),
        Copier::Clone => quote!(::core::clone::Clone::clone),
    };
    match method.owned_ret {
        None => call,
        Some(OwnedReturn::Ref(how)) => {
            let how = copier(how);
            quote!(#how(#call))
        }
        Some(OwnedReturn::Option(how)) => {
            let how = copier(how);
            quote!(::core::option::Option::map(#call, #how))
        }
        Some(OwnedReturn::Result(how)) => {
            let how = copier(how);
            quote!(::core::result::Result::map(#call, #how))
        }
        Some(OwnedReturn::Vec(how)) => {
            let how = copier(how);
            quote! {
                ::core::iter::Iterator::collect::<::std::vec::Vec<_>>(
                    ::core::iter::Iterator::map(::core::iter::IntoIterator::into_iter(#call), #how),
                )
            }
        }
    }
}

/// Emits this shape:
///
/// ```text
/// impl<S: ?Sized + AsyncIFooServer, Derived: ?Sized + Embeds<IFooProtocol>> ServeNative<S, Derived> for IFooProtocol {
///     fn serve_native(server: &S, request: Self::Request, responder: &Responder<'_, Dispatcher<Derived>>) {
///         match request {
///             IFooRequest::get(key) => {
///                 let done = responder.defer(|ret| Derived::wrap(IFooReply::get(ret)));
///                 AsyncIFooServer::begin_get(server, key, done)
///             }
///             IFooRequest::__IBase(request) => <ProtocolOf<dyn AsyncIBase> as ServeNative<S, Derived>>::serve_native(server, request, responder),
///         }
///     }
/// }
/// ```
pub(crate) fn serve_native_impl(interface: &Interface) -> TokenStream {
    let ai = runtime();
    let Interface {
        server_ident,
        request_ident,
        ..
    } = interface;
    let (s, o) = (&interface.names.server, &interface.names.outer);
    let (server, request, responder) = (local("server"), local("request"), local("responder"));
    let server_trait = interface.applied(server_ident);
    let protocol = protocol_of(interface, &quote!(<#s as #server_trait>));
    let embeds = std::iter::once(protocol.clone())
        .chain(interface.supers.iter().map(|sup| sup.protocol(&ai)))
        .map(|protocol| quote!(#ai::Embeds<#protocol>));
    let mut params = vec![
        quote!(#s: ?::core::marker::Sized + #server_trait),
        quote!(#o: ?::core::marker::Sized #(+ #embeds)*),
    ];
    params.extend(interface.generics.params.iter().cloned());
    let params = angle(&params);
    let where_clause = interface.generics.where_clause();
    let arms = interface
        .methods
        .iter()
        .map(|method| native_arm(interface, method));
    // Spanned at the supertrait: an ancestor it does not list is reported there.
    let supers = interface.supers.iter().map(|sup| {
        let variant = sup.variant();
        let base = sup.protocol(&ai);
        let call = respan(
            quote!(<#base as #ai::ServeNative<#s, #o>>::serve_native(#server, #request, #responder)),
            sup.path.span(),
        );
        quote!(#request_ident::#variant(#request) => #call,)
    });
    let phantom = phantom_arm(interface, request_ident);
    quote! {
        #[allow(deprecated, non_snake_case, unused_variables)]
        impl #params #ai::ServeNative<#s, #o> for #protocol #where_clause
        {
            fn serve_native(#server: &#s, #request: Self::Request, #responder: &#ai::Responder<'_, #ai::Dispatcher<#o>>) {
                match #request {
                    #(#arms)*
                    #(#supers)*
                    #phantom
                }
            }
        }
    }
}

/// `IFooRequest::get(key) => { let done = responder.defer(..); AsyncIFooServer::begin_get(server, key, done) }`
fn native_arm(interface: &Interface, method: &Method) -> TokenStream {
    let ai = runtime();
    let Interface {
        request_ident,
        reply_ident,
        server_ident,
        ..
    } = interface;
    let o = &interface.names.outer;
    let (server, responder, done, ret) = (
        local("server"),
        local("responder"),
        local("done"),
        local("ret"),
    );
    let cfgs = method.cfg_tokens();
    let Method {
        ident, begin_ident, ..
    } = method;
    let names: Vec<_> = method.params.iter().map(|param| &param.ident).collect();
    let outs: Vec<_> = method.outs().map(|param| &param.ident).collect();
    let pattern = if outs.is_empty() {
        quote!(#ret)
    } else {
        quote!((#ret, #(#outs),*))
    };
    // A derived trait's `O` embeds several protocols: name the one meant.
    let wrap = if interface.supers.is_empty() {
        quote!(#o::wrap)
    } else {
        quote!(<#o as #ai::Embeds<Self>>::wrap)
    };
    let server_trait = trait_path(interface, server_ident);
    quote! {
        #cfgs
        #request_ident::#ident(#(#names),*) => {
            let #done = #responder.defer(|#pattern| #wrap(#reply_ident::#ident(#ret, #(#outs),*)));
            #server_trait::#begin_ident(#server, #(#names,)* #done)
        }
    }
}

/// The protocol with each associated type read from the server, `via::Item`.
fn protocol_of(interface: &Interface, via: &TokenStream) -> TokenStream {
    interface.protocol_with(|assoc| {
        let ident = &assoc.ident;
        quote!(#via::#ident)
    })
}

/// `IStore::<K, V>` (or `IStore`): the trait `ident` as the head of a method path.
fn trait_path(interface: &Interface, ident: &syn::Ident) -> TokenStream {
    if interface.generics.args.is_empty() {
        ident.to_token_stream()
    } else {
        let args = &interface.generics.args;
        quote!(#ident::<#(#args),*>)
    }
}

/// `tokens` with every token at `span` (local variables keep their hygiene: only the
/// span's location is taken).
fn respan(tokens: TokenStream, span: proc_macro2::Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let proc_macro2::TokenTree::Group(group) = &token {
                let mut inner =
                    proc_macro2::Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                token = proc_macro2::TokenTree::Group(inner);
            } else {
                token.set_span(token.span().located_at(span));
            }
            token
        })
        .collect()
}
