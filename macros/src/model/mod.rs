//! The interface as data, built once from the trait: every name the expansion uses, the
//! methods with their parameters' roles, the supertraits that are interfaces, the
//! associated types the methods name, and the generics in each spelling. It keeps the
//! syn nodes it was built from, so that validation can point at what the user wrote.

mod generics;
mod left_out;
mod method;
mod supers;
pub(crate) mod types;

use std::collections::HashSet;

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::ext::IdentExt;
use syn::punctuated::Punctuated;
use syn::{
    Attribute, Ident, ItemTrait, Path, Token, TraitItem, TraitItemFn, TypeParamBound, Visibility,
};

pub(crate) use generics::{Spelled, angle};
pub(crate) use method::{Copier, Method, OwnedReturn, Role};
pub(crate) use supers::{Super, is_plain, names_supertrait};

use left_out::{PROVIDED_UNCARRIED, left_out_because};
use supers::{plain_supers, supers};

use crate::args::{self, Args};
use crate::errors::Errors;

/// One `#[async_interface]` trait.
pub(crate) struct Interface<'a> {
    /// The trait as written.
    pub item: &'a ItemTrait,
    /// `ISimpleStream`, and its name as text (without `r#`).
    pub ident: Ident,
    pub name: String,
    pub vis: Visibility,
    /// The facade crate: `::async_interface`, or the `crate = ..` option.
    pub krate: Path,
    /// The `remote` option, if written: the requests and replies are serializable.
    pub remote: Option<Path>,
    /// `AsyncISimpleStream` (or the `name = ..` option), `AsyncISimpleStreamServer`,
    /// `ISimpleStreamCall`.
    pub async_ident: Ident,
    pub server_ident: Ident,
    pub call_ident: Ident,
    /// `ISimpleStreamProtocol`, `ISimpleStreamRequest`, `ISimpleStreamReply`: the protocol's
    /// marker type and enums, which live in the expansion's anonymous block (other items
    /// reach them as `ProtocolOf<dyn AsyncISimpleStream>`); `__`-prefixed if the trait's
    /// signatures use the name.
    pub protocol_ident: Ident,
    pub request_ident: Ident,
    pub reply_ident: Ident,
    /// `__ISimpleStreamTypes`: maps a server and a mode to the associated types (only
    /// generated when `assoc` is not empty).
    pub types_ident: Ident,
    /// The methods of the asynchronous form, and those marked `#[async_interface(skip)]`.
    pub methods: Vec<Method<'a>>,
    pub skipped: Vec<&'a TraitItemFn>,
    /// The methods a trait object leaves out, left out of the asynchronous form too (unless
    /// `strict`), with the reason, for the docs: generic methods, `where Self: Sized`,
    /// no receiver.
    pub left_out: Vec<(&'a TraitItemFn, &'static str)>,
    /// The supertraits that are interfaces.
    pub supers: Vec<Super>,
    /// The supertraits that are plain traits (listed in `bounds(..)`, or std's, but not
    /// markers): bounds on the server, through the trait itself; for the docs, and for the
    /// associated types they bring (`Self::Error` of embedded-hal's `ErrorType`).
    pub plain_supers: Vec<Path>,
    /// The `bounds(..)` option as written.
    pub listed_bounds: Vec<Path>,
    /// The associated types the asynchronous methods name (`Self::Item`), in declaration
    /// order; empty for most traits, whose expansion then has no trace of them.
    pub assoc: Vec<Assoc>,
    /// The trait's generics, spelled for each use.
    pub generics: Spelled,
    /// Some method takes `&mut self`: a blocking server sits behind a lock.
    pub locked: bool,
    /// Type parameters the expansion invents, chosen not to shadow the user's names.
    pub names: Names,
}

/// The type parameters of generated items: `S` (the server), `M` (the mode), `T` (a host
/// of the protocol), `Derived` (the call object's protocol, this one or one derived from
/// it, for a native server), unless the trait's own names take them.
pub(crate) struct Names {
    pub server: Ident,
    pub mode: Ident,
    pub host: Ident,
    pub outer: Ident,
}

/// An associated type that the asynchronous methods name: declared again, with its docs
/// and bounds, on the asynchronous and server-side traits; a type parameter (`__Item`)
/// of the enums and of the protocol.
pub(crate) struct Assoc {
    pub ident: Ident,
    pub param: Ident,
    pub attrs: Vec<Attribute>,
    pub bounds: Punctuated<TypeParamBound, Token![+]>,
    /// Declared by a plain supertrait, not by the trait itself: reached as `S::Error`
    /// (`<S as IFoo>::Error` does not look into supertraits).
    pub inherited: bool,
    /// The trait does not say `Send + 'static` (the model added them): the impls over a
    /// blocking server require them.
    pub added_send: bool,
}

