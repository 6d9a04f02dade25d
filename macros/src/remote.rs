//! `#[async_interface(remote)]`: what a trait needs to be called in another process.
//!
//! The request and reply enums derive serde's traits (through the facade, so the user's
//! crate needs no `serde` dependency of its own), and three items are added:
//!
//! - the dispatcher of a remote call object (`__IFooDispatch<Connection, Remote>`),
//!   whose `serve` sends the request over the connection;
//! - `IFooCall::remote(&connection)` and `remote_with_options`, the client's constructors;
//! - `IFooCall::remote_service(server)` and `remote_service_native(server)` (a native
//!   server or an apartment), the server process's side, handed to `remote::serve`.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::Error;

use crate::expand::{Parts, doc_attrs};
use crate::model::Interface;

/// Rejections that only concern `remote` (the option itself was checked in `args`).
pub(crate) fn check(interface: &Interface) -> Option<Error> {
    let option = interface.remote.as_ref()?;
    if !interface.assoc.is_empty() {
        return Some(Error::new_spanned(
            option,
            "`remote` does not support associated types in method signatures yet: \
             name the concrete types in the methods, or drop `remote` and serve the trait in this process",
        ));
    }
    None
}

/// `#[derive(Serialize, Deserialize)]` for the request and reply enums, or nothing.
pub(crate) fn serde_attrs(interface: &Interface) -> TokenStream {
    if interface.remote.is_none() {
        return quote!();
    }
    let krate = &interface.krate;
    // serde's `crate = ".."` takes the path as a string.
    let serde_path = format!(
        "{}::__private::serde",
        krate.to_token_stream().to_string().replace(' ', "")
    );
    quote! {
        #[derive(#krate::__private::serde::Serialize, #krate::__private::serde::Deserialize)]
        #[serde(crate = #serde_path)]
    }
}

