//! Whole-graph statistics: counts, density, connected components, the most
//! central entities by four measures, and communities.
//!
//! petgraph supplies union-find for the components; it has no betweenness,
//! no community detection, and its `page_rank` is unweighted with a fixed
//! number of iterations, so those are here, one function each, on any
//! `petgraph` undirected graph with a weight function. Every algorithm is
//! deterministic: nodes are visited in index order (id order in a
//! [`CoGraph::sorted`] graph), neighbours in index order, and ties go to the
//! smallest index.
//!
//! # Example
//!
//! ```
//! use petgraph::graph::UnGraph;
//! use kg::stats::{betweenness, page_rank};
//!
//! // A star: 0 in the middle.
//! let g = UnGraph::<(), f64>::from_edges([(0, 1, 1.0), (0, 2, 1.0), (0, 3, 1.0)]);
//! let pr = page_rank(&g, |w| *w, 0.85);
//! assert!((pr[0] - 0.4797).abs() < 1e-4);
//! assert_eq!(betweenness(&g), [1.0, 0.0, 0.0, 0.0]);
//! ```

use std::collections::BTreeMap;

use petgraph::graph::UnGraph;
use petgraph::unionfind::UnionFind;
use petgraph::visit::EdgeRef;
use serde::Serialize;

use crate::gazetteer::EntityType;
use crate::graph::{CoGraph, Node};

/// PageRank's damping factor: the usual 0.85.
pub const DAMPING: f64 = 0.85;

/// PageRank stops when the ranks move less than this in total (L1).
const PAGE_RANK_TOLERANCE: f64 = 1e-12;

/// A bound on iterations that convergence makes unreachable in practice.
const MAX_ITERATIONS: usize = 10_000;

/// Gains closer than this are equal (so float noise never moves a node).
const EPSILON: f64 = 1e-12;

/// Statistics of a graph, as `kg query stats --json` prints them:
///
/// ```json
/// {
///   "nodes": 44, "edges": 88, "density": 0.093,
///   "types": {"country": 16, "person": 13, "organization": 15},
///   "components": {"count": 5, "sizes": [37, 4, 1, 1, 1]},
///   "central": {
///     "degree": [{"id": "ukraine", "name": "Ukraine", "type": "country", "value": 22.0}],
///     "weighted_degree": [], "pagerank": [], "betweenness": []
///   },
///   "communities": {
///     "method": "louvain", "modularity": 0.42,
///     "list": [{"size": 17, "members": [{"id": "ukraine", "name": "Ukraine", "type": "country"}]}]
///   }
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Number of entities.
    pub nodes: usize,
    /// Number of relations.
    pub edges: usize,
    /// Edges over possible edges: `2E / (N (N - 1))`.
    pub density: f64,
    /// Entities per type (every type, zero included).
    pub types: BTreeMap<EntityType, usize>,
    /// Connected components.
    pub components: Components,
    /// The most central entities by each measure.
    pub central: Central,
    /// Communities found by Louvain.
    pub communities: Communities,
}

/// Connected components.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Components {
    /// How many.
    pub count: usize,
    /// Their sizes, largest first.
    pub sizes: Vec<usize>,
}

/// The top entities by each centrality measure, highest first, ties by id;
/// entities whose value is 0 are left out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Central {
    /// Number of distinct neighbours.
    pub degree: Vec<Ranked>,
    /// Sum of the weights (co-occurrences in the graph's window) of its edges.
    pub weighted_degree: Vec<Ranked>,
    /// Weighted PageRank (damping 0.85); the values over all nodes sum to 1.
    pub pagerank: Vec<Ranked>,
    /// Unweighted betweenness, normalised to 0..1 as networkx does: the
    /// share of shortest paths between other pairs that pass through it.
    pub betweenness: Vec<Ranked>,
}

/// An entity and its value for one measure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    /// Entity id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The measure's value.
    pub value: f64,
}

