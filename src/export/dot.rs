//! DOT, built as a `graphviz-rust` syntax tree in a fixed order (petgraph's
//! own `Dot` printer is for debugging and may change between versions).
//!
//! Drawing choices: colour says the type (Okabe–Ito colours, distinguishable
//! with colour-blindness), box size says how often an entity is mentioned,
//! line width says how often two entities co-occur; a legend is drawn as the
//! graph's label so it works with every layout engine. Labels sit inside
//! boxes, so they never overlap other nodes when `overlap=false`.

use graphviz_rust::dot_structures::{
    Attribute, Edge as DotEdge, EdgeTy, Graph, GraphAttributes, Id, Node as DotNode, NodeId, Stmt,
    Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use crate::gazetteer::EntityType;
use crate::graph::CoGraph;

/// Drawing options.
#[derive(Debug, Clone)]
pub struct DotOptions {
    /// Write the co-occurrence count on each edge.
    pub edge_labels: bool,
    /// Layout engine recorded in the file (`layout=`), used by plain `dot -T…`.
    pub layout: String,
    /// An entity id drawn with a heavy black border (the `--focus`).
    pub highlight: Option<String>,
}

impl Default for DotOptions {
    fn default() -> Self {
        DotOptions {
            edge_labels: false,
            layout: "neato".into(),
            highlight: None,
        }
    }
}

/// Fill colour and font colour for a type.
pub(crate) fn colours(kind: EntityType) -> (&'static str, &'static str) {
    match kind {
        EntityType::Country => ("#56B4E9", "#000000"),
        EntityType::Person => ("#E69F00", "#000000"),
        EntityType::Organization => ("#009E73", "#FFFFFF"),
    }
}

/// `1 document`, `2 documents`.
fn count(n: u64, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        _ => format!("{n} {noun}s"),
    }
}

fn quoted(s: &str) -> Id {
    let escaped = s
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n");
    Id::Escaped(format!("\"{escaped}\""))
}

fn attr(key: &str, value: Id) -> Attribute {
    Attribute(Id::Plain(key.into()), value)
}

fn plain(v: impl ToString) -> Id {
    Id::Plain(v.to_string())
}

/// The graph as a DOT document.
pub fn to_dot(g: &CoGraph, options: &DotOptions) -> String {
    let mut stmts: Vec<Stmt> = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("layout", quoted(&options.layout)),
            attr("overlap", plain("false")),
            attr("splines", plain("true")),
            attr("sep", quoted("+14")),
            attr("outputorder", plain("edgesfirst")),
            attr("pad", plain("0.4")),
            attr("bgcolor", quoted("white")),
            attr("fontname", quoted("Helvetica")),
            attr("labelloc", plain("b")),
            attr("label", Id::Html(legend())),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("shape", plain("box")),
            attr("style", quoted("rounded,filled")),
            attr("fontname", quoted("Helvetica")),
            attr("color", quoted("#333333")),
            attr("penwidth", plain("0.8")),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("color", quoted("#55555599")),
            attr("fontname", quoted("Helvetica")),
            attr("fontsize", plain("9")),
        ])),
    ];
    let max_mentions = g
        .graph
        .node_weights()
        .map(|n| n.mentions)
        .max()
        .unwrap_or(1)
        .max(1);
    for n in g.graph.node_weights() {
        let (fill, font) = colours(n.kind);
        let scale = (n.mentions as f64 / max_mentions as f64).sqrt();
        let tooltip = format!(
            "{} ({}): {} in {}",
            n.name,
            n.kind,
            count(n.mentions, "mention"),
            count(n.units[2], "document")
        );
        let mut attrs = vec![
            attr("label", quoted(&n.name)),
            attr("fillcolor", quoted(fill)),
            attr("fontcolor", quoted(font)),
            attr("fontsize", plain(format!("{:.1}", 10.0 + 16.0 * scale))),
            attr(
                "margin",
                quoted(&format!(
                    "{:.2},{:.2}",
                    0.08 + 0.2 * scale,
                    0.04 + 0.1 * scale
                )),
            ),
            attr("tooltip", quoted(&tooltip)),
        ];
        if options.highlight.as_deref() == Some(n.id.as_str()) {
            attrs.push(attr("penwidth", plain(4)));
            attrs.push(attr("color", quoted("#000000")));
        }
        stmts.push(Stmt::Node(DotNode::new(NodeId(quoted(&n.id), None), attrs)));
    }
    let w = g.info.window.index();
    let max_weight = g
        .edges()
        .map(|(_, _, e, _)| e.counts[w])
        .max()
        .unwrap_or(1)
        .max(1);
    for (a, b, e, npmi) in g.edges() {
        let weight = e.counts[w];
        let mut attrs = vec![
            attr(
                "penwidth",
                plain(format!(
                    "{:.2}",
                    0.6 + 6.0 * weight as f64 / max_weight as f64
                )),
            ),
            attr("weight", plain(weight)),
            attr(
                "tooltip",
                quoted(&format!(
                    "{} – {}: {} in {}, NPMI {npmi:.2}",
                    g.graph[a].name,
                    g.graph[b].name,
                    count(weight, "co-occurrence"),
                    count(e.documents, "document")
                )),
            ),
        ];
        if options.edge_labels {
            attrs.push(attr("label", quoted(&weight.to_string())));
        }
        stmts.push(Stmt::Edge(DotEdge {
            ty: EdgeTy::Pair(
                Vertex::N(NodeId(quoted(&g.graph[a].id), None)),
                Vertex::N(NodeId(quoted(&g.graph[b].id), None)),
            ),
            attributes: attrs,
        }));
    }
    let graph = Graph::Graph {
        id: quoted("kg"),
        strict: false,
        stmts,
    };
    let mut ctx = PrinterContext::default();
    let mut out = graph.print(&mut ctx);
    out.push('\n');
    out
}

fn legend() -> String {
    let cell = |kind: EntityType| {
        let (fill, font) = colours(kind);
        format!(r#"<TD BGCOLOR="{fill}"><FONT COLOR="{font}">&nbsp;{kind}&nbsp;</FONT></TD>"#)
    };
    format!(
        r#"<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="6" CELLPADDING="4"><TR>{}{}{}<TD BORDER="0"><FONT POINT-SIZE="11">box size: mentions · line width: co-occurrences</FONT></TD></TR></TABLE>>"#,
        cell(EntityType::Country),
        cell(EntityType::Person),
        cell(EntityType::Organization)
    )
}
