#!/usr/bin/env python3
"""Baseline of the corpus: how today's `#[async_interface]` handles each trait.

Run through `tests/corpus/check.sh` from the worktree root. For every corpus file
`tests/corpus/<name>.rs` it builds three binaries in one generated crate (one
`cargo check --keep-going`, so the dependencies are built once):

- `p_<name>`: the file without the `#[async_interface]` attribute and without the
  exercise: the trait as its crate has it, the stand-ins and the server. It must
  compile: if it does not, the corpus itself is wrong (outcome `corpus-error`).
- `t_<name>`: the file without the exercise: what the macro makes of the trait.
- `f_<name>`: the file as it is (the exercise is written for issue 12's shapes).

Then every `f_` binary that checks clean is built and run (its `main` calls
`exercise()`, which asserts on a begin/finish round trip).

Outcomes, per file (worst first):
- `panicked`: the macro panicked.
- `broken`: the macro accepted the trait and the expansion does not compile (`t_`
  fails with compiler errors, none of them the macro's own).
- `broken-supertrait`: the same, where every error names the missing asynchronous
  form (`AsyncX`, `__X...`) of a supertrait that is not an interface.
- `rejected-send`: the macro accepted the trait and the compiler rejects a type that
  cannot be sent to a worker thread (E0277 `cannot be sent between threads safely`): the
  rejection SPEC.md designs ("the compiler's own error pointing at the user's type").
- `rejected`: the macro gave its own error (a `compile_error!`: no error code).
- `api-differs`: the expansion compiles, but the exercise (issue 12's shapes) does not.
- `exercise-fails`: the exercise compiles and its assertions fail at run time.
- `passes`: expands, compiles, and the exercise passes.
- `compiles`: expands and compiles; the file has no exercise (its trait stays
  rejected by design after issue 12, see its `Expect:` line).
"""

import collections
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.getcwd()
CORPUS = os.path.join(ROOT, "tests", "corpus")
WORK = os.path.join(ROOT, "target", "corpus-check")
ATTR = re.compile(r"^\s*#\[async_interface(\(.*\))?\]\s*$")
EXERCISE = re.compile(r"^fn exercise\(\)")
HEADER = re.compile(r"^//!\s*(Origin|Shapes|Expect):\s*(.*)$")
SUPERTRAIT_ERROR = re.compile(r"cannot find (trait|type) `(Async\w+|__\w+)`")
# The macro's own errors, by what they reject (first matching pattern wins).
REASONS = [
    ("raw pointer", r"raw pointers cannot cross"),
    ("borrowed return copied with `Clone`, no `Clone` bound", r"returns an owned copy of this borrowed return"),
    ("std's `Rc` (not `Send`)", r"`Rc` is not `Send`"),
    ("std's `dyn Trait` without `Send`", r"without `\+ Send` cannot cross"),
    ("in/out buffer `&mut [T]`", r"`&mut \[T\]` cannot be sent"),
    ("borrowed return", r"the return type borrows"),
    ("borrowing parameter (lifetime in a type)", r"(referenced|parameter) type borrows"),
    ("generic method", r"generic methods are not supported"),
    ("`where` clause on a method (incl. `Self: Sized`)", r"`where` clauses on methods"),
    ("no receiver", r"method without `self`"),
    ("associated type without `Send + 'static`", r"is used by asynchronous methods, whose arguments"),
    ("associated type of a supertrait (`Self::Error`)", r"is not an associated type declared in"),
    ("trait lifetime parameter", r"lifetime parameters on the trait"),
    ("`unsafe trait` / `unsafe fn`", r"`unsafe (trait|fn)`"),
    ("`async fn`", r"`async fn` is not supported"),
    ("`Self` in a signature", r"`Self` is not supported in parameter"),
    ("generic associated type", r"generic associated types"),
    ("`self` by value / `self: Box<Self>`", r"`self` by value|`self: Box<Self>`"),
    ("`self: Pin<&mut Self>`", r"`self: Pin"),
    ("`&dyn Trait` / `&mut dyn Trait`", r"dyn Trait` cannot be sent"),
    ("`impl Trait`", r"`impl Trait`"),
    ("`where Self: ..` on the trait", r"`where` predicates on `Self`"),
    ("interface supertrait with lifetime or binding", r"a supertrait that is an interface takes"),
    ("associated type with a `where` clause", r"`where` clauses on an associated type"),
    ("`?Sized` associated type", r"must be sized; remove `\?Sized`"),
    ("associated type bound naming `Self`", r"bounds of an associated type .* cannot name `Self`"),
]


def reason(message):
    for name, pattern in REASONS:
        if re.search(pattern, message):
            return name
    return "other: " + message.split("\n")[0][:60]


