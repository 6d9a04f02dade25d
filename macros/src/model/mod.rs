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
pub(crate) use method::{Method, Role};

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
    /// The supertraits that are interfaces.
    pub supers: Vec<Super>,
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
}

/// Supertraits that are not interfaces: markers and std traits, passed over.
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
];

/// Is `path` a marker or std trait (passed over), rather than an interface?
pub(crate) fn passed_over(path: &Path) -> bool {
    path.segments
        .last()
        .is_some_and(|last| PASSED_OVER.contains(&last.ident.to_string().as_str()))
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
        for method in item.items.iter().filter_map(|item| match item {
            TraitItem::Fn(method) => Some(method),
            _ => None,
        }) {
            match args::method_skip(&method.attrs) {
                Ok(false) => methods.push(Method::new(&name, method)),
                Ok(true) => skipped.push(method),
                Err(error) => {
                    errors.push(error);
                    skipped.push(method);
                }
            }
        }
        let used = used_assoc(item, &methods);
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
            supers: supers(item),
            assoc: assoc(item, &used),
            generics: Spelled::new(&item.generics),
            vis: item.vis.clone(),
            names,
            name,
            ident,
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

/// The supertraits of `item` that are interfaces: not markers or std traits.
pub(crate) fn supers(item: &ItemTrait) -> Vec<Super> {
    item.supertraits
        .iter()
        .filter_map(|bound| match bound {
            TypeParamBound::Trait(bound) if bound.maybe.is_none() && !passed_over(&bound.path) => {
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

/// The declarations of the `used` associated types, in declaration order.
fn assoc(item: &ItemTrait, used: &[Ident]) -> Vec<Assoc> {
    item.items
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
                bounds: ty.bounds.clone(),
            }),
            _ => None,
        })
        .collect()
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
