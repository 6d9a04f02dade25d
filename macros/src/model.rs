//! The interface as plain data: what the expansion needs, built from a validated trait.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::ext::IdentExt;
use syn::punctuated::Punctuated;
use syn::{
    Attribute, FnArg, GenericParam, Generics, Ident, ItemTrait, Pat, Path, ReceiverKind,
    ReturnType, Token, TraitItem, TraitItemFn, Type, TypeParamBound, Visibility,
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
    /// The `remote` option, if written: serializable requests and replies, remote call
    /// objects and services (see `remote.rs`).
    pub remote: Option<Path>,
    /// The methods of the asynchronous form (skipped ones are left out).
    pub methods: Vec<Method>,
    /// The call object's server type parameter: `S`, unless the methods name a type `S`.
    pub server_param: Ident,
    /// The call object's mode type parameter (`Blocking` or `Native`): `M`, unless taken.
    pub mode_param: Ident,
    /// `AsyncISimpleStreamServer`: the server-side form a native asynchronous server implements.
    pub server_ident: Ident,
    /// The trait's generics (type and const parameters, where clause), as written.
    pub generics: Generics,
    /// Some method takes `&mut self`: the blocking server sits behind a `std::sync::Mutex`.
    pub locked: bool,
    /// The supertraits that are interfaces (`#[async_interface]` traits), as written.
    pub supers: Vec<Super>,
    /// `__ISimpleStreamHost`: the hidden trait a call object implements to get
    /// `AsyncISimpleStream` (a blanket impl), for this trait and for every derived one.
    pub host_ident: Ident,
    /// The type parameter of that blanket impl: `__T`, unless taken.
    pub host_param: Ident,
    /// The associated types the asynchronous methods name (`Self::Item`), in declaration
    /// order. Empty for most traits, whose expansion then has no trace of them.
    pub assoc: Vec<Assoc>,
    /// Every associated type the trait declares without generics (for the types of its
    /// consts).
    pub all_assoc: Vec<Ident>,
    /// The trait's associated consts, exposed on the call object.
    pub consts: Vec<AssocConst>,
    /// `__ISimpleStreamTypes`: the hidden trait with the associated types, implemented by
    /// the dispatcher for each mode; the request and reply enums take one parameter that
    /// implements it (only when `assoc` is not empty).
    pub types_ident: Ident,
    /// That parameter of the enums: `__D`, unless taken.
    pub carrier_param: Ident,
}

/// An associated type that the asynchronous methods name: declared again, with its docs
/// and bounds, on the asynchronous trait, the server-side trait and the hidden types trait.
/// (Validation rejects `#[cfg]` on it: generated bounds name it in `Trait<Item = ..>`
/// constraints, which cannot be configured away.)
#[derive(Clone)]
pub(crate) struct Assoc {
    pub ident: Ident,
    /// Its `#[doc]` attributes.
    pub attrs: Vec<Attribute>,
    /// The bounds as written (they include `Send + 'static`: validation checks it).
    pub bounds: Punctuated<TypeParamBound, Token![+]>,
}

/// An associated const of the trait: `const N: u32;`.
pub(crate) struct AssocConst {
    pub ident: Ident,
    pub ty: Type,
    /// Its `#[doc]` and `#[cfg]` attributes.
    pub attrs: Vec<Attribute>,
}

/// A supertrait that is an interface: `ISequentialStream`, `base::IBase<K>`.
///
/// Its hidden items are reached by naming convention, next to it: `base::AsyncIBase<K>`,
/// `base::__IBaseHost<K>`, `base::__IBaseRequest<K>`, ... (spanned at the supertrait, so a
/// trait without `#[async_interface]` is reported there).
pub(crate) struct Super {
    /// `base::` (with a leading `::` if written), or nothing.
    pub prefix: TokenStream,
    /// `IBase`.
    pub ident: Ident,
    /// `<K>`, or nothing.
    pub args: TokenStream,
}

