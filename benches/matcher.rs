//! Matcher benchmarks on ~1 MB of generated news text (see `kg-gen`):
//!
//! - `match/*`: [`Matcher::find_in`] over every document (segmentation done
//!   beforehand), with the shipped gazetteer and with 10k and 100k aliases;
//! - `scan/{dfa,nfa}/*`: for comparison, a bare unanchored leftmost-longest
//!   Aho-Corasick scan (a DFA, or a contiguous NFA) over the same patterns
//!   counting raw hits, with no boundaries, case policy or resolution (the
//!   matcher searches anchored, only where a whole word can start);
//! - `load/*` and `compile/*`: validating a gazetteer of 1k, 10k and 100k
//!   aliases, and compiling it into a matcher;
//! - `compile-automaton/{dfa,nfa}/*`: building the bare automaton alone.
//!
//! Run with `cargo bench --bench matcher`; one thread throughout.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use kg::gazetteer::{Gazetteer, Source};
use kg::matcher::Matcher;
use kg::normalize::fold;
use kg::segment::{Segments, segment};

#[allow(dead_code)]
#[path = "../src/bin/kg-gen.rs"]
mod kg_gen;

/// Bytes of text matched per iteration.
const TEXT_BYTES: u64 = 1_000_000;

/// Generated documents, about 5 KB each, seed 1.
fn documents() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let sentences = kg_gen::seed_sentences(&dir).expect("the seeds/ folder");
    kg_gen::Corpus::new(&sentences, TEXT_BYTES, 1)
        .map(|(_, text)| text)
        .collect()
}

/// The gazetteer sources for `aliases` (the shipped gazetteer for `None`).
fn sources(aliases: Option<usize>) -> Vec<Source> {
    match aliases {
        None => Source::shipped(),
        Some(n) => kg_gen::gazetteer(n, 1).expect("kg-gen gazetteer").sources(),
    }
}

fn matcher(aliases: Option<usize>) -> Matcher {
    let gazetteer = Gazetteer::from_sources(&sources(aliases)).expect("valid gazetteer");
    Matcher::new(gazetteer).expect("compiles")
}

const SIZES: [(&str, Option<usize>); 3] = [
    ("shipped", None),
    ("10k", Some(10_000)),
    ("100k", Some(100_000)),
];

fn matching(c: &mut Criterion) {
    let docs: Vec<(String, Segments)> = documents()
        .into_iter()
        .map(|d| {
            let s = segment(&d);
            (d, s)
        })
        .collect();
    let bytes = docs.iter().map(|(d, _)| d.len() as u64).sum();
    let mut group = c.benchmark_group("match");
    group.throughput(Throughput::Bytes(bytes)).sample_size(10);
    for (label, aliases) in SIZES {
        let m = matcher(aliases);
        group.bench_with_input(BenchmarkId::from_parameter(label), &m, |b, m| {
            b.iter(|| {
                docs.iter()
                    .map(|(text, segs)| m.find_in(black_box(text), segs).len())
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

/// The patterns the matcher compiles, approximately: every alias folded,
/// as written, in capitals and with each word capitalised.
fn patterns(g: &Gazetteer) -> Vec<String> {
    let mut out = Vec::new();
    for e in g.entities() {
        let all = e
            .plain_names()
            .chain(e.context_aliases.iter().map(String::as_str))
            .chain(e.demonyms.iter().map(String::as_str));
        for alias in all {
            let f = fold(alias);
            let title: Vec<String> = f
                .split(' ')
                .map(|w| {
                    let mut c = w.chars();
                    c.next()
                        .map(|h| h.to_uppercase().chain(c).collect())
                        .unwrap_or_default()
                })
                .collect();
            out.extend([f.to_uppercase(), title.join(" "), f]);
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A bare leftmost-longest automaton of the given kind over `patterns`.
fn automaton(kind: AhoCorasickKind, patterns: &[String]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(kind))
        .build(patterns)
        .expect("compiles")
}

const KINDS: [(&str, AhoCorasickKind); 2] = [
    ("dfa", AhoCorasickKind::DFA),
    ("nfa", AhoCorasickKind::ContiguousNFA),
];

fn scanning(c: &mut Criterion) {
    let docs = documents();
    let bytes = docs.iter().map(|d| d.len() as u64).sum();
    let mut group = c.benchmark_group("scan");
    group.throughput(Throughput::Bytes(bytes)).sample_size(10);
    for (label, aliases) in SIZES {
        let g = Gazetteer::from_sources(&sources(aliases)).expect("valid gazetteer");
        let patterns = patterns(&g);
        for (kind_label, kind) in KINDS {
            let a = automaton(kind, &patterns);
            let mb = a.memory_usage() as f64 / 1e6;
            eprintln!(
                "{label}: {} patterns, {kind_label} {mb:.1} MB",
                patterns.len()
            );
            let id = BenchmarkId::new(kind_label, label);
            group.bench_with_input(id, &a, |b, a| {
                b.iter(|| {
                    docs.iter()
                        .map(|d| a.find_iter(black_box(d.as_str())).count())
                        .sum::<usize>()
                })
            });
        }
    }
    group.finish();
}

fn compiling(c: &mut Criterion) {
    let mut load = c.benchmark_group("load");
    load.sample_size(10)
        .measurement_time(Duration::from_secs(10));
    let all: Vec<(usize, Vec<Source>)> = [1_000, 10_000, 100_000]
        .into_iter()
        .map(|n| (n, sources(Some(n))))
        .collect();
    for (n, srcs) in &all {
        load.bench_with_input(BenchmarkId::from_parameter(n), srcs, |b, s| {
            b.iter(|| Gazetteer::from_sources(s).expect("valid").len())
        });
    }
    load.finish();
    let mut compile = c.benchmark_group("compile");
    compile
        .sample_size(10)
        .measurement_time(Duration::from_secs(15));
    for (n, srcs) in &all {
        let g = Gazetteer::from_sources(srcs).expect("valid");
        compile.bench_with_input(BenchmarkId::from_parameter(n), &g, |b, g| {
            b.iter_batched(
                || g.clone(),
                |g| Matcher::new(g).expect("compiles").pattern_count(),
                BatchSize::LargeInput,
            )
        });
    }
    compile.finish();
    let mut bare = c.benchmark_group("compile-automaton");
    bare.sample_size(10)
        .measurement_time(Duration::from_secs(15));
    for (n, srcs) in &all {
        let patterns = patterns(&Gazetteer::from_sources(srcs).expect("valid"));
        for (kind_label, kind) in KINDS {
            let id = BenchmarkId::new(kind_label, n);
            bare.bench_with_input(id, &patterns, |b, p| {
                b.iter(|| automaton(kind, p).memory_usage())
            });
        }
    }
    bare.finish();
}

criterion_group!(benches, matching, scanning, compiling);
criterion_main!(benches);
