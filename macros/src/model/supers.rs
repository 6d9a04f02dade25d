//! The supertraits: which are interfaces (with an asynchronous form to derive from) and
//! which are plain traits (bounds on the server): std's by path, and those the user lists
//! in `#[async_interface(bounds(..))]`. A macro cannot see another trait's definition, so
//! everything else is taken for an interface, and a missing asynchronous form stays the
//! compiler's error at the supertrait.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::ext::IdentExt;
use syn::{Ident, ItemTrait, Path, TypeParamBound};

/// A supertrait that is an interface: `ISequentialStream`, `base::IBase<K>`. Its items
/// are reached next to it by name: `base::AsyncIBase<K>`, `base::AsyncIBaseServer<K>`,
/// and its protocol `ProtocolOf<dyn base::AsyncIBase<K>>`.
pub(crate) struct Super {
    /// The supertrait as written, for spans.
    pub path: Path,
    /// `base::` (with a leading `::` if written), or nothing.
    pub prefix: TokenStream,
    pub ident: Ident,
    /// `<K>`, or nothing.
    pub args: TokenStream,
}

impl Super {
    /// `base::AsyncIBase<K>` for `make` = `|name| format!("Async{name}")`, spanned at the
    /// supertrait so that one without `#[async_interface]` is reported there.
    pub fn named(&self, make: impl Fn(&str) -> String) -> TokenStream {
        let Super { prefix, args, .. } = self;
        let ident = Ident::new(&make(&self.ident.unraw().to_string()), self.ident.span());
        quote!(#prefix #ident #args)
    }

    /// Its asynchronous trait, `base::AsyncIBase<K>`.
    pub fn async_trait(&self) -> TokenStream {
        self.named(|name| format!("Async{name}"))
    }

    /// Its protocol, `ai::ProtocolOf<dyn base::AsyncIBase<K>>`, with `ai` the runtime.
    pub fn protocol(&self, ai: &Ident) -> TokenStream {
        let async_trait = self.async_trait();
        quote!(#ai::ProtocolOf<dyn #async_trait>)
    }

    /// The variant of the derived trait's enums that carries its calls: `__IBase`.
    pub fn variant(&self) -> Ident {
        Ident::new(&format!("__{}", self.ident.unraw()), Span::call_site())
    }
}

/// The marker traits: no items, so nothing to serve and no bound to carry.
const MARKERS: &[&str] = &[
    "Send",
    "Sync",
    "Sized",
    "Unpin",
    "UnwindSafe",
    "RefUnwindSafe",
];

/// Supertraits that are not interfaces, besides the [`MARKERS`]: std traits, passed
/// over, by name.
const PASSED_OVER: &[&str] = &[
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
    // std traits whose names no interface is likely to take; `Read`, `Write` and `Seek`
    // are std's only when written `io::Read`.
    "Iterator",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "FusedIterator",
    "IntoIterator",
    "Extend",
    "Error",
    "AsRef",
    "AsMut",
    "Borrow",
    "BorrowMut",
    "ToString",
    "ToOwned",
    "From",
    "Into",
    "TryFrom",
    "TryInto",
    "FromStr",
    "Deref",
    "DerefMut",
    "Future",
    "Hasher",
    "BuildHasher",
    "Fn",
    "FnMut",
    "FnOnce",
];

/// std's modules: a supertrait written `io::Read` or `fmt::Write` is std's.
const STD_MODULES: &[&str] = &[
    "io", "fmt", "iter", "error", "ops", "hash", "any", "marker", "borrow", "convert", "cmp",
    "clone", "default", "panic", "future", "str", "string",
];

/// Is `path` a marker or std trait (passed over), rather than an interface? By name
/// (`Send`, `Iterator`), by crate (`std::..`, `core::..`, `alloc::..`) or by std module
/// (`io::Read`, `fmt::Write`).
fn passed_over(path: &Path) -> bool {
    let segments: Vec<String> = path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    match segments.as_slice() {
        [] => false,
        [name] => MARKERS.contains(&name.as_str()) || PASSED_OVER.contains(&name.as_str()),
        [first, ..] if ["std", "core", "alloc"].contains(&first.as_str()) => true,
        [.., module, _] => STD_MODULES.contains(&module.as_str()),
    }
}

/// Does the `bounds(..)` entry `listed` name the supertrait `path`? The same path
/// (arguments aside), or its last name alone.
pub(crate) fn names_supertrait(listed: &Path, path: &Path) -> bool {
    let idents = |path: &Path| -> Vec<String> {
        path.segments
            .iter()
            .map(|segment| segment.ident.unraw().to_string())
            .collect()
    };
    let (listed, path) = (idents(listed), idents(path));
    listed == path || (listed.len() == 1 && path.last() == listed.last())
}

/// The supertraits of `item` that are interfaces: not markers or std traits, and not
/// listed in `bounds(..)`.
pub(crate) fn supers(item: &ItemTrait, bounds: &[Path]) -> Vec<Super> {
    item.supertraits
        .iter()
        .filter_map(|bound| match bound {
            TypeParamBound::Trait(bound)
                if bound.maybe.is_none() && !is_plain(&bound.path, bounds) =>
            {
                let path = &bound.path;
                let last = path.segments.last()?.clone();
                let leading = path.leading_colon;
                let init = path.segments.iter().take(path.segments.len() - 1);
                let args = match &last.arguments {
                    syn::PathArguments::AngleBracketed(args) => args.to_token_stream(),
                    _ => TokenStream::new(),
                };
                Some(Super {
                    path: path.clone(),
                    prefix: quote!(#leading #(#init ::)*),
                    ident: last.ident,
                    args,
                })
            }
            _ => None,
        })
        .collect()
}

/// Is the supertrait `path` a plain trait: std's, or listed in `bounds(..)`?
pub(crate) fn is_plain(path: &Path, bounds: &[Path]) -> bool {
    passed_over(path) || bounds.iter().any(|listed| names_supertrait(listed, path))
}

/// The supertraits of `item` that are plain traits with items of their own (not the
/// markers): std's by path (`io::Read`, `Iterator`) and those listed in `bounds(..)`.
pub(super) fn plain_supers(item: &ItemTrait, bounds: &[Path]) -> Vec<Path> {
    item.supertraits
        .iter()
        .filter_map(|bound| match bound {
            TypeParamBound::Trait(bound)
                if bound.maybe.is_none()
                    && is_plain(&bound.path, bounds)
                    && !bound
                        .path
                        .segments
                        .last()
                        .is_some_and(|last| MARKERS.contains(&last.ident.to_string().as_str())) =>
            {
                Some(bound.path.clone())
            }
            _ => None,
        })
        .collect()
}
