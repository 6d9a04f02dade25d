//! Property: for random trait shapes, built from the supported and the rejected forms,
//! `expand` never panics and always returns tokens that parse as a file (the expansion,
//! or the trait with `compile_error!`s).

use std::str::FromStr;

use proc_macro2::TokenStream;
use proptest::prelude::*;

use crate::expand::expand;

fn receiver() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "&self",
        "&self",
        "&mut self",
        "self",
        "self: Arc<Self>",
        "self: &Self",
        "self: Pin<&mut Self>",
        "",
    ])
}

fn param_ty() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "u8",
        "String",
        "&str",
        "&[u8]",
        "&mut Vec<u8>",
        "&mut [u8]",
        "&mut str",
        "&Path",
        "&dyn Fn()",
        "&mut dyn Fn()",
        "impl Fn()",
        "Rc<u8>",
        "T",
        "Self",
        "&'a str",
        "Vec<&'a str>",
        "fn(&str) -> &str",
        "Box<dyn Fn(&str) + Send>",
        "[u8; N]",
        "&'static str",
        "Self::A",
        "&Self::A",
        "&mut Self::A",
        "Vec<Self::A>",
        "<Self as IThing>::A",
        "<Self as Iterator>::Item",
        "Self::Missing",
        "Self::A::B",
        "Self::A<'a>",
    ])
}

fn ret_ty() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "",
        "-> u8",
        "-> ()",
        "-> Result<u8, String>",
        "-> Option<T>",
        "-> (u8, String)",
        "-> Box<dyn std::error::Error + Send + Sync>",
        "-> &str",
        "-> &'static str",
        "-> impl Fn()",
        "-> Self",
        "-> Vec<&'a u8>",
        "-> Self::A",
        "-> Option<Self::A>",
        "-> Result<Vec<<Self as IThing>::A>, String>",
        "-> Self::Missing",
    ])
}

fn method_prefix() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "",
        "",
        "",
        "async ",
        "unsafe ",
        "const ",
        "extern \"C\" ",
    ])
}

/// Attributes a method may carry that the macro accepts (`type_checks` draws from these).
pub(super) const ACCEPTED_METHOD_ATTRS: &[&str] = &[
    "",
    "",
    "/// Docs.",
    "#[cfg(unix)]",
    "#[deprecated]",
    "#[must_use]",
    "#[async_interface(skip)]",
];

fn method_attr() -> impl Strategy<Value = &'static str> {
    let mut attrs = ACCEPTED_METHOD_ATTRS.to_vec();
    attrs.extend(["#[async_interface(bogus)]", "#[async_interface]"]);
    prop::sample::select(attrs)
}

fn method_generics() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["", "", "<'a>", "<U>", "<const C: u8>"])
}

fn method_name() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "read",
        "write",
        "Read",
        "begin_read",
        "finish_write",
        "r#type",
        "m",
    ])
}

fn method() -> impl Strategy<Value = String> {
    (
        method_attr(),
        method_prefix(),
        method_name(),
        method_generics(),
        receiver(),
        prop::collection::vec(param_ty(), 0..3),
        ret_ty(),
        any::<bool>(),
    )
        .prop_map(
            |(attr, prefix, name, generics, receiver, params, ret, body)| {
                let mut args: Vec<String> = Vec::new();
                if !receiver.is_empty() {
                    args.push(receiver.to_owned());
                }
                for (i, ty) in params.iter().enumerate() {
                    args.push(format!("p{i}: {ty}"));
                }
                let end = if body { " { loop {} }" } else { ";" };
                format!(
                    "{attr}\n{prefix}fn {name}{generics}({}) {ret}{end}",
                    args.join(", ")
                )
            },
        )
}

fn trait_source() -> impl Strategy<Value = (String, String)> {
    (
        prop::sample::select(vec![
            "",
            "",
            "name = AsyncX",
            "crate = ::x",
            "bogus",
            "name = 1",
            "remote",
            "remote, remote",
        ]),
        prop::sample::select(vec!["pub ", "", "pub(crate) "]),
        prop::sample::select(vec!["trait", "trait", "unsafe trait", "struct"]),
        prop::sample::select(vec!["", "", "<T>", "<T: Clone, const N: usize>", "<'a>"]),
        prop::sample::select(vec!["", "", ": Send + Sync", ": IBase", ": Debug"]),
        prop::sample::select(vec!["", "", "where T: Send", "where Self: Sized"]),
        prop::collection::vec(method(), 0..4),
        prop::sample::select(vec![
            "",
            "",
            "const C: u8;",
            "type A;",
            "type A: Send + 'static;",
            "type A: Clone + Send + 'static; const C: u8;",
            "type A<'a>: Send + 'static;",
            "type A: Send + 'static where Self: Sized;",
            "#[cfg(unix)] type A: Send + 'static;",
            "type A: ?Sized + Send + 'static;",
            "type A: From<Self::B> + Send + 'static; type B: Send + 'static;",
        ]),
    )
        .prop_map(
            |(args, vis, keyword, generics, supertraits, where_clause, methods, assoc)| {
                let body = if keyword == "struct" {
                    "{ x: u8 }".to_owned()
                } else {
                    format!("{{ {assoc}\n{} }}", methods.join("\n"))
                };
                (
                    args.to_owned(),
                    format!("{vis}{keyword} IThing{generics}{supertraits} {where_clause} {body}"),
                )
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn expand_never_panics_and_always_gives_a_file((args, source) in trait_source()) {
        // Some combinations are not even tokens a compiler would hand over; skip those.
        let (Ok(args), Ok(input)) = (TokenStream::from_str(&args), TokenStream::from_str(&source)) else {
            return Ok(());
        };
        // The compiler hands an attribute only items; for anything else `expand` must
        // still not panic, and gives the input back with the error.
        let is_item = syn::parse2::<syn::Item>(input.clone()).is_ok();
        let output = expand(args, input).to_string();
        if !is_item {
            prop_assert!(output.contains("compile_error"), "{source}\n=> {output}");
            return Ok(());
        }
        let parsed = syn::parse_file(&output);
        prop_assert!(parsed.is_ok(), "{source}\n=> {output}\n{:?}", parsed.err());
    }
}
