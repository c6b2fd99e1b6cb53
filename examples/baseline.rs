//! The yardstick of issue 6: the bare loop that `kg build` must not be
//! slower than, run on the same machine and data so that the comparison
//! does not depend on how fast the machine is that day.
//!
//! It does the least a co-occurrence count can do: read every document into
//! memory, scan each with one ASCII-case-insensitive leftmost-longest
//! `aho-corasick` automaton over every alias, keep whole-word matches, split
//! sentences naively at `.`, `!`, `?` and newlines, and count sentence-level
//! entity pairs in a hash map, with rayon on all cores. No Unicode
//! boundaries, normalisation, case policy, disambiguation, evidence or
//! output files.
//!
//! ```sh
//! cargo run --release --example baseline -- CORPUS GAZETTEER_DIR...
//! ```
//!
//! CORPUS is a JSONL file (one `{"text": …}` object per line) or a folder of
//! `.txt` files; each GAZETTEER_DIR is a gazetteer folder as `kg build
//! --gazetteer` takes it (pass `gazetteer` for the shipped one).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use aho_corasick::{AhoCorasick, MatchKind};
use kg::gazetteer::{Gazetteer, Source};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

type Pairs = FxHashMap<(u32, u32), u32>;

fn main() -> anyhow::Result<()> {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let Some((corpus, gazetteers)) = args.split_first() else {
        anyhow::bail!("usage: baseline CORPUS GAZETTEER_DIR...");
    };
    let start = std::time::Instant::now();
    let (patterns, entity_of) = aliases(gazetteers)?;
    let automaton = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)?;
    let docs = read_corpus(corpus)?;
    let pairs = docs
        .par_iter()
        .fold(Pairs::default, |mut pairs, text| {
            count_pairs(&automaton, &entity_of, text, &mut pairs);
            pairs
        })
        .reduce(Pairs::default, merge);
    let bytes: usize = docs.iter().map(String::len).sum();
    eprintln!(
        "baseline: {} aliases, {} documents, {:.1} MB, {} pairs in {:.2} s",
        patterns.len(),
        docs.len(),
        bytes as f64 / 1e6,
        pairs.len(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Every name, alias, context alias and demonym of the gazetteer in
/// `dirs` (read by `kg`'s own loader, so both see the same entities), and
/// the entity of each; an alias two entities share goes to the first.
fn aliases(dirs: &[PathBuf]) -> anyhow::Result<(Vec<String>, Vec<u32>)> {
    let mut sources = Vec::new();
    for dir in dirs {
        sources.extend(Source::read(dir)?);
    }
    let gazetteer = Gazetteer::from_sources(&sources)?;
    let mut index: HashMap<&str, u32> = HashMap::new();
    for (i, e) in gazetteer.entities().iter().enumerate() {
        for name in e.all_names() {
            index.entry(name).or_insert(i as u32);
        }
    }
    let mut pairs: Vec<(String, u32)> = index.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    pairs.sort();
    Ok(pairs.into_iter().unzip())
}

/// The texts of a JSONL file or of a folder's `.txt` files.
fn read_corpus(path: &Path) -> anyhow::Result<Vec<String>> {
    if path.is_dir() {
        let files: Vec<PathBuf> = walkdir::WalkDir::new(path)
            .into_iter()
            .filter_map(Result::ok)
            .map(|e| e.into_path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        return files
            .par_iter()
            .map(|p| Ok(std::fs::read_to_string(p)?))
            .collect();
    }
    std::fs::read_to_string(path)?
        .par_lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l)?;
            Ok(v["text"].as_str().unwrap_or_default().to_owned())
        })
        .collect()
}

/// Adds the sentence-level entity pairs of `text` to `pairs`.
fn count_pairs(automaton: &AhoCorasick, entity_of: &[u32], text: &str, pairs: &mut Pairs) {
    let mut found = Vec::new();
    for sentence in text.split(['.', '!', '?', '\n']) {
        found.clear();
        let bytes = sentence.as_bytes();
        for m in automaton.find_iter(sentence) {
            let before = m.start().checked_sub(1).map(|i| bytes[i]);
            let after = bytes.get(m.end()).copied();
            if !is_word(before) && !is_word(after) {
                found.push(entity_of[m.pattern().as_usize()]);
            }
        }
        found.sort_unstable();
        found.dedup();
        for (i, &a) in found.iter().enumerate() {
            for &b in &found[i + 1..] {
                *pairs.entry((a, b)).or_default() += 1;
            }
        }
    }
}

fn is_word(byte: Option<u8>) -> bool {
    byte.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn merge(mut a: Pairs, b: Pairs) -> Pairs {
    for (k, v) in b {
        *a.entry(k).or_default() += v;
    }
    a
}