/// The remote call object's dispatcher, constructors and the server's service.
pub(crate) fn items(interface: &Interface) -> TokenStream {
    if interface.remote.is_none() {
        return quote!();
    }
    let Interface {
        vis,
        call_ident,
        dispatch_ident,
        request_ident,
        reply_ident,
        krate,
        ..
    } = interface;
    let parts = Parts::new(interface);
    let Parts {
        args,
        params,
        predicates,
        ..
    } = &parts;
    // Remote traits have no associated types in their methods (see `check`), so the
    // enums take the trait's parameters only.
    let request_ty = parts.applied(request_ident);
    let reply_ty = parts.applied(reply_ident);
    let where_clause = parts.where_clause();
    let s = &interface.server_param;
    let holder = crate::expand::server_holder(interface);
    let server_bounds = crate::expand::server_bounds(interface);
    let request = syn::Ident::new("request", proc_macro2::Span::mixed_site());
    let responder = syn::Ident::new("responder", proc_macro2::Span::mixed_site());
    let connection_ty = quote!(#krate::__private::remote::Connection);
    let remote_ty = quote!(#krate::__private::remote::Remote);
    // The client sends requests and reads replies; the server the other way round.
    let where_serde = quote! {
        where #(#predicates,)*
            #request_ty: #krate::__private::serde::Serialize,
            #reply_ty: #krate::__private::serde::de::DeserializeOwned,
    };
    let where_service = quote! {
        where #(#predicates,)*
            #request_ty: #krate::__private::serde::de::DeserializeOwned,
            #reply_ty: #krate::__private::serde::Serialize,
    };
    let k = crate::expand::doc_krate(interface);
    let remote_docs = doc_attrs(&[format!(
        "Creates a call object over a server in another process, reached through `connection` \
         (`{k}::remote::Connection`, feature `remote`). Each call's arguments are \
         serialized and sent; `finish_` returns what the remote server's method returned, as \
         for a local server. `cancel` and the deadline of the call context reach the server; \
         a lost connection ends the call with `CallError::Disconnected`. Many call objects \
         share one connection. The server process serves the trait with \
         [`{call_ident}::remote_service`].\n\n`begin_m` serializes the arguments and hands \
         them to the connection on the calling thread (the `executor::Inline` executor): \
         sending does not block, and a hop through the worker pool would only add a thread \
         wake-up to every call."
    )]);
    let remote_with_options_docs = doc_attrs(&[
        "[`remote`](Self::remote), built as `options` says (the executor that sends the calls, \
         by default the worker pool here, and a custom synchronizer)."
            .to_owned(),
    ]);
    let server_trait = parts.applied(&interface.server_ident);
    let m = &interface.mode_param;
    let native_service_docs = doc_attrs(&[format!(
        "The server process's side of [`{call_ident}::remote`] for a native server (one implementing \
         [`{server}`]), or for an apartment (`Arc<Apartment<S>>`, whose server stays on its thread): \
         each call of a remote client is handed to `server` as by [`{call_ident}::native`]. For \
         `{k}::remote::serve(addr, service)`.",
        server = interface.server_ident,
    )]);
    let service_docs = doc_attrs(&[format!(
        "The server process's side of [`{call_ident}::remote`]: a service that runs each call \
         of a remote client on `server`, for `{k}::remote::serve(addr, service)`. \
         Methods run on blocking threads, several at once for several clients, as over \
         [`{call_ident}::new`]."
    )]);
    quote! {
        // A service hands each call a dispatcher of its own: they share the server.
        impl<#s: ?::core::marker::Sized, #(#params,)* #m> ::core::clone::Clone for #dispatch_ident<#s, #(#args,)* #m>
        #where_clause
        {
            fn clone(&self) -> Self {
                #dispatch_ident {
                    server: #krate::__private::Arc::clone(&self.server),
                    mode: ::core::marker::PhantomData,
                }
            }
        }

        impl<#(#params),*> #krate::__private::Serve
            for #dispatch_ident<#connection_ty, #(#args,)* #remote_ty>
        #where_serde
        {
            type Request = #request_ty;
            type Reply = #reply_ty;

            fn serve(
                &self,
                #request: <Self as #krate::__private::Serve>::Request,
                #responder: &#krate::__private::Responder<'_, Self>,
            ) -> ::core::option::Option<<Self as #krate::__private::Serve>::Reply> {
                self.server.__send(&#request, #responder.defer(|reply: #reply_ty| reply));
                ::core::option::Option::None
            }
        }

        #[allow(dead_code)]
        impl<#(#params),*> #call_ident<#connection_ty, #(#args,)* #remote_ty>
        #where_serde
        {
            #remote_docs
            #[must_use]
            #vis fn remote(connection: &#connection_ty) -> Self {
                Self::remote_with_options(
                    connection,
                    #krate::__private::CallOptions::new()
                        .executor(#krate::__private::Arc::new(#krate::__private::executor::Inline)),
                )
            }

            #remote_with_options_docs
            #[must_use]
            #vis fn remote_with_options(connection: &#connection_ty, options: #krate::__private::CallOptions) -> Self {
                #call_ident {
                    call: #krate::__private::Call::with_options(
                        #dispatch_ident {
                            server: #krate::__private::Arc::new(::core::clone::Clone::clone(connection)),
                            mode: ::core::marker::PhantomData,
                        },
                        options,
                    ),
                }
            }
        }

        #[allow(dead_code)]
        impl<#s: #server_bounds, #(#params),*> #call_ident<#holder, #(#args,)* #krate::__private::Blocking>
        #where_service
        {
            #service_docs
            #[must_use]
            #vis fn remote_service(server: #krate::__private::Arc<#holder>) -> #krate::__private::remote::Service {
                #krate::__private::remote::Service::__from_dispatch(
                    #dispatch_ident::<#holder, #(#args,)* #krate::__private::Blocking> {
                        server,
                        mode: ::core::marker::PhantomData,
                    },
                )
            }
        }

        #[allow(dead_code)]
        impl<#s: ?::core::marker::Sized + #server_trait, #(#params),*> #call_ident<#s, #(#args,)* #krate::__private::Native>
        #where_service
        {
            #native_service_docs
            #[must_use]
            #vis fn remote_service_native(server: #krate::__private::Arc<#s>) -> #krate::__private::remote::Service {
                #krate::__private::remote::Service::__from_serve(
                    #dispatch_ident::<#s, #(#args,)* #krate::__private::Native> {
                        server,
                        mode: ::core::marker::PhantomData,
                    },
                    #krate::__private::CallOptions::new(),
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;
    use syn::ItemTrait;

    use crate::args::{Args, parse_args};
    use crate::expand::generate;
    use crate::model::Interface;

    fn store() -> ItemTrait {
        syn::parse_quote! {
            pub trait IStore {
                fn get(&self, key: &str) -> Option<Vec<u8>>;
            }
        }
    }

    /// The model with `remote` set, as if the feature were on (the tests of the crate
    /// run with and without it).
    fn remote_interface(item: &ItemTrait, krate: Option<syn::Path>) -> Interface {
        let args = Args {
            remote: Some(syn::parse_quote!(remote)),
            krate,
            ..Args::default()
        };
        Interface::new(item, &args)
    }

    fn text(tokens: &TokenStream) -> String {
        tokens.to_string()
    }

    #[test]
    fn remote_derives_serde_through_the_facade_and_adds_the_remote_items() {
        let expansion = text(&generate(&remote_interface(&store(), None)));
        assert_eq!(
            expansion
                .matches("# [derive (:: async_interface :: __private :: serde :: Serialize , :: async_interface :: __private :: serde :: Deserialize)]")
                .count(),
            2,
            "request and reply derive serde: {expansion}"
        );
        assert!(expansion.contains("# [serde (crate = \"::async_interface::__private::serde\")]"));
        assert!(expansion.contains(
            "pub fn remote (connection : & :: async_interface :: __private :: remote :: Connection)"
        ));
        assert!(expansion.contains("pub fn remote_service (server"));
        assert!(expansion.contains("__send (& request"));
    }

    #[test]
    fn a_renamed_crate_is_the_serde_path_too() {
        let expansion = text(&generate(&remote_interface(
            &store(),
            Some(syn::parse_quote!(my_alias)),
        )));
        assert!(
            expansion.contains("# [serde (crate = \"my_alias::__private::serde\")]"),
            "{expansion}"
        );
    }

    #[test]
    fn without_remote_nothing_of_it_is_generated() {
        let expansion = text(&generate(&Interface::new(&store(), &Args::default())));
        assert!(!expansion.contains("serde"), "{expansion}");
        assert!(!expansion.contains("remote"), "{expansion}");
    }

    #[test]
    fn remote_with_associated_types_in_methods_is_rejected_at_the_option() {
        let item: ItemTrait = syn::parse_quote! {
            pub trait IKeyed {
                type Item: Send + 'static;
                fn get(&self) -> Self::Item;
            }
        };
        let error = super::check(&remote_interface(&item, None)).expect("rejected");
        assert!(
            error
                .to_string()
                .contains("does not support associated types"),
            "{error}"
        );
        assert!(super::check(&remote_interface(&store(), None)).is_none());
    }

    #[test]
    fn the_remote_option_needs_the_feature_and_is_written_once() {
        let (args, error) = parse_args(quote!(remote));
        if cfg!(feature = "remote") {
            assert!(error.is_none());
            assert!(args.remote.is_some());
            let (_, error) = parse_args(quote!(remote, remote));
            let error = error.expect("duplicate rejected").to_string();
            assert!(error.contains("duplicated option `remote`"), "{error}");
        } else {
            let error = error.expect("rejected without the feature").to_string();
            assert!(error.contains("needs the `remote` feature"), "{error}");
            assert!(args.remote.is_none());
        }
    }
}
