//! One method of the interface and its parameters, split as MIDL splits `[in]`,
//! `[out]` and `[in, out]`.

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use syn::ext::IdentExt;
use syn::{Attribute, FnArg, Ident, Pat, Receiver, ReceiverKind, ReturnType, TraitItemFn, Type};

use super::types;

/// One method of the asynchronous form and its `begin_`/`finish_` pair.
pub(crate) struct Method<'a> {
    /// The method as written, for spans.
    pub item: &'a TraitItemFn,
    pub ident: Ident,
    pub begin_ident: Ident,
    pub finish_ident: Ident,
    /// `"ISimpleStream::read"`: how the runtime names the call in flight.
    pub qualified: String,
    /// Its `#[doc]` attributes (copied onto `begin_`), `#[cfg]`s (onto every generated
    /// piece of it) and `#[deprecated]`s (onto its pair and its server-side method).
    pub docs: Vec<Attribute>,
    pub cfgs: Vec<Attribute>,
    pub deprecated: Vec<Attribute>,
    /// `&mut self`: the trait's blocking server sits behind a lock.
    pub mut_self: bool,
    pub params: Vec<Param<'a>>,
    /// `finish_`'s `Ok` value: the synchronous return type, exactly as written (`()` when
    /// omitted), or its owned form for a borrowed return (`&str` → `String`,
    /// `Option<&T>` → `Option<T>`, `io::Result<&[u8]>` → `io::Result<Vec<u8>>`,
    /// `Vec<&str>` → `Vec<String>`).
    pub ret: Type,
    /// How the worker makes `ret` from what the method returned, for a borrowed return.
    pub owned_ret: Option<OwnedReturn>,
}

/// A borrowed return and how it becomes owned on the worker.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum OwnedReturn {
    /// `&T`: `to_owned` (`str`, `[T]`, std's `Path`...) or `clone` (any other `T`).
    Ref(Copier),
    /// `Option<&T>`: `Option::map` of the same.
    Option(Copier),
    /// `Result<&T, E>` (and `io::Result<&T>`): `Result::map` of the same.
    Result(Copier),
    /// `Vec<&T>`: each element the same, collected.
    Vec(Copier),
}

/// `ToOwned::to_owned` when the owned form is another type, `Clone::clone` when it is the
/// referent itself (a type parameter `T` has no `ToOwned` bound to name, but `Clone`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Copier {
    ToOwned,
    Clone,
}

/// One parameter and the role it plays in the call.
pub(crate) struct Param<'a> {
    /// Its name, or `__argN` for a pattern (which validation rejects).
    pub ident: Ident,
    /// The type as written.
    pub ty: &'a Type,
    pub role: Role,
    /// What `begin_` takes and the request stores: the type itself (`Value`) or the
    /// owned form of the referent (`&str` → `String`, `&mut T` → `T`).
    pub owned: Type,
}

/// How a parameter crosses to the worker and back.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Role {
    /// `x: T`: `begin_` takes `T`, the server gets it by value.
    Value,
    /// `x: &T`: `begin_` takes the owned form, the server gets `&owned`.
    Borrowed,
    /// `x: &mut T`: `begin_` takes `T`, the server gets `&mut`, and `finish_` writes the
    /// value the server left back into the caller's `&mut T`.
    InOut,
    /// `buf: &mut [T]`, COM's `[in, out, size_is]`: `begin_` takes a `Vec<T>`, the server
    /// fills `&mut vec[..]`, and `finish_` moves the elements into the caller's `&mut [T]`
    /// (the first `min` of both lengths; the rest of a longer slice is left as it was).
    Buffer,
    /// `x: Option<&T>`: `begin_` takes `Option<Owned>`, the server gets `x.as_deref()`
    /// (`Option<&str>` from `Option<String>`), or `x.as_ref()` when `T` is its own owned form.
    OptionRef { deref: bool },
    /// `x: &[&T]` (`&[&str]`): `begin_` takes `Vec<Owned>`, the server gets a slice of
    /// borrows of its elements, collected on the worker.
    SliceOfRefs,
}

