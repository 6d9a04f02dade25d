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
    let docs = if interface.has_assoc() {
        let line = doc_attrs(&[
            String::new(),
            format!(
                "A native server names the associated types its methods use, as a server of [`{ident}`] does; the \
                 client's [`{async_ident}`] has the same ones."
            ),
        ]);
        quote!(#docs #line)
    } else {
        docs
    };
    let assoc_decls = interface.assoc_decls();
    let methods = interface
        .methods_via(&quote!(Self))
        .into_iter()
        .map(|method| server_method(interface, &method))
        .collect::<Vec<_>>();
    let super_servers = interface
        .supers
        .iter()
        .map(|sup| sup.named(|name| format!("Async{name}Server")));
    quote! {
        #docs
        #vis trait #server_ident #generics: #(#super_servers +)* ::core::marker::Send + ::core::marker::Sync + 'static #where_clause {
            #assoc_decls
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

/// `impl<S: IFoo + 'static> AsyncIFooServer for Apartment<S>` (COM: a single-threaded
/// apartment): each `begin_m` posts a closure to the apartment's thread that calls the
/// synchronous method there and completes the call. The server never leaves that thread,
/// so it may be `!Send`. A trait with `&mut self` methods is served from an
/// `Apartment<RefCell<S>>`, borrowed mutably for those methods.
pub(crate) fn apartment_impl(interface: &Interface) -> TokenStream {
    let Interface {
        ident: trait_ident,
        server_ident,
        krate,
        ..
    } = interface;
    let parts = crate::expand::Parts::new(interface);
    let params = &parts.params;
    let s = &interface.server_param;
    let sync_trait = parts.applied(trait_ident);
    let server_trait = parts.applied(server_ident);
    let holder = apartment_holder(interface);
    let server = Ident::new("__server", Span::mixed_site());
    let done = Ident::new("__done", Span::mixed_site());
    let ret = Ident::new("__ret", Span::mixed_site());
    // The server's associated types are the synchronous server's.
    let via = quote!(<#s as #sync_trait>);
    let assoc_defs = interface.assoc_defs(&via);
    let methods = interface.methods_via(&via);
    let methods = methods.iter().map(|method| {
        let cfgs = method.cfg_tokens();
        let Method {
            ident, begin_ident, ..
        } = method;
        let in_params = method.params.iter().map(|param| {
            let ident = &param.ident;
            let ty = param.kind.in_ty();
            quote!(#ident: #ty)
        });
        let done_ty = completion_ty(method);
        let rebind = method.params.iter().filter_map(|param| match param.kind {
            ParamKind::InOut { .. } => {
                let name = &param.ident;
                Some(quote!(let mut #name = #name;))
            }
            _ => None,
        });
        let call_args = method.params.iter().map(|param| {
            let name = &param.ident;
            match param.kind {
                ParamKind::ByValue(_) => quote!(#name),
                ParamKind::Borrowed { .. } => quote!(&#name),
                ParamKind::InOut { .. } => quote!(&mut #name),
            }
        });
        let outs: Vec<&Ident> = method
            .params
            .iter()
            .filter(|param| matches!(param.kind, ParamKind::InOut { .. }))
            .map(|param| &param.ident)
            .collect();
        let value = if outs.is_empty() {
            quote!(#ret)
        } else {
            quote!((#ret, #(#outs),*))
        };
        let receiver = match (interface.locked, method.mut_self) {
            (true, true) => quote!(&mut *#server.borrow_mut()),
            (true, false) => quote!(&*#server.borrow()),
            (false, _) => quote!(#server),
        };
        quote! {
            #cfgs
            fn #begin_ident(&self, #(#in_params,)* #done: #krate::__private::Completer<#done_ty>) {
                self.post(move |#server: &#holder| {
                    // A panic ends this call with its message; the apartment goes on.
                    #done.complete_with(move || {
                        #(#rebind)*
                        let #ret = <#s as #sync_trait>::#ident(#receiver, #(#call_args),*);
                        #value
                    });
                });
            }
        }
    });
    // The supertraits' server-side forms come from their own apartment impls; they hold
    // when the supertrait keeps its server the same way (both with or both without
    // `&mut self` methods), and this impl applies only then.
    let predicates = &parts.predicates;
    let super_servers = interface.supers.iter().map(|sup| {
        let server = sup.named(|name| format!("Async{name}Server"));
        quote!(#krate::__private::apartment::Apartment<#holder>: #server)
    });
    quote! {
        // Arguments are named as the user spelled them (COM style: `pcbRead`).
        #[allow(deprecated, non_snake_case)]
        impl<#s: #sync_trait + 'static, #(#params),*> #server_trait
            for #krate::__private::apartment::Apartment<#holder>
        where
            #(#predicates,)*
            #(#super_servers,)*
        {
            #assoc_defs
            #(#methods)*
        }
    }
}

/// What an apartment serving the trait holds: `S`, or `RefCell<S>` when a method takes
/// `&mut self`.
pub(crate) fn apartment_holder(interface: &Interface) -> TokenStream {
    let s = &interface.server_param;
    if interface.locked {
        quote!(::core::cell::RefCell<#s>)
    } else {
        quote!(#s)
    }
}
