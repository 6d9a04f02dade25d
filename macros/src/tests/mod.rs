//! Unit tests of the core: `expand` on `quote!` input (`expansion`), the model (`model`),
//! every rejection (`rejections`), the checked-in expansions (`snapshots`), and a property
//! over random trait shapes (`never_panics`).

mod expansion;
mod model;
mod never_panics;
mod rejections;
mod snapshots;
mod type_checks;

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{File, Item, ItemTrait, LitStr};

use crate::args::Args;
use crate::errors::Errors;
use crate::expand::expand;
use crate::model::Interface;

pub(super) fn parse_output(output: TokenStream) -> File {
    match syn::parse2::<File>(output.clone()) {
        Ok(file) => file,
        Err(error) => panic!("the expansion is not a valid file: {error}\n{output}"),
    }
}

/// The messages of the `compile_error!`s in the expansion.
pub(super) fn errors(args: TokenStream, input: TokenStream) -> Vec<String> {
    let file = parse_output(expand(args, input));
    file.items
        .iter()
        .filter_map(|item| match item {
            Item::Macro(mac)
                if mac
                    .mac
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "compile_error") =>
            {
                Some(
                    mac.mac
                        .parse_body::<LitStr>()
                        .map(|lit| lit.value())
                        .unwrap_or_default(),
                )
            }
            _ => None,
        })
        .collect()
}

pub(super) fn assert_rejects(input: TokenStream, fragment: &str) {
    let messages = errors(TokenStream::new(), input.clone());
    assert!(
        messages.iter().any(|message| message.contains(fragment)),
        "expected an error containing {fragment:?}, got {messages:?}"
    );
    // The trait is still emitted, so the rest of the crate sees it.
    let file = parse_output(expand(TokenStream::new(), input));
    if let Some(Item::Trait(item)) = file.items.first() {
        assert!(item.items.iter().all(|item| {
            !item
                .to_token_stream()
                .to_string()
                .contains("async_interface")
        }));
    }
}

pub(super) fn simple_stream() -> TokenStream {
    quote! {
        pub trait ISimpleStream {
            /// Reads up to `len` bytes.
            fn read(&self, len: usize) -> Result<Vec<u8>, StreamError>;
            fn write(&self, data: &[u8]) -> Result<usize, StreamError>;
            fn fill(&self, buf: &mut Vec<u8>) -> usize;
            #[cfg(feature = "x")]
            fn gated(&self);
            #[async_interface(skip)]
            fn close(self);
        }
    }
}

/// The model of `input` with `args` (the item is leaked: the model borrows it).
pub(super) fn model_with(args: Args, input: TokenStream) -> Interface<'static> {
    let item: &'static ItemTrait = Box::leak(Box::new(syn::parse2(input).expect("a trait")));
    let mut errors = Errors::default();
    let interface = Interface::new(item, &args, &mut errors);
    assert!(errors.finish().is_ok(), "the options parse");
    interface
}

pub(super) fn model(input: TokenStream) -> Interface<'static> {
    model_with(Args::default(), input)
}