impl Super {
    /// `base::AsyncIBase<K>` for `make` = `|name| format!("Async{name}")`.
    pub fn named(&self, make: impl Fn(&str) -> String) -> TokenStream {
        let Super { prefix, args, .. } = self;
        let ident = Ident::new(&make(&self.ident.unraw().to_string()), self.ident.span());
        quote!(#prefix #ident #args)
    }

    /// The variant of the derived trait's request and reply enums that carries this
    /// supertrait's calls: `__IBase`.
    pub fn variant(&self) -> Ident {
        Ident::new(&format!("__{}", self.ident.unraw()), Span::call_site())
    }
}

/// The supertraits of `item` that are interfaces: not markers or std traits.
pub(crate) fn supers(item: &ItemTrait) -> Vec<Super> {
    item.supertraits
        .iter()
        .filter_map(|bound| match bound {
            syn::TypeParamBound::Trait(bound)
                if bound.maybe.is_none() && !crate::validate::passed_over(&bound.path) =>
            {
                let path = &bound.path;
                let last = path.segments.last()?.clone();
                let leading = path.leading_colon;
                let init = path.segments.iter().take(path.segments.len() - 1);
                let prefix = quote!(#leading #(#init ::)*);
                let args = match &last.arguments {
                    syn::PathArguments::AngleBracketed(args) => args.to_token_stream(),
                    _ => TokenStream::new(),
                };
                Some(Super {
                    prefix,
                    ident: last.ident,
                    args,
                })
            }
            _ => None,
        })
        .collect()
}

/// One method and its `begin_`/`finish_` pair.
#[derive(Clone)]
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
    /// `&mut self`: called through the lock of a locked server.
    pub mut_self: bool,
    /// The method's `#[deprecated]` attributes, copied onto its pair.
    pub deprecated: Vec<Attribute>,
}

/// One parameter, split as MIDL splits `[in]`, `[out]` and `[in, out]`.
#[derive(Clone)]
pub(crate) struct Param {
    pub ident: Ident,
    pub kind: ParamKind,
}

#[derive(Clone)]
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
        let async_ident = args
            .name
            .clone()
            .unwrap_or_else(|| format_ident!("Async{}", name, span = ident.span()));
        let methods: Vec<Method> = async_methods(item)
            .map(|method| Method::new(&name, method))
            .collect();
        let used = used_assoc(item);
        let assoc = item
            .items
            .iter()
            .filter_map(|item| match item {
                TraitItem::Type(ty) if used.contains(&ty.ident) => Some(Assoc {
                    ident: ty.ident.clone(),
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
            .collect();
        let all_assoc = item
            .items
            .iter()
            .filter_map(|item| match item {
                TraitItem::Type(ty) if ty.generics.params.is_empty() => Some(ty.ident.clone()),
                _ => None,
            })
            .collect();
        let consts = item
            .items
            .iter()
            .filter_map(|item| match item {
                TraitItem::Const(constant) if constant.generics.params.is_empty() => {
                    Some(AssocConst {
                        ident: constant.ident.clone(),
                        ty: constant.ty.clone(),
                        attrs: constant
                            .attrs
                            .iter()
                            .filter(|attr| {
                                attr.path().is_ident("doc") || attr.path().is_ident("cfg")
                            })
                            .cloned()
                            .collect(),
                    })
                }
                _ => None,
            })
            .collect();
        Interface {
            assoc,
            all_assoc,
            consts,
            types_ident: hidden(format!("__{name}Types")),
            carrier_param: free_name(item, &["__D", "__Types", "__Carrier"]),
            server_ident: format_ident!("{}Server", async_ident.unraw(), span = ident.span()),
            async_ident,
            call_ident: format_ident!("{}Call", name, span = ident.span()),
            request_ident: hidden(format!("__{name}Request")),
            reply_ident: hidden(format!("__{name}Reply")),
            dispatch_ident: hidden(format!("__{name}Dispatch")),
            vis: item.vis.clone(),
            krate,
            remote: args.remote.clone(),
            locked: methods.iter().any(|method| method.mut_self),
            methods,
            supers: supers(item),
            host_ident: hidden(format!("__{name}Host")),
            host_param: free_name(item, &["__T", "__Host", "__H"]),
            server_param: free_name(item, &["S", "Server", "__S"]),
            mode_param: free_name(item, &["M", "Mode", "__M"]),
            generics: item.generics.clone(),
            ident,
        }
    }
}

/// The associated types of the trait itself that the asynchronous methods name, through
/// `Self::X` or `<Self as ITrait>::X`.
pub(crate) fn used_assoc(item: &ItemTrait) -> Vec<Ident> {
    let mut used: Vec<Ident> = Vec::new();
    for method in async_methods(item) {
        let mut types: Vec<&Type> = method
            .sig
            .inputs
            .iter()
            .filter_map(|arg| match arg {
                FnArg::Typed(arg) => Some(&*arg.ty),
                FnArg::Receiver(_) => None,
            })
            .collect();
        if let ReturnType::Type(_, ty) = &method.sig.output {
            types.push(ty);
        }
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
    }
    used
}

impl Method {
    /// The method with each `Self::X` of its types written `via::X`.
    pub fn resolved(&self, interface: &Interface, via: &TokenStream) -> Method {
        let names: Vec<Ident> = interface
            .assoc
            .iter()
            .map(|assoc| assoc.ident.clone())
            .collect();
        let resolve = |ty: &Type| types::resolve_self(ty, &names, &interface.ident, via);
        let mut method = self.clone();
        if names.is_empty() {
            return method;
        }
        method.ret = resolve(&method.ret);
        for param in &mut method.params {
            param.kind = match &param.kind {
                ParamKind::ByValue(ty) => ParamKind::ByValue(resolve(ty)),
                ParamKind::Borrowed { owned_ty } => ParamKind::Borrowed {
                    owned_ty: resolve(owned_ty),
                },
                ParamKind::InOut { owned_ty } => ParamKind::InOut {
                    owned_ty: resolve(owned_ty),
                },
            };
        }
        method
    }

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
            mut_self: method
                .sig
                .receiver()
                .is_some_and(|receiver| match &receiver.kind {
                    ReceiverKind::Reference(_, _, mutability) => mutability.is_some(),
                    ReceiverKind::Typed(_, ty) => matches!(
                        types::peel(ty),
                        Type::Reference(reference) if reference.mutability.is_some()
                    ),
                    _ => false,
                }),
            deprecated: method
                .attrs
                .iter()
                .filter(|attr| attr.path().is_ident("deprecated"))
                .cloned()
                .collect(),
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

/// The first of `candidates` that neither a method signature nor the trait's generics
/// mention, so that a type parameter of the call object never shadows a type of the user's.
fn free_name(item: &ItemTrait, candidates: &[&str]) -> Ident {
    let mut used = std::collections::HashSet::new();
    for method in async_methods(item) {
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

impl Interface {
    /// The methods with each `Self::X` written `via::X` (see [`Method::resolved`]).
    pub fn methods_via(&self, via: &TokenStream) -> Vec<Method> {
        self.methods
            .iter()
            .map(|method| method.resolved(self, via))
            .collect()
    }

    /// Does the expansion carry associated types (the enums take the carrier parameter)?
    pub fn has_assoc(&self) -> bool {
        !self.assoc.is_empty()
    }

    /// `type Item: Bounds;` for each associated type, with its docs: for the
    /// asynchronous, server-side and types traits.
    pub fn assoc_decls(&self) -> TokenStream {
        let decls = self.assoc.iter().map(|assoc| {
            let Assoc {
                ident,
                attrs,
                bounds,
                ..
            } = assoc;
            let colon = if bounds.is_empty() {
                quote!()
            } else {
                quote!(:)
            };
            quote!(#(#attrs)* type #ident #colon #bounds;)
        });
        quote!(#(#decls)*)
    }

    /// `type Item = via::Item;` for each associated type.
    pub fn assoc_defs(&self, via: &TokenStream) -> TokenStream {
        let defs = self.assoc.iter().map(|assoc| {
            let ident = &assoc.ident;
            quote!(type #ident = #via::#ident;)
        });
        quote!(#(#defs)*)
    }

    /// `Item = via::Item, Key = via::Key`: the associated types as constraints on a trait.
    pub fn assoc_constraints(&self, via: &TokenStream) -> Vec<TokenStream> {
        self.assoc
            .iter()
            .map(|assoc| {
                let ident = &assoc.ident;
                quote!(#ident = #via::#ident)
            })
            .collect()
    }

    /// `K, V, N`: the trait's parameters as arguments.
    pub fn trait_args(&self) -> Vec<TokenStream> {
        self.generics
            .params
            .iter()
            .filter_map(|param| match param {
                GenericParam::Type(param) => Some(param.ident.to_token_stream()),
                GenericParam::Const(param) => Some(param.ident.to_token_stream()),
                GenericParam::Lifetime(_) => None,
            })
            .collect()
    }

    /// `K: Bound, V, const N: usize`: the trait's parameters for an `impl<..>` or a type,
    /// without defaults; without bounds when `bounds` is false.
    pub fn trait_params(&self, bounds: bool, defaults: bool) -> Vec<TokenStream> {
        self.generics
            .params
            .iter()
            .filter_map(|param| match param {
                GenericParam::Type(param) => {
                    let mut param = param.clone();
                    if !bounds {
                        param.colon_token = None;
                        param.bounds.clear();
                    }
                    if !defaults {
                        param.default = None;
                    }
                    Some(param.to_token_stream())
                }
                GenericParam::Const(param) => {
                    let mut param = param.clone();
                    if !defaults {
                        param.default = None;
                    }
                    Some(param.to_token_stream())
                }
                GenericParam::Lifetime(_) => None,
            })
            .collect()
    }

    /// The trait's type parameters (they cross to a worker inside requests and replies).
    pub fn type_params(&self) -> Vec<&Ident> {
        self.generics
            .type_params()
            .map(|param| &param.ident)
            .collect()
    }

    /// The predicates of the trait's `where` clause.
    pub fn predicates(&self) -> Vec<&syn::WherePredicate> {
        self.generics
            .where_clause
            .iter()
            .flat_map(|clause| clause.predicates.iter())
            .collect()
    }
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
