//! Unit tests of the core: `expand` on `quote!` input, the model, and every rejection.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{File, Item, ItemTrait, LitStr};

use crate::args::Args;
use crate::expand::expand;
use crate::model::{Interface, ParamKind};

fn parse_output(output: TokenStream) -> File {
    match syn::parse2::<File>(output.clone()) {
        Ok(file) => file,
        Err(error) => panic!("the expansion is not a valid file: {error}\n{output}"),
    }
}

/// The messages of the `compile_error!`s in the expansion.
fn errors(args: TokenStream, input: TokenStream) -> Vec<String> {
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

fn assert_rejects(input: TokenStream, fragment: &str) {
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

fn simple_stream() -> TokenStream {
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

fn model(input: TokenStream) -> Interface {
    let item: ItemTrait = syn::parse2(input).expect("a trait");
    Interface::new(&item, &Args::default())
}

#[test]
fn expansion_parses_and_names_the_items() {
    let file = parse_output(expand(TokenStream::new(), simple_stream()));
    let names: Vec<String> = file
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Trait(item) => Some(item.ident.to_string()),
            Item::Struct(item) => Some(item.ident.to_string()),
            Item::Enum(item) => Some(item.ident.to_string()),
            _ => None,
        })
        .collect();
    for expected in [
        "ISimpleStream",
        "AsyncISimpleStream",
        "__ISimpleStreamRequest",
        "__ISimpleStreamReply",
        "__ISimpleStreamDispatch",
        "ISimpleStreamCall",
    ] {
        assert!(
            names.iter().any(|name| name == expected),
            "{expected} missing from {names:?}"
        );
    }
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
    assert!(text.contains("fn finish_read (& self ,) -> :: core :: result :: Result < Result < Vec < u8 > , StreamError > , :: async_interface :: __private :: CallError >"), "{text}");
    assert!(!text.contains("begin_close"), "{text}");
    // The cfg goes on every piece of the gated method: trait methods (2), enum variants (2),
    // dispatch arms (by `&S` and by `&mut S`), impl methods (2), send check, server-side
    // method, native arm, apartment method, method name arm.
    assert_eq!(
        text.matches("# [cfg (feature = \"x\")]").count(),
        1 + 13,
        "{text}"
    );
}

#[test]
fn model_of_simple_stream() {
    let interface = model(simple_stream());
    assert_eq!(interface.async_ident, "AsyncISimpleStream");
    assert_eq!(interface.call_ident, "ISimpleStreamCall");
    assert_eq!(interface.request_ident, "__ISimpleStreamRequest");
    assert_eq!(interface.server_param, "S");
    assert_eq!(
        interface.krate.to_token_stream().to_string(),
        ":: async_interface"
    );
    let names: Vec<String> = interface
        .methods
        .iter()
        .map(|m| m.ident.to_string())
        .collect();
    assert_eq!(names, ["read", "write", "fill", "gated"]);
    let read = &interface.methods[0];
    assert_eq!(read.qualified, "ISimpleStream::read");
    assert_eq!(
        (read.begin_ident.to_string(), read.finish_ident.to_string()),
        ("begin_read".into(), "finish_read".into())
    );
    assert_eq!(read.docs.len(), 1);
    assert!(matches!(read.params[0].kind, ParamKind::ByValue(_)));
    let write = &interface.methods[1];
    assert!(
        matches!(&write.params[0].kind, ParamKind::Borrowed { owned_ty } if owned_ty.to_token_stream().to_string() == ":: std :: vec :: Vec < u8 >")
    );
    let fill = &interface.methods[2];
    assert!(
        matches!(&fill.params[0].kind, ParamKind::InOut { owned_ty } if owned_ty.to_token_stream().to_string() == "Vec < u8 >")
    );
    let gated = &interface.methods[3];
    assert_eq!(gated.cfgs.len(), 1);
    assert_eq!(gated.ret.to_token_stream().to_string(), "()");
}

#[test]
fn model_owned_forms_and_names() {
    let interface = model(quote! {
        trait IFoo {
            fn Read(&self, a: &str, b: &Path, c: &std::ffi::OsStr, d: &CStr, e: &Foo, f: &'static str, g: S);
        }
    });
    let method = &interface.methods[0];
    assert_eq!(method.begin_ident, "Begin_Read");
    assert_eq!(method.finish_ident, "Finish_Read");
    let in_types: Vec<String> = method
        .params
        .iter()
        .map(|p| p.kind.in_ty().to_token_stream().to_string())
        .collect();
    assert_eq!(
        in_types,
        [
            ":: std :: string :: String",
            ":: std :: path :: PathBuf",
            ":: std :: ffi :: OsString",
            ":: std :: ffi :: CString",
            "Foo",
            "& 'static str",
            "S"
        ]
    );
    // A type named `S` in a signature moves the server parameter out of the way.
    assert_eq!(interface.server_param, "Server");
}

#[test]
fn options_name_and_crate() {
    let text = expand(
        quote!(name = AsyncStream, crate = my::reexport),
        simple_stream(),
    )
    .to_string();
    assert!(text.contains("trait AsyncStream"), "{text}");
    assert!(
        text.contains("my :: reexport :: __private :: Call"),
        "{text}"
    );
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
    assert!(text.contains("match self { }"), "{text}");
}

#[test]
fn rejects_options() {
    assert!(errors(quote!(nmae = X), simple_stream())[0].contains("unknown option `nmae`"));
    assert!(
        errors(quote!(name = A, name = B), simple_stream())[0].contains("duplicated option `name`")
    );
    assert!(
        errors(quote!(crate = a, crate = b), simple_stream())[0]
            .contains("duplicated option `crate`")
    );
    assert!(
        errors(quote!(name = "A"), simple_stream())[0].contains("`name =` takes an identifier")
    );
    // Unknown options do not hide the next ones.
    assert_eq!(
        errors(quote!(a = 1, b, name = "A"), simple_stream()).len(),
        3
    );
}

#[test]
fn rejects_items_that_are_not_traits() {
    assert_rejects(
        quote!(
            struct S;
        ),
        "goes on a trait",
    );
    assert_rejects(
        quote!(
            fn f() {}
        ),
        "goes on a trait",
    );
}

#[test]
fn rejects_each_mistake() {
    let cases: &[(TokenStream, &str)] = &[
        (
            quote!(
                unsafe trait I {
                    fn m(&self);
                }
            ),
            "`unsafe trait`",
        ),
        (
            quote!(
                trait I<'a> {
                    fn m(&self);
                }
            ),
            "lifetime parameters on the trait",
        ),
        (
            quote!(
                trait I<T>
                where
                    Self: Sized,
                {
                    fn m(&self, t: T);
                }
            ),
            "`where` predicates on `Self`",
        ),
        (
            quote!(
                trait I: Fn(u8) {
                    fn m(&self);
                }
            ),
            "`Fn(..)` supertraits are not interfaces",
        ),
        (
            quote!(
                trait I {
                    async fn m(&self);
                }
            ),
            "`async fn`",
        ),
        (
            quote!(
                trait I {
                    unsafe fn m(&self);
                }
            ),
            "`unsafe fn`",
        ),
        (
            quote!(
                trait I {
                    extern "C" fn m(&self);
                }
            ),
            "`extern`",
        ),
        (
            quote!(
                trait I {
                    fn m(self);
                }
            ),
            "`self` by value",
        ),
        (
            quote!(
                trait I {
                    fn m(self: Box<Self>);
                }
            ),
            "`self: Box<Self>`",
        ),
        (
            quote!(
                trait I {
                    fn m(self: Pin<&mut Self>);
                }
            ),
            "`self: Pin<&mut Self>`",
        ),
        (
            quote!(
                trait I {
                    fn m();
                }
            ),
            "without `self`",
        ),
        (
            quote!(
                trait I {
                    fn m<T>(&self, t: T);
                }
            ),
            "generic methods",
        ),
        (
            quote!(
                trait I {
                    fn m<const N: usize>(&self);
                }
            ),
            "generic methods",
        ),
        (
            quote!(
                trait I {
                    fn m(&self, t: impl Copy);
                }
            ),
            "`impl Trait` arguments",
        ),
        (
            quote!(
                trait I {
                    fn m(&self, t: &impl Copy);
                }
            ),
            "`impl Trait` arguments",
        ),
        (
            quote!(
                trait I {
                    fn m(&self) -> impl Copy;
                }
            ),
            "`impl Trait` in the return type",
        ),
        (
            quote!(
                trait I {
                    fn m(&self) -> &str;
                }
            ),
            "the return type borrows",
        ),
        (
            quote!(
                trait I {
                    fn m(&self) -> Option<(u8, &str)>;
                }
            ),
            "the return type borrows",
        ),
        (
            quote!(
                trait I {
                    fn m<'a>(&self) -> Cow<'a, str>;
                }
            ),
            "lifetime other than `'static`",
        ),
        (
            quote!(
                trait I {
                    fn m(&self, v: Vec<&str>);
                }
            ),
            "this parameter type borrows",
        ),
        (
            quote!(
                trait I {
                    fn m(&self, v: Foo<'_>);
                }
            ),
            "this parameter type borrows",
        ),
        (
            quote!(
                trait I {
                    fn m(&self, v: &[&str]);
                }
            ),
            "the referenced type borrows",
        ),
        (
            quote!(
                trait I {
                    fn m(&self, (a, b): (u8, u8));
                }
            ),
            "plain name",
        ),
        (
            quote!(
                trait I {
                    fn m(&self, _: u8);
                }
            ),
            "plain name",
        ),
        (
            quote!(
                trait I {
                    fn m(&self, __ret: u8);
                }
            ),
            "reserved",
        ),
        (
            quote!(
                trait I {
                    fn m(&self, b: &mut [u8]);
                }
            ),
            "`&mut Vec<T>`",
        ),
        (
            quote!(
                trait I {
                    fn m(&self, b: &mut str);
                }
            ),
            "`&mut String`",
        ),
        (
            quote!(
                trait I {
                    fn m(&self, b: &mut dyn Write);
                }
            ),
            "`&mut dyn Trait`",
        ),
        (
            quote!(
                trait I {
                    fn m(&self, b: &dyn Display);
                }
            ),
            "`&dyn Trait`",
        ),
        (
            quote!(
                trait I {
                    fn m(&self, b: Self);
                }
            ),
            "`Self` is not supported",
        ),
        (
            quote!(
                trait I {
                    fn m(&self) -> Vec<Self>;
                }
            ),
            "`Self` is not supported",
        ),
        (
            quote!(
                trait I {
                    fn m(&self, b: &Self);
                }
            ),
            "`Self` is not supported",
        ),
        (
            quote!(
                trait I {
                    fn x(&self);
                    fn begin_x(&self);
                }
            ),
            "`begin_x` is also the name",
        ),
        (
            quote!(
                trait I {
                    fn X(&self);
                    fn Finish_X(&self);
                }
            ),
            "`Finish_X` is also the name",
        ),
        (
            quote!(
                trait I {
                    #[async_interface(skp)]
                    fn m(&self);
                }
            ),
            "unknown option `skp`",
        ),
        (
            quote!(
                trait I {
                    #[async_interface]
                    fn m(&self);
                }
            ),
            "#[async_interface(skip)]",
        ),
        (
            quote!(
                trait I {
                    my_macro!();
                }
            ),
            "macro invocations",
        ),
        (
            quote!(
                trait I {
                    fn m(&self)
                    where
                        Self: Sized;
                }
            ),
            "`where` clauses on methods",
        ),
    ];
    for (input, fragment) in cases {
        assert_rejects(input.clone(), fragment);
    }
}

#[test]
fn all_errors_of_a_trait_are_reported_together() {
    let messages = errors(
        TokenStream::new(),
        quote! {
            trait I {
                async fn a(&self);
                fn b(self);
                fn c(&self) -> &str;
            }
        },
    );
    assert_eq!(messages.len(), 3, "{messages:?}");
}

#[test]
fn accepted_shapes() {
    for input in [
        quote!(
            trait I {
                fn m(&self, f: fn(&str) -> &str) -> Box<dyn Fn(&str) -> String + Send>;
            }
        ),
        quote!(
            trait I {
                fn m(&self) -> &'static str;
            }
        ),
        quote!(
            trait I: Send + Sync + 'static {
                fn m(&self);
            }
        ),
        quote!(
            trait I {
                const C: u8;
                type T;
                fn m(&self) -> u8 {
                    0
                }
            }
        ),
        quote!(
            trait I {
                fn m<'a>(&'a self, s: &'a str);
            }
        ),
        quote!(
            trait I {
                fn m(self: &Self);
            }
        ),
        quote!(
            trait I {
                #[async_interface(skip)]
                fn m(self) -> Self;
                fn n(&self);
            }
        ),
        quote!(
            trait I {
                fn r#type(&self, r#in: u8);
            }
        ),
    ] {
        let messages = errors(TokenStream::new(), input.clone());
        assert!(messages.is_empty(), "{input}: {messages:?}");
    }
}

#[test]
fn generic_trait_and_locked_server() {
    let input = quote! {
        pub trait IStore<K: Clone, V, const N: usize>
        where
            V: Default,
        {
            fn get(&self, key: &K) -> Option<V>;
            fn put(&mut self, key: K, value: V);
        }
    };
    assert!(errors(TokenStream::new(), input.clone()).is_empty());
    let interface = model(input.clone());
    assert!(interface.locked);
    assert_eq!(interface.server_ident, "AsyncIStoreServer");
    assert_eq!(interface.mode_param, "M");
    let text = expand(TokenStream::new(), input).to_string();
    assert!(
        text.contains("pub struct IStoreCall < S : ? :: core :: marker :: Sized , K , V , const N : usize , M = :: async_interface :: __private :: Blocking >"),
        "{text}"
    );
    assert!(text.contains(":: std :: sync :: Mutex < S >"), "{text}");
    assert!(text.contains("V : Default"), "{text}");
}

#[test]
fn mode_and_server_params_avoid_the_users_names() {
    let interface = model(quote! {
        trait I<M> {
            fn m(&self, s: S, mode: Mode) -> M;
        }
    });
    assert_eq!(interface.server_param, "Server");
    assert_eq!(interface.mode_param, "__M");
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
    // The synchronous method, its pair, and its server-side method.
    assert_eq!(
        text.matches("# [deprecated = \"use n\"]").count(),
        4,
        "{text}"
    );
    // Only on the synchronous method: the pair returns `Result`, `#[must_use]` already.
    assert_eq!(text.matches("# [must_use] fn n (").count(), 1, "{text}");
}

#[test]
fn model_of_associated_types() {
    let input = quote! {
        pub trait IKeyed {
            /// Docs travel.
            type Item: Clone + Send + 'static;
            type Key: Send + 'static;
            type Unused;
            type Cursor;
            const CAPACITY: usize;
            fn put(&self, item: Self::Item) -> Result<Self::Key, String>;
            fn get(&self, key: &Self::Key) -> Option<Vec<<Self as IKeyed>::Item>>;
            fn swap(&self, item: &mut Self::Item);
            #[async_interface(skip)]
            fn cursor(&self) -> Self::Cursor;
        }
    };
    assert!(errors(TokenStream::new(), input.clone()).is_empty());
    let interface = model(input.clone());
    // Only the types the asynchronous methods name, in declaration order.
    let names: Vec<String> = interface
        .assoc
        .iter()
        .map(|assoc| assoc.ident.to_string())
        .collect();
    assert_eq!(names, ["Item", "Key"]);
    assert_eq!(interface.assoc[0].attrs.len(), 1);
    assert_eq!(
        interface.assoc[0].bounds.to_token_stream().to_string(),
        "Clone + Send + 'static"
    );
    assert!(interface.has_assoc());
    assert_eq!(interface.consts.len(), 1);
    assert_eq!(interface.consts[0].ident, "CAPACITY");
    assert_eq!(interface.types_ident, "__IKeyedTypes");
    assert_eq!(interface.carrier_param, "__D");
    // `&Self::Key` is taken owned as `Self::Key` (never as a std owned form).
    let get = &interface.methods[1];
    assert!(
        matches!(&get.params[0].kind, ParamKind::Borrowed { owned_ty } if owned_ty.to_token_stream().to_string() == "Self :: Key")
    );
    // Each generated item writes `Self::X` its own way.
    let carried = get.resolved(&interface, &quote!(__D));
    assert_eq!(
        carried.ret.to_token_stream().to_string(),
        "Option < Vec < __D :: Item > >"
    );
    assert_eq!(
        carried.params[0].kind.in_ty().to_token_stream().to_string(),
        "__D :: Key"
    );
    let via_sync = interface.methods[2].resolved(&interface, &quote!(<S as IKeyed>));
    assert_eq!(
        via_sync.params[0]
            .kind
            .in_ty()
            .to_token_stream()
            .to_string(),
        "< S as IKeyed > :: Item"
    );
    let text = expand(TokenStream::new(), input).to_string();
    assert!(
        text.contains("pub enum __IKeyedRequest < __D : __IKeyedTypes >"),
        "{text}"
    );
    assert!(
        text.contains("type __Types = __IKeyedDispatch < S , M > ;"),
        "{text}"
    );
    assert!(
        text.contains("pub const CAPACITY : usize = < S as IKeyed > :: CAPACITY ;"),
        "{text}"
    );
    // `Unused` stays in the synchronous trait only.
    assert_eq!(text.matches("type Unused").count(), 1, "{text}");
}

#[test]
fn associated_items_not_used_asynchronously_leave_the_expansion_alone() {
    let input = quote! {
        trait I {
            type T;
            fn m(&self) -> u8;
            #[async_interface(skip)]
            fn t(&self) -> Self::T;
        }
    };
    assert!(errors(TokenStream::new(), input.clone()).is_empty());
    let interface = model(input.clone());
    assert!(!interface.has_assoc());
    let text = expand(TokenStream::new(), input).to_string();
    assert!(!text.contains("__ITypes"), "{text}");
    assert!(
        text.contains("pub enum __IRequest {") || text.contains("enum __IRequest {"),
        "{text}"
    );
}

#[test]
fn rejects_associated_type_mistakes() {
    let cases: &[(TokenStream, &str)] = &[
        (
            quote!(
                trait I: Iterator {
                    fn m(&self) -> Self::Item;
                }
            ),
            "`Self::Item` is not an associated type declared in `I`",
        ),
        (
            quote!(
                trait I {
                    type T: Send + 'static;
                    fn m(&self) -> <Self as Iterator>::Item;
                }
            ),
            "`<Self as Iterator>::Item` is an associated type of another trait",
        ),
        (
            quote!(
                trait I {
                    type T<'a>: Send + 'static;
                    fn m(&self) -> Self::T<'static>;
                }
            ),
            "generic associated types cannot be used by asynchronous methods",
        ),
        (
            quote!(
                trait I {
                    type T: Send + 'static
                    where
                        Self: Sized;
                    fn m(&self) -> Self::T;
                }
            ),
            "`where` clauses on an associated type used by asynchronous methods",
        ),
        (
            quote!(
                trait I {
                    #[cfg(unix)]
                    type T: Send + 'static;
                    fn m(&self) -> Self::T;
                }
            ),
            "`#[cfg]` on an associated type used by asynchronous methods",
        ),
        (
            quote!(
                trait I {
                    type T: ?Sized + Send + 'static;
                    fn m(&self, t: &Self::T);
                }
            ),
            "must be sized; remove `?Sized`",
        ),
        (
            quote!(
                trait I {
                    type K: Send + 'static;
                    type T: From<Self::K> + Send + 'static;
                    fn m(&self, t: Self::T);
                }
            ),
            "cannot name `Self`",
        ),
        (
            quote!(
                trait I {
                    type T;
                    fn m(&self, t: Vec<Self::T>);
                }
            ),
            "declare it `type T: Send + 'static;` (missing: `Send + 'static`",
        ),
        (
            quote!(
                trait I {
                    type T: Send;
                    fn m(&self) -> Option<Self::T>;
                }
            ),
            "(missing: `'static`",
        ),
        (
            quote!(
                trait I {
                    type T: 'static + Clone;
                    fn m(&self, t: &mut Self::T);
                }
            ),
            "(missing: `Send`",
        ),
        (
            quote!(
                trait I: IBase {
                    type T: Send + 'static;
                    fn m(&self) -> Self::T;
                }
            ),
            "a trait that derives from an interface (`IBase`) are not supported",
        ),
        (
            quote!(
                trait I {
                    type T: Send + 'static;
                    fn m(&self) -> Self::T::Inner;
                }
            ),
            "`Self` is not supported in parameter or return types",
        ),
    ];
    for (input, fragment) in cases {
        assert_rejects(input.clone(), fragment);
    }
}
