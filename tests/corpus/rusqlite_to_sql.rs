//! Origin: crates.io package rusqlite 0.40.1 (repository rusqlite/rusqlite),
//! `src/types/to_sql.rs`, `pub trait ToSql`.
//! Copied: the trait verbatim (docs cut to the first paragraph). Stand-ins, marked: `ToSqlOutput<'a>`, `Value`, `ValueRef<'a>`, `Error`, `Result`.
//! License of the original: MIT.
//! Shapes: lifetime-in-return, borrowed-return
//! Expect: rejected? (`ToSqlOutput<'_>` borrows the value being converted: an owned form would be `ToSqlOutput<'static>`, open); no exercise

use async_interface::prelude::*;

/// Stand-in: rusqlite's `types::Value` (owned).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `NULL`.
    Null,
    /// An integer.
    Integer(i64),
    /// Text.
    Text(String),
}

/// Stand-in: rusqlite's `types::ValueRef<'a>` (borrowed).
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum ValueRef<'a> {
    /// `NULL`.
    Null,
    /// An integer.
    Integer(i64),
    /// Text, borrowed.
    Text(&'a [u8]),
}

/// Stand-in: rusqlite's `types::ToSqlOutput<'a>` (two of its variants).
#[derive(Clone, Debug, PartialEq)]
pub enum ToSqlOutput<'a> {
    /// A borrowed SQLite-representable value.
    Borrowed(ValueRef<'a>),
    /// An owned SQLite-representable value.
    Owned(Value),
}

/// Stand-in: rusqlite's `Error` (one variant).
#[derive(Debug)]
pub enum Error {
    /// Error converting a Rust value to SQLite.
    ToSqlConversionFailure(Box<dyn std::error::Error + Send + Sync + 'static>),
}

/// Stand-in: rusqlite's `Result<T>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A trait for types that can be converted into SQLite values. Returns
/// [`crate::Error::ToSqlConversionFailure`] if the conversion fails.
#[async_interface]
pub trait ToSql {
    /// Converts Rust value to SQLite value
    fn to_sql(&self) -> Result<ToSqlOutput<'_>>;
}

/// A server: a name, borrowed into SQL.
struct Name(String);

impl ToSql for Name {
    fn to_sql(&self) -> Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(ValueRef::Text(self.0.as_bytes())))
    }
}

fn main() {
    assert_eq!(Name("ada".into()).to_sql().unwrap(), ToSqlOutput::Borrowed(ValueRef::Text(b"ada")));
}
