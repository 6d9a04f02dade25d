//! The rejections of one method of the asynchronous form: its signature, receiver,
//! parameters and return type.

use quote::ToTokens;
use syn::{GenericParam, Pat, Receiver, ReceiverKind, ReturnType, Safety, Type};

use super::{SKIP_HINT, compact};
use crate::errors::Errors;
use crate::model::types::{self, Finding};
use crate::model::{Method, Role};

/// A borrowed return of a type parameter or associated type (`-> &T`, `Option<&Self::Item>`)
/// is copied with `Clone` on the worker: its declaration must say `Clone` (or `Copy`), or
/// the expansion would not compile.
pub(super) fn check_cloned_return(
    interface: &crate::model::Interface,
    method: &Method,
    errors: &mut Errors,
) {
    use crate::model::{Copier, OwnedReturn};
    let Some(
        OwnedReturn::Ref(Copier::Clone)
        | OwnedReturn::Option(Copier::Clone)
        | OwnedReturn::Result(Copier::Clone),
    ) = method.owned_ret
    else {
        return;
    };
    let item = interface.item;
    fn clone_bound<'b>(mut bounds: impl Iterator<Item = &'b syn::TypeParamBound>) -> bool {
        bounds.any(|bound| {
            matches!(bound, syn::TypeParamBound::Trait(bound)
                if bound.path.segments.last().is_some_and(|last| last.ident == "Clone" || last.ident == "Copy"))
        })
    }
    let where_bounds = |ident: &syn::Ident| -> bool {
        item.generics
            .where_clause
            .iter()
            .flat_map(|clause| &clause.predicates)
            .any(|predicate| {
                matches!(predicate, syn::WherePredicate::Type(predicate)
                if matches!(&predicate.bounded_ty, Type::Path(ty) if ty.path.is_ident(ident))
                && clone_bound(predicate.bounds.iter()))
            })
    };
    let ty = &method.ret;
    let named = match types::peel(ty) {
        Type::Path(path) => match path.path.segments.last().map(|last| &last.arguments) {
            Some(syn::PathArguments::AngleBracketed(args))
                if method.owned_ret != Some(OwnedReturn::Ref(Copier::Clone)) =>
            {
                match args.args.first() {
                    Some(syn::GenericArgument::Type(first)) => first.clone(),
                    _ => return,
                }
            }
            _ => ty.clone(),
        },
        _ => return,
    };
    let Type::Path(path) = types::peel(&named) else {
        return;
    };
    if let Some(ident) = path.path.get_ident()
        && let Some(param) = item
            .generics
            .type_params()
            .find(|param| param.ident == *ident)
        && !clone_bound(param.bounds.iter())
        && !where_bounds(ident)
    {
        errors.spanned(
            &named,
            format!("`finish_` returns an owned copy of this borrowed return, made with `Clone` on the worker: bound the parameter `{ident}: Clone`"),
        );
    }
    if let Some((ident, None)) = types::self_projection(path)
        && let Some(declared) = item.items.iter().find_map(|item| match item {
            syn::TraitItem::Type(ty) if ty.ident == ident => Some(ty),
            _ => None,
        })
        && !clone_bound(declared.bounds.iter())
    {
        errors.spanned(
            &named,
            format!("`finish_` returns an owned copy of this borrowed return, made with `Clone` on the worker: declare `type {ident}: Clone;`"),
        );
    }
}

pub(super) fn check(method: &Method, errors: &mut Errors) {
    check_signature(method, errors);
    let sig = &method.item.sig;
    match sig.receiver() {
        Some(receiver) => check_receiver(receiver, errors),
        None => errors.spanned(
            &sig.ident,
            format!(
                "a method without `self` cannot be called on a server: #[async_interface] calls each method on the server the call object holds; take `&self`, {SKIP_HINT}"
            ),
        ),
    }
    for arg in &sig.inputs {
        let syn::FnArg::Typed(arg) = arg else {
            continue;
        };
        match &*arg.pat {
            Pat::Ident(pat) if pat.by_ref.is_none() && pat.subpat.is_none() => {
                if pat.ident.to_string().starts_with("__") {
                    errors.spanned(&pat.ident, "argument names starting with `__` are reserved for the code #[async_interface] generates; rename the argument");
                }
            }
            pat => errors.spanned(
                pat,
                "write a plain name here (`name: Type`): #[async_interface] stores each argument under its name until a worker runs the call",
            ),
        }
    }
    check_types(method, errors);
}

