//! The interface as plain data: what the expansion needs, built from a validated trait.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::ext::IdentExt;
use syn::{
    Attribute, FnArg, Ident, ItemTrait, Pat, Path, ReturnType, TraitItem, TraitItemFn, Type,
    Visibility,
};

use crate::args::{self, Args};
use crate::types;

/// One `#[async_interface]` trait.
pub(crate) struct Interface {
    /// The synchronous trait, as written (`ISimpleStream`).
    pub ident: Ident,
    pub vis: Visibility,
    /// `AsyncISimpleStream`, or the `name = ..` option.
    pub async_ident: Ident,
    /// `ISimpleStreamCall`.
    pub call_ident: Ident,
    /// `__ISimpleStreamRequest`, `__ISimpleStreamReply`, `__ISimpleStreamDispatch`.
    pub request_ident: Ident,
    pub reply_ident: Ident,
    pub dispatch_ident: Ident,
    /// The facade crate: `::async_interface`, or the `crate = ..` option.
    pub krate: Path,
    /// The methods of the asynchronous form (skipped ones are left out).
    pub methods: Vec<Method>,
    /// The call object's server type parameter: `S`, unless the methods name a type `S`.
    pub server_param: Ident,
}

/// One method and its `begin_`/`finish_` pair.
pub(crate) struct Method {
    pub ident: Ident,
    pub begin_ident: Ident,
    pub finish_ident: Ident,
    /// `"ISimpleStream::read"`: how the runtime names the call in flight.
    pub qualified: String,
    /// The method's `#[doc]` attributes, copied onto its pair.
    pub docs: Vec<Attribute>,
    /// The method's `#[cfg]` attributes, copied onto every generated piece of it.
    pub cfgs: Vec<Attribute>,
    pub params: Vec<Param>,
    /// The synchronous return type, exactly as written (`()` when omitted).
    pub ret: Type,
}

/// One parameter, split as MIDL splits `[in]`, `[out]` and `[in, out]`.
pub(crate) struct Param {
    pub ident: Ident,
    pub kind: ParamKind,
}

pub(crate) enum ParamKind {
    /// `x: T`: `begin_` takes `T`, the server gets it by value.
    ByValue(Type),
    /// `x: &T`: `begin_` takes the owned form (`&str` → `String`), the server gets `&owned`.
    Borrowed { owned_ty: Type },
    /// `x: &mut T`: `begin_` takes `T`, the server gets `&mut`, `finish_` writes the value
    /// the server left back into the caller's `&mut T`.
    InOut { owned_ty: Type },
}

impl ParamKind {
    /// The type `begin_` takes and the request stores.
    pub fn in_ty(&self) -> &Type {
        match self {
            ParamKind::ByValue(ty) => ty,
            ParamKind::Borrowed { owned_ty } | ParamKind::InOut { owned_ty } => owned_ty,
        }
    }
}

/// `begin_read` for `read`, `Begin_Read` for a COM-style `Read`.
pub(crate) fn begin_ident(method: &Ident) -> Ident {
    prefixed("begin", "Begin", method)
}

/// `finish_read` for `read`, `Finish_Read` for a COM-style `Read`.
pub(crate) fn finish_ident(method: &Ident) -> Ident {
    prefixed("finish", "Finish", method)
}

fn prefixed(lower: &str, upper: &str, method: &Ident) -> Ident {
    let name = method.unraw().to_string();
    let prefix = if name.starts_with(|c: char| c.is_uppercase()) {
        upper
    } else {
        lower
    };
    format_ident!("{}_{}", prefix, name, span = method.span())
}

/// Methods that take part in the asynchronous form (not `#[async_interface(skip)]`).
pub(crate) fn async_methods(item: &ItemTrait) -> impl Iterator<Item = &TraitItemFn> {
    item.items.iter().filter_map(|item| match item {
        TraitItem::Fn(method) if !matches!(args::method_skip(&method.attrs), Ok(true)) => {
            Some(method)
        }
        _ => None,
    })
}

