//! Tokens from the model: the asynchronous trait, the hidden request/reply enums and
//! dispatcher, and the call object.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Error, Ident, Item};

use crate::args::{self, path_to_string};
use crate::fallback;
use crate::model::{Interface, Method, ParamKind};
use crate::server_side;
use crate::validate::{self, Errors};

/// The whole attribute: `args` are the tokens inside `#[async_interface(..)]`, `input`
/// the item it is written on.
pub(crate) fn expand(args: TokenStream, input: TokenStream) -> TokenStream {
    let (args, args_error) = args::parse_args(args);
    let mut errors = Errors::default();
    if let Some(error) = args_error {
        errors.push(error);
    }
    let item = match syn::parse2::<Item>(input.clone()) {
        Ok(Item::Trait(item)) => item,
        Ok(other) => {
            errors.push(Error::new_spanned(
                not_a_trait_span(&other),
                "#[async_interface] goes on a trait, as `pub trait IFoo { fn m(&self, x: T) -> R; }`; it makes the trait's asynchronous form and call object",
            ));
            return fallback::input_with_errors(
                input,
                &errors
                    .finish()
                    .err()
                    .unwrap_or_else(|| Error::new(Span::call_site(), "not a trait")),
            );
        }
        Err(error) => {
            errors.push(error);
            return fallback::input_with_errors(
                input,
                &errors
                    .finish()
                    .err()
                    .unwrap_or_else(|| Error::new(Span::call_site(), "not a trait")),
            );
        }
    };
    validate::validate(&item, &mut errors);
    if let Err(error) = errors.finish() {
        return fallback::trait_with_errors(&item, &error);
    }
    let interface = Interface::new(&item, &args);
    if let Some(error) = crate::remote::check(&interface) {
        return fallback::trait_with_errors(&item, &error);
    }
    let sync_trait = fallback::strip_options(&item);
    let generated = generate(&interface);
    quote! {
        #sync_trait
        #generated
    }
}

/// Where to put the caret for an item that is not a trait: its keyword and name.
fn not_a_trait_span(item: &Item) -> TokenStream {
    match item {
        Item::Struct(item) => pair(&item.struct_token, &item.ident),
        Item::Enum(item) => pair(&item.enum_token, &item.ident),
        Item::Union(item) => pair(&item.union_token, &item.ident),
        Item::Fn(item) => pair(&item.sig.fn_token, &item.sig.ident),
        Item::Mod(item) => pair(&item.mod_token, &item.ident),
        Item::Impl(item) => pair(&item.impl_token, &item.self_ty),
        Item::Type(item) => pair(&item.type_token, &item.ident),
        other => other.to_token_stream(),
    }
}

fn pair(first: &dyn ToTokens, second: &dyn ToTokens) -> TokenStream {
    let mut tokens = first.to_token_stream();
    second.to_tokens(&mut tokens);
    tokens
}

/// The generated items for a valid interface.
pub(crate) fn generate(interface: &Interface) -> TokenStream {
    let async_trait = async_trait(interface);
    let server_trait = server_side::server_trait(interface);
    let hidden = hidden_items(interface);
    let call_object = call_object(interface);
    let apartment = server_side::apartment_impl(interface);
    let remote = crate::remote::items(interface);
    quote! {
        #async_trait
        #server_trait
        #hidden
        #call_object
        #apartment
        #remote
    }
}

/// `krate` as a doc link prefix: `async_interface`.
pub(crate) fn doc_krate(interface: &Interface) -> String {
    path_to_string(&interface.krate)
        .trim_start_matches("::")
        .to_owned()
}

