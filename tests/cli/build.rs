//! `kg build` on the seeds: outputs, entities, edges, evidence, formats,
//! determinism.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

use crate::{build, read_json, seeds_build, stderr};

fn graph() -> Value {
    read_json(&seeds_build().join("graph.json"))
}

fn link<'a>(g: &'a Value, a: &str, b: &str) -> Option<&'a Value> {
    g["links"].as_array().unwrap().iter().find(|l| {
        let (s, t) = (l["source"].as_str().unwrap(), l["target"].as_str().unwrap());
        (s, t) == (a, b) || (s, t) == (b, a)
    })
}

#[test]
fn writes_every_output() {
    for f in [
        "graph.json",
        "graph.dot",
        "graph.svg",
        "graph.png",
        "mentions.jsonl",
    ] {
        let meta =
            std::fs::metadata(seeds_build().join(f)).unwrap_or_else(|_| panic!("{f} missing"));
        assert!(meta.len() > 0, "{f} is empty");
    }
    let leftovers: Vec<String> = std::fs::read_dir(seeds_build())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".kg-"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn article_003_names_its_entities() {
    let text = std::fs::read_to_string(seeds_build().join("mentions.jsonl")).unwrap();
    let in_003: BTreeSet<String> = crate::jsonl(&text)
        .into_iter()
        .filter(|m| m["doc"].as_str().unwrap().starts_with("003_"))
        .map(|m| m["entity"].as_str().unwrap().to_string())
        .collect();
    for id in [
        "lloyd-austin",
        "celeste-wallander",
        "latvia",
        "poland",
        "denmark",
        "netherlands",
        "france",
        "united-states-department-of-defense",
        "ukraine-defense-contact-group",
        "armed-forces-of-ukraine",
    ] {
        assert!(
            in_003.contains(id),
            "003 should name {id}; found {in_003:?}"
        );
    }
}

#[test]
fn graph_json_is_node_link_with_build_info() {
    let g = graph();
    assert_eq!(g["schema_version"], 1);
    assert_eq!(g["directed"], false);
    assert_eq!(g["multigraph"], false);
    let info = &g["graph"];
    assert_eq!(info["tool"], "kg");
    assert_eq!(info["window"], "sentence");
    assert_eq!(info["documents"], 5);
    assert_eq!(info["gazetteer_hash"].as_str().unwrap().len(), 64);
    let ids: Vec<&str> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "nodes are sorted by id");
    let ukraine = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "ukraine")
        .unwrap();
    assert_eq!(ukraine["type"], "country");
    assert_eq!(ukraine["documents"], 5);
    assert!(ukraine["mentions"].as_u64().unwrap() >= 40);
    for l in g["links"].as_array().unwrap() {
        assert!(
            l["source"].as_str() < l["target"].as_str(),
            "source < target"
        );
        assert!(ids.contains(&l["source"].as_str().unwrap()));
        assert!(l["weight"].as_u64().unwrap() >= 1);
        let npmi = l["npmi"].as_f64().unwrap();
        assert!((-1.0..=1.0).contains(&npmi));
        let evidence = l["evidence"].as_array().unwrap();
        assert!(
            !evidence.is_empty() && evidence.len() as u64 <= l["evidence_total"].as_u64().unwrap()
        );
    }
}

#[test]
fn edges_carry_their_evidence() {
    let g = graph();
    let trump_putin = link(&g, "donald-trump", "vladimir-putin").expect("Trump–Putin edge");
    let docs: BTreeSet<&str> = trump_putin["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["doc"].as_str().unwrap())
        .collect();
    assert!(docs.iter().all(|d| d.starts_with("002_")), "{docs:?}");
    let seeds: HashMap<&str, String> = docs
        .iter()
        .map(|d| {
            (
                *d,
                std::fs::read_to_string(crate::root().join("seeds").join(d)).unwrap(),
            )
        })
        .collect();
    for e in trump_putin["evidence"].as_array().unwrap() {
        let text = e["text"].as_str().unwrap();
        assert!(text.contains("Trump") && text.contains("Putin"), "{text}");
        let (s, t) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &seeds[e["doc"].as_str().unwrap()][s..t],
            text,
            "evidence offsets"
        );
    }
    assert!(link(&g, "ukraine", "united-states").is_some());
    assert!(link(&g, "lloyd-austin", "ukraine").is_some());
    // Latvia and Trump are never in one sentence.
    assert!(link(&g, "latvia", "donald-trump").is_none());
}

