//! Every rejection, on the model, each spanned at the token the user has to change; all
//! the errors of one trait are collected so that one build shows them all.

mod assoc;
mod method;

use syn::{GenericParam, TraitItem, TypeParamBound};

use crate::errors::Errors;
use crate::model::{self, Interface};

/// Said with every rejection of a method that could be left out instead.
pub(crate) const SKIP_HINT: &str =
    "or leave the method out of the asynchronous form with `#[async_interface(skip)]`";

/// Whether `method` is rejected for its parameter or return types only (a borrow that
/// has no owned form, `Self`, `impl Trait`), while the rest of it (`async`, `unsafe`, the
/// receiver, the argument names) is fine: for the model, which leaves out a provided
/// method whose types it cannot carry.
pub(crate) fn method_is_rejected(method: &crate::model::Method) -> bool {
    let mut all = Errors::default();
    method::check(method, &mut all);
    let mut types = Errors::default();
    method::check_types(method, &mut types);
    let (all, types) = (all.finish().err(), types.finish().err());
    match (all, types) {
        (Some(all), Some(types)) => all.into_iter().count() == types.into_iter().count(),
        _ => false,
    }
}

/// Checks the whole interface, adding every mistake to `errors`.
pub(crate) fn validate(interface: &Interface, errors: &mut Errors) {
    check_trait(interface, errors);
    for bound in &interface.item.supertraits {
        check_supertrait(interface, bound, errors);
    }
    check_listed_bounds(interface, errors);
    for trait_item in &interface.item.items {
        match trait_item {
            // Checked below (the asynchronous ones) or left alone (the skipped ones).
            TraitItem::Fn(_) => {}
            // Associated types named by the asynchronous methods are checked by `assoc`;
            // the others, and consts, take no part in the asynchronous form.
            TraitItem::Const(_) | TraitItem::Type(_) => {}
            TraitItem::Macro(mac) => errors.spanned(
                mac,
                "macro invocations in an #[async_interface] trait are not supported: write the methods out so that the macro sees them",
            ),
            other => errors.spanned(
                other,
                "#[async_interface] does not understand this trait item",
            ),
        }
    }
    for method in &interface.methods {
        method::check(method, errors);
        method::check_cloned_return(interface, method, errors);
    }
    assoc::check(interface, errors);
    check_generated_names(interface, errors);
    check_remote(interface, errors);
}

fn check_trait(interface: &Interface, errors: &mut Errors) {
    let item = interface.item;
    if let Some(unsafety) = &item.unsafety {
        errors.spanned(
            unsafety,
            "`unsafe trait` is not supported: the call object implements the asynchronous trait for any server, so it cannot uphold your safety contract; make the trait safe",
        );
    }
    if let Some(auto_token) = &item.modifiers.auto_token {
        errors.spanned(
            auto_token,
            "an `auto trait` has no methods to call asynchronously; remove `auto`",
        );
    }
    for param in &item.generics.params {
        if let GenericParam::Lifetime(param) = param {
            errors.spanned(
                param,
                "lifetime parameters on the trait are not supported: arguments and results cross to a worker thread, so they cannot borrow for a lifetime of the trait's; use owned types (type and const parameters are fine)",
            );
        }
    }
    // `where Self: Trait` predicates are bounds on the server, like supertraits.
}

fn check_supertrait(interface: &Interface, bound: &TypeParamBound, errors: &mut Errors) {
    let trait_bound = match bound {
        TypeParamBound::Trait(trait_bound) => trait_bound,
        TypeParamBound::Lifetime(_) => return,
        other => {
            errors.spanned(
                other,
                "#[async_interface] does not understand this supertrait bound",
            );
            return;
        }
    };
    if trait_bound.maybe.is_some() || model::is_plain(&trait_bound.path, &interface.listed_bounds) {
        return;
    }
    if let Some(lifetimes) = &trait_bound.lifetimes {
        errors.spanned(
            lifetimes,
            "higher-ranked supertraits (`for<'a>`) are not supported by #[async_interface]; write the supertrait without `for<..>`",
        );
    }
    for segment in &trait_bound.path.segments {
        match &segment.arguments {
            syn::PathArguments::None => {}
            syn::PathArguments::AngleBracketed(args) => {
                for arg in &args.args {
                    if !matches!(
                        arg,
                        syn::GenericArgument::Type(_) | syn::GenericArgument::Const(_)
                    ) {
                        errors.spanned(
                            arg,
                            "a supertrait that is an interface takes type and const arguments only: its asynchronous form and protocol are named with them",
                        );
                    }
                }
            }
            syn::PathArguments::Parenthesized(args) => errors.spanned(
                args,
                "`Fn(..)` supertraits are not interfaces; an #[async_interface] trait derives from other #[async_interface] traits and from marker and std traits only",
            ),
        }
    }
}

/// Each `bounds(..)` entry names a supertrait.
fn check_listed_bounds(interface: &Interface, errors: &mut Errors) {
    let item = interface.item;
    for listed in &interface.listed_bounds {
        let found = item.supertraits.iter().any(|bound| {
            matches!(bound, TypeParamBound::Trait(bound) if model::names_supertrait(listed, &bound.path))
        });
        if !found {
            errors.spanned(
                listed,
                format!(
                    "`{}` is not a supertrait of `{}`: `bounds(..)` lists the supertraits that are plain traits (bounds on the server, with no asynchronous form); write it after `{}:` or remove it here",
                    crate::args::path_to_string(listed),
                    interface.name,
                    interface.name
                ),
            );
        }
    }
}

/// A method named like the pair of another (`begin_x` next to `x`).
fn check_generated_names(interface: &Interface, errors: &mut Errors) {
    let all = interface
        .methods
        .iter()
        .map(|method| method.item)
        .chain(interface.skipped.iter().copied())
        .chain(interface.left_out.iter().map(|(method, _)| *method));
    let all: Vec<_> = all.collect();
    for method in &interface.methods {
        for generated in [&method.begin_ident, &method.finish_ident] {
            if let Some(other) = all.iter().find(|other| other.sig.ident == *generated) {
                errors.spanned(
                    &other.sig.ident,
                    format!(
                        "`{generated}` is also the name #[async_interface] gives to the asynchronous form of `{}`; rename one of the two methods, {SKIP_HINT}",
                        method.ident
                    ),
                );
            }
        }
    }
}

/// Rejections that only concern `remote` (the option itself is checked in `args`).
fn check_remote(interface: &Interface, errors: &mut Errors) {
    if let Some(option) = &interface.remote
        && interface.has_assoc()
    {
        errors.spanned(
            option,
            "`remote` does not support associated types in method signatures yet: name the concrete types in the methods, or drop `remote` and serve the trait in this process",
        );
    }
}

pub(crate) fn mentions_self(tokens: proc_macro2::TokenStream) -> bool {
    tokens.into_iter().any(|token| match token {
        proc_macro2::TokenTree::Ident(ident) => ident == "Self",
        proc_macro2::TokenTree::Group(group) => mentions_self(group.stream()),
        _ => false,
    })
}

/// `Arc < Self >` as written: `Arc<Self>`.
pub(crate) fn compact(tokens: &str) -> String {
    let mut text = tokens.to_owned();
    for (spaced, tight) in [
        (" < ", "<"),
        ("< ", "<"),
        (" >", ">"),
        (" :: ", "::"),
        (":: ", "::"),
        ("& ", "&"),
        (" ,", ","),
        (" (", "("),
    ] {
        text = text.replace(spaced, tight);
    }
    text
}
