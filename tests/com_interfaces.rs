//! Real interfaces: Rust renditions of COM's `IPipeByte`, `IMultiQI`, `ISequentialStream`
//! and `IStream` (every method), round-tripped through their call objects. Each trait
//! notes MIDL's `Begin_`/`Finish_` split (`[in]` → `Begin_`, `[out]` → `Finish_`,
//! `[in, out]` → both) and how the Rust signature gives the same split.
#![allow(non_snake_case)]

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// COM's `HRESULT`, as an error value.
pub type HRESULT = i32;
/// `STG_E_INVALIDFUNCTION`.
pub const STG_E_INVALIDFUNCTION: HRESULT = 0x8003_0001_u32 as i32;
/// `E_NOINTERFACE`.
pub const E_NOINTERFACE: HRESULT = 0x8000_4002_u32 as i32;

/// `IPipeByte` (async `AsyncIPipeByte`).
///
/// MIDL: `Pull([out, size_is(cRequest), length_is(*pcReturned)] BYTE *buf, [in] ULONG
/// cRequest, [out] ULONG *pcReturned)` → `Begin_Pull(ULONG cRequest)`,
/// `Finish_Pull(BYTE *buf, ULONG *pcReturned)`. Here the out-buffer and its length are the
/// returned `Vec` (its length is `*pcReturned`), so `Begin_Pull(cRequest)` and
/// `Finish_Pull() -> Result<Vec<u8>, HRESULT>`: the same split.
///
/// MIDL: `Push([in, size_is(cSent)] BYTE *buf, [in] ULONG cSent)` → `Begin_Push(BYTE *buf,
/// ULONG cSent)`, `Finish_Push(void)`. Here `&[u8]` carries both; `Begin_Push(Vec<u8>)`
/// copies it (COM copies `[in]` buffers at `Begin_`), `Finish_Push()`.
#[async_interface]
pub trait IPipeByte {
    /// Pulls up to `cRequest` bytes; an empty result ends the pipe.
    fn Pull(&self, cRequest: u32) -> Result<Vec<u8>, HRESULT>;
    /// Pushes `buf`; an empty `buf` ends the pipe.
    fn Push(&self, buf: &[u8]) -> Result<(), HRESULT>;
}

/// `MULTI_QI`: one interface asked for, and the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultiQi {
    /// `pIID`.
    pub iid: u128,
    /// `pItf`: here the name of the interface found.
    pub itf: Option<String>,
    /// `hr`.
    pub hr: HRESULT,
}

/// `IMultiQI` (async `AsyncIMultiQI`).
///
/// MIDL: `QueryMultipleInterfaces([in] ULONG cMQIs, [in, out] MULTI_QI *pMQIs)` →
/// `Begin_QueryMultipleInterfaces(ULONG cMQIs, MULTI_QI *pMQIs)`,
/// `Finish_QueryMultipleInterfaces(MULTI_QI *pMQIs)`. Here `&mut Vec<MultiQi>` is the
/// `[in, out]` array (its length is `cMQIs`): `Begin_` takes the `Vec`, `Finish_` takes
/// `&mut Vec<MultiQi>` and writes the answers back. The return value is the `HRESULT`.
#[async_interface]
pub trait IMultiQI {
    /// Answers each `MULTI_QI` in `pMQIs`.
    fn QueryMultipleInterfaces(&self, pMQIs: &mut Vec<MultiQi>) -> HRESULT;
}

/// `ISequentialStream` (async `AsyncISequentialStream`).
///
/// MIDL: `Read([out, size_is(cb), length_is(*pcbRead)] void *pv, [in] ULONG cb, [out] ULONG
/// *pcbRead)` → `Begin_Read(ULONG cb)`, `Finish_Read(void *pv, ULONG *pcbRead)`;
/// `Write([in, size_is(cb)] const void *pv, [in] ULONG cb, [out] ULONG *pcbWritten)` →
/// `Begin_Write(const void *pv, ULONG cb)`, `Finish_Write(ULONG *pcbWritten)`.
#[async_interface]
pub trait ISequentialStream {
    /// Reads up to `cb` bytes.
    fn Read(&self, cb: u32) -> Result<Vec<u8>, HRESULT>;
    /// Writes `pv`; returns `*pcbWritten`.
    fn Write(&self, pv: &[u8]) -> Result<u32, HRESULT>;
}

