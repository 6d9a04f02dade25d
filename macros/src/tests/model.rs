//! The model: names, roles of parameters and owned forms, generics, associated types.

use quote::{ToTokens, quote};

use super::{model, simple_stream};
use crate::model::Role;

fn text(tokens: &impl ToTokens) -> String {
    tokens.to_token_stream().to_string()
}

#[test]
fn model_of_simple_stream() {
    let interface = model(simple_stream());
    assert_eq!(interface.async_ident, "AsyncISimpleStream");
    assert_eq!(interface.server_ident, "AsyncISimpleStreamServer");
    assert_eq!(interface.call_ident, "ISimpleStreamCall");
    assert_eq!(interface.protocol_ident, "ISimpleStreamProtocol");
    assert_eq!(interface.request_ident, "ISimpleStreamRequest");
    assert_eq!(interface.names.server, "S");
    assert_eq!(interface.names.mode, "M");
    assert_eq!(text(&interface.krate), ":: async_interface");
    assert_eq!(text(&interface.protocol()), "ISimpleStreamProtocol");
    assert_eq!(
        text(&interface.key_with(|_| quote!())),
        "dyn AsyncISimpleStream"
    );
    assert!(!interface.locked);
    let names: Vec<String> = interface
        .methods
        .iter()
        .map(|m| m.ident.to_string())
        .collect();
    assert_eq!(names, ["read", "write", "fill", "gated"]);
    // `skip` is read once, by the model.
    assert_eq!(interface.skipped.len(), 1);
    assert_eq!(interface.skipped[0].sig.ident, "close");
    let read = &interface.methods[0];
    assert_eq!(read.qualified, "ISimpleStream::read");
    assert_eq!(
        (read.begin_ident.to_string(), read.finish_ident.to_string()),
        ("begin_read".into(), "finish_read".into())
    );
    assert_eq!(read.docs.len(), 1);
    assert_eq!(read.params[0].role, Role::Value);
    let write = &interface.methods[1];
    assert_eq!(write.params[0].role, Role::Borrowed);
    assert_eq!(text(&write.params[0].owned), ":: std :: vec :: Vec < u8 >");
    assert_eq!(text(write.params[0].ty), "& [u8]");
    let fill = &interface.methods[2];
    assert_eq!(fill.params[0].role, Role::InOut);
    assert_eq!(text(&fill.params[0].owned), "Vec < u8 >");
    assert_eq!(fill.outs().count(), 1);
    let gated = &interface.methods[3];
    assert_eq!(gated.cfgs.len(), 1);
    assert_eq!(text(&gated.ret), "()");
}