/// A partition of the graph into communities.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Communities {
    /// Always `louvain`.
    pub method: &'static str,
    /// Weighted modularity of the partition (-0.5..1; higher is more modular).
    pub modularity: f64,
    /// Communities, largest first (ties: the one holding the smallest id).
    pub list: Vec<Community>,
}

/// One community.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Community {
    /// Number of members.
    pub size: usize,
    /// Members, by weighted degree (highest first), then id.
    pub members: Vec<Member>,
}

/// A member of a community.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    /// Entity id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: EntityType,
}

/// Computes every statistic of `g`, keeping the `top` most central entities
/// per measure. Edge weights are co-occurrence counts in the graph's window.
///
/// Complexity: O(V·E) time for betweenness, which dominates; O(V + E) space.
pub fn stats(g: &CoGraph, top: usize) -> Stats {
    let w = g.info.window.index();
    let weight = |e: &crate::graph::Edge| e.counts[w] as f64;
    let adj = adjacency(&g.graph, weight);
    let degree: Vec<f64> = adj.iter().map(|l| l.len() as f64).collect();
    let strength: Vec<f64> = adj.iter().map(|l| l.iter().map(|(_, w)| w).sum()).collect();
    let labels = louvain(&g.graph, weight);
    Stats {
        nodes: g.graph.node_count(),
        edges: g.graph.edge_count(),
        density: density(g.graph.node_count(), g.graph.edge_count()),
        types: types(g),
        components: components_summary(&components(&g.graph)),
        central: Central {
            degree: ranked(g, &degree, top),
            weighted_degree: ranked(g, &strength, top),
            pagerank: ranked(g, &page_rank(&g.graph, weight, DAMPING), top),
            betweenness: ranked(g, &betweenness(&g.graph), top),
        },
        communities: Communities {
            method: "louvain",
            modularity: modularity(&g.graph, weight, &labels),
            list: communities(g, &labels, &strength),
        },
    }
}

fn density(nodes: usize, edges: usize) -> f64 {
    if nodes < 2 {
        return 0.0;
    }
    2.0 * edges as f64 / (nodes as f64 * (nodes as f64 - 1.0))
}

fn types(g: &CoGraph) -> BTreeMap<EntityType, usize> {
    let mut out: BTreeMap<EntityType, usize> = EntityType::ALL.iter().map(|t| (*t, 0)).collect();
    for n in g.graph.node_weights() {
        *out.entry(n.kind).or_default() += 1;
    }
    out
}

fn components_summary(labels: &[usize]) -> Components {
    let count = labels.iter().max().map_or(0, |m| m + 1);
    let mut sizes = vec![0; count];
    for &l in labels {
        sizes[l] += 1;
    }
    sizes.sort_by(|a, b| b.cmp(a));
    Components { count, sizes }
}

/// The `top` nodes with the highest positive `values`, ties by index.
fn ranked(g: &CoGraph, values: &[f64], top: usize) -> Vec<Ranked> {
    let mut order: Vec<usize> = (0..values.len()).filter(|&i| values[i] > 0.0).collect();
    order.sort_by(|&a, &b| values[b].total_cmp(&values[a]).then(a.cmp(&b)));
    order
        .into_iter()
        .take(top)
        .map(|i| {
            let n = &g.graph[petgraph::graph::NodeIndex::new(i)];
            Ranked {
                id: n.id.clone(),
                name: n.name.clone(),
                kind: n.kind,
                value: values[i],
            }
        })
        .collect()
}