impl Interface {
    /// Builds the model of a trait that passed validation. Nothing here fails; odd input
    /// that validation would have rejected is read as well as it can be.
    pub fn new(item: &ItemTrait, args: &Args) -> Interface {
        let ident = item.ident.clone();
        let name = ident.unraw().to_string();
        let hidden = |text: String| Ident::new(&text, Span::call_site());
        let krate = args
            .krate
            .clone()
            .unwrap_or_else(|| syn::parse_quote!(::async_interface));
        Interface {
            async_ident: args
                .name
                .clone()
                .unwrap_or_else(|| format_ident!("Async{}", name, span = ident.span())),
            call_ident: format_ident!("{}Call", name, span = ident.span()),
            request_ident: hidden(format!("__{name}Request")),
            reply_ident: hidden(format!("__{name}Reply")),
            dispatch_ident: hidden(format!("__{name}Dispatch")),
            vis: item.vis.clone(),
            krate,
            methods: async_methods(item)
                .map(|method| Method::new(&name, method))
                .collect(),
            server_param: server_param(item),
            ident,
        }
    }
}

impl Method {
    fn new(trait_name: &str, method: &TraitItemFn) -> Method {
        let ident = method.sig.ident.clone();
        let params = method
            .sig
            .inputs
            .iter()
            .filter_map(|arg| match arg {
                FnArg::Typed(arg) => Some(arg),
                FnArg::Receiver(_) => None,
            })
            .enumerate()
            .map(|(index, arg)| Param {
                ident: match &*arg.pat {
                    Pat::Ident(pat) => pat.ident.clone(),
                    _ => format_ident!("__arg{}", index),
                },
                kind: param_kind(&arg.ty),
            })
            .collect();
        Method {
            begin_ident: begin_ident(&ident),
            finish_ident: finish_ident(&ident),
            qualified: format!("{trait_name}::{}", ident.unraw()),
            docs: method
                .attrs
                .iter()
                .filter(|attr| attr.path().is_ident("doc"))
                .cloned()
                .collect(),
            cfgs: method
                .attrs
                .iter()
                .filter(|attr| attr.path().is_ident("cfg"))
                .cloned()
                .collect(),
            params,
            ret: match &method.sig.output {
                ReturnType::Default => syn::parse_quote!(()),
                ReturnType::Type(_, ty) => (**ty).clone(),
            },
            ident,
        }
    }

    /// The method's `#[cfg]`s as tokens, for every generated piece.
    pub fn cfg_tokens(&self) -> TokenStream {
        let cfgs = &self.cfgs;
        quote!(#(#cfgs)*)
    }
}

/// How a parameter of type `ty` splits. `&'static T` is not a borrow of the caller's: it
/// passes by value.
pub(crate) fn param_kind(ty: &Type) -> ParamKind {
    match types::peel(ty) {
        Type::Reference(reference)
            if reference.mutability.is_some() || !types::is_static_ref(reference) =>
        {
            if reference.mutability.is_some() {
                ParamKind::InOut {
                    owned_ty: types::peel(&reference.elem).clone(),
                }
            } else {
                ParamKind::Borrowed {
                    owned_ty: types::owned_form(&reference.elem),
                }
            }
        }
        _ => ParamKind::ByValue(ty.clone()),
    }
}

/// `S`, or `Server`, or `__S`: the first that no method signature mentions, so that the
/// call object's type parameter never shadows a type of the user's.
fn server_param(item: &ItemTrait) -> Ident {
    let mut used = std::collections::HashSet::new();
    for method in async_methods(item) {
        collect_idents(method.sig.to_token_stream(), &mut used);
    }
    let name = ["S", "Server", "__S"]
        .into_iter()
        .find(|name| !used.contains(*name))
        .unwrap_or("__S");
    Ident::new(name, Span::call_site())
}

fn collect_idents(tokens: TokenStream, used: &mut std::collections::HashSet<String>) {
    for token in tokens {
        match token {
            proc_macro2::TokenTree::Ident(ident) => {
                used.insert(ident.to_string());
            }
            proc_macro2::TokenTree::Group(group) => collect_idents(group.stream(), used),
            _ => {}
        }
    }
}
