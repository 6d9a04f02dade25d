// Expansion of #[async_interface] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

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
    fn close(&self) {}
}
/// Asynchronous form of [`ISimpleStream`] (COM: the `AsyncISimpleStream` interface MIDL makes for `async_uuid`).
///
/// Each method `m` of [`ISimpleStream`] becomes a pair: `begin_m` starts the call with the in-part of the arguments and returns at once, and `finish_m` waits for the call to complete and returns its out-part and what `m` returned. Borrowed arguments are taken owned (`&str` as `String`, `&[T]` as `Vec<T>`, `&T` as `T`), because the call outlives the caller's borrow; a `&mut T` argument goes to `begin_m` by value and comes back through `finish_m`. Methods spelled COM style (`Read`) get `Begin_Read` and `Finish_Read`.
///
/// A call object makes one call at a time: `begin_` while a call is in progress fails with [`CallError::CallPending`](async_interface::CallError::CallPending), and every `begin_` needs its `finish_`. Waiting (`wait`), signalling and cancelling (`cancel`) come from the supertraits; bring them into scope with `use async_interface::prelude::*;`.
///
/// Get one from a server `S: ISimpleStream` held in an `Arc` with [`ISimpleStreamCall::new`] (COM: `ICallFactory::CreateCall`); it runs the server's methods on a worker. A server that is asynchronous itself implements [`AsyncISimpleStreamServer`] instead and gets the same client API from [`ISimpleStreamCall::native`].
#[allow(dead_code)]
pub trait AsyncISimpleStream: ::async_interface::__private::Synchronize + ::async_interface::__private::CancelMethodCalls {
    /// Begins an asynchronous call of [`ISimpleStream::read`] and returns at once; [`finish_read`](AsyncISimpleStream::finish_read) collects the result.
    ///
    /// Reads up to `len` bytes.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    fn begin_read(
        &self,
        len: usize,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call begun by [`begin_read`](AsyncISimpleStream::begin_read) and returns what [`ISimpleStream::read`] returned; blocks until the call completes.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](async_interface::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](async_interface::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](async_interface::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](async_interface::CallError::ServerFault) if the server method panicked.
    fn finish_read(
        &self,
    ) -> ::core::result::Result<
        Result<Vec<u8>, StreamError>,
        ::async_interface::__private::CallError,
    >;
    /// Begins an asynchronous call of [`ISimpleStream::write`] and returns at once; [`finish_write`](AsyncISimpleStream::finish_write) collects the result.
    ///
    /// Appends `data`; returns how many bytes were written.
    ///
    /// Borrowed arguments (`data`) are taken owned: the call keeps them until a worker has run it.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    fn begin_write(
        &self,
        data: ::std::vec::Vec<u8>,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call begun by [`begin_write`](AsyncISimpleStream::begin_write) and returns what [`ISimpleStream::write`] returned; blocks until the call completes.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](async_interface::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](async_interface::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](async_interface::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](async_interface::CallError::ServerFault) if the server method panicked.
    fn finish_write(
        &self,
    ) -> ::core::result::Result<
        Result<usize, StreamError>,
        ::async_interface::__private::CallError,
    >;
    /// Begins an asynchronous call of [`ISimpleStream::fill`] and returns at once; [`finish_fill`](AsyncISimpleStream::finish_fill) collects the result.
    ///
    /// Appends the stream's bytes to `buf`; returns how many.
    ///
    /// Borrowed arguments (`buf`) are taken owned: the call keeps them until a worker has run it.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    fn begin_fill(
        &self,
        buf: Vec<u8>,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call begun by [`begin_fill`](AsyncISimpleStream::begin_fill) and returns what [`ISimpleStream::fill`] returned; blocks until the call completes.
    ///
    /// `buf` receive the values the server left in its `&mut` arguments.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](async_interface::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](async_interface::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](async_interface::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](async_interface::CallError::ServerFault) if the server method panicked.
    fn finish_fill(
        &self,
        buf: &mut Vec<u8>,
    ) -> ::core::result::Result<usize, ::async_interface::__private::CallError>;
    #[cfg(unix)]
    /// Begins an asynchronous call of [`ISimpleStream::fd`] and returns at once; [`finish_fd`](AsyncISimpleStream::finish_fd) collects the result.
    ///
    /// Compiled on unix only, and so is its pair.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    fn begin_fd(
        &self,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    #[cfg(unix)]
    /// Finishes the call begun by [`begin_fd`](AsyncISimpleStream::begin_fd) and returns what [`ISimpleStream::fd`] returned; blocks until the call completes.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](async_interface::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](async_interface::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](async_interface::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](async_interface::CallError::ServerFault) if the server method panicked.
    fn finish_fd(
        &self,
    ) -> ::core::result::Result<i32, ::async_interface::__private::CallError>;
}
/// Server-side asynchronous form of [`ISimpleStream`] (COM: a server-side call object): implement it instead of [`ISimpleStream`] for a server that is asynchronous by nature, and serve it with [`ISimpleStreamCall::native`]. Clients see no difference: they use [`AsyncISimpleStream`] either way.
///
/// Each method `begin_m` receives the in-part of a call (borrowed arguments taken owned, as in the client's `begin_m`) and a completion handle. It should return soon (it runs on a worker); the call completes when the handle is completed, from any thread, with what the synchronous method would have returned. For a method with `&mut` arguments the handle takes a tuple: the return value first, then the values left in the `&mut` arguments, in their order; the client's `finish_m` writes them back.
///
/// A handle dropped without completing ends the call with [`CallError::Disconnected`](async_interface::CallError::Disconnected); `Completer::is_cancelled` tells whether the client has cancelled the call.
pub trait AsyncISimpleStreamServer: ::core::marker::Send + ::core::marker::Sync + 'static {
    /// Serves a call of [`ISimpleStream::read`]: complete `done` with the result, now or later, from any thread.
    ///
    /// Reads up to `len` bytes.
    fn begin_read(
        &self,
        len: usize,
        done: ::async_interface::__private::Completer<Result<Vec<u8>, StreamError>>,
    );
    /// Serves a call of [`ISimpleStream::write`]: complete `done` with the result, now or later, from any thread.
    ///
    /// Appends `data`; returns how many bytes were written.
    fn begin_write(
        &self,
        data: ::std::vec::Vec<u8>,
        done: ::async_interface::__private::Completer<Result<usize, StreamError>>,
    );
    /// Serves a call of [`ISimpleStream::fill`]: complete `done` with the result, now or later, from any thread.
    ///
    /// `done` takes the return value followed by the values left in the `&mut` arguments.
    ///
    /// Appends the stream's bytes to `buf`; returns how many.
    fn begin_fill(
        &self,
        buf: Vec<u8>,
        done: ::async_interface::__private::Completer<(usize, Vec<u8>)>,
    );
    #[cfg(unix)]
    /// Serves a call of [`ISimpleStream::fd`]: complete `done` with the result, now or later, from any thread.
    ///
    /// Compiled on unix only, and so is its pair.
    fn begin_fd(&self, done: ::async_interface::__private::Completer<i32>);
}
#[allow(dead_code, non_snake_case)]
const _: () = {
    fn __assert_send<T: ?::core::marker::Sized + ::core::marker::Send>() {}
    fn __check_read() {
        __assert_send::<usize>();
        __assert_send::<Result<Vec<u8>, StreamError>>();
    }
    fn __check_write() {
        __assert_send::<::std::vec::Vec<u8>>();
        __assert_send::<Result<usize, StreamError>>();
    }
    fn __check_fill() {
        __assert_send::<Vec<u8>>();
        __assert_send::<usize>();
    }
    #[cfg(unix)]
    fn __check_fd() {
        __assert_send::<i32>();
    }
};
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
pub enum __ISimpleStreamRequest {
    read { len: usize },
    write { data: ::std::vec::Vec<u8> },
    fill { buf: Vec<u8> },
    #[cfg(unix)]
    fd {},
}
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
pub enum __ISimpleStreamReply {
    read { __ret: Result<Vec<u8>, StreamError> },
    write { __ret: Result<usize, StreamError> },
    fill { __ret: usize, buf: Vec<u8> },
    #[cfg(unix)]
    fd { __ret: i32 },
}
#[allow(dead_code)]
impl __ISimpleStreamRequest {
    /// Calls the synchronous method on `server`.
    #[allow(non_snake_case, deprecated)]
    pub fn __dispatch<S: ?::core::marker::Sized + ISimpleStream>(
        self,
        server: &S,
    ) -> __ISimpleStreamReply {
        match self {
            __ISimpleStreamRequest::read { len } => {
                let __ret = <S as ISimpleStream>::read(server, len);
                __ISimpleStreamReply::read {
                    __ret: __ret,
                }
            }
            __ISimpleStreamRequest::write { data } => {
                let __ret = <S as ISimpleStream>::write(server, &data);
                __ISimpleStreamReply::write {
                    __ret: __ret,
                }
            }
            __ISimpleStreamRequest::fill { mut buf } => {
                let __ret = <S as ISimpleStream>::fill(server, &mut buf);
                __ISimpleStreamReply::fill {
                    __ret: __ret,
                    buf,
                }
            }
            #[cfg(unix)]
            __ISimpleStreamRequest::fd {} => {
                let __ret = <S as ISimpleStream>::fd(server);
                __ISimpleStreamReply::fd {
                    __ret: __ret,
                }
            }
        }
    }
    /// The qualified name of the method this request calls (`"IFoo::get"`).
    #[allow(non_snake_case)]
    pub fn __method(&self) -> &'static str {
        match *self {
            __ISimpleStreamRequest::read { .. } => "ISimpleStream::read",
            __ISimpleStreamRequest::write { .. } => "ISimpleStream::write",
            __ISimpleStreamRequest::fill { .. } => "ISimpleStream::fill",
            #[cfg(unix)]
            __ISimpleStreamRequest::fd { .. } => "ISimpleStream::fd",
        }
    }
    /// Calls the synchronous method on `server`, reached through a lock.
    #[allow(non_snake_case, deprecated)]
    pub fn __dispatch_mut<S: ?::core::marker::Sized + ISimpleStream>(
        self,
        server: &mut S,
    ) -> __ISimpleStreamReply {
        match self {
            __ISimpleStreamRequest::read { len } => {
                let __ret = <S as ISimpleStream>::read(&*server, len);
                __ISimpleStreamReply::read {
                    __ret: __ret,
                }
            }
            __ISimpleStreamRequest::write { data } => {
                let __ret = <S as ISimpleStream>::write(&*server, &data);
                __ISimpleStreamReply::write {
                    __ret: __ret,
                }
            }
            __ISimpleStreamRequest::fill { mut buf } => {
                let __ret = <S as ISimpleStream>::fill(&*server, &mut buf);
                __ISimpleStreamReply::fill {
                    __ret: __ret,
                    buf,
                }
            }
            #[cfg(unix)]
            __ISimpleStreamRequest::fd {} => {
                let __ret = <S as ISimpleStream>::fd(&*server);
                __ISimpleStreamReply::fd {
                    __ret: __ret,
                }
            }
        }
    }
    /// Hands the call to a native server with a completer that replies through `responder`.
    #[allow(non_snake_case, deprecated)]
    pub fn __serve<
        S: ?::core::marker::Sized + AsyncISimpleStreamServer,
        M: ::async_interface::__private::Serve,
    >(
        self,
        server: &S,
        responder: &::async_interface::__private::Responder<'_, M>,
    ) -> ::core::option::Option<<M as ::async_interface::__private::Serve>::Reply>
    where
        <M as ::async_interface::__private::Serve>::Reply: ::core::convert::From<
            __ISimpleStreamReply,
        >,
    {
        match self {
            __ISimpleStreamRequest::read { len } => {
                let __done = responder
                    .defer(|__ret: Result<Vec<u8>, StreamError>| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __ISimpleStreamReply,
                    >>::from(__ISimpleStreamReply::read {
                        __ret,
                    }));
                <S as AsyncISimpleStreamServer>::begin_read(server, len, __done);
                ::core::option::Option::None
            }
            __ISimpleStreamRequest::write { data } => {
                let __done = responder
                    .defer(|__ret: Result<usize, StreamError>| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __ISimpleStreamReply,
                    >>::from(__ISimpleStreamReply::write {
                        __ret,
                    }));
                <S as AsyncISimpleStreamServer>::begin_write(server, data, __done);
                ::core::option::Option::None
            }
            __ISimpleStreamRequest::fill { buf } => {
                let __done = responder
                    .defer(|(__ret, buf): (usize, Vec<u8>)| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __ISimpleStreamReply,
                    >>::from(__ISimpleStreamReply::fill {
                        __ret,
                        buf,
                    }));
                <S as AsyncISimpleStreamServer>::begin_fill(server, buf, __done);
                ::core::option::Option::None
            }
            #[cfg(unix)]
            __ISimpleStreamRequest::fd {} => {
                let __done = responder
                    .defer(|__ret: i32| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __ISimpleStreamReply,
                    >>::from(__ISimpleStreamReply::fd { __ret }));
                <S as AsyncISimpleStreamServer>::begin_fd(server, __done);
                ::core::option::Option::None
            }
        }
    }
}
/// Hidden: how a call object begins and finishes calls of [`ISimpleStream`]'s methods. Implemented by the call objects of `ISimpleStream` and of every trait derived from it.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not serve `ISimpleStream`: either its server does not implement `ISimpleStream`, or an #[async_interface] trait derived from `ISimpleStream` through another interface does not list `ISimpleStream` among its own supertraits (a macro sees only its own trait: write `trait IDerived: IMiddle + ISimpleStream`)"
)]
pub trait __ISimpleStreamHost: ::async_interface::__private::Synchronize + ::async_interface::__private::CancelMethodCalls {
    /// Begins a call of `method` with `request`.
    fn __begin(
        &self,
        method: &'static str,
        request: __ISimpleStreamRequest,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call of `method`.
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __ISimpleStreamReply,
        ::async_interface::__private::CallError,
    >;
}
#[allow(non_snake_case, deprecated)]
impl<__T: ?::core::marker::Sized + __ISimpleStreamHost> AsyncISimpleStream for __T {
    fn begin_read(
        &self,
        len: usize,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __ISimpleStreamHost>::__begin(
            self,
            "ISimpleStream::read",
            __ISimpleStreamRequest::read {
                len,
            },
        )
    }
    fn finish_read(
        &self,
    ) -> ::core::result::Result<
        Result<Vec<u8>, StreamError>,
        ::async_interface::__private::CallError,
    > {
        match <__T as __ISimpleStreamHost>::__finish(self, "ISimpleStream::read")? {
            __ISimpleStreamReply::read { __ret: __ret } => {
                ::core::result::Result::Ok(__ret)
            }
            #[allow(unreachable_patterns)]
            _ => {
                ::core::unreachable!(
                    "the runtime checked that the call finished is the call begun"
                )
            }
        }
    }
    fn begin_write(
        &self,
        data: ::std::vec::Vec<u8>,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __ISimpleStreamHost>::__begin(
            self,
            "ISimpleStream::write",
            __ISimpleStreamRequest::write {
                data,
            },
        )
    }
    fn finish_write(
        &self,
    ) -> ::core::result::Result<
        Result<usize, StreamError>,
        ::async_interface::__private::CallError,
    > {
        match <__T as __ISimpleStreamHost>::__finish(self, "ISimpleStream::write")? {
            __ISimpleStreamReply::write { __ret: __ret } => {
                ::core::result::Result::Ok(__ret)
            }
            #[allow(unreachable_patterns)]
            _ => {
                ::core::unreachable!(
                    "the runtime checked that the call finished is the call begun"
                )
            }
        }
    }
    fn begin_fill(
        &self,
        buf: Vec<u8>,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __ISimpleStreamHost>::__begin(
            self,
            "ISimpleStream::fill",
            __ISimpleStreamRequest::fill {
                buf,
            },
        )
    }
    fn finish_fill(
        &self,
        buf: &mut Vec<u8>,
    ) -> ::core::result::Result<usize, ::async_interface::__private::CallError> {
        match <__T as __ISimpleStreamHost>::__finish(self, "ISimpleStream::fill")? {
            __ISimpleStreamReply::fill { __ret: __ret, buf: __out_buf } => {
                *buf = __out_buf;
                ::core::result::Result::Ok(__ret)
            }
            #[allow(unreachable_patterns)]
            _ => {
                ::core::unreachable!(
                    "the runtime checked that the call finished is the call begun"
                )
            }
        }
    }
    #[cfg(unix)]
    fn begin_fd(
        &self,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __ISimpleStreamHost>::__begin(
            self,
            "ISimpleStream::fd",
            __ISimpleStreamRequest::fd {},
        )
    }
    #[cfg(unix)]
    fn finish_fd(
        &self,
    ) -> ::core::result::Result<i32, ::async_interface::__private::CallError> {
        match <__T as __ISimpleStreamHost>::__finish(self, "ISimpleStream::fd")? {
            __ISimpleStreamReply::fd { __ret: __ret } => {
                ::core::result::Result::Ok(__ret)
            }
            #[allow(unreachable_patterns)]
            _ => {
                ::core::unreachable!(
                    "the runtime checked that the call finished is the call begun"
                )
            }
        }
    }
}
#[doc(hidden)]
#[allow(dead_code)]
pub struct __ISimpleStreamDispatch<S: ?::core::marker::Sized, M> {
    server: ::async_interface::__private::Arc<S>,
    mode: ::core::marker::PhantomData<fn() -> (::core::marker::PhantomData<M>,)>,
}
impl<
    S: ?::core::marker::Sized + ISimpleStream + ::core::marker::Send
        + ::core::marker::Sync + 'static,
> ::async_interface::__private::Dispatch
for __ISimpleStreamDispatch<S, ::async_interface::__private::Blocking> {
    type Request = __ISimpleStreamRequest;
    type Reply = __ISimpleStreamReply;
    fn dispatch(
        &self,
        request: <Self as ::async_interface::__private::Dispatch>::Request,
    ) -> <Self as ::async_interface::__private::Dispatch>::Reply {
        request.__dispatch(&*self.server)
    }
    fn method_of(
        request: &<Self as ::async_interface::__private::Dispatch>::Request,
    ) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(request.__method())
    }
}
impl<
    S: ?::core::marker::Sized + AsyncISimpleStreamServer,
