//! Issue 13 item 6: the runtime's doc examples render in the facade's docs, so they are
//! written as a user of `async-interface` writes them. A user's crate has no
//! `async_interface_runtime`: a doc line naming it would fail there with E0432.
//!
//! The `remote` module's examples are the exception, listed here: the facade re-exports
//! `remote` under its own feature, which the runtime's doctests do not turn on.

use std::path::Path;

const EXCEPTIONS: &[&str] = &["runtime/src/remote/"];

fn doc_lines_naming_the_runtime(dir: &Path, found: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            doc_lines_naming_the_runtime(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let shown = path.to_string_lossy().replace('\\', "/");
            if EXCEPTIONS.iter().any(|exception| shown.contains(exception)) {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (number, line) in text.lines().enumerate() {
                let trimmed = line.trim_start();
                if (trimmed.starts_with("///") || trimmed.starts_with("//!"))
                    && trimmed.contains("async_interface_runtime")
                {
                    found.push(format!("{shown}:{}: {trimmed}", number + 1));
                }
            }
        }
    }
}

#[test]
fn doc_examples_name_the_facade_not_the_runtime() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    doc_lines_naming_the_runtime(&root.join("runtime/src"), &mut found);
    doc_lines_naming_the_runtime(&root.join("src"), &mut found);
    assert!(
        found.is_empty(),
        "doc lines a user's crate cannot compile (write `async_interface::` instead):\n{}",
        found.join("\n")
    );
}
