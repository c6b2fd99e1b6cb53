//! Mentions → a weighted co-occurrence graph with evidence.
//!
//! Nodes are entities; an edge joins two entities that appear together in a
//! *window* (a sentence, a paragraph or a document). Every edge counts its
//! co-occurrences at all three window sizes in the same pass (they nest, so
//! this costs one intersection per level), keeps the number of documents and
//! up to `max_evidence` pieces of evidence (the first ones by document id and
//! position), with the total still counted.
//!
//! Everything stored is a count or an ordered, capped list, so two partial
//! graphs built from disjoint shards [`merge`](CoGraph::merge) into exactly
//! the graph built from the union; the association score (NPMI) is derived
//! from the merged counts when it is read, never stored.

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::gazetteer::{Entity, EntityType};
use crate::matcher::{Mention, MentionKind};
use crate::segment::Segments;
use rustc_hash::FxHashMap as FastMap;

/// The unit within which two mentions co-occur.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Window {
    /// The same sentence (the default: the tightest evidence).
    #[default]
    Sentence,
    /// The same paragraph.
    Paragraph,
    /// The same document.
    Document,
}

impl Window {
    /// All windows, smallest first.
    pub const ALL: [Window; 3] = [Window::Sentence, Window::Paragraph, Window::Document];

    /// Position in per-window count arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Window::Sentence => "sentence",
            Window::Paragraph => "paragraph",
            Window::Document => "document",
        }
    }
}

/// Counts per window, indexed by [`Window::index`].
pub type PerWindow = [u64; 3];

/// An entity in the graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Entity id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Entity type.
    pub kind: EntityType,
    /// Wikidata QID.
    pub qid: Option<String>,
    /// Aliases (plain and context), for name lookup in queries.
    pub aliases: Vec<String>,
    /// Description from the gazetteer.
    pub description: Option<String>,
    /// Number of mentions.
    pub mentions: u64,
    /// Number of sentences, paragraphs and documents that mention it.
    pub units: PerWindow,
}

/// Keeps the smaller of two names of one id, with its aliases, so a
/// graph does not depend on the order documents came in. Only people the
/// gazetteer does not list have an id that several names may give (`Jane
/// DOE` in a credit, `Jane Doe` in the text).
fn prefer_name(node: &mut Node, name: &str, aliases: impl FnOnce() -> Vec<String>) {
    if name < node.name.as_str() {
        node.name = name.to_string();
        node.aliases = aliases();
    }
}

/// A piece of evidence: where two entities co-occur.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// Document id.
    pub doc: String,
    /// Index of the first sentence of the span within the document.
    pub sentence: usize,
    /// Byte offset of the span in the document.
    pub start: usize,
    /// Byte offset after the span.
    pub end: usize,
    /// The text of the span (cut at [`EVIDENCE_TEXT_MAX`] bytes).
    pub text: String,
}

/// Longest evidence text kept, in bytes; longer spans are cut with `…`.
pub const EVIDENCE_TEXT_MAX: usize = 600;

/// A co-occurrence relation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Edge {
    /// Co-occurrence counts per window size (units holding both entities).
    pub counts: PerWindow,
    /// Documents in which the pair co-occurs within the graph's window.
    pub documents: u64,
    /// Evidence, sorted by document and position, capped.
    pub evidence: Vec<Evidence>,
    /// How many pieces of evidence exist (the count in the graph's window).
    pub evidence_total: u64,
}

/// What built a graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BuildInfo {
    /// Always `kg`.
    pub tool: String,
    /// The tool's version.
    pub version: String,
    /// SHA-256 of the gazetteer sources.
    pub gazetteer_hash: String,
    /// The window that defines edges.
    pub window: Window,
    /// Evidence cap per edge.
    pub max_evidence: usize,
    /// Whether demonyms count as mentions of their country.
    pub demonyms_as_country: bool,
    /// Documents read.
    pub documents: u64,
    /// Mentions counted in the graph.
    pub mentions: u64,
    /// Number of sentences, paragraphs and documents in the corpus.
    #[serde(with = "units_by_name")]
    pub units: PerWindow,
}