/// The parameter and return types alone.
pub(super) fn check_types(method: &Method, errors: &mut Errors) {
    for param in &method.params {
        check_param_type(param.ty, param.role, &param.owned, errors);
    }
    // The owned form of a borrowed return (`&str` → `String`); anything that still
    // borrows is reported at the user's tokens (the owned form keeps their spans).
    if let ReturnType::Type(..) = &method.item.sig.output {
        check_return_type(&method.ret, errors);
    }
}

/// `const`, `async`, `unsafe`, `extern`, variadics, generics and `where` clauses.
fn check_signature(method: &Method, errors: &mut Errors) {
    let sig = &method.item.sig;
    if let Some(constness) = &sig.constness {
        errors.spanned(
            constness,
            "`const fn` cannot be called asynchronously; remove `const`",
        );
    }
    if let Some(asyncness) = &sig.asyncness {
        errors.spanned(
            asyncness,
            format!(
                "`async fn` is not supported: #[async_interface] makes the asynchronous form itself (`begin_`/`finish_`); write a plain `fn`, {SKIP_HINT}"
            ),
        );
    }
    if let Safety::Unsafe(unsafety) = &sig.safety {
        errors.spanned(
            unsafety,
            format!("`unsafe fn` is not supported: a worker thread calls the method, where the caller's safety contract cannot be upheld; make it safe, {SKIP_HINT}"),
        );
    }
    if let Some(abi) = &sig.abi {
        errors.spanned(
            abi,
            "`extern` methods are not supported by #[async_interface]; remove the ABI",
        );
    }
    if let Some(variadic) = &sig.variadic {
        errors.spanned(
            variadic,
            "variadic methods are not supported: take a `Vec<T>` instead",
        );
    }
    for param in &sig.generics.params {
        if !matches!(param, GenericParam::Lifetime(_)) {
            errors.spanned(
                param,
                format!(
                    "generic methods are not supported: the call object stores the arguments, so it must name their types; use a concrete type or `Box<dyn Trait + Send>`, {SKIP_HINT}"
                ),
            );
        }
    }
    if let Some(where_clause) = &sig.generics.where_clause {
        errors.spanned(
            where_clause,
            format!("`where` clauses on methods are not supported; remove it, {SKIP_HINT}"),
        );
    }
}

fn check_receiver(receiver: &Receiver, errors: &mut Errors) {
    match &receiver.kind {
        // `&mut self`: the call object holds the server behind a lock.
        ReceiverKind::Reference(_, _, _) => {}
        ReceiverKind::Value => errors.spanned(
            receiver,
            format!("`self` by value is not supported: the call object shares the server through an `Arc` and calls it through a reference; take `&self`, {SKIP_HINT}"),
        ),
        ReceiverKind::Typed(_, ty) => {
            let is_ref_self = matches!(types::peel(ty), Type::Reference(reference)
                if types::plain_name(&reference.elem).as_deref() == Some("Self"));
            if !is_ref_self {
                errors.spanned(
                    receiver,
                    format!(
                        "`self: {}` is not supported: the call object holds the server in an `Arc` and calls it through `&self`; take `&self`, {SKIP_HINT}",
                        compact(&ty.to_token_stream().to_string())
                    ),
                );
            }
        }
        _ => errors.spanned(receiver, format!("this receiver is not supported; take `&self`, {SKIP_HINT}")),
    }
}

const RAW_POINTER_MESSAGE: &str = "raw pointers cannot cross to a worker thread: they are not `Send`, and they point into the caller's memory, which the call outlives; take an owned value (`Vec<T>`, `String`), or `&mut T` / `&mut [T]` for what the server writes back";

const RC_MESSAGE: &str = "`Rc` is not `Send`: the call's arguments and result cross to a worker thread and back; use `Arc` (or an owned value)";

const SELF_MESSAGE: &str = "`Self` is not supported in parameter or return types: the call object serves any server type, so it cannot name `Self`; use a concrete type, or an associated type of this trait (`Self::Item`)";

const IMPL_ARG_MESSAGE: &str = "`impl Trait` arguments are not supported: the call object stores the argument, so it must name its type; take a concrete type or `Box<dyn Trait + Send>`";