> ::async_interface::__private::Serve
for __ISimpleStreamDispatch<S, ::async_interface::__private::Native> {
    type Request = __ISimpleStreamRequest;
    type Reply = __ISimpleStreamReply;
    fn serve(
        &self,
        request: <Self as ::async_interface::__private::Serve>::Request,
        responder: &::async_interface::__private::Responder<'_, Self>,
    ) -> ::core::option::Option<<Self as ::async_interface::__private::Serve>::Reply> {
        request.__serve(&*self.server, responder)
    }
    fn method_of(
        request: &<Self as ::async_interface::__private::Serve>::Request,
    ) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(request.__method())
    }
}
/// Call object for [`ISimpleStream`] (COM: the object `ICallFactory::CreateCall` returns): implements [`AsyncISimpleStream`] by running the methods of a server on a worker, one call at a time.
///
/// Ways to create one:
///
/// - [`ISimpleStreamCall::new`]`(Arc::new(server))`: a blocking server `S: ISimpleStream`; a worker of the built-in pool calls its methods through `&self`, so a server that changes state keeps it behind a lock.
/// - [`ISimpleStreamCall::with_options`]`(server, options)`: the same, with another executor (`executor::Inline`, or tokio's blocking pool with the `tokio` feature) or a custom synchronizer (COM: aggregating your own `ISynchronize`), set in `async_interface::CallOptions`.
/// - [`ISimpleStreamCall::native`]`(Arc::new(server))` and [`ISimpleStreamCall::native_with_options`]: a native asynchronous server implementing [`AsyncISimpleStreamServer`], which receives each call's in-part with a `Completer` and completes it later from any thread (the call object's type is `ISimpleStreamCall<N, Native>`).
/// - [`ISimpleStreamCall::in_apartment`]`(Arc::new(Apartment::start(|| make_server())))`: a server that must stay on one thread (it is `!Send`: an `Rc`, a GUI object, a thread-bound handle) lives in an apartment, `async_interface::apartment::Apartment` (COM: a single-threaded apartment), built there by the closure; its calls run there one at a time, in the order they were begun. The apartment ends when its last handle (this call object's among them) is dropped.
///
/// Either way the client API is the same, [`AsyncISimpleStream`]: `begin_m` returns at once, `finish_m` returns the result, blocking until the call completes. In between, `wait` (with a timeout), `cancel`, `state` and `method_in_flight` come from the traits in `async_interface::prelude`. After `finish_m` the call object is idle and can make the next call, of any method.
///
/// Dropping the call object while a call is pending is allowed: the server method still runs to its end and its results are dropped. A panic in the server method is reported by `finish_m` as `CallError::ServerFault`, and the call object stays usable.
///
/// Methods marked `#[async_interface(skip)]` are not part of [`AsyncISimpleStream`]; call them on [`ISimpleStreamCall::server`].
#[allow(dead_code)]
pub struct ISimpleStreamCall<
    S: ?::core::marker::Sized,
    M = ::async_interface::__private::Blocking,
