//! What the remote tests share: the client's dispatcher, and raw frames as a hostile
//! peer writes them (postcard: unsigned integers as LEB128).
#![allow(dead_code)]

use std::marker::PhantomData;

use async_interface_runtime::remote::Connection;
use async_interface_runtime::{Responder, Serve};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The client's side: what a generated remote call object's dispatcher does.
pub struct Client<Request, Reply>(Connection, PhantomData<fn() -> (Request, Reply)>);

impl<Request, Reply> Client<Request, Reply> {
    pub fn new(connection: &Connection) -> Self {
        Client(connection.clone(), PhantomData)
    }
}

impl<Request, Reply> Serve for Client<Request, Reply>
where
    Request: Serialize + Send + 'static,
    Reply: DeserializeOwned + Send + 'static,
{
    type Request = Request;
    type Reply = Reply;
    fn serve(&self, request: Request, responder: &Responder<'_, Self>) -> Option<Reply> {
        self.0
            .__send(&request, responder.defer(|reply: Reply| reply));
        None
    }
}

pub fn varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut framed = (body.len() as u32).to_be_bytes().to_vec();
    framed.extend(body);
    framed
}

/// A tarpc `ClientMessage::Request` with a deadline `secs` + `nanos` away, request id
/// `request_id`, and the encoded message `message`.
pub fn request(request_id: u64, secs: u64, nanos: u64, message: &[u8]) -> Vec<u8> {
    let mut body = vec![0];
    varint(&mut body, secs);
    varint(&mut body, nanos);
    body.extend([0; 16]); // trace id
    body.extend([0, 1]); // span id, sampling decision
    varint(&mut body, request_id);
    body.extend(message);
    frame(&body)
}

/// The crate's `WireRequest::Call` carrying `payload`.
pub fn call(id: u64, payload: &[u8], has_deadline: bool) -> Vec<u8> {
    let mut message = vec![0];
    varint(&mut message, id);
    varint(&mut message, payload.len() as u64);
    message.extend(payload);
    message.push(u8::from(has_deadline));
    message
}

/// `WireRequest::Cancel { id }`.
pub fn cancel(id: u64) -> Vec<u8> {
    let mut message = vec![1];
    varint(&mut message, id);
    message
}

/// `WireRequest::Ping`.
pub const PING: &[u8] = &[2];

/// Reads one frame's body.
pub fn read_frame(stream: &mut impl std::io::Read) -> std::io::Result<Vec<u8>> {
    let mut header = [0; 4];
    stream.read_exact(&mut header)?;
    let mut body = vec![0; u32::from_be_bytes(header) as usize];
    stream.read_exact(&mut body)?;
    Ok(body)
}
