//! Gazetteer loading through the binary: user lists, replacement of the
//! shipped one, and errors that name file, line and fix.

use crate::{data, kg, stderr, stdout};

fn mentions_with(gazetteer: &std::path::Path, text: &str) -> std::process::Output {
    kg().args(["mentions", "-", "-q", "--no-default-gazetteer", "-g"])
        .arg(gazetteer)
        .write_stdin(text)
        .output()
        .unwrap()
}

#[test]
fn a_user_gazetteer_adds_to_the_shipped_one() {
    let dir = tempfile::tempdir().unwrap();
    let mine = dir.path().join("mine.tsv");
    std::fs::write(
        &mine,
        "id\ttype\tname\taliases\nacme\torganization\tAcme Widgets\tAcme\n",
    )
    .unwrap();
    let out = kg()
        .args(["mentions", "-", "-q", "-g"])
        .arg(&mine)
        .write_stdin("Acme sold drones to Ukraine.")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<String> = crate::jsonl(&stdout(&out))
        .iter()
        .map(|m| m["entity"].as_str().unwrap().into())
        .collect();
    assert_eq!(ids, ["acme", "ukraine"]);
    let only = mentions_with(&mine, "Acme sold drones to Ukraine.");
    assert_eq!(
        crate::jsonl(&stdout(&only)).len(),
        1,
        "--no-default-gazetteer drops the shipped lists"
    );
}

#[test]
fn malformed_gazetteers_fail_before_any_work_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "id\ttype\tname\na\tperson\n",
            ":2:",
            "field(s) where the header has 3",
        ),
        (
            "id\ttype\tname\taliases\na\tperson\tA\tB||C\n",
            ":2:",
            "is empty",
        ),
        ("id\ttype\tname\na\tplanet\tA\n", ":2:", "unknown type"),
        (
            "id\ttype\tname\tqid\na\tperson\tA\tX12\n",
            ":2:",
            "not a Wikidata id",
        ),
        (
            "id\ttype\tname\na\tperson\tA\na\tperson\tB\n",
            ":3:",
            "duplicate id",
        ),
        (
            "id\ttype\tname\taliases\na\tperson\tA\t---\n",
            ":2:",
            "only punctuation",
        ),
        (
            "id\ttype\tname\taliases\na\tperson\tA\tX\nb\tperson\tB\tX\n",
            ":3:",
            "context_aliases",
        ),
        (
            "id\ttype\tname\tcountry\na\tperson\tA\tatlantis\n",
            ":2:",
            "names no country",
        ),
        (
            "id\ttype\tname\taliases\na\tperson\tA\t\u{b63}\n",
            ":2:",
            "once accents and marks are set aside",
        ),
        ("# nothing\n", "", "no entries"),
    ];
    for (i, (tsv, at, message)) in cases.iter().enumerate() {
        let path = dir.path().join(format!("bad{i}.tsv"));
        std::fs::write(&path, tsv).unwrap();
        let out = mentions_with(&path, "text");
        assert_eq!(out.status.code(), Some(1), "case {i}");
        let err = stderr(&out);
        assert!(err.contains(&format!("bad{i}.tsv{at}")), "case {i}: {err}");
        assert!(err.contains(message), "case {i}: {err}");
        assert!(
            stdout(&out).is_empty(),
            "case {i}: no output before validation"
        );
        assert!(!err.contains("panicked"), "case {i}");
    }
}

#[test]
fn the_tiny_fixture_is_valid() {
    let out = mentions_with(&data("gazetteer/tiny.tsv"), "NATO met in the U.S.");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(crate::jsonl(&stdout(&out)).len(), 2);
}

#[test]
fn a_folder_warns_of_the_txt_files_it_does_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let tsv = "id\ttype\tname\nacme\torganization\tAcme Widgets\n";
    std::fs::write(dir.path().join("mine.tsv"), tsv).unwrap();
    std::fs::write(dir.path().join("common_words.txt"), "may\n").unwrap();
    std::fs::write(dir.path().join("demonyms.txt"), "Acmean\n").unwrap();
    std::fs::write(dir.path().join("notes.md"), "# notes\n").unwrap();
    let out = mentions_with(dir.path(), "Acme Widgets grew.");
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let warnings: Vec<&str> = err.lines().filter(|l| l.contains("warning")).collect();
    assert_eq!(warnings.len(), 1, "{err}");
    assert!(warnings[0].contains("demonyms.txt"), "{err}");
    assert!(
        warnings[0].contains("common_words.txt"),
        "names the lists it reads: {err}"
    );
    assert_eq!(crate::jsonl(&stdout(&out)).len(), 1);
}
