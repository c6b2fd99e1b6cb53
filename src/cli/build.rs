//! `kg build`: documents → mentions.jsonl, graph.json, graph.dot and images.

use std::cell::OnceCell;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use kg::Matcher;
use kg::export::{self, AtomicFile, DotOptions, Engine, ExportFormat, ImageFormat, OutputSet};
use kg::graph::{CoGraph, GraphOptions};
use kg::pipeline;

use super::common::{GazetteerArgs, InputArgs, Ui, summarize};
use super::export::FormatArg as ExportArg;
use super::render::{EngineArg, render_images};

/// Build the graph: read documents, find entities, write the outputs.
///
/// Writes OUT/mentions.jsonl, OUT/graph.json, OUT/graph.dot, and renders
/// OUT/graph.svg and OUT/graph.png with Graphviz. Every file is written to a
/// temporary file first, and all are renamed into place once all are
/// complete, so a failed run leaves the previous outputs intact.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kg build\n  kg build articles/ extra.jsonl --out graphs --window paragraph\n  cat story.txt | kg build - --no-render"
)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    gazetteer: GazetteerArgs,
    #[command(flatten)]
    graph: GraphArgs,
    /// Output folder (created if missing).
    #[arg(long, short, default_value = "out", value_name = "DIR")]
    out: PathBuf,
    /// Write JSON, DOT and mentions only, no images.
    #[arg(long)]
    no_render: bool,
    /// Graphviz layout engine for the images.
    #[arg(long, value_enum, default_value = "neato")]
    engine: EngineArg,
    /// Also export the graph for other tools (repeatable), as `kg export`
    /// does: OUT/graph.graphml, OUT/graph.gexf, OUT/nodes.csv and
    /// OUT/edges.csv, OUT/graph.cyjs.
    #[arg(long = "format", value_enum, value_name = "FORMAT")]
    formats: Vec<ExportArg>,
}

/// Options that shape the graph.
#[derive(Debug, Clone, clap::Args)]
pub struct GraphArgs {
    /// Entities co-occurring in the same WINDOW are linked.
    #[arg(long, short, value_enum, default_value = "sentence")]
    window: WindowArg,
    /// Keep at most N pieces of evidence per edge (the total is still counted).
    #[arg(long, default_value_t = 10, value_name = "N")]
    max_evidence: usize,
    /// Count demonyms ("Ukrainian") as mentions of their country in the graph.
    #[arg(long)]
    demonyms_as_country: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum WindowArg {
    Sentence,
    Paragraph,
    Document,
}

impl GraphArgs {
    pub fn options(&self) -> GraphOptions {
        GraphOptions {
            window: match self.window {
                WindowArg::Sentence => kg::Window::Sentence,
                WindowArg::Paragraph => kg::Window::Paragraph,
                WindowArg::Document => kg::Window::Document,
            },
            max_evidence: self.max_evidence,
            demonyms_as_country: self.demonyms_as_country,
        }
    }
}

pub fn run(args: Args, ui: Ui) -> Result<ExitCode> {
    let started = Instant::now();
    let gazetteer = args.gazetteer.load(ui)?;
    let listed_only = args.gazetteer.listed_only;
    let reader = args.input.reader()?;
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("creating the output folder {}", args.out.display()))?;
    export::remove_replaced_leftovers(&args.out)?;
    let options = args.graph.options();
    let mentions_path = args.out.join("mentions.jsonl");
    let mut mentions = AtomicFile::create(&mentions_path)?;
    let bar = ui.progress(|| args.input.total_bytes());
    // Made once the gazetteer is compiled, for the first batch.
    let writer = OnceCell::new();
    // The gazetteer compiles while the first batches are read.
    let (matcher, graph, summary) = pipeline::run(
        reader,
        || -> Result<Matcher> { Ok(Matcher::new(gazetteer)?.with_unlisted(!listed_only)) },
        Some(options),
        |matcher, batch, summary| -> Result<()> {
            let as_country = options.demonyms_as_country;
            writer
                .get_or_init(|| export::MentionWriter::new(matcher.gazetteer(), as_country))
                .write(batch, &mut mentions)
                .with_context(|| format!("writing {}", mentions_path.display()))?;
            bar.set_position(summary.bytes);
            bar.set_message(docs_per_second(summary.documents, started));
            Ok(())
        },
        |p| bar.suspend(|| ui.warn(p)),
    )?;
    bar.finish_and_clear();
    // Freeing the compiled gazetteer takes as long as writing a small
    // graph: it goes on while the outputs are written.
    let unloading = std::thread::spawn(move || drop(matcher));
    args.input
        .check_strict(&summary)
        .context("the previous outputs were left unchanged")?;
    let mut outputs = OutputSet::new();
    outputs.add(mentions)?;
    stage_graph(&graph, &args.out, &mut outputs)?;
    for &f in &args.formats {
        let format = ExportFormat::from(f);
        let path = format.default_path(&args.out.join("graph.json"));
        export::stage_export(&graph, format, &path, &mut outputs)
            .with_context(|| format!("writing {} to {}", format.as_str(), path.display()))?;
    }
    let (_, replaced) = outputs
        .commit_keeping_replaced()
        .context("the previous outputs were left unchanged")?;
    // The kernel frees the outputs replaced while the images render.
    let freeing = std::thread::spawn(move || drop(replaced));
    let extra = format!(
        ", {} entities, {} edges",
        graph.graph.node_count(),
        graph.graph.edge_count()
    );
    summarize(ui, &summary, &extra, started);
    let rendered = render(&args, &graph, ui);
    // A panic while freeing loses nothing: the outputs are in place.
    let _ = freeing.join();
    let _ = unloading.join();
    rendered?;
    ui.note(&format!("wrote {}", args.out.display()));
    Ok(ExitCode::SUCCESS)
}

/// Renders OUT/graph.svg and OUT/graph.png, unless `--no-render`. A failed
/// render is a warning, or an error with `--strict`.
fn render(args: &Args, graph: &CoGraph, ui: Ui) -> Result<()> {
    if !args.no_render {
        let dot = export::to_dot(graph, &DotOptions::default());
        let formats = [ImageFormat::Svg, ImageFormat::Png];
        let engine: Engine = args.engine.into();
        if let Err(e) = render_images(&dot, &formats, engine, &args.out.join("graph")) {
            ui.warn(&kg::Problem::new("render", 0, e.to_string()));
            if args.input.strict {
                return Err(e.into());
            }
        }
    }
    Ok(())
}

/// The progress bar's message: documents so far and their rate.
pub fn docs_per_second(documents: u64, started: Instant) -> String {
    let secs = started.elapsed().as_secs_f64().max(1e-3);
    format!("{documents} docs, {:.0} docs/s", documents as f64 / secs)
}

/// Adds graph.json and graph.dot in `out` to `outputs`.
pub fn stage_graph(graph: &CoGraph, out: &Path, outputs: &mut OutputSet) -> Result<()> {
    let json = serde_json::to_vec_pretty(&export::to_json(graph))?;
    outputs.write(&out.join("graph.json"), &json)?;
    let dot = export::to_dot(graph, &DotOptions::default());
    outputs.write(&out.join("graph.dot"), dot.as_bytes())?;
    Ok(())
}
