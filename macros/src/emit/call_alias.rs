//! `IFooCall`: the user's name for the runtime's call object over this interface.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use super::docs;
use crate::model::{Interface, angle};

/// Emits this shape:
///
/// ```text
/// /// The call object of [`IFoo`] ...
/// pub type IFooCall<S, K, M = Blocking> = InterfaceCall<ProtocolOf<dyn AsyncIFoo<K>>, S, M>;
/// ```
///
/// With associated types, the protocol takes the server's, through the mode's mapping
/// (see [`types_trait`]): `ProtocolOf<dyn AsyncIKeyed<Item = <S as __IKeyedTypes<M>>::Item>>`.
pub(crate) fn call_alias(interface: &Interface) -> TokenStream {
    let Interface {
        ident,
        vis,
        call_ident,
        krate,
        names,
        ..
    } = interface;
    let (s, m) = (&names.server, &names.mode);
    let docs = docs::lines(&[format!(
        "The call object of [`{ident}`], over a server `{s}` served as the mode `{m}` says: {}`(Arc::new(server))` \
         over a blocking server, {} over a native one, {} over an apartment; see {}.",
        docs::link(interface, "new", "InterfaceCall::new"),
        docs::link(interface, "native", "InterfaceCall::native"),
        docs::link(interface, "in_apartment", "InterfaceCall::in_apartment"),
        docs::link(interface, "InterfaceCall", "InterfaceCall"),
    )]);
    let mut params = vec![s.to_token_stream()];
    params.extend(interface.generics.alias_params_for(s));
    params.push(quote!(#m = #krate::Blocking));
    let key = interface.key_with(|assoc| {
        let types = types_trait_applied(interface);
        let assoc = &assoc.ident;
        quote!(<#s as #types>::#assoc)
    });
    let camel = interface.camel_case_allow();
    quote! {
        #docs
        #camel
        #vis type #call_ident<#(#params),*> = #krate::InterfaceCall<#krate::__private::ProtocolOf<#key>, #s, #m>;
    }
}

/// `__IKeyedTypes<K, M>`.
fn types_trait_applied(interface: &Interface) -> TokenStream {
    let mut args = interface.generics.args.clone();
    args.push(interface.names.mode.to_token_stream());
    let args = angle(&args);
    let types = &interface.types_ident;
    quote!(#types #args)
}

/// With associated types, what they are for a server `S` in the mode `M`: emits this
/// shape (nothing for a trait without them):
///
/// ```text
/// pub trait __IKeyedTypes<M> { type Item; }
/// impl<S: ?Sized + IKeyed> __IKeyedTypes<Blocking> for S { type Item = <S as IKeyed>::Item; }
/// impl<S: ?Sized + AsyncIKeyedServer> __IKeyedTypes<Native> for S { type Item = <S as AsyncIKeyedServer>::Item; }
/// impl<S: IKeyed> __IKeyedTypes<InApartment> for Apartment<S> { type Item = <S as IKeyed>::Item; }
/// ```
///
/// (A trait with `&mut self` methods maps `Mutex<S>` and `Apartment<RefCell<S>>`.)
pub(crate) fn types_trait(interface: &Interface) -> TokenStream {
    if !interface.has_assoc() {
        return quote!();
    }
    let Interface {
        ident,
        vis,
        names,
        types_ident,
        ..
    } = interface;
    let mut params = interface.generics.bare_params.clone();
    params.push(names.mode.to_token_stream());
    let decls = interface.assoc.iter().map(|assoc| {
        let ident = &assoc.ident;
        quote!(type #ident;)
    });
    let message = format!(
        "`{{Self}}` is not a server of `{ident}` that the call object's mode `{{{}}}` can serve",
        names.mode
    );
    let impls = types_impls(interface);
    let camel = interface.camel_case_allow();
    quote! {
        #[doc(hidden)]
        #[diagnostic::on_unimplemented(message = #message)]
        #camel
        #vis trait #types_ident<#(#params),*> {
            #(#decls)*
        }
        #impls
    }
}

/// The three impls of [`types_trait`]: over a blocking server, a native one, an apartment.
fn types_impls(interface: &Interface) -> TokenStream {
    let Interface {
        ident,
        krate,
        types_ident,
        ..
    } = interface;
    let s = &interface.names.server;
    let rt = quote!(#krate::__private);
    let sync_trait = interface.applied(ident);
    let server_trait = interface.applied(&interface.server_ident);
    let (blocking, apartment, sized) = if interface.locked {
        (
            quote!(::std::sync::Mutex<#s>),
            quote!(#rt::apartment::Apartment<::core::cell::RefCell<#s>>),
            quote!(),
        )
    } else {
        (
            quote!(#s),
            quote!(#rt::apartment::Apartment<#s>),
            quote!(?::core::marker::Sized+),
        )
    };
    let params = &interface.generics.params;
    let where_clause = interface.generics.where_clause();
    let with_mode = |mode: TokenStream| {
        let mut args = interface.generics.args.clone();
        args.push(mode);
        angle(&args)
    };
    let blocking_args = with_mode(quote!(#rt::Blocking));
    let native_args = with_mode(quote!(#rt::Native));
    let apartment_args = with_mode(quote!(#rt::InApartment));
    let defs = |via: TokenStream| {
        let defs = interface.assoc.iter().map(|assoc| {
            let ident = &assoc.ident;
            quote!(type #ident = #via::#ident;)
        });
        quote!(#(#defs)*)
    };
    let by_sync = {
        let defs = interface.assoc.iter().map(|assoc| {
            let ident = &assoc.ident;
            let value = interface.server_assoc(s, assoc);
            quote!(type #ident = #value;)
        });
        quote!(#(#defs)*)
    };
    let by_server = defs(quote!(<#s as #server_trait>));
    quote! {
        impl<#s: #sized #sync_trait #(, #params)*> #types_ident #blocking_args for #blocking #where_clause {
            #by_sync
        }
        impl<#s: ?::core::marker::Sized + #server_trait #(, #params)*> #types_ident #native_args for #s #where_clause {
            #by_server
        }
        impl<#s: #sync_trait + 'static #(, #params)*> #types_ident #apartment_args for #apartment #where_clause {
            #by_sync
        }
    }
}
