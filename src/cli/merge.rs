//! `kg merge`: partial graphs (one per shard) → one graph.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use kg::export::{self, OutputSet};

use super::build::stage_graph;
use super::common::Ui;

/// Merge graphs built from disjoint shards of a corpus into one.
///
/// The result equals a single `kg build` over all the shards: counts add up,
/// evidence is re-capped in document order, and NPMI is computed from the
/// merged counts. The shards must share the gazetteer and build options.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  kg build part1/ --out shards/1 --no-render\n  kg build part2/ --out shards/2 --no-render\n  kg merge shards/1/graph.json shards/2/graph.json --out out"
)]
pub struct Args {
    /// graph.json files to merge.
    #[arg(required = true, num_args = 2.., value_name = "GRAPH")]
    graphs: Vec<PathBuf>,
    /// Output folder for graph.json and graph.dot.
    #[arg(long, short, default_value = "out", value_name = "DIR")]
    out: PathBuf,
}

pub fn run(args: Args, ui: Ui) -> Result<ExitCode> {
    let mut merged = export::read_graph(&args.graphs[0])?;
    for path in &args.graphs[1..] {
        let g = export::read_graph(path)?;
        merged
            .merge(g)
            .with_context(|| format!("merging {}", path.display()))?;
    }
    let merged = merged.sorted();
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("creating the output folder {}", args.out.display()))?;
    let mut outputs = OutputSet::new();
    stage_graph(&merged, &args.out, &mut outputs)?;
    outputs.commit()?;
    ui.note(&format!(
        "merged {} graphs: {} entities, {} edges -> {}",
        args.graphs.len(),
        merged.graph.node_count(),
        merged.graph.edge_count(),
        args.out.display()
    ));
    Ok(ExitCode::SUCCESS)
}