>
where
    __ISimpleStreamDispatch<S, M>: ::async_interface::__private::Serve,
{
    call: ::async_interface::__private::Call<__ISimpleStreamDispatch<S, M>>,
}
#[allow(dead_code)]
impl<
    S: ?::core::marker::Sized + ISimpleStream + ::core::marker::Send
        + ::core::marker::Sync + 'static,
> ISimpleStreamCall<S, ::async_interface::__private::Blocking> {
    /// Creates a call object over a blocking `server` (COM: `ICallFactory::CreateCall`), running its calls on the built-in pool. It is idle: the first `begin_` starts a call.
    #[must_use]
    pub fn new(server: ::async_interface::__private::Arc<S>) -> Self {
        Self::with_options(server, ::async_interface::__private::CallOptions::new())
    }
    /// Creates a call object over `server` built as `options` says: the executor its calls run on (the built-in pool by default; `executor::Inline` runs each call inside `begin_`, and with the `tokio` feature `executor::TokioBlocking` runs them on tokio's blocking pool) and its synchronizer (COM: aggregating a custom `ISynchronize`, for a completion callback or one notifier shared by many calls).
    ///
    /// ```text
    /// let options = async_interface::CallOptions::new().executor(Arc::new(async_interface::executor::Inline));
    /// let call = ISimpleStreamCall::with_options(Arc::new(server), options);
    /// ```
    #[must_use]
    pub fn with_options(
        server: ::async_interface::__private::Arc<S>,
        options: ::async_interface::__private::CallOptions,
    ) -> Self {
        ISimpleStreamCall {
            call: ::async_interface::__private::Call::with_options(
                __ISimpleStreamDispatch {
                    server,
                    mode: ::core::marker::PhantomData,
                },
                options,
            ),
        }
    }
}
#[allow(dead_code)]
impl<
    S: ?::core::marker::Sized + AsyncISimpleStreamServer,
