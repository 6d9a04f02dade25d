//! The attribute, one way through: options and item parsed, the model built once,
//! validated, and emitted; invalid input gives the trait back with every error.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::{Error, Item};

use crate::errors::Errors;
use crate::model::Interface;
use crate::{args, emit, fallback, validate};

/// The whole attribute: `args` are the tokens inside `#[async_interface(..)]`, `input`
/// the item it is written on.
pub(crate) fn expand(args: TokenStream, input: TokenStream) -> TokenStream {
    let (args, args_error) = args::parse_args(args);
    let mut errors = Errors::default();
    if let Some(error) = args_error {
        errors.push(error);
    }
    let item = match syn::parse2::<Item>(input.clone()) {
        Ok(Item::Trait(item)) => item,
        Ok(other) => {
            errors.spanned(
                not_a_trait_span(&other),
                "#[async_interface] goes on a trait, as `pub trait IFoo { fn m(&self, x: T) -> R; }`; it makes the trait's asynchronous form and call object",
            );
            return fallback::input_with_errors(input, &finished(errors));
        }
        Err(error) => {
            errors.push(error);
            return fallback::input_with_errors(input, &finished(errors));
        }
    };
    let interface = Interface::new(&item, &args, &mut errors);
    validate::validate(&interface, &mut errors);
    if let Err(error) = errors.finish() {
        return fallback::trait_with_errors(&item, &error);
    }
    let sync_trait = fallback::strip_options(&item);
    let generated = emit::generate(&interface);
    quote! {
        #sync_trait
        #generated
    }
}

/// The collected errors (there is at least one when this is called).
fn finished(errors: Errors) -> Error {
    errors
        .finish()
        .err()
        .unwrap_or_else(|| Error::new(Span::call_site(), "not a trait"))
}

/// Where to put the caret for an item that is not a trait: its keyword and name.
fn not_a_trait_span(item: &Item) -> TokenStream {
    match item {
        Item::Struct(item) => pair(&item.struct_token, &item.ident),
        Item::Enum(item) => pair(&item.enum_token, &item.ident),
        Item::Union(item) => pair(&item.union_token, &item.ident),
        Item::Fn(item) => pair(&item.sig.fn_token, &item.sig.ident),
        Item::Mod(item) => pair(&item.mod_token, &item.ident),
        Item::Impl(item) => pair(&item.impl_token, &item.self_ty),
        Item::Type(item) => pair(&item.type_token, &item.ident),
        other => other.to_token_stream(),
    }
}

fn pair(first: &dyn ToTokens, second: &dyn ToTokens) -> TokenStream {
    let mut tokens = first.to_token_stream();
    second.to_tokens(&mut tokens);
    tokens
}