impl Param<'_> {
    /// Whether `finish_` hands a value back through this parameter.
    pub fn is_out(&self) -> bool {
        matches!(self.role, Role::InOut | Role::Buffer)
    }
}

impl<'a> Method<'a> {
    pub fn new(trait_name: &str, item: &'a TraitItemFn) -> Method<'a> {
        let ident = item.sig.ident.clone();
        let params = item
            .sig
            .inputs
            .iter()
            .filter_map(|arg| match arg {
                FnArg::Typed(arg) => Some(arg),
                FnArg::Receiver(_) => None,
            })
            .enumerate()
            .map(|(index, arg)| {
                let (role, owned) = role(&arg.ty);
                Param {
                    ident: match &*arg.pat {
                        Pat::Ident(pat) => pat.ident.clone(),
                        _ => format_ident!("__arg{}", index),
                    },
                    ty: &arg.ty,
                    role,
                    owned,
                }
            })
            .collect();
        let attrs = |name: &str| -> Vec<Attribute> {
            item.attrs
                .iter()
                .filter(|attr| attr.path().is_ident(name))
                .cloned()
                .collect()
        };
        let ret: Type = match &item.sig.output {
            ReturnType::Default => syn::parse_quote!(()),
            ReturnType::Type(_, ty) => (**ty).clone(),
        };
        let owned = owned_return(&ret);
        Method {
            item,
            begin_ident: begin_ident(&ident),
            finish_ident: finish_ident(&ident),
            qualified: format!("{trait_name}::{}", ident.unraw()),
            docs: attrs("doc"),
            cfgs: attrs("cfg"),
            deprecated: attrs("deprecated"),
            mut_self: item.sig.receiver().is_some_and(is_mut_receiver),
            params,
            ret: owned
                .as_ref()
                .map_or_else(|| ret.clone(), |(ty, _)| ty.clone()),
            owned_ret: owned.map(|(_, how)| how),
            ident,
        }
    }

    /// The method's `#[cfg]`s, for every generated piece of it.
    pub fn cfg_tokens(&self) -> TokenStream {
        let cfgs = &self.cfgs;
        quote!(#(#cfgs)*)
    }

    /// The parameters whose values come back through `finish_`.
    pub fn outs(&self) -> impl Iterator<Item = &Param<'a>> {
        self.params.iter().filter(|param| param.is_out())
    }

    /// The types a call carries across threads: what `begin_` takes and what the
    /// server returns.
    pub fn carried_types(&self) -> impl Iterator<Item = &Type> {
        self.params
            .iter()
            .map(|param| &param.owned)
            .chain(std::iter::once(&self.ret))
    }

    /// COM spells methods and arguments in camel case (`Read(cb, pcbRead)`): the
    /// generated methods then need `non_snake_case` allowed (the user allows it on the
    /// synchronous trait, where they wrote the names).
    pub fn is_camel_case(&self) -> bool {
        self.begin_ident.to_string().starts_with('B')
            || self
                .params
                .iter()
                .any(|param| param.ident.to_string().contains(|c: char| c.is_uppercase()))
    }
}

fn is_mut_receiver(receiver: &Receiver) -> bool {
    match &receiver.kind {
        ReceiverKind::Reference(_, _, mutability) => mutability.is_some(),
        ReceiverKind::Typed(_, ty) => matches!(
            types::peel(ty),
            Type::Reference(reference) if reference.mutability.is_some()
        ),
        _ => false,
    }
}

/// How a parameter of type `ty` crosses, and what `begin_` takes for it. `&'static T` is
/// not a borrow of the caller's: it passes by value.
pub(crate) fn role(ty: &Type) -> (Role, Type) {
    match types::peel(ty) {
        Type::Reference(reference) if reference.mutability.is_some() => {
            match types::peel(&reference.elem) {
                Type::Slice(slice) => {
                    let elem = &slice.elem;
                    (Role::Buffer, syn::parse_quote!(::std::vec::Vec<#elem>))
                }
                elem => (Role::InOut, elem.clone()),
            }
        }
        Type::Reference(reference) if !types::is_static_ref(reference) => {
            if let Type::Slice(slice) = types::peel(&reference.elem)
                && let Type::Reference(inner) = types::peel(&slice.elem)
                && inner.mutability.is_none()
                && !types::is_static_ref(inner)
                && !matches!(types::peel(&inner.elem), Type::TraitObject(_))
            {
                let owned = types::owned_form(&inner.elem);
                return (
                    Role::SliceOfRefs,
                    syn::parse_quote!(::std::vec::Vec<#owned>),
                );
            }
            (Role::Borrowed, types::owned_form(&reference.elem))
        }
        _ => match option_ref(ty) {
            Some((owned, deref)) => (Role::OptionRef { deref }, owned),
            None => (Role::Value, ty.clone()),
        },
    }
}

/// `Option<&T>` (not `&'static`, not `&dyn`) → `Option<owned form of T>`, and whether the
/// owned form is another type (`String` for `str`: the server gets `as_deref`).
fn option_ref(ty: &Type) -> Option<(Type, bool)> {
    let Type::Path(path) = types::peel(ty) else {
        return None;
    };
    let last = path.path.segments.last()?;
    if path.qself.is_some() || last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let Some(syn::GenericArgument::Type(Type::Reference(reference))) = args.args.first() else {
        return None;
    };
    if reference.mutability.is_some()
        || types::is_static_ref(reference)
        || matches!(types::peel(&reference.elem), Type::TraitObject(_))
    {
        return None;
    }
    let owned = types::owned_form(&reference.elem);
    let deref = owned.to_token_stream().to_string()
        != types::peel(&reference.elem).to_token_stream().to_string();
    let mut path = path.clone();
    if let Some(syn::PathSegment {
        arguments: syn::PathArguments::AngleBracketed(args),
        ..
    }) = path.path.segments.last_mut()
        && let Some(syn::GenericArgument::Type(first)) = args.args.first_mut()
    {
        *first = owned;
    }
    Some((Type::Path(path), deref))
}

/// For a borrowed return (`&T` other than `&'static`, `Option<&T>`, `Result<&T, E>`):
/// the owned type `finish_` returns, and how the worker makes it.
fn owned_return(ret: &Type) -> Option<(Type, OwnedReturn)> {
    let borrowed = |ty: &Type| -> Option<(Type, Copier)> {
        match types::peel(ty) {
            // `&dyn Trait` has no owned form: it stays a borrow (rejected).
            Type::Reference(reference)
                if reference.mutability.is_none()
                    && !types::is_static_ref(reference)
                    && !matches!(types::peel(&reference.elem), Type::TraitObject(_)) =>
            {
                let owned = types::owned_form(&reference.elem);
                let same = |ty: &Type| ty.to_token_stream().to_string();
                let copier = if same(&owned) == same(types::peel(&reference.elem)) {
                    Copier::Clone
                } else {
                    Copier::ToOwned
                };
                Some((owned, copier))
            }
            _ => None,
        }
    };
    if let Some((owned, copier)) = borrowed(ret) {
        return Some((owned, OwnedReturn::Ref(copier)));
    }
    let Type::Path(path) = types::peel(ret) else {
        return None;
    };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    let wrap: fn(Copier) -> OwnedReturn = match last.ident.to_string().as_str() {
        "Option" => OwnedReturn::Option,
        "Result" => OwnedReturn::Result,
        "Vec" => OwnedReturn::Vec,
        _ => return None,
    };
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let Some(syn::GenericArgument::Type(first)) = args.args.first() else {
        return None;
    };
    let (owned, copier) = borrowed(first)?;
    let mut ty = path.clone();
    if let Some(syn::PathSegment {
        arguments: syn::PathArguments::AngleBracketed(args),
        ..
    }) = ty.path.segments.last_mut()
        && let Some(syn::GenericArgument::Type(first)) = args.args.first_mut()
    {
        *first = owned;
    }
    Some((Type::Path(ty), wrap(copier)))
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