ORDER = ["panicked", "broken", "broken-supertrait", "rejected-send", "rejected", "api-differs",
         "exercise-fails", "passes", "compiles", "corpus-error"]


def corpus_files():
    names = sorted(f[:-3] for f in os.listdir(CORPUS) if f.endswith(".rs") and f != "main.rs")
    out = []
    for name in names:
        with open(os.path.join(CORPUS, name + ".rs")) as f:
            lines = f.read().split("\n")
        headers = {}
        for line in lines:
            m = HEADER.match(line)
            if m:
                headers.setdefault(m.group(1), m.group(2).strip())
        cut = next((i for i, l in enumerate(lines) if EXERCISE.match(l)), None)
        # An exercise kept out of the build (`#[cfg(any())]` and its comment, for a trait
        # the macro rejects) is no exercise: the file is cut nowhere.
        if cut is not None and cut > 0 and lines[cut - 1].strip() == "#[cfg(any())]":
            cut = None
        out.append({"name": name, "lines": lines, "cut": cut, "headers": headers,
                    "shapes": [s.strip() for s in headers.get("Shapes", "").split(",") if s.strip()]})
    return out


def write_project(files):
    src = os.path.join(WORK, "src")
    if os.path.isdir(src):
        shutil.rmtree(src)
    os.makedirs(src)
    bins = []
    for f in files:
        lines = f["lines"]
        head = lines if f["cut"] is None else lines[: f["cut"]] + ["fn main() {}", ""]
        with open(os.path.join(src, "t_%s.rs" % f["name"]), "w") as out:
            out.write("\n".join(head))
        with open(os.path.join(src, "p_%s.rs" % f["name"]), "w") as out:
            out.write("\n".join(l for l in head if not ATTR.match(l)))
        for kind in ("p", "t"):
            bins.append((kind + "_" + f["name"], "src/%s_%s.rs" % (kind, f["name"])))
        if f["cut"] is not None:
            bins.append(("f_" + f["name"], os.path.join(CORPUS, f["name"] + ".rs")))
    toml = ['[package]', 'name = "corpus-check"', 'version = "0.0.0"', 'edition = "2024"',
            'publish = false', 'autobins = false', '', '[workspace]', '',
            '[dependencies]', 'async-interface = { path = %s }' % json.dumps(ROOT), '']
    for name, path in bins:
        toml += ['[[bin]]', 'name = "%s"' % name, 'path = %s' % json.dumps(path),
                 'test = false', 'doctest = false', 'bench = false', '']
    with open(os.path.join(WORK, "Cargo.toml"), "w") as out:
        out.write("\n".join(toml))
    shutil.copy(os.path.join(ROOT, "Cargo.lock"), os.path.join(WORK, "Cargo.lock"))


def cargo(args):
    env = dict(os.environ, CARGO_TARGET_DIR=os.path.join(WORK, "target"))
    env.pop("RUSTFLAGS", None)
    proc = subprocess.run(["cargo"] + args + ["--offline", "--message-format=json"],
                          cwd=WORK, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True)
    messages = collections.defaultdict(list)
    executables = {}
    for line in proc.stdout.splitlines():
        try:
            m = json.loads(line)
        except ValueError:
            continue
        if m.get("reason") == "compiler-message":
            messages[m["target"]["name"]].append(m["message"])
        elif m.get("reason") == "compiler-artifact" and m.get("executable"):
            executables[m["target"]["name"]] = m["executable"]
    return messages, executables, proc.stderr


def from_expansion(span):
    exp = span.get("expansion")
    while exp:
        if "async_interface" in (exp.get("macro_decl_name") or ""):
            return True
        exp = exp["span"].get("expansion")
    return False


def describe(diag):
    span = next((s for s in diag["spans"] if s["is_primary"]), diag["spans"][0] if diag["spans"] else None)
    text = diag["message"].split("\n")[0]
    code = diag["code"]["code"] if diag.get("code") else None
    where = ""
    if span:
        where = "line %d" % span["line_start"]
        if span["file_name"].startswith("src/"):
            pass
        if from_expansion(span):
            where += ", in the expansion"
    return ("%s: " % code if code else "") + text, where


def error_kind(diag):
    """What kind of compiler error an expansion error is (for the baseline's tallies)."""
    text = diag["message"]
    code = diag["code"]["code"] if diag.get("code") else ""
    if SUPERTRAIT_ERROR.search(text):
        return "missing async form"
    if code == "E0277" and ("cannot be sent between threads" in text
                            or "cannot be shared between threads" in text):
        return "not Send"
    if code in ("E0106", "E0621", "E0521", "E0726", "E0261", "E0495") or "lifetime" in text:
        return "lifetime"
    return code or "other"


