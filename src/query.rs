//! Questions to the graph: find an entity by any name, its neighbours, the
//! relation between two entities with its evidence, the shortest path, the
//! strongest relations.

use std::collections::{HashSet, VecDeque};

use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::gazetteer::EntityType;
use crate::graph::{CoGraph, Evidence};
use crate::normalize::fold;

/// Titles dropped from the front of a name that matches nothing as typed
/// (`President Zelensky`).
const TITLES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "pm",
    "chancellor",
    "secretary",
    "defense",
    "defence",
    "foreign",
    "state",
    "general",
    "gen",
    "gen.",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "king",
    "queen",
    "sir",
    "senator",
    "sen.",
    "vice",
    "chief",
    "leader",
    "the",
];

fn key(s: &str) -> String {
    fold(s)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Finds the node named `name`: by id, canonical name or any alias, ignoring
/// case and diacritics, then without leading titles. No match is an error
/// that suggests the nearest names; several matches are an error listing
/// them.
pub fn resolve(g: &CoGraph, name: &str) -> Result<NodeIndex> {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    loop {
        let wanted = key(&words.join(" "));
        let hits = matches(g, &wanted);
        match hits.len() {
            1 => return Ok(hits[0]),
            0 if words.len() > 1 && TITLES.contains(&words[0].to_lowercase().as_str()) => {
                words.remove(0);
            }
            0 => return Err(Error::Query(not_found(g, name))),
            _ => {
                let list: Vec<String> = hits
                    .iter()
                    .map(|&i| {
                        format!(
                            "{} ({}, {})",
                            g.graph[i].name, g.graph[i].id, g.graph[i].kind
                        )
                    })
                    .collect();
                return Err(Error::Query(format!(
                    "{name:?} matches several entities: {}; use the id",
                    list.join(", ")
                )));
            }
        }
    }
}

fn matches(g: &CoGraph, wanted: &str) -> Vec<NodeIndex> {
    if let Some(i) = g.node(wanted) {
        return vec![i];
    }
    let names = |i: NodeIndex| {
        let n = &g.graph[i];
        std::iter::once(&n.name).chain(&n.aliases).map(|a| key(a))
    };
    let by_name: Vec<NodeIndex> = g
        .graph
        .node_indices()
        .filter(|&i| key(&g.graph[i].name) == wanted)
        .collect();
    if !by_name.is_empty() {
        return by_name;
    }
    g.graph
        .node_indices()
        .filter(|&i| names(i).any(|a| a == wanted))
        .collect()
}

fn not_found(g: &CoGraph, name: &str) -> String {
    let wanted = key(name);
    let mut scored: Vec<(f64, &str)> = g
        .graph
        .node_weights()
        .map(|n| {
            let best = std::iter::once(&n.name)
                .chain(&n.aliases)
                .map(|a| strsim::jaro_winkler(&wanted, &key(a)))
                .fold(0.0, f64::max);
            (best, n.name.as_str())
        })
        .filter(|(s, _)| *s > 0.75)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    let names: Vec<&str> = scored.iter().take(5).map(|(_, n)| *n).collect();
    if names.is_empty() {
        format!("no entity named {name:?} in the graph")
    } else {
        format!(
            "no entity named {name:?} in the graph; did you mean: {}?",
            names.join(", ")
        )
    }
}

/// What to rank relations by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RankBy {
    /// Co-occurrences in the graph's window.
    #[default]
    Count,
    /// NPMI.
    Npmi,
    /// Documents.
    Docs,
}

/// One relation as reported by queries.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RelationRow {
    /// One entity's id.
    pub source: String,
    /// One entity's name.
    pub source_name: String,
    /// One entity's type.
    pub source_type: EntityType,
    /// The other entity's id.
    pub target: String,
    /// The other entity's name.
    pub target_name: String,
    /// The other entity's type (for neighbour lists).
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Co-occurrences in the graph's window.
    pub weight: u64,
    /// Documents.
    pub documents: u64,
    /// NPMI.
    pub npmi: f64,
}

fn row(g: &CoGraph, from: NodeIndex, to: NodeIndex, e: EdgeIndex) -> RelationRow {
    let w = g.info.window.index();
    let edge = &g.graph[e];
    RelationRow {
        source: g.graph[from].id.clone(),
        source_name: g.graph[from].name.clone(),
        source_type: g.graph[from].kind,
        target: g.graph[to].id.clone(),
        target_name: g.graph[to].name.clone(),
        kind: g.graph[to].kind,
        weight: edge.counts[w],
        documents: edge.documents,
        npmi: (g.npmi(e) * 1e4).round() / 1e4,
    }
}

