//! `kg export` and `kg build --format`: every format parsed back and
//! compared with graph.json on the seeds graph.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::{read_json, run, seeds_build, stderr};

const GRAPHML: &str = "http://graphml.graphdrawing.org/xmlns";
const GEXF: &str = "http://gexf.net/1.3";
const VIZ: &str = "http://gexf.net/1.3/viz";

fn graph_json() -> Value {
    read_json(&seeds_build().join("graph.json"))
}

/// Runs `kg export --format FORMAT` on the seeds graph into a fresh folder;
/// returns the folder and the output path.
fn export(format: &str, name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(name);
    let graph = seeds_build().join("graph.json");
    let o = run(&[
        "export",
        "--format",
        format,
        "--graph",
        graph.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-q",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    (dir, out)
}

fn ukraine(g: &Value) -> &Value {
    g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "ukraine")
        .expect("Ukraine in the seeds graph")
}

fn link<'a>(g: &'a Value, a: &str, b: &str) -> &'a Value {
    g["links"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["source"] == a && l["target"] == b)
        .expect("the link")
}

fn count(g: &Value, what: &str) -> usize {
    g[what].as_array().unwrap().len()
}

/// A JSON scalar as the text the XML and CSV exports hold.
fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The `<data>` of a GraphML element, by the `attr.name` of its key.
fn graphml_data(doc: &roxmltree::Document, element: roxmltree::Node) -> HashMap<String, String> {
    let names: HashMap<&str, &str> = doc
        .descendants()
        .filter(|n| n.has_tag_name((GRAPHML, "key")))
        .map(|k| {
            (
                k.attribute("id").unwrap(),
                k.attribute("attr.name").unwrap(),
            )
        })
        .collect();
    element
        .children()
        .filter(|n| n.has_tag_name((GRAPHML, "data")))
        .map(|d| {
            let name = names[d.attribute("key").unwrap()];
            (name.to_string(), d.text().unwrap_or("").to_string())
        })
        .collect()
}

#[test]
fn graphml_has_every_node_and_edge_with_typed_attributes() {
    let (_dir, path) = export("graphml", "g.graphml");
    let g = graph_json();
    let xml = std::fs::read_to_string(&path).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed GraphML");
    let nodes: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((GRAPHML, "node")))
        .collect();
    let edges: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((GRAPHML, "edge")))
        .collect();
    assert_eq!(nodes.len(), count(&g, "nodes"));
    assert_eq!(edges.len(), count(&g, "links"));
    let graph = doc
        .descendants()
        .find(|n| n.has_tag_name((GRAPHML, "graph")))
        .unwrap();
    assert_eq!(graph.attribute("edgedefault"), Some("undirected"));

    let key_type = |domain: &str, name: &str| {
        doc.descendants()
            .find(|k| {
                k.has_tag_name((GRAPHML, "key"))
                    && k.attribute("for") == Some(domain)
                    && k.attribute("attr.name") == Some(name)
            })
            .and_then(|k| k.attribute("attr.type"))
    };
    assert_eq!(key_type("node", "name"), Some("string"));
    assert_eq!(key_type("node", "mentions"), Some("long"));
    assert_eq!(key_type("edge", "npmi"), Some("double"));
    assert_eq!(key_type("edge", "count_paragraph"), Some("long"));

    let node = nodes
        .iter()
        .find(|n| n.attribute("id") == Some("ukraine"))
        .unwrap();
    let data = graphml_data(&doc, *node);
    let want = ukraine(&g);
    assert_eq!(data["name"], "Ukraine");
    assert_eq!(data["label"], "Ukraine", "Gephi's label");
    assert_eq!(data["type"], "country");
    assert_eq!(data["qid"], "Q212");
    for key in ["description", "mentions", "documents"] {
        assert_eq!(data[key], text(&want[key]), "{key}");
    }

    let edge = edges
        .iter()
        .find(|e| {
            e.attribute("source") == Some("ukraine")
                && e.attribute("target") == Some("united-states")
        })
        .expect("Ukraine – United States");
    let data = graphml_data(&doc, *edge);
    let want = link(&g, "ukraine", "united-states");
    for key in ["weight", "documents", "npmi", "evidence_total"] {
        assert_eq!(data[key], text(&want[key]), "{key}");
    }
    assert_eq!(data["count_document"], text(&want["counts"]["document"]));
}

