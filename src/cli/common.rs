//! Arguments and helpers shared by subcommands.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressStyle};
use kg::Problem;
use kg::gazetteer::{Gazetteer, Source};
use kg::input::{InputSpec, ReadOptions, Reader};
use kg::pipeline::Summary;

/// How to talk to the user.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    pub quiet: bool,
}

impl Ui {
    pub fn warn(&self, p: &Problem) {
        eprintln!("kg: warning: {p}");
    }

    pub fn note(&self, msg: &str) {
        if !self.quiet {
            eprintln!("kg: {msg}");
        }
    }

    /// A progress bar on a terminal; hidden otherwise or with --quiet.
    /// The total is computed only for a bar that is shown: sizing a large
    /// folder costs a stat per file before anything is read.
    pub fn progress(&self, total_bytes: impl FnOnce() -> u64) -> ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::new(total_bytes());
        let style = ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
        )
        .expect("valid template");
        bar.set_style(style);
        bar.enable_steady_tick(Duration::from_millis(200));
        bar
    }
}

/// Which gazetteer to load.
#[derive(Debug, Clone, clap::Args)]
pub struct GazetteerArgs {
    /// A gazetteer file or folder of *.tsv files to load too (repeatable).
    /// See gazetteer/README.md for the format.
    #[arg(long, short = 'g', value_name = "PATH")]
    pub gazetteer: Vec<PathBuf>,
    /// Do not load the shipped gazetteer (only those given with --gazetteer).
    #[arg(long)]
    pub no_default_gazetteer: bool,
    /// Report only the gazetteer's entities. By default people it does not
    /// list are reported too where news writes only people's names: after
    /// a title or role (`Defence Minister Jane Doe`, when `Jane` is a given
    /// name of the gazetteer's people), next to a news agency in a photo
    /// credit (`Jane Doe/AFP`) and in bylines (`By Jane Doe`); then their
    /// names and surnames elsewhere in the same document. So are
    /// organisations named by three capitalised words around a word of
    /// `org_heads.txt` (`Care Quality Commission`, `Election Commission of
    /// India`). Their ids begin `unlisted:`.
    #[arg(long)]
    pub listed_only: bool,
}

impl GazetteerArgs {
    /// Loads and validates the gazetteer, without compiling it; warns of
    /// the `.txt` files of a folder it does not read.
    pub fn load(&self, ui: Ui) -> Result<Gazetteer> {
        let mut sources = if self.no_default_gazetteer {
            Vec::new()
        } else {
            Source::shipped()
        };
        if self.no_default_gazetteer && self.gazetteer.is_empty() {
            bail!("--no-default-gazetteer needs at least one --gazetteer PATH");
        }
        for path in &self.gazetteer {
            sources.extend(Source::read(path)?);
            for file in Source::ignored(path) {
                let msg = format!(
                    "ignored: not a word list kg reads (those are {})",
                    kg::gazetteer::WORD_LISTS.join(", ")
                );
                ui.warn(&Problem::new(file.display().to_string(), 0, msg));
            }
        }
        Ok(Gazetteer::from_sources(&sources)?)
    }
}

/// Where documents come from and how they are read.
#[derive(Debug, Clone, clap::Args)]
pub struct InputArgs {
    /// Text files, folders (searched recursively for *.txt, *.jsonl),
    /// JSON Lines files ({"id": ..., "text": ...} per line), or - for
    /// standard input.
    #[arg(value_name = "INPUT", default_value = "seeds")]
    pub inputs: Vec<String>,
    /// Replace invalid UTF-8 bytes with U+FFFD instead of skipping the file.
    #[arg(long)]
    pub lossy: bool,
    /// Treat every warning (a skipped file or line) as an error.
    #[arg(long)]
    pub strict: bool,
    /// Read a text file larger than SIZE in parts of about SIZE (K, M, G
    /// are powers of 1000; KiB, MiB, GiB of 1024), each a document of its
    /// own (`file.txt#1`, `#2`, …, with `part` and `offset` in its
    /// metadata), so memory stays bounded. Parts are cut at blank lines or
    /// double spaces, where no name can cross.
    #[arg(long, value_name = "SIZE", default_value = "16M", value_parser = parse_part_size)]
    pub part_size: usize,
}

/// A part size: a size in bytes, at least one.
fn parse_part_size(s: &str) -> std::result::Result<usize, String> {
    match kg::input::parse_size(s)? {
        0 => Err("the part size must be at least 1 byte".into()),
        n => usize::try_from(n).map_err(|_| format!("{s:?} is too large")),
    }
}

impl InputArgs {
    pub fn reader(&self) -> Result<Reader> {
        let specs: Vec<InputSpec> = self.inputs.iter().map(|s| InputSpec::parse(s)).collect();
        let options = ReadOptions {
            lossy: self.lossy,
            part_bytes: self.part_size,
        };
        Reader::new(&specs, options).context("reading the inputs")
    }

    /// Total size of the named inputs, for the progress bar.
    pub fn total_bytes(&self) -> u64 {
        self.inputs
            .iter()
            .filter(|s| *s != "-")
            .flat_map(|s| walkdir::WalkDir::new(s).into_iter().flatten())
            .filter_map(|e| e.metadata().ok())
            .filter(|m| m.is_file())
            .map(|m| m.len())
            .sum()
    }

    /// Fails a strict run that skipped anything.
    pub fn check_strict(&self, summary: &Summary) -> Result<()> {
        let problems = summary.skipped.len() + summary.warnings.len();
        if self.strict && problems > 0 {
            bail!("--strict: {problems} warning(s), see above");
        }
        Ok(())
    }
}

/// Prints the run summary on standard error.
pub fn summarize(ui: Ui, summary: &Summary, extra: &str, started: Instant) {
    let secs = started.elapsed().as_secs_f64();
    let mb = summary.bytes as f64 / 1e6;
    let mut notes = Vec::new();
    if summary.without_mentions > 0 {
        notes.push(format!("{} without mentions", summary.without_mentions));
    }
    if !summary.skipped.is_empty() {
        notes.push(format!("{} skipped, see warnings", summary.skipped.len()));
    }
    let reasons = match notes.is_empty() {
        true => String::new(),
        false => format!(" ({})", notes.join("; ")),
    };
    ui.note(&format!(
        "{} documents{reasons}, {:.2} MB, {} mentions{extra} in {secs:.2} s ({:.1} MB/s)",
        summary.documents,
        mb,
        summary.mentions,
        if secs > 0.0 { mb / secs } else { 0.0 }
    ));
}
