//! Integration tests of the `kg` binary: one test binary, one module per
//! feature. Every test writes into its own temporary folder, never `out/`.

mod bad_input;
mod build;
mod export;
mod gazetteer;
mod gold;
mod mentions;
mod merge;
mod query;
mod render;
mod stats;

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;

use assert_cmd::Command;
use serde_json::Value;

/// The repository root (where `seeds/` and `gazetteer/` are).
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A path under `tests/data`.
pub fn data(rel: &str) -> PathBuf {
    root().join("tests/data").join(rel)
}

/// `kg` with the repository root as working directory.
pub fn kg() -> Command {
    let mut cmd = Command::cargo_bin("kg").expect("kg binary");
    cmd.current_dir(root());
    cmd
}

/// `kg` as a `std::process::Command`, for tests that need its pipes
/// (`assert_cmd`'s `Command` only captures them).
pub fn kg_process() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kg"));
    cmd.current_dir(root());
    cmd
}

/// Runs `kg` and returns its output, whatever the exit code.
pub fn run(args: &[&str]) -> Output {
    kg().args(args).output().expect("kg runs")
}

/// Runs `kg build INPUT -q --no-render EXTRA... --out OUT` and returns its
/// output, whatever the exit code.
pub fn build(input: &str, out: &Path, extra: &[&str]) -> Output {
    let out = out.to_str().expect("a UTF-8 path");
    let mut args = vec!["build", input, "-q", "--no-render"];
    args.extend(extra);
    args.extend(["--out", out]);
    run(&args)
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 stdout")
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 stderr")
}

/// The mentions `kg mentions -` prints for `text` with the shipped
/// gazetteer, after checking that it succeeds.
pub fn shipped_mentions(text: &str) -> Vec<Value> {
    let out = kg()
        .args(["mentions", "-", "-q"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    jsonl(&stdout(&out))
}

/// Parses JSON Lines.
pub fn jsonl(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// One build of the seeds with the shipped gazetteer, shared by the tests
/// that only read its outputs.
pub fn seeds_build() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let out = run(&[
            "build",
            "seeds",
            "--out",
            dir.path().to_str().unwrap(),
            "-q",
        ]);
        assert!(out.status.success(), "build failed: {}", stderr(&out));
        dir
    })
    .path()
}

/// Reads and parses a JSON file.
pub fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}