#[test]
fn window_document_links_more_and_counts_all_windows() {
    let dir = tempfile::tempdir().unwrap();
    let out = build("seeds", dir.path(), &["--window", "document"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc_graph = read_json(&dir.path().join("graph.json"));
    let sentence_graph = graph();
    let n = |g: &Value| g["links"].as_array().unwrap().len();
    assert!(n(&doc_graph) > n(&sentence_graph));
    assert!(link(&sentence_graph, "latvia", "lloyd-austin").is_none());
    let l = link(&doc_graph, "latvia", "lloyd-austin").expect("both in article 003");
    assert_eq!(l["counts"]["sentence"], 0);
    assert!(l["counts"]["document"].as_u64().unwrap() >= 1);
}

#[test]
fn dot_is_accepted_by_graphviz_and_svg_parses() {
    let dot = std::fs::read_to_string(seeds_build().join("graph.dot")).unwrap();
    assert!(dot.starts_with("graph \"kg\" {"));
    assert!(dot.contains("\"ukraine\"[label=\"Ukraine\""));
    let status = std::process::Command::new("dot")
        .args(["-Tsvg", "-o", "/dev/null"])
        .arg(seeds_build().join("graph.dot"))
        .status()
        .expect("Graphviz `dot` is installed (make test installs it)");
    assert!(status.success());
    let svg = std::fs::read_to_string(seeds_build().join("graph.svg")).unwrap();
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc =
        roxmltree::Document::parse_with_options(&svg, options).expect("SVG is well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("title"))
        .filter_map(|n| n.text())
        .collect();
    assert!(
        titles.contains(&"ukraine"),
        "the drawing has a node for Ukraine"
    );
    assert!(svg.contains("organization"), "legend");
    let png = std::fs::read(seeds_build().join("graph.png")).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    for (dir, threads) in [(&a, "1"), (&b, "2")] {
        let out = build("seeds", dir.path(), &["-j", threads]);
        assert!(out.status.success());
    }
    for f in ["graph.json", "graph.dot", "mentions.jsonl"] {
        let x = std::fs::read(a.path().join(f)).unwrap();
        let y = std::fs::read(b.path().join(f)).unwrap();
        assert!(x == y, "{f} differs between 1 and 2 threads");
        assert_eq!(
            x,
            std::fs::read(seeds_build().join(f)).unwrap(),
            "{f} differs between runs"
        );
    }
}

#[test]
fn json_round_trips_through_the_library() {
    let path = seeds_build().join("graph.json");
    let g = kg::export::read_graph(&path).unwrap();
    let again = serde_json::to_value(kg::export::to_json(&g)).unwrap();
    assert_eq!(again, graph());
}

#[test]
fn evidence_cap_keeps_the_total() {
    let dir = tempfile::tempdir().unwrap();
    let out = build("seeds", dir.path(), &["--max-evidence", "1"]);
    assert!(out.status.success());
    let g = read_json(&dir.path().join("graph.json"));
    let l = link(&g, "ukraine", "united-states").unwrap();
    assert_eq!(l["evidence"].as_array().unwrap().len(), 1);
    assert!(l["evidence_total"].as_u64().unwrap() > 1);
    assert_eq!(
        l["evidence_total"],
        link(&graph(), "ukraine", "united-states").unwrap()["evidence_total"]
    );
}

#[test]
fn networkx_loads_graph_json_unchanged() {
    let script = r#"
import json, sys, networkx as nx
data = json.load(open(sys.argv[1]))
g = nx.node_link_graph(data, edges="links")
print(g.number_of_nodes(), g.number_of_edges(), g.nodes["ukraine"]["type"], g["ukraine"]["united-states"]["weight"])
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(seeds_build().join("graph.json"))
        .output()
        .expect("python3 runs (make test installs networkx)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let g = graph();
    let us = link(&g, "ukraine", "united-states").unwrap()["weight"].clone();
    let want = format!(
        "{} {} country {}\n",
        g["nodes"].as_array().unwrap().len(),
        g["links"].as_array().unwrap().len(),
        us
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap(), want);
}

#[test]
fn without_graphviz_json_and_dot_are_still_written() {
    let dir = tempfile::tempdir().unwrap();
    let empty_path = dir.path().join("bin");
    std::fs::create_dir(&empty_path).unwrap();
    let out_dir = dir.path().join("out");
    let out = crate::kg()
        .env("PATH", &empty_path)
        .args(["build", "seeds", "--out", out_dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("Graphviz is not installed") && err.contains("apt-get install graphviz"),
        "{err}"
    );
    assert!(out_dir.join("graph.json").exists() && out_dir.join("graph.dot").exists());
    assert!(!out_dir.join("graph.svg").exists());
    let strict = crate::kg()
        .env("PATH", &empty_path)
        .args([
            "build",
            "seeds",
            "--strict",
            "--out",
            out_dir.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(
        strict.status.code(),
        Some(1),
        "--strict turns the missing image into a failure"
    );
}

/// People the gazetteer does not list get an id from their name, and two
/// spellings may give one id (`Jean-Luc Moreau`, `Jean Luc Moreau`): the
/// graph keeps the smaller name whatever order the documents come in.
#[test]
fn unlisted_people_are_one_node_whatever_the_order_of_documents() {
    let docs = [
        r#"{"id": "a", "text": "Defence Minister Jean-Luc Moreau said that the talks with Volodymyr Zelensky went well."}"#,
        r#"{"id": "b", "text": "Defence Minister Jean Luc Moreau said that he would meet Volodymyr Zelensky again."}"#,
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut graphs = Vec::new();
    for (name, order) in [("ab", [0, 1]), ("ba", [1, 0])] {
        let input = dir.path().join(format!("{name}.jsonl"));
        let lines: Vec<&str> = order.iter().map(|&i| docs[i]).collect();
        std::fs::write(&input, lines.join("\n") + "\n").unwrap();
        let out_dir = dir.path().join(name);
        let out = build(input.to_str().unwrap(), &out_dir, &[]);
        assert!(out.status.success(), "{}", stderr(&out));
        graphs.push(std::fs::read_to_string(out_dir.join("graph.json")).unwrap());
    }
    assert_eq!(graphs[0], graphs[1]);
    let graph: serde_json::Value = serde_json::from_str(&graphs[0]).unwrap();
    let node = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "unlisted:jean-luc-moreau")
        .expect("one node for both spellings");
    assert_eq!(node["name"], "Jean Luc Moreau");
    assert_eq!(node["type"], "person");
    assert_eq!(node["mentions"], 2);
}
