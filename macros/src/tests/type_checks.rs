//! Property: every random trait the macro accepts also type-checks. Random trait shapes
//! (the supported forms, the rejected ones, and the known classes of accepted-but-broken
//! expansions: a trait named like a parameter the expansion invents, `?Sized` parameters,
//! defaults naming `Self`, a user's own `Path`, `#![no_implicit_prelude]`, plain
//! supertraits, associated types without `Send + 'static` and through a supertrait, left-out
//! methods) are expanded here; the ones accepted (no `compile_error!`) are written with
//! their attribute, each in its own module, into one generated crate under
//! `target/type-check/`, which `cargo check` builds against the facade crate. One build
//! for all of them: a few seconds once the facade's dependencies are built.
//!
//! The generator is seeded (`TYPE_CHECK_SEED`, `TYPE_CHECK_CASES` change it), so a failure
//! is reproducible; the crate stays in `target/type-check/` to be read.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::str::FromStr;

use proc_macro2::TokenStream;

use crate::expand::expand;

/// A small xorshift generator: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// What a generated module can name: the trait's generics and associated types decide
/// which parameter types make sense, so that the trait compiles without the attribute.
struct Shape {
    prelude: bool,
    generic_t: bool,
    unsized_t: bool,
    const_n: bool,
    rhs: bool,
    assoc_a: bool,
    inherited_error: bool,
}

fn param_types(shape: &Shape) -> Vec<&'static str> {
    let mut types = if shape.prelude {
        vec![
            "u8",
            "String",
            "&str",
            "&[u8]",
            "&mut Vec<u8>",
            "&mut u32",
            "Option<String>",
            "&Path",
            "&std::path::Path",
            "&OwnPath",
            "&'static str",
            "fn(&str) -> &str",
            "Box<dyn Fn(&str) + Send>",
            "&mut [u8]",
            "&fmt::Formatter",
            "&mut fmt::Formatter<'_>",
            "*mut u8",
            "Rc<u8>",
            "Option<&str>",
            "Option<&OwnPath>",
            "Option<&[u8]>",
            "&[&str]",
            "&[&OwnPath]",
            "Self",
        ]
    } else {
        vec!["u8", "::std::string::String", "&str", "&[u8]", "&mut u64"]
    };
    if shape.unsized_t {
        types.extend(["T", "&T"]);
    } else if shape.generic_t {
        types.extend(["T", "&T"]);
        if shape.prelude {
            types.extend(["Vec<T>", "Option<&T>"]);
        }
    }
    if shape.const_n {
        types.push("[u8; N]");
    }
    if shape.rhs {
        types.push("Rhs");
    }
    if shape.assoc_a {
        types.extend(["Self::A", "&Self::A", "&mut Self::A"]);
        if shape.prelude {
            types.push("Vec<Self::A>");
        }
    }
    types
}

fn return_types(shape: &Shape) -> Vec<&'static str> {
    let mut types = if shape.prelude {
        vec![
            "",
            "-> u8",
            "-> Result<u8, String>",
            "-> (u8, String)",
            "-> Box<dyn std::error::Error + Send + Sync>",
            "-> &'static str",
        ]
    } else {
        vec![
            "",
            "-> u8",
            "-> ::core::result::Result<u8, ::std::string::String>",
        ]
    };
    if shape.generic_t && !shape.unsized_t {
        types.push(if shape.prelude {
            "-> Option<T>"
        } else {
            "-> ::core::option::Option<T>"
        });
    }
    if shape.assoc_a {
        types.push("-> Self::A");
    }
    if shape.inherited_error {
        types.push("-> Result<(), Self::Error>");
    }
    types
}

