//! Compile-time behaviour of `#[async_interface]`: what it accepts (`ui/pass`, each file
//! also runs a call) and what it rejects, with the message and the caret (`ui/fail`).

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
}
