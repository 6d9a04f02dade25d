//! The trait's generics, spelled once in each form the generated items need.

use std::collections::HashMap;

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{GenericParam, Generics};

/// `K: Ord, V, const N: usize` of `trait IStore<K: Ord, V, const N: usize> where V: Clone`,
/// spelled for arguments, impls, the enums and the call object's alias.
pub(crate) struct Spelled {
    /// `K, V, N`.
    pub args: Vec<TokenStream>,
    /// `K: Ord + Send + 'static, V: Clone + Send + 'static, const N: usize`: every
    /// bound of a type parameter in one place (clippy's `multiple_bound_locations`
    /// would otherwise fire on the user's name), and `Send + 'static`, because its
    /// values cross to a worker thread.
    pub params: Vec<TokenStream>,
    /// `K, V, const N: usize`, with the trait's defaults and without bounds (a type
    /// alias does not check bounds).
    pub alias_params: Vec<TokenStream>,
    /// `K, V, const N: usize`: neither bounds nor defaults.
    pub bare_params: Vec<TokenStream>,
    /// The `where` predicates that are not plain bounds on a type parameter.
    pub predicates: Vec<TokenStream>,
}

impl Spelled {
    pub fn new(generics: &Generics) -> Spelled {
        let type_params: Vec<String> = generics
            .type_params()
            .map(|param| param.ident.to_string())
            .collect();
        let mut predicates = Vec::new();
        let mut extra: HashMap<String, Vec<TokenStream>> = HashMap::new();
        for predicate in generics
            .where_clause
            .iter()
            .flat_map(|clause| &clause.predicates)
        {
            if let syn::WherePredicate::Type(predicate) = predicate
                && predicate.lifetimes.is_none()
                && let syn::Type::Path(path) = &predicate.bounded_ty
                && path.qself.is_none()
                && let Some(ident) = path.path.get_ident()
                && type_params.contains(&ident.to_string())
            {
                let entry = extra.entry(ident.to_string()).or_default();
                entry.extend(
                    predicate
                        .bounds
                        .iter()
                        .filter(|bound| !is_maybe(bound))
                        .map(ToTokens::to_token_stream),
                );
                continue;
            }
            // `where Self: Trait` bounds the server, as a supertrait does: `S: IFoo`
            // implies it, and the generated items have no `Self` of the trait's.
            if mentions_self(predicate.to_token_stream()) {
                continue;
            }
            predicates.push(predicate.to_token_stream());
        }
        let mut spelled = Spelled {
            args: Vec::new(),
            params: Vec::new(),
            alias_params: Vec::new(),
            bare_params: Vec::new(),
            predicates,
        };
        for param in &generics.params {
            match param {
                GenericParam::Type(param) => {
                    let ident = &param.ident;
                    // `?Sized` is left out: the generated items store the parameter's
                    // values (in a request or a reply), so they serve sized ones only.
                    let mut bounds: Vec<TokenStream> = param
                        .bounds
                        .iter()
                        .filter(|bound| !is_maybe(bound))
                        .map(ToTokens::to_token_stream)
                        .collect();
                    bounds.extend(extra.remove(&ident.to_string()).unwrap_or_default());
                    bounds.push(quote!(::core::marker::Send));
                    bounds.push(quote!('static));
                    spelled.args.push(ident.to_token_stream());
                    spelled.params.push(quote!(#ident: #(#bounds)+*));
                    let default = param.default.as_ref().map(|(_, ty)| quote!(= #ty));
                    spelled.alias_params.push(quote!(#ident #default));
                    spelled.bare_params.push(ident.to_token_stream());
                }
                GenericParam::Const(param) => {
                    spelled.args.push(param.ident.to_token_stream());
                    let mut bare = param.clone();
                    bare.default = None;
                    spelled.params.push(bare.to_token_stream());
                    spelled.bare_params.push(bare.to_token_stream());
                    spelled.alias_params.push(param.to_token_stream());
                }
                // Validation rejects them.
                GenericParam::Lifetime(_) => {}
            }
        }
        spelled
    }

    /// The alias's parameters with `Self` in a default (`trait Add<Rhs = Self>`) read as
    /// the server `server`: in `AddCall<S, Rhs = S>`, `Self` is the server's type.
    pub fn alias_params_for(&self, server: &syn::Ident) -> Vec<TokenStream> {
        self.alias_params
            .iter()
            .map(|tokens| replace_self(tokens.clone(), server))
            .collect()
    }

    /// The trait's `where` clause as the generated traits repeat it: without the
    /// predicates on `Self` (`where Self: Sized` would make `AsyncIFoo` not object safe;
    /// they bound the server, which `S: IFoo` says).
    pub fn trait_where_clause(&self, generics: &Generics) -> TokenStream {
        let predicates: Vec<&syn::WherePredicate> = generics
            .where_clause
            .iter()
            .flat_map(|clause| &clause.predicates)
            .filter(|predicate| !mentions_self(predicate.to_token_stream()))
            .collect();
        if predicates.is_empty() {
            quote!()
        } else {
            quote!(where #(#predicates,)*)
        }
    }

    /// `where` and the predicates and `more`, or nothing.
    pub fn where_clause_with(&self, more: impl Iterator<Item = TokenStream>) -> TokenStream {
        let predicates: Vec<TokenStream> = self.predicates.iter().cloned().chain(more).collect();
        if predicates.is_empty() {
            quote!()
        } else {
            quote!(where #(#predicates,)*)
        }
    }

    /// `where` and the predicates, or nothing.
    pub fn where_clause(&self) -> TokenStream {
        let predicates = &self.predicates;
        if predicates.is_empty() {
            quote!()
        } else {
            quote!(where #(#predicates,)*)
        }
    }
}

/// `<a, b>`, or nothing for an empty list.
pub(crate) fn angle(items: &[TokenStream]) -> TokenStream {
    if items.is_empty() {
        quote!()
    } else {
        quote!(<#(#items),*>)
    }
}

/// `?Sized`.
fn is_maybe(bound: &syn::TypeParamBound) -> bool {
    matches!(bound, syn::TypeParamBound::Trait(bound) if bound.maybe.is_some())
}

/// `tokens` with each `Self` replaced by `with`.
fn replace_self(tokens: TokenStream, with: &syn::Ident) -> TokenStream {
    tokens
        .into_iter()
        .map(|token| match token {
            proc_macro2::TokenTree::Ident(ident) if ident == "Self" => {
                proc_macro2::TokenTree::Ident(with.clone())
            }
            proc_macro2::TokenTree::Group(group) => {
                let mut inner =
                    proc_macro2::Group::new(group.delimiter(), replace_self(group.stream(), with));
                inner.set_span(group.span());
                proc_macro2::TokenTree::Group(inner)
            }
            other => other,
        })
        .collect()
}

fn mentions_self(tokens: TokenStream) -> bool {
    tokens.into_iter().any(|token| match token {
        proc_macro2::TokenTree::Ident(ident) => ident == "Self",
        proc_macro2::TokenTree::Group(group) => mentions_self(group.stream()),
        _ => false,
    })
}