/// Per-window counts appear in JSON as `{"sentence": n, "paragraph": n,
/// "document": n}`, not as a bare array.
pub(crate) mod units_by_name {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{PerWindow, Window};

    pub fn to_map(units: PerWindow) -> BTreeMap<Window, u64> {
        Window::ALL.iter().map(|w| (*w, units[w.index()])).collect()
    }

    pub fn from_map(map: &BTreeMap<Window, u64>) -> PerWindow {
        let mut out = [0; 3];
        for (w, n) in map {
            out[w.index()] = *n;
        }
        out
    }

    pub fn serialize<S: Serializer>(units: &PerWindow, s: S) -> Result<S::Ok, S::Error> {
        to_map(*units).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<PerWindow, D::Error> {
        BTreeMap::<Window, u64>::deserialize(d).map(|m| from_map(&m))
    }
}

/// Options that define a build; graphs merge only when these agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GraphOptions {
    /// The window that defines edges.
    pub window: Window,
    /// Evidence cap per edge.
    pub max_evidence: usize,
    /// Count demonyms (`Ukrainian`) as mentions of their country.
    pub demonyms_as_country: bool,
}

impl Default for GraphOptions {
    fn default() -> Self {
        GraphOptions {
            window: Window::Sentence,
            max_evidence: 10,
            demonyms_as_country: false,
        }
    }
}

/// The co-occurrence graph: a `petgraph` undirected graph plus an index by
/// entity id and the build information.
#[derive(Debug, Clone)]
pub struct CoGraph {
    /// The graph. After [`CoGraph::sorted`], nodes are in id order and
    /// edges in (source id, target id) order with source < target.
    pub graph: UnGraph<Node, Edge>,
    index: FastMap<String, NodeIndex>,
    /// What built it.
    pub info: BuildInfo,
}

/// The mentions of one document, with what the graph needs to place them.
pub struct DocInput<'a> {
    /// Document id.
    pub id: &'a str,
    /// Document text.
    pub text: &'a str,
    /// Its segmentation.
    pub segments: &'a Segments,
    /// Its mentions, sorted.
    pub mentions: &'a [Mention],
}

impl CoGraph {
    /// An empty graph for a build with these options.
    pub fn new(gazetteer_hash: &str, options: GraphOptions) -> CoGraph {
        CoGraph {
            graph: UnGraph::default(),
            index: FastMap::default(),
            info: BuildInfo {
                tool: "kg".into(),
                version: env!("CARGO_PKG_VERSION").into(),
                gazetteer_hash: gazetteer_hash.into(),
                window: options.window,
                max_evidence: options.max_evidence,
                demonyms_as_country: options.demonyms_as_country,
                documents: 0,
                mentions: 0,
                units: [0; 3],
            },
        }
    }

    /// The options this graph was built with.
    pub fn options(&self) -> GraphOptions {
        GraphOptions {
            window: self.info.window,
            max_evidence: self.info.max_evidence,
            demonyms_as_country: self.info.demonyms_as_country,
        }
    }

