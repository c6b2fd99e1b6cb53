//! Bad input through the real binary (issue 5): every case asserts the
//! message, the exit code, and that no output was corrupted. The tiny test
//! gazetteer keeps mention counts exact.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

use crate::{data, jsonl, kg, read_json, stderr, stdout};

/// A scratch folder with an `in/` folder for inputs.
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Scratch {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("in")).unwrap();
        Scratch { dir }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Writes `bytes` to `in/<name>` and returns the path.
    fn input(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.path("in").join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

/// `kg build INPUT --out OUT` with the tiny gazetteer, no images, plus
/// `extra` arguments.
fn build(input: &Path, out: &Path, extra: &[&str]) -> Output {
    kg().arg("build")
        .arg(input)
        .arg("--out")
        .arg(out)
        .args(["--no-render", "--no-default-gazetteer", "-g"])
        .arg(data("gazetteer/tiny.tsv"))
        .args(extra)
        .output()
        .unwrap()
}

/// The mentions of a build, as (doc, surface, entity).
fn mentions(out: &Path) -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(out.join("mentions.jsonl")).unwrap();
    jsonl(&text)
        .iter()
        .map(|m| {
            let s = |k: &str| m[k].as_str().unwrap().to_string();
            (s("doc"), s("text"), s("entity"))
        })
        .collect()
}

/// Every file of a folder and its contents (all outputs are text).
fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            let text = if e.path().is_file() {
                String::from_utf8_lossy(&std::fs::read(e.path()).unwrap()).into_owned()
            } else {
                "<folder>".to_string()
            };
            (name, text)
        })
        .collect()
}

/// The lines of standard error that are warnings.
fn warnings(o: &Output) -> Vec<String> {
    stderr(o)
        .lines()
        .filter(|l| l.starts_with("kg: warning:"))
        .map(String::from)
        .collect()
}

fn assert_no_panic(o: &Output) {
    let err = stderr(o);
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
}

/// Bytes that are neither UTF-8 nor contain NUL: a deterministic stand-in
/// for a random file.
fn random_bytes() -> Vec<u8> {
    let mut x: u32 = 0x2545_F491;
    (0..512)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x % 255) as u8 + 1
        })
        .collect()
}

