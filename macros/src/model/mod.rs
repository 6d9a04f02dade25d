//! The interface as data, built once from the trait: every name the expansion uses, the
//! methods with their parameters' roles, the supertraits that are interfaces, the
//! associated types the methods name, and the generics in each spelling. It keeps the
//! syn nodes it was built from, so that validation can point at what the user wrote.

mod generics;
mod method;
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

/// A supertrait that is an interface: `ISequentialStream`, `base::IBase<K>`. Its items
/// are reached next to it by name: `base::AsyncIBase<K>`, `base::AsyncIBaseServer<K>`,
/// and its protocol `ProtocolOf<dyn base::AsyncIBase<K>>`.
pub(crate) struct Super {
    /// The supertrait as written, for spans.
    pub path: Path,
    /// `base::` (with a leading `::` if written), or nothing.
    pub prefix: TokenStream,
    pub ident: Ident,
    /// `<K>`, or nothing.
    pub args: TokenStream,
}

impl Super {
    /// `base::AsyncIBase<K>` for `make` = `|name| format!("Async{name}")`, spanned at the
    /// supertrait so that one without `#[async_interface]` is reported there.
    pub fn named(&self, make: impl Fn(&str) -> String) -> TokenStream {
        let Super { prefix, args, .. } = self;
        let ident = Ident::new(&make(&self.ident.unraw().to_string()), self.ident.span());
        quote!(#prefix #ident #args)
    }

    /// Its asynchronous trait, `base::AsyncIBase<K>`.
    pub fn async_trait(&self) -> TokenStream {
        self.named(|name| format!("Async{name}"))
    }

    /// Its protocol, `ai::ProtocolOf<dyn base::AsyncIBase<K>>`, with `ai` the runtime.
    pub fn protocol(&self, ai: &Ident) -> TokenStream {
        let async_trait = self.async_trait();
        quote!(#ai::ProtocolOf<dyn #async_trait>)
    }

    /// The variant of the derived trait's enums that carries its calls: `__IBase`.
    pub fn variant(&self) -> Ident {
        Ident::new(&format!("__{}", self.ident.unraw()), Span::call_site())
    }
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

/// Supertraits that are not interfaces: markers and std traits, passed over, by name.
const PASSED_OVER: &[&str] = &[
    "Send",
    "Sync",
    "Sized",
    "Unpin",
    "UnwindSafe",
    "RefUnwindSafe",
    "Any",
    "Debug",
    "Display",
    "Clone",
    "Copy",
    "Default",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    // std traits whose names no interface is likely to take; `Read`, `Write` and `Seek`
    // are std's only when written `io::Read`.
    "Iterator",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "FusedIterator",
    "IntoIterator",
    "Extend",
    "Error",
    "AsRef",
    "AsMut",
    "Borrow",
    "BorrowMut",
    "ToString",
    "ToOwned",
    "From",
    "Into",
    "TryFrom",
    "TryInto",
    "FromStr",
    "Deref",
    "DerefMut",
    "Future",
    "Hasher",
    "BuildHasher",
    "Fn",
    "FnMut",
    "FnOnce",
];

/// std's modules: a supertrait written `io::Read` or `fmt::Write` is std's.
const STD_MODULES: &[&str] = &[
    "io", "fmt", "iter", "error", "ops", "hash", "any", "marker", "borrow", "convert", "cmp",
    "clone", "default", "panic", "future", "str", "string",
];

/// Is `path` a marker or std trait (passed over), rather than an interface? By name
/// (`Send`, `Iterator`), by crate (`std::..`, `core::..`, `alloc::..`) or by std module
/// (`io::Read`, `fmt::Write`).
pub(crate) fn passed_over(path: &Path) -> bool {
    let segments: Vec<String> = path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    match segments.as_slice() {
        [] => false,
        [name] => PASSED_OVER.contains(&name.as_str()),
        [first, ..] if ["std", "core", "alloc"].contains(&first.as_str()) => true,
        [.., module, _] => STD_MODULES.contains(&module.as_str()),
    }
}

/// Does the `bounds(..)` entry `listed` name the supertrait `path`? The same path
/// (arguments aside), or its last name alone.
pub(crate) fn names_supertrait(listed: &Path, path: &Path) -> bool {
    let idents = |path: &Path| -> Vec<String> {
        path.segments
            .iter()
            .map(|segment| segment.ident.unraw().to_string())
            .collect()
    };
    let (listed, path) = (idents(listed), idents(path));
    listed == path || (listed.len() == 1 && path.last() == listed.last())
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

/// Why a provided method is left out when its signature cannot be carried.
const PROVIDED_UNCARRIED: &str = "provided, with types the asynchronous form cannot carry (a borrow without an owned form; `strict` says which): the server keeps its default";

/// Why a trait object would leave `method` out (so the asynchronous form, an object
/// safe trait of the call object's, leaves it out too), or `None`.
fn left_out_because(method: &TraitItemFn) -> Option<&'static str> {
    let sig = &method.sig;
    let sized = sig.generics.where_clause.iter().any(|clause| {
        clause.predicates.iter().any(|predicate| {
            matches!(predicate, syn::WherePredicate::Type(predicate)
                if matches!(&predicate.bounded_ty, syn::Type::Path(ty) if ty.qself.is_none() && ty.path.is_ident("Self"))
                && predicate.bounds.iter().any(|bound| matches!(bound, TypeParamBound::Trait(bound)
                    if bound.maybe.is_none() && bound.path.segments.last().is_some_and(|last| last.ident == "Sized"))))
        })
    });
    if sized {
        return Some("`where Self: Sized`: a trait object cannot call it either");
    }
    let bounds_self = sig.generics.where_clause.iter().any(|clause| {
        clause.predicates.iter().any(|predicate| {
            matches!(predicate, syn::WherePredicate::Type(predicate)
                if matches!(&predicate.bounded_ty, syn::Type::Path(ty) if ty.qself.is_none() && ty.path.is_ident("Self")))
        })
    });
    if bounds_self {
        return Some(
            "`where Self: ..`: a bound on the server's type, which the call object cannot have",
        );
    }
    if sig.receiver().is_none() {
        return Some("no `self`: there is no server to call it on");
    }
    if sig
        .generics
        .params
        .iter()
        .any(|param| !matches!(param, syn::GenericParam::Lifetime(_)))
    {
        return Some("generic: a call object stores the arguments and must name their types");
    }
    None
}

/// The supertraits of `item` that are interfaces: not markers or std traits, and not
/// listed in `bounds(..)`.
pub(crate) fn supers(item: &ItemTrait, bounds: &[Path]) -> Vec<Super> {
    item.supertraits
        .iter()
        .filter_map(|bound| match bound {
            TypeParamBound::Trait(bound)
                if bound.maybe.is_none() && !is_plain(&bound.path, bounds) =>
            {
                let path = &bound.path;
                let last = path.segments.last()?.clone();
                let leading = path.leading_colon;
                let init = path.segments.iter().take(path.segments.len() - 1);
                let args = match &last.arguments {
                    syn::PathArguments::AngleBracketed(args) => args.to_token_stream(),
                    _ => TokenStream::new(),
                };
                Some(Super {
                    path: path.clone(),
                    prefix: quote!(#leading #(#init ::)*),
                    ident: last.ident,
                    args,
                })
            }
            _ => None,
        })
        .collect()
}

/// Is the supertrait `path` a plain trait: std's, or listed in `bounds(..)`?
pub(crate) fn is_plain(path: &Path, bounds: &[Path]) -> bool {
    passed_over(path) || bounds.iter().any(|listed| names_supertrait(listed, path))
}

/// The supertraits of `item` that are plain traits with items of their own (not the
/// markers): std's by path (`io::Read`, `Iterator`) and those listed in `bounds(..)`.
fn plain_supers(item: &ItemTrait, bounds: &[Path]) -> Vec<Path> {
    const MARKERS: &[&str] = &[
        "Send",
        "Sync",
        "Sized",
        "Unpin",
        "UnwindSafe",
        "RefUnwindSafe",
    ];
    item.supertraits
        .iter()
        .filter_map(|bound| match bound {
            TypeParamBound::Trait(bound)
                if bound.maybe.is_none()
                    && is_plain(&bound.path, bounds)
                    && !bound
                        .path
                        .segments
                        .last()
                        .is_some_and(|last| MARKERS.contains(&last.ident.to_string().as_str())) =>
            {
                Some(bound.path.clone())
            }
            _ => None,
        })
        .collect()
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
