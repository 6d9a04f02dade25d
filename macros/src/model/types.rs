//! What a type says about borrowing, and the owned form of a borrowed parameter.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote_spanned};
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{
    GenericArgument, Ident, Lifetime, Path, PathArguments, ReturnType, Type, TypeParamBound,
    TypePath,
};

/// Something in a type that the asynchronous form cannot carry.
pub(crate) enum Finding {
    /// `&T` or `&mut T` (not `&'static`): a borrow of the caller's data.
    Reference(TokenStream),
    /// A lifetime other than `'static` (including `'_`).
    Lifetime(Lifetime),
    /// `impl Trait`.
    ImplTrait(TokenStream),
    /// `Self`, which names the server type.
    SelfType(TokenStream),
    /// `dyn Trait` without `+ Send` (outside `fn` types): its values cannot cross to a
    /// worker thread.
    DynNotSend(TokenStream),
    /// `*const T` or `*mut T` (outside `fn` types): never `Send`, and it points into the
    /// caller's memory.
    RawPointer(TokenStream),
    /// std's `Rc<T>` (or `rc::Weak<T>`): never `Send`.
    NotSend(TokenStream),
    /// `Self::X` or `<Self as Trait>::X`: an associated type, which the asynchronous form
    /// can carry when `X` is declared in the trait itself (`Trait` is `None` for `Self::X`).
    SelfAssoc {
        ident: Ident,
        trait_path: Option<Path>,
        tokens: TokenStream,
    },
}

/// Lists what in `ty` borrows, is `impl Trait`, or names `Self`.
///
/// Inside function-pointer types and `Fn(..)` sugar, references and lifetimes are
/// higher-ranked (they borrow nothing of the caller's), so they are passed over there.
pub(crate) fn scan(ty: &Type) -> Vec<Finding> {
    let mut findings = Vec::new();
    scan_type(ty, false, &mut findings);
    findings
}

fn is_static(lifetime: &Lifetime) -> bool {
    lifetime.ident == "static"
}

/// `&'static T`: no borrow of the caller's.
pub(crate) fn is_static_ref(reference: &syn::TypeReference) -> bool {
    reference.lifetime.as_ref().is_some_and(is_static)
}

fn scan_type(ty: &Type, in_fn: bool, out: &mut Vec<Finding>) {
    match ty {
        Type::Array(array) => scan_type(&array.elem, in_fn, out),
        Type::FnPtr(fn_ptr) => {
            for input in &fn_ptr.inputs {
                scan_type(&input.ty, true, out);
            }
            scan_return(&fn_ptr.output, true, out);
        }
        Type::Group(group) => scan_type(&group.elem, in_fn, out),
        Type::Paren(paren) => scan_type(&paren.elem, in_fn, out),
        Type::ImplTrait(impl_trait) => out.push(Finding::ImplTrait(impl_trait.to_token_stream())),
        Type::Path(path) => {
            if let Some((ident, trait_path)) = self_projection(path) {
                out.push(Finding::SelfAssoc {
                    ident,
                    trait_path,
                    tokens: path.to_token_stream(),
                });
                return;
            }
            if let Some(qself) = &path.qself {
                scan_type(&qself.ty, in_fn, out);
            } else if path.path.leading_colon.is_none()
                && let Some(first) = path.path.segments.first()
                && first.ident == "Self"
            {
                out.push(Finding::SelfType(first.ident.to_token_stream()));
            }
            if !in_fn && is_std_not_send(&path.path) {
                out.push(Finding::NotSend(path.to_token_stream()));
                return;
            }
            if !in_fn && hides_lifetime(&path.path) {
                out.push(Finding::Reference(path.to_token_stream()));
            }
            scan_path(&path.path, in_fn, out);
        }
        Type::Ptr(ptr) => {
            if !in_fn {
                out.push(Finding::RawPointer(ptr.to_token_stream()));
                return;
            }
            scan_type(&ptr.elem, in_fn, out);
        }
        Type::Reference(reference) => {
            if !in_fn && !is_static_ref(reference) {
                out.push(Finding::Reference(reference.to_token_stream()));
                // The borrow is the mistake; a `dyn` behind it is not a second one.
                let mut inner = Vec::new();
                scan_type(&reference.elem, in_fn, &mut inner);
                out.extend(
                    inner
                        .into_iter()
                        .filter(|finding| !matches!(finding, Finding::DynNotSend(_))),
                );
                return;
            }
            scan_type(&reference.elem, in_fn, out);
        }
        Type::Slice(slice) => scan_type(&slice.elem, in_fn, out),
        Type::TraitObject(object) => {
            let send = object.bounds.iter().any(|bound| {
                matches!(bound, TypeParamBound::Trait(bound)
                    if bound.path.segments.last().is_some_and(|last| last.ident == "Send"))
            });
            if !in_fn && !send && is_std_dyn(object) {
                out.push(Finding::DynNotSend(object.to_token_stream()));
            }
            for bound in &object.bounds {
                scan_bound(bound, in_fn, out);
            }
        }
        Type::Tuple(tuple) => {
            for elem in &tuple.elems {
                scan_type(elem, in_fn, out);
            }
        }
        _ => {}
    }
}