    /// The node index of an entity id.
    pub fn node(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// Adds one document. `entity` gives the gazetteer entry of a mention's
    /// entity index.
    ///
    /// Complexity: O(m log m + p · u) for m mentions, p pairs of entities
    /// that share a unit of the graph's window, spread over u units.
    pub fn add_document<'e>(&mut self, doc: &DocInput, entity: impl Fn(usize) -> &'e Entity) {
        self.info.documents += 1;
        self.info.units[0] += doc.segments.sentences.len() as u64;
        self.info.units[1] += doc.segments.paragraphs.len() as u64;
        self.info.units[2] += 1;
        let mut places: Vec<(usize, Places)> = self.places(doc).into_iter().collect();
        places.sort_by(|a, b| entity(a.0).id.cmp(&entity(b.0).id));
        let nodes: Vec<NodeIndex> = places
            .iter()
            .map(|(e, p)| {
                let idx = self.node_for(entity(*e));
                let node = &mut self.graph[idx];
                node.mentions += p.mentions;
                for (n, w) in node.units.iter_mut().zip(Window::ALL) {
                    *n += p.units(w).len() as u64;
                }
                idx
            })
            .collect();
        self.info.mentions += places.iter().map(|(_, p)| p.mentions).sum::<u64>();
        for (i, j, shared) in sharing_pairs(&places, self.info.window) {
            let (a, b) = (&places[i].1, &places[j].1);
            self.add_pair(doc, (nodes[i], nodes[j]), (a, b), shared);
        }
    }

    /// Where each entity is mentioned in a document, by entity index.
    fn places(&self, doc: &DocInput) -> FastMap<usize, Places> {
        let mut places: FastMap<usize, Places> = FastMap::default();
        for m in doc.mentions {
            if m.kind == MentionKind::Demonym && !self.info.demonyms_as_country {
                continue;
            }
            let p = places.entry(m.entity).or_default();
            p.mentions += 1;
            if p.sentences.last() != Some(&m.sentence) {
                p.sentences.push(m.sentence);
            }
        }
        for p in places.values_mut() {
            p.index_paragraphs(doc.segments);
        }
        places
    }

    /// Adds a pair that shares `shared` units of the graph's window.
    fn add_pair(
        &mut self,
        doc: &DocInput,
        (na, nb): (NodeIndex, NodeIndex),
        (a, b): (&Places, &Places),
        shared: u64,
    ) {
        let window = self.info.window;
        let mut counts = [0u64; 3];
        for w in Window::ALL {
            counts[w.index()] = if w == window {
                shared
            } else {
                count_common(a.units(w), b.units(w))
            };
        }
        let cap = self.info.max_evidence;
        let e = self.edge_for(na, nb);
        let edge = &mut self.graph[e];
        for (c, n) in edge.counts.iter_mut().zip(counts) {
            *c += n;
        }
        edge.documents += 1;
        edge.evidence_total += counts[window.index()];
        // Evidence is kept in (document id, position) order: when the edge
        // is full and this document sorts after the last piece kept, none of
        // its evidence would survive, so none is built.
        let full_and_after = edge.evidence.len() >= cap
            && edge
                .evidence
                .last()
                .is_some_and(|last| last.doc.as_str() < doc.id);
        if cap == 0 || full_and_after {
            return;
        }
        let shared = common(a.units(window), b.units(window), cap);
        let evidence: Vec<Evidence> = shared
            .into_iter()
            .map(|unit| evidence_in(doc, window, unit, a, b))
            .collect();
        merge_evidence(&mut edge.evidence, evidence, cap);
    }

    fn node_for(&mut self, e: &Entity) -> NodeIndex {
        if let Some(&idx) = self.index.get(&e.id) {
            prefer_name(&mut self.graph[idx], &e.name, || e.context_aliases.clone());
            return idx;
        }
        let aliases = e
            .aliases
            .iter()
            .chain(&e.context_aliases)
            .chain(&e.country_aliases)
            .cloned()
            .collect();
        let node = Node {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind,
            qid: e.qid.clone(),
            aliases,
            description: e.meta.get("description").cloned(),
            mentions: 0,
            units: [0; 3],
        };
        self.insert_node(node)
    }

    fn insert_node(&mut self, node: Node) -> NodeIndex {
        let id = node.id.clone();
        let idx = self.graph.add_node(node);
        self.index.insert(id, idx);
        idx
    }