fn communities(g: &CoGraph, labels: &[usize], strength: &[f64]) -> Vec<Community> {
    let count = labels.iter().max().map_or(0, |m| m + 1);
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (i, &l) in labels.iter().enumerate() {
        groups[l].push(i);
    }
    groups
        .into_iter()
        .map(|mut members| {
            members.sort_by(|&a, &b| strength[b].total_cmp(&strength[a]).then(a.cmp(&b)));
            let member = |i: usize| {
                let n: &Node = &g.graph[petgraph::graph::NodeIndex::new(i)];
                Member {
                    id: n.id.clone(),
                    name: n.name.clone(),
                    kind: n.kind,
                }
            };
            Community {
                size: members.len(),
                members: members.into_iter().map(member).collect(),
            }
        })
        .collect()
}

/// Adjacency lists by node index: neighbours in index order, parallel edges
/// merged (weights summed), self-loops dropped, negative or NaN weights
/// read as 0.
fn adjacency<N, E>(g: &UnGraph<N, E>, weight: impl Fn(&E) -> f64) -> Vec<Vec<(usize, f64)>> {
    let mut adj: Vec<Vec<(usize, f64)>> = vec![Vec::new(); g.node_count()];
    for e in g.edge_references() {
        let (a, b) = (e.source().index(), e.target().index());
        if a == b {
            continue;
        }
        let w = weight(e.weight()).max(0.0);
        adj[a].push((b, w));
        adj[b].push((a, w));
    }
    for list in &mut adj {
        list.sort_by_key(|(j, _)| *j);
        list.dedup_by(|next, kept| {
            let same = next.0 == kept.0;
            if same {
                kept.1 += next.1;
            }
            same
        });
    }
    adj
}

/// Connected components with petgraph's union-find.
///
/// # Arguments
/// * `g`: an undirected graph.
///
/// # Returns
/// The component of each node, by node index: components are numbered
/// 0, 1, … in the order of their first node.
///
/// # Complexity
/// * Time: O(V + E·α(V)).
/// * Space: O(V).
pub fn components<N, E>(g: &UnGraph<N, E>) -> Vec<usize> {
    let mut sets = UnionFind::<usize>::new(g.node_count());
    for e in g.edge_references() {
        sets.union(e.source().index(), e.target().index());
    }
    let roots = sets.into_labeling();
    let mut number: BTreeMap<usize, usize> = BTreeMap::new();
    roots
        .iter()
        .map(|r| {
            let next = number.len();
            *number.entry(*r).or_insert(next)
        })
        .collect()
}

/// Weighted PageRank on an undirected graph: a walker follows an edge with
/// probability proportional to its weight, or with probability `1 - damping`
/// (and always from an isolated node) jumps to any node.
///
/// # Arguments
/// * `g`: an undirected graph.
/// * `weight`: an edge's weight (negative read as 0).
/// * `damping`: the probability of following an edge, clamped to 0..1.
///
/// # Returns
/// The rank of each node, by node index, summing to 1. Iterates until the
/// ranks change by less than 1e-12 in total.
///
/// # Complexity
/// * Time: O(k·(V + E)) for k iterations (k grows with log(1/tolerance) /
///   log(1/damping): a few hundred at most).
/// * Space: O(V + E).
pub fn page_rank<N, E>(g: &UnGraph<N, E>, weight: impl Fn(&E) -> f64, damping: f64) -> Vec<f64> {
    let adj = adjacency(g, weight);
    let n = adj.len();
    if n == 0 {
        return Vec::new();
    }
    let d = damping.clamp(0.0, 1.0);
    let strength: Vec<f64> = adj.iter().map(|l| l.iter().map(|(_, w)| w).sum()).collect();
    let mut rank = vec![1.0 / n as f64; n];
    for _ in 0..MAX_ITERATIONS {
        let next = page_rank_step(&adj, &strength, &rank, d);
        let change: f64 = next.iter().zip(&rank).map(|(a, b)| (a - b).abs()).sum();
        rank = next;
        if change < PAGE_RANK_TOLERANCE {
            break;
        }
    }
    rank
}