fn scan_return(output: &ReturnType, in_fn: bool, out: &mut Vec<Finding>) {
    if let ReturnType::Type(_, ty) = output {
        scan_type(ty, in_fn, out);
    }
}

fn scan_bound(bound: &TypeParamBound, in_fn: bool, out: &mut Vec<Finding>) {
    match bound {
        TypeParamBound::Trait(trait_bound) => scan_path(&trait_bound.path, in_fn, out),
        TypeParamBound::Lifetime(lifetime) if !in_fn && !is_static(lifetime) => {
            out.push(Finding::Lifetime(lifetime.clone()));
        }
        _ => {}
    }
}

fn scan_path(path: &Path, in_fn: bool, out: &mut Vec<Finding>) {
    for segment in &path.segments {
        match &segment.arguments {
            PathArguments::None => {}
            PathArguments::AngleBracketed(args) => {
                for arg in &args.args {
                    match arg {
                        GenericArgument::Lifetime(lifetime) if !in_fn && !is_static(lifetime) => {
                            out.push(Finding::Lifetime(lifetime.clone()));
                        }
                        GenericArgument::Type(ty) => scan_type(ty, in_fn, out),
                        GenericArgument::AssocType(assoc) => scan_type(&assoc.ty, in_fn, out),
                        GenericArgument::Constraint(constraint) => {
                            for bound in &constraint.bounds {
                                scan_bound(bound, in_fn, out);
                            }
                        }
                        _ => {}
                    }
                }
            }
            PathArguments::Parenthesized(args) => {
                for input in &args.inputs {
                    scan_type(&input.ty, true, out);
                }
                scan_return(&args.output, true, out);
            }
        }
    }
}

/// std's types that borrow through a lifetime parameter a path may leave out
/// (`&mut fmt::Formatter` is `&mut Formatter<'_>`): a macro sees no lifetime, so it knows
/// them by name. A user's own type with a hidden lifetime cannot be seen; the compiler
/// then reports the missing lifetime at the user's type.
const HIDDEN_LIFETIME: &[&str] = &[
    "Formatter",
    "Arguments",
    "Location",
    "Context",
    "PanicInfo",
    "PanicHookInfo",
    "IoSlice",
    "IoSliceMut",
    "BorrowedFd",
    "BorrowedSocket",
    "BorrowedHandle",
    "Chars",
    "Components",
    // `std::cell::Ref`, `RefMut`, and windows-rs' `Ref<'a, T>`; guards of std's locks.
    "Ref",
    "RefMut",
    "MutexGuard",
    "RwLockReadGuard",
    "RwLockWriteGuard",
];

/// `Formatter`, `fmt::Formatter` or `Ref<T>` without its lifetime argument.
fn hides_lifetime(path: &Path) -> bool {
    path.segments.last().is_some_and(|last| {
        let no_lifetime = match &last.arguments {
            PathArguments::None => true,
            PathArguments::AngleBracketed(args) => !args
                .args
                .iter()
                .any(|arg| matches!(arg, GenericArgument::Lifetime(_))),
            PathArguments::Parenthesized(_) => false,
        };
        no_lifetime && HIDDEN_LIFETIME.contains(&last.ident.to_string().as_str())
    })
}

/// `Rc<T>`, `std::rc::Rc<T>`, `rc::Weak<T>`: std's types that are never `Send` (a type of
/// the user's that is not `Send` is the compiler's to report).
fn is_std_not_send(path: &Path) -> bool {
    let names: Vec<String> = path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    matches!(
        names
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice(),
        ["Rc"] | [.., "rc", "Rc" | "Weak"]
    )
}