#[test]
fn gexf_has_labels_attributes_colours_and_sizes() {
    let (_dir, path) = export("gexf", "g.gexf");
    let g = graph_json();
    let xml = std::fs::read_to_string(&path).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed GEXF");
    let root = doc.root_element();
    assert_eq!(root.attribute("version"), Some("1.3"));
    let graph = root
        .children()
        .find(|n| n.has_tag_name((GEXF, "graph")))
        .unwrap();
    assert_eq!(graph.attribute("mode"), Some("static"));
    assert_eq!(graph.attribute("defaultedgetype"), Some("undirected"));
    let nodes: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((GEXF, "node")))
        .collect();
    let edges: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((GEXF, "edge")))
        .collect();
    assert_eq!(nodes.len(), count(&g, "nodes"));
    assert_eq!(edges.len(), count(&g, "links"));

    let node = nodes
        .iter()
        .find(|n| n.attribute("id") == Some("ukraine"))
        .unwrap();
    assert_eq!(node.attribute("label"), Some("Ukraine"));
    let values: HashMap<&str, &str> = node
        .descendants()
        .filter(|n| n.has_tag_name((GEXF, "attvalue")))
        .map(|a| (a.attribute("for").unwrap(), a.attribute("value").unwrap()))
        .collect();
    let want = ukraine(&g);
    assert_eq!(values["type"], "country");
    assert_eq!(values["qid"], "Q212");
    assert_eq!(values["mentions"], text(&want["mentions"]));
    assert_eq!(values["documents"], text(&want["documents"]));
    // Country blue (#56B4E9), as in the DOT drawing.
    let colour = node
        .children()
        .find(|n| n.has_tag_name((VIZ, "color")))
        .unwrap();
    let rgb = ["r", "g", "b"].map(|c| colour.attribute(c).unwrap());
    assert_eq!(rgb, ["86", "180", "233"]);
    // The most mentioned entity of the seeds gets the largest size.
    let size = node
        .children()
        .find(|n| n.has_tag_name((VIZ, "size")))
        .unwrap();
    assert_eq!(size.attribute("value"), Some("50.00"));

    let edge = edges
        .iter()
        .find(|e| {
            e.attribute("source") == Some("ukraine")
                && e.attribute("target") == Some("united-states")
        })
        .unwrap();
    let want = link(&g, "ukraine", "united-states");
    assert_eq!(
        edge.attribute("weight"),
        Some(text(&want["weight"]).as_str())
    );
}

#[test]
fn csv_node_and_edge_lists_load_with_headers() {
    let (_dir, out) = export("csv", "tables");
    let g = graph_json();
    let mut nodes = csv::Reader::from_path(out.join("nodes.csv")).unwrap();
    let header: Vec<String> = nodes.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "id",
            "name",
            "type",
            "qid",
            "description",
            "aliases",
            "mentions",
            "documents"
        ]
    );
    let rows: Vec<csv::StringRecord> = nodes.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), count(&g, "nodes"));
    let row = rows.iter().find(|r| &r[0] == "ukraine").unwrap();
    let want = ukraine(&g);
    assert_eq!(&row[1], "Ukraine");
    assert_eq!(&row[2], "country");
    assert_eq!(&row[3], "Q212");
    assert_eq!(row[6], text(&want["mentions"]));
    // Names with commas and quotes survive the round trip.
    for (row, node) in rows.iter().zip(g["nodes"].as_array().unwrap()) {
        assert_eq!(row[1], text(&node["name"]));
        assert_eq!(
            row[4],
            node["description"].as_str().unwrap_or("").to_string()
        );
    }

    let mut edges = csv::Reader::from_path(out.join("edges.csv")).unwrap();
    let header: Vec<String> = edges.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "source",
            "target",
            "weight",
            "documents",
            "npmi",
            "count_sentence",
            "count_paragraph",
            "count_document",
            "evidence_total"
        ]
    );
    let rows: Vec<csv::StringRecord> = edges.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), count(&g, "links"));
    let row = rows
        .iter()
        .find(|r| &r[0] == "ukraine" && &r[1] == "united-states")
        .unwrap();
    let want = link(&g, "ukraine", "united-states");
    assert_eq!(row[2], text(&want["weight"]));
    assert_eq!(row[4], text(&want["npmi"]));
}

