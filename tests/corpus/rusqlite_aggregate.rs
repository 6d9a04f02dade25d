//! Origin: crates.io package rusqlite 0.40.1 (repository rusqlite/rusqlite),
//! `src/functions.rs`, `pub trait Aggregate<A, T>`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph). Stand-ins, marked: `Context<'a>` (rusqlite's wraps the `sqlite3_context` pointer), `SqlFnOutput`, `Error`, `Result`.
//! License of the original: MIT.
//! Shapes: generic-trait, trait-where-clause, lifetime-in-path, mut-ref-param
//! Expect: rejected, with the macro's own "borrows" error (every method takes `&mut Context<'_>`, the SQLite call's context, which cannot leave the calling thread); no exercise

use std::panic::{RefUnwindSafe, UnwindSafe};
use async_interface::prelude::*;

/// Stand-in: rusqlite's `functions::Context<'a>` (the arguments of one call).
pub struct Context<'a> {
    /// The SQL arguments of this row.
    pub args: &'a [i64],
}

/// Stand-in: rusqlite's `functions::SqlFnOutput` (what a function may return).
pub trait SqlFnOutput {}
impl SqlFnOutput for i64 {}

/// Stand-in: rusqlite's `Error` (one variant).
#[derive(Debug, PartialEq)]
pub enum Error {
    /// A user function failed.
    UserFunctionError(String),
}

/// Stand-in: rusqlite's `Result<T>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Aggregate is the callback interface for user-defined
/// aggregate function.
#[async_interface]
pub trait Aggregate<A, T>
where
    A: RefUnwindSafe + UnwindSafe,
    T: SqlFnOutput,
{
    /// Initializes the aggregation context. Will be called prior to the first
    /// call to [`step()`](Aggregate::step) to set up the context for an
    /// invocation of the function. (Note: `init()` will not be called if
    /// there are no rows.)
    fn init(&self, ctx: &mut Context<'_>) -> Result<A>;

    /// "step" function called once for each row in an aggregate group. May be
    /// called 0 times if there are no rows.
    fn step(&self, ctx: &mut Context<'_>, acc: &mut A) -> Result<()>;

    /// Computes and returns the final result. Will be called exactly once for
    /// each invocation of the function. If [`step()`](Aggregate::step) was
    /// called at least once, will be given `Some(A)` (the same `A` as was
    /// created by [`init`](Aggregate::init) and given to
    /// [`step`](Aggregate::step)); if [`step()`](Aggregate::step) was not
    /// called (because the function is running against 0 rows), will be
    /// given `None`.
    fn finalize(&self, ctx: &mut Context<'_>, acc: Option<A>) -> Result<T>;
}

/// A server: `SUM(x)`.
struct Sum;

impl Aggregate<i64, i64> for Sum {
    fn init(&self, _: &mut Context<'_>) -> Result<i64> {
        Ok(0)
    }
    fn step(&self, ctx: &mut Context<'_>, acc: &mut i64) -> Result<()> {
        *acc += ctx.args[0];
        Ok(())
    }
    fn finalize(&self, _: &mut Context<'_>, acc: Option<i64>) -> Result<i64> {
        Ok(acc.unwrap_or(0))
    }
}

fn main() {
    let mut ctx = Context { args: &[4] };
    let mut acc = Sum.init(&mut ctx).unwrap();
    Sum.step(&mut ctx, &mut acc).unwrap();
    assert_eq!(Sum.finalize(&mut ctx, Some(acc)), Ok(4));
}