pub(crate) fn doc_attrs(lines: &[String]) -> TokenStream {
    let lines = lines
        .iter()
        .map(|line| format!(" {line}").trim_end().to_owned());
    quote!(#(#[doc = #lines])*)
}

fn async_trait(interface: &Interface) -> TokenStream {
    let Interface {
        ident,
        vis,
        async_ident,
        call_ident,
        server_ident,
        krate,
        ..
    } = interface;
    let k = doc_krate(interface);
    let docs = doc_attrs(&[
        format!(
            "Asynchronous form of [`{ident}`] (COM: the `{async_ident}` interface MIDL makes for `async_uuid`)."
        ),
        String::new(),
        format!(
            "Each method `m` of [`{ident}`] becomes a pair: `begin_m` starts the call with the in-part of the arguments and \
             returns at once, and `finish_m` waits for the call to complete and returns its out-part and what `m` returned. \
             Borrowed arguments are taken owned (`&str` as `String`, `&[T]` as `Vec<T>`, `&T` as `T`), because the call \
             outlives the caller's borrow; a `&mut T` argument goes to `begin_m` by value and comes back through \
             `finish_m`. Methods spelled COM style (`Read`) get `Begin_Read` and `Finish_Read`."
        ),
        String::new(),
        format!(
            "A call object makes one call at a time: `begin_` while a call is in progress fails with \
             [`CallError::CallPending`]({k}::CallError::CallPending), and every `begin_` needs its `finish_`. \
             Waiting (`wait`), signalling and cancelling (`cancel`) come from the supertraits; bring them into scope \
             with `use {k}::prelude::*;`."
        ),
        String::new(),
        format!(
            "Get one from a server `S: {ident}` held in an `Arc` with [`{call_ident}::new`] \
             (COM: `ICallFactory::CreateCall`); it runs the server's methods on a worker. A server that is \
             asynchronous itself implements [`{server_ident}`] instead and gets the same client API from \
             [`{call_ident}::native`]."
        ),
    ]);
    let docs = if interface.supers.is_empty() {
        docs
    } else {
        let names: Vec<String> = interface
            .supers
            .iter()
            .map(|sup| format!("`Async{}`", sup.ident.unraw()))
            .collect();
        let line = doc_attrs(&[
            String::new(),
            format!(
                "It derives from the asynchronous forms of [`{ident}`]'s supertraits ({}), as MIDL derives \
                 `AsyncIDerived` from `AsyncIBase`: [`{call_ident}`] serves their methods too, through the same \
                 call state (one call at a time, whichever trait the method comes from).",
                names.join(", ")
            ),
        ]);
        quote!(#docs #line)
    };
    let docs = if interface.has_assoc() {
        let names: Vec<String> = interface
            .assoc
            .iter()
            .map(|assoc| format!("`{}`", assoc.ident))
            .collect();
        let first = &interface.assoc[0].ident;
        let line = doc_attrs(&[
            String::new(),
            format!(
                "Associated types: the methods use [`{ident}`]'s {}, so this trait declares them too (same bounds, \
                 `Send + 'static` among them, since values cross to a worker thread). A call object takes its \
                 server's: `<{call_ident}<S> as {async_ident}>::{first}` is `<S as {ident}>::{first}` (and \
                 `<S as {server_ident}>::{first}` for a native server). Name them to use the trait as an object: \
                 `dyn {async_ident}<{}>`.",
                names.join(", "),
                interface
                    .assoc
                    .iter()
                    .map(|assoc| format!("{} = ..", assoc.ident))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ]);
        quote!(#docs #line)
    } else {
        docs
    };
    let docs = if interface.consts.is_empty() {
        docs
    } else {
        let line = doc_attrs(&[
            String::new(),
            format!(
                "Associated consts of [`{ident}`] are not declared here (a trait with consts cannot be used as \
                 `dyn {async_ident}`); the call object over a blocking server or an apartment exposes them as \
                 inherent consts: `<{call_ident}<S>>::{}` is `<S as {ident}>::{}`.",
                interface.consts[0].ident, interface.consts[0].ident
            ),
        ]);
        quote!(#docs #line)
    };
    let assoc_decls = interface.assoc_decls();
    let methods = interface
        .methods_via(&quote!(Self))
        .into_iter()
        .map(|method| async_trait_methods(interface, &method))
        .collect::<Vec<_>>();
    let generics = &interface.generics;
    let where_clause = &interface.generics.where_clause;
    let super_asyncs = interface
        .supers
        .iter()
        .map(|sup| sup.named(|name| format!("Async{name}")));
    quote! {
        #docs
        #[allow(dead_code)]
        #vis trait #async_ident #generics: #(#super_asyncs +)* #krate::__private::Synchronize + #krate::__private::CancelMethodCalls #where_clause {
            #assoc_decls
            #(#methods)*
        }
    }
}

/// `fn begin_m(&self, ..)` and `fn finish_m(&self, ..)`: their signatures, with docs.
fn signatures(interface: &Interface, method: &Method) -> (TokenStream, TokenStream) {
    let krate = &interface.krate;
    let Method {
        begin_ident,
        finish_ident,
        ret,
        ..
    } = method;
    let in_params = method.params.iter().map(|param| {
        let ident = &param.ident;
        let ty = param.kind.in_ty();
        quote!(#ident: #ty)
    });
    let out_params = method.params.iter().filter_map(|param| match &param.kind {
        ParamKind::InOut { owned_ty } => {
            let ident = &param.ident;
            Some(quote!(#ident: &mut #owned_ty))
        }
        _ => None,
    });
    let begin = quote! {
        fn #begin_ident(&self, #(#in_params),*) -> ::core::result::Result<(), #krate::__private::CallError>
    };
    let finish = quote! {
        fn #finish_ident(&self, #(#out_params),*) -> ::core::result::Result<#ret, #krate::__private::CallError>
    };
    (begin, finish)
}

fn async_trait_methods(interface: &Interface, method: &Method) -> TokenStream {
    let Interface {
        ident: trait_ident,
        async_ident,
        ..
    } = interface;
    let k = doc_krate(interface);
    let Method {
        ident,
        begin_ident,
        finish_ident,
        docs,
        ..
    } = method;
    let cfgs = method.cfg_tokens();
    // COM spells methods and arguments in camel case (`Read(cb, pcbRead)`); the lint is
    // the user's to allow on the synchronous trait, where they wrote the names.
    let camel = begin_ident.to_string().starts_with('B')
        || method
            .params
            .iter()
            .any(|param| param.ident.to_string().contains(|c: char| c.is_uppercase()));
    let allow_case = if camel {
        quote!(#[allow(non_snake_case)])
    } else {
        quote!()
    };
    let (begin_sig, finish_sig) = signatures(interface, method);

    let mut begin_lines = vec![format!(
        "Begins an asynchronous call of [`{trait_ident}::{ident}`] and returns at once; \
         [`{finish_ident}`]({async_ident}::{finish_ident}) collects the result."
    )];
    let begin_intro = doc_attrs(&begin_lines);
    begin_lines.clear();
    let user_docs = if docs.is_empty() {
        quote!()
    } else {
        quote!(#[doc = ""] #(#docs)*)
    };
    let borrowed: Vec<String> = method
        .params
        .iter()
        .filter(|param| !matches!(param.kind, ParamKind::ByValue(_)))
        .map(|param| format!("`{}`", param.ident))
        .collect();
    if !borrowed.is_empty() {
        begin_lines.push(String::new());
        begin_lines.push(format!(
            "Borrowed arguments ({}) are taken owned: the call keeps them until a worker has run it.",
            borrowed.join(", ")
        ));
    }
    begin_lines.extend([
        String::new(),
        "# Errors".to_owned(),
        String::new(),
        format!(
            "[`CallError::CallPending`]({k}::CallError::CallPending) if a call is already in progress on this call \
             object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped."
        ),
    ]);
    let begin_rest = doc_attrs(&begin_lines);

    let in_out: Vec<String> = method
        .params
        .iter()
        .filter(|param| matches!(param.kind, ParamKind::InOut { .. }))
        .map(|param| format!("`{}`", param.ident))
        .collect();
    let mut finish_lines = vec![format!(
        "Finishes the call begun by [`{begin_ident}`]({async_ident}::{begin_ident}) and returns what \
         [`{trait_ident}::{ident}`] returned; blocks until the call completes."
    )];
    if !in_out.is_empty() {
        finish_lines.push(String::new());
        finish_lines.push(format!(
            "{} receive the values the server left in its `&mut` arguments.",
            in_out.join(", ")
        ));
    }
    finish_lines.extend([
        String::new(),
        "# Errors".to_owned(),
        String::new(),
        format!("- [`CallError::CallComplete`]({k}::CallError::CallComplete) if no call is in progress (never begun, or already finished)."),
        format!("- [`CallError::WrongMethod`]({k}::CallError::WrongMethod) if another method was begun; that call stays pending."),
        format!("- [`CallError::Canceled`]({k}::CallError::Canceled) if the call was cancelled before the server returned."),
        format!("- [`CallError::ServerFault`]({k}::CallError::ServerFault) if the server method panicked."),
    ]);
    let finish_docs = doc_attrs(&finish_lines);
    let deprecated = &method.deprecated;
    quote! {
        #cfgs
        #begin_intro
        #user_docs
        #begin_rest
        #(#deprecated)*
        #allow_case
        #begin_sig;

        #cfgs
        #finish_docs
        #(#deprecated)*
        #allow_case
        #finish_sig;
    }
}

/// `<a, b>`, or nothing for an empty list.
pub(crate) fn angle(items: &[TokenStream]) -> TokenStream {
    if items.is_empty() {
        quote!()
    } else {
        quote!(<#(#items),*>)
    }
}

/// The generics of one generated piece, spelled out once: the trait's parameters as
/// arguments and declarations, its `where` predicates, and `K: Send + 'static` for each
/// type parameter (its values cross to a worker thread).
pub(crate) struct Parts {
    /// `K, V, N`.
    pub args: Vec<TokenStream>,
    /// `K: Bound + Send + 'static, V: Send + 'static, const N: usize`.
    pub params: Vec<TokenStream>,
    /// `K, V, const N: usize`.
    pub bare_params: Vec<TokenStream>,
    /// The trait's `where` predicates other than plain bounds on a type parameter.
    pub predicates: Vec<TokenStream>,
}

impl Parts {
    pub(crate) fn new(interface: &Interface) -> Parts {
        // Bounds on a type parameter are gathered in one place, its declaration (clippy's
        // `multiple_bound_locations` would otherwise fire on the user's name): inline
        // bounds, then those of `where K: ..` predicates, then `Send + 'static`.
        let mut predicates = Vec::new();
        let mut extra: std::collections::HashMap<String, Vec<TokenStream>> =
            std::collections::HashMap::new();
        let type_params: Vec<String> = interface
            .type_params()
            .into_iter()
            .map(ToString::to_string)
            .collect();
        for predicate in interface.predicates() {
            if let syn::WherePredicate::Type(predicate) = predicate
                && predicate.lifetimes.is_none()
                && let syn::Type::Path(path) = &predicate.bounded_ty
                && path.qself.is_none()
                && let Some(ident) = path.path.get_ident()
                && type_params.contains(&ident.to_string())
            {
                let bounds = &predicate.bounds;
                extra
                    .entry(ident.to_string())
                    .or_default()
                    .push(quote!(#bounds));
                continue;
            }
            predicates.push(predicate.to_token_stream());
        }
        let params = interface
            .generics
            .params
            .iter()
            .filter_map(|param| match param {
                syn::GenericParam::Type(param) => {
                    let ident = &param.ident;
                    let mut bounds: Vec<TokenStream> =
                        param.bounds.iter().map(ToTokens::to_token_stream).collect();
                    bounds.extend(extra.remove(&ident.to_string()).unwrap_or_default());
                    bounds.push(quote!(::core::marker::Send));
                    bounds.push(quote!('static));
                    Some(quote!(#ident: #(#bounds)+*))
                }
                syn::GenericParam::Const(param) => {
                    let mut param = param.clone();
                    param.default = None;
                    Some(param.to_token_stream())
                }
                syn::GenericParam::Lifetime(_) => None,
            })
            .collect();
        Parts {
            args: interface.trait_args(),
            params,
            bare_params: interface.trait_params(false, false),
            predicates,
        }
    }

    /// `where` and the predicates, or nothing.
    pub(crate) fn where_clause(&self) -> TokenStream {
        let predicates = &self.predicates;
        if predicates.is_empty() {
            quote!()
        } else {
            quote!(where #(#predicates,)*)
        }
    }

    /// `IStore<K, V>` for `ident` = `IStore`.
    pub(crate) fn applied(&self, ident: &Ident) -> TokenStream {
        let args = angle(&self.args);
        quote!(#ident #args)
    }

    /// `IStore<K, V, extra..>`: the trait's arguments, then `extra`.
    pub(crate) fn applied_with(&self, ident: &Ident, extra: &[TokenStream]) -> TokenStream {
        let mut args = self.args.clone();
        args.extend(extra.iter().cloned());
        let args = angle(&args);
        quote!(#ident #args)
    }

    /// The request or reply enum `ident` for a carrier of the associated types: `__IFooRequest<K,
    /// carrier>`, or `__IFooRequest<K>` when the trait's methods use none.
    pub(crate) fn enum_ty(
        &self,
        interface: &Interface,
        ident: &Ident,
        carrier: &TokenStream,
    ) -> TokenStream {
        if interface.has_assoc() {
            self.applied_with(ident, std::slice::from_ref(carrier))
        } else {
            self.applied(ident)
        }
    }
}

fn hidden_items(interface: &Interface) -> TokenStream {
    let Interface {
        ident: trait_ident,
        vis,
        request_ident,
        reply_ident,
        dispatch_ident,
        server_ident,
        host_ident,
        krate,
        ..
    } = interface;
    let parts = Parts::new(interface);
    let where_clause = parts.where_clause();
    let Parts {
        args,
        params,
        bare_params,
        ..
    } = &parts;
    let serde_attrs = crate::remote::serde_attrs(interface);
    let ret_var = Ident::new("__ret", Span::mixed_site());
    let request = Ident::new("request", Span::mixed_site());
    let responder = Ident::new("responder", Span::mixed_site());
    let server = Ident::new("server", Span::mixed_site());
    let done = Ident::new("__done", Span::mixed_site());
    let guard = Ident::new("__server", Span::mixed_site());
    let s = &interface.server_param;
    let m = &interface.mode_param;
    let type_params = interface.type_params();
    // With associated types, the enums take one more parameter, `__D`, that carries them
    // (`__D::Item`): the dispatcher of the call object (see `types_items`).
    let has_assoc = interface.has_assoc();
    let d = &interface.carrier_param;
    let carrier = quote!(#d);
    let types_trait = parts.applied(&interface.types_ident);
    let request_ty = parts.enum_ty(interface, request_ident, &carrier);
    let reply_ty = parts.enum_ty(interface, reply_ident, &carrier);
    let sync_trait = parts.applied(trait_ident);
    let server_trait = parts.applied(server_ident);
    // `IFoo<K, Item = __D::Item>`: the server whose associated types are the carrier's.
    let sync_bound = parts.applied_with(trait_ident, &interface.assoc_constraints(&carrier));
    let server_bound = parts.applied_with(server_ident, &interface.assoc_constraints(&carrier));
    let mut enum_params = params.clone();
    if has_assoc {
        enum_params.push(quote!(#d: #types_trait));
    }
    let impl_params = enum_params.clone();
    let enum_params = angle(&enum_params);
    let mut phantom_types: Vec<TokenStream> =
        type_params.iter().map(ToTokens::to_token_stream).collect();
    if has_assoc {
        phantom_types.push(carrier.clone());
    }

    // An uninhabited variant that uses the trait's type parameters (a method may not).
    let phantom_variant = if phantom_types.is_empty() {
        quote!()
    } else {
        // Never built, so never sent.
        let serde_skip = if interface.remote.is_some() {
            quote!(#[serde(skip)])
        } else {
            quote!()
        };
        quote! {
            #[doc(hidden)]
            #serde_skip
            __Phantom(
                ::core::marker::PhantomData<fn() -> (#(::core::marker::PhantomData<#phantom_types>,)*)>,
                ::core::convert::Infallible,
            ),
        }
    };
    let phantom_arm = |enum_ident: &Ident| {
        if phantom_types.is_empty() {
            quote!()
        } else {
            quote!(#enum_ident::__Phantom(_, never) => match never {},)
        }
    };
    let request_phantom_arm = phantom_arm(request_ident);

    // The methods' types with `Self::Item` written `__D::Item`.
    let carried = interface.methods_via(&carrier);
    let request_variants = carried.iter().map(|method| {
        let cfgs = method.cfg_tokens();
        let ident = &method.ident;
        let fields = method.params.iter().map(|param| {
            let name = &param.ident;
            let ty = param.kind.in_ty();
            quote!(#name: #ty)
        });
        quote!(#cfgs #ident { #(#fields),* })
    });
    let reply_variants = carried.iter().map(|method| {
        let cfgs = method.cfg_tokens();
        let ident = &method.ident;
        let ret = &method.ret;
        let fields = method.params.iter().filter_map(|param| match &param.kind {
            ParamKind::InOut { owned_ty } => {
                let name = &param.ident;
                Some(quote!(#name: #owned_ty))
            }
            _ => None,
        });
        quote!(#cfgs #ident { __ret: #ret, #(#fields),* })
    });
    // A supertrait's calls travel in a variant wrapping its own request and reply.
    let super_request_variants = interface.supers.iter().map(|sup| {
        let variant = sup.variant();
        let ty = sup.named(|name| format!("__{name}Request"));
        quote!(#[doc(hidden)] #variant(#ty),)
    });
    let super_reply_variants = interface.supers.iter().map(|sup| {
        let variant = sup.variant();
        let ty = sup.named(|name| format!("__{name}Reply"));
        quote!(#[doc(hidden)] #variant(#ty),)
    });
    let super_reply_froms = interface.supers.iter().map(|sup| {
        let variant = sup.variant();
        let ty = sup.named(|name| format!("__{name}Reply"));
        quote! {
            impl<#(#params),*> ::core::convert::From<#ty> for #reply_ty #where_clause {
                fn from(reply: #ty) -> Self {
                    #reply_ident::#variant(reply)
                }
            }
        }
    });

    // The blocking arms: `by_mut` when the server comes as `&mut S` (behind a lock).
    let arms = |by_mut: bool| {
        let (server, ret_var, request, sync_trait) = (&server, &ret_var, &request, &sync_trait);
        let own = interface.methods.iter().map(move |method| {
            let cfgs = method.cfg_tokens();
            let ident = &method.ident;
            let bindings = method.params.iter().map(|param| {
                let name = &param.ident;
                match param.kind {
                    ParamKind::InOut { .. } => quote!(mut #name),
                    _ => quote!(#name),
                }
            });
            let call_args = method.params.iter().map(|param| {
                let name = &param.ident;
                match param.kind {
                    ParamKind::ByValue(_) => quote!(#name),
                    ParamKind::Borrowed { .. } => quote!(&#name),
                    ParamKind::InOut { .. } => quote!(&mut #name),
                }
            });
            let out_fields = method.params.iter().filter_map(|param| match param.kind {
                ParamKind::InOut { .. } => Some(&param.ident),
                _ => None,
            });
            let receiver = match (by_mut, method.mut_self) {
                (true, true) => quote!(&mut *#server),
                (true, false) => quote!(&*#server),
                (false, _) => quote!(#server),
            };
            quote! {
                #cfgs
                #request_ident::#ident { #(#bindings),* } => {
                    let #ret_var = <#s as #sync_trait>::#ident(#receiver, #(#call_args),*);
                    #reply_ident::#ident { __ret: #ret_var, #(#out_fields),* }
                }
            }
        });
        let supers = interface.supers.iter().map(move |sup| {
            let variant = sup.variant();
            let (helper, server_arg) = if by_mut {
                (Ident::new("__dispatch_mut", sup.ident.span()), quote!(&mut *#server))
            } else {
                (Ident::new("__dispatch", sup.ident.span()), quote!(#server))
            };
            quote! {
                #request_ident::#variant(#request) => #reply_ident::#variant(#request.#helper(#server_arg)),
            }
        });
        quote!(#(#own)* #(#supers)*)
    };
    let dispatch_ref = if interface.locked {
        quote!()
    } else {
        let arms = arms(false);
        quote! {
            /// Calls the synchronous method on `server`.
            #[allow(non_snake_case, deprecated)]
            #vis fn __dispatch<#s: ?::core::marker::Sized + #sync_bound>(self, #server: &#s) -> #reply_ty {
                match self {
                    #arms
                    #request_phantom_arm
                }
            }
        }
    };
    let dispatch_mut_arms = arms(true);
    let method_of_fn = method_of_fn(interface, &request);

    let native_arms = carried.iter().map(|method| {
        let cfgs = method.cfg_tokens();
        let ident = &method.ident;
        let begin_ident = &method.begin_ident;
        let ret = &method.ret;
        let bindings = method.params.iter().map(|param| &param.ident);
        let in_args = method.params.iter().map(|param| &param.ident);
        let outs: Vec<(&Ident, &syn::Type)> = method
            .params
            .iter()
            .filter_map(|param| match &param.kind {
                ParamKind::InOut { owned_ty } => Some((&param.ident, owned_ty)),
                _ => None,
            })
            .collect();
        let into = quote!(<<#m as #krate::__private::Serve>::Reply as ::core::convert::From<#reply_ty>>::from);
        let wrap = if outs.is_empty() {
            quote!(|__ret: #ret| #into(#reply_ident::#ident { __ret }))
        } else {
            let names = outs.iter().map(|(name, _)| name);
            let fields = outs.iter().map(|(name, _)| name);
            let types = outs.iter().map(|(_, ty)| ty);
            quote!(|(__ret, #(#names),*): (#ret, #(#types),*)| #into(#reply_ident::#ident { __ret, #(#fields),* }))
        };
        quote! {
            #cfgs
            #request_ident::#ident { #(#bindings),* } => {
                let #done = #responder.defer(#wrap);
                <#s as #server_trait>::#begin_ident(#server, #(#in_args,)* #done);
                ::core::option::Option::None
            }
        }
    });
    let native_super_arms = interface.supers.iter().map(|sup| {
        let variant = sup.variant();
        let helper = Ident::new("__serve", sup.ident.span());
        quote! {
            #request_ident::#variant(#request) => #request.#helper(#server, #responder),
        }
    });
    // `D::Reply: From<..>` for this trait's reply and each supertrait's.
    let reply_bounds = std::iter::once(reply_ty.clone())
        .chain(
            interface
                .supers
                .iter()
                .map(|sup| sup.named(|name| format!("__{name}Reply"))),
        )
        .map(|ty| quote!(<#m as #krate::__private::Serve>::Reply: ::core::convert::From<#ty>));

    let server_bounds = server_bounds(interface);
    let holder = server_holder(interface);
    let host_params = angle(params);
    // The dispatcher is its own carrier: `type Request = __IFooRequest<Self>`.
    let dispatch_request_ty = parts.enum_ty(interface, request_ident, &quote!(Self));
    let dispatch_reply_ty = parts.enum_ty(interface, reply_ident, &quote!(Self));
    let types_items = types_items(interface, &parts);
    let dispatch_body = if interface.locked {
        quote! {
            // A panic in a `&mut self` method poisons the lock; the server's state is the
            // one it left, as with a panic on the caller's own thread.
            let mut #guard = self
                .server
                .lock()
                .unwrap_or_else(::std::sync::PoisonError::into_inner);
            #request.__dispatch_mut(&mut *#guard)
        }
    } else {
        quote!(#request.__dispatch(&*self.server))
    };
    let send_checks = carried.iter().map(|method| {
        let cfgs = method.cfg_tokens();
        let check = format_ident!("__check_{}", method.ident.unraw());
        let mut types: Vec<&syn::Type> = method
            .params
            .iter()
            .map(|param| param.kind.in_ty())
            .collect();
        types.push(&method.ret);
        let asserts = types
            .into_iter()
            .map(|ty| quote_spanned!(ty.span()=> __assert_send::<#ty>();));
        quote!(#cfgs fn #check #enum_params() #where_clause { #(#asserts)* })
    });

    // The host: what a call object implements to get the asynchronous trait (a blanket
    // impl below), for this trait and for each trait derived from it.
    let super_hosts = interface
        .supers
        .iter()
        .map(|sup| sup.named(|name| format!("__{name}Host")));
    let host_message = format!(
        "`{{Self}}` does not serve `{trait_ident}`: either its server does not implement `{trait_ident}`, or an #[async_interface] trait derived from `{trait_ident}` through another interface does not list `{trait_ident}` among its own supertraits (a macro sees only its own trait: write `trait IDerived: IMiddle + {trait_ident}`)"
    );
    let host_docs = doc_attrs(&[format!(
        "Hidden: how a call object begins and finishes calls of [`{trait_ident}`]'s methods. Implemented by \
         the call objects of `{trait_ident}` and of every trait derived from it."
    )]);
    let host_trait = parts.applied(host_ident);
    let host_param = &interface.host_param;
    let async_trait = parts.applied(&interface.async_ident);
    // The host names the carrier of its call object's associated types.
    let host_carrier = quote!(<Self as #host_trait>::__Types);
    let host_request_ty = parts.enum_ty(interface, request_ident, &host_carrier);
    let host_reply_ty = parts.enum_ty(interface, reply_ident, &host_carrier);
    let host_types = if has_assoc {
        quote! {
            /// The carrier of the associated types: the call object's dispatcher.
            type __Types: #types_trait;
        }
    } else {
        quote!()
    };
    let blanket_via = quote!(<<#host_param as #host_trait>::__Types as #types_trait>);
    let blanket_types = interface.assoc_defs(&blanket_via);
    let blanket_methods = interface.methods_via(&blanket_via);
    let blanket_methods = blanket_methods.iter().map(|method| {
        let cfgs = method.cfg_tokens();
        let ident = &method.ident;
        let qualified = &method.qualified;
        let (begin_sig, finish_sig) = signatures(interface, method);
        let in_fields = method.params.iter().map(|param| &param.ident);
        let out_vars: Vec<(Ident, Ident)> = method
            .params
            .iter()
            .filter(|param| matches!(param.kind, ParamKind::InOut { .. }))
            .map(|param| (param.ident.clone(), Ident::new(&format!("__out_{}", param.ident), Span::mixed_site())))
            .collect();
        let out_patterns = out_vars.iter().map(|(field, var)| quote!(#field: #var));
        let out_writes = out_vars.iter().map(|(field, var)| quote!(*#field = #var;));
        quote! {
            #cfgs
            #begin_sig {
                <#host_param as #host_trait>::__begin(self, #qualified, #request_ident::#ident { #(#in_fields),* })
            }

            #cfgs
            #finish_sig {
                match <#host_param as #host_trait>::__finish(self, #qualified)? {
                    #reply_ident::#ident { __ret: #ret_var, #(#out_patterns),* } => {
                        #(#out_writes)*
                        ::core::result::Result::Ok(#ret_var)
                    }
                    #[allow(unreachable_patterns)]
                    _ => ::core::unreachable!("the runtime checked that the call finished is the call begun"),
                }
            }
        }
    });

    quote! {
        // Arguments and results cross to a worker thread and back. A type that cannot
        // (`Rc<T>`) gets the compiler's "cannot be sent between threads" on the user's type.
        #[allow(dead_code, non_snake_case)]
        const _: () = {
            fn __assert_send<T: ?::core::marker::Sized + ::core::marker::Send>() {}
            #(#send_checks)*
        };

        #[doc(hidden)]
        // One variant per method, named after it. The variants' sizes differ with the
        // methods' arguments; boxing the big ones would cost an allocation per call.
        #[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
        #serde_attrs
        #vis enum #request_ident #enum_params #where_clause {
            #(#request_variants,)*
            #(#super_request_variants)*
            #phantom_variant
        }

        #[doc(hidden)]
        #[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
        #serde_attrs
        #vis enum #reply_ident #enum_params #where_clause {
            #(#reply_variants,)*
            #(#super_reply_variants)*
            #phantom_variant
        }

        #(#super_reply_froms)*

        #[allow(dead_code)]
        impl<#(#impl_params),*> #request_ty #where_clause {
            #dispatch_ref

            #method_of_fn

            /// Calls the synchronous method on `server`, reached through a lock.
            #[allow(non_snake_case, deprecated)]
            #vis fn __dispatch_mut<#s: ?::core::marker::Sized + #sync_bound>(self, #server: &mut #s) -> #reply_ty {
                match self {
                    #dispatch_mut_arms
                    #request_phantom_arm
                }
            }

            /// Hands the call to a native server with a completer that replies through `responder`.
            #[allow(non_snake_case, deprecated)]
            #vis fn __serve<#s: ?::core::marker::Sized + #server_bound, #m: #krate::__private::Serve>(
                self,
                #server: &#s,
                #responder: &#krate::__private::Responder<'_, #m>,
            ) -> ::core::option::Option<<#m as #krate::__private::Serve>::Reply>
            where
                #(#reply_bounds,)*
            {
                match self {
                    #(#native_arms)*
                    #(#native_super_arms)*
                    #request_phantom_arm
                }
            }
        }

        #host_docs
        #[doc(hidden)]
        #[diagnostic::on_unimplemented(message = #host_message)]
        #vis trait #host_ident #host_params: #(#super_hosts +)* #krate::__private::Synchronize + #krate::__private::CancelMethodCalls
        #where_clause
        {
            #host_types
            /// Begins a call of `method` with `request`.
            fn __begin(&self, method: &'static str, request: #host_request_ty) -> ::core::result::Result<(), #krate::__private::CallError>;
            /// Finishes the call of `method`.
            fn __finish(&self, method: &'static str) -> ::core::result::Result<#host_reply_ty, #krate::__private::CallError>;
        }

        // Arguments are named as the user spelled them (COM style: `pcbRead`).
        #[allow(non_snake_case, deprecated)]
        impl<#host_param: ?::core::marker::Sized + #host_trait, #(#params),*> #async_trait for #host_param
        #where_clause
        {
            #blanket_types
            #(#blanket_methods)*
        }

        #[doc(hidden)]
        #[allow(dead_code)]
        #vis struct #dispatch_ident<#s: ?::core::marker::Sized, #(#bare_params,)* #m> {
            server: #krate::__private::Arc<#s>,
            mode: ::core::marker::PhantomData<fn() -> (::core::marker::PhantomData<#m>, #(::core::marker::PhantomData<#type_params>,)*)>,
        }

        impl<#s: #server_bounds, #(#params),*> #krate::__private::Dispatch
            for #dispatch_ident<#holder, #(#args,)* #krate::__private::Blocking>
        #where_clause
        {
            type Request = #dispatch_request_ty;
            type Reply = #dispatch_reply_ty;

            fn dispatch(&self, #request: <Self as #krate::__private::Dispatch>::Request) -> <Self as #krate::__private::Dispatch>::Reply {
                #dispatch_body
            }

            fn method_of(#request: &<Self as #krate::__private::Dispatch>::Request) -> ::core::option::Option<&'static str> {
                ::core::option::Option::Some(#request.__method())
            }
        }

        impl<#s: ?::core::marker::Sized + #server_trait, #(#params),*> #krate::__private::Serve
            for #dispatch_ident<#s, #(#args,)* #krate::__private::Native>
        #where_clause
        {
            type Request = #dispatch_request_ty;
            type Reply = #dispatch_reply_ty;

            fn serve(
                &self,
                #request: <Self as #krate::__private::Serve>::Request,
                #responder: &#krate::__private::Responder<'_, Self>,
            ) -> ::core::option::Option<<Self as #krate::__private::Serve>::Reply> {
                #request.__serve(&*self.server, #responder)
            }

            fn method_of(#request: &<Self as #krate::__private::Serve>::Request) -> ::core::option::Option<&'static str> {
                ::core::option::Option::Some(#request.__method())
            }
        }

        #types_items
    }
}

/// `__method(&self)`: the qualified name of the method a request calls, for
/// `Dispatch::method_of` / `Serve::method_of` (a remote server's authorization).
fn method_of_fn(interface: &Interface, request: &Ident) -> TokenStream {
    let request_ident = &interface.request_ident;
    let vis = &interface.vis;
    let own = interface.methods.iter().map(|method| {
        let cfgs = method.cfg_tokens();
        let ident = &method.ident;
        let qualified = &method.qualified;
        quote!(#cfgs #request_ident::#ident { .. } => #qualified,)
    });
    let supers = interface.supers.iter().map(|sup| {
        let variant = sup.variant();
        quote!(#request_ident::#variant(ref #request) => #request.__method(),)
    });
    let phantom = if interface.type_params().is_empty() && !interface.has_assoc() {
        quote!()
    } else {
        quote!(#request_ident::__Phantom(_, never) => match never {},)
    };
    quote! {
        /// The qualified name of the method this request calls (`"IFoo::get"`).
        #[allow(non_snake_case)]
        #vis fn __method(&self) -> &'static str {
            match *self {
                #(#own)*
                #(#supers)*
                #phantom
            }
        }
    }
}

/// With associated types: `trait __IFooTypes { type Item: ..; }`, the hidden trait of their
/// carrier, implemented by the dispatcher of each mode: `<S as IFoo>::Item` over a blocking
/// server, `<S as AsyncIFooServer>::Item` over a native one.
fn types_items(interface: &Interface, parts: &Parts) -> TokenStream {
    if !interface.has_assoc() {
        return quote!();
    }
    let Interface {
        ident: trait_ident,
        vis,
        server_ident,
        dispatch_ident,
        types_ident,
        krate,
        ..
    } = interface;
    let Parts { args, params, .. } = parts;
    let where_clause = parts.where_clause();
    let s = &interface.server_param;
    let types_trait = parts.applied(types_ident);
    let sync_trait = parts.applied(trait_ident);
    let server_trait = parts.applied(server_ident);
    let server_bounds = server_bounds(interface);
    let holder = server_holder(interface);
    let decls = interface.assoc_decls();
    let blocking = interface.assoc_defs(&quote!(<#s as #sync_trait>));
    let native = interface.assoc_defs(&quote!(<#s as #server_trait>));
    let params_decl = angle(params);
    let docs = doc_attrs(&[format!(
        "Hidden: the associated types of [`{trait_ident}`] that its asynchronous methods use, carried by the \
         request and reply enums' last parameter (the call object's dispatcher)."
    )]);
    quote! {
        #docs
        #[doc(hidden)]
        #vis trait #types_ident #params_decl #where_clause {
            #decls
        }

        impl<#s: #server_bounds, #(#params),*> #types_trait
            for #dispatch_ident<#holder, #(#args,)* #krate::__private::Blocking>
        #where_clause
        {
            #blocking
        }

        impl<#s: ?::core::marker::Sized + #server_trait, #(#params),*> #types_trait
            for #dispatch_ident<#s, #(#args,)* #krate::__private::Native>
        #where_clause
        {
            #native
        }
    }
}

/// `pub const N: u32 = <S as IFoo>::N;` for each associated const of the trait, in the call
/// object's impls over a blocking server and over an apartment (where `S: IFoo`). A const
/// whose type names `Self` otherwise than through an associated type is left out.
fn call_object_consts(interface: &Interface, parts: &Parts) -> TokenStream {
    let Interface {
        ident: trait_ident,
        async_ident,
        vis,
        ..
    } = interface;
    let s = &interface.server_param;
    let sync_trait = parts.applied(trait_ident);
    let via = quote!(<#s as #sync_trait>);
    let consts = interface.consts.iter().filter_map(|constant| {
        let ident = &constant.ident;
        let ty = crate::types::resolve_self(&constant.ty, &interface.all_assoc, trait_ident, &via);
        if validate::mentions_self(ty.to_token_stream()) {
            return None;
        }
        let attrs = &constant.attrs;
        let intro = doc_attrs(&[format!(
            "The server's [`{trait_ident}::{ident}`] (associated consts are not part of [`{async_ident}`], which \
             stays usable as `dyn {async_ident}`)."
        )]);
        let gap = if attrs.iter().any(|attr| attr.path().is_ident("doc")) {
            quote!(#[doc = ""])
        } else {
            quote!()
        };
        Some(quote! {
            #intro
            #gap
            #(#attrs)*
            #vis const #ident: #ty = #via::#ident;
        })
    });
    quote!(#(#consts)*)
}

/// What a blocking server must be: `?Sized + ITrait + Send + Sync + 'static` (`Send +
/// 'static` when it sits behind the call object's lock).
pub(crate) fn server_bounds(interface: &Interface) -> TokenStream {
    let sync_trait = Parts::new(interface).applied(&interface.ident);
    if interface.locked {
        quote!(?::core::marker::Sized + #sync_trait + ::core::marker::Send + 'static)
    } else {
        quote!(?::core::marker::Sized + #sync_trait + ::core::marker::Send + ::core::marker::Sync + 'static)
    }
}

/// What the call object over a blocking server holds in its `Arc`: `S`, or
/// `std::sync::Mutex<S>` when a method takes `&mut self`.
pub(crate) fn server_holder(interface: &Interface) -> TokenStream {
    let s = &interface.server_param;
    if interface.locked {
        quote!(::std::sync::Mutex<#s>)
    } else {
        quote!(#s)
    }
}

fn call_object(interface: &Interface) -> TokenStream {
    let Interface {
        ident: trait_ident,
        vis,
        async_ident,
        call_ident,
        server_ident,
        request_ident,
        reply_ident,
        dispatch_ident,
        krate,
        ..
    } = interface;
    let parts = Parts::new(interface);
    let where_clause = parts.where_clause();
    let Parts {
        args,
        params,
        bare_params,
        predicates,
    } = &parts;
    let s = &interface.server_param;
    let m = &interface.mode_param;
    let server_bounds = server_bounds(interface);
    let holder = server_holder(interface);
    let server_trait = parts.applied(server_ident);
    let defaulted_params = interface.trait_params(false, true);
    let dispatch_ty = quote!(#dispatch_ident<#s, #(#args,)* #m>);
    // With associated types, the dispatcher carries them (`__IFooRequest<K, dispatcher>`).
    let request_ty = parts.enum_ty(interface, request_ident, &dispatch_ty);
    let reply_ty = parts.enum_ty(interface, reply_ident, &dispatch_ty);
    let (host_carrier_bound, host_carrier) = if interface.has_assoc() {
        let types_trait = parts.applied(&interface.types_ident);
        (
            quote!(#dispatch_ty: #types_trait,),
            quote! {
                type __Types = #dispatch_ty;
            },
        )
    } else {
        (quote!(), quote!())
    };
    let consts_blocking = call_object_consts(interface, &parts);
    let k = doc_krate(interface);
    let sync_trait = parts.applied(trait_ident);
    let apartment_holder = server_side::apartment_holder(interface);
    let host_trait = parts.applied(&interface.host_ident);
    let super_hosts = interface.supers.iter().map(|sup| {
        let variant = sup.variant();
        let host = sup.named(|name| format!("__{name}Host"));
        let sup_request = sup.named(|name| format!("__{name}Request"));
        let sup_reply = sup.named(|name| format!("__{name}Reply"));
        quote! {
            impl<#s: ?::core::marker::Sized, #(#params,)* #m> #host for #call_ident<#s, #(#args,)* #m>
            where
                #dispatch_ty: #krate::__private::Serve<Request = #request_ty, Reply = #reply_ty>,
                #(#predicates,)*
            {
                fn __begin(&self, method: &'static str, request: #sup_request) -> ::core::result::Result<(), #krate::__private::CallError> {
                    self.call.begin(method, #request_ident::#variant(request))
                }

                fn __finish(&self, method: &'static str) -> ::core::result::Result<#sup_reply, #krate::__private::CallError> {
                    match self.call.finish(method)? {
                        #reply_ident::#variant(reply) => ::core::result::Result::Ok(reply),
                        #[allow(unreachable_patterns)]
                        _ => ::core::unreachable!("the runtime checked that the call finished is the call begun"),
                    }
                }
            }
        }
    });

    let mut doc_lines = vec![
        format!(
            "Call object for [`{trait_ident}`] (COM: the object `ICallFactory::CreateCall` returns): implements \
             [`{async_ident}`] by running the methods of a server on a worker, one call at a time."
        ),
        String::new(),
        "Ways to create one:".to_owned(),
        String::new(),
    ];
    if interface.locked {
        doc_lines.push(format!(
            "- [`{call_ident}::new`]`(Arc::new(Mutex::new(server)))`: a blocking server `{s}: {trait_ident}`. Because a \
             method takes `&mut self`, the call object holds the server behind a `std::sync::Mutex` (its type is \
             `{call_ident}<Mutex<{s}>>`) and locks it for each call; keep a clone of the `Arc` to reach the server \
             between calls. A panic in a server method does not poison the call object."
        ));
    } else {
        doc_lines.push(format!(
            "- [`{call_ident}::new`]`(Arc::new(server))`: a blocking server `{s}: {trait_ident}`; a worker of the \
             built-in pool calls its methods through `&self`, so a server that changes state keeps it behind a lock."
        ));
    }
    doc_lines.extend([
        format!(
            "- [`{call_ident}::with_options`]`(server, options)`: the same, with another executor (`executor::Inline`, \
             or tokio's blocking pool with the `tokio` feature) or a custom synchronizer (COM: aggregating your own \
             `ISynchronize`), set in `{k}::CallOptions`."
        ),
        format!(
            "- [`{call_ident}::native`]`(Arc::new(server))` and [`{call_ident}::native_with_options`]: a native \
             asynchronous server implementing [`{server_ident}`], which receives each call's in-part with a \
             `Completer` and completes it later from any thread (the call object's type is `{call_ident}<N, Native>`)."
        ),
        if interface.locked {
            format!(
                "- [`{call_ident}::in_apartment`]`(Arc::new(Apartment::start(|| RefCell::new(make_server()))))`: a \
                 server that must stay on one thread (it is `!Send`: an `Rc`, a GUI object, a thread-bound handle) \
                 lives in an apartment, `{k}::apartment::Apartment` (COM: a single-threaded apartment), built there \
                 by the closure; its calls run there one at a time, in the order they were begun. Because a method takes \
                 `&mut self`, the apartment holds the server in a `RefCell`, borrowed mutably for those methods."
            )
        } else {
            format!(
                "- [`{call_ident}::in_apartment`]`(Arc::new(Apartment::start(|| make_server())))`: a server that \
                 must stay on one thread (it is `!Send`: an `Rc`, a GUI object, a thread-bound handle) lives in an \
                 apartment, `{k}::apartment::Apartment` (COM: a single-threaded apartment), built there by the closure; its \
                 calls run there one at a time, in the order they were begun. The apartment ends when its last \
                 handle (this call object's among them) is dropped."
            )
        },
        String::new(),
        format!(
            "Either way the client API is the same, [`{async_ident}`]: `begin_m` returns at once, `finish_m` returns \
             the result, blocking until the call completes. In between, `wait` (with a timeout), `cancel`, `state` \
             and `method_in_flight` come from the traits in `{k}::prelude`. After `finish_m` the call object is idle \
             and can make the next call, of any method."
        ),
        String::new(),
        "Dropping the call object while a call is pending is allowed: the server method still runs to its end \
         and its results are dropped. A panic in the server method is reported by `finish_m` as \
         `CallError::ServerFault`, and the call object stays usable."
            .to_owned(),
        String::new(),
        format!(
            "Methods marked `#[async_interface(skip)]` are not part of [`{async_ident}`]; call them on \
             [`{call_ident}::server`]."
        ),
    ]);
    if interface.remote.is_some() {
        // With the other ways to create one, before the paragraph on the client API.
        let at = doc_lines
            .iter()
            .position(|line| line.starts_with("Either way"))
            .map_or(doc_lines.len(), |line| line - 1);
        doc_lines.insert(
            at,
            format!(
                "- [`{call_ident}::remote`]`(&connection)`: a server in another process, reached over a \
                 `{k}::remote::Connection` (COM: DCOM; feature `remote`); the server process serves it with \
                 [`{call_ident}::remote_service`]. Arguments and results travel serialized; `cancel` and the \
                 call context's deadline reach the server."
            ),
        );
    }
    let docs = doc_attrs(&doc_lines);
    let new_docs = doc_attrs(&[
        "Creates a call object over a blocking `server` (COM: `ICallFactory::CreateCall`), running its calls on \
         the built-in pool. It is idle: the first `begin_` starts a call."
            .to_owned(),
    ]);
    let with_options_docs = doc_attrs(&[
        "Creates a call object over `server` built as `options` says: the executor its calls run on (the built-in \
         pool by default; `executor::Inline` runs each call inside `begin_`, and with the `tokio` feature \
         `executor::TokioBlocking` runs them on tokio's blocking pool) and its synchronizer (COM: aggregating a \
         custom `ISynchronize`, for a completion callback or one notifier shared by many calls)."
            .to_owned(),
        String::new(),
        "```text".to_owned(),
        format!("let options = {k}::CallOptions::new().executor(Arc::new({k}::executor::Inline));"),
        format!("let call = {call_ident}::with_options(Arc::new(server), options);"),
        "```".to_owned(),
    ]);
    let native_docs = doc_attrs(&[format!(
        "Creates a call object over a native asynchronous `server` (COM: a server-side call object): each \
         `begin_m` runs [`{server_ident}`]'s `begin_m` on a worker with the in-part and a `Completer`, and the \
         call completes when the server completes that handle, from any thread. A completer dropped without \
         completing ends the call with `CallError::Disconnected`."
    )]);
    let apartment_docs = doc_attrs(&[
        "Creates a call object over a server living in an apartment, a thread of its own (COM: a \
         single-threaded apartment): each `begin_m` posts the call to that thread, where the synchronous method \
         runs, one call at a time in the order they were begun. The server never leaves its thread, so it may \
         be `!Send` (`Rc`, `RefCell`, a thread-bound handle). A panic in the server ends that call with \
         `CallError::ServerFault` and the apartment serves the next one; it ends when its last handle is dropped."
            .to_owned(),
        String::new(),
        "`Apartment<S>` implements the server-side trait, so this is [`native`](Self::native) with one \
         difference: `begin_m` posts the call to the apartment itself (the `executor::Inline` executor) instead \
         of handing it to a worker first, so calls reach the apartment in the order they were begun, even from \
         different call objects, and a call costs no hop through the pool. Use \
         [`native_with_options`](Self::native_with_options) for another executor or a custom synchronizer."
            .to_owned(),
    ]);
    let native_with_options_docs = doc_attrs(&[
        "[`native`](Self::native), built as `options` says (executor, custom synchronizer)."
            .to_owned(),
    ]);
    let server_docs = doc_attrs(&["The server this call object calls.".to_owned()]);

    quote! {
        #docs
        #[allow(dead_code)]
        #vis struct #call_ident<#s: ?::core::marker::Sized, #(#defaulted_params,)* #m = #krate::__private::Blocking>
        where
            #dispatch_ty: #krate::__private::Serve,
        {
            call: #krate::__private::Call<#dispatch_ty>,
        }

        #[allow(dead_code)]
        impl<#s: #server_bounds, #(#params),*> #call_ident<#holder, #(#args,)* #krate::__private::Blocking>
        #where_clause
        {
            #consts_blocking

            #new_docs
            #[must_use]
            #vis fn new(server: #krate::__private::Arc<#holder>) -> Self {
                Self::with_options(server, #krate::__private::CallOptions::new())
            }

            #with_options_docs
            #[must_use]
            #vis fn with_options(server: #krate::__private::Arc<#holder>, options: #krate::__private::CallOptions) -> Self {
                #call_ident {
                    call: #krate::__private::Call::with_options(
                        #dispatch_ident { server, mode: ::core::marker::PhantomData },
                        options,
                    ),
                }
            }
        }

        #[allow(dead_code)]
        impl<#s: ?::core::marker::Sized + #server_trait, #(#params),*> #call_ident<#s, #(#args,)* #krate::__private::Native>
        #where_clause
        {
            #native_docs
            #[must_use]
            #vis fn native(server: #krate::__private::Arc<#s>) -> Self {
                Self::native_with_options(server, #krate::__private::CallOptions::new())
            }

            #native_with_options_docs
            #[must_use]
            #vis fn native_with_options(server: #krate::__private::Arc<#s>, options: #krate::__private::CallOptions) -> Self {
                #call_ident {
                    call: #krate::__private::Call::with_options(
                        #dispatch_ident { server, mode: ::core::marker::PhantomData },
                        options,
                    ),
                }
            }
        }

        #[allow(dead_code)]
        impl<#s: #sync_trait + 'static, #(#params),*> #call_ident<#krate::__private::apartment::Apartment<#apartment_holder>, #(#args,)* #krate::__private::Native>
        where
            #(#predicates,)*
            #krate::__private::apartment::Apartment<#apartment_holder>: #server_trait,
        {
            #consts_blocking

            #apartment_docs
            #[must_use]
            #vis fn in_apartment(apartment: #krate::__private::Arc<#krate::__private::apartment::Apartment<#apartment_holder>>) -> Self {
                Self::native_with_options(
                    apartment,
                    #krate::__private::CallOptions::new()
                        .executor(#krate::__private::Arc::new(#krate::__private::executor::Inline)),
                )
            }
        }

        #[allow(dead_code)]
        impl<#s: ?::core::marker::Sized, #(#bare_params,)* #m> #call_ident<#s, #(#args,)* #m>
        where
            #dispatch_ty: #krate::__private::Serve,
        {
            #server_docs
            #[must_use]
            #vis fn server(&self) -> &#krate::__private::Arc<#s> {
                &self.call.dispatcher().server
            }
        }

        impl<#s: ?::core::marker::Sized, #(#bare_params,)* #m> #krate::__private::CallObject for #call_ident<#s, #(#args,)* #m>
        where
            #dispatch_ty: #krate::__private::Serve,
        {
            type Dispatch = #dispatch_ty;

            fn call(&self) -> &#krate::__private::Call<#dispatch_ty> {
                &self.call
            }
        }

        impl<#s: ?::core::marker::Sized, #(#bare_params,)* #m> ::core::fmt::Debug for #call_ident<#s, #(#args,)* #m>
        where
            #dispatch_ty: #krate::__private::Serve,
        {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(::core::stringify!(#call_ident))
                    .field("state", &self.call.state())
                    .field("method", &self.call.method_in_flight())
                    .finish()
            }
        }

        // The asynchronous trait comes from the host (a blanket impl); so do those of the
        // supertraits, through their hosts.
        impl<#s: ?::core::marker::Sized, #(#params,)* #m> #host_trait for #call_ident<#s, #(#args,)* #m>
        where
            #host_carrier_bound
            #dispatch_ty: #krate::__private::Serve<Request = #request_ty, Reply = #reply_ty>,
            #(#predicates,)*
        {
            #host_carrier

            fn __begin(&self, method: &'static str, request: #request_ty) -> ::core::result::Result<(), #krate::__private::CallError> {
                self.call.begin(method, request)
            }

            fn __finish(&self, method: &'static str) -> ::core::result::Result<#reply_ty, #krate::__private::CallError> {
                self.call.finish(method)
            }
        }

        #(#super_hosts)*
    }
}