#[test]
fn cytoscape_json_has_elements_with_data() {
    let (_dir, path) = export("cytoscape", "g.cyjs");
    let g = graph_json();
    let cy = read_json(&path);
    let nodes = cy["elements"]["nodes"].as_array().unwrap();
    let edges = cy["elements"]["edges"].as_array().unwrap();
    assert_eq!(nodes.len(), count(&g, "nodes"));
    assert_eq!(edges.len(), count(&g, "links"));
    let node = nodes.iter().find(|n| n["data"]["id"] == "ukraine").unwrap();
    let want = ukraine(&g);
    for key in [
        "name",
        "type",
        "qid",
        "description",
        "aliases",
        "mentions",
        "documents",
    ] {
        assert_eq!(node["data"][key], want[key], "{key}");
    }
    let ids: std::collections::HashSet<&str> = nodes
        .iter()
        .map(|n| n["data"]["id"].as_str().unwrap())
        .collect();
    for e in edges {
        let d = &e["data"];
        assert!(ids.contains(d["source"].as_str().unwrap()), "{d}");
        assert!(ids.contains(d["target"].as_str().unwrap()), "{d}");
        assert!(
            !ids.contains(d["id"].as_str().unwrap()),
            "edge ids differ from node ids"
        );
    }
    let edge = edges
        .iter()
        .find(|e| e["data"]["id"] == "ukraine|united-states")
        .unwrap();
    let want = link(&g, "ukraine", "united-states");
    for key in ["weight", "documents", "npmi", "evidence_total"] {
        assert_eq!(edge["data"][key], want[key], "{key}");
    }
}

#[test]
fn export_defaults_beside_the_graph_and_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("graph.json");
    std::fs::copy(seeds_build().join("graph.json"), &graph).unwrap();
    let g = graph.to_str().unwrap();
    for format in ["graphml", "gexf", "csv", "cytoscape"] {
        let o = run(&["export", "--format", format, "--graph", g, "-q"]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
    }
    let files = [
        "graph.graphml",
        "graph.gexf",
        "nodes.csv",
        "edges.csv",
        "graph.cyjs",
    ];
    let first: Vec<Vec<u8>> = files
        .iter()
        .map(|f| std::fs::read(dir.path().join(f)).unwrap())
        .collect();
    let (_other, path) = export("graphml", "again.graphml");
    assert_eq!(
        std::fs::read(path).unwrap(),
        first[0],
        "same graph, same bytes"
    );
}

#[test]
fn build_writes_the_requested_formats() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let o = run(&[
        "build",
        "seeds",
        "--out",
        out,
        "--no-render",
        "-q",
        "--format",
        "gexf",
        "--format",
        "csv",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let has = |f: &str| Path::new(out).join(f).exists();
    assert!(has("graph.gexf") && has("nodes.csv") && has("edges.csv"));
    assert!(
        !has("graph.graphml") && !has("graph.cyjs"),
        "only what was asked"
    );
    let (_d, exported) = export("gexf", "g.gexf");
    assert_eq!(
        std::fs::read(Path::new(out).join("graph.gexf")).unwrap(),
        std::fs::read(exported).unwrap(),
        "build --format writes what export writes"
    );
}

#[test]
fn unknown_format_is_a_usage_error() {
    let o = run(&["export", "--format", "pajek"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("graphml"), "{}", stderr(&o));
}
