//! The attribute's options: `#[async_interface(name = AsyncFoo, crate = path,
//! bounds(Supertrait), strict, remote)]` on the trait, and `#[async_interface(skip)]` on a
//! method.

use proc_macro2::TokenStream;
use syn::parse::{ParseStream, Parser};
use syn::spanned::Spanned;
use syn::{Attribute, Error, Expr, Ident, Path, Token};

/// The options written on the trait.
#[derive(Default)]
pub(crate) struct Args {
    /// `name = AsyncFoo`: the name of the asynchronous trait.
    pub name: Option<Ident>,
    /// `crate = path`: where the facade crate is (for renamed dependencies).
    pub krate: Option<Path>,
    /// `remote`: the requests and replies are serializable and the call object can reach
    /// a server in another process (the facade's `remote` feature). The token, for spans.
    pub remote: Option<Path>,
    /// `bounds(ErrorType, dyn_clone::DynClone)`: supertraits that are plain traits, bounds
    /// on the server rather than interfaces with an asynchronous form.
    pub bounds: Vec<Path>,
    /// `strict`: a method a trait object leaves out (generic, `where Self: Sized`, no
    /// receiver) is an error instead of being left out of the asynchronous form.
    pub strict: Option<Path>,
}

/// Parses the trait-level options. Every mistake is reported (combined), not only the
/// first one; what parsed well is kept so that the rest of the trait is still checked.
pub(crate) fn parse_args(tokens: TokenStream) -> (Args, Option<Error>) {
    let mut args = Args::default();
    let mut errors: Option<Error> = None;
    let mut push = |error: Error| match &mut errors {
        Some(errors) => errors.combine(error),
        None => errors = Some(error),
    };
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("name") {
            let value = meta.value()?;
            let ident = parse_name(value)?;
            match (&args.name, ident) {
                (Some(_), _) => push(Error::new_spanned(
                    &meta.path,
                    "duplicated option `name`: write it once",
                )),
                (None, Ok(ident)) => args.name = Some(ident),
                (None, Err(error)) => push(error),
            }
            Ok(())
        } else if meta.path.is_ident("crate") {
            let value = meta.value()?;
            let path = Path::parse_mod_style(value)?;
            if args.krate.is_some() {
                push(Error::new_spanned(
                    &meta.path,
                    "duplicated option `crate`: write it once",
                ));
            } else {
                args.krate = Some(path);
            }
            Ok(())
        } else if meta.path.is_ident("bounds") {
            let content;
            syn::parenthesized!(content in meta.input);
            let paths = syn::punctuated::Punctuated::<Path, Token![,]>::parse_terminated_with(
                &content,
                Path::parse_mod_style,
            )?;
            args.bounds.extend(paths);
            Ok(())
        } else if meta.path.is_ident("strict") {
            if args.strict.is_some() {
                push(Error::new_spanned(
                    &meta.path,
                    "duplicated option `strict`: write it once",
                ));
            } else {
                args.strict = Some(meta.path.clone());
            }
            Ok(())
        } else if meta.path.is_ident("remote") {
            if args.remote.is_some() {
                push(Error::new_spanned(
                    &meta.path,
                    "duplicated option `remote`: write it once",
                ));
            } else if !cfg!(feature = "remote") {
                push(Error::new_spanned(
                    &meta.path,
                    "the `remote` option needs the `remote` feature of async-interface: in Cargo.toml, `async-interface = { version = \"0.1\", features = [\"remote\"] }`",
                ));
            } else {
                args.remote = Some(meta.path.clone());
            }
            Ok(())
        } else {
            push(Error::new_spanned(
                &meta.path,
                format!(
                    "unknown option `{}`: #[async_interface] on a trait takes `name = AsyncName`, `crate = path`, `bounds(Supertrait, ..)`, `strict` and `remote`",
                    path_to_string(&meta.path)
                ),
            ));
            skip_value(meta.input)
        }
    });
    if let Err(error) = parser.parse2(tokens) {
        push(error);
    }
    (args, errors)
}

/// `name = Ident`; anything else is an error spanned on what was written.
fn parse_name(input: ParseStream) -> syn::Result<Result<Ident, Error>> {
    let fork = input.fork();
    if let Ok(ident) = fork.parse::<Ident>()
        && (fork.is_empty() || fork.peek(Token![,]))
    {
        input.parse::<Ident>()?;
        return Ok(Ok(ident));
    }
    let expr: Expr = input.parse()?;
    Ok(Err(Error::new_spanned(
        expr,
        "`name =` takes an identifier, the name of the asynchronous trait: `name = AsyncStream`",
    )))
}

/// Skips `= value` or `(..)` after an unknown option so that the next ones are read.
fn skip_value(input: ParseStream) -> syn::Result<()> {
    if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        input.parse::<Expr>()?;
    } else if input.peek(syn::token::Paren) {
        let _group: proc_macro2::Group = input.parse()?;
    }
    Ok(())
}

pub(crate) fn path_to_string(path: &Path) -> String {
    let mut text = String::new();
    if path.leading_colon.is_some() {
        text.push_str("::");
    }
    for (i, segment) in path.segments.iter().enumerate() {
        if i > 0 {
            text.push_str("::");
        }
        text.push_str(&segment.ident.to_string());
    }
    text
}

/// Is `attr` one of ours (`#[async_interface(..)]`, possibly written with a path)?
pub(crate) fn is_ours(attr: &Attribute) -> bool {
    attr.path()
        .segments
        .last()
        .is_some_and(|segment| segment.ident == "async_interface")
}

/// Reads the method-level options: `Ok(true)` for `#[async_interface(skip)]`.
pub(crate) fn method_skip(attrs: &[Attribute]) -> Result<bool, Error> {
    let mut skip = false;
    let mut errors: Option<Error> = None;
    for attr in attrs.iter().filter(|attr| is_ours(attr)) {
        let result = match &attr.meta {
            syn::Meta::List(_) => attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("skip") {
                    if skip {
                        return Err(meta.error("duplicated option `skip`: write it once"));
                    }
                    skip = true;
                    Ok(())
                } else {
                    Err(meta.error(format!(
                        "unknown option `{}`: on a method, #[async_interface] takes only `skip`",
                        path_to_string(&meta.path)
                    )))
                }
            }),
            _ => Err(Error::new(
                attr.span(),
                "on a method, write `#[async_interface(skip)]` to leave it out of the asynchronous form",
            )),
        };
        if let Err(error) = result {
            match &mut errors {
                Some(errors) => errors.combine(error),
                None => errors = Some(error),
            }
        }
    }
    match errors {
        Some(errors) => Err(errors),
        None => Ok(skip),
    }
}