> ISimpleStreamCall<S, ::async_interface::__private::Native> {
    /// Creates a call object over a native asynchronous `server` (COM: a server-side call object): each `begin_m` runs [`AsyncISimpleStreamServer`]'s `begin_m` on a worker with the in-part and a `Completer`, and the call completes when the server completes that handle, from any thread. A completer dropped without completing ends the call with `CallError::Disconnected`.
    #[must_use]
    pub fn native(server: ::async_interface::__private::Arc<S>) -> Self {
        Self::native_with_options(
            server,
            ::async_interface::__private::CallOptions::new(),
        )
    }
    /// [`native`](Self::native), built as `options` says (executor, custom synchronizer).
    #[must_use]
    pub fn native_with_options(
        server: ::async_interface::__private::Arc<S>,
        options: ::async_interface::__private::CallOptions,
    ) -> Self {
        ISimpleStreamCall {
            call: ::async_interface::__private::Call::with_options(
                __ISimpleStreamDispatch {
                    server,
                    mode: ::core::marker::PhantomData,
                },
                options,
            ),
        }
    }
}
#[allow(dead_code)]
impl<
    S: ISimpleStream + 'static,
> ISimpleStreamCall<
    ::async_interface::__private::apartment::Apartment<S>,
    ::async_interface::__private::Native,
