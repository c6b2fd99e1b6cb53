//! Runs the stages over a stream of documents: batches are read, matched in
//! parallel (rayon), folded into partial graphs per thread and merged. The
//! result does not depend on the thread count: partial graphs merge
//! exactly and the final graph is put in canonical order.

use rayon::prelude::*;

use crate::error::Problem;
use crate::graph::{CoGraph, DocInput, GraphOptions};
use crate::input::{Document, Item};
use crate::matcher::{Matcher, Mention};
use crate::segment::{Segments, segment};

/// A document after segmentation and matching.
#[derive(Debug)]
pub struct Analysed {
    /// The document.
    pub doc: Document,
    /// Its paragraphs and sentences.
    pub segments: Segments,
    /// Its mentions, sorted, non-overlapping.
    pub mentions: Vec<Mention>,
}

impl Analysed {
    /// Segments and matches one document.
    pub fn new(matcher: &Matcher, doc: Document) -> Analysed {
        let segments = segment(&doc.text);
        let mentions = matcher.find_in(&doc.text, &segments);
        Analysed {
            doc,
            segments,
            mentions,
        }
    }

    /// The view the graph builder needs.
    pub fn input(&self) -> DocInput<'_> {
        DocInput {
            id: &self.doc.id,
            text: &self.doc.text,
            segments: &self.segments,
            mentions: &self.mentions,
        }
    }
}

/// How much text a batch holds before it is processed: large enough to
/// keep both cores busy, small enough that memory stays flat.
const BATCH_BYTES: usize = 8 << 20;
const BATCH_DOCS: usize = 4096;

/// Counts of a run, for the summary.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    /// Documents processed.
    pub documents: u64,
    /// Bytes of text processed.
    pub bytes: u64,
    /// Mentions found (names and demonyms).
    pub mentions: u64,
    /// Documents in which nothing was found (empty files among them).
    pub without_mentions: u64,
    /// What was skipped, with reasons.
    pub skipped: Vec<Problem>,
    /// What was read, but not exactly as written.
    pub warnings: Vec<Problem>,
}

/// Reads `items`, matches each document and, when `options` are given,
/// builds the graph (otherwise the returned graph is empty). `on_batch`
/// sees every analysed batch in input order (to write mentions, report
/// progress); `on_skip` sees every warning as it happens.
pub fn run<E>(
    items: impl Iterator<Item = Item>,
    matcher: &Matcher,
    options: Option<GraphOptions>,
    mut on_batch: impl FnMut(&[Analysed], &Summary) -> Result<(), E>,
    mut on_skip: impl FnMut(&Problem),
) -> Result<(CoGraph, Summary), E> {
    let hash = matcher.gazetteer().hash();
    let mut graph = CoGraph::new(hash, options.unwrap_or_default());
    let mut summary = Summary::default();
    let mut batch: Vec<Document> = Vec::new();
    let mut batch_bytes = 0;
    let mut items = items.peekable();
    while let Some(item) = items.next() {
        match item {
            Item::Doc(doc) => {
                batch_bytes += doc.text.len();
                batch.push(doc);
            }
            Item::Skipped(p) => {
                on_skip(&p);
                summary.skipped.push(p);
            }
            Item::Warning(p) => {
                on_skip(&p);
                summary.warnings.push(p);
            }
        }
        let full = batch_bytes >= BATCH_BYTES || batch.len() >= BATCH_DOCS;
        if !batch.is_empty() && (full || items.peek().is_none()) {
            let analysed = analyse_batch(matcher, std::mem::take(&mut batch));
            if let Some(options) = options {
                graph.absorb(partial_graph(&analysed, matcher, options));
            }
            summary.documents += analysed.len() as u64;
            summary.bytes += batch_bytes as u64;
            summary.mentions += analysed
                .iter()
                .map(|a| a.mentions.len() as u64)
                .sum::<u64>();
            summary.without_mentions +=
                analysed.iter().filter(|a| a.mentions.is_empty()).count() as u64;
            batch_bytes = 0;
            on_batch(&analysed, &summary)?;
        }
    }
    Ok((graph.sorted(), summary))
}

/// Segments and matches documents in parallel, keeping their order.
pub fn analyse_batch(matcher: &Matcher, docs: Vec<Document>) -> Vec<Analysed> {
    docs.into_par_iter()
        .map(|d| Analysed::new(matcher, d))
        .collect()
}

/// Builds the graph of a batch: one partial graph per rayon split, merged.
pub fn partial_graph(analysed: &[Analysed], matcher: &Matcher, options: GraphOptions) -> CoGraph {
    let hash = matcher.gazetteer().hash();
    analysed
        .par_iter()
        .fold(
            || CoGraph::new(hash, options),
            |mut g, a| {
                g.add_document(&a.input(), |e| matcher.entity(e));
                g
            },
        )
        .reduce(
            || CoGraph::new(hash, options),
            |mut a, b| {
                a.absorb(b);
                a
            },
        )
}