def errors(diags):
    return [d for d in diags if d["level"] == "error" and not d["message"].startswith("aborting")]


def expansion_warnings(diags):
    return [d for d in diags if d["level"] == "warning" and any(from_expansion(s) for s in d["spans"])]


def classify(f, check, runs):
    name = f["name"]
    result = {"name": name, "shapes": f["shapes"], "expect": f["headers"].get("Expect", ""),
              "origin": f["headers"].get("Origin", "")}
    plain = errors(check.get("p_" + name, []))
    if plain:
        result.update(outcome="corpus-error", detail="%s (%s)" % describe(plain[0]))
        return result
    trait = errors(check.get("t_" + name, []))
    warns = expansion_warnings(check.get("t_" + name, []))
    result["warnings"] = ["%s (%s)" % describe(w) for w in warns]
    panics = [d for d in trait if "panicked" in d["message"]]
    own = [d for d in trait if not d.get("code")]
    if panics:
        result.update(outcome="panicked", detail="%s (%s)" % describe(panics[0]))
    elif own:
        result.update(outcome="rejected", detail="%s (%s)" % describe(own[0]),
                      count=len(trait),
                      reasons=sorted({reason(d["message"]) for d in own}),
                      errors=["%s (%s)" % describe(d) for d in own])
    elif trait:
        kinds = [error_kind(d) for d in trait]
        tally = collections.Counter(kinds)
        summary = "; ".join("%s x%d" % (k, n) for k, n in sorted(tally.items()))
        worst = [d for d, k in zip(trait, kinds) if k not in ("not Send", "missing async form")]
        if worst:
            outcome, first = "broken", worst[0]
        elif "missing async form" in tally:
            outcome, first = "broken-supertrait", trait[kinds.index("missing async form")]
        else:
            outcome, first = "rejected-send", trait[0]
        result.update(outcome=outcome, count=len(trait),
                      detail="%s (%s)" % describe(first) + " {%s}" % summary)
    elif f["cut"] is None:
        result.update(outcome="compiles", detail="no exercise")
    else:
        full = errors(check.get("f_" + name, []))
        if full:
            result.update(outcome="api-differs", count=len(full),
                          detail="%s (%s)" % describe(full[0]))
        else:
            ok, out = runs.get("f_" + name, (False, "not run"))
            result.update(outcome="passes" if ok else "exercise-fails",
                          detail="" if ok else out)
    return result


def run(executables, names):
    runs = {}
    for name in names:
        exe = executables.get(name)
        if not exe:
            runs[name] = (False, "not built")
            continue
        try:
            env = dict(os.environ, RUST_BACKTRACE="0")
            proc = subprocess.run([exe], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  text=True, timeout=60, env=env)
            lines = [l for l in proc.stdout.splitlines() if l.strip()]
            at = next((i for i, l in enumerate(lines) if "panicked at" in l), None)
            shown = lines[at:at + 2] if at is not None else lines[-2:]
            runs[name] = (proc.returncode == 0, " / ".join(shown)[:300])
        except subprocess.TimeoutExpired:
            runs[name] = (False, "timed out after 60 s")
    return runs


def target(expect):
    """What the file's `Expect:` line says issue 12 should make of the trait."""
    e = expect.strip()
    if e.startswith("accepted with nothing"):
        return "accepted, empty"
    for word in ("accepted?", "rejected-send?", "rejected?", "accepted", "rejected"):
        if e.startswith(word):
            return {"rejected-send?": "rejected?"}.get(word, word)
    return "?"


def cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def header(results):
    def run(*cmd):
        try:
            return subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                  text=True).stdout.strip()
        except OSError:
            return "?"
    commit = run("git", "log", "-1", "--format=%h (%cs)", "--", "macros", "runtime", "src")
    dirty = " (with uncommitted changes)" if run("git", "status", "--porcelain", "--", "macros", "runtime", "src") else ""
    return "\n".join([
        "# Corpus baseline: how `#[async_interface]` handles real traits",
        "",
        "Generated by `bash tests/corpus/check.sh > tests/corpus/BASELINE.md` (see",
        "`tests/corpus/README.md` for the corpus and what each outcome means). Macro and runtime",
        "at commit `%s`%s (the last one touching `macros/`, `runtime/`, `src/`); %s." % (commit, dirty, run("rustc", "--version")),
        "",
        "Outcomes, worst first: `panicked` (the macro panicked), `broken` (accepted, and the",
        "expansion fails to compile), `broken-supertrait` (accepted, and fails only because a",
        "supertrait that is not an interface has no asynchronous form, plus any not-`Send`",
        "errors), `rejected-send` (accepted, and the compiler rejects a type that is not `Send`, as",
        "SPEC.md designs), `rejected` (the macro's own error), `api-differs` (expands and compiles,",
        "but the exercise, written for issue 12's shapes, does not), `exercise-fails`, `passes`",
        "(expands, compiles, and one begin/finish round trip passes), `compiles` (no exercise).",
        "",
    ])


