//! Exports for the tools analysts already use: GraphML and GEXF (Gephi,
//! yEd, networkx, igraph), CSV node and edge lists (spreadsheets, Gephi's
//! spreadsheet import) and Cytoscape.js JSON (Cytoscape, Cytoscape.js).
//!
//! Every format carries the same attributes, taken from one table
//! ([`NODE_COLUMNS`], [`EDGE_COLUMNS`]) so they cannot drift apart:
//!
//! - nodes: `id`, `name`, `type`, `qid`, `description`, `aliases` (joined
//!   with `|`), `mentions`, `documents`;
//! - edges: `source`, `target`, `weight` (co-occurrences in the graph's
//!   window), `documents`, `npmi`, `count_sentence`, `count_paragraph`,
//!   `count_document`, `evidence_total`.
//!
//! A missing value (an entity without QID or description) is left out in
//! XML, empty in CSV and `null` in JSON. Output follows the graph's order,
//! so a [`CoGraph::sorted`] graph always exports to the same bytes. The
//! evidence sentences stay in `graph.json`: these formats hold attributes,
//! not documents.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value as Json, json};

use super::OutputSet;
use super::dot::colours;
use crate::error::{Error, Result};
use crate::graph::{CoGraph, Node, Window};

/// A format `kg export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// GraphML, with typed `<key>`s (`.graphml`).
    GraphMl,
    /// GEXF 1.3 with viz colours and sizes (`.gexf`).
    Gexf,
    /// `nodes.csv` and `edges.csv` in a folder.
    Csv,
    /// Cytoscape.js elements JSON (`.cyjs`).
    Cytoscape,
}

impl ExportFormat {
    /// All formats.
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::GraphMl,
        ExportFormat::Gexf,
        ExportFormat::Csv,
        ExportFormat::Cytoscape,
    ];

    /// Lowercase name, as on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::GraphMl => "graphml",
            ExportFormat::Gexf => "gexf",
            ExportFormat::Csv => "csv",
            ExportFormat::Cytoscape => "cytoscape",
        }
    }

    /// Where the export of `graph_json` goes by default: beside it with the
    /// format's extension (`out/graph.graphml`, `out/graph.gexf`,
    /// `out/graph.cyjs`), or, for CSV, its folder (`out/`, which receives
    /// `nodes.csv` and `edges.csv`).
    pub fn default_path(self, graph_json: &Path) -> PathBuf {
        match self {
            ExportFormat::GraphMl => graph_json.with_extension("graphml"),
            ExportFormat::Gexf => graph_json.with_extension("gexf"),
            ExportFormat::Cytoscape => graph_json.with_extension("cyjs"),
            ExportFormat::Csv => match graph_json.parent() {
                Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                _ => PathBuf::from("."),
            },
        }
    }
}

/// Writes `g` in `format` to `path` (a folder for CSV, which must exist;
/// a file otherwise), atomically. Returns the files written.
pub fn write_export(g: &CoGraph, format: ExportFormat, path: &Path) -> Result<Vec<PathBuf>> {
    let mut set = OutputSet::new();
    stage_export(g, format, path, &mut set)?;
    set.commit()
}

/// Adds the export's files to `set`, to be renamed into place with the rest.
pub fn stage_export(
    g: &CoGraph,
    format: ExportFormat,
    path: &Path,
    set: &mut OutputSet,
) -> Result<()> {
    match format {
        ExportFormat::GraphMl => set.write(path, to_graphml(g).as_bytes()),
        ExportFormat::Gexf => set.write(path, to_gexf(g).as_bytes()),
        ExportFormat::Cytoscape => {
            let mut bytes = serde_json::to_vec_pretty(&to_cytoscape(g))
                .map_err(|e| Error::io(path, std::io::Error::other(e)))?;
            bytes.push(b'\n');
            set.write(path, &bytes)
        }
        ExportFormat::Csv => {
            set.write(&path.join("nodes.csv"), &nodes_csv(g)?)?;
            set.write(&path.join("edges.csv"), &edges_csv(g)?)
        }
    }
}

// ---------------------------------------------------------------------------
// The attribute table shared by every format.

/// The type of an attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Count,
    Real,
}

/// One attribute value.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Text(String),
    Count(u64),
    Real(f64),
}

