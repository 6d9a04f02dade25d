//! The interface's calls as data: the request and reply enums, the protocol's marker
//! and its `Protocol` impl that names them, and one `Embeds` per supertrait.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use super::{local, runtime};
use crate::model::{Interface, Method, Super, angle};

/// Emits this shape: a variant per method holding its in-part (the arguments in
/// their order), one per supertrait holding the supertrait's request, and an
/// uninhabited one that uses the type parameters (a method need not):
///
/// ```text
/// pub enum IFooRequest<K> {
///     get(K),
///     __IBase(<ProtocolOf<dyn AsyncIBase> as Protocol>::Request),
///     __Phantom(PhantomData<fn() -> K>, Infallible),
/// }
/// ```
pub(crate) fn request_enum(interface: &Interface) -> TokenStream {
    let variants = interface.methods.iter().map(|method| {
        let cfgs = method.cfg_tokens();
        let ident = &method.ident;
        let fields = method
            .params
            .iter()
            .map(|param| interface.in_enums(&param.owned));
        quote!(#cfgs #ident(#(#fields),*),)
    });
    let supers = super_variants(interface, "Request");
    an_enum(
        interface,
        &interface.request_ident,
        quote!(#(#variants)* #supers),
    )
}

/// Emits this shape: a variant per method holding its return value, then the values
/// left in its `&mut` arguments.
///
/// ```text
/// pub enum IFooReply<K> {
///     get(Option<K>),
///     fill(usize, Vec<u8>),
///     __IBase(<ProtocolOf<dyn AsyncIBase> as Protocol>::Reply),
///     __Phantom(PhantomData<fn() -> K>, Infallible),
/// }
/// ```
pub(crate) fn reply_enum(interface: &Interface) -> TokenStream {
    let variants = interface.methods.iter().map(|method| {
        let cfgs = method.cfg_tokens();
        let ident = &method.ident;
        let ret = interface.in_enums(&method.ret);
        let outs = method.outs().map(|param| interface.in_enums(&param.owned));
        quote!(#cfgs #ident(#ret, #(#outs),*),)
    });
    let supers = super_variants(interface, "Reply");
    an_enum(
        interface,
        &interface.reply_ident,
        quote!(#(#variants)* #supers),
    )
}

/// `__IBase(<ProtocolOf<dyn AsyncIBase> as Protocol>::Request),` for each supertrait.
fn super_variants(interface: &Interface, part: &str) -> TokenStream {
    let ai = runtime();
    let part = syn::Ident::new(part, proc_macro2::Span::call_site());
    let variants = interface.supers.iter().map(|sup| {
        let variant = sup.variant();
        let protocol = sup.protocol(&ai);
        quote!(#variant(<#protocol as #ai::Protocol>::#part),)
    });
    quote!(#(#variants)*)
}

/// The enum `ident` with `variants` and, when the trait is generic or carries
/// associated types, the uninhabited variant that uses its parameters.
fn an_enum(interface: &Interface, ident: &syn::Ident, variants: TokenStream) -> TokenStream {
    let params = interface.protocol_params();
    let where_clause = interface.generics.where_clause();
    let mut phantom_types: Vec<TokenStream> = interface
        .item
        .generics
        .type_params()
        .map(|param| param.ident.to_token_stream())
        .collect();
    phantom_types.extend(
        interface
            .assoc
            .iter()
            .map(|assoc| assoc.param.to_token_stream()),
    );
    let phantom = (!phantom_types.is_empty()).then(|| {
        // Never built, so never sent.
        let skip = interface.remote.is_some().then(|| quote!(#[serde(skip)]));
        quote! {
            #skip
            __Phantom(::core::marker::PhantomData<fn() -> (#(#phantom_types,)*)>, ::core::convert::Infallible),
        }
    });
    let serde = serde_attrs(interface);
    let params = angle(&params);
    quote! {
        // The variants are named after the methods; their sizes differ with the methods'
        // arguments, and boxing the big ones would cost an allocation per call.
        #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
        #serde
        pub enum #ident #params #where_clause {
            #variants
            #phantom
        }
    }
}

/// With `remote`: `#[derive(Serialize, Deserialize)]` through the facade's serde.
fn serde_attrs(interface: &Interface) -> TokenStream {
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

/// `IFooRequest::__Phantom(_, never) => match never {},` when the enums have that variant.
pub(crate) fn phantom_arm(interface: &Interface, enum_ident: &syn::Ident) -> TokenStream {
    let generic = interface.item.generics.type_params().next().is_some() || interface.has_assoc();
    let never = local("never");
    if generic {
        quote!(#enum_ident::__Phantom(_, #never) => match #never {},)
    } else {
        quote!()
    }
}

/// Emits this shape: the marker that stands for the interface in type parameters, and
/// the way to name it from outside the block.
///
/// ```text
/// pub struct IFooProtocol<K>(PhantomData<fn() -> K>);
/// impl<K> HasProtocol for dyn AsyncIFoo<K> { type Protocol = IFooProtocol<K>; }
/// ```
pub(crate) fn marker(interface: &Interface) -> TokenStream {
    let ai = runtime();
    let protocol_ident = &interface.protocol_ident;
    let params = angle(&interface.protocol_params());
    let where_clause = interface.generics.where_clause();
    let protocol = interface.protocol();
    let key = interface.key_with(|assoc| assoc.param.to_token_stream());
    let types = phantom_types(interface);
    let fields =
        (!types.is_empty()).then(|| quote!((::core::marker::PhantomData<fn() -> (#(#types,)*)>)));
    quote! {
        #[allow(dead_code)]
        pub struct #protocol_ident #params #fields #where_clause;
        #[doc(hidden)]
        impl #params #ai::HasProtocol for #key #where_clause {
            type Protocol = #protocol;
        }
    }
}

/// The type parameters and associated types, which the marker and the enums must use.
fn phantom_types(interface: &Interface) -> Vec<TokenStream> {
    let mut types: Vec<TokenStream> = interface
        .item
        .generics
        .type_params()
        .map(|param| param.ident.to_token_stream())
        .collect();
    types.extend(
        interface
            .assoc
            .iter()
            .map(|assoc| assoc.param.to_token_stream()),
    );
    types
}

/// Emits this shape:
///
/// ```text
/// impl<K> Protocol for IFooProtocol<K> {
///     type Request = IFooRequest<K>;
///     type Reply = IFooReply<K>;
///     type Access = Shared;                  // Exclusive with a `&mut self` method
///     const INTERFACE: &'static str = "IFoo";
///     fn method(request: &Self::Request) -> &'static str { match *request { .. } }
/// }
/// ```
pub(crate) fn protocol_impl(interface: &Interface) -> TokenStream {
    let ai = runtime();
    let Interface {
        request_ident,
        reply_ident,
        name,
        ..
    } = interface;
    let params = angle(&interface.protocol_params());
    let args = angle(&interface.protocol_args());
    let where_clause = interface.generics.where_clause();
    let protocol = interface.protocol();
    let access = if interface.locked {
        quote!(#ai::Exclusive)
    } else {
        quote!(#ai::Shared)
    };
    let request = local("request");
    let arms = interface
        .methods
        .iter()
        .map(|method| method_arm(interface, method));
    let supers = interface.supers.iter().map(|sup| {
        let variant = sup.variant();
        let protocol = sup.protocol(&ai);
        quote!(#request_ident::#variant(ref #request) => <#protocol as #ai::Protocol>::method(#request),)
    });
    let phantom = phantom_arm(interface, request_ident);
    quote! {
        impl #params #ai::Protocol for #protocol #where_clause {
            type Request = #request_ident #args;
            type Reply = #reply_ident #args;
            type Access = #access;
            const INTERFACE: &'static str = #name;
            fn method(#request: &Self::Request) -> &'static str {
                match *#request {
                    #(#arms)*
                    #(#supers)*
                    #phantom
                }
            }
        }
    }
}

/// `IFooRequest::get(..) => "IFoo::get",`
fn method_arm(interface: &Interface, method: &Method) -> TokenStream {
    let cfgs = method.cfg_tokens();
    let request_ident = &interface.request_ident;
    let ident = &method.ident;
    let qualified = &method.qualified;
    quote!(#cfgs #request_ident::#ident(..) => #qualified,)
}

/// One `Embeds` per supertrait.
pub(crate) fn embeds_impls(interface: &Interface) -> TokenStream {
    let impls = interface
        .supers
        .iter()
        .map(|sup| embeds_impl(interface, sup));
    quote!(#(#impls)*)
}

/// Emits this shape:
///
/// ```text
/// impl Embeds<ProtocolOf<dyn AsyncIBase>> for IDerivedProtocol {
///     fn embed(request: <ProtocolOf<dyn AsyncIBase> as Protocol>::Request) -> Self::Request { IDerivedRequest::__IBase(request) }
///     fn wrap(reply: <ProtocolOf<dyn AsyncIBase> as Protocol>::Reply) -> Self::Reply { IDerivedReply::__IBase(reply) }
///     fn extract(reply: Self::Reply) -> Option<<ProtocolOf<dyn AsyncIBase> as Protocol>::Reply> { .. }
/// }
/// ```
fn embeds_impl(interface: &Interface, sup: &Super) -> TokenStream {
    let ai = runtime();
    let Interface {
        request_ident,
        reply_ident,
        ..
    } = interface;
    let params = angle(&interface.protocol_params());
    let where_clause = interface.generics.where_clause();
    let protocol = interface.protocol();
    let base = sup.protocol(&ai);
    let variant = sup.variant();
    let (request, reply) = (local("request"), local("reply"));
    quote! {
        impl #params #ai::Embeds<#base> for #protocol #where_clause {
            fn embed(#request: <#base as #ai::Protocol>::Request) -> Self::Request {
                #request_ident::#variant(#request)
            }
            fn wrap(#reply: <#base as #ai::Protocol>::Reply) -> Self::Reply {
                #reply_ident::#variant(#reply)
            }
            #[allow(unreachable_patterns)]
            fn extract(#reply: Self::Reply) -> ::core::option::Option<<#base as #ai::Protocol>::Reply> {
                match #reply {
                    #reply_ident::#variant(#reply) => ::core::option::Option::Some(#reply),
                    _ => ::core::option::Option::None,
                }
            }
        }
    }
}