>
where
    ::async_interface::__private::apartment::Apartment<S>: AsyncISimpleStreamServer,
{
    /// Creates a call object over a server living in an apartment, a thread of its own (COM: a single-threaded apartment): each `begin_m` posts the call to that thread, where the synchronous method runs, one call at a time in the order they were begun. The server never leaves its thread, so it may be `!Send` (`Rc`, `RefCell`, a thread-bound handle). A panic in the server ends that call with `CallError::ServerFault` and the apartment serves the next one; it ends when its last handle is dropped.
    ///
    /// `Apartment<S>` implements the server-side trait, so this is [`native`](Self::native) with one difference: `begin_m` posts the call to the apartment itself (the `executor::Inline` executor) instead of handing it to a worker first, so calls reach the apartment in the order they were begun, even from different call objects, and a call costs no hop through the pool. Use [`native_with_options`](Self::native_with_options) for another executor or a custom synchronizer.
    #[must_use]
    pub fn in_apartment(
        apartment: ::async_interface::__private::Arc<
            ::async_interface::__private::apartment::Apartment<S>,
        >,
    ) -> Self {
        Self::native_with_options(
            apartment,
            ::async_interface::__private::CallOptions::new()
                .executor(
                    ::async_interface::__private::Arc::new(
                        ::async_interface::__private::executor::Inline,
                    ),
                ),
        )
    }
}
#[allow(dead_code)]
impl<S: ?::core::marker::Sized, M> ISimpleStreamCall<S, M>
where
    __ISimpleStreamDispatch<S, M>: ::async_interface::__private::Serve,
{
    /// The server this call object calls.
    #[must_use]
    pub fn server(&self) -> &::async_interface::__private::Arc<S> {
        &self.call.dispatcher().server
    }
}
impl<S: ?::core::marker::Sized, M> ::async_interface::__private::CallObject
for ISimpleStreamCall<S, M>
where
    __ISimpleStreamDispatch<S, M>: ::async_interface::__private::Serve,
{
    type Dispatch = __ISimpleStreamDispatch<S, M>;
    fn call(
        &self,
    ) -> &::async_interface::__private::Call<__ISimpleStreamDispatch<S, M>> {
        &self.call
    }
}
impl<S: ?::core::marker::Sized, M> ::core::fmt::Debug for ISimpleStreamCall<S, M>
where
    __ISimpleStreamDispatch<S, M>: ::async_interface::__private::Serve,
{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(ISimpleStreamCall))
            .field("state", &self.call.state())
            .field("method", &self.call.method_in_flight())
            .finish()
    }
}
impl<S: ?::core::marker::Sized, M> __ISimpleStreamHost for ISimpleStreamCall<S, M>
where
    __ISimpleStreamDispatch<
        S,
        M,
    >: ::async_interface::__private::Serve<
        Request = __ISimpleStreamRequest,
        Reply = __ISimpleStreamReply,
    >,
{
    fn __begin(
        &self,
        method: &'static str,
        request: __ISimpleStreamRequest,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        self.call.begin(method, request)
    }
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __ISimpleStreamReply,
        ::async_interface::__private::CallError,
    > {
        self.call.finish(method)
    }
}
#[allow(deprecated, non_snake_case)]
impl<S: ISimpleStream + 'static> AsyncISimpleStreamServer
for ::async_interface::__private::apartment::Apartment<S> {
    fn begin_read(
        &self,
        len: usize,
        __done: ::async_interface::__private::Completer<Result<Vec<u8>, StreamError>>,
    ) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let __ret = <S as ISimpleStream>::read(__server, len);
                    __ret
                });
        });
    }
    fn begin_write(
        &self,
        data: ::std::vec::Vec<u8>,
        __done: ::async_interface::__private::Completer<Result<usize, StreamError>>,
    ) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let __ret = <S as ISimpleStream>::write(__server, &data);
                    __ret
                });
        });
    }
    fn begin_fill(
        &self,
        buf: Vec<u8>,
        __done: ::async_interface::__private::Completer<(usize, Vec<u8>)>,
    ) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let mut buf = buf;
                    let __ret = <S as ISimpleStream>::fill(__server, &mut buf);
                    (__ret, buf)
                });
        });
    }
    #[cfg(unix)]
    fn begin_fd(&self, __done: ::async_interface::__private::Completer<i32>) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let __ret = <S as ISimpleStream>::fd(__server);
                    __ret
                });
        });
    }
}
