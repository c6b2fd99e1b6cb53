//! Argument parsing and dispatch: one file per subcommand.

/// `println!` for command output: a closed pipe (`kg query top | head`)
/// ends the program quietly with success instead of panicking, and any
/// other write error is reported with exit code 1.
macro_rules! println {
    () => {
        $crate::cli::print_line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::cli::print_line(format_args!($($arg)*))
    };
}

mod build;
mod common;
mod export;
mod mentions;
mod merge;
mod query;
mod render;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit code for bad input, a failed run, or a query with no result.
pub const EXIT_FAILURE: u8 = 1;

const AFTER_HELP: &str = "\
Exit codes: 0 success; 1 bad input, failed run or empty query result; 2 usage error.

Examples:
  kg build                          # seeds/ -> out/graph.{json,dot,svg,png}, out/mentions.jsonl
  kg build news/ --window paragraph --out graphs/
  kg mentions seeds > mentions.jsonl
  kg query neighbors Ukraine --type person
  kg query relation Trump Putin
  kg render --focus Zelensky --depth 1 --format svg
  kg export --format gexf            # out/graph.gexf for Gephi";

/// Turn news text into an entity knowledge graph.
///
/// kg finds countries, people and organisations named in news articles with a
/// gazetteer (one Aho-Corasick automaton over every alias), links entities
/// that appear together in a sentence, paragraph or document, and writes the
/// graph as node-link JSON, DOT and images, with the sentences behind every
/// relation.
#[derive(Debug, Parser)]
#[command(name = "kg", version, after_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    /// No progress bar and no run summary on standard error.
    #[arg(long, short, global = true)]
    quiet: bool,
    /// Worker threads (default: all cores). Output is identical for any count.
    #[arg(long, short = 'j', global = true, value_name = "N")]
    threads: Option<usize>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Build(build::Args),
    Mentions(mentions::Args),
    Query(query::Args),
    Render(render::Args),
    Merge(merge::Args),
    Export(export::Args),
}

/// Writes one line to standard output (see the `println!` above).
pub fn print_line(line: std::fmt::Arguments) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let written = out.write_fmt(line).and_then(|()| out.write_all(b"\n"));
    match written {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => {
            eprintln!("kg: error: writing to standard output: {e}");
            std::process::exit(i32::from(EXIT_FAILURE));
        }
    }
}

/// Parses the command line and runs the subcommand.
pub fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    if let Some(n) = cli.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()?;
    }
    let ui = common::Ui { quiet: cli.quiet };
    match cli.command {
        Command::Build(args) => build::run(args, ui),
        Command::Mentions(args) => mentions::run(args, ui),
        Command::Query(args) => query::run(args),
        Command::Render(args) => render::run(args, ui),
        Command::Merge(args) => merge::run(args, ui),
        Command::Export(args) => export::run(args, ui),
    }
}