fn method(rng: &mut Rng, shape: &Shape, name: &str) -> String {
    let attr = rng.pick(super::never_panics::ACCEPTED_METHOD_ATTRS);
    let receiver = rng.pick(&["&self", "&self", "&mut self", "self", ""]);
    let generics = rng.pick(&["", "", "", "<'a>", "<U: ::core::convert::Into<u8>>"]);
    let where_clause = if shape.prelude {
        rng.pick(&["", "", "", " where Self: Sized", " where Self: Clone"])
    } else {
        rng.pick(&["", "", "", " where Self: ::core::marker::Sized"])
    };
    let params = param_types(shape);
    let mut args: Vec<String> = Vec::new();
    if !receiver.is_empty() {
        args.push(receiver.to_owned());
    }
    for i in 0..rng.below(3) {
        args.push(format!("_p{i}: {}", rng.pick(&params)));
    }
    if generics.starts_with("<U") {
        args.push("_u: U".to_owned());
    }
    let mut returns = return_types(shape);
    if shape.prelude && receiver.starts_with('&') {
        returns.extend([
            "-> &str",
            "-> Option<&str>",
            "-> &[u8]",
            "-> Result<&[u8], String>",
            "-> &OwnPath",
            "-> &Path",
            "-> &mut u8",
            "-> Vec<&str>",
            "-> Vec<&OwnPath>",
        ]);
        if shape.generic_t {
            returns.extend(["-> &T", "-> Option<&T>"]);
        }
        if shape.assoc_a {
            returns.push("-> &Self::A");
        }
    }
    let ret = rng.pick(&returns);
    // `self` by value and no receiver need `Sized` to have a body; give bodies to some.
    let body = if where_clause.is_empty()
        && rng.below(4) == 0
        && receiver != "self"
        && !shape.unsized_t
        && !args.iter().any(|arg| arg.ends_with(": Self"))
    {
        " { loop {} }"
    } else {
        ";"
    };
    format!(
        "    {attr}\n    fn {name}{generics}({}) {ret}{where_clause}{body}\n",
        args.join(", ")
    )
}

/// One trait: the attribute's arguments, the trait alone, and its module.
fn module(rng: &mut Rng, index: usize) -> (String, String, String) {
    let prelude = rng.below(6) != 0;
    let name = if rng.below(5) == 0 {
        rng.pick(&[
            "S",
            "T",
            "M",
            "Host",
            "Derived",
            "Server",
            "Mode",
            "IThing_Impl",
        ])
    } else {
        "IThing"
    };
    let generics = if prelude {
        rng.pick(&[
            "",
            "",
            "<T>",
            "<T: Clone>",
            "<T: ?Sized>",
            "<const N: usize>",
            "<T, const N: usize>",
            "<Rhs = Self>",
            "<T = u8>",
        ])
    } else {
        rng.pick(&[
            "",
            "<T: ::core::clone::Clone>",
            "<T: ?::core::marker::Sized>",
            "<const N: usize>",
            "<Rhs = Self>",
        ])
    };
    // The trait's own name must not be a parameter of its.
    let generics = if generics.contains(&format!("<{name}")) || generics.contains(name) {
        ""
    } else {
        generics
    };
    let supertraits = if prelude {
        rng.pick(&[
            "",
            "",
            ": Send + Sync",
            ": fmt::Debug",
            ": super::IBase",
            ": io::Read",
            ": Iterator<Item = u8>",
            ": ErrorType",
        ])
    } else {
        rng.pick(&["", ": ::core::marker::Send", ": super::IBase"])
    };
    let assoc = if prelude {
        rng.pick(&[
            "",
            "",
            "type A: Send + 'static;",
            "type A: Clone + Send + 'static;",
            "type A;",
            "type A: Clone;",
            "const C: u8;",
        ])
    } else {
        // Not associated types: their expansion has a `#[diagnostic::on_unimplemented]`,
        // which `#![no_implicit_prelude]` cannot resolve (see the README).
        ""
    };
    let shape = Shape {
        prelude,
        generic_t: generics.contains("<T"),
        unsized_t: generics.contains('?'),
        const_n: generics.contains("const N"),
        rhs: generics.contains("Rhs"),
        assoc_a: assoc.contains("type A"),
        inherited_error: supertraits == ": ErrorType",
    };
    let mut methods = String::new();
    for name in ["read", "write", "Seek", "len"]
        .iter()
        .take(1 + rng.below(4))
    {
        methods.push_str(&method(rng, &shape, name));
    }
    let args = rng.pick(&["", "", "", "name = AsyncRenamed", "bounds(ErrorType)"]);
    let args = if supertraits == ": ErrorType" {
        "bounds(ErrorType)"
    } else {
        args
    };
    let attribute = if args.is_empty() {
        "#[async_interface]".to_owned()
    } else {
        format!("#[async_interface({args})]")
    };
    let header = if prelude {
        "    use super::*;\n".to_owned()
    } else {
        "    #![no_implicit_prelude]\n    use super::async_interface;\n".to_owned()
    };
    let where_clause = match (prelude, rng.below(5)) {
        (true, 0) => " where Self: Sized",
        (false, 0) => " where Self: ::core::marker::Sized",
        (true, 1) if shape.generic_t && !shape.unsized_t => " where T: fmt::Debug",
        _ => "",
    };
    // The user allows their own name; the generated items must not warn about it.
    let allow = if name.contains('_') {
        "#[allow(non_camel_case_types)]\n"
    } else {
        ""
    };
    let item = format!(
        "{allow}pub trait {name}{generics}{supertraits}{where_clause} {{\n    {assoc}\n{methods}}}\n"
    );
    let module = format!(
        "#[allow(dead_code, deprecated, unused_imports, non_snake_case)]\nmod t{index} {{\n{header}    {attribute}\n{item}}}\n"
    );
    let module = module + "\n" + &item_marker(index, &item);
    (args.to_owned(), item, module)
}