fn page_rank_step(adj: &[Vec<(usize, f64)>], strength: &[f64], rank: &[f64], d: f64) -> Vec<f64> {
    let n = adj.len() as f64;
    // The rank of nodes without edges is spread over all nodes, like a jump.
    let stuck: f64 = (0..adj.len())
        .filter(|&i| strength[i] <= 0.0)
        .map(|i| rank[i])
        .sum();
    let mut next = vec![(1.0 - d) / n + d * stuck / n; adj.len()];
    for (u, list) in adj.iter().enumerate() {
        if strength[u] <= 0.0 {
            continue;
        }
        let share = d * rank[u] / strength[u];
        for &(v, w) in list {
            next[v] += share * w;
        }
    }
    next
}

/// Betweenness centrality by Brandes' algorithm, unweighted (every edge is
/// one hop), normalised as networkx does for undirected graphs.
///
/// # Arguments
/// * `g`: an undirected graph.
///
/// # Returns
/// For each node, by index, the number of shortest paths between pairs of
/// other nodes that pass through it (a path shared by several shortest
/// paths counts for its share), divided by the number of such pairs,
/// `(V-1)(V-2)/2`. All 0 with fewer than three nodes.
///
/// # Complexity
/// * Time: O(V·E).
/// * Space: O(V + E).
pub fn betweenness<N, E>(g: &UnGraph<N, E>) -> Vec<f64> {
    let adj = adjacency(g, |_| 1.0);
    let n = adj.len();
    let mut total = vec![0.0; n];
    for s in 0..n {
        let dependency = brandes_from(&adj, s);
        for (t, d) in total.iter_mut().zip(dependency) {
            *t += d;
        }
    }
    if n < 3 {
        return vec![0.0; n];
    }
    // Each pair was counted from both ends.
    let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
    total.iter().map(|t| t * scale).collect()
}

/// The dependency of `s` on every node: breadth-first search counting
/// shortest paths, then accumulation in reverse order of distance.
fn brandes_from(adj: &[Vec<(usize, f64)>], s: usize) -> Vec<f64> {
    let n = adj.len();
    let mut order = Vec::with_capacity(n);
    let mut paths = vec![0.0f64; n];
    let mut dist = vec![usize::MAX; n];
    paths[s] = 1.0;
    dist[s] = 0;
    let mut queue = std::collections::VecDeque::from([s]);
    while let Some(v) = queue.pop_front() {
        order.push(v);
        for &(w, _) in &adj[v] {
            if dist[w] == usize::MAX {
                dist[w] = dist[v] + 1;
                queue.push_back(w);
            }
            if dist[w] == dist[v] + 1 {
                paths[w] += paths[v];
            }
        }
    }
    let mut dependency = vec![0.0; n];
    for &w in order.iter().rev() {
        for &(v, _) in &adj[w] {
            if dist[v] != usize::MAX && dist[v] + 1 == dist[w] {
                dependency[v] += paths[v] / paths[w] * (1.0 + dependency[w]);
            }
        }
    }
    dependency[s] = 0.0;
    dependency
}

/// Communities by the Louvain method (Blondel et al. 2008): move each node
/// to the neighbouring community that most increases modularity until no
/// move helps, merge each community into one node, and repeat.
///
/// Deterministic: nodes are visited in index order, a node stays where it is
/// unless a move strictly gains, and among equal gains the community of the
/// smallest label wins.
///
/// # Arguments
/// * `g`: an undirected graph.
/// * `weight`: an edge's weight (negative read as 0).
///
/// # Returns
/// The community of each node, by index: community 0 is the largest, ties
/// broken by the smallest node index they hold. Isolated nodes are
/// communities of their own.
///
/// # Complexity
/// * Time: O(p·E·log V) per level for p passes over the nodes; a few levels.
/// * Space: O(V + E).
pub fn louvain<N, E>(g: &UnGraph<N, E>, weight: impl Fn(&E) -> f64) -> Vec<usize> {
    let mut level = Level::new(adjacency(g, weight));
    let mut membership: Vec<usize> = (0..g.node_count()).collect();
    for _ in 0..MAX_ITERATIONS {
        let (community, moved) = level.move_nodes();
        if !moved {
            break;
        }
        for m in &mut membership {
            *m = community[*m];
        }
        level = level.aggregate(&community);
    }
    by_size(&membership)
}

