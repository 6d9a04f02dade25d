//! What is emitted for input that cannot be expanded: the input itself (so that the rest of
//! the crate still sees the trait, and one mistake gives one error) plus the errors.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Error, ItemTrait, TraitItem};

use crate::args;

/// The trait as written, minus the method-level `#[async_interface(..)]` attributes (the
/// attribute is not an inert one: left there it would be expanded on the method).
pub(crate) fn strip_options(item: &ItemTrait) -> ItemTrait {
    let mut item = item.clone();
    for trait_item in &mut item.items {
        let attrs = match trait_item {
            TraitItem::Fn(method) => &mut method.attrs,
            TraitItem::Const(constant) => &mut constant.attrs,
            TraitItem::Type(ty) => &mut ty.attrs,
            TraitItem::Macro(mac) => &mut mac.attrs,
            _ => continue,
        };
        attrs.retain(|attr| !args::is_ours(attr));
    }
    item
}

/// The trait (cleaned of our options) and the errors as `compile_error!`s.
pub(crate) fn trait_with_errors(item: &ItemTrait, error: &Error) -> TokenStream {
    let item = strip_options(item);
    let errors = error.to_compile_error();
    quote!(#item #errors)
}

/// Input that is not a trait (or not an item at all): emitted unchanged, with the errors.
pub(crate) fn input_with_errors(input: TokenStream, error: &Error) -> TokenStream {
    let errors = error.to_compile_error();
    quote!(#input #errors)
}