/// std's traits that are not `Send` by themselves: `dyn Error` needs `+ Send` written. A
/// user's trait may have `Send` as a supertrait (`dyn SerialPort` is `Send`), which a
/// macro cannot see: the compiler checks those.
fn is_std_dyn(object: &syn::TypeTraitObject) -> bool {
    const STD_TRAITS: &[&str] = &[
        "Error", "Fn", "FnMut", "FnOnce", "Any", "Debug", "Display", "Iterator", "Read", "Write",
        "Seek", "BufRead", "Future",
    ];
    object.bounds.iter().any(|bound| {
        matches!(bound, TypeParamBound::Trait(bound)
            if bound.path.segments.last().is_some_and(|last| STD_TRAITS.contains(&last.ident.to_string().as_str())))
    })
}

/// `(T)` and invisible groups around `T` are `T`.
pub(crate) fn peel(ty: &Type) -> &Type {
    match ty {
        Type::Paren(paren) => peel(&paren.elem),
        Type::Group(group) => peel(&group.elem),
        other => other,
    }
}

/// The last path segment's name when `ty` is a plain path without arguments (`str`,
/// `std::path::Path`).
pub(crate) fn plain_name(ty: &Type) -> Option<String> {
    match peel(ty) {
        Type::Path(path) if path.qself.is_none() => {
            let last = path.path.segments.last()?;
            matches!(last.arguments, PathArguments::None).then(|| last.ident.to_string())
        }
        _ => None,
    }
}

