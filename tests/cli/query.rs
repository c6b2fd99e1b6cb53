//! `kg query` on the seeds graph.

use crate::{build, kg_process, run, seeds_build, stderr, stdout};

fn query(args: &[&str]) -> std::process::Output {
    let graph = seeds_build().join("graph.json");
    let mut all = vec!["query", "--graph", graph.to_str().unwrap()];
    all.extend_from_slice(args);
    run(&all)
}

fn json(args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = query(&all);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

#[test]
fn united_states_is_a_neighbour_of_ukraine() {
    let rows = json(&["neighbors", "Ukraine"]);
    let ids: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["target"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"united-states"), "{ids:?}");
    let weights: Vec<u64> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["weight"].as_u64().unwrap())
        .collect();
    assert!(weights.windows(2).all(|w| w[0] >= w[1]), "strongest first");
    let people = json(&["neighbors", "ukraine", "--type", "person"]);
    assert!(
        people
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["type"] == "person")
    );
}

#[test]
fn names_resolve_through_aliases_case_and_titles() {
    for name in [
        "zelensky",
        "Zelenskyy",
        "President Zelensky",
        "volodymyr-zelenskyy",
        "ZELENSKIY",
    ] {
        let card = json(&["entity", name]);
        assert_eq!(card["id"], "volodymyr-zelenskyy", "{name}");
    }
}

#[test]
fn unknown_names_fail_with_suggestions() {
    let out = query(&["entity", "Zelenksy"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("did you mean") && err.contains("Zelenskyy"),
        "{err}"
    );
}

#[test]
fn relation_trump_putin_has_evidence_from_002() {
    let rel = json(&["relation", "Trump", "Putin"]);
    assert!(rel["weight"].as_u64().unwrap() >= 1);
    let ev = rel["evidence"].as_array().unwrap();
    assert!(
        ev.iter()
            .any(|e| e["doc"].as_str().unwrap().starts_with("002_"))
    );
    let table = stdout(&query(&["relation", "Trump", "Putin"]));
    assert!(
        table.contains("Donald Trump — Vladimir Putin")
            || table.contains("Vladimir Putin — Donald Trump"),
        "{table}"
    );
}

#[test]
fn path_between_entities_that_never_co_occur_goes_through_a_neighbour() {
    assert!(query(&["relation", "Latvia", "Trump"]).status.code() == Some(1));
    let hops = json(&["path", "Latvia", "Trump"]);
    let hops = hops.as_array().unwrap();
    assert!(hops.len() >= 2, "{hops:?}");
    assert_eq!(hops[0]["source"], "latvia");
    assert_eq!(hops.last().unwrap()["target"], "donald-trump");
    for pair in hops.windows(2) {
        assert_eq!(pair[0]["target"], pair[1]["source"]);
    }
    assert!(hops.iter().all(|h| h["evidence"].is_object()));
}

#[test]
fn top_relations_filtered_by_type() {
    let rows = json(&["top", "--types", "country", "--limit", "3"]);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(
        (rows[0]["source"].as_str(), rows[0]["target"].as_str()),
        (Some("ukraine"), Some("united-states"))
    );
    for row in rows {
        assert_eq!(row["source_type"], "country", "{row}");
        assert_eq!(row["type"], "country", "{row}");
    }
}

#[test]
fn top_relations_show_the_types_of_both_ends() {
    let out = query(&["top", "--types", "person", "--limit", "20"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let header = text.lines().next().unwrap();
    assert!(header.contains("types"), "{text}");
    assert!(text.contains("person–person"), "{text}");
    assert!(!text.contains("country–country"), "{text}");
}

#[test]
fn neighbors_rank_by_npmi_and_filter_by_weight() {
    let rows = json(&["neighbors", "Ukraine", "--by", "npmi", "--limit", "0"]);
    let npmi: Vec<f64> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["npmi"].as_f64().unwrap())
        .collect();
    assert!(npmi.windows(2).all(|w| w[0] >= w[1]), "{npmi:?}");
    let heavy = json(&["neighbors", "Ukraine", "--min-weight", "4", "--limit", "0"]);
    let heavy = heavy.as_array().unwrap();
    assert!(!heavy.is_empty() && heavy.len() < rows.as_array().unwrap().len());
    assert!(heavy.iter().all(|r| r["weight"].as_u64().unwrap() >= 4));
}

#[test]
fn a_name_of_several_entities_lists_them() {
    // "Johnson" is a context alias of several people; only the seeds graph
    // of a build that names them would hold them, so build one.
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("johnsons.txt");
    std::fs::write(&text, "Boris Johnson met Mike Johnson and Ukraine's envoy.").unwrap();
    let out_dir = dir.path().join("out");
    let o = build(text.to_str().unwrap(), &out_dir, &[]);
    assert!(o.status.success());
    let graph = out_dir.join("graph.json");
    let out = run(&[
        "query",
        "--graph",
        graph.to_str().unwrap(),
        "entity",
        "Johnson",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("matches several")
            && err.contains("boris-johnson")
            && err.contains("mike-johnson"),
        "{err}"
    );
}

/// `kg query top | head` closes the pipe early: kg ends quietly with
/// success, without a panic message.
#[test]
fn a_closed_pipe_ends_quietly() {
    use std::process::Stdio;
    let graph = seeds_build().join("graph.json");
    let mut child = kg_process()
        .args([
            "query",
            "--graph",
            graph.to_str().unwrap(),
            "top",
            "--limit",
            "100",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

/// Any other failure to write the answer is an error with exit code 1.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error() {
    let graph = seeds_build().join("graph.json");
    let full = std::fs::File::create("/dev/full").unwrap();
    let out = kg_process()
        .args(["query", "--graph", graph.to_str().unwrap(), "top"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("writing to standard output"),
        "{}",
        stderr(&out)
    );
}
