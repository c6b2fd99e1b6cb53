//! The patterns as one `aho-corasick` automaton, searched anchored at the
//! positions where a whole-word hit can start.
//!
//! The matcher only asks which pattern is the longest that starts at a
//! given position (see the module docs of [`crate::matcher`]), so the
//! automaton is only ever walked anchored, by hand. `aho-corasick` still
//! builds what an unanchored search needs (failure transitions); a
//! sentinel byte in every key makes that cheap (see `SENTINEL`).
//!
//! Matching is case-sensitive, but the automaton is not: it holds each
//! pattern ASCII-lower-cased (its *key*), once for all the case variants
//! of an alias (`Lockheed Martin`, `LOCKHEED MARTIN`), and is walked over
//! the text lower-cased byte by byte; a key found is then checked against
//! the text as written. The automaton's build runs on one thread and is
//! most of the time a large gazetteer takes to compile; over keys it takes
//! 30% fewer instructions with 100,000 aliases (the README's performance
//! section has the figures). In front of it,
//! a table of the patterns' first two bytes (as written) rules out most
//! positions with two lookups, so the automaton only runs where a pattern
//! may begin, as often as a case-sensitive one would.

use aho_corasick::automaton::{Automaton as _, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};
use rayon::prelude::*;

use super::swar;
use crate::error::{Error, Problem, Result};

/// An automaton over distinct patterns, walked anchored for the longest, and the
/// first-bytes table that says where to run it.
#[derive(Debug, Clone)]
pub struct Automaton {
    /// Over the keys (see [`keys_of`]).
    automaton: NFA,
    /// Per first byte (lower-cased): the state after it and [`SENTINEL`].
    after_first: Box<[StateID; 256]>,
    patterns: Vec<String>,
    /// The patterns of key `k` are `by_key[key_starts[k]..key_starts[k + 1]]`.
    by_key: Vec<u32>,
    key_starts: Vec<u32>,
    /// Per byte: [`FIRST`] if some pattern starts with it, [`WORD`] if it
    /// is an ASCII word character (one lookup per byte of the corpus).
    classes: Box<[u8; 256]>,
    /// Per byte: it is a whole pattern by itself.
    singles: Box<[bool; 256]>,
    /// Per pair of bytes, `first << 8 | second`: some pattern starts so.
    pairs: Box<[bool]>,
    /// No pattern begins with a space or a control byte, so
    /// [`Automaton::next_first`] may pass over them eight at a time.
    spaces_begin_nothing: bool,
}

impl Automaton {
    /// Builds the automaton of `patterns` (distinct, non-empty); pattern `i`
    /// is reported as `i`.
    pub fn new(patterns: Vec<String>) -> Result<Automaton> {
        let (keys, by_key, key_starts) = keys_of(&patterns);
        // A contiguous NFA, not a DFA: anchored at a few positions per word,
        // it searches about as fast, builds four times faster and takes a
        // fraction of the memory (the DFA of the shipped gazetteer padded
        // to 10,000 aliases raised the whole run's peak from 120 MB to
        // 175 MB). It is walked by hand, so it needs no prefilter, and the
        // walk itself picks the longest key (see `longest_at`), so the
        // automaton's own match kind does not matter for what is found; it
        // matters for the build (see `SENTINEL`).
        let automaton = NFA::builder()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .dense_depth(DENSE_DEPTH)
            .build(&keys)
            .map_err(|e| compile_error(&e))?;
        drop(keys);
        let start = automaton
            .start_state(Anchored::Yes)
            .map_err(|e| compile_error(&e))?;
        let after_first = Box::new(std::array::from_fn(|b| {
            let first = automaton.next_state(Anchored::Yes, start, b as u8);
            automaton.next_state(Anchored::Yes, first, SENTINEL)
        }));
        let mut classes = Box::new(std::array::from_fn(|b| {
            if is_ascii_word(b as u8) { WORD } else { 0 }
        }));
        let mut singles = Box::new([false; 256]);
        let mut pairs = vec![false; 1 << 16].into_boxed_slice();
        for p in patterns.iter().map(String::as_bytes) {
            classes[usize::from(p[0])] |= FIRST;
            match p.get(1) {
                Some(&second) => pairs[pair(p[0], second)] = true,
                None => singles[usize::from(p[0])] = true,
            }
        }
        let spaces_begin_nothing = (0..=0x20).all(|b| classes[b] & FIRST == 0);
        Ok(Automaton {
            automaton,
            after_first,
            patterns,
            by_key,
            key_starts,
            classes,
            singles,
            pairs,
            spaces_begin_nothing,
        })
    }