#[test]
fn model_owned_forms_and_names() {
    let interface = model(quote! {
        trait IFoo {
            fn Read(&self, a: &str, b: &std::path::Path, c: &std::ffi::OsStr, d: &core::ffi::CStr, e: &Foo, f: &'static str, g: S, h: &Path, i: &my::Path);
        }
    });
    let method = &interface.methods[0];
    assert_eq!(method.begin_ident, "Begin_Read");
    assert_eq!(method.finish_ident, "Finish_Read");
    assert!(method.is_camel_case());
    let in_types: Vec<String> = method.params.iter().map(|p| text(&p.owned)).collect();
    assert_eq!(
        in_types,
        [
            ":: std :: string :: String",
            ":: std :: path :: PathBuf",
            ":: std :: ffi :: OsString",
            ":: std :: ffi :: CString",
            "Foo",
            "& 'static str",
            "S",
            "< Path as :: std :: borrow :: ToOwned > :: Owned",
            "my :: Path"
        ]
    );
    assert_eq!(method.params[5].role, Role::Value);
    // A type named `S` in a signature moves the server parameter out of the way.
    assert_eq!(interface.names.server, "Server");
}

#[test]
fn generics_are_spelled_once_for_each_use() {
    let interface = model(quote! {
        pub trait IStore<K: Clone, V = u8, const N: usize = 4>
        where
            V: Default,
            Vec<K>: Send,
        {
            fn get(&self, key: &K) -> Option<V>;
            fn put(&mut self, key: K, value: V);
        }
    });
    assert!(interface.locked);
    let spelled = &interface.generics;
    assert_eq!(
        spelled.args.iter().map(text).collect::<Vec<_>>(),
        ["K", "V", "N"]
    );
    assert_eq!(
        spelled.params.iter().map(text).collect::<Vec<_>>(),
        [
            "K : Clone + :: core :: marker :: Send + 'static",
            "V : Default + :: core :: marker :: Send + 'static",
            "const N : usize"
        ]
    );
    assert_eq!(
        spelled.alias_params.iter().map(text).collect::<Vec<_>>(),
        ["K", "V = u8", "const N : usize = 4"]
    );
    assert_eq!(text(&spelled.where_clause()), "where Vec < K > : Send ,");
    assert_eq!(text(&interface.protocol()), "IStoreProtocol < K , V , N >");
}

#[test]
fn invented_names_avoid_the_users_names() {
    let interface = model(quote! {
        trait I<M, T> {
            fn m(&self, s: S, mode: Mode, d: Derived) -> (M, T);
        }
    });
    assert_eq!(interface.names.server, "Server");
    assert_eq!(interface.names.mode, "__M");
    assert_eq!(interface.names.host, "Host");
    assert_eq!(interface.names.outer, "Outer");
}

#[test]
fn model_of_associated_types() {
    let interface = model(quote! {
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
    });
    // Only the types the asynchronous methods name, in declaration order.
    let names: Vec<String> = interface
        .assoc
        .iter()
        .map(|assoc| assoc.ident.to_string())
        .collect();
    assert_eq!(names, ["Item", "Key"]);
    assert_eq!(interface.assoc[0].param, "__Item");
    assert_eq!(interface.assoc[0].attrs.len(), 1);
    assert_eq!(text(&interface.assoc[0].bounds), "Clone + Send + 'static");
    assert!(interface.has_assoc());
    assert_eq!(interface.types_ident, "__IKeyedTypes");
    assert_eq!(
        text(&interface.protocol()),
        "IKeyedProtocol < __Item , __Key >"
    );
    assert_eq!(
        text(&interface.key_with(|assoc| assoc.param.to_token_stream())),
        "dyn AsyncIKeyed < Item = __Item , Key = __Key >"
    );
    // `&Self::Key` is taken owned as `Self::Key` (never as a std owned form).
    let get = &interface.methods[1];
    assert_eq!(get.params[0].role, Role::Borrowed);
    assert_eq!(text(&get.params[0].owned), "Self :: Key");
    // Each generated item writes `Self::X` its own way.
    assert_eq!(
        text(&interface.in_enums(&get.ret)),
        "Option < Vec < __Item > >"
    );
    assert_eq!(
        text(&interface.in_traits(&get.ret)),
        "Option < Vec < Self :: Item > >"
    );
}

#[test]
fn associated_items_not_used_asynchronously_leave_the_model_alone() {
    let interface = model(quote! {
        trait I {
            type T;
            const C: u8;
            fn m(&self) -> u8;
            #[async_interface(skip)]
            fn t(&self) -> Self::T;
        }
    });
    assert!(!interface.has_assoc());
    assert_eq!(text(&interface.protocol()), "IProtocol");
}

#[test]
fn supertraits_that_are_interfaces() {
    let interface = model(quote! {
        pub trait IStream: ISequentialStream + base::IBase<u8> + Send + Sync + std::fmt::Debug {
            fn seek(&self, to: u64) -> u64;
        }
    });
    let supers: Vec<String> = interface
        .supers
        .iter()
        .map(|sup| text(&sup.protocol(&crate::emit::runtime())))
        .collect();
    assert_eq!(
        supers,
        [
            "__ai :: ProtocolOf < dyn AsyncISequentialStream >",
            "__ai :: ProtocolOf < dyn base :: AsyncIBase < u8 > >"
        ]
    );
    assert_eq!(interface.supers[1].variant(), "__IBase");
}

#[test]
fn block_names_give_way_to_the_users_names() {
    let interface = model(quote! {
        trait IFoo {
            fn m(&self, r: IFooRequest) -> IFooProtocol;
        }
    });
    assert_eq!(interface.protocol_ident, "__IFooProtocol");
    assert_eq!(interface.request_ident, "__IFooRequest");
    assert_eq!(interface.reply_ident, "IFooReply");
}