/// The owned form of the referent of a `&T` parameter: what `begin_` takes.
///
/// `str` → `String`, `[T]` → `Vec<T>`, std's `Path`, `OsStr` and `CStr` written by their
/// full path (`std::path::Path`) → `PathBuf`, `OsString`, `CString`; the same names
/// written alone (`Path`, imported or the user's own type of that name) →
/// `<Path as ToOwned>::Owned`, which is what the type is; anything else → `T` itself
/// (the caller owns one). A `&Owned` then coerces or borrows to `&T` when the server
/// method is called.
pub(crate) fn owned_form(referent: &Type) -> Type {
    let span = referent.span();
    let tokens = match peel(referent) {
        // `&Self::Path` borrows the trait's own `Path`, whatever its name.
        Type::Path(path) if self_projection(path).is_some() => return referent.clone(),
        Type::Slice(slice) => {
            let elem = &slice.elem;
            quote_spanned!(span=> ::std::vec::Vec<#elem>)
        }
        Type::Path(path) if path.qself.is_none() => match std_unsized(&path.path) {
            Some(StdUnsized::Str) => quote_spanned!(span=> ::std::string::String),
            Some(StdUnsized::Path) => quote_spanned!(span=> ::std::path::PathBuf),
            Some(StdUnsized::OsStr) => quote_spanned!(span=> ::std::ffi::OsString),
            Some(StdUnsized::CStr) => quote_spanned!(span=> ::std::ffi::CString),
            Some(StdUnsized::Ambiguous) => {
                quote_spanned!(span=> <#path as ::std::borrow::ToOwned>::Owned)
            }
            None => return referent.clone(),
        },
        other => return other.clone(),
    };
    syn::parse2(tokens).unwrap_or_else(|_| referent.clone())
}

/// std's unsized types that have an owned form of another name.
enum StdUnsized {
    Str,
    Path,
    OsStr,
    CStr,
    /// `Path`, `OsStr` or `CStr` written alone: std's (imported) or the user's own.
    Ambiguous,
}

/// Which of std's unsized types `path` names: `str`; `std::path::Path`,
/// `std::ffi::{OsStr, CStr}` (or `core::ffi::CStr`) by their full path; the bare names
/// are [`StdUnsized::Ambiguous`].
fn std_unsized(path: &Path) -> Option<StdUnsized> {
    if path
        .segments
        .iter()
        .any(|segment| !matches!(segment.arguments, PathArguments::None))
    {
        return None;
    }
    let names: Vec<String> = path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    match names.as_slice() {
        ["str"] if path.leading_colon.is_none() => Some(StdUnsized::Str),
        ["Path" | "OsStr" | "CStr"] if path.leading_colon.is_none() => Some(StdUnsized::Ambiguous),
        ["std", "path", "Path"] => Some(StdUnsized::Path),
        ["std", "ffi", "OsStr"] => Some(StdUnsized::OsStr),
        ["std" | "core" | "alloc", "ffi", "CStr"] => Some(StdUnsized::CStr),
        _ => None,
    }
}

/// For an in/out parameter `&mut T`: the owned type to use instead when `T` is unsized
/// (`[T]` → `Vec<T>`, `str` → `String`, ...), as text for an error message.
pub(crate) fn unsized_in_out(referent: &Type) -> Option<&'static str> {
    match peel(referent) {
        Type::Path(path) if self_projection(path).is_some() => None,
        Type::TraitObject(_) => Some(
            "`&mut dyn Trait` cannot be sent to a worker and back: take `&mut` of an owned, sized type (a concrete type or `Box<dyn Trait + Send>`)",
        ),
        other => match plain_name(other).as_deref() {
            Some("str") => {
                Some("`&mut str` cannot be sent to a worker and back: take `&mut String` instead")
            }
            Some("Path") => {
                Some("`&mut Path` cannot be sent to a worker and back: take `&mut PathBuf` instead")
            }
            Some("OsStr") => Some(
                "`&mut OsStr` cannot be sent to a worker and back: take `&mut OsString` instead",
            ),
            Some("CStr") => {
                Some("`&mut CStr` cannot be sent to a worker and back: take `&mut CString` instead")
            }
            _ => None,
        },
    }
}

/// `Self::X` → `(X, None)`; `<Self as Trait>::X` → `(X, Some(Trait))`. Anything longer
/// (`Self::X::Y`) or otherwise shaped is not a projection of `Self`'s.
pub(crate) fn self_projection(path: &TypePath) -> Option<(Ident, Option<Path>)> {
    let segments = &path.path.segments;
    match &path.qself {
        None => {
            if path.path.leading_colon.is_some() || segments.len() != 2 {
                return None;
            }
            let first = segments.first()?;
            let last = segments.last()?;
            (first.ident == "Self" && matches!(first.arguments, PathArguments::None))
                .then(|| (last.ident.clone(), None))
        }
        Some(qself) => {
            let is_self = matches!(peel(&qself.ty), Type::Path(ty)
                if ty.qself.is_none() && ty.path.is_ident("Self"));
            if !is_self || qself.as_token.is_none() || segments.len() != qself.position + 1 {
                return None;
            }
            let last = segments.last()?;
            let mut trait_path = path.path.clone();
            trait_path.segments = segments.iter().take(qself.position).cloned().collect();
            Some((last.ident.clone(), Some(trait_path)))
        }
    }
}

/// Is `trait_path` (from `<Self as Trait>::X`) the trait `ident` itself?
pub(crate) fn is_own_trait(trait_path: &Path, ident: &Ident) -> bool {
    trait_path.leading_colon.is_none()
        && trait_path.segments.len() == 1
        && trait_path
            .segments
            .first()
            .is_some_and(|segment| segment.ident == *ident)
}

/// `ty` with each `Self::X` and `<Self as Trait>::X` (for `X` in `names`, `Trait` the trait
/// `own`) replaced by `with(X)`: `Self::X` in the asynchronous traits, `__X` in the request
/// and reply enums, as the generated item that holds the type needs.
pub(crate) fn resolve_self(
    ty: &Type,
    names: &[Ident],
    own: &Ident,
    with: &dyn Fn(&Ident) -> TokenStream,
) -> Type {
    let mut ty = ty.clone();
    if !names.is_empty() {
        Resolve { names, own, with }.visit_type_mut(&mut ty);
    }
    ty
}

struct Resolve<'a> {
    names: &'a [Ident],
    own: &'a Ident,
    with: &'a dyn Fn(&Ident) -> TokenStream,
}

impl VisitMut for Resolve<'_> {
    fn visit_type_mut(&mut self, ty: &mut Type) {
        if let Type::Path(path) = ty
            && let Some((ident, trait_path)) = self_projection(path)
            && trait_path.is_none_or(|path| is_own_trait(&path, self.own))
            && self.names.contains(&ident)
        {
            if let Ok(resolved) = syn::parse2((self.with)(&ident)) {
                *ty = resolved;
            }
            return;
        }
        visit_mut::visit_type_mut(self, ty);
    }
}