def report(results):
    out = [header(results)]
    total = len(results)
    by_outcome = collections.Counter(r["outcome"] for r in results)
    out.append("## Outcomes (%d traits)\n" % total)
    out.append("| outcome | traits |")
    out.append("|---|---|")
    for o in ORDER:
        if by_outcome[o]:
            out.append("| `%s` | %d |" % (o, by_outcome[o]))
    out.append("")
    shapes = sorted({s for r in results for s in r["shapes"]})
    used = [o for o in ORDER if by_outcome[o]]
    out.append("## By shape\n")
    out.append("A trait counts once under each shape it has (see each file's `Shapes:` line).\n")
    out.append("| shape | traits | " + " | ".join("`%s`" % o for o in used) + " |")
    out.append("|---|---|" + "---|" * len(used))
    for s in shapes:
        rs = [r for r in results if s in r["shapes"]]
        c = collections.Counter(r["outcome"] for r in rs)
        out.append("| `%s` | %d | " % (s, len(rs)) + " | ".join(str(c[o]) if c[o] else "" for o in used) + " |")
    out.append("")
    rejected = [r for r in results if r["outcome"] == "rejected"]
    if rejected:
        out.append("## Why the macro rejects (`rejected` traits)\n")
        out.append("Each rejected trait is counted once under every reason among all its macro "
                   "errors; *only reason* counts the traits that this one restriction alone "
                   "keeps out.\n")
        out.append("| reason | traits | only reason |")
        out.append("|---|---|---|")
        tally = collections.Counter(x for r in rejected for x in r["reasons"])
        alone = collections.Counter(r["reasons"][0] for r in rejected if len(r["reasons"]) == 1)
        for name, n in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append("| %s | %d | %s |" % (name, n, alone[name] or ""))
        out.append("")
    targets = collections.Counter(target(r["expect"]) for r in results)
    out.append("## What issue 12 should make of them (each file's `Expect:` line)\n")
    out.append("`accepted, empty`: accepted with every method left out (nothing to exercise); "
               "a `?` marks a shape issue 12 leaves open.\n")
    out.append("| expected | traits | passing today |")
    out.append("|---|---|---|")
    for t in ("accepted", "accepted?", "accepted, empty", "rejected?", "rejected", "?"):
        if targets[t]:
            passing = sum(1 for r in results if target(r["expect"]) == t and r["outcome"] in ("passes", "compiles"))
            out.append("| %s | %d | %d |" % (t, targets[t], passing))
    out.append("")
    out.append("## Per trait\n")
    out.append("| file | outcome | expected | first error (or run output) | shapes |")
    out.append("|---|---|---|---|---|")
    for r in sorted(results, key=lambda r: (ORDER.index(r["outcome"]), r["name"])):
        detail = r.get("detail", "")
        if r.get("count", 0) > 1:
            detail += " [%d errors]" % r["count"]
        out.append("| `%s` | `%s` | %s | %s | %s |" % (r["name"], r["outcome"], target(r["expect"]),
                                                        cell(detail), ", ".join(r["shapes"])))
    out.append("")
    warned = [r for r in results if r.get("warnings")]
    if warned:
        out.append("## Warnings from the expansion\n")
        for r in warned:
            out.append("- `%s`: %s" % (r["name"], cell("; ".join(sorted(set(r["warnings"]))))))
        out.append("")
    return "\n".join(out)


def main():
    files = corpus_files()
    only = sys.argv[1:]
    if only:
        files = [f for f in files if f["name"] in only]
    os.makedirs(WORK, exist_ok=True)
    write_project(files)
    check, _, stderr = cargo(["check", "--keep-going", "--bins"])
    if not check and "error" in stderr:
        sys.stderr.write(stderr)
    clean = ["f_" + f["name"] for f in files
             if f["cut"] is not None
             and not errors(check.get("f_" + f["name"], []))
             and not errors(check.get("t_" + f["name"], []))
             and not errors(check.get("p_" + f["name"], []))]
    runs = {}
    if clean:
        args = ["build", "--keep-going"]
        for name in clean:
            args += ["--bin", name]
        _, executables, _ = cargo(args)
        runs = run(executables, clean)
    results = [classify(f, check, runs) for f in files]
    print(report(results))
    with open(os.path.join(WORK, "results.json"), "w") as out:
        json.dump(results, out, indent=1)


if __name__ == "__main__":
    main()
