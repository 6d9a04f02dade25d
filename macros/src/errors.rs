//! Errors collected over the whole trait and reported together, so that one build shows
//! every mistake.

use quote::ToTokens;
use syn::Error;

/// Collects errors; `finish` combines them into one.
#[derive(Default)]
pub(crate) struct Errors(Option<Error>);

impl Errors {
    pub fn push(&mut self, error: Error) {
        match &mut self.0 {
            Some(errors) => errors.combine(error),
            None => self.0 = Some(error),
        }
    }

    /// An error spanned at `tokens`, the token the user has to change.
    pub fn spanned(&mut self, tokens: impl ToTokens, message: impl std::fmt::Display) {
        self.push(Error::new_spanned(tokens, message));
    }

    pub fn finish(self) -> Result<(), Error> {
        match self.0 {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}