fn check_param_type(ty: &Type, role: Role, owned: &Type, errors: &mut Errors) {
    if role == Role::Value {
        for finding in types::scan(ty) {
            match finding {
                Finding::Reference(tokens) => errors.spanned(
                    tokens,
                    "this parameter type borrows: the argument is sent to a worker thread, so it must own its data; take an owned type (`String`, `Vec<T>`, `T`)",
                ),
                Finding::Lifetime(lifetime) => errors.spanned(
                    &lifetime,
                    "this parameter type borrows (it has a lifetime other than `'static`): the argument is sent to a worker thread; take an owned type",
                ),
                Finding::ImplTrait(tokens) => errors.spanned(tokens, IMPL_ARG_MESSAGE),
                Finding::SelfType(tokens) => errors.spanned(tokens, SELF_MESSAGE),
                Finding::DynNotSend(tokens) => dyn_not_send(tokens, errors),
                Finding::RawPointer(tokens) => errors.spanned(tokens, RAW_POINTER_MESSAGE),
                Finding::NotSend(tokens) => errors.spanned(tokens, RC_MESSAGE),
                Finding::SelfAssoc { .. } => {}
            }
        }
        return;
    }
    let Type::Reference(reference) = types::peel(ty) else {
        // `Option<&T>`: its owned form is checked like any other.
        if let Role::OptionRef { .. } = role {
            check_owned(owned, errors);
        }
        return;
    };
    if role == Role::Buffer {
        // `Vec<T>` of the element type: checked below like any owned form.
    } else if role == Role::InOut {
        if let Some(message) = types::unsized_in_out(&reference.elem) {
            errors.spanned(ty, message);
            return;
        }
    } else if let Type::TraitObject(_) = types::peel(&reference.elem) {
        errors.spanned(
            ty,
            "`&dyn Trait` cannot be sent to a worker, which needs an owned value: take `Box<dyn Trait + Send>` or a concrete type",
        );
        return;
    }
    check_owned(owned, errors);
}

/// The owned form `begin_` stores: nothing in it may still borrow.
fn check_owned(owned: &Type, errors: &mut Errors) {
    for finding in types::scan(owned) {
        match finding {
            Finding::Reference(tokens) => errors.spanned(
                tokens,
                "the referenced type borrows: `begin_` stores an owned copy of the argument for a worker thread, and that copy would still borrow; use an owned type here (`String`, `Vec<T>`, `T`)",
            ),
            Finding::Lifetime(lifetime) => errors.spanned(
                &lifetime,
                "the referenced type borrows (it has a lifetime other than `'static`): `begin_` stores an owned copy for a worker thread; use an owned type here",
            ),
            Finding::ImplTrait(tokens) => errors.spanned(tokens, IMPL_ARG_MESSAGE),
            Finding::SelfType(tokens) => errors.spanned(tokens, SELF_MESSAGE),
            Finding::DynNotSend(tokens) => dyn_not_send(tokens, errors),
                Finding::RawPointer(tokens) => errors.spanned(tokens, RAW_POINTER_MESSAGE),
                Finding::NotSend(tokens) => errors.spanned(tokens, RC_MESSAGE),
            Finding::SelfAssoc { .. } => {}
        }
    }
}

fn check_return_type(ty: &Type, errors: &mut Errors) {
    for finding in types::scan(ty) {
        match finding {
            Finding::Reference(tokens) => errors.spanned(
                tokens,
                "the return type borrows: the result is made on a worker thread and handed over by `finish_`, after the call has ended; return an owned type (`String`, `Vec<T>`, `T`) instead",
            ),
            Finding::Lifetime(lifetime) => errors.spanned(
                &lifetime,
                "the return type borrows (it has a lifetime other than `'static`): the result outlives the call; return an owned type instead",
            ),
            Finding::ImplTrait(tokens) => errors.spanned(
                tokens,
                "`impl Trait` in the return type is not supported: the call object stores the result, so it must name its type; return a concrete type or `Box<dyn Trait + Send>`",
            ),
            Finding::SelfType(tokens) => errors.spanned(tokens, SELF_MESSAGE),
            Finding::DynNotSend(tokens) => dyn_not_send(tokens, errors),
                Finding::RawPointer(tokens) => errors.spanned(tokens, RAW_POINTER_MESSAGE),
                Finding::NotSend(tokens) => errors.spanned(tokens, RC_MESSAGE),
            // Checked with the whole trait in view, by `assoc`.
            Finding::SelfAssoc { .. } => {}
        }
    }
}

/// `Box<dyn Error>`: the one error, at the trait object, saying what to write.
fn dyn_not_send(tokens: proc_macro2::TokenStream, errors: &mut Errors) {
    let written = compact(&tokens.to_string());
    let written = written.trim_start_matches("dyn ");
    let is_error = written.starts_with("Error") || written.contains("::Error");
    let add = if is_error { "+ Send + Sync" } else { "+ Send" };
    errors.spanned(
        tokens,
        format!(
            "`dyn {written}` without `+ Send` cannot cross to a worker thread (the call's arguments and result do): write `dyn {written} {add}`"
        ),
    );
}
