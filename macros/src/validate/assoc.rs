//! The rejections of associated types named by the asynchronous methods (`Self::Item`).

use quote::ToTokens;
use syn::{TraitItem, TraitItemType, Type, TypeParamBound};

use super::{SKIP_HINT, compact, mentions_self};
use crate::errors::Errors;
use crate::model::Interface;
use crate::model::types::{self, Finding};

/// `Self::X` in the asynchronous methods: `X` must be an associated type declared in this
/// trait (or, when the trait has plain supertraits, in one of them), plain (no generics,
/// `where` clause or `#[cfg]`), sized, with bounds that do not name `Self`, in a trait
/// without interface supertraits. `Send + 'static` are added when missing.
pub(super) fn check(interface: &Interface, errors: &mut Errors) {
    let item = interface.item;
    let trait_ident = &item.ident;
    let declared: Vec<&TraitItemType> = item
        .items
        .iter()
        .filter_map(|item| match item {
            TraitItem::Type(ty) => Some(ty),
            _ => None,
        })
        .collect();
    let mut used: Vec<&TraitItemType> = Vec::new();
    // One error per undeclared name, at its first use.
    let mut reported: Vec<syn::Ident> = Vec::new();
    for method in &interface.methods {
        let tys: Vec<&Type> = method
            .params
            .iter()
            .map(|param| param.ty)
            .chain(std::iter::once(&method.ret))
            .collect();
        for finding in tys.into_iter().flat_map(types::scan) {
            let Finding::SelfAssoc {
                ident,
                trait_path,
                tokens,
            } = finding
            else {
                continue;
            };
            if let Some(path) = trait_path
                && !types::is_own_trait(&path, trait_ident)
            {
                errors.spanned(
                    tokens,
                    format!(
                        "`<Self as {}>::{ident}` is an associated type of another trait: the asynchronous form declares only `{trait_ident}`'s own associated types; declare `type {ident}: Send + 'static;` in `{trait_ident}` and use `Self::{ident}`, use a concrete type, {SKIP_HINT}",
                        compact(&path.to_token_stream().to_string())
                    ),
                );
                continue;
            }
            match declared.iter().find(|ty| ty.ident == ident) {
                Some(ty) => {
                    if !used.iter().any(|used| used.ident == ident) {
                        used.push(ty);
                    }
                }
                // Declared by a plain supertrait (`ErrorType`): the model carries it.
                None if !interface.plain_supers.is_empty()
                    || !interface.listed_bounds.is_empty() => {}
                None if reported.contains(&ident) => {}
                None => {
                    errors.spanned(
                        tokens,
                        format!(
                            "`Self::{ident}` is not an associated type declared in `{trait_ident}`: the asynchronous form carries `{trait_ident}`'s own associated types and those of its plain supertraits; declare `type {ident}: Send + 'static;` in `{trait_ident}`, name the plain supertrait that declares it in `#[async_interface(bounds(Supertrait))]`, use a concrete type, {SKIP_HINT}"
                        ),
                    );
                    reported.push(ident);
                }
            }
        }
    }
    if let (Some(first), Some(sup)) = (used.first(), interface.supers.first()) {
        errors.spanned(
            &first.ident,
            format!(
                "associated types in the asynchronous methods of a trait that derives from an interface (`{}`) are not supported: the derived trait's calls carry its supertraits' calls, whose types a macro cannot see; use concrete types or type parameters of the trait here, {SKIP_HINT}",
                sup.ident
            ),
        );
    }
    for ty in used {
        check_used_assoc(ty, errors);
    }
}

/// An associated type that the asynchronous methods name, at its declaration.
fn check_used_assoc(ty: &TraitItemType, errors: &mut Errors) {
    let ident = &ty.ident;
    if !ty.generics.params.is_empty() {
        errors.spanned(
            &ty.generics,
            format!(
                "generic associated types cannot be used by asynchronous methods: the asynchronous trait stays object safe, and values cross to a worker thread, with no lifetime of the caller's to borrow for; declare `type {ident}: Send + 'static;` without parameters, {SKIP_HINT}"
            ),
        );
    }
    if let Some(where_clause) = &ty.generics.where_clause {
        errors.spanned(
            where_clause,
            format!(
                "`where` clauses on an associated type used by asynchronous methods are not supported; write its bounds after the colon (`type {ident}: Send + 'static + ..;`)"
            ),
        );
    }
    for attr in ty.attrs.iter().filter(|attr| attr.path().is_ident("cfg")) {
        errors.spanned(
            attr,
            format!(
                "`#[cfg]` on an associated type used by asynchronous methods is not supported: the generated code names `{ident}` in bounds that cannot be configured away; remove the `#[cfg]`, {SKIP_HINT}"
            ),
        );
    }
    // `Send + 'static` are added where the trait leaves them out (the model's `sendable`).
    for bound in &ty.bounds {
        if let TypeParamBound::Trait(bound) = bound {
            if bound.maybe.is_some() {
                errors.spanned(
                    bound,
                    format!("`{ident}` is used by asynchronous methods, which move its values to a worker thread and back, so it must be sized; remove `?Sized`"),
                );
                continue;
            }
            if mentions_self(bound.to_token_stream()) {
                errors.spanned(
                    bound,
                    format!("the bounds of an associated type used by asynchronous methods cannot name `Self`: #[async_interface] repeats them on the asynchronous and server-side traits, where `Self` is another type; bound `{ident}` without `Self`"),
                );
            }
        }
    }
}