/// Renumbers labels: the largest group 0, ties by their smallest index.
fn by_size(labels: &[usize]) -> Vec<usize> {
    let count = labels.iter().max().map_or(0, |m| m + 1);
    let mut size = vec![0usize; count];
    let mut first = vec![usize::MAX; count];
    for (i, &l) in labels.iter().enumerate() {
        size[l] += 1;
        first[l] = first[l].min(i);
    }
    let mut order: Vec<usize> = (0..count).filter(|&l| size[l] > 0).collect();
    order.sort_by_key(|&l| (std::cmp::Reverse(size[l]), first[l]));
    let mut new = vec![0; count];
    for (rank, &l) in order.iter().enumerate() {
        new[l] = rank;
    }
    labels.iter().map(|&l| new[l]).collect()
}

/// One level of Louvain: a graph whose nodes may stand for communities of
/// the level below, with the weight inside each as a self-loop.
struct Level {
    adj: Vec<Vec<(usize, f64)>>,
    inside: Vec<f64>,
}

impl Level {
    fn new(adj: Vec<Vec<(usize, f64)>>) -> Level {
        let inside = vec![0.0; adj.len()];
        Level { adj, inside }
    }

    /// Weighted degree, a self-loop counting twice.
    fn degrees(&self) -> Vec<f64> {
        self.adj
            .iter()
            .zip(&self.inside)
            .map(|(l, s)| l.iter().map(|(_, w)| w).sum::<f64>() + 2.0 * s)
            .collect()
    }

    /// Local moves until none helps. Returns each node's community
    /// (numbered by first appearance) and whether any node moved.
    fn move_nodes(&self) -> (Vec<usize>, bool) {
        let n = self.adj.len();
        let k = self.degrees();
        let two_m: f64 = k.iter().sum();
        let mut community: Vec<usize> = (0..n).collect();
        if two_m <= 0.0 {
            return (community, false);
        }
        let mut total = k.clone();
        let mut moved_any = false;
        for _ in 0..MAX_ITERATIONS {
            let mut moved = false;
            for i in 0..n {
                let own = community[i];
                total[own] -= k[i];
                let best = self.best_community(i, own, &community, &total, k[i] / two_m);
                total[best] += k[i];
                if best != own {
                    community[i] = best;
                    moved = true;
                }
            }
            moved_any |= moved;
            if !moved {
                break;
            }
        }
        (first_appearance(&community), moved_any)
    }

    /// The community that gains most for node `i` (taken out of `own`):
    /// the gain of joining C is `links(i, C) - total(C) · k_i / 2m`.
    fn best_community(
        &self,
        i: usize,
        own: usize,
        community: &[usize],
        total: &[f64],
        share: f64,
    ) -> usize {
        let mut links: BTreeMap<usize, f64> = BTreeMap::new();
        for &(j, w) in &self.adj[i] {
            *links.entry(community[j]).or_default() += w;
        }
        let gain = |c: usize| links.get(&c).copied().unwrap_or(0.0) - total[c] * share;
        let (mut best, mut best_gain) = (own, gain(own));
        for &c in links.keys() {
            let g = gain(c);
            if g > best_gain + EPSILON {
                (best, best_gain) = (c, g);
            }
        }
        best
    }

