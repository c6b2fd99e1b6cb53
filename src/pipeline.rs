//! Runs the stages over a stream of documents: batches are read, matched in
//! parallel (rayon), folded into partial graphs per thread and merged. The
//! result does not depend on the thread count: partial graphs merge
//! exactly and the final graph is put in canonical order.
//!
//! With more than one thread the stages overlap: a reader thread reads and
//! decodes the next batch, an analyser thread has the rayon pool match and
//! graph the current one, and the calling thread hands the previous one to
//! `on_batch` (which writes the mentions). Batches still reach `on_batch` in
//! input order, so the output is the same as with one thread, where the
//! stages simply run one after the other.

use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use rayon::prelude::*;

use crate::error::Problem;
use crate::gazetteer::Entity;
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
    /// Its mentions, sorted, non-overlapping. Entity `i` is the
    /// gazetteer's below its length, `unlisted[i - length]` above.
    pub mentions: Vec<Mention>,
    /// The people and organisations it names that the gazetteer does not
    /// list.
    pub unlisted: Vec<Entity>,
}

impl Analysed {
    /// Segments and matches one document.
    pub fn new(matcher: &Matcher, doc: Document) -> Analysed {
        let segments = segment(&doc.text);
        Analysed::segmented(matcher, doc, segments)
    }

    /// Matches one document already segmented.
    fn segmented(matcher: &Matcher, doc: Document, segments: Segments) -> Analysed {
        let found = matcher.find_all(&doc.text, &segments);
        Analysed {
            doc,
            segments,
            mentions: found.mentions,
            unlisted: found.unlisted,
        }
    }