    /// The first position from `from` whose byte begins some pattern and
    /// is not an ASCII word character right after another one (no
    /// whole-word hit starts inside a word). This runs over every byte of
    /// the corpus: most bytes begin no pattern, and the few aliases that
    /// begin with a lower-case letter (`the Guardian`, `al-Qaeda`) would
    /// otherwise stop the scan at every `t` and `a` inside a word.
    ///
    /// Eight bytes are read at a time (see [`swar`]): a letter after a
    /// letter, and a space, begin nothing, which leaves about one byte in
    /// five (word starts, digits, punctuation) to look up one by one.
    #[inline]
    pub fn next_first(&self, bytes: &[u8], from: usize) -> Option<usize> {
        let mut at = from;
        if self.spaces_begin_nothing {
            let mut carry = from
                .checked_sub(1)
                .map_or(0, |p| u64::from(bytes[p].is_ascii_alphabetic()) << 7);
            while let Some(word) = swar::load(bytes, at) {
                let letters = swar::ascii_letters(word);
                let inside = letters & ((letters << 8) | carry);
                let maybe = !(inside | swar::at_most_space(word)) & swar::HIGH;
                if let Some(i) = swar::offsets(maybe)
                    .map(|k| at + k)
                    .find(|&i| self.first_at(bytes, i))
                {
                    return Some(i);
                }
                carry = letters >> 56;
                at += 8;
            }
        }
        (at..bytes.len()).find(|&i| self.first_at(bytes, i))
    }

    /// Whether `bytes[i]` begins some pattern and is not an ASCII word
    /// character right after another one.
    #[inline]
    fn first_at(&self, bytes: &[u8], i: usize) -> bool {
        let class = self.classes[usize::from(bytes[i])];
        class & FIRST != 0
            && (class & WORD == 0 || i == 0 || self.classes[usize::from(bytes[i - 1])] & WORD == 0)
    }

    /// Whether a pattern may start at `bytes[i]`: a cheap test on its first
    /// two bytes. (No separate test of the first byte: a pair or a single
    /// byte that begins a pattern implies it.)
    #[inline]
    pub fn may_start(&self, bytes: &[u8], i: usize) -> bool {
        let first = bytes[i];
        let two = bytes
            .get(i + 1)
            .is_some_and(|&b| self.pairs[pair(first, b)]);
        two || self.singles[usize::from(first)]
    }

    /// The longest pattern that starts at `start` and whose end `accept`s,
    /// as (end offset, pattern). One walk down the automaton from `start`,
    /// over the text lower-cased byte by byte, meets every key there,
    /// shortest first; a key counts when the text as written is one of its
    /// patterns (`US ARMY` is not a pattern when only `US Army` and its
    /// capitals are, so `US` is next).
    // Always inlined: left to itself the compiler stops inlining it once
    // a second caller appears, which costs the 20 MB run 1% more
    // instructions (session 33).
    #[inline(always)]
    pub fn longest_at(
        &self,
        text: &str,
        start: usize,
        accept: impl Fn(usize) -> bool,
    ) -> Option<(usize, u32)> {
        let bytes = text.as_bytes();
        let mut best = None;
        let first = bytes.get(start)?.to_ascii_lowercase();
        let mut state = self.after_first[usize::from(first)];
        let mut end = start + 1;
        loop {
            if self.automaton.is_special(state) {
                if self.automaton.is_dead(state) {
                    break;
                }
                // The cheap test first: most keys met inside a word fail it.
                if self.automaton.is_match(state) && accept(end) {
                    if let Some(p) = self.pattern_as_written(state, &bytes[start..end]) {
                        best = Some((end, p));
                    }
                }
            }
            let Some(&b) = bytes.get(end) else { break };
            state = self
                .automaton
                .next_state(Anchored::Yes, state, b.to_ascii_lowercase());
            end += 1;
        }
        best
    }

