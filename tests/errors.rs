//! SPEC behaviour 16: every `CallError` maps to its COM HRESULT and explains itself.

use async_interface::prelude::*;

fn every_variant() -> Vec<(CallError, u32, &'static str)> {
    vec![
        (CallError::CallPending, 0x8001_0115, "RPC_S_CALLPENDING"),
        (CallError::CallComplete, 0x8001_0117, "RPC_E_CALL_COMPLETE"),
        (CallError::Timeout, 0x8001_011F, "RPC_E_TIMEOUT"),
        (CallError::Canceled, 0x8001_0002, "RPC_E_CALL_CANCELED"),
        (
            CallError::ServerFault {
                message: "boom".into(),
            },
            0x8001_0105,
            "RPC_E_SERVERFAULT",
        ),
        (CallError::Disconnected, 0x8001_0108, "RPC_E_DISCONNECTED"),
        (
            CallError::WrongMethod {
                begun: "IStream::read",
                finished: "IStream::seek",
            },
            0x8000_FFFF,
            "E_UNEXPECTED",
        ),
        (CallError::NoSync, 0x8001_0120, "RPC_E_NO_SYNC"),
        (
            CallError::ClientCantMarshal {
                message: "too big".into(),
            },
            0x8001_000B,
            "RPC_E_CLIENT_CANTMARSHAL_DATA",
        ),
        (
            CallError::ServerCantMarshal {
                message: "too big".into(),
            },
            0x8001_000D,
            "RPC_E_SERVER_CANTMARSHAL_DATA",
        ),
        (
            CallError::ServerBusy {
                message: "queue full".into(),
            },
            0x8001_010A,
            "RPC_E_SERVERCALL_RETRYLATER",
        ),
        (
            CallError::AccessDenied {
                message: "not admin".into(),
            },
            0x8007_0005,
            "E_ACCESSDENIED",
        ),
    ]
}

#[test]
fn every_call_error_maps_to_its_hresult() {
    for (error, code, name) in every_variant() {
        assert_eq!(error.hresult(), code as i32, "{error:?}");
        assert!(error.hresult() < 0, "{error:?} is a failure HRESULT");
        assert_eq!(error.hresult_name(), name);
    }
}

#[test]
fn every_call_error_says_what_happened_and_what_to_do() {
    let advice = [
        "finish",
        "begin",
        "wait again",
        "check",
        "reusable",
        "again",
        "matching",
        "add",
        "another call",
        "another call",
        "again later",
        "Connect with an identity",
    ];
    let variants = every_variant();
    assert_eq!(variants.len(), advice.len());
    for ((error, _, _), advice) in variants.into_iter().zip(advice) {
        let message = error.to_string();
        assert!(
            message.contains(advice),
            "{error:?}: {message:?} lacks {advice:?}"
        );
        assert!(
            message.contains(';'),
            "{message:?}: what happened; what to do"
        );
    }
}

#[test]
fn call_error_is_a_std_error() {
    fn takes(_: &(dyn std::error::Error + Send + Sync + 'static)) {}
    takes(&CallError::Timeout);
    let boxed: Box<dyn std::error::Error> = Box::new(CallError::Canceled);
    assert!(boxed.to_string().contains("cancelled"));
}

#[test]
fn wrong_method_names_both_methods_qualified_by_their_trait() {
    let message = CallError::WrongMethod {
        begun: "IStream::read",
        finished: "IStream::seek",
    }
    .to_string();
    assert!(
        message.contains("`IStream::seek`") && message.contains("`IStream::read`"),
        "{message}"
    );
}