    fn edge_for(&mut self, a: NodeIndex, b: NodeIndex) -> petgraph::graph::EdgeIndex {
        match self.graph.find_edge(a, b) {
            Some(e) => e,
            None => self.graph.add_edge(a, b, Edge::default()),
        }
    }

    /// Adds `other` into `self`. Both must come from the same gazetteer and
    /// options; the result is the graph of the union of their documents.
    pub fn merge(&mut self, other: CoGraph) -> Result<()> {
        self.check_compatible(&other)?;
        self.absorb(other);
        Ok(())
    }

    /// [`merge`](CoGraph::merge) for graphs known to share their settings
    /// (the shards of one build).
    pub(crate) fn absorb(&mut self, other: CoGraph) {
        let info = &other.info;
        self.info.documents += info.documents;
        self.info.mentions += info.mentions;
        for (mine, theirs) in self.info.units.iter_mut().zip(info.units) {
            *mine += theirs;
        }
        let (nodes, edges) = other.graph.into_nodes_edges();
        let mut map = Vec::with_capacity(nodes.len());
        for n in nodes {
            let n = n.weight;
            let idx = match self.index.get(&n.id) {
                Some(&idx) => {
                    let mine = &mut self.graph[idx];
                    prefer_name(mine, &n.name, || n.aliases.clone());
                    mine.mentions += n.mentions;
                    for (m, t) in mine.units.iter_mut().zip(n.units) {
                        *m += t;
                    }
                    idx
                }
                None => self.insert_node(n),
            };
            map.push(idx);
        }
        let cap = self.info.max_evidence;
        for e in edges {
            let (a, b) = (map[e.source().index()], map[e.target().index()]);
            let idx = self.edge_for(a, b);
            let mine = &mut self.graph[idx];
            let theirs = e.weight;
            for (m, t) in mine.counts.iter_mut().zip(theirs.counts) {
                *m += t;
            }
            mine.documents += theirs.documents;
            mine.evidence_total += theirs.evidence_total;
            merge_evidence(&mut mine.evidence, theirs.evidence, cap);
        }
    }

    fn check_compatible(&self, other: &CoGraph) -> Result<()> {
        let (a, b) = (&self.info, &other.info);
        let what = if a.gazetteer_hash != b.gazetteer_hash {
            "gazetteers"
        } else if self.options() != other.options() {
            "options (window, evidence cap or demonym policy)"
        } else {
            return Ok(());
        };
        Err(Error::Query(format!(
            "cannot merge graphs built with different {what}: rebuild the shards with the same settings"
        )))
    }

    /// The same graph with nodes sorted by id and edges by (source id,
    /// target id), source < target: the canonical form that makes output
    /// independent of thread count and shard order.
    pub fn sorted(self) -> CoGraph {
        let (nodes, edges) = self.graph.into_nodes_edges();
        let mut order: Vec<usize> = (0..nodes.len()).collect();
        order.sort_by(|&a, &b| nodes[a].weight.id.cmp(&nodes[b].weight.id));
        let mut rank = vec![0usize; nodes.len()];
        for (r, &i) in order.iter().enumerate() {
            rank[i] = r;
        }
        let mut out = CoGraph {
            graph: UnGraph::with_capacity(nodes.len(), edges.len()),
            index: FastMap::with_capacity_and_hasher(nodes.len(), Default::default()),
            info: self.info,
        };
        let mut slots: Vec<Option<Node>> = nodes.into_iter().map(|n| Some(n.weight)).collect();
        for &i in &order {
            out.insert_node(slots[i].take().expect("each node once"));
        }
        let mut list: Vec<(usize, usize, Edge)> = edges
            .into_iter()
            .map(|e| {
                let (a, b) = (rank[e.source().index()], rank[e.target().index()]);
                (a.min(b), a.max(b), e.weight)
            })
            .collect();
        list.sort_by_key(|(a, b, _)| (*a, *b));
        for (a, b, w) in list {
            out.graph.add_edge(NodeIndex::new(a), NodeIndex::new(b), w);
        }
        out
    }

