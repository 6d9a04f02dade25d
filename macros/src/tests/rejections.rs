//! Every rejection, and the shapes that must not be rejected.

use proc_macro2::TokenStream;
use quote::quote;

use super::{assert_rejects, errors, simple_stream};

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
                trait I {
                    fn m(&self, out: *mut u64) -> Option<*const u8>;
                }
            ),
            "raw pointers cannot cross",
        ),
        (
            quote!(
                trait I {
                    fn m(&self, shared: std::rc::Rc<u8>) -> Vec<Rc<String>>;
                }
            ),
            "`Rc` is not `Send`",
        ),
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
                    fn m(&self) -> &mut String;
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
                    fn m(&self, v: &[Vec<&str>]);
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
    // What a trait object leaves out is left out, and an error with `strict`.
    const LEFT_OUT: &[&str] = &[
        "without `self`",
        "generic methods",
        "`where` clauses on methods",
    ];
    for (input, fragment) in cases {
        if LEFT_OUT.contains(fragment) {
            let messages = errors(TokenStream::new(), input.clone());
            assert!(messages.is_empty(), "{input}: left out, not {messages:?}");
            let messages = errors(quote!(strict), input.clone());
            assert!(
                messages.iter().any(|message| message.contains(fragment)),
                "{input} with `strict`: expected {fragment:?}, got {messages:?}"
            );
        } else {
            assert_rejects(input.clone(), fragment);
        }
    }
}

#[test]
fn dyn_without_send_is_one_error_saying_what_to_write() {
    let messages = errors(
        TokenStream::new(),
        quote!(
            trait I {
                fn m(&self, f: Box<dyn Fn(u8)>) -> Result<u8, Box<dyn std::error::Error>>;
                fn n(&self) -> Option<&(dyn std::error::Error + 'static)>;
                fn ok(
                    &self,
                    f: Box<dyn Fn(&str) + Send>,
                ) -> Box<dyn std::error::Error + Send + Sync>;
            }
        ),
    );
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(
        messages[0].contains("write `dyn Fn(u8) + Send`"),
        "{messages:?}"
    );
    assert!(
        messages[1].contains("write `dyn std::error::Error + Send + Sync`"),
        "{messages:?}"
    );
    assert!(
        messages[2].contains("the return type borrows"),
        "{messages:?}"
    );
}

#[test]
fn provided_methods_with_uncarried_types_are_left_out() {
    // std's `fmt::Write`: `write_fmt` borrows the caller's `Arguments<'_>`, and has a body.
    let write = quote!(
        trait Write {
            fn write_str(&mut self, s: &str) -> Result<(), Error>;
            fn write_fmt(&mut self, args: Arguments<'_>) -> Result<(), Error> {
                loop {}
            }
        }
    );
    assert!(errors(TokenStream::new(), write.clone()).is_empty());
    let strict = errors(quote!(strict), write);
    assert!(
        strict.iter().any(|message| message.contains("borrows")),
        "{strict:?}"
    );
    // Without a body, or with a mistake other than its types, it stays an error.
    assert_rejects(
        quote!(
            trait Write {
                fn write_fmt(&mut self, args: Arguments<'_>) -> Result<(), Error>;
            }
        ),
        "borrows",
    );
    assert_rejects(
        quote!(
            trait Job {
                async fn run(&self, args: Arguments<'_>) {}
            }
        ),
        "`async fn` is not supported",
    );
}

#[test]
fn borrowed_returns_copied_with_clone_need_clone() {
    assert_rejects(
        quote!(
            trait I<T> {
                fn m(&self) -> Option<&T>;
            }
        ),
        "bound the parameter `T: Clone`",
    );
    assert_rejects(
        quote!(
            trait I {
                type Item: Send + 'static;
                fn m(&self) -> &Self::Item;
            }
        ),
        "declare `type Item: Clone;`",
    );
}

#[test]
fn all_errors_of_a_trait_are_reported_together() {
    let messages = errors(
        TokenStream::new(),
        quote! {
            trait I {
                async fn a(&self);
                fn b(self);
                fn c(&self) -> (u8, &str);
            }
        },
    );
    assert_eq!(messages.len(), 3, "{messages:?}");
}

#[test]
fn accepted_shapes() {
    for input in [
        // Issue 12: `where Self: ..` on the trait is a bound on the server; associated types
        // without `Send + 'static` get them; `Self::Item` of a plain supertrait; methods a
        // trait object leaves out are left out.
        quote!(
            trait I<T>
            where
                Self: Sized,
            {
                fn m(&self, t: T);
            }
        ),
        quote!(
            trait I {
                type T;
                type U: Send;
                type V: 'static + Clone;
                fn m(&self, t: Vec<Self::T>) -> Option<Self::U>;
                fn n(&self, v: &mut Self::V);
            }
        ),
        quote!(
            trait I: Iterator {
                fn m(&self) -> Self::Item;
            }
        ),
        quote!(
            trait I {
                fn new() -> Self
                where
                    Self: Sized;
                fn g<U: Into<u8>>(&self, u: U);
                fn h(&self)
                where
                    Self: Sized;
                fn m(&self);
            }
        ),
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
    let plain = quote!(
        trait I: ErrorType {
            fn m(&mut self) -> Result<(), Self::Error>;
        }
    );
    let messages = errors(quote!(bounds(ErrorType)), plain.clone());
    assert!(messages.is_empty(), "{plain}: {messages:?}");
    // Without `bounds(..)`, `ErrorType` is an interface and `Self::Error` is not declared.
    let messages = errors(TokenStream::new(), plain);
    assert!(
        messages
            .iter()
            .any(|message| message.contains("bounds(Supertrait)")),
        "{messages:?}"
    );
}

#[test]
fn rejects_associated_type_mistakes() {
    let cases: &[(TokenStream, &str)] = &[
        (
            quote!(
                trait I {
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

#[test]
fn the_remote_option_needs_the_feature_and_is_written_once() {
    let (args, error) = crate::args::parse_args(quote!(remote));
    if cfg!(feature = "remote") {
        assert!(error.is_none());
        assert!(args.remote.is_some());
        let (_, error) = crate::args::parse_args(quote!(remote, remote));
        let error = error.expect("duplicate rejected").to_string();
        assert!(error.contains("duplicated option `remote`"), "{error}");
    } else {
        let error = error.expect("rejected without the feature").to_string();
        assert!(error.contains("needs the `remote` feature"), "{error}");
        assert!(args.remote.is_none());
    }
}

#[test]
fn remote_with_associated_types_in_methods_is_rejected_at_the_option() {
    let interface = super::model_with(
        crate::args::Args {
            remote: Some(syn::parse_quote!(remote)),
            ..crate::args::Args::default()
        },
        quote! {
            pub trait IKeyed {
                type Item: Send + 'static;
                fn get(&self) -> Self::Item;
            }
        },
    );
    let mut errors = crate::errors::Errors::default();
    crate::validate::validate(&interface, &mut errors);
    let error = errors.finish().expect_err("rejected").to_string();
    assert!(
        error.contains("does not support associated types"),
        "{error}"
    );
}