fn rank(rows: &mut [RelationRow], by: RankBy) {
    rows.sort_by(|a, b| {
        let primary = match by {
            RankBy::Count => b.weight.cmp(&a.weight),
            RankBy::Docs => b.documents.cmp(&a.documents),
            RankBy::Npmi => b.npmi.total_cmp(&a.npmi),
        };
        primary
            .then(b.weight.cmp(&a.weight))
            .then_with(|| (&a.source, &a.target).cmp(&(&b.source, &b.target)))
    });
}

/// Filters for relation lists.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Keep only these types (of the neighbour, or of both ends for `top`).
    pub types: Vec<EntityType>,
    /// Minimum weight.
    pub min_weight: u64,
    /// At most this many rows (0: all).
    pub limit: usize,
    /// Ranking.
    pub by: RankBy,
}

impl Filter {
    fn keeps(&self, kind: EntityType, weight: u64) -> bool {
        (self.types.is_empty() || self.types.contains(&kind)) && weight >= self.min_weight
    }

    fn cut(&self, rows: &mut Vec<RelationRow>) {
        rank(rows, self.by);
        if self.limit > 0 {
            rows.truncate(self.limit);
        }
    }
}

/// The neighbours of `node`, ranked.
///
/// Complexity: O(d log d) for degree d.
pub fn neighbors(g: &CoGraph, node: NodeIndex, filter: &Filter) -> Vec<RelationRow> {
    let mut rows: Vec<RelationRow> = g
        .graph
        .edges(node)
        .map(|e| row(g, node, e.target(), e.id()))
        .filter(|r| filter.keeps(r.kind, r.weight))
        .collect();
    filter.cut(&mut rows);
    rows
}

/// The strongest relations of the whole graph; with type filters, both ends
/// must be of a listed type.
///
/// Complexity: O(E log E).
pub fn top(g: &CoGraph, filter: &Filter) -> Vec<RelationRow> {
    let mut rows: Vec<RelationRow> = g
        .graph
        .edge_references()
        .map(|e| row(g, e.source(), e.target(), e.id()))
        .filter(|r| {
            let src = g.node(&r.source).map(|i| g.graph[i].kind);
            filter.keeps(r.kind, r.weight) && src.is_some_and(|k| filter.keeps(k, r.weight))
        })
        .collect();
    filter.cut(&mut rows);
    rows
}

/// The relation between two entities, with its evidence.
#[derive(Debug, Clone, Serialize)]
pub struct Relation {
    /// Weights and names.
    #[serde(flatten)]
    pub row: RelationRow,
    /// Co-occurrences per window size: sentence, paragraph, document.
    pub counts: [u64; 3],
    /// Evidence items that exist.
    pub evidence_total: u64,
    /// The evidence kept.
    pub evidence: Vec<Evidence>,
}

/// The relation between `a` and `b`, or `None` when they never co-occur.
pub fn relation(g: &CoGraph, a: NodeIndex, b: NodeIndex) -> Option<Relation> {
    let e = g.graph.find_edge(a, b)?;
    let edge = &g.graph[e];
    Some(Relation {
        row: row(g, a, b, e),
        counts: edge.counts,
        evidence_total: edge.evidence_total,
        evidence: edge.evidence.clone(),
    })
}

/// One hop of a path, with one sentence of evidence.
#[derive(Debug, Clone, Serialize)]
pub struct Hop {
    /// The relation.
    #[serde(flatten)]
    pub row: RelationRow,
    /// The first piece of evidence for it.
    pub evidence: Option<Evidence>,
}

/// The shortest path from `a` to `b` in hops; among shortest paths, the one
/// with the largest total weight (then the smallest ids). `None` when they
/// are not connected.
///
/// Complexity: O(V + E) time and O(V) space (a BFS, then a pass over the
/// BFS layers).
pub fn path(g: &CoGraph, a: NodeIndex, b: NodeIndex) -> Option<Vec<Hop>> {
    let n = g.graph.node_count();
    let w = g.info.window.index();
    let mut dist = vec![usize::MAX; n];
    let mut order = Vec::with_capacity(n);
    let mut queue = VecDeque::from([a]);
    dist[a.index()] = 0;
    while let Some(u) = queue.pop_front() {
        order.push(u);
        for v in g.graph.neighbors(u) {
            if dist[v.index()] == usize::MAX {
                dist[v.index()] = dist[u.index()] + 1;
                queue.push_back(v);
            }
        }
    }
    if dist[b.index()] == usize::MAX {
        return None;
    }
    // best[v]: the heaviest shortest path from a to v, as (total, predecessor).
    let mut best: Vec<(u64, Option<NodeIndex>)> = vec![(0, None); n];
    for &v in order.iter().skip(1) {
        let mut choice: Option<(u64, NodeIndex)> = None;
        for e in g.graph.edges(v) {
            let u = e.target();
            if dist[u.index()] + 1 != dist[v.index()] {
                continue;
            }
            let total = best[u.index()].0 + e.weight().counts[w];
            let better = match choice {
                None => true,
                Some((t, p)) => total > t || (total == t && g.graph[u].id < g.graph[p].id),
            };
            if better {
                choice = Some((total, u));
            }
        }
        if let Some((t, p)) = choice {
            best[v.index()] = (t, Some(p));
        }
    }
    let mut nodes = vec![b];
    while let Some(p) = best[nodes.last().expect("non-empty").index()].1 {
        nodes.push(p);
    }
    nodes.reverse();
    let hops = nodes
        .windows(2)
        .map(|pair| {
            let e = g.graph.find_edge(pair[0], pair[1]).expect("path edge");
            Hop {
                row: row(g, pair[0], pair[1], e),
                evidence: g.graph[e].evidence.first().cloned(),
            }
        })
        .collect();
    Some(hops)
}

