//! Every rejection, each spanned at the token the user has to change; all the errors of
//! one trait are combined so that one build shows them all.

use std::collections::HashSet;

use quote::ToTokens;
use syn::{
    Error, FnArg, GenericParam, ItemTrait, Pat, Receiver, ReceiverKind, ReturnType, Safety,
    TraitItem, TraitItemFn, TraitItemType, Type, TypeParamBound,
};

use crate::args;
use crate::model::{self, ParamKind};
use crate::types::{self, Finding};

/// Collects errors; `combine`s them into one.
#[derive(Default)]
pub(crate) struct Errors(Option<Error>);

impl Errors {
    pub fn push(&mut self, error: Error) {
        match &mut self.0 {
            Some(errors) => errors.combine(error),
            None => self.0 = Some(error),
        }
    }

    pub fn spanned(&mut self, tokens: impl ToTokens, message: impl std::fmt::Display) {
        self.push(Error::new_spanned(tokens, message));
    }

    pub fn finish(self) -> Result<(), Error> {
        match self.0 {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

const SKIP_HINT: &str =
    "or leave the method out of the asynchronous form with `#[async_interface(skip)]`";

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

/// Checks the whole trait; `Err` holds every mistake found.
pub(crate) fn validate(item: &ItemTrait, errors: &mut Errors) {
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
    if let Some(where_clause) = &item.generics.where_clause {
        for predicate in &where_clause.predicates {
            if mentions_self(predicate.to_token_stream()) {
                errors.spanned(
                    predicate,
                    "`where` predicates on `Self` are not supported on an #[async_interface] trait: the call object serves any server type; bound the trait's type parameters, or write `Self` bounds as supertraits",
                );
            }
        }
    }
    for bound in &item.supertraits {
        check_supertrait(bound, errors);
    }

    let all_names: HashSet<String> = item
        .items
        .iter()
        .filter_map(|item| match item {
            TraitItem::Fn(method) => Some(method.sig.ident.to_string()),
            _ => None,
        })
        .collect();
    for trait_item in &item.items {
        match trait_item {
            TraitItem::Fn(method) => {
                match args::method_skip(&method.attrs) {
                    Ok(true) => continue,
                    Ok(false) => {}
                    Err(error) => {
                        errors.push(error);
                        continue;
                    }
                }
                check_method(method, errors);
            }
            // Associated types named by the asynchronous methods are checked by
            // `check_assoc_uses`; the others, and consts, take no part in the asynchronous
            // form (consts are exposed on the call object).
            TraitItem::Const(_) | TraitItem::Type(_) => {}
            TraitItem::Macro(mac) => errors.spanned(
                mac,
                "macro invocations in an #[async_interface] trait are not supported: write the methods out so that the macro sees them",
            ),
            other => errors.spanned(other, "#[async_interface] does not understand this trait item"),
        }
    }
    check_assoc_uses(item, errors);
    for method in model::async_methods(item) {
        for generated in [
            model::begin_ident(&method.sig.ident),
            model::finish_ident(&method.sig.ident),
        ] {
            if all_names.contains(&generated.to_string())
                && let Some(other) = item.items.iter().find_map(|item| match item {
                    TraitItem::Fn(other) if other.sig.ident == generated => Some(other),
                    _ => None,
                })
            {
                errors.spanned(
                    &other.sig.ident,
                    format!(
                        "`{generated}` is also the name #[async_interface] gives to the asynchronous form of `{}`; rename one of the two methods, {SKIP_HINT}",
                        method.sig.ident
                    ),
                );
            }
        }
    }
}

/// Is `path` a marker or std trait (passed over), rather than an interface?
pub(crate) fn passed_over(path: &syn::Path) -> bool {
    path.segments
        .last()
        .is_some_and(|last| PASSED_OVER.contains(&last.ident.to_string().as_str()))
}

fn check_supertrait(bound: &TypeParamBound, errors: &mut Errors) {
    match bound {
        TypeParamBound::Trait(trait_bound) => {
            if trait_bound.maybe.is_some() || passed_over(&trait_bound.path) {
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
                            match arg {
                                syn::GenericArgument::Type(_) | syn::GenericArgument::Const(_) => {}
                                other => errors.spanned(
                                    other,
                                    "a supertrait that is an interface takes type and const arguments only: its asynchronous form, requests and replies are named with them",
                                ),
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
        TypeParamBound::Lifetime(_) => {}
        other => errors.spanned(
            other,
            "#[async_interface] does not understand this supertrait bound",
        ),
    }
}

fn check_method(method: &TraitItemFn, errors: &mut Errors) {
    let sig = &method.sig;
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
        match param {
            GenericParam::Lifetime(_) => {}
            GenericParam::Type(_) | GenericParam::Const(_) => errors.spanned(
                param,
                format!(
                    "generic methods are not supported: the call object stores the arguments, so it must name their types; use a concrete type or `Box<dyn Trait + Send>`, {SKIP_HINT}"
                ),
            ),
        }
    }
    if let Some(where_clause) = &sig.generics.where_clause {
        errors.spanned(
            where_clause,
            format!("`where` clauses on methods are not supported; remove it, {SKIP_HINT}"),
        );
    }

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
        let FnArg::Typed(arg) = arg else { continue };
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
        check_param_type(&arg.ty, errors);
    }

    if let ReturnType::Type(_, ty) = &sig.output {
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
                // Checked with the whole trait in view, by `check_assoc_uses`.
                Finding::SelfAssoc { .. } => {}
            }
        }
    }
}

const SELF_MESSAGE: &str = "`Self` is not supported in parameter or return types: the call object serves any server type, so it cannot name `Self`; use a concrete type, or an associated type of this trait (`Self::Item`)";

fn check_receiver(receiver: &Receiver, errors: &mut Errors) {
    match &receiver.kind {
        // `&mut self`: the call object holds the server behind a `std::sync::Mutex`.
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

fn check_param_type(ty: &Type, errors: &mut Errors) {
    let kind = model::param_kind(ty);
    if let (ParamKind::Borrowed { .. } | ParamKind::InOut { .. }, Type::Reference(reference)) =
        (&kind, types::peel(ty))
    {
        if reference.mutability.is_some() {
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
        for finding in types::scan(kind.in_ty()) {
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
                Finding::SelfAssoc { .. } => {}
            }
        }
        return;
    }
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
            Finding::SelfAssoc { .. } => {}
        }
    }
}

/// `Self::X` in the asynchronous methods: `X` must be an associated type declared in this
/// trait, plain (no generics, `where` clause or `#[cfg]`), sized, `Send + 'static`, with
/// bounds that do not name `Self`, in a trait without interface supertraits.
fn check_assoc_uses(item: &ItemTrait, errors: &mut Errors) {
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
    for method in model::async_methods(item) {
        let mut tys: Vec<&Type> = method
            .sig
            .inputs
            .iter()
            .filter_map(|arg| match arg {
                FnArg::Typed(arg) => Some(&*arg.ty),
                FnArg::Receiver(_) => None,
            })
            .collect();
        if let ReturnType::Type(_, ty) = &method.sig.output {
            tys.push(ty);
        }
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
                None => errors.spanned(
                    tokens,
                    format!(
                        "`Self::{ident}` is not an associated type declared in `{trait_ident}`: the asynchronous form and the call object carry only `{trait_ident}`'s own associated types (not inherited ones); declare `type {ident}: Send + 'static;` in `{trait_ident}`, use a concrete type, {SKIP_HINT}"
                    ),
                ),
            }
        }
    }
    let supers = model::supers(item);
    if let (Some(first), Some(sup)) = (used.first(), supers.first()) {
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
    let mut send = false;
    let mut statik = false;
    for bound in &ty.bounds {
        match bound {
            TypeParamBound::Trait(bound) => {
                if bound.maybe.is_some() {
                    errors.spanned(
                        bound,
                        format!("`{ident}` is used by asynchronous methods, which move its values to a worker thread and back, so it must be sized; remove `?Sized`"),
                    );
                    continue;
                }
                if bound
                    .path
                    .segments
                    .last()
                    .is_some_and(|last| last.ident == "Send")
                {
                    send = true;
                }
                if mentions_self(bound.to_token_stream()) {
                    errors.spanned(
                        bound,
                        format!("the bounds of an associated type used by asynchronous methods cannot name `Self`: #[async_interface] repeats them on the asynchronous and server-side traits, where `Self` is another type; bound `{ident}` without `Self`"),
                    );
                }
            }
            TypeParamBound::Lifetime(lifetime) if lifetime.ident == "static" => statik = true,
            _ => {}
        }
    }
    if !(send && statik) {
        let missing = match (send, statik) {
            (false, false) => "`Send + 'static`",
            (false, true) => "`Send`",
            _ => "`'static`",
        };
        errors.spanned(
            ident,
            format!(
                "`{ident}` is used by asynchronous methods, whose arguments and results cross to a worker thread and outlive the caller's borrows: declare it `type {ident}: Send + 'static;` (missing: {missing}; write them even when another bound implies them)"
            ),
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

const IMPL_ARG_MESSAGE: &str = "`impl Trait` arguments are not supported: the call object stores the argument, so it must name its type; take a concrete type or `Box<dyn Trait + Send>`";

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
    ] {
        text = text.replace(spaced, tight);
    }
    text
}
