//! `kg mentions`: the JSON Lines contract.

use crate::{data, jsonl, kg, run, stdout};

#[test]
fn every_line_has_the_documented_keys_and_exact_offsets() {
    let out = run(&["mentions", "seeds", "-q"]);
    assert!(out.status.success());
    let lines = jsonl(&stdout(&out));
    assert!(lines.len() > 100);
    for m in &lines {
        for key in [
            "doc",
            "start",
            "end",
            "text",
            "entity",
            "name",
            "type",
            "sentence",
            "paragraph",
            "resolved_by",
            "mention",
        ] {
            assert!(m.get(key).is_some(), "{key} missing in {m}");
        }
        let doc =
            std::fs::read_to_string(crate::root().join("seeds").join(m["doc"].as_str().unwrap()))
                .unwrap();
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&doc[s..e], m["text"].as_str().unwrap());
    }
    assert!(
        lines
            .iter()
            .any(|m| m["type"] == "demonym" && m["entity"] == "ukraine")
    );
}

#[test]
fn stdin_and_jsonl_inputs() {
    let out = kg()
        .args(["mentions", "-", "-q", "--no-default-gazetteer", "-g"])
        .arg(data("gazetteer/tiny.tsv"))
        .write_stdin("Trump’s call with Zelensky. Lloyd Austin and Austin.")
        .output()
        .unwrap();
    assert!(out.status.success());
    let got: Vec<(String, String, String)> = jsonl(&stdout(&out))
        .iter()
        .map(|m| {
            (
                m["doc"].as_str().unwrap().into(),
                m["text"].as_str().unwrap().into(),
                m["resolved_by"].as_str().unwrap().into(),
            )
        })
        .collect();
    let want = [
        ("-", "Trump", "alias"),
        ("-", "Zelensky", "alias"),
        ("-", "Lloyd Austin", "alias"),
        ("-", "Austin", "context"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("news.jsonl");
    std::fs::write(&file, "{\"id\": \"a1\", \"text\": \"Putin and Trump.\", \"source\": \"x\"}\n\n{\"id\": \"a2\", \"text\": \"NATO\"}\n").unwrap();
    let out = kg()
        .args(["mentions", "-q", "--no-default-gazetteer", "-g"])
        .arg(data("gazetteer/tiny.tsv"))
        .arg(&file)
        .output()
        .unwrap();
    let docs: Vec<String> = jsonl(&stdout(&out))
        .iter()
        .map(|m| m["doc"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(docs, ["a1", "a1", "a2"]);
}