impl Value {
    fn text(&self) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Count(n) => n.to_string(),
            Value::Real(x) => x.to_string(),
        }
    }

    fn json(&self) -> Json {
        match self {
            Value::Text(s) => Json::from(s.as_str()),
            Value::Count(n) => Json::from(*n),
            Value::Real(x) => Json::from(*x),
        }
    }
}

/// Node attributes after `id`, in output order.
const NODE_COLUMNS: [(&str, Kind); 7] = [
    ("name", Kind::Text),
    ("type", Kind::Text),
    ("qid", Kind::Text),
    ("description", Kind::Text),
    ("aliases", Kind::Text),
    ("mentions", Kind::Count),
    ("documents", Kind::Count),
];

/// Edge attributes after `source` and `target`, in output order.
const EDGE_COLUMNS: [(&str, Kind); 7] = [
    ("weight", Kind::Count),
    ("documents", Kind::Count),
    ("npmi", Kind::Real),
    ("count_sentence", Kind::Count),
    ("count_paragraph", Kind::Count),
    ("count_document", Kind::Count),
    ("evidence_total", Kind::Count),
];

fn node_values(n: &Node) -> [Option<Value>; 7] {
    [
        Some(Value::Text(n.name.clone())),
        Some(Value::Text(n.kind.to_string())),
        n.qid.clone().map(Value::Text),
        n.description.clone().map(Value::Text),
        Some(Value::Text(n.aliases.join("|"))),
        Some(Value::Count(n.mentions)),
        Some(Value::Count(n.units[Window::Document.index()])),
    ]
}

/// One edge: its endpoints' ids and its attribute values.
struct EdgeRow<'a> {
    source: &'a str,
    target: &'a str,
    values: [Option<Value>; 7],
}

fn edge_rows(g: &CoGraph) -> impl Iterator<Item = EdgeRow<'_>> {
    let w = g.info.window.index();
    g.edges().map(move |(a, b, e, npmi)| EdgeRow {
        source: &g.graph[a].id,
        target: &g.graph[b].id,
        values: [
            Some(Value::Count(e.counts[w])),
            Some(Value::Count(e.documents)),
            // The same rounding as graph.json, so the two files agree.
            Some(Value::Real((npmi * 1e4).round() / 1e4)),
            Some(Value::Count(e.counts[Window::Sentence.index()])),
            Some(Value::Count(e.counts[Window::Paragraph.index()])),
            Some(Value::Count(e.counts[Window::Document.index()])),
            Some(Value::Count(e.evidence_total)),
        ],
    })
}

// ---------------------------------------------------------------------------
// XML.

/// Escapes text for XML content and attribute values. Tabs and line breaks
/// become character references so attribute values keep them; characters
/// XML 1.0 cannot hold at all become U+FFFD.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => {
                let _ = write!(out, "&#{};", c as u32);
            }
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

const XML_DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

fn graphml_type(kind: Kind) -> &'static str {
    match kind {
        Kind::Text => "string",
        Kind::Count => "long",
        Kind::Real => "double",
    }
}

