//! `kg render`: whole graphs, focus views and pruned drawings.

use std::collections::BTreeSet;

use crate::{run, seeds_build, stderr};

/// Node ids drawn in an SVG (Graphviz writes each node's id as its title).
fn drawn_nodes(svg: &str) -> BTreeSet<String> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(svg, options).expect("well-formed SVG");
    doc.descendants()
        .filter(|n| n.attribute("class") == Some("node"))
        .filter_map(|n| n.children().find(|c| c.has_tag_name("title")))
        .filter_map(|t| t.text().map(str::to_string))
        .collect()
}

fn render(args: &[&str]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let stem = dir.path().join("view");
    let graph = seeds_build().join("graph.json");
    let mut all = vec![
        "render",
        "-q",
        "--graph",
        graph.to_str().unwrap(),
        "--out",
        stem.to_str().unwrap(),
    ];
    all.extend_from_slice(args);
    let out = run(&all);
    assert!(out.status.success(), "{}", stderr(&out));
    (dir, stem)
}

#[test]
fn focus_draws_the_neighbourhood_only() {
    let (_dir, stem) = render(&[
        "--focus", "Zelensky", "--depth", "1", "--format", "svg", "--dot",
    ]);
    // The focus alone has the heavy border.
    let dot = std::fs::read_to_string(stem.with_extension("dot")).unwrap();
    let bordered: Vec<&str> = dot.lines().filter(|l| l.contains("penwidth=4 ")).collect();
    assert_eq!(bordered.len(), 1, "{bordered:?}");
    assert!(
        bordered[0].contains("\"volodymyr-zelenskyy\""),
        "{}",
        bordered[0]
    );
    let nodes = drawn_nodes(&std::fs::read_to_string(stem.with_extension("svg")).unwrap());
    let g = kg::export::read_graph(&seeds_build().join("graph.json")).unwrap();
    let me = g.node("volodymyr-zelenskyy").unwrap();
    let mut want: BTreeSet<String> = g
        .graph
        .neighbors(me)
        .map(|n| g.graph[n].id.clone())
        .collect();
    want.insert("volodymyr-zelenskyy".into());
    assert_eq!(nodes, want);
    assert!(
        !stem.with_extension("png").exists(),
        "only the formats asked for"
    );
}

#[test]
fn top_and_types_prune_and_every_format_is_written() {
    let (_dir, stem) = render(&[
        "--top", "3", "--types", "country", "-f", "svg", "-f", "png", "-f", "pdf", "--dot",
    ]);
    let nodes = drawn_nodes(&std::fs::read_to_string(stem.with_extension("svg")).unwrap());
    let g = kg::export::read_graph(&seeds_build().join("graph.json")).unwrap();
    assert!(nodes.len() <= 6 && nodes.len() >= 2, "{nodes:?}");
    for id in &nodes {
        let node = &g.graph[g.node(id).unwrap()];
        assert_eq!(node.kind, kg::EntityType::Country, "{id}");
    }
    assert!(nodes.contains("ukraine") && nodes.contains("united-states"));
    assert_eq!(
        &std::fs::read(stem.with_extension("pdf")).unwrap()[..4],
        b"%PDF"
    );
    assert_eq!(
        &std::fs::read(stem.with_extension("png")).unwrap()[..4],
        b"\x89PNG"
    );
    let dot = std::fs::read_to_string(stem.with_extension("dot")).unwrap();
    assert_eq!(dot.matches(" -- ").count(), 3, "three edges kept");
}

#[test]
fn unknown_focus_fails_with_a_suggestion() {
    let graph = seeds_build().join("graph.json");
    let out = run(&[
        "render",
        "--graph",
        graph.to_str().unwrap(),
        "--focus",
        "Zelenski",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("did you mean"), "{}", stderr(&out));
}
