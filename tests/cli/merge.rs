//! Shards built separately and merged equal one build over all of them.

use crate::{build, root, run, stderr};

#[test]
fn merged_shards_equal_a_single_build() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let shards = [("a", vec!["000", "003"]), ("b", vec!["001", "002", "004"])];
    let mut graphs = Vec::new();
    for (name, docs) in &shards {
        let input = d.join(format!("in-{name}"));
        std::fs::create_dir(&input).unwrap();
        for entry in std::fs::read_dir(root().join("seeds")).unwrap() {
            let p = entry.unwrap().path();
            let file = p.file_name().unwrap().to_str().unwrap().to_string();
            if docs.iter().any(|x| file.starts_with(x)) {
                std::fs::copy(&p, input.join(&file)).unwrap();
            }
        }
        let out = d.join(format!("out-{name}"));
        let o = build(input.to_str().unwrap(), &out, &["--max-evidence", "2"]);
        assert!(o.status.success(), "{}", stderr(&o));
        graphs.push(out.join("graph.json"));
    }
    let whole = d.join("whole");
    let o = build("seeds", &whole, &["--max-evidence", "2"]);
    assert!(o.status.success());
    let merged = d.join("merged");
    let o = run(&[
        "merge",
        graphs[1].to_str().unwrap(),
        graphs[0].to_str().unwrap(),
        "-q",
        "--out",
        merged.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    for f in ["graph.json", "graph.dot"] {
        let a = std::fs::read_to_string(whole.join(f)).unwrap();
        let b = std::fs::read_to_string(merged.join(f)).unwrap();
        assert!(a == b, "{f}: merged shards differ from the single build");
    }
}

#[test]
fn graphs_of_different_windows_do_not_merge() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    assert!(build("seeds", &a, &[]).status.success());
    assert!(build("seeds", &b, &["-w", "document"]).status.success());
    let o = run(&[
        "merge",
        a.join("graph.json").to_str().unwrap(),
        b.join("graph.json").to_str().unwrap(),
        "-q",
        "--out",
        dir.path().join("m").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("different options"), "{}", stderr(&o));
}