/// The graph as GraphML: one typed `<key>` per attribute (ids `n_*` for
/// nodes, `e_*` for edges, `attr.name` the plain name), an undirected graph
/// whose nodes have the entity id as `id`.
///
/// For Gephi, a node key `label` repeats the name (Gephi takes the label
/// from a key of that name) and the edge key named `weight` becomes Gephi's
/// edge weight.
pub fn to_graphml(g: &CoGraph) -> String {
    let mut out = String::from(XML_DECLARATION);
    out.push_str(concat!(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"",
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns",
        " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    ));
    out.push_str("  <key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
    for (name, kind) in NODE_COLUMNS {
        graphml_key(&mut out, "node", name, kind);
    }
    for (name, kind) in EDGE_COLUMNS {
        graphml_key(&mut out, "edge", name, kind);
    }
    out.push_str("  <graph id=\"kg\" edgedefault=\"undirected\">\n");
    for n in g.graph.node_weights() {
        let _ = writeln!(out, "    <node id=\"{}\">", xml(&n.id));
        graphml_data(&mut out, "n_label", &xml(&n.name));
        for ((name, _), value) in NODE_COLUMNS.iter().zip(node_values(n)) {
            if let Some(v) = value {
                graphml_data(&mut out, &format!("n_{name}"), &xml(&v.text()));
            }
        }
        out.push_str("    </node>\n");
    }
    for (i, e) in edge_rows(g).enumerate() {
        let _ = writeln!(
            out,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            xml(e.source),
            xml(e.target)
        );
        for ((name, _), value) in EDGE_COLUMNS.iter().zip(e.values) {
            if let Some(v) = value {
                graphml_data(&mut out, &format!("e_{name}"), &xml(&v.text()));
            }
        }
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

fn graphml_key(out: &mut String, domain: &str, name: &str, kind: Kind) {
    let _ = writeln!(
        out,
        "  <key id=\"{}_{name}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{}\"/>",
        &domain[..1],
        graphml_type(kind)
    );
}

fn graphml_data(out: &mut String, key: &str, escaped: &str) {
    let _ = writeln!(out, "      <data key=\"{key}\">{escaped}</data>");
}

/// The graph as GEXF 1.3: a static undirected graph whose nodes carry the
/// entity id as `id` and the name as `label`, the edge weight as `weight`,
/// every other attribute as an `<attvalue>`, and `viz` colours by type (the
/// colours of the DOT drawing) and sizes by mentions (10 to 50, by the square
/// root of the share of the most mentioned entity).
pub fn to_gexf(g: &CoGraph) -> String {
    let mut out = String::from(XML_DECLARATION);
    out.push_str(concat!(
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"",
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\"",
        " version=\"1.3\">\n"
    ));
    let _ = writeln!(
        out,
        "  <meta>\n    <creator>kg {}</creator>\n    <description>entity co-occurrence graph ({} window)</description>\n  </meta>",
        xml(&g.info.version),
        g.info.window.as_str()
    );
    out.push_str("  <graph mode=\"static\" defaultedgetype=\"undirected\">\n");
    gexf_attributes(&mut out, "node", &gexf_node_columns());
    gexf_attributes(&mut out, "edge", &gexf_edge_columns());
    gexf_nodes(&mut out, g);
    gexf_edges(&mut out, g);
    out.push_str("  </graph>\n</gexf>\n");
    out
}

/// GEXF has its own places for the name (`label`) and the weight.
fn gexf_node_columns() -> Vec<(usize, &'static str, Kind)> {
    columns_except(&NODE_COLUMNS, "name")
}

fn gexf_edge_columns() -> Vec<(usize, &'static str, Kind)> {
    columns_except(&EDGE_COLUMNS, "weight")
}

fn columns_except(cols: &[(&'static str, Kind)], skip: &str) -> Vec<(usize, &'static str, Kind)> {
    cols.iter()
        .enumerate()
        .filter(|(_, (name, _))| *name != skip)
        .map(|(i, (name, kind))| (i, *name, *kind))
        .collect()
}

fn gexf_attributes(out: &mut String, class: &str, cols: &[(usize, &str, Kind)]) {
    let _ = writeln!(out, "    <attributes class=\"{class}\" mode=\"static\">");
    for (_, name, kind) in cols {
        let _ = writeln!(
            out,
            "      <attribute id=\"{name}\" title=\"{name}\" type=\"{}\"/>",
            graphml_type(*kind)
        );
    }
    out.push_str("    </attributes>\n");
}

fn gexf_attvalues(out: &mut String, cols: &[(usize, &str, Kind)], values: &[Option<Value>]) {
    out.push_str("        <attvalues>\n");
    for (i, name, _) in cols {
        if let Some(v) = &values[*i] {
            let _ = writeln!(
                out,
                "          <attvalue for=\"{name}\" value=\"{}\"/>",
                xml(&v.text())
            );
        }
    }
    out.push_str("        </attvalues>\n");
}

fn gexf_nodes(out: &mut String, g: &CoGraph) {
    let cols = gexf_node_columns();
    let max_mentions = g
        .graph
        .node_weights()
        .map(|n| n.mentions)
        .max()
        .unwrap_or(1);
    let _ = writeln!(out, "    <nodes count=\"{}\">", g.graph.node_count());
    for n in g.graph.node_weights() {
        let _ = writeln!(
            out,
            "      <node id=\"{}\" label=\"{}\">",
            xml(&n.id),
            xml(&n.name)
        );
        gexf_attvalues(out, &cols, &node_values(n));
        let (r, gr, b) = rgb(colours(n.kind).0);
        let share = n.mentions as f64 / max_mentions.max(1) as f64;
        let _ = writeln!(out, "        <viz:color r=\"{r}\" g=\"{gr}\" b=\"{b}\"/>");
        let _ = writeln!(
            out,
            "        <viz:size value=\"{:.2}\"/>",
            10.0 + 40.0 * share.sqrt()
        );
        out.push_str("      </node>\n");
    }
    out.push_str("    </nodes>\n");
}

fn gexf_edges(out: &mut String, g: &CoGraph) {
    let cols = gexf_edge_columns();
    let _ = writeln!(out, "    <edges count=\"{}\">", g.graph.edge_count());
    for (i, e) in edge_rows(g).enumerate() {
        let weight = e.values[0].as_ref().map_or_else(String::new, Value::text);
        let _ = writeln!(
            out,
            "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" weight=\"{weight}\">",
            xml(e.source),
            xml(e.target)
        );
        gexf_attvalues(out, &cols, &e.values);
        out.push_str("      </edge>\n");
    }
    out.push_str("    </edges>\n");
}

/// `#56B4E9` → (86, 180, 233); black for anything else.
fn rgb(hex: &str) -> (u8, u8, u8) {
    let part = |i: usize| {
        hex.get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(0)
    };
    (part(1), part(3), part(5))
}

// ---------------------------------------------------------------------------
// CSV and JSON.

/// `nodes.csv`: a header `id,name,type,qid,description,aliases,mentions,documents`
/// and one row per entity, quoted as RFC 4180 requires.
pub fn nodes_csv(g: &CoGraph) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = std::iter::once("id").chain(NODE_COLUMNS.iter().map(|(n, _)| *n));
    w.write_record(header).map_err(csv_error)?;
    for n in g.graph.node_weights() {
        let cells = node_values(n).map(|v| v.map_or_else(String::new, |v| v.text()));
        let row = std::iter::once(n.id.as_str()).chain(cells.iter().map(String::as_str));
        w.write_record(row).map_err(csv_error)?;
    }
    w.into_inner().map_err(|e| csv_error(e.into_error().into()))
}

/// `edges.csv`: a header `source,target,weight,documents,npmi,count_sentence,
/// count_paragraph,count_document,evidence_total` and one row per relation.
pub fn edges_csv(g: &CoGraph) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = ["source", "target"]
        .into_iter()
        .chain(EDGE_COLUMNS.iter().map(|(n, _)| *n));
    w.write_record(header).map_err(csv_error)?;
    for e in edge_rows(g) {
        let cells = e.values.map(|v| v.map_or_else(String::new, |v| v.text()));
        let row = [e.source, e.target]
            .into_iter()
            .chain(cells.iter().map(String::as_str));
        w.write_record(row).map_err(csv_error)?;
    }
    w.into_inner().map_err(|e| csv_error(e.into_error().into()))
}

/// Writing CSV into memory fails only if the CSV writer itself does.
fn csv_error(e: csv::Error) -> Error {
    Error::io("<csv>", std::io::Error::other(e))
}

/// The graph as Cytoscape.js elements JSON:
/// `{"elements": {"nodes": [{"data": {"id", "name", "type", "qid",
/// "description", "aliases", "mentions", "documents"}}], "edges": [{"data":
/// {"id", "source", "target", "weight", "documents", "npmi",
/// "count_sentence", "count_paragraph", "count_document",
/// "evidence_total"}}]}}`. An edge's id is `source|target` (`|` never
/// occurs in entity ids); `aliases` is a list.
pub fn to_cytoscape(g: &CoGraph) -> Json {
    let nodes: Vec<Json> = g
        .graph
        .node_weights()
        .map(|n| {
            let mut data = Map::new();
            data.insert("id".into(), Json::from(n.id.as_str()));
            for ((name, _), v) in NODE_COLUMNS.iter().zip(node_values(n)) {
                data.insert((*name).into(), v.map_or(Json::Null, |v| v.json()));
            }
            data.insert("aliases".into(), json!(n.aliases));
            json!({ "data": data })
        })
        .collect();
    let edges: Vec<Json> = edge_rows(g)
        .map(|e| {
            let mut data = Map::new();
            data.insert("id".into(), json!(format!("{}|{}", e.source, e.target)));
            data.insert("source".into(), json!(e.source));
            data.insert("target".into(), json!(e.target));
            for ((name, _), v) in EDGE_COLUMNS.iter().zip(e.values) {
                data.insert((*name).into(), v.map_or(Json::Null, |v| v.json()));
            }
            json!({ "data": data })
        })
        .collect();
    json!({ "elements": { "nodes": nodes, "edges": edges } })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::EntityType;
    use crate::graph::{Edge, GraphOptions};

    /// Two entities whose names and descriptions need escaping everywhere.
    fn awkward() -> CoGraph {
        let mut g = CoGraph::new("hash", GraphOptions::default());
        g.info.units = [6, 4, 2];
        let node = |id: &str, name: &str, kind| Node {
            id: id.into(),
            name: name.into(),
            kind,
            qid: None,
            aliases: vec!["A, \"B\"".into(), "C".into()],
            description: Some("line one\nline <two> & 'three'".into()),
            mentions: 4,
            units: [3, 2, 1],
        };
        let a = g.push_node(node("at-t", "AT&T <\"Ma Bell\">", EntityType::Organization));
        let b = g.push_node(node("o-brien", "Conan O'Brien", EntityType::Person));
        let edge = Edge {
            counts: [2, 2, 1],
            documents: 1,
            evidence: Vec::new(),
            evidence_total: 2,
        };
        g.graph.add_edge(a, b, edge);
        g
    }

    #[test]
    fn xml_escapes_markup_quotes_and_line_breaks() {
        assert_eq!(
            xml("AT&T <\"x\"> 'y'\n\u{1}"),
            "AT&amp;T &lt;&quot;x&quot;&gt; &apos;y&apos;&#10;\u{FFFD}"
        );
    }

    #[test]
    fn graphml_round_trips_awkward_names() {
        let text = to_graphml(&awkward());
        let doc = roxmltree::Document::parse(&text).expect("well-formed GraphML");
        let names: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("data") && n.attribute("key") == Some("n_name"))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(names, ["AT&T <\"Ma Bell\">", "Conan O'Brien"]);
        let description = doc
            .descendants()
            .find(|n| n.attribute("key") == Some("n_description"))
            .and_then(|n| n.text());
        assert_eq!(description, Some("line one\nline <two> & 'three'"));
    }

    #[test]
    fn gexf_round_trips_awkward_names_in_attributes() {
        let text = to_gexf(&awkward());
        let doc = roxmltree::Document::parse(&text).expect("well-formed GEXF");
        let labels: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("node"))
            .filter_map(|n| n.attribute("label"))
            .collect();
        assert_eq!(labels, ["AT&T <\"Ma Bell\">", "Conan O'Brien"]);
        let description = doc
            .descendants()
            .find(|n| n.attribute("for") == Some("description"))
            .and_then(|n| n.attribute("value"));
        assert_eq!(description, Some("line one\nline <two> & 'three'"));
        let colour = doc
            .descendants()
            .find(|n| n.has_tag_name(("http://gexf.net/1.3/viz", "color")))
            .map(|n| (n.attribute("r"), n.attribute("g"), n.attribute("b")));
        // Organisation green #009E73.
        assert_eq!(colour, Some((Some("0"), Some("158"), Some("115"))));
    }

    #[test]
    fn csv_quotes_commas_quotes_and_line_breaks() {
        let text = String::from_utf8(nodes_csv(&awkward()).unwrap()).unwrap();
        let first = "at-t,\"AT&T <\"\"Ma Bell\"\">\",organization,,\"line one\nline <two> & 'three'\",\"A, \"\"B\"\"|C\",4,1";
        assert_eq!(
            text.lines().next(),
            Some("id,name,type,qid,description,aliases,mentions,documents")
        );
        assert!(text.contains(first), "{text}");
        let edges = String::from_utf8(edges_csv(&awkward()).unwrap()).unwrap();
        assert_eq!(
            edges.lines().nth(1),
            Some("at-t,o-brien,2,1,0.2619,2,2,1,2"),
            "{edges}"
        );
    }

    #[test]
    fn default_paths_sit_beside_the_graph() {
        let graph = Path::new("out/graph.json");
        let paths: Vec<PathBuf> = ExportFormat::ALL
            .iter()
            .map(|f| f.default_path(graph))
            .collect();
        assert_eq!(
            paths,
            [
                PathBuf::from("out/graph.graphml"),
                PathBuf::from("out/graph.gexf"),
                PathBuf::from("out"),
                PathBuf::from("out/graph.cyjs"),
            ]
        );
        assert_eq!(
            ExportFormat::Csv.default_path(Path::new("graph.json")),
            PathBuf::from(".")
        );
    }
}
