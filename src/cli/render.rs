//! `kg render`: graph.json → images through Graphviz, whole or pruned.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use kg::export::{self, DotOptions, Engine, ImageFormat};
use kg::query;

use super::common::Ui;
use super::query::parse_types;

/// Draw a graph (SVG, PNG, PDF) with Graphviz, whole or pruned.
///
/// Colour shows the type, box size the mentions, line width the
/// co-occurrences. Prune large graphs with --top, --min-weight, --types, or
/// draw one entity's neighbourhood with --focus.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kg render --format svg --format pdf\n  kg render --focus Zelensky --depth 1 --out out/zelensky\n  kg render --top 40 --types country,person --engine sfdp"
)]
pub struct Args {
    /// The graph to draw.
    #[arg(long, default_value = "out/graph.json", value_name = "PATH")]
    graph: PathBuf,
    /// Output path without extension (default: beside the graph, `graph`).
    #[arg(long, short, value_name = "STEM")]
    out: Option<PathBuf>,
    /// Image formats (repeatable).
    #[arg(long, short, value_enum, default_values = ["svg", "png"])]
    format: Vec<FormatArg>,
    /// Graphviz layout engine.
    #[arg(long, value_enum, default_value = "neato")]
    engine: EngineArg,
    /// Draw only this entity and its neighbourhood.
    #[arg(long, value_name = "NAME")]
    focus: Option<String>,
    /// Hops around --focus.
    #[arg(long, default_value_t = 1, value_name = "N")]
    depth: usize,
    /// Keep only the N strongest edges.
    #[arg(long, value_name = "N")]
    top: Option<usize>,
    /// Keep only edges of at least this weight.
    #[arg(long, default_value_t = 0, value_name = "W")]
    min_weight: u64,
    /// Keep only these types (comma-separated: country,person,organization).
    #[arg(long, value_name = "TYPES")]
    types: Option<String>,
    /// Write the co-occurrence count on each edge.
    #[arg(long)]
    edge_labels: bool,
    /// Also write the pruned graph as DOT beside the images.
    #[arg(long)]
    dot: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    Svg,
    Png,
    Pdf,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum EngineArg {
    Dot,
    Neato,
    Fdp,
    Sfdp,
    Circo,
}

impl From<EngineArg> for Engine {
    fn from(e: EngineArg) -> Engine {
        match e {
            EngineArg::Dot => Engine::Dot,
            EngineArg::Neato => Engine::Neato,
            EngineArg::Fdp => Engine::Fdp,
            EngineArg::Sfdp => Engine::Sfdp,
            EngineArg::Circo => Engine::Circo,
        }
    }
}

/// Renders `dot` to `stem.<format>` for each format.
pub fn render_images(
    dot: &str,
    formats: &[ImageFormat],
    engine: Engine,
    stem: &Path,
) -> kg::Result<()> {
    for &f in formats {
        let path = stem.with_extension(f.as_str());
        export::render(dot, f, engine, &path)?;
    }
    Ok(())
}

pub fn run(args: Args, ui: Ui) -> Result<ExitCode> {
    let graph = export::read_graph(&args.graph)?;
    let mut keep: Option<HashSet<petgraph::graph::NodeIndex>> = None;
    let mut highlight = None;
    if let Some(name) = &args.focus {
        let node = query::resolve(&graph, name)?;
        keep = Some(query::neighbourhood(&graph, node, args.depth));
        highlight = Some(graph.graph[node].id.clone());
    }
    let prune = query::Prune {
        nodes: keep,
        types: parse_types(args.types.as_deref())?,
        min_weight: args.min_weight,
        top: args.top,
    };
    let graph = query::prune(&graph, &prune);
    let engine: Engine = args.engine.into();
    let options = DotOptions {
        edge_labels: args.edge_labels,
        layout: engine.as_str().into(),
        highlight,
    };
    let dot = export::to_dot(&graph, &options);
    let stem = args
        .out
        .unwrap_or_else(|| args.graph.with_file_name("graph"));
    if let Some(dir) = stem.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    if args.dot {
        export::write_atomic(&stem.with_extension("dot"), dot.as_bytes())?;
    }
    let formats: Vec<ImageFormat> = args
        .format
        .iter()
        .map(|f| match f {
            FormatArg::Svg => ImageFormat::Svg,
            FormatArg::Png => ImageFormat::Png,
            FormatArg::Pdf => ImageFormat::Pdf,
        })
        .collect();
    render_images(&dot, &formats, engine, &stem)?;
    ui.note(&format!(
        "drew {} entities and {} relations to {}.{{{}}}",
        graph.graph.node_count(),
        graph.graph.edge_count(),
        stem.display(),
        formats
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join(",")
    ));
    Ok(ExitCode::SUCCESS)
}