/// The trait without the attribute, as a comment: the source of the case, for reading.
fn item_marker(index: usize, item: &str) -> String {
    let mut out = format!("// t{index}, the trait alone:\n");
    for line in item.lines() {
        let _ = writeln!(out, "//   {line}");
    }
    out
}

const PRELUDE: &str = r#"//! Generated by `cargo test -p async-interface-macros type_check`: every trait
//! the macro accepted among random shapes; it must type-check.
#![allow(dead_code, unused_imports, clippy::all)]

use std::fmt;
use std::io;
use std::path::Path;
use std::rc::Rc;

use async_interface::prelude::*;

/// A user's own type named `Path` (its owned form is itself, not `PathBuf`).
#[derive(Clone)]
pub struct OwnPath(pub u8);

/// A plain supertrait with an associated type, as embedded-hal's.
pub trait ErrorType {
    type Error: fmt::Debug;
}

#[async_interface]
pub trait IBase {
    fn base(&self) -> u8;
}

"#;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace")
        .to_path_buf()
}

#[test]
fn accepted_random_traits_type_check() {
    let seed: u64 = std::env::var("TYPE_CHECK_SEED")
        .ok()
        .and_then(|seed| seed.parse().ok())
        .unwrap_or(0x5eed_1234_abcd_0012);
    let cases: usize = std::env::var("TYPE_CHECK_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(160);
    let mut rng = Rng(seed);
    let mut source = PRELUDE.to_owned();
    let mut accepted = 0;
    let mut rejected = 0;
    for index in 0..cases {
        let (args, trait_source, module) = module(&mut rng, index);
        let (Ok(args), Ok(input)) = (
            TokenStream::from_str(&args),
            TokenStream::from_str(&trait_source),
        ) else {
            panic!("the generator wrote tokens that do not lex:\n{module}");
        };
        let output = expand(args, input).to_string();
        if output.contains("compile_error") {
            rejected += 1;
            continue;
        }
        accepted += 1;
        source.push_str(&module);
        source.push('\n');
    }
    source.push_str("fn main() {}\n");
    eprintln!("{accepted} of {cases} random traits accepted, {rejected} rejected");
    assert!(
        accepted >= cases / 4,
        "only {accepted} of {cases} random traits were accepted: the generator no longer exercises the expansion"
    );
    assert!(
        rejected > 0,
        "no random trait was rejected: the generator no longer covers rejections"
    );
    let root = workspace_root();
    let dir = root.join("target").join("type-check");
    std::fs::create_dir_all(dir.join("src")).expect("create target/type-check");
    std::fs::write(dir.join("src").join("main.rs"), &source).expect("write main.rs");
    let manifest = format!(
        "[package]\nname = \"type-check\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[workspace]\n\n[dependencies]\nasync-interface = {{ path = {:?} }}\n",
        root.display().to_string()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write Cargo.toml");
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).expect("copy Cargo.lock");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args([
            "check",
            "--offline",
            "--quiet",
            "--message-format=short",
            "--bin",
            "type-check",
        ])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo check");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{accepted} accepted random traits (of {cases}, seed {seed:#x}) do not all type-check; the crate is {}:\n{stderr}",
        dir.display()
    );
    // Warnings in the expansion count too (SPEC: no warnings in generated code).
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|line| line.contains("warning"))
        .collect();
    assert!(
        warnings.is_empty(),
        "the expansions warn:\n{}",
        warnings.join("\n")
    );
}