/// `STREAM_SEEK`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamSeek {
    /// `STREAM_SEEK_SET`.
    Set,
    /// `STREAM_SEEK_CUR`.
    Cur,
    /// `STREAM_SEEK_END`.
    End,
}

/// `STATSTG`, the parts a memory stream has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatStg {
    /// `pwcsName`, unless `STATFLAG_NONAME`.
    pub name: Option<String>,
    /// `cbSize`.
    pub size: u64,
}

/// `IStream`, every method. The SDK gives `IStream` no `async_uuid`; this is the async form
/// MIDL's rules would make. `IStream : ISequentialStream` in the IDL, and here: `Read` and
/// `Write` come from the supertrait, `AsyncIStream: AsyncISequentialStream`, and one
/// `IStreamCall` serves both traits' methods through one call state (MIDL:
/// `AsyncIStream : AsyncISequentialStream`).
///
/// The splits: `Seek([in] dlibMove, [in] dwOrigin, [out] plibNewPosition)` →
/// `Begin_Seek(dlibMove, dwOrigin)`, `Finish_Seek() -> position`; `SetSize([in])`,
/// `Commit([in])`, `LockRegion([in] ×3)`, `UnlockRegion([in] ×3)`: all in `Begin_`, nothing
/// but the result in `Finish_`; `Revert()`: neither; `CopyTo([in] pstm, [in] cb, [out]
/// pcbRead, [out] pcbWritten)` → `Begin_CopyTo(pstm, cb)`, `Finish_CopyTo() -> (read,
/// written)`; `Stat([out] pstatstg, [in] grfStatFlag)` → `Begin_Stat(grfStatFlag)`,
/// `Finish_Stat() -> STATSTG`; `Clone([out] ppstm)` → `Begin_Clone()`, `Finish_Clone() ->
/// stream`.
#[async_interface]
pub trait IStream: ISequentialStream {
    /// Moves the seek pointer; returns the new position.
    fn Seek(&self, dlibMove: i64, dwOrigin: StreamSeek) -> Result<u64, HRESULT>;
    /// Changes the size.
    fn SetSize(&self, libNewSize: u64) -> Result<(), HRESULT>;
    /// Copies `cb` bytes from the seek pointer to `pstm`; returns (read, written).
    fn CopyTo(&self, pstm: Arc<MemoryStream>, cb: u64) -> Result<(u64, u64), HRESULT>;
    /// Commits (a memory stream has nothing to commit).
    fn Commit(&self, grfCommitFlags: u32) -> Result<(), HRESULT>;
    /// Reverts (a stream that is not transacted has nothing to revert: `S_OK`).
    fn Revert(&self) -> Result<(), HRESULT>;
    /// Locks a range (not supported by a memory stream).
    fn LockRegion(&self, libOffset: u64, cb: u64, dwLockType: u32) -> Result<(), HRESULT>;
    /// Unlocks a range (not supported by a memory stream).
    fn UnlockRegion(&self, libOffset: u64, cb: u64, dwLockType: u32) -> Result<(), HRESULT>;
    /// Describes the stream.
    fn Stat(&self, grfStatFlag: u32) -> Result<StatStg, HRESULT>;
    /// A new stream over the same bytes with its own seek pointer.
    fn Clone(&self) -> Result<Arc<MemoryStream>, HRESULT>;
}

/// A memory stream: serves `ISequentialStream`, `IStream` and `IPipeByte`.
#[derive(Debug, Default)]
pub struct MemoryStream {
    state: Mutex<(Vec<u8>, u64)>,
}

