//! Node-link JSON: the shape `networkx.node_link_graph(data, edges="links")`
//! reads unchanged, and D3 force layouts expect. The schema is versioned;
//! see the README for every field.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::gazetteer::EntityType;
use crate::graph::{BuildInfo, CoGraph, Edge, Evidence, Node, Window};

/// The version of the JSON schema written by this build.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GraphJson {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Always false: co-occurrence is symmetric.
    pub directed: bool,
    /// Always false: one edge per pair.
    pub multigraph: bool,
    /// What built the graph.
    pub graph: BuildInfo,
    /// Entities, sorted by id.
    pub nodes: Vec<NodeJson>,
    /// Relations, sorted by (source, target), source < target.
    pub links: Vec<LinkJson>,
}

/// One entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeJson {
    /// Entity id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// `country`, `person` or `organization`.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Wikidata QID or null.
    pub qid: Option<String>,
    /// Other names.
    pub aliases: Vec<String>,
    /// Description or null.
    pub description: Option<String>,
    /// Mentions in the corpus.
    pub mentions: u64,
    /// Documents that mention it.
    pub documents: u64,
    /// Units per window that mention it.
    pub units: BTreeMap<Window, u64>,
}

/// One relation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkJson {
    /// Entity id (the smaller).
    pub source: String,
    /// Entity id (the larger).
    pub target: String,
    /// Co-occurrences in the graph's window (what networkx uses as weight).
    pub weight: u64,
    /// Documents where they co-occur within the window.
    pub documents: u64,
    /// NPMI in the graph's window, rounded to 4 decimals.
    pub npmi: f64,
    /// Co-occurrences per window size.
    pub counts: BTreeMap<Window, u64>,
    /// Evidence items that exist (`evidence` holds at most `max_evidence`).
    pub evidence_total: u64,
    /// Where they co-occur.
    pub evidence: Vec<Evidence>,
}

use crate::graph::units_by_name::{from_map as from_per_window, to_map as per_window};

impl Serialize for Window {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Window {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Window, D::Error> {
        let s = String::deserialize(d)?;
        Window::ALL
            .into_iter()
            .find(|w| w.as_str() == s)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown window {s:?}")))
    }
}

impl Ord for Window {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.index().cmp(&other.index())
    }
}

impl PartialOrd for Window {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The JSON form of a graph (call on a [`CoGraph::sorted`] graph for
/// canonical order).
pub fn to_json(g: &CoGraph) -> GraphJson {
    let nodes = g
        .graph
        .node_weights()
        .map(|n| NodeJson {
            id: n.id.clone(),
            name: n.name.clone(),
            kind: n.kind,
            qid: n.qid.clone(),
            aliases: n.aliases.clone(),
            description: n.description.clone(),
            mentions: n.mentions,
            documents: n.units[Window::Document.index()],
            units: per_window(n.units),
        })
        .collect();
    let w = g.info.window.index();
    let links = g
        .edges()
        .map(|(a, b, e, npmi)| LinkJson {
            source: g.graph[a].id.clone(),
            target: g.graph[b].id.clone(),
            weight: e.counts[w],
            documents: e.documents,
            npmi: (npmi * 1e4).round() / 1e4,
            counts: per_window(e.counts),
            evidence_total: e.evidence_total,
            evidence: e.evidence.clone(),
        })
        .collect();
    GraphJson {
        schema_version: SCHEMA_VERSION,
        directed: false,
        multigraph: false,
        graph: g.info.clone(),
        nodes,
        links,
    }
}

impl GraphJson {
    /// Rebuilds the graph, checking that every link names known nodes.
    pub fn into_graph(self, path: &Path) -> Result<CoGraph> {
        let bad = |message: String| Error::GraphFile {
            path: path.to_path_buf(),
            message,
        };
        if self.schema_version != SCHEMA_VERSION {
            return Err(bad(format!(
                "schema_version {} is not supported (this kg reads version {SCHEMA_VERSION}): \
                 rebuild the graph with this kg (`kg build`)",
                self.schema_version
            )));
        }
        let mut g = CoGraph::new(&self.graph.gazetteer_hash, Default::default());
        g.info = self.graph;
        let mut index = HashMap::new();
        for n in self.nodes {
            if index.contains_key(&n.id) {
                return Err(bad(format!("node {:?} appears twice", n.id)));
            }
            let id = n.id.clone();
            let idx = g.push_node(Node {
                id: n.id,
                name: n.name,
                kind: n.kind,
                qid: n.qid,
                aliases: n.aliases,
                description: n.description,
                mentions: n.mentions,
                units: from_per_window(&n.units),
            });
            index.insert(id, idx);
        }
        for l in self.links {
            let (Some(&a), Some(&b)) = (index.get(&l.source), index.get(&l.target)) else {
                return Err(bad(format!(
                    "link {} – {} names a node that is not in `nodes`",
                    l.source, l.target
                )));
            };
            g.graph.add_edge(
                a,
                b,
                Edge {
                    counts: from_per_window(&l.counts),
                    documents: l.documents,
                    evidence: l.evidence,
                    evidence_total: l.evidence_total,
                },
            );
        }
        Ok(g)
    }
}

/// Reads a `graph.json` written by `kg build`.
pub fn read_graph(path: &Path) -> Result<CoGraph> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let json: GraphJson = serde_json::from_slice(&bytes).map_err(|e| Error::GraphFile {
        path: path.to_path_buf(),
        message: format!(
            "not a kg graph ({e}): the file is corrupt or truncated; rebuild it with `kg build`"
        ),
    })?;
    json.into_graph(path)
}