/// An entity's card.
#[derive(Debug, Clone, Serialize)]
pub struct EntityCard {
    /// Id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Wikidata QID.
    pub qid: Option<String>,
    /// Aliases.
    pub aliases: Vec<String>,
    /// Description.
    pub description: Option<String>,
    /// Mentions.
    pub mentions: u64,
    /// Documents.
    pub documents: u64,
    /// Strongest neighbours.
    pub neighbors: Vec<RelationRow>,
}

/// What the graph knows of one entity, with its `limit` strongest neighbours.
pub fn entity(g: &CoGraph, node: NodeIndex, limit: usize) -> EntityCard {
    let n = &g.graph[node];
    let filter = Filter {
        limit,
        ..Filter::default()
    };
    EntityCard {
        id: n.id.clone(),
        name: n.name.clone(),
        kind: n.kind,
        qid: n.qid.clone(),
        aliases: n.aliases.clone(),
        description: n.description.clone(),
        mentions: n.mentions,
        documents: n.units[2],
        neighbors: neighbors(g, node, &filter),
    }
}

/// The nodes within `depth` hops of `node` (itself included).
///
/// Complexity: O(V + E).
pub fn neighbourhood(g: &CoGraph, node: NodeIndex, depth: usize) -> HashSet<NodeIndex> {
    let mut seen = HashSet::from([node]);
    let mut frontier = vec![node];
    for _ in 0..depth {
        let mut next = Vec::new();
        for u in frontier {
            for v in g.graph.neighbors(u) {
                if seen.insert(v) {
                    next.push(v);
                }
            }
        }
        frontier = next;
    }
    seen
}

/// How to cut a graph down for drawing.
#[derive(Debug, Clone, Default)]
pub struct Prune {
    /// Keep only these nodes.
    pub nodes: Option<HashSet<NodeIndex>>,
    /// Keep only these types (empty: all).
    pub types: Vec<EntityType>,
    /// Keep only edges of at least this weight.
    pub min_weight: u64,
    /// Keep only the N strongest edges (then drop nodes left alone, unless
    /// the graph has no edges at all).
    pub top: Option<usize>,
}

/// A copy of `g` with only what `p` keeps, in canonical order.
pub fn prune(g: &CoGraph, p: &Prune) -> CoGraph {
    let w = g.info.window.index();
    let keep_node = |i: NodeIndex| {
        p.nodes.as_ref().is_none_or(|s| s.contains(&i))
            && (p.types.is_empty() || p.types.contains(&g.graph[i].kind))
    };
    let mut edges: Vec<EdgeIndex> = g
        .graph
        .edge_indices()
        .filter(|&e| {
            let (a, b) = g.graph.edge_endpoints(e).expect("edge");
            keep_node(a) && keep_node(b) && g.graph[e].counts[w] >= p.min_weight
        })
        .collect();
    let mut nodes: Vec<NodeIndex> = g.graph.node_indices().filter(|&i| keep_node(i)).collect();
    if let Some(n) = p.top {
        edges.sort_by_key(|&e| (std::cmp::Reverse(g.graph[e].counts[w]), e.index()));
        edges.truncate(n);
        edges.sort();
        let ends: HashSet<NodeIndex> = edges
            .iter()
            .flat_map(|&e| {
                let (a, b) = g.graph.edge_endpoints(e).expect("edge");
                [a, b]
            })
            .collect();
        if !ends.is_empty() {
            nodes.retain(|i| ends.contains(i));
        }
    }
    let mut out = CoGraph::new(&g.info.gazetteer_hash, g.options());
    out.info = g.info.clone();
    let mut map = std::collections::HashMap::new();
    for i in nodes {
        map.insert(i, out.push_node(g.graph[i].clone()));
    }
    for e in edges {
        let (a, b) = g.graph.edge_endpoints(e).expect("edge");
        if let (Some(&x), Some(&y)) = (map.get(&a), map.get(&b)) {
            out.graph.add_edge(x, y, g.graph[e].clone());
        }
    }
    out
}
