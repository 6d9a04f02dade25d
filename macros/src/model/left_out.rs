//! The methods the asynchronous form leaves out, as a trait object leaves them out
//! (generic ones, `where Self: ..`, no receiver), and why: for the generated docs.

use syn::{TraitItemFn, TypeParamBound};

/// Why a provided method is left out when its signature cannot be carried.
pub(super) const PROVIDED_UNCARRIED: &str = "provided, with types the asynchronous form cannot carry (a borrow without an owned form; `strict` says which): the server keeps its default";

/// Why a trait object would leave `method` out (so the asynchronous form, an object
/// safe trait of the call object's, leaves it out too), or `None`.
pub(super) fn left_out_because(method: &TraitItemFn) -> Option<&'static str> {
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
