//! The patterns as one `aho-corasick` automaton, searched anchored at the
//! positions where a whole-word hit can start.
//!
//! The matcher only asks which pattern is the longest that starts at a
//! given position (see the module docs of [`crate::matcher`]), so the
//! automaton is built for anchored searches only: it needs no unanchored
//! start state, which keeps it small and quick to build. In front of it, a
//! table of the patterns' first two bytes rules out most positions with two
//! lookups, so the automaton only runs where a pattern may begin.

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use crate::error::{Error, Problem, Result};

/// An anchored, leftmost-longest automaton over distinct patterns, and the
/// first-bytes table that says where to run it.
#[derive(Debug, Clone)]
pub struct Automaton {
    automaton: AhoCorasick,
    /// Per byte: some pattern starts with it.
    firsts: Box<[bool; 256]>,
    /// Per byte: it is a whole pattern by itself.
    singles: Box<[bool; 256]>,
    /// Per pair of bytes, `first << 8 | second`: some pattern starts so.
    pairs: Box<[bool]>,
}

impl Automaton {
    /// Builds the automaton of `patterns` (distinct, non-empty); pattern `i`
    /// is reported as `i`.
    pub fn new(patterns: &[String]) -> Result<Automaton> {
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            // A contiguous NFA, not a DFA: anchored at a few positions per
            // word, it searches about as fast, builds four times faster
            // and takes a fraction of the memory (the DFA of the shipped
            // gazetteer padded to 10,000 aliases raised the whole run's
            // peak from 120 MB to 175 MB).
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(patterns)
            .map_err(|e| {
                let msg = format!("the gazetteer cannot be compiled: {e}");
                Error::Gazetteer(vec![Problem::new("gazetteer", 0, msg)])
            })?;
        let mut firsts = Box::new([false; 256]);
        let mut singles = Box::new([false; 256]);
        let mut pairs = vec![false; 1 << 16].into_boxed_slice();
        for p in patterns.iter().map(String::as_bytes) {
            firsts[usize::from(p[0])] = true;
            match p.get(1) {
                Some(&second) => pairs[pair(p[0], second)] = true,
                None => singles[usize::from(p[0])] = true,
            }
        }
        Ok(Automaton {
            automaton,
            firsts,
            singles,
            pairs,
        })
    }

    /// The first position from `from` whose byte begins some pattern and
    /// is not an ASCII word character right after another one (no
    /// whole-word hit starts inside a word). This runs over every byte of
    /// the corpus: most bytes begin no pattern, and the few aliases that
    /// begin with a lower-case letter (`the Guardian`, `al-Qaeda`) would
    /// otherwise stop the scan at every `t` and `a` inside a word.
    pub fn next_first(&self, bytes: &[u8], from: usize) -> Option<usize> {
        let mut prev = from.checked_sub(1).map_or(b' ', |p| bytes[p]);
        for (i, &b) in bytes.iter().enumerate().skip(from) {
            if self.firsts[usize::from(b)] && !(is_ascii_word(b) && is_ascii_word(prev)) {
                return Some(i);
            }
            prev = b;
        }
        None
    }

    /// Whether a pattern may start at `bytes[i]`: a cheap test on its first
    /// two bytes. (No separate test of the first byte: a pair or a single
    /// byte that begins a pattern implies it.)
    pub fn may_start(&self, bytes: &[u8], i: usize) -> bool {
        let first = bytes[i];
        let two = bytes
            .get(i + 1)
            .is_some_and(|&b| self.pairs[pair(first, b)]);
        two || self.singles[usize::from(first)]
    }

    /// The longest pattern that starts at `start` and ends by `limit`, as
    /// (end offset, pattern).
    pub fn longest_at(&self, text: &str, start: usize, limit: usize) -> Option<(usize, u32)> {
        let input = Input::new(text).span(start..limit).anchored(Anchored::Yes);
        self.automaton
            .find(input)
            .map(|m| (m.end(), m.pattern().as_u32()))
    }
}

fn is_ascii_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn pair(first: u8, second: u8) -> usize {
    usize::from(first) << 8 | usize::from(second)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn automaton(words: &[&str]) -> (Automaton, Vec<String>) {
        let patterns: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        (Automaton::new(&patterns).unwrap(), patterns)
    }

    /// Every pattern at `start`, longest first, as the matcher asks for them.
    fn found(a: &(Automaton, Vec<String>), text: &str, start: usize) -> Vec<String> {
        let mut out = Vec::new();
        let mut limit = text.len();
        while let Some((end, p)) = a.0.longest_at(text, start, limit) {
            assert_eq!(&text[start..end], a.1[p as usize]);
            out.push(a.1[p as usize].clone());
            limit = end - 1;
        }
        out
    }

    #[test]
    fn finds_every_pattern_at_a_position_longest_first() {
        let a = automaton(&["US", "US Army", "USA", "U", "Ukraine", "é", "éclair"]);
        assert_eq!(found(&a, "US Army base", 0), ["US Army", "US", "U"]);
        assert_eq!(found(&a, "USA", 0), ["USA", "US", "U"]);
        assert_eq!(found(&a, "the US", 4), ["US", "U"]);
        assert_eq!(found(&a, "Ukrain", 0), ["U"]);
        assert_eq!(found(&a, "éclairs", 0), ["éclair", "é"]);
        assert!(
            found(&a, "the US", 0).is_empty(),
            "anchored: no match later on"
        );
    }

    #[test]
    fn may_start_rules_out_only_impossible_starts() {
        let a = automaton(&["US", "Ukraine", "X"]);
        let may = |text: &str, i: usize| a.0.may_start(text.as_bytes(), i);
        assert!(may("US", 0));
        assert!(may("Uk", 0));
        assert!(!may("Ua", 0));
        assert!(!may("U", 0), "no one-byte pattern U");
        assert!(may("X", 0) && may("Xy", 0));
        assert!(!may("the", 0));
    }

    #[test]
    fn next_first_passes_over_bytes_inside_words() {
        let a = automaton(&["US", "al-Qaeda"]);
        let next = |text: &str, from: usize| a.0.next_first(text.as_bytes(), from);
        assert_eq!(next("thus USA", 0), Some(5));
        assert_eq!(
            next("bUS also", 0),
            Some(4),
            "`U` inside `bUS` is passed over"
        );
        assert_eq!(next("bUS", 1), None, "the byte before `from` counts");
        assert_eq!(next("é US", 0), Some(3));
        assert_eq!(next("the end", 0), None);
    }
}
