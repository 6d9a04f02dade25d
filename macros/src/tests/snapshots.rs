//! Expansion snapshots: for representative traits, the formatted expansion is checked in
//! under `macros/tests/snapshots/`, and this test fails when the expansion changes without
//! the snapshot being updated. Run with `UPDATE_SNAPSHOTS=1` to rewrite them, then read
//! the diff. They are also the way to read the generated code without installing anything.

use std::path::PathBuf;

use proc_macro2::TokenStream;
use quote::quote;

use crate::expand::expand;

/// Formats `expand(args, input)` with prettyplease (which needs syn 2, hence `syn2`).
fn pretty(args: TokenStream, input: TokenStream) -> String {
    let tokens = expand(args, input).to_string();
    let file: syn2::File = match syn2::parse_str(&tokens) {
        Ok(file) => file,
        Err(error) => panic!("the expansion does not parse: {error}\n{tokens}"),
    };
    prettyplease::unparse(&file)
}

fn check(name: &str, args: TokenStream, input: TokenStream) {
    let attribute = if args.is_empty() {
        "#[async_interface]".to_owned()
    } else {
        format!("#[async_interface({args})]")
    };
    let header = format!(
        "// Expansion of {attribute} on the trait below: `cargo test -p async-interface-macros`\n\
         // compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.\n\n"
    );
    let actual = header + &pretty(args, input);
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "snapshots",
        &format!("{name}.rs"),
    ]
    .iter()
    .collect();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().expect("a directory")).expect("create snapshots/");
        std::fs::write(&path, &actual).expect("write the snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        let first_difference = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "the expansion of `{name}` changed (first difference at line {}); if that is intended, \
             run `UPDATE_SNAPSHOTS=1 cargo test -p async-interface-macros` and review the diff of {}\n\
             expected: {:?}\nactual:   {:?}",
            first_difference + 1,
            path.display(),
            expected.lines().nth(first_difference),
            actual.lines().nth(first_difference),
        );
    }
}

#[test]
fn simple_stream() {
    check(
        "simple_stream",
        quote!(),
        quote! {
            pub trait ISimpleStream {
                /// Reads up to `len` bytes.
                fn read(&self, len: usize) -> Result<Vec<u8>, StreamError>;
                /// Appends `data`; returns how many bytes were written.
                fn write(&self, data: &[u8]) -> Result<usize, StreamError>;
                /// Appends the stream's bytes to `buf`; returns how many.
                fn fill(&self, buf: &mut Vec<u8>) -> usize;
                /// Compiled on unix only, and so is its pair.
                #[cfg(unix)]
                fn fd(&self) -> i32;
                /// Not part of the asynchronous form.
                #[async_interface(skip)]
                fn close(&self) {}
            }
        },
    );
}

#[test]
fn com_style() {
    check(
        "com_style",
        quote!(name = AsyncSequentialStream),
        quote! {
            pub trait ISequentialStream {
                /// Reads `cb` bytes into `pv`; returns the count read.
                fn Read(&self, pv: &mut Vec<u8>, cb: u32) -> Result<u32, i32>;
                /// Writes `pv`; returns the count written.
                fn Write(&self, pv: &[u8]) -> Result<u32, i32>;
            }
        },
    );
}

#[test]
fn generic_store() {
    check(
        "generic_store",
        quote!(),
        quote! {
            pub trait IStore<K: Ord, V, const N: usize>
            where
                V: Clone,
            {
                /// The value under `key`.
                fn get(&self, key: &K) -> Option<V>;
                /// The first `N` values.
                fn first(&self) -> [Option<V>; N];
            }
        },
    );
}

#[test]
fn locked_counter() {
    check(
        "locked_counter",
        quote!(),
        quote! {
            pub(crate) trait ICounter {
                /// Adds `n`; returns the total.
                fn add(&mut self, n: u64) -> u64;
                /// The total.
                fn total(&self) -> u64;
            }
        },
    );
}

#[test]
fn renamed_crate_and_attributes() {
    check(
        "renamed_crate_and_attributes",
        quote!(crate = ::renamed::facade),
        quote! {
            trait IAttributes {
                /// Deprecated, and so is its pair.
                #[deprecated = "use `fresh`"]
                fn old(&self) -> u8;
                /// `#[must_use]` stays on the synchronous method.
                #[must_use]
                fn fresh(&self) -> Result<(), Box<dyn std::error::Error + Send + Sync>>;
                /// A provided body; the lifetime is the call's own.
                fn count<'a>(&self, s: &'a str) -> usize {
                    s.len()
                }
            }
        },
    );
}

#[test]
fn empty() {
    check(
        "empty",
        quote!(),
        quote! {
            pub trait IEmpty {}
        },
    );
}

#[test]
fn derived_stream() {
    check(
        "derived_stream",
        quote!(),
        quote! {
            /// Derives from two interfaces (the second an ancestor of the first, listed
            /// because a macro sees only its own trait) and passes over a marker trait.
            pub trait IStream: ISequentialStream + base::IUnknownLike + Send {
                /// Moves the seek pointer.
                fn seek(&self, to: u64) -> u64;
            }
        },
    );
}