    /// Adds a node as read from a file (used when loading JSON).
    pub fn push_node(&mut self, node: Node) -> NodeIndex {
        self.insert_node(node)
    }

    /// NPMI of an edge in the graph's window: `ln(p(a,b) / (p(a) p(b))) /
    /// -ln p(a,b)`, with probabilities over the corpus's units of that
    /// window. 1 when the two always appear together, 0 when independent,
    /// towards -1 when they avoid each other.
    pub fn npmi(&self, edge: petgraph::graph::EdgeIndex) -> f64 {
        let w = self.info.window.index();
        let (a, b) = self.graph.edge_endpoints(edge).expect("edge exists");
        npmi(
            self.graph[edge].counts[w],
            self.graph[a].units[w],
            self.graph[b].units[w],
            self.info.units[w],
        )
    }

    /// Edges in index order with their endpoints and NPMI.
    pub fn edges(&self) -> impl Iterator<Item = (NodeIndex, NodeIndex, &Edge, f64)> {
        self.graph
            .edge_references()
            .map(|e| (e.source(), e.target(), e.weight(), self.npmi(e.id())))
    }
}

/// Normalised pointwise mutual information from counts: `n_ab` units with
/// both, `n_a` and `n_b` with each, `n` in all.
pub fn npmi(n_ab: u64, n_a: u64, n_b: u64, n: u64) -> f64 {
    if n_ab == 0 || n_a == 0 || n_b == 0 || n == 0 {
        return -1.0;
    }
    let n = n as f64;
    let p_ab = n_ab as f64 / n;
    if p_ab >= 1.0 {
        return 1.0;
    }
    let pmi = (p_ab / ((n_a as f64 / n) * (n_b as f64 / n))).ln();
    (pmi / -p_ab.ln()).clamp(-1.0, 1.0)
}

/// The sentences that mention one entity in a document (sorted, distinct),
/// and the paragraphs they fall in.
#[derive(Debug, Default)]
struct Places {
    mentions: u64,
    sentences: Vec<usize>,
    paragraphs: Vec<usize>,
}

impl Places {
    fn index_paragraphs(&mut self, seg: &Segments) {
        let w = Window::Paragraph;
        self.paragraphs = self.sentences.iter().map(|&s| unit_of(w, s, seg)).collect();
        self.paragraphs.dedup();
    }

    /// The units of window `w` that mention the entity (sorted, distinct).
    /// Only paragraphs are stored: sentences are units themselves, and a
    /// document is one unit, `0` (copies of them cost two allocations per
    /// entity and document: 1.2% of a build's instructions).
    fn units(&self, w: Window) -> &[usize] {
        match w {
            Window::Sentence => &self.sentences,
            Window::Paragraph => &self.paragraphs,
            Window::Document => &[0],
        }
    }

    /// The sentences that fall in `unit` of window `w` (a contiguous run,
    /// since units grow with sentence order).
    fn sentences_in(&self, w: Window, unit: usize, seg: &Segments) -> &[usize] {
        let from = self
            .sentences
            .partition_point(|&s| unit_of(w, s, seg) < unit);
        let to = self
            .sentences
            .partition_point(|&s| unit_of(w, s, seg) <= unit);
        &self.sentences[from..to]
    }
}

fn unit_of(w: Window, sentence: usize, seg: &Segments) -> usize {
    match w {
        Window::Sentence => sentence,
        Window::Paragraph => seg.sentences.get(sentence).map_or(0, |s| s.paragraph),
        Window::Document => 0,
    }
}

