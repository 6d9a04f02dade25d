//! Doc comments of the generated items: short, linking to the synchronous trait's
//! methods and to the runtime's `InterfaceCall` page instead of repeating it.

use proc_macro2::TokenStream;
use quote::quote;

use syn::ext::IdentExt;

use crate::args::path_to_string;
use crate::model::Interface;

/// `#[doc = " line"]` for each line.
pub(crate) fn lines(lines: &[String]) -> TokenStream {
    let lines = lines
        .iter()
        .map(|line| format!(" {line}").trim_end().to_owned());
    quote!(#(#[doc = #lines])*)
}

/// The facade as a doc link prefix: `async_interface`, or the `crate = ..` path.
pub(crate) fn krate(interface: &Interface) -> String {
    path_to_string(&interface.krate)
        .trim_start_matches("::")
        .to_owned()
}

/// A link to the runtime's `item` through the facade: `[`text`](async_interface::item)`.
pub(crate) fn link(interface: &Interface, text: &str, item: &str) -> String {
    format!("[`{text}`]({}::{item})", krate(interface))
}

/// "`ErrorType`, `io::Read` are not interfaces: ...", for a trait with plain supertraits.
pub(crate) fn plain_supers_line(interface: &Interface) -> Option<String> {
    if interface.plain_supers.is_empty() {
        return None;
    }
    let names: Vec<String> = interface
        .plain_supers
        .iter()
        .map(|path| format!("`{}`", path_to_string(path)))
        .collect();
    let one = names.len() == 1;
    Some(format!(
        "{} {} not {}: a server of `{}` implements {} too, and this trait does not derive from {}.",
        names.join(", "),
        if one { "is" } else { "are" },
        if one { "an interface" } else { "interfaces" },
        interface.name,
        if one { "it" } else { "them" },
        if one { "it" } else { "them" },
    ))
}

/// The methods left out of the asynchronous form, each with its reason.
pub(crate) fn left_out_line(interface: &Interface) -> Option<String> {
    if interface.left_out.is_empty() {
        return None;
    }
    let left_out: Vec<String> = interface
        .left_out
        .iter()
        .map(|(method, reason)| format!("`{}` ({reason})", method.sig.ident.unraw()))
        .collect();
    Some(format!(
        "Left out of this trait (call them on the server itself; `#[async_interface(strict)]` \
         makes them errors): {}.",
        left_out.join(", ")
    ))
}

/// The user's docs of a method, split between the halves they describe: its `# Errors`
/// section (up to the next heading) goes to `finish_`, which returns the error; the rest
/// (what the method does, its examples) to `begin_`. Headings inside code blocks are
/// code (`# Ok::<(), E>(())`), not headings; an attribute that is not a plain string
/// (`#[doc = include_str!(..)]`) stays with `begin_`.
pub(crate) fn split_errors(
    docs: &[syn::Attribute],
) -> (Vec<&syn::Attribute>, Vec<&syn::Attribute>) {
    let (mut begin, mut finish) = (Vec::new(), Vec::new());
    let (mut in_code, mut in_errors) = (false, false);
    for attr in docs {
        if let Some(text) = doc_text(attr) {
            let line = text.trim_start();
            if line.starts_with("```") {
                in_code = !in_code;
            } else if !in_code && line.starts_with('#') {
                in_errors = line.trim_start_matches('#').trim() == "Errors";
                if in_errors {
                    // The heading itself: `finish_` has its own.
                    continue;
                }
            }
        }
        if in_errors {
            finish.push(attr)
        } else {
            begin.push(attr)
        }
    }
    (begin, finish)
}

/// The text of `#[doc = "text"]`.
fn doc_text(attr: &syn::Attribute) -> Option<String> {
    match &attr.meta {
        syn::Meta::NameValue(syn::MetaNameValue {
            value:
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }),
            ..
        }) => Some(text.value()),
        _ => None,
    }
}