#[test]
fn associated_types() {
    check(
        "associated_types",
        quote!(),
        quote! {
            /// Associated types in parameters and returns, nested too; a const; and an
            /// associated type that only a skipped method uses (left out of the
            /// asynchronous form).
            pub trait IKeyed {
                /// What is stored.
                type Item: Clone + Send + 'static;
                /// What `put` hands out.
                type Key: Send + 'static;
                /// Exposed on the call object.
                const CAPACITY: usize;
                /// Only for the synchronous `cursor`.
                type Cursor;
                /// Stores `item`; returns its key.
                fn put(&self, item: Self::Item) -> Result<Self::Key, String>;
                /// The item under `key`.
                fn get(&self, key: &Self::Key) -> Option<Self::Item>;
                /// Swaps `item` with the stored one; returns all items.
                fn swap(&self, item: &mut <Self as IKeyed>::Item) -> Vec<Self::Item>;
                /// Synchronous only.
                #[async_interface(skip)]
                fn cursor(&self) -> Self::Cursor;
            }
        },
    );
}

/// `remote`: serde on the enums, the remote dispatcher, `remote` and `remote_service`.
/// Checked with the feature on (`cargo test -p async-interface-macros --features remote`,
/// in `.ci/run`); without it the option is an error.
#[cfg(feature = "remote")]
#[test]
fn remote_store() {
    check(
        "remote_store",
        quote!(remote),
        quote! {
            pub trait IRemoteStore {
                /// The value under `key`.
                fn get(&self, key: &str) -> Option<Vec<u8>>;
                /// Appends every key to `keys`; returns how many.
                fn keys(&self, keys: &mut Vec<String>) -> usize;
            }
        },
    );
}

/// Non-blank lines of the formatted expansion of `input`, the trait itself excluded.
fn expansion_lines(input: TokenStream) -> usize {
    let item: syn2::ItemTrait = syn2::parse2(input.clone()).expect("a trait");
    let trait_lines = prettyplease::unparse(&syn2::File {
        shebang: None,
        attrs: Vec::new(),
        items: vec![syn2::Item::Trait(item)],
    })
    .lines()
    .filter(|line| !line.trim().is_empty())
    .count();
    let all = pretty(TokenStream::new(), input)
        .lines()
        .filter(|line| !line.trim().is_empty())
        .count();
    all - trait_lines
}

/// A trait of `n` plain methods (`u32 -> u32`, one doc line each).
fn plain_trait(n: usize) -> TokenStream {
    let methods = (0..n).map(|i| {
        let name = quote::format_ident!("m{}", i);
        quote! {
            /// Adds one.
            fn #name(&self, x: u32) -> u32;
        }
    });
    quote!(pub trait IPlain { #(#methods)* })
}

/// Issue 11's budget: the expansion costs at most 60 lines per trait and 45 per plain
/// method (non-blank lines after prettyplease, the trait itself excluded).
#[test]
fn expansion_stays_within_its_budget() {
    let per_trait = expansion_lines(plain_trait(0));
    let per_method = (expansion_lines(plain_trait(10)) - per_trait) as f64 / 10.0;
    println!("per trait: {per_trait} lines; per plain method: {per_method} lines");
    assert!(per_trait <= 60, "{per_trait} lines per trait");
    assert!(per_method <= 45.0, "{per_method} lines per plain method");
}

/// Issue 12 item 4: std's `io::Read::read` shape, an in/out buffer.
#[test]
fn in_out_buffer() {
    check(
        "in_out_buffer",
        quote!(),
        quote! {
            pub trait IPipeByte {
                /// Fills `buf` from the pipe; returns how many bytes it holds.
                fn pull(&mut self, buf: &mut [u8]) -> std::io::Result<usize>;
            }
        },
    );
}

/// Issue 12 item 5: borrowed returns come back owned; `Option<&str>` goes in owned.
#[test]
fn owned_returns() {
    check(
        "owned_returns",
        quote!(),
        quote! {
            pub trait IExtractor {
                /// The value of `key`, if any.
                fn get(&self, key: &str) -> Option<&str>;
                /// The extractor's name.
                fn name(&self) -> &str;
                /// The raw bytes.
                fn bytes(&self) -> std::io::Result<&[u8]>;
                /// How many keys start with `prefix` (all without one): a borrowing
                /// by-value parameter goes to `begin_` owned.
                fn count(&self, prefix: Option<&str>) -> usize;
            }
        },
    );
}

/// Issue 12 items 2 and 3: plain supertraits (a user's, listed in `bounds(..)`, and std's
/// by path), `Self::Error` through one, and methods a trait object leaves out.
#[test]
fn plain_supertraits() {
    check(
        "plain_supertraits",
        quote!(bounds(ErrorType)),
        quote! {
            pub trait SerialPort: ErrorType + Send + std::io::Read {
                /// The port's name.
                fn name(&self) -> Option<String>;
                /// Sets the baud rate.
                fn set_baud_rate(&mut self, baud_rate: u32) -> Result<(), Self::Error>;
                /// Opens a port (no receiver: left out).
                fn open(path: &str) -> Self where Self: Sized;
                /// Writes anything byte-like (generic: left out).
                fn send<B: AsRef<[u8]>>(&mut self, bytes: B) -> Result<(), Self::Error>;
            }
        },
    );
}