impl MemoryStream {
    fn with(bytes: &[u8]) -> Arc<MemoryStream> {
        Arc::new(MemoryStream {
            state: Mutex::new((bytes.to_vec(), 0)),
        })
    }
    fn bytes(&self) -> Vec<u8> {
        self.state.lock().unwrap().0.clone()
    }
    fn read(&self, cb: u32) -> Vec<u8> {
        let mut state = self.state.lock().unwrap();
        let (bytes, pos) = &mut *state;
        let start = (*pos as usize).min(bytes.len());
        let end = (start + cb as usize).min(bytes.len());
        *pos = end as u64;
        bytes[start..end].to_vec()
    }
    fn write(&self, pv: &[u8]) -> u32 {
        let mut state = self.state.lock().unwrap();
        let (bytes, pos) = &mut *state;
        let start = *pos as usize;
        if bytes.len() < start + pv.len() {
            bytes.resize(start + pv.len(), 0);
        }
        bytes[start..start + pv.len()].copy_from_slice(pv);
        *pos += pv.len() as u64;
        pv.len() as u32
    }
}

impl ISequentialStream for MemoryStream {
    fn Read(&self, cb: u32) -> Result<Vec<u8>, HRESULT> {
        Ok(self.read(cb))
    }
    fn Write(&self, pv: &[u8]) -> Result<u32, HRESULT> {
        Ok(self.write(pv))
    }
}

impl IStream for MemoryStream {
    fn Seek(&self, dlibMove: i64, dwOrigin: StreamSeek) -> Result<u64, HRESULT> {
        let mut state = self.state.lock().unwrap();
        let base = match dwOrigin {
            StreamSeek::Set => 0,
            StreamSeek::Cur => state.1 as i64,
            StreamSeek::End => state.0.len() as i64,
        };
        let target = base + dlibMove;
        if target < 0 {
            return Err(STG_E_INVALIDFUNCTION);
        }
        state.1 = target as u64;
        Ok(state.1)
    }
    fn SetSize(&self, libNewSize: u64) -> Result<(), HRESULT> {
        self.state.lock().unwrap().0.resize(libNewSize as usize, 0);
        Ok(())
    }
    fn CopyTo(&self, pstm: Arc<MemoryStream>, cb: u64) -> Result<(u64, u64), HRESULT> {
        let bytes = self.read(cb as u32);
        let written = pstm.write(&bytes);
        Ok((bytes.len() as u64, u64::from(written)))
    }
    fn Commit(&self, _grfCommitFlags: u32) -> Result<(), HRESULT> {
        Ok(())
    }
    fn Revert(&self) -> Result<(), HRESULT> {
        Ok(())
    }
    fn LockRegion(&self, _: u64, _: u64, _: u32) -> Result<(), HRESULT> {
        Err(STG_E_INVALIDFUNCTION)
    }
    fn UnlockRegion(&self, _: u64, _: u64, _: u32) -> Result<(), HRESULT> {
        Err(STG_E_INVALIDFUNCTION)
    }
    fn Stat(&self, grfStatFlag: u32) -> Result<StatStg, HRESULT> {
        const STATFLAG_NONAME: u32 = 1;
        Ok(StatStg {
            name: (grfStatFlag & STATFLAG_NONAME == 0).then(|| "memory".to_owned()),
            size: self.state.lock().unwrap().0.len() as u64,
        })
    }
    fn Clone(&self) -> Result<Arc<MemoryStream>, HRESULT> {
        let state = self.state.lock().unwrap();
        Ok(Arc::new(MemoryStream {
            state: Mutex::new(state.clone()),
        }))
    }
}

impl IPipeByte for MemoryStream {
    fn Pull(&self, cRequest: u32) -> Result<Vec<u8>, HRESULT> {
        Ok(self.read(cRequest))
    }
    fn Push(&self, buf: &[u8]) -> Result<(), HRESULT> {
        self.write(buf);
        Ok(())
    }
}