/// The pairs `(i, j)`, `i < j`, of `places` that share units of window
/// `w`, with how many, in `(i, j)` order. Only the units are visited, not
/// every pair: most pairs of a document share none.
fn sharing_pairs(places: &[(usize, Places)], w: Window) -> Vec<(usize, usize, u64)> {
    let mut by_unit: Vec<(usize, usize)> = places
        .iter()
        .enumerate()
        .flat_map(|(i, (_, p))| p.units(w).iter().map(move |&unit| (unit, i)))
        .collect();
    by_unit.sort_unstable();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for group in by_unit.chunk_by(|a, b| a.0 == b.0) {
        for (k, &(_, i)) in group.iter().enumerate() {
            pairs.extend(group[k + 1..].iter().map(|&(_, j)| (i, j)));
        }
    }
    pairs.sort_unstable();
    pairs
        .chunk_by(|a, b| a == b)
        .map(|run| (run[0].0, run[0].1, run.len() as u64))
        .collect()
}

/// How many values two sorted lists share.
fn count_common(a: &[usize], b: &[usize]) -> u64 {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The first `limit` values two sorted lists share.
fn common(a: &[usize], b: &[usize], limit: usize) -> Vec<usize> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() && out.len() < limit {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// The evidence for a pair within one unit: the shortest run of sentences
/// holding a mention of each (the sentence itself for the sentence window).
fn evidence_in(doc: &DocInput, w: Window, unit: usize, a: &Places, b: &Places) -> Evidence {
    let seg = doc.segments;
    let (sa, sb) = closest(a.sentences_in(w, unit, seg), b.sentences_in(w, unit, seg));
    let (first, last) = (sa.min(sb), sa.max(sb));
    let start = seg.sentences[first].start;
    let end = seg.sentences[last].end;
    Evidence {
        doc: doc.id.to_string(),
        sentence: first,
        start,
        end,
        text: cut(&doc.text[start..end]),
    }
}

/// The closest pair of values from two sorted, non-empty lists.
fn closest(a: &[usize], b: &[usize]) -> (usize, usize) {
    let (mut i, mut j) = (0, 0);
    let mut best = (a[0], b[0]);
    while i < a.len() && j < b.len() {
        if a[i].abs_diff(b[j]) < best.0.abs_diff(best.1) {
            best = (a[i], b[j]);
        }
        if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    best
}

fn cut(text: &str) -> String {
    if text.len() <= EVIDENCE_TEXT_MAX {
        return text.to_string();
    }
    let mut end = EVIDENCE_TEXT_MAX;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

/// Merges sorted evidence lists, keeping the first `cap`.
fn merge_evidence(mine: &mut Vec<Evidence>, theirs: Vec<Evidence>, cap: usize) {
    let in_order = match (mine.last(), theirs.first()) {
        (Some(last), Some(first)) => last < first,
        _ => true,
    };
    mine.extend(theirs);
    if !in_order {
        mine.sort();
        mine.dedup();
    }
    mine.truncate(cap);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn npmi_bounds() {
        assert_eq!(npmi(10, 10, 10, 10), 1.0);
        assert!((npmi(5, 5, 5, 100) - 1.0).abs() < 1e-9, "always together");
        assert!(npmi(1, 10, 10, 100).abs() < 1e-9, "independent");
        assert!(npmi(1, 50, 50, 100) < 0.0, "avoid each other");
        assert_eq!(npmi(0, 5, 5, 100), -1.0);
    }

    #[test]
    fn closest_pair_and_intersection() {
        assert_eq!(closest(&[1, 9], &[4, 8]), (9, 8));
        assert_eq!(common(&[1, 3, 5, 7], &[3, 4, 7], 10), [3, 7]);
        assert_eq!(common(&[1, 3, 5, 7], &[3, 4, 7], 1), [3]);
        assert_eq!(count_common(&[1, 3, 5, 7], &[3, 4, 7]), 2);
    }

    #[test]
    fn cut_respects_char_boundaries() {
        let long = "é".repeat(EVIDENCE_TEXT_MAX);
        let c = cut(&long);
        assert!(c.ends_with('…'));
        assert!(c.len() <= EVIDENCE_TEXT_MAX + '…'.len_utf8());
    }
}