    /// The graph of communities: one node per community, edges summed,
    /// weight inside a community kept as its self-loop.
    fn aggregate(&self, community: &[usize]) -> Level {
        let count = community.iter().max().map_or(0, |m| m + 1);
        let mut links: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); count];
        let mut inside = vec![0.0; count];
        for (i, list) in self.adj.iter().enumerate() {
            let ci = community[i];
            inside[ci] += self.inside[i];
            for &(j, w) in list {
                let cj = community[j];
                if ci != cj {
                    *links[ci].entry(cj).or_default() += w;
                } else if i < j {
                    inside[ci] += w;
                }
            }
        }
        let adj = links.into_iter().map(|m| m.into_iter().collect()).collect();
        Level { adj, inside }
    }
}

/// Renumbers labels 0, 1, … in the order they first appear.
fn first_appearance(labels: &[usize]) -> Vec<usize> {
    let mut number: BTreeMap<usize, usize> = BTreeMap::new();
    labels
        .iter()
        .map(|l| {
            let next = number.len();
            *number.entry(*l).or_insert(next)
        })
        .collect()
}

/// Weighted modularity of a partition: the share of weight inside
/// communities minus the share expected if edges were placed at random with
/// the same degrees, `Σ_c [in_c / m − (tot_c / 2m)²]`.
///
/// # Arguments
/// * `g`: an undirected graph.
/// * `weight`: an edge's weight (negative read as 0).
/// * `labels`: the community of each node, by index.
///
/// # Returns
/// The modularity, between -0.5 and 1; 0 for a graph without edges.
///
/// # Complexity
/// * Time: O(V + E).
/// * Space: O(V).
pub fn modularity<N, E>(g: &UnGraph<N, E>, weight: impl Fn(&E) -> f64, labels: &[usize]) -> f64 {
    let adj = adjacency(g, weight);
    let count = labels.iter().max().map_or(0, |m| m + 1);
    let (mut inside, mut total) = (vec![0.0; count], vec![0.0; count]);
    let mut two_m = 0.0;
    for (i, list) in adj.iter().enumerate() {
        for &(j, w) in list {
            two_m += w;
            total[labels[i]] += w;
            if labels[i] == labels[j] {
                inside[labels[i]] += w;
            }
        }
    }
    if two_m <= 0.0 {
        return 0.0;
    }
    // `inside` counted each internal edge from both ends: it is 2·in_c.
    inside
        .iter()
        .zip(&total)
        .map(|(i, t)| i / two_m - (t / two_m).powi(2))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(u32, u32, f64)]) -> UnGraph<(), f64> {
        UnGraph::from_edges(edges.iter().copied())
    }

    fn close(a: &[f64], b: &[f64]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-9)
    }

    #[test]
    fn page_rank_of_a_star_matches_the_closed_form() {
        // c = (1-d)/4 + d·3l and l = (1-d)/4 + d·c/3 give c = 0.133125 / 0.2775.
        let g = graph(&[(0, 1, 1.0), (0, 2, 1.0), (0, 3, 1.0)]);
        let pr = page_rank(&g, |w| *w, 0.85);
        let c = 0.133125 / 0.2775;
        let l = (1.0 - c) / 3.0;
        assert!(close(&pr, &[c, l, l, l]), "{pr:?}");
    }

    #[test]
    fn page_rank_follows_weights() {
        // A path 0 -1- 1 -3- 2: the middle sends 1/4 to 0 and 3/4 to 2.
        let g = graph(&[(0, 1, 1.0), (1, 2, 3.0)]);
        let pr = page_rank(&g, |w| *w, 0.85);
        let b = 0.9 / 1.85;
        let expected = [0.05 + 0.2125 * b, b, 0.05 + 0.6375 * b];
        assert!(close(&pr, &expected), "{pr:?}");
    }

    #[test]
    fn page_rank_spreads_isolated_nodes_and_sums_to_one() {
        let mut g = graph(&[(0, 1, 1.0)]);
        g.add_node(());
        let pr = page_rank(&g, |w| *w, 0.85);
        assert!((pr.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        // The isolated node receives only jumps: (1-d)/3 + d·r2/3.
        let r2 = (0.15 / 3.0) / (1.0 - 0.85 / 3.0);
        assert!((pr[2] - r2).abs() < 1e-9, "{pr:?}");
        assert!((pr[0] - pr[1]).abs() < 1e-12);
        assert!(page_rank(&UnGraph::<(), f64>::default(), |w| *w, 0.85).is_empty());
    }

    #[test]
    fn betweenness_of_a_path_and_a_square() {
        // 0-1-2-3: 1 lies on 0–2 and 0–3, of the 3 pairs of the others.
        let path = graph(&[(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0)]);
        assert!(close(
            &betweenness(&path),
            &[0.0, 2.0 / 3.0, 2.0 / 3.0, 0.0]
        ));
        // A square: each node carries half of the opposite pair's two paths.
        let square = graph(&[(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0), (3, 0, 1.0)]);
        assert!(close(&betweenness(&square), &[1.0 / 6.0; 4]));
        // Weights do not matter: hops do.
        let heavy = graph(&[(0, 1, 9.0), (1, 2, 1.0), (2, 3, 5.0)]);
        assert!(close(&betweenness(&heavy), &betweenness(&path)));
    }

    #[test]
    fn components_are_numbered_by_first_node() {
        let mut g = graph(&[(3, 4, 1.0), (0, 1, 1.0), (2, 3, 1.0)]);
        g.add_node(());
        let labels = components(&g);
        assert_eq!(labels, [0, 0, 1, 1, 1, 2]);
        assert_eq!(
            petgraph::algo::connected_components(&g),
            3,
            "agrees with petgraph"
        );
        assert_eq!(components_summary(&labels).sizes, [3, 2, 1]);
    }

    #[test]
    fn louvain_splits_two_triangles_joined_by_one_edge() {
        let g = graph(&[
            (0, 1, 1.0),
            (1, 2, 1.0),
            (0, 2, 1.0),
            (3, 4, 1.0),
            (4, 5, 1.0),
            (3, 5, 1.0),
            (2, 3, 1.0),
        ]);
        let labels = louvain(&g, |w| *w);
        assert_eq!(labels, [0, 0, 0, 1, 1, 1]);
        // 2 · (3/7 − (7/14)²)
        let q = modularity(&g, |w| *w, &labels);
        assert!((q - 2.0 * (3.0 / 7.0 - 0.25)).abs() < 1e-12, "{q}");
    }

    #[test]
    fn louvain_puts_the_largest_community_first_and_isolated_nodes_alone() {
        // A 4-clique (3..6), a pair (0, 1), and node 2 alone.
        let mut edges = vec![(0, 1, 1.0)];
        for a in 3..7 {
            for b in a + 1..7 {
                edges.push((a, b, 1.0));
            }
        }
        let g = graph(&edges);
        assert_eq!(louvain(&g, |w| *w), [1, 1, 2, 0, 0, 0, 0]);
    }

    #[test]
    fn louvain_follows_heavy_edges() {
        // A 4-cycle whose heavy edges pair 0–1 and 2–3.
        let g = graph(&[(0, 1, 10.0), (1, 2, 1.0), (2, 3, 10.0), (3, 0, 1.0)]);
        assert_eq!(louvain(&g, |w| *w), [0, 0, 1, 1]);
        let light = graph(&[(0, 1, 1.0), (1, 2, 10.0), (2, 3, 1.0), (3, 0, 10.0)]);
        assert_eq!(louvain(&light, |w| *w), [0, 1, 1, 0]);
    }

    #[test]
    fn density_and_empty_graphs() {
        assert_eq!(density(4, 6), 1.0);
        assert_eq!(density(1, 0), 0.0);
        let empty = UnGraph::<(), f64>::default();
        assert!(louvain(&empty, |w| *w).is_empty());
        assert!(betweenness(&empty).is_empty());
        assert_eq!(modularity(&empty, |w| *w, &[]), 0.0);
    }
}