    /// The entity of a mention's index: the gazetteer's, or one of the
    /// document's unlisted people.
    pub fn entity<'a>(&'a self, matcher: &'a Matcher, index: usize) -> &'a Entity {
        matcher.entity_in(&self.unlisted, index)
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

/// The first batch is smaller: nothing else runs until it is read, and the
/// stages after reading wait for it.
const FIRST_BATCH_BYTES: usize = 1 << 20;
const BATCH_DOCS: usize = 4096;

/// Batches waiting between two stages. One is enough to keep each stage
/// busy while the next works, and bounds the memory in flight.
const QUEUE: usize = 1;

/// Batches the reader may have read and segmented ahead of the analyser:
/// more than [`QUEUE`], so that reading goes on while the gazetteer
/// compiles.
const READ_AHEAD: usize = 2;

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

/// Something the reader reported instead of a document.
enum Note {
    Skipped(Problem),
    Warning(Problem),
}

/// Documents read together, and what was reported while reading them.
struct Batch<T> {
    docs: Vec<T>,
    bytes: usize,
    notes: Vec<Note>,
}

impl<T> Batch<T> {
    fn new() -> Self {
        Batch {
            docs: Vec::new(),
            bytes: 0,
            notes: Vec::new(),
        }
    }
}

/// Reads `items`, matches each document and, when `options` are given,
/// builds the graph (otherwise the returned graph is empty). The matcher is
/// made by `compile`, which with more than one thread runs while the first
/// batches are read and segmented (the reader does not need the matcher);
/// pass `|| Ok(&matcher)` to use one already compiled. `on_batch` sees the
/// matcher and every analysed batch in input order (to write mentions,
/// report progress); `on_skip` sees every warning, in input order, before
/// the batch read with it. The matcher is returned with the graph.
pub fn run<M, E>(
    items: impl Iterator<Item = Item> + Send,
    compile: impl FnOnce() -> Result<M, E>,
    options: Option<GraphOptions>,
    mut on_batch: impl FnMut(&Matcher, &[Analysed], &Summary) -> Result<(), E>,
    mut on_skip: impl FnMut(&Problem),
) -> Result<(M, CoGraph, Summary), E>
where
    M: std::borrow::Borrow<Matcher> + Sync,
{
    let mut summary = Summary::default();
    let mut deliver = |matcher: &Matcher, batch: Batch<Analysed>| {
        report(
            batch,
            &mut summary,
            &mut |b, s| on_batch(matcher, b, s),
            &mut on_skip,
        )
    };
    let (matcher, graph) = if rayon::current_num_threads() <= 1 {
        let matcher = compile()?;
        let m = matcher.borrow();
        let mut graph = CoGraph::new(m.gazetteer().hash(), options.unwrap_or_default());
        for batch in batches(items) {
            deliver(m, analyse(m, options, &mut graph, segment_batch(batch)))?;
        }
        (matcher, graph)
    } else {
        overlapped(items, compile, options, deliver)?
    };
    Ok((matcher, graph.sorted(), summary))
}

/// The pipelined run: reading, analysis and delivery on three threads,
/// joined by bounded queues. When `deliver` fails, dropping its queue stops
/// the analyser, whose dropped queue stops the reader.
fn overlapped<M, E>(
    items: impl Iterator<Item = Item> + Send,
    compile: impl FnOnce() -> Result<M, E>,
    options: Option<GraphOptions>,
    mut deliver: impl FnMut(&Matcher, Batch<Analysed>) -> Result<(), E>,
) -> Result<(M, CoGraph), E>
where
    M: std::borrow::Borrow<Matcher> + Sync,
{
    let cell = std::sync::OnceLock::new();
    let graph = std::thread::scope(|scope| {
        let (read_tx, read_rx) = sync_channel(READ_AHEAD);
        let (done_tx, done_rx) = sync_channel(QUEUE);
        let reader = scope.spawn(move || send_all(batches(items).map(segment_batch), &read_tx));
        let compiled = compile();
        let matcher: &Matcher = match compiled {
            Ok(m) => cell.get_or_init(move || m).borrow(),
            Err(e) => {
                drop(read_rx);
                join(reader);
                return Err(e);
            }
        };
        let analyser = scope.spawn(move || {
            let mut graph = CoGraph::new(matcher.gazetteer().hash(), options.unwrap_or_default());
            let analysed = read_rx
                .into_iter()
                .map(|batch| analyse(matcher, options, &mut graph, batch));
            send_all(analysed, &done_tx);
            graph
        });
        let delivered = deliver_all(done_rx, &mut |b| deliver(matcher, b));
        let graph = join(analyser);
        join(reader);
        delivered.map(|()| graph)
    })?;
    let matcher = cell.into_inner().expect("compiled");
    Ok((matcher, graph))
}

/// Segments the documents of a batch (on the reader thread, which needs
/// no matcher, so it can run ahead while the gazetteer compiles).
fn segment_batch(batch: Batch<Document>) -> Batch<(Document, Segments)> {
    Batch {
        docs: batch
            .docs
            .into_iter()
            .map(|d| {
                let s = segment(&d.text);
                (d, s)
            })
            .collect(),
        bytes: batch.bytes,
        notes: batch.notes,
    }
}

fn deliver_all<E>(
    queue: Receiver<Batch<Analysed>>,
    deliver: &mut impl FnMut(Batch<Analysed>) -> Result<(), E>,
) -> Result<(), E> {
    queue.into_iter().try_for_each(deliver)
}

/// Sends every item until the receiving stage has stopped.
fn send_all<T>(items: impl Iterator<Item = T>, queue: &SyncSender<T>) {
    for item in items {
        if queue.send(item).is_err() {
            break;
        }
    }
}

/// A stage's result; its panic, if any, goes on in the caller.
fn join<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// Groups `items` into batches (a batch may hold only notes).
fn batches(items: impl Iterator<Item = Item>) -> impl Iterator<Item = Batch<Document>> {
    let mut items = items.peekable();
    let mut limit = FIRST_BATCH_BYTES;
    std::iter::from_fn(move || {
        let mut batch = Batch::new();
        while batch.bytes < limit && batch.docs.len() < BATCH_DOCS {
            match items.next()? {
                Item::Doc(doc) => {
                    batch.bytes += doc.text.len();
                    batch.docs.push(doc);
                }
                Item::Skipped(p) => batch.notes.push(Note::Skipped(p)),
                Item::Warning(p) => batch.notes.push(Note::Warning(p)),
            }
            if items.peek().is_none() {
                break;
            }
        }
        limit = BATCH_BYTES;
        Some(batch)
    })
}

/// Matches a batch and adds it to `graph` (when there is one to build).
fn analyse(
    matcher: &Matcher,
    options: Option<GraphOptions>,
    graph: &mut CoGraph,
    batch: Batch<(Document, Segments)>,
) -> Batch<Analysed> {
    let docs = batch
        .docs
        .into_par_iter()
        .map(|(d, s)| Analysed::segmented(matcher, d, s))
        .collect::<Vec<_>>();
    if let Some(options) = options {
        graph.absorb(partial_graph(&docs, matcher, options));
    }
    Batch {
        docs,
        bytes: batch.bytes,
        notes: batch.notes,
    }
}

/// Counts an analysed batch in `summary` and hands it on: its notes to
/// `on_skip`, its documents (if any) to `on_batch`.
fn report<E>(
    batch: Batch<Analysed>,
    summary: &mut Summary,
    on_batch: &mut impl FnMut(&[Analysed], &Summary) -> Result<(), E>,
    on_skip: &mut impl FnMut(&Problem),
) -> Result<(), E> {
    for note in batch.notes {
        match note {
            Note::Skipped(p) => {
                on_skip(&p);
                summary.skipped.push(p);
            }
            Note::Warning(p) => {
                on_skip(&p);
                summary.warnings.push(p);
            }
        }
    }
    if batch.docs.is_empty() {
        return Ok(());
    }
    summary.documents += batch.docs.len() as u64;
    summary.bytes += batch.bytes as u64;
    summary.mentions += batch
        .docs
        .iter()
        .map(|a| a.mentions.len() as u64)
        .sum::<u64>();
    summary.without_mentions += batch.docs.iter().filter(|a| a.mentions.is_empty()).count() as u64;
    on_batch(&batch.docs, summary)
}

/// Builds the graph of a batch: one partial graph per run of documents,
/// merged. The runs are few (two per thread): each partial graph makes its
/// own copy of every entity it meets, so a partial graph per rayon split
/// (dozens per batch) took longer on two threads than one graph built on
/// one.
pub fn partial_graph(analysed: &[Analysed], matcher: &Matcher, options: GraphOptions) -> CoGraph {
    let hash = matcher.gazetteer().hash();
    let runs = 2 * rayon::current_num_threads();
    analysed
        .par_chunks(analysed.len().div_ceil(runs).max(1))
        .map(|run| {
            let mut graph = CoGraph::new(hash, options);
            for a in run {
                graph.add_document(&a.input(), |e| a.entity(matcher, e));
            }
            graph
        })
        .reduce(
            || CoGraph::new(hash, options),
            |mut a, b| {
                a.absorb(b);
                a
            },
        )
}
