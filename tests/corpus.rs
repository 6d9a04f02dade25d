//! The corpus of real traits (`tests/corpus/`, see its README): each file is either
//! accepted, built and run (its `main` makes one begin/finish round trip through the call
//! object, or, for a trait whose asynchronous form is empty, calls the trait directly), or
//! rejected: then a `.stderr` next to it holds the macro's errors, checked by trybuild.
//!
//! The accepted files are built as the binaries of one generated crate under
//! `target/corpus/` (one `cargo build`: the facade's dependencies are built once, then
//! about a second per file), and each binary is run; the rejected ones are trybuild
//! `compile_fail` cases.

use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/corpus")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    files.sort();
    files
}

fn is_rejected(file: &Path) -> bool {
    file.with_extension("stderr").exists()
}

fn name(file: &Path) -> String {
    file.file_stem()
        .expect("a file name")
        .to_string_lossy()
        .into_owned()
}

/// Files that are not rejected: built in one crate, then each run.
#[test]
fn accepted_traits_build_and_run() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let accepted: Vec<PathBuf> = corpus_files()
        .into_iter()
        .filter(|file| !is_rejected(file))
        .collect();
    assert!(
        accepted.len() >= 60,
        "the corpus keeps {} accepted traits; issue 12 counts on at least 60",
        accepted.len()
    );
    let dir = root.join("target").join("corpus");
    std::fs::create_dir_all(&dir).expect("create target/corpus");
    let mut manifest = format!(
        "[package]\nname = \"corpus-run\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\nautobins = false\n\n[workspace]\n\n[dependencies]\nasync-interface = {{ path = {:?} }}\n",
        root.display().to_string()
    );
    for file in &accepted {
        manifest.push_str(&format!(
            "\n[[bin]]\nname = {:?}\npath = {:?}\ntest = false\ndoctest = false\nbench = false\n",
            name(file),
            file.display().to_string()
        ));
    }
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write Cargo.toml");
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).expect("copy Cargo.lock");
    let target = dir.join("target");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let build = Command::new(cargo)
        .args(["build", "--offline", "--quiet", "--bins"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo build");
    assert!(
        build.status.success(),
        "the accepted corpus files do not all build (the crate is {}):\n{}",
        dir.display(),
        String::from_utf8_lossy(&build.stderr)
    );
    let mut failures = Vec::new();
    for file in &accepted {
        let binary = target.join("debug").join(name(file));
        let run = Command::new(&binary).output().expect("run a corpus binary");
        if !run.status.success() {
            failures.push(format!(
                "{}: {}\n{}",
                name(file),
                run.status,
                String::from_utf8_lossy(&run.stderr)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} accepted corpus files fail when run:\n{}",
        failures.len(),
        accepted.len(),
        failures.join("\n")
    );
}

/// Files with a `.stderr`: rejected, with exactly those errors (the macro's own, at the
/// user's tokens; read when they were written).
#[test]
fn rejected_traits_give_their_errors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let t = trybuild::TestCases::new();
    for file in corpus_files().into_iter().filter(|file| is_rejected(file)) {
        t.compile_fail(file.strip_prefix(root).expect("under the crate"));
    }
}

/// The README's support section quotes the corpus counts; they must be the files' own.
#[test]
fn readme_counts_are_the_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let files = corpus_files();
    let rejected = files.iter().filter(|file| is_rejected(file)).count();
    // Exercised: accepted, with a `fn exercise` that is compiled (a rejected file keeps
    // its exercise behind `#[cfg(any())]`).
    let exercised = files
        .iter()
        .filter(|file| !is_rejected(file))
        .filter(|file| {
            let text = std::fs::read_to_string(file).expect("a corpus file");
            text.lines().any(|line| line.starts_with("fn exercise()"))
        })
        .count();
    let empty = files.len() - rejected - exercised;
    let percent = (exercised * 100 + files.len() / 2) / files.len();
    let expected = [
        format!(
            "Of the {}, {exercised} are accepted and exercised ({percent} %)",
            files.len()
        ),
        format!("{empty} more are accepted with an\nempty asynchronous form"),
        format!("and {rejected} are rejected"),
    ];
    for sentence in &expected {
        assert!(
            readme.contains(sentence.as_str()),
            "README.md's \"Which traits it takes\" should say {sentence:?} (the corpus has {} files: {exercised} exercised, {empty} accepted with an empty asynchronous form, {rejected} rejected)",
            files.len()
        );
    }
}