impl<'a> Interface<'a> {
    /// Builds the model of `item`. Method options that do not parse are reported to
    /// `errors` (the method is then left out); everything else is read as well as it can
    /// be, and validation reports what the expansion cannot carry.
    pub fn new(item: &'a ItemTrait, args: &Args, errors: &mut Errors) -> Interface<'a> {
        let ident = item.ident.clone();
        let name = ident.unraw().to_string();
        let async_ident = args
            .name
            .clone()
            .unwrap_or_else(|| format_ident!("Async{}", name, span = ident.span()));
        let mut methods = Vec::new();
        let mut skipped = Vec::new();
        let mut left_out = Vec::new();
        for method in item.items.iter().filter_map(|item| match item {
            TraitItem::Fn(method) => Some(method),
            _ => None,
        }) {
            match args::method_skip(&method.attrs) {
                Ok(false) => match left_out_because(method).filter(|_| args.strict.is_none()) {
                    Some(reason) => left_out.push((method, reason)),
                    None => {
                        let model = Method::new(&name, method);
                        // A provided method the asynchronous form cannot carry (std's
                        // `write_fmt(&mut self, Arguments<'_>)`) is left out too: the
                        // server has it already, and callers call it on the server.
                        if method.default.is_some()
                            && args.strict.is_none()
                            && crate::validate::method_is_rejected(&model)
                        {
                            left_out.push((method, PROVIDED_UNCARRIED));
                        } else {
                            methods.push(model);
                        }
                    }
                },
                Ok(true) => skipped.push(method),
                Err(error) => {
                    errors.push(error);
                    skipped.push(method);
                }
            }
        }
        let used = used_assoc(item, &methods);
        let plain = plain_supers(item, &args.bounds);
        // A `bounds(..)` entry that names no supertrait is reported once (by validation):
        // the associated types it would bring are not reported again.
        let inherits = !plain.is_empty() || !args.bounds.is_empty();
        let names = Names {
            server: free_name(item, &["S", "Server", "__S"]),
            mode: free_name(item, &["M", "Mode", "__M"]),
            host: free_name(item, &["T", "Host", "__T"]),
            outer: free_name(item, &["Derived", "Outer", "__O"]),
        };
        Interface {
            item,
            krate: args
                .krate
                .clone()
                .unwrap_or_else(|| syn::parse_quote!(::async_interface)),
            remote: args.remote.clone(),
            server_ident: format_ident!("{}Server", async_ident.unraw(), span = ident.span()),
            async_ident,
            call_ident: format_ident!("{}Call", name, span = ident.span()),
            protocol_ident: block_name(item, &format!("{name}Protocol")),
            request_ident: block_name(item, &format!("{name}Request")),
            reply_ident: block_name(item, &format!("{name}Reply")),
            types_ident: Ident::new(&format!("__{name}Types"), Span::call_site()),
            locked: methods.iter().any(|method| method.mut_self),
            methods,
            skipped,
            left_out,
            supers: supers(item, &args.bounds),
            plain_supers: plain,
            listed_bounds: args.bounds.clone(),
            assoc: assoc(item, &used, inherits),
            generics: Spelled::new(&item.generics),
            vis: item.vis.clone(),
            names,
            name,
            ident,
        }
    }

    /// `#[allow(non_camel_case_types)]` for the named items when the trait's own name is
    /// not camel case (windows-rs' `IPersist_Impl`): the user allows it on the trait, and
    /// `AsyncIPersist_Impl` repeats the name.
    pub fn camel_case_allow(&self) -> TokenStream {
        let camel = !self.name.contains('_') && self.name.starts_with(|c: char| c.is_uppercase());
        if camel {
            quote!()
        } else {
            quote!(#[allow(non_camel_case_types)])
        }
    }

    /// Whether the methods name associated types (the protocol then takes them).
    pub fn has_assoc(&self) -> bool {
        !self.assoc.is_empty()
    }

    /// `IStore<K, V>` for `ident` = `IStore`: an item of this trait's with its arguments.
    pub fn applied(&self, ident: &Ident) -> TokenStream {
        let args = angle(&self.generics.args);
        quote!(#ident #args)
    }

    /// The protocol: `IStoreProtocol<K, V>`, with each associated type set to
    /// `value(assoc)` (`IKeyedProtocol<__Item>`).
    pub fn protocol_with(&self, value: impl Fn(&Assoc) -> TokenStream) -> TokenStream {
        let protocol_ident = &self.protocol_ident;
        let mut args = self.generics.args.clone();
        args.extend(self.assoc.iter().map(value));
        let args = angle(&args);
        quote!(#protocol_ident #args)
    }

    /// The protocol with the associated types as the enums' parameters (`__Item`).
    pub fn protocol(&self) -> TokenStream {
        self.protocol_with(|assoc| assoc.param.to_token_stream())
    }

    /// The asynchronous trait as an object, which names the protocol from outside the
    /// expansion: `dyn AsyncIKeyed<Item = value(assoc)>`.
    pub fn key_with(&self, value: impl Fn(&Assoc) -> TokenStream) -> TokenStream {
        let async_ident = &self.async_ident;
        let mut args = self.generics.args.clone();
        args.extend(self.assoc.iter().map(|assoc| {
            let ident = &assoc.ident;
            let value = value(assoc);
            quote!(#ident = #value)
        }));
        let args = angle(&args);
        quote!(dyn #async_ident #args)
    }

    /// The trait's parameters, then one per associated type (`__Item: Clone + Send +
    /// 'static`): the parameters of the enums and of the protocol's impls.
    pub fn protocol_params(&self) -> Vec<TokenStream> {
        let mut params = self.generics.params.clone();
        params.extend(self.assoc.iter().map(|assoc| {
            let Assoc { param, bounds, .. } = assoc;
            quote!(#param: #bounds)
        }));
        params
    }

    /// The arguments matching [`protocol_params`](Self::protocol_params).
    pub fn protocol_args(&self) -> Vec<TokenStream> {
        let mut args = self.generics.args.clone();
        args.extend(self.assoc.iter().map(|assoc| assoc.param.to_token_stream()));
        args
    }

    /// `ty` with each `Self::Item` written as `with` says.
    pub fn resolve(&self, ty: &syn::Type, with: &dyn Fn(&Assoc) -> TokenStream) -> syn::Type {
        let names: Vec<Ident> = self.assoc.iter().map(|assoc| assoc.ident.clone()).collect();
        types::resolve_self(ty, &names, &self.ident, &|ident| {
            self.assoc
                .iter()
                .find(|assoc| assoc.ident == *ident)
                .map_or_else(|| quote!(Self::#ident), with)
        })
    }

    /// `ty` as the asynchronous traits and the client impl write it: `Self::Item` for
    /// `<Self as IFoo>::Item` too.
    pub fn in_traits(&self, ty: &syn::Type) -> syn::Type {
        self.resolve(ty, &|assoc| {
            let ident = &assoc.ident;
            quote!(Self::#ident)
        })
    }

    /// `ty` as the enums write it: `__Item` for `Self::Item`.
    pub fn in_enums(&self, ty: &syn::Type) -> syn::Type {
        self.resolve(ty, &|assoc| assoc.param.to_token_stream())
    }

    /// The associated type `assoc` of a blocking server `server`: `<S as IFoo>::Item`, or
    /// `S::Error` for one a plain supertrait declares.
    pub fn server_assoc(&self, server: &Ident, assoc: &Assoc) -> TokenStream {
        let ident = &assoc.ident;
        if assoc.inherited {
            quote!(#server::#ident)
        } else {
            let sync_trait = self.applied(&self.ident);
            quote!(<#server as #sync_trait>::#ident)
        }
    }

    /// `type Item: Bounds;` for each associated type, with its docs: for the
    /// asynchronous and server-side traits.
    pub fn assoc_decls(&self) -> TokenStream {
        let decls = self.assoc.iter().map(|assoc| {
            let Assoc {
                ident,
                attrs,
                bounds,
                ..
            } = assoc;
            let colon = (!bounds.is_empty()).then(|| quote!(:));
            quote!(#(#attrs)* type #ident #colon #bounds;)
        });
        quote!(#(#decls)*)
    }
}

/// The associated types of the trait itself that the asynchronous methods name, through
/// `Self::X` or `<Self as ITrait>::X`, in the order they are first named.
fn used_assoc(item: &ItemTrait, methods: &[Method]) -> Vec<Ident> {
    let mut used: Vec<Ident> = Vec::new();
    let types = methods.iter().flat_map(|method| {
        method
            .params
            .iter()
            .map(|param| param.ty)
            .chain(std::iter::once(&method.ret))
    });
    for ty in types {
        for finding in types::scan(ty) {
            if let types::Finding::SelfAssoc {
                ident, trait_path, ..
            } = finding
                && trait_path.is_none_or(|path| types::is_own_trait(&path, &item.ident))
                && !used.contains(&ident)
            {
                used.push(ident);
            }
        }
    }
    used
}

/// The declarations of the `used` associated types, in declaration order, then those a
/// plain supertrait declares (`Self::Error` of embedded-hal's `ErrorType`), in the order
/// they are named. Their bounds get `Send + 'static` where the trait leaves them out:
/// their values cross to a worker thread.
fn assoc(item: &ItemTrait, used: &[Ident], inherits: bool) -> Vec<Assoc> {
    let declared: Vec<Assoc> = item
        .items
        .iter()
        .filter_map(|item| match item {
            TraitItem::Type(ty) if used.contains(&ty.ident) => Some(Assoc {
                ident: ty.ident.clone(),
                param: format_ident!("__{}", ty.ident.unraw()),
                attrs: ty
                    .attrs
                    .iter()
                    .filter(|attr| attr.path().is_ident("doc"))
                    .cloned()
                    .collect(),
                bounds: sendable(&ty.bounds),
                inherited: false,
                added_send: sendable(&ty.bounds).len() != ty.bounds.len(),
            }),
            _ => None,
        })
        .collect();
    let inherited: Vec<Assoc> = if inherits {
        used.iter()
            .filter(|ident| !declared.iter().any(|assoc| assoc.ident == **ident))
            .map(|ident| Assoc {
                ident: ident.clone(),
                param: format_ident!("__{}", ident.unraw()),
                attrs: vec![syn::parse_quote!(#[doc = " The server's, from a supertrait of the synchronous trait."])],
                bounds: sendable(&Punctuated::new()),
                inherited: true,
                added_send: true,
            })
            .collect()
    } else {
        Vec::new()
    };
    declared.into_iter().chain(inherited).collect()
}

/// `bounds` with `Send` and `'static` added if missing (`?Sized` is rejected elsewhere).
fn sendable(
    bounds: &Punctuated<TypeParamBound, Token![+]>,
) -> Punctuated<TypeParamBound, Token![+]> {
    let mut bounds = bounds.clone();
    let send = bounds.iter().any(|bound| {
        matches!(bound, TypeParamBound::Trait(bound)
            if bound.path.segments.last().is_some_and(|last| last.ident == "Send"))
    });
    let statik = bounds.iter().any(
        |bound| matches!(bound, TypeParamBound::Lifetime(lifetime) if lifetime.ident == "static"),
    );
    if !send {
        bounds.push(syn::parse_quote!(::core::marker::Send));
    }
    if !statik {
        bounds.push(syn::parse_quote!('static));
    }
    bounds
}

/// `name` for an item of the expansion's anonymous block, or `__name` if the trait's
/// signatures, generics or supertraits use `name` (inside the block it would shadow it).
fn block_name(item: &ItemTrait, name: &str) -> Ident {
    free_name(item, &[name, &format!("__{name}")])
}

/// The first of `candidates` that neither a method signature nor the trait's generics or
/// supertraits mention, so that a parameter the expansion invents never shadows a type
/// of the user's.
fn free_name(item: &ItemTrait, candidates: &[&str]) -> Ident {
    let mut used = HashSet::new();
    for method in item.items.iter().filter_map(|item| match item {
        TraitItem::Fn(method) => Some(method),
        _ => None,
    }) {
        collect_idents(method.sig.to_token_stream(), &mut used);
    }
    // The trait's own name too: `trait S<const N: usize>` must not meet a parameter `S`.
    used.insert(item.ident.unraw().to_string());
    collect_idents(item.generics.to_token_stream(), &mut used);
    collect_idents(item.supertraits.to_token_stream(), &mut used);
    if let Some(where_clause) = &item.generics.where_clause {
        collect_idents(where_clause.to_token_stream(), &mut used);
    }
    let name = candidates
        .iter()
        .find(|name| !used.contains(**name))
        .or(candidates.last())
        .copied()
        .unwrap_or("__S");
    Ident::new(name, Span::call_site())
}

fn collect_idents(tokens: TokenStream, used: &mut HashSet<String>) {
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