/// Knows `IUnknown` (iid 0) and `IStream` (iid 0xC).
struct Object;

impl IMultiQI for Object {
    fn QueryMultipleInterfaces(&self, pMQIs: &mut Vec<MultiQi>) -> HRESULT {
        let mut found = 0;
        for qi in pMQIs.iter_mut() {
            qi.itf = match qi.iid {
                0 => Some("IUnknown".to_owned()),
                0xC => Some("IStream".to_owned()),
                _ => None,
            };
            qi.hr = if qi.itf.is_some() { 0 } else { E_NOINTERFACE };
            found += usize::from(qi.itf.is_some());
        }
        match found {
            0 => E_NOINTERFACE,
            n if n == pMQIs.len() => 0,
            _ => 0x0008_0012, // CO_S_NOTALLINTERFACES
        }
    }
}

#[test]
fn ipipebyte_pull_and_push() {
    let pipe = MemoryStream::with(b"");
    let call = IPipeByteCall::new(Arc::clone(&pipe));
    call.Begin_Push(b"bytes".to_vec()).unwrap();
    assert_eq!(call.Finish_Push(), Ok(Ok(())));
    IStream::Seek(&*pipe, 0, StreamSeek::Set).unwrap();
    call.Begin_Pull(3).unwrap();
    assert_eq!(call.Finish_Pull(), Ok(Ok(b"byt".to_vec())));
    call.Begin_Pull(10).unwrap();
    assert_eq!(call.Finish_Pull(), Ok(Ok(b"es".to_vec())));
    call.Begin_Pull(10).unwrap();
    assert_eq!(
        call.Finish_Pull(),
        Ok(Ok(Vec::new())),
        "the end of the pipe"
    );
}

#[test]
fn imultiqi_answers_in_place() {
    let call = IMultiQICall::new(Arc::new(Object));
    let ask = |iid| MultiQi {
        iid,
        itf: None,
        hr: 0,
    };
    let mut mqis = vec![ask(0), ask(0xC), ask(7)];
    call.Begin_QueryMultipleInterfaces(mqis.clone()).unwrap();
    assert_eq!(
        call.Finish_QueryMultipleInterfaces(&mut mqis),
        Ok(0x0008_0012)
    );
    assert_eq!(mqis[0].itf.as_deref(), Some("IUnknown"));
    assert_eq!(mqis[1].itf.as_deref(), Some("IStream"));
    assert_eq!((mqis[2].itf.as_deref(), mqis[2].hr), (None, E_NOINTERFACE));
}

#[test]
fn isequentialstream_read_and_write() {
    let stream = MemoryStream::with(b"");
    let call = ISequentialStreamCall::new(Arc::clone(&stream));
    call.Begin_Write(b"hello".to_vec()).unwrap();
    assert_eq!(call.Finish_Write(), Ok(Ok(5)));
    assert_eq!(call.Finish_Write(), Err(CallError::CallComplete));
    IStream::Seek(&*stream, 1, StreamSeek::Set).unwrap();
    call.Begin_Read(3).unwrap();
    assert!(matches!(
        call.Finish_Write(),
        Err(CallError::WrongMethod { .. })
    ));
    assert_eq!(call.Finish_Read(), Ok(Ok(b"ell".to_vec())));
}