fn utf16le_with_bom(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

/// A folder of text files in every encoding problem the issue names.
fn encodings_folder(s: &Scratch) {
    s.input("a_ok.txt", b"Ukraine and Russia\n");
    s.input("b_latin1.txt", b"Caf\xe9 talk in Ukraine\n");
    s.input("c_utf16.txt", &utf16le_with_bom("Putin visited Ukraine."));
    s.input("d_random.txt", &random_bytes());
    s.input("e_bom.txt", b"\xEF\xBB\xBFTrump spoke.");
}

#[test]
fn utf16_is_decoded_and_latin1_and_random_bytes_are_skipped_with_a_warning() {
    let s = Scratch::new();
    encodings_folder(&s);
    let out = s.path("out");
    let o = build(&s.path("in"), &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let w = warnings(&o);
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(
        w[0].contains("b_latin1.txt")
            && w[0].contains("not valid UTF-8")
            && w[0].contains("--lossy"),
        "{}",
        w[0]
    );
    assert!(
        w[1].contains("d_random.txt") && w[1].contains("not valid UTF-8"),
        "{}",
        w[1]
    );
    assert!(
        stderr(&o).contains("3 documents (2 skipped"),
        "{}",
        stderr(&o)
    );
    let found = mentions(&out);
    let docs: Vec<&str> = found.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(
        docs,
        [
            "a_ok.txt",
            "a_ok.txt",
            "c_utf16.txt",
            "c_utf16.txt",
            "e_bom.txt"
        ]
    );
    // Offsets refer to the decoded text (no BOM, UTF-8).
    let records = jsonl(&std::fs::read_to_string(out.join("mentions.jsonl")).unwrap());
    let spans: Vec<(u64, u64, &str)> = records[2..]
        .iter()
        .map(|m| {
            let n = |k: &str| m[k].as_u64().unwrap();
            (n("start"), n("end"), m["text"].as_str().unwrap())
        })
        .collect();
    assert_eq!(
        spans,
        [(0, 5, "Putin"), (14, 21, "Ukraine"), (0, 5, "Trump")]
    );
}

#[test]
fn lossy_decodes_latin1_and_random_bytes_and_counts_replacements() {
    let s = Scratch::new();
    encodings_folder(&s);
    let out = s.path("out");
    let o = build(&s.path("in"), &out, &["--lossy"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let w = warnings(&o);
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(
        w[0].contains("b_latin1.txt") && w[0].contains("1 invalid byte sequence(s) replaced"),
        "{}",
        w[0]
    );
    assert!(w[1].contains("d_random.txt") && w[1].contains("replaced"));
    assert!(stderr(&o).contains("5 documents"), "{}", stderr(&o));
    let latin1: Vec<_> = mentions(&out)
        .into_iter()
        .filter(|m| m.0 == "b_latin1.txt")
        .collect();
    assert_eq!(
        latin1,
        [("b_latin1.txt".into(), "Ukraine".into(), "ukraine".into())]
    );
}

#[test]
fn empty_and_blank_files_are_documents_without_mentions() {
    let s = Scratch::new();
    s.input("empty.txt", b"");
    s.input("blank.txt", b"  \n\t\n\n   ");
    s.input("none.txt", b"Nothing to see here.\n");
    let out = s.path("out");
    let o = build(&s.path("in"), &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(warnings(&o).is_empty(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("3 documents (3 without mentions), "), "{err}");
    assert!(err.contains(" 0 mentions"), "{err}");
    assert!(mentions(&out).is_empty());
    let g = read_json(&out.join("graph.json"));
    assert_eq!(g["graph"]["documents"], 3);
    assert_eq!(g["graph"]["units"]["document"], 3);
    assert_eq!(g["nodes"], Value::Array(vec![]));
}

#[test]
fn a_binary_file_named_txt_is_skipped_and_strict_fails() {
    let s = Scratch::new();
    s.input("a_ok.txt", b"Putin and Trump.");
    s.input("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0");
    let out = s.path("out");
    let o = build(&s.path("in"), &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let w = warnings(&o);
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].contains("image.txt") && w[0].contains("binary file"),
        "{}",
        w[0]
    );
    assert_eq!(mentions(&out).len(), 2);

    let strict_out = s.path("strict");
    let o = build(&s.path("in"), &strict_out, &["--strict"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--strict"), "{}", stderr(&o));
    assert!(stderr(&o).contains("image.txt"), "{}", stderr(&o));
    assert_no_panic(&o);
    assert!(
        !strict_out.join("graph.json").exists() && !strict_out.join("mentions.jsonl").exists(),
        "a failed strict run writes no outputs: {:?}",
        snapshot(&strict_out).keys()
    );
}

const BAD_JSONL: &str = r#"{"id": "one", "text": "Putin spoke to Trump."}
{"id": "two", "text": "NATO and Ukraine"

{"id": "three"}
{"id": 4, "text": "Russia"}
{"id": "one", "text": "Zelensky"}
{"id": "five", "text": "US and Russia", "source": "wire"}
"#;

#[test]
fn bad_json_lines_are_skipped_with_their_line_numbers() {
    let s = Scratch::new();
    let input = s.input("docs.jsonl", BAD_JSONL.as_bytes());
    let out = s.path("out");
    let o = build(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let w = warnings(&o);
    let expected = [
        ("docs.jsonl:2:", "malformed JSON"),
        ("docs.jsonl:4:", "no `text`"),
        ("docs.jsonl:5:", "`id` must be a string"),
        ("docs.jsonl:6:", "duplicate id \"one\""),
    ];
    assert_eq!(w.len(), expected.len(), "{w:?}");
    for (line, (at, what)) in w.iter().zip(expected) {
        assert!(line.contains(at) && line.contains(what), "{line}");
    }
    let docs: Vec<String> = mentions(&out).into_iter().map(|m| m.0).collect();
    assert_eq!(docs, ["one", "one", "five", "five"]);
    assert!(
        stderr(&o).contains("2 documents (4 skipped"),
        "{}",
        stderr(&o)
    );

    let strict_out = s.path("strict");
    let o = build(&input, &strict_out, &["--strict"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--strict"), "{}", stderr(&o));
    assert!(!strict_out.join("graph.json").exists());
}

#[test]
fn kg_mentions_prints_only_valid_records_for_bad_json_lines() {
    let s = Scratch::new();
    let input = s.input("docs.jsonl", BAD_JSONL.as_bytes());
    let o = kg()
        .arg("mentions")
        .arg(&input)
        .args(["--no-default-gazetteer", "-g"])
        .arg(data("gazetteer/tiny.tsv"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let docs: Vec<String> = jsonl(&stdout(&o))
        .iter()
        .map(|m| m["doc"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(docs, ["one", "one", "five", "five"]);
    assert_eq!(warnings(&o).len(), 4, "{}", stderr(&o));
}

#[test]

fn a_latin1_line_in_json_lines_skips_only_that_line() {
    let s = Scratch::new();
    let input = s.input(
        "docs.jsonl",
        b"{\"id\": \"a\", \"text\": \"Caf\xe9 Putin\"}\n{\"id\": \"b\", \"text\": \"Trump\"}\n",
    );
    let out = s.path("out");
    let o = build(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let w = warnings(&o);
    assert!(w.len() == 1 && w[0].contains("docs.jsonl:1:"), "{w:?}");
    assert_eq!(
        mentions(&out),
        [("b".into(), "Trump".into(), "donald-trump".into())]
    );
}

/// A good graph.json, built from the tiny gazetteer.
fn good_graph(s: &Scratch) -> PathBuf {
    let input = s.input("good.txt", b"Putin met Trump. Zelensky and NATO.");
    let out = s.path("good");
    let o = build(&input, &out, &["-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    out.join("graph.json")
}

#[test]
fn truncated_or_future_graphs_are_clear_errors() {
    let s = Scratch::new();
    let good = good_graph(&s);
    let text = std::fs::read_to_string(&good).unwrap();
    let truncated = s.path("truncated.json");
    std::fs::write(&truncated, &text[..text.len() / 2]).unwrap();
    let future = s.path("future.json");
    let v99 = text.replacen("\"schema_version\": 1", "\"schema_version\": 99", 1);
    assert_ne!(v99, text);
    std::fs::write(&future, v99).unwrap();
    let cases = [
        (&truncated, "the file is corrupt or truncated"),
        (&future, "schema_version 99 is not supported"),
    ];
    for (graph, message) in cases {
        let g = graph.to_str().unwrap();
        let merged = s.path("merged");
        let runs = [
            kg().args(["query", "--graph", g, "top"]).output().unwrap(),
            kg().args(["render", "--graph", g]).output().unwrap(),
            kg().args(["merge", g, good.to_str().unwrap(), "--out"])
                .arg(&merged)
                .output()
                .unwrap(),
        ];
        for o in runs {
            assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
            let err = stderr(&o);
            assert!(
                err.starts_with("kg: error: ") && err.contains(g) && err.contains(message),
                "{err}"
            );
            assert_no_panic(&o);
        }
        assert!(
            !merged.join("graph.json").exists(),
            "a failed merge wrote a graph"
        );
    }
}

#[test]
fn a_missing_input_fails_before_creating_outputs() {
    let s = Scratch::new();
    let out = s.path("out");
    let o = build(&s.path("no-such-folder"), &out, &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("no-such-folder") && err.contains("No such file"),
        "{err}"
    );
    assert!(!out.exists(), "nothing is written for a missing input");
}

#[test]

fn io_errors_say_the_os_error_once() {
    let s = Scratch::new();
    let o = build(&s.path("no-such-folder"), &s.path("out"), &[]);
    let err = stderr(&o);
    assert_eq!(err.matches("No such file or directory").count(), 1, "{err}");
}

#[test]
fn an_unknown_option_is_a_usage_error() {
    let s = Scratch::new();
    let out = s.path("out");
    let o = kg()
        .args(["build", "seeds", "--frobnicate", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("unexpected argument '--frobnicate'"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());
}

#[test]
fn an_unwritable_output_folder_fails_and_other_outputs_stay_intact() {
    let s = Scratch::new();
    let good = good_graph(&s);
    let before = snapshot(good.parent().unwrap());
    let input = s.path("in/good.txt");

    // A regular file where a folder should be: fails for root too.
    let file = s.path("a-file");
    std::fs::write(&file, "not a folder").unwrap();
    for out in [file.join("out"), file.clone()] {
        let o = build(&input, &out, &[]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("output folder") && err.contains("a-file"),
            "{err}"
        );
        assert_no_panic(&o);
    }
    assert_eq!(std::fs::read(&file).unwrap(), b"not a folder");

    // A read-only folder, unless permissions do not apply (root).
    let ro = s.path("read-only");
    std::fs::create_dir(&ro).unwrap();
    set_mode(&ro, 0o555);
    let writable = std::fs::write(ro.join("probe"), "").is_ok();
    if !writable {
        let o = build(&input, &ro, &[]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(stderr(&o).contains("read-only"), "{}", stderr(&o));
        assert_eq!(std::fs::read_dir(&ro).unwrap().count(), 0);
    }
    set_mode(&ro, 0o755);
    assert_eq!(snapshot(good.parent().unwrap()), before);
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(not(unix))]
fn set_mode(_: &Path, _: u32) {}

#[test]
fn a_strict_failure_leaves_the_previous_outputs_byte_identical() {
    let s = Scratch::new();
    s.input("a_ok.txt", b"Putin met Trump.");
    let out = s.path("out");
    let o = build(&s.path("in"), &out, &["-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let before = snapshot(&out);
    assert!(before.contains_key("graph.json") && before.contains_key("mentions.jsonl"));

    // New input that would change every output, and a bad file.
    s.input("b_more.txt", b"Zelensky and NATO met in Ukraine.");
    s.input("c_latin1.txt", b"Caf\xe9");
    let o = build(&s.path("in"), &out, &["--strict"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("c_latin1.txt"), "{}", stderr(&o));
    assert_eq!(snapshot(&out), before, "outputs changed by a failed run");
}

#[test]
fn a_re_run_replaces_the_outputs_and_leaves_no_hidden_file() {
    let s = Scratch::new();
    let out = s.path("out");
    let o = build(&s.input("a.txt", b"Putin met Trump."), &out, &["-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // What a run killed while it freed the outputs it replaced leaves.
    std::fs::write(out.join(".kg-killed.old"), b"old mentions").unwrap();

    let o = build(&s.input("b.txt", b"Zelensky and NATO."), &out, &["-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mentions = std::fs::read_to_string(out.join("mentions.jsonl")).unwrap();
    assert!(mentions.contains("zelensky"), "{mentions}");
    let hidden: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().starts_with('.'))
        .collect();
    assert!(hidden.is_empty(), "left in the output folder: {hidden:?}");
}

#[test]
fn a_run_failing_part_way_leaves_the_previous_graph_json() {
    let s = Scratch::new();
    let out = s.path("out");
    let o = build(&s.input("a.txt", b"Putin met Trump."), &out, &["-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let read = |name: &str| std::fs::read_to_string(out.join(name)).unwrap();
    let (graph_before, mentions_before) = (read("graph.json"), read("mentions.jsonl"));
    // graph.dot cannot be replaced: a folder with a file in it stands there.
    std::fs::remove_file(out.join("graph.dot")).unwrap();
    std::fs::create_dir_all(out.join("graph.dot/keep")).unwrap();

    let o = build(&s.input("b.txt", b"Zelensky and NATO."), &out, &["-q"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("graph.dot"), "{}", stderr(&o));
    assert_eq!(read("mentions.jsonl"), mentions_before);
    assert_eq!(
        read("graph.json"),
        graph_before,
        "graph.json was replaced by a run that failed"
    );
}

#[test]
fn a_large_file_is_read_in_parts_and_no_mention_is_lost_at_a_cut() {
    let s = Scratch::new();
    let paragraph = "Putin met Trump in Alaska.\nZelensky and the United States  waited.\n\n";
    let input = s.input("big.txt", paragraph.repeat(50).as_bytes());
    let (whole, parts) = (s.path("whole"), s.path("parts"));
    let o = build(&input, &whole, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = build(&input, &parts, &["--part-size", "100"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(warnings(&o).is_empty(), "{:?}", warnings(&o));

    let text = std::fs::read_to_string(parts.join("mentions.jsonl")).unwrap();
    let records = jsonl(&text);
    let docs: std::collections::BTreeSet<&str> =
        records.iter().map(|m| m["doc"].as_str().unwrap()).collect();
    assert!(docs.len() > 10, "{docs:?}");
    assert!(docs.iter().any(|d| d.ends_with("big.txt#2")), "{docs:?}");
    let strip = |m: Vec<(String, String, String)>| -> Vec<(String, String)> {
        m.into_iter().map(|(_, t, e)| (t, e)).collect()
    };
    assert_eq!(strip(mentions(&parts)), strip(mentions(&whole)));
    assert_eq!(mentions(&whole).len(), 50 * 4);
}

#[test]
fn a_bad_part_size_is_a_usage_error() {
    let s = Scratch::new();
    let input = s.input("a.txt", b"Putin");
    for bad in ["0", "12Q", "lots"] {
        let o = build(&input, &s.path("out"), &["--part-size", bad]);
        assert_eq!(o.status.code(), Some(2), "{bad}: {}", stderr(&o));
        assert!(stderr(&o).contains("--part-size"), "{}", stderr(&o));
    }
}

/// A symlink loop and a dangling link in an input folder are warnings that
/// name them; the rest is read. (Permissions cannot be tested this way when
/// the tests run as root, who reads everything; a dangling link fails the
/// same way an unreadable entry does.)
#[cfg(unix)]
#[test]
fn symlink_loops_and_dangling_links_are_warnings_and_the_rest_is_read() {
    let s = Scratch::new();
    s.input("good.txt", b"Putin met Trump.");
    std::os::unix::fs::symlink(".", s.path("in/loop")).unwrap();
    std::os::unix::fs::symlink("nowhere.txt", s.path("in/gone.txt")).unwrap();
    let out = s.path("out");
    let o = build(&s.path("in"), &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let w = warnings(&o);
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(w.iter().any(|l| l.contains("gone.txt")), "{w:?}");
    assert!(w.iter().any(|l| l.contains("loop")), "{w:?}");
    assert_eq!(mentions(&out).len(), 2);

    let o = build(&s.path("in"), &s.path("strict"), &["--strict"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(!s.path("strict/graph.json").exists());
}

/// `kg mentions -` with the tiny gazetteer and `extra` arguments, fed
/// `text` on standard input: (doc, surface) pairs and the output.
fn mentions_of_stdin(text: &[u8], extra: &[&str]) -> (Vec<(String, String)>, Output) {
    let o = kg()
        .args(["mentions", "-", "-q", "--no-default-gazetteer", "-g"])
        .arg(data("gazetteer/tiny.tsv"))
        .args(extra)
        .write_stdin(text)
        .output()
        .unwrap();
    let found = jsonl(&String::from_utf8_lossy(&o.stdout))
        .iter()
        .map(|m| {
            let s = |k: &str| m[k].as_str().unwrap().to_string();
            (s("doc"), s("text"))
        })
        .collect();
    (found, o)
}

#[test]
fn large_standard_input_is_read_in_parts_like_a_large_file() {
    let text = "Putin met Trump.\n\nZelensky and the United States.\n\n".repeat(20);
    let (whole, o) = mentions_of_stdin(text.as_bytes(), &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(whole.iter().all(|(doc, _)| doc == "-"), "{whole:?}");
    let (parts, o) = mentions_of_stdin(text.as_bytes(), &["--part-size", "100"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(parts.iter().any(|(doc, _)| doc == "-#2"), "{parts:?}");
    let surfaces = |m: &[(String, String)]| m.iter().map(|p| p.1.clone()).collect::<Vec<_>>();
    assert_eq!(surfaces(&parts), surfaces(&whole));
    assert_eq!(whole.len(), 20 * 4);
}

#[test]
fn standard_input_that_is_not_utf8_is_skipped_or_decoded_lossily() {
    let text = b"Putin in caf\xe9 talks.\n\nTrump too.\n";
    for size in ["16M", "8"] {
        let (found, o) = mentions_of_stdin(text, &["--part-size", size]);
        assert!(found.is_empty(), "{size}: {found:?}");
        assert!(
            stderr(&o).contains("-:1: not valid UTF-8"),
            "{size}: {}",
            stderr(&o)
        );
        let (found, o) = mentions_of_stdin(text, &["--part-size", size, "--lossy"]);
        assert_eq!(found.len(), 2, "{size}: {found:?}");
        assert!(
            stderr(&o).contains("replaced with U+FFFD"),
            "{size}: {}",
            stderr(&o)
        );
    }
}
