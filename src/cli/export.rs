//! `kg export`: graph.json → GraphML, GEXF, CSV or Cytoscape.js JSON.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use kg::export::{self, ExportFormat};
use kg::graph::CoGraph;

use super::common::Ui;

/// Write the graph for other tools: Gephi, yEd, Cytoscape, spreadsheets.
///
/// Every format carries the same attributes: for entities id, name, type,
/// qid, description, aliases, mentions and documents; for relations the
/// weight (co-occurrences in the graph's window), documents, npmi, the counts
/// per window and the number of pieces of evidence. The evidence sentences
/// stay in graph.json.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kg export --format graphml                 # out/graph.graphml\n  kg export --format gexf --out gephi/news.gexf\n  kg export --format csv --out tables/       # tables/nodes.csv, tables/edges.csv\n  kg export --format cytoscape --graph shards/1/graph.json"
)]
pub struct Args {
    /// The format to write.
    #[arg(long, short, value_enum)]
    format: FormatArg,
    /// The graph to export.
    #[arg(long, default_value = "out/graph.json", value_name = "PATH")]
    graph: PathBuf,
    /// Output file; for csv, a folder that receives nodes.csv and edges.csv.
    /// Default: beside the graph (graph.graphml, graph.gexf, graph.cyjs, or
    /// the graph's folder for csv).
    #[arg(long, short, value_name = "PATH")]
    out: Option<PathBuf>,
}

/// The export formats, as the command line names them.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FormatArg {
    /// GraphML with typed keys (Gephi, yEd, networkx, igraph).
    Graphml,
    /// GEXF 1.3 with colours by type and sizes by mentions (Gephi).
    Gexf,
    /// nodes.csv and edges.csv (spreadsheets, Gephi's spreadsheet import).
    Csv,
    /// Cytoscape.js elements JSON (Cytoscape, Cytoscape.js).
    Cytoscape,
}

impl From<FormatArg> for ExportFormat {
    fn from(f: FormatArg) -> ExportFormat {
        match f {
            FormatArg::Graphml => ExportFormat::GraphMl,
            FormatArg::Gexf => ExportFormat::Gexf,
            FormatArg::Csv => ExportFormat::Csv,
            FormatArg::Cytoscape => ExportFormat::Cytoscape,
        }
    }
}

pub fn run(args: Args, ui: Ui) -> Result<ExitCode> {
    let g = export::read_graph(&args.graph)?;
    let format = ExportFormat::from(args.format);
    let path = args.out.unwrap_or_else(|| format.default_path(&args.graph));
    write(&g, format, &path, ui)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes one export to `path` (a folder for CSV), creating the folder it
/// needs.
pub fn write(g: &CoGraph, format: ExportFormat, path: &Path, ui: Ui) -> Result<()> {
    let dir = match format {
        ExportFormat::Csv => Some(path),
        _ => path.parent().filter(|d| !d.as_os_str().is_empty()),
    };
    if let Some(dir) = dir {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("creating the output folder {}", dir.display()))?;
    }
    let written = export::write_export(g, format, path)
        .with_context(|| format!("writing {} to {}", format.as_str(), path.display()))?;
    for file in written {
        ui.note(&format!("wrote {}", file.display()));
    }
    Ok(())
}