    /// The pattern of a key ending in `state` that reads `written`.
    fn pattern_as_written(&self, state: StateID, written: &[u8]) -> Option<u32> {
        (0..self.automaton.match_len(state))
            .map(|i| self.automaton.match_pattern(state, i).as_usize())
            .flat_map(|key| {
                let range = self.key_starts[key] as usize..self.key_starts[key + 1] as usize;
                self.by_key[range].iter().copied()
            })
            .find(|&p| self.patterns[p as usize].as_bytes() == written)
    }
}

/// The byte after the first byte of every key. No text holds it (it is
/// not UTF-8), so no key ends inside another key past its first byte, and
/// every failure transition of the automaton leads to its start state or
/// to a state one byte deep, which holds no key.
///
/// Why: `aho-corasick` always computes failure transitions, which an
/// anchored walk never follows. Under a leftmost match kind it does so with
/// a linear scan of the dead state's 256 transitions for every state below
/// a match (`US` → `US Army`), 0.87 G of the 1.41 G instructions of
/// building 100,000 aliases; under the standard kind it walks chains of
/// shorter suffixes instead and copies their matches into longer states,
/// so that `ukrain` would report the key `in`. With the sentinel, the
/// standard kind finds each failure transition in two lookups and copies
/// nothing: 0.77 G instructions for the build, and the walk meets exactly
/// the keys it met before. (In front of the key, the sentinel would cost
/// the trie's build a scan of a 60-way branch for every key.)
const SENTINEL: u8 = 0xFF;

/// The keys (the patterns ASCII-lower-cased, distinct, in byte order, with
/// [`SENTINEL`] after the first byte), and the patterns of each as `by_key` and
/// `key_starts` (see [`Automaton`]).
fn keys_of(patterns: &[String]) -> (Vec<Vec<u8>>, Vec<u32>, Vec<u32>) {
    let mut lower: Vec<Vec<u8>> = patterns
        .par_iter()
        .map(|p| {
            let mut key: Vec<u8> = p.bytes().map(|b| b.to_ascii_lowercase()).collect();
            key.insert(1, SENTINEL);
            key
        })
        .collect();
    let mut by_key: Vec<u32> = (0..patterns.len() as u32).collect();
    by_key.par_sort_by(|&a, &b| lower[a as usize].cmp(&lower[b as usize]));
    let mut keys: Vec<Vec<u8>> = Vec::new();
    let mut key_starts = Vec::new();
    for (i, &p) in by_key.iter().enumerate() {
        if keys.last() != Some(&lower[p as usize]) {
            keys.push(std::mem::take(&mut lower[p as usize]));
            key_starts.push(i as u32);
        }
    }
    key_starts.push(by_key.len() as u32);
    (keys, by_key, key_starts)
}

fn compile_error(e: &dyn std::fmt::Display) -> Error {
    let msg = format!("the gazetteer cannot be compiled: {e}");
    Error::Gazetteer(vec![Problem::new("gazetteer", 0, msg)])
}

/// States this close to the start store their transitions densely (one
/// lookup per byte) rather than as a list to scan. `aho-corasick`'s
/// default, 2, covers the start state and the one after a first byte; 3
/// adds the state after the [`SENTINEL`], where every walk goes next and
/// which has a transition for every second byte of the keys: 1.8% fewer
/// instructions for a whole build (callgrind, 20 MB, 10k aliases) at no
/// measurable memory. 4 takes 0.8% more off and costs 10 MB with 100,000
/// aliases, too close to the 300 MB the 1 GB run must stay under.
const DENSE_DEPTH: usize = 3;

/// Byte classes of [`Automaton::next_first`]: some pattern starts with the
/// byte; the byte is an ASCII word character.
const FIRST: u8 = 1;
const WORD: u8 = 2;

