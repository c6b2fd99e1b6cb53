//! The patterns as a trie, for anchored searches: every pattern that starts
//! at a given position, found in one walk.
//!
//! The matcher only ever asks which patterns start at a position (see the
//! module docs of [`crate::matcher`]), so it needs no failure links: a trie
//! answers that, and builds from the sorted patterns in one pass per level
//! (a tenth of the time an Aho-Corasick automaton takes over 100,000
//! aliases). Nodes are laid out level by level, so the children of a node
//! are contiguous and sorted by byte; the first two bytes of a position
//! index a table straight to the node below them.

/// No node (the root is never a child, so index 0 is free for this).
const NONE: u32 = 0;

/// No pattern ends at a node.
const NO_PATTERN: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
struct Node {
    /// Index of the first child; the children are contiguous.
    first: u32,
    /// Number of children.
    count: u32,
    /// The pattern that ends here, if any.
    pattern: u32,
}

/// A byte trie over distinct patterns.
#[derive(Debug, Clone)]
pub struct Trie {
    nodes: Vec<Node>,
    /// The byte leading to each node, by node index.
    labels: Vec<u8>,
    /// The node below each first byte (depth 1).
    firsts: Box<[u32; 256]>,
    /// The node below each pair of first bytes, `first << 8 | second`
    /// (depth 2).
    pairs: Box<[u32]>,
}

impl Trie {
    /// Builds the trie of `patterns`, which must be distinct and sorted in
    /// byte order; pattern `i` is reported as `i`.
    pub fn new(patterns: &[String]) -> Trie {
        let mut trie = Trie {
            nodes: vec![Node::leaf()],
            labels: vec![0],
            firsts: Box::new([NONE; 256]),
            pairs: vec![NONE; 1 << 16].into_boxed_slice(),
        };
        // The nodes of one level, each with the range of patterns that
        // share its prefix (of length `depth`).
        let mut level = vec![(0, 0..patterns.len())];
        let mut depth = 0;
        while !level.is_empty() {
            let mut below = Vec::new();
            for (node, range) in level {
                trie.add_children(patterns, depth, node, range, &mut below);
            }
            level = below;
            depth += 1;
        }
        trie.index_first_bytes();
        trie
    }

    /// Adds the children of `node`, whose prefix is `depth` bytes long and
    /// shared by `patterns[range]`, and queues them with their ranges.
    fn add_children(
        &mut self,
        patterns: &[String],
        depth: usize,
        node: usize,
        range: std::ops::Range<usize>,
        below: &mut Vec<(usize, std::ops::Range<usize>)>,
    ) {
        let mut lo = range.start;
        // A pattern equal to the prefix sorts first (and is the only one:
        // the patterns are distinct).
        if lo < range.end && patterns[lo].len() == depth {
            self.nodes[node].pattern = lo as u32;
            lo += 1;
        }
        self.nodes[node].first = self.nodes.len() as u32;
        while lo < range.end {
            let byte = patterns[lo].as_bytes()[depth];
            let run = patterns[lo..range.end].partition_point(|p| p.as_bytes()[depth] == byte);
            below.push((self.nodes.len(), lo..lo + run));
            self.nodes.push(Node::leaf());
            self.labels.push(byte);
            lo += run;
        }
        self.nodes[node].count = self.nodes.len() as u32 - self.nodes[node].first;
    }

    /// Fills the tables of the nodes at depths 1 and 2.
    fn index_first_bytes(&mut self) {
        for one in self.children(0) {
            let first = self.labels[one];
            self.firsts[usize::from(first)] = one as u32;
            for two in self.children(one) {
                self.pairs[pair(first, self.labels[two])] = two as u32;
            }
        }
    }

    fn children(&self, node: usize) -> std::ops::Range<usize> {
        let n = self.nodes[node];
        n.first as usize..(n.first + n.count) as usize
    }

    /// The child of `node` reached by `byte`.
    fn child(&self, node: usize, byte: u8) -> Option<usize> {
        let range = self.children(node);
        let first = range.start;
        self.labels[range]
            .binary_search(&byte)
            .ok()
            .map(|i| first + i)
    }

    /// Whether a pattern may start at `bytes[i]`: a cheap test on its first
    /// two bytes.
    pub fn may_start(&self, bytes: &[u8], i: usize) -> bool {
        let one = self.firsts[usize::from(bytes[i])];
        if one == NONE {
            return false;
        }
        let two = bytes
            .get(i + 1)
            .map_or(NONE, |&b| self.pairs[pair(bytes[i], b)]);
        two != NONE || self.nodes[one as usize].pattern != NO_PATTERN
    }

    /// The patterns found at `bytes[start..]`, as (end offset, pattern),
    /// shortest first, in `out` (cleared first).
    pub fn prefixes_at(&self, bytes: &[u8], start: usize, out: &mut Vec<(usize, u32)>) {
        out.clear();
        let one = self.firsts[usize::from(bytes[start])];
        if one == NONE {
            return;
        }
        self.push_end(one as usize, start + 1, out);
        let Some(&second) = bytes.get(start + 1) else {
            return;
        };
        let mut node = self.pairs[pair(bytes[start], second)] as usize;
        let mut end = start + 2;
        while node != NONE as usize {
            self.push_end(node, end, out);
            let Some(next) = bytes.get(end).and_then(|&b| self.child(node, b)) else {
                break;
            };
            node = next;
            end += 1;
        }
    }

    fn push_end(&self, node: usize, end: usize, out: &mut Vec<(usize, u32)>) {
        let pattern = self.nodes[node].pattern;
        if pattern != NO_PATTERN {
            out.push((end, pattern));
        }
    }
}

impl Node {
    fn leaf() -> Node {
        Node {
            first: 0,
            count: 0,
            pattern: NO_PATTERN,
        }
    }
}

fn pair(first: u8, second: u8) -> usize {
    usize::from(first) << 8 | usize::from(second)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trie(words: &[&str]) -> (Trie, Vec<String>) {
        let mut patterns: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        patterns.sort();
        (Trie::new(&patterns), patterns)
    }

    fn found(t: &(Trie, Vec<String>), text: &str, start: usize) -> Vec<String> {
        let mut out = Vec::new();
        t.0.prefixes_at(text.as_bytes(), start, &mut out);
        out.iter()
            .map(|&(end, p)| {
                assert_eq!(&text[start..end], t.1[p as usize]);
                t.1[p as usize].clone()
            })
            .collect()
    }

    #[test]
    fn finds_every_pattern_at_a_position_shortest_first() {
        let t = trie(&["US", "US Army", "USA", "U", "Ukraine", "é", "éclair"]);
        assert_eq!(found(&t, "US Army base", 0), ["U", "US", "US Army"]);
        assert_eq!(found(&t, "USA", 0), ["U", "US", "USA"]);
        assert_eq!(found(&t, "the US", 4), ["U", "US"]);
        assert_eq!(found(&t, "U", 0), ["U"]);
        assert_eq!(found(&t, "Ukrain", 0), ["U"]);
        assert_eq!(found(&t, "éclairs", 0), ["é", "éclair"]);
        assert!(found(&t, "the US", 0).is_empty());
    }

    #[test]
    fn may_start_rules_out_only_impossible_starts() {
        let t = trie(&["US", "Ukraine", "X"]);
        let may = |text: &str, i: usize| t.0.may_start(text.as_bytes(), i);
        assert!(may("US", 0));
        assert!(may("Uk", 0));
        assert!(!may("Ua", 0));
        assert!(!may("U", 0), "no one-byte pattern U");
        assert!(may("X", 0) && may("Xy", 0));
        assert!(!may("the", 0));
    }
}
