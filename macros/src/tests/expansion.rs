//! The expansion's shape: which items, where the options and attributes go.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::Item;

use super::{errors, parse_output, simple_stream};
use crate::expand::expand;

/// The names of the items at the expansion's top level, and of those in its anonymous
/// block.
fn item_names(output: TokenStream) -> (Vec<String>, Vec<String>) {
    let file = parse_output(output);
    let name = |item: &Item| match item {
        Item::Trait(item) => Some(item.ident.to_string()),
        Item::Enum(item) => Some(item.ident.to_string()),
        Item::Type(item) => Some(item.ident.to_string()),
        Item::Struct(item) => Some(item.ident.to_string()),
        _ => None,
    };
    let top = file.items.iter().filter_map(name).collect();
    let hidden = file
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Const(item) => Some(item),
            _ => None,
        })
        .flat_map(|item| match &*item.expr {
            syn::Expr::Block(block) => block
                .block
                .stmts
                .iter()
                .filter_map(|stmt| match stmt {
                    syn::Stmt::Item(item) => name(item),
                    _ => None,
                })
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
        .collect();
    (top, hidden)
}

#[test]
fn the_user_sees_five_names_and_the_rest_is_in_an_anonymous_block() {
    let (top, hidden) = item_names(expand(TokenStream::new(), simple_stream()));
    assert_eq!(
        top,
        [
            "ISimpleStream",
            "AsyncISimpleStream",
            "AsyncISimpleStreamServer",
            "ISimpleStreamCall",
            "AsyncISimpleStreamExt"
        ]
    );
    assert_eq!(
        hidden,
        [
            "ISimpleStreamProtocol",
            "ISimpleStreamRequest",
            "ISimpleStreamReply"
        ]
    );
    assert!(errors(TokenStream::new(), simple_stream()).is_empty());
}

#[test]
fn sync_trait_is_kept_without_skip_attributes() {
    let file = parse_output(expand(TokenStream::new(), simple_stream()));
    let Some(Item::Trait(item)) = file.items.first() else {
        panic!("the trait comes first")
    };
    assert_eq!(item.ident, "ISimpleStream");
    assert_eq!(item.items.len(), 5);
    let text = item.to_token_stream().to_string();
    assert!(!text.contains("async_interface"), "{text}");
    assert!(text.contains("Reads up to"), "{text}");
}

#[test]
fn async_trait_signatures() {
    let text = expand(TokenStream::new(), simple_stream()).to_string();
    assert!(
        text.contains("fn begin_write (& self , data : :: std :: vec :: Vec < u8 >)"),
        "{text}"
    );
    assert!(
        text.contains("fn begin_fill (& self , buf : Vec < u8 >)"),
        "{text}"
    );
    assert!(
        text.contains("fn finish_fill (& self , buf : & mut Vec < u8 >)"),
        "{text}"
    );
    assert!(text.contains("fn finish_read (& self ,) -> :: core :: result :: Result < Result < Vec < u8 > , StreamError > , :: async_interface :: CallError >"), "{text}");
    assert!(!text.contains("begin_close"), "{text}");
    // The cfg goes on every piece of the gated method: trait methods (2), server-side
    // method, enum variants (2), the protocol's method name, the two dispatch arms, the
    // client's two methods (its types, `()`, need no Send check), its one-step form.
    assert_eq!(
        text.matches("# [cfg (feature = \"x\")]").count(),
        1 + 11,
        "{text}"
    );
}

#[test]
fn the_protocol_is_the_asynchronous_trait_object() {
    let text = expand(TokenStream::new(), simple_stream()).to_string();
    assert!(
        text.contains("pub type ISimpleStreamCall < S , M = :: async_interface :: Blocking > = :: async_interface :: InterfaceCall < :: async_interface :: __private :: ProtocolOf < dyn AsyncISimpleStream > , S , M > ;"),
        "{text}"
    );
    assert!(
        text.contains("impl __ai :: Protocol for ISimpleStreamProtocol"),
        "{text}"
    );
    assert!(text.contains("impl __ai :: HasProtocol for dyn AsyncISimpleStream { type Protocol = ISimpleStreamProtocol ; }"), "{text}");
    assert!(
        text.contains("const INTERFACE : & 'static str = \"ISimpleStream\" ;"),
        "{text}"
    );
    assert!(
        text.contains("ISimpleStreamRequest :: read (..) => \"ISimpleStream::read\""),
        "{text}"
    );
}

#[test]
fn options_name_and_crate() {
    let text = expand(
        quote!(name = AsyncStream, crate = my::reexport),
        simple_stream(),
    )
    .to_string();
    assert!(text.contains("trait AsyncStream"), "{text}");
    assert!(text.contains("trait AsyncStreamServer"), "{text}");
    assert!(
        text.contains("use my :: reexport :: __private as __ai ;"),
        "{text}"
    );
    assert!(!text.contains("async_interface ::"), "{text}");
}

#[test]
fn empty_trait_expands() {
    let text = expand(
        TokenStream::new(),
        quote!(
            pub trait IEmpty {}
        ),
    )
    .to_string();
    assert!(text.contains("match * request { }"), "{text}");
    assert!(text.contains("pub enum IEmptyRequest { }"), "{text}");
    assert!(text.contains("pub struct IEmptyProtocol ;"), "{text}");
}

#[test]
fn a_locked_trait_is_invoked_through_mut() {
    let text = expand(
        TokenStream::new(),
        quote! {
            pub trait IStore<K: Clone, V, const N: usize>
            where
                V: Default,
            {
                fn get(&self, key: &K) -> Option<V>;
                fn put(&mut self, key: K, value: V);
            }
        },
    )
    .to_string();
    assert!(text.contains("type Access = __ai :: Exclusive ;"), "{text}");
    assert!(
        text.contains("__ai :: InvokeMut < S > for IStoreProtocol < K , V , N >"),
        "{text}"
    );
    // A `&self` method gets `&S` through the lock.
    assert!(
        text.contains("IStore :: < K , V , N > :: get (& * server , & key)"),
        "{text}"
    );
    assert!(
        text.contains("pub type IStoreCall < S , K , V , const N : usize , M = :: async_interface :: Blocking >"),
        "{text}"
    );
    assert!(
        text.contains("V : Default + :: core :: marker :: Send + 'static"),
        "{text}"
    );
}

#[test]
fn deprecated_is_carried_and_must_use_is_not() {
    let text = expand(
        TokenStream::new(),
        quote! {
            trait I {
                #[deprecated = "use n"]
                fn m(&self) -> u8;
                #[must_use]
                fn n(&self) -> u8;
            }
        },
    )
    .to_string();
    // The synchronous method, its pair, its server-side method and its one-step form;
    // impls allow it.
    assert_eq!(
        text.matches("# [deprecated = \"use n\"]").count(),
        5,
        "{text}"
    );
    // Only on the synchronous method: the pair returns `Result`, `#[must_use]` already.
    assert_eq!(text.matches("# [must_use] fn n (").count(), 1, "{text}");
}

#[test]
fn associated_types_are_the_protocols_parameters() {
    let text = expand(
        TokenStream::new(),
        quote! {
            pub trait IKeyed {
                type Item: Clone + Send + 'static;
                type Unused;
                fn get(&self, key: u32) -> Option<Self::Item>;
            }
        },
    )
    .to_string();
    assert!(
        text.contains("pub enum IKeyedRequest < __Item : Clone + Send + 'static >"),
        "{text}"
    );
    assert!(
        text.contains("ProtocolOf < dyn AsyncIKeyed < Item = < S as __IKeyedTypes < M > > :: Item > > , S , M >"),
        "{text}"
    );
    assert!(
        text.contains("__ai :: Invoke < S > for IKeyedProtocol < < S as IKeyed > :: Item >"),
        "{text}"
    );
    assert!(text.contains("type Item = __Item ;"), "{text}");
    // `Unused` stays in the synchronous trait only.
    assert_eq!(text.matches("type Unused").count(), 1, "{text}");
}

#[test]
fn a_derived_trait_embeds_its_supertraits() {
    let text = expand(
        TokenStream::new(),
        quote! {
            pub trait IStream: ISequentialStream + base::IBase + Send {
                fn seek(&self, to: u64) -> u64;
            }
        },
    )
    .to_string();
    assert!(
        text.contains("__IBase (< __ai :: ProtocolOf < dyn base :: AsyncIBase > as __ai :: Protocol > :: Request)"),
        "{text}"
    );
    assert!(
        text.contains("impl __ai :: Embeds < __ai :: ProtocolOf < dyn base :: AsyncIBase > > for IStreamProtocol"),
        "{text}"
    );
    assert!(
        text.contains("T : ? :: core :: marker :: Sized + __ai :: Host < IStreamProtocol > + AsyncISequentialStream + base :: AsyncIBase"),
        "{text}"
    );
    assert!(
        text.contains(
            "pub trait AsyncIStreamServer : AsyncISequentialStreamServer + base :: AsyncIBaseServer"
        ),
        "{text}"
    );
}

/// `remote`: serde on the enums through the facade (the tests of the crate run with and
/// without the feature, so the model is built with the option set directly).
#[test]
fn remote_derives_serde_through_the_facade() {
    for (krate, path) in [
        (None, "::async_interface::__private::serde"),
        (
            Some(syn::parse_quote!(my_alias)),
            "my_alias::__private::serde",
        ),
    ] {
        let interface = super::model_with(
            crate::args::Args {
                remote: Some(syn::parse_quote!(remote)),
                krate,
                ..crate::args::Args::default()
            },
            quote! {
                pub trait IStore {
                    fn get(&self, key: &str) -> Option<Vec<u8>>;
                }
            },
        );
        let text = crate::emit::generate(&interface).to_string();
        assert_eq!(
            text.matches("__private :: serde :: Serialize ,").count(),
            2,
            "{text}"
        );
        assert!(
            text.contains(&format!("# [serde (crate = \"{path}\")]")),
            "{text}"
        );
    }
    let text = expand(TokenStream::new(), simple_stream()).to_string();
    assert!(!text.contains("serde"), "{text}");
}

/// The doc lines of the method `name` of the trait `trait_name` in `output`.
fn method_docs(output: TokenStream, trait_name: &str, name: &str) -> Vec<String> {
    let file = parse_output(output);
    let item = file
        .items
        .iter()
        .find_map(|item| match item {
            Item::Trait(item) if item.ident == trait_name => Some(item),
            _ => None,
        })
        .expect("the trait");
    let method = item
        .items
        .iter()
        .find_map(|item| match item {
            syn::TraitItem::Fn(method) if method.sig.ident == name => Some(method),
            _ => None,
        })
        .expect("the method");
    method
        .attrs
        .iter()
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(doc) if doc.path.is_ident("doc") => {
                Some(doc.value.to_token_stream().to_string())
            }
            _ => None,
        })
        .collect()
}

#[test]
fn the_user_docs_go_to_the_half_they_describe() {
    let output = || {
        expand(
            TokenStream::new(),
            quote! {
                pub trait IFile {
                    /// Reads the file.
                    ///
                    /// # Errors
                    ///
                    /// `NotFound` when there is no file.
                    ///
                    /// # Examples
                    ///
                    /// ```
                    /// # let hidden = 1;
                    /// ```
                    fn read(&self) -> Result<u8, String>;
                }
            },
        )
    };
    let begin = method_docs(output(), "AsyncIFile", "begin_read").join("\n");
    let finish = method_docs(output(), "AsyncIFile", "finish_read").join("\n");
    assert!(begin.contains("Reads the file."), "{begin}");
    assert!(
        begin.contains("# Examples") && begin.contains("# let hidden"),
        "{begin}"
    );
    assert!(
        !begin.contains("NotFound"),
        "the errors are finish_'s: {begin}"
    );
    assert!(finish.contains("NotFound"), "{finish}");
    assert!(!finish.contains("Reads the file."), "{finish}");
    assert_eq!(
        finish.matches("# Errors").count(),
        1,
        "one heading: {finish}"
    );
}