#[test]
fn istream_every_method() {
    let stream = MemoryStream::with(b"0123456789");
    let call = IStreamCall::new(Arc::clone(&stream));
    let object: &dyn AsyncIStream = &call;

    object.Begin_Seek(-4, StreamSeek::End).unwrap();
    assert_eq!(object.Finish_Seek(), Ok(Ok(6)));
    object.Begin_Read(2).unwrap();
    assert_eq!(object.Finish_Read(), Ok(Ok(b"67".to_vec())));
    object.Begin_Seek(-100, StreamSeek::Cur).unwrap();
    assert_eq!(object.Finish_Seek(), Ok(Err(STG_E_INVALIDFUNCTION)));
    object.Begin_Write(b"ab".to_vec()).unwrap();
    assert_eq!(object.Finish_Write(), Ok(Ok(2)));
    assert_eq!(stream.bytes(), b"01234567ab");

    object.Begin_SetSize(4).unwrap();
    assert_eq!(object.Finish_SetSize(), Ok(Ok(())));
    object.Begin_Seek(1, StreamSeek::Set).unwrap();
    assert_eq!(object.Finish_Seek(), Ok(Ok(1)));
    let target = MemoryStream::with(b"");
    object.Begin_CopyTo(Arc::clone(&target), 10).unwrap();
    assert_eq!(object.Finish_CopyTo(), Ok(Ok((3, 3))));
    assert_eq!(target.bytes(), b"123");

    object.Begin_Commit(0).unwrap();
    assert_eq!(object.Finish_Commit(), Ok(Ok(())));
    object.Begin_Revert().unwrap();
    assert_eq!(object.Finish_Revert(), Ok(Ok(())));
    object.Begin_LockRegion(0, 1, 1).unwrap();
    assert_eq!(object.Finish_LockRegion(), Ok(Err(STG_E_INVALIDFUNCTION)));
    object.Begin_UnlockRegion(0, 1, 1).unwrap();
    assert_eq!(object.Finish_UnlockRegion(), Ok(Err(STG_E_INVALIDFUNCTION)));
    object.Begin_Stat(0).unwrap();
    assert_eq!(
        object.Finish_Stat(),
        Ok(Ok(StatStg {
            name: Some("memory".to_owned()),
            size: 4
        }))
    );
    object.Begin_Clone().unwrap();
    let clone = object.Finish_Clone().unwrap().unwrap();
    assert_eq!(clone.bytes(), b"0123");
    // The clone is a stream of its own, with its own call object; as in COM it starts at
    // the original's seek pointer (here the end) and moves on its own.
    let clone_call = IStreamCall::new(clone);
    clone_call.Begin_Read(10).unwrap();
    assert_eq!(clone_call.Finish_Read(), Ok(Ok(Vec::new())));
    clone_call.Begin_Seek(2, StreamSeek::Set).unwrap();
    assert_eq!(clone_call.Finish_Seek(), Ok(Ok(2)));
    clone_call.Begin_Read(10).unwrap();
    assert_eq!(clone_call.Finish_Read(), Ok(Ok(b"23".to_vec())));
    object.Begin_Seek(0, StreamSeek::Cur).unwrap();
    assert_eq!(
        object.Finish_Seek(),
        Ok(Ok(4)),
        "the original's pointer did not move"
    );
}

#[test]
fn istream_serves_isequentialstream_through_one_call_state() {
    let stream = MemoryStream::with(b"abc");
    let call = IStreamCall::new(Arc::clone(&stream));
    // A method of the supertrait is pending: every method of either trait waits for it.
    call.Begin_Read(2).unwrap();
    assert_eq!(
        call.Begin_Seek(0, StreamSeek::Set),
        Err(CallError::CallPending)
    );
    assert_eq!(
        call.Finish_Seek(),
        Err(CallError::WrongMethod {
            begun: "ISequentialStream::Read",
            finished: "IStream::Seek"
        })
    );
    assert_eq!(call.Finish_Read(), Ok(Ok(b"ab".to_vec())));
    // `AsyncIStream: AsyncISequentialStream`: an IStream call object is usable wherever an
    // ISequentialStream one is, and `dyn AsyncIStream` upcasts.
    fn write_through(object: &dyn AsyncISequentialStream, bytes: &[u8]) -> u32 {
        object.Begin_Write(bytes.to_vec()).unwrap();
        object.Finish_Write().unwrap().unwrap()
    }
    assert_eq!(write_through(&call, b"Z"), 1);
    let derived: &dyn AsyncIStream = &call;
    assert_eq!(write_through(derived, b"!"), 1);
    assert_eq!(stream.bytes(), b"abZ!");
}