/// An ASCII letter, digit or `_`: the word characters of ASCII text.
pub(super) fn is_ascii_word(b: u8) -> bool {
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
        (Automaton::new(patterns.clone()).unwrap(), patterns)
    }

    /// Every pattern at `start`, longest first, as the matcher asks for them.
    fn found(a: &(Automaton, Vec<String>), text: &str, start: usize) -> Vec<String> {
        let mut out = Vec::new();
        let mut limit = text.len();
        while let Some((end, p)) = a.0.longest_at(text, start, |end| end <= limit) {
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
    fn case_variants_share_a_key_but_match_only_as_written() {
        let a = automaton(&["US", "Us", "US Army", "US ARMY", "Turkey", "TÜRKIYE"]);
        assert_eq!(a.0.key_starts.len() - 1, 4, "us, us army, turkey, tÜrkiye");
        assert_eq!(found(&a, "US ARMY", 0), ["US ARMY", "US"]);
        assert_eq!(found(&a, "US Army", 0), ["US Army", "US"]);
        assert_eq!(
            found(&a, "Us Army", 0),
            ["Us"],
            "longest key, shorter pattern"
        );
        assert!(found(&a, "us army", 0).is_empty());
        assert!(found(&a, "turkey", 0).is_empty() && found(&a, "TURKEY", 0).is_empty());
        assert!(
            found(&a, "TüRKIYE", 0).is_empty(),
            "non-ASCII case is exact"
        );
        assert_eq!(found(&a, "TÜRKIYE", 0), ["TÜRKIYE"]);
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
        assert!(!may("us", 0), "first bytes as written");
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

    /// Where `next_first` should stop, read one byte at a time.
    fn firsts_one_by_one(patterns: &[String], text: &str) -> Vec<usize> {
        let b = text.as_bytes();
        let word = |i: usize| is_ascii_word(b[i]);
        (0..b.len())
            .filter(|&i| patterns.iter().any(|p| p.as_bytes()[0] == b[i]))
            .filter(|&i| !(word(i) && i > 0 && word(i - 1)))
            .collect()
    }

    fn all_firsts(a: &Automaton, text: &str, from: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut at = from;
        while let Some(i) = a.next_first(text.as_bytes(), at) {
            out.push(i);
            at = i + 1;
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn next_first_stops_where_a_byte_by_byte_reading_does(
            // Small alphabets, so that the patterns' first bytes are
            // common in the text, and runs of `z` that begin nothing, so
            // that some words of eight bytes hold no stop.
            words in proptest::collection::btree_set(r#"[ \t0-2A-Ca-c_.("'’]|À|\u{1F600}"#, 1..6),
            text in r#"(zzzzzzz|zzz|[ \n\t\x00.,'"(0-3A-Da-d@\[_`{]|[\u{80}-\u{FF}]|À|’|\u{1F600}){0,60}"#,
        ) {
            let patterns: Vec<String> = words.into_iter().map(|w| format!("{w}x")).collect();
            let a = Automaton::new(patterns.clone()).unwrap();
            let expected = firsts_one_by_one(&patterns, &text);
            // From every byte: each starts the eight-byte words elsewhere.
            for from in 0..=text.len() {
                let next = expected.iter().copied().find(|&i| i >= from);
                proptest::prop_assert_eq!(a.next_first(text.as_bytes(), from), next, "from {}", from);
            }
        }
    }

    #[test]
    fn next_first_reads_past_eight_bytes_and_across_words() {
        let (a, _) = automaton(&["US", "al-Qaeda", "1st", "“X"]);
        let text = "and thus the US said: al-Qaeda’s 1st “X”, not bUS or 21st.";
        let got = all_firsts(&a, text, 0);
        let at = |s: &str| text.find(s).unwrap();
        let expected = ["and", "US said", "al-", "’s", "1st", "“X", "”,"].map(at);
        assert_eq!(got, expected, "`’` and `”` begin with the byte of `“`");
        let (spaced, _) = automaton(&[" US", "US"]);
        assert_eq!(all_firsts(&spaced, "thus the US", 0), [4, 8, 9]);
    }
}
