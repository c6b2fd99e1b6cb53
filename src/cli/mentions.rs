//! `kg mentions`: documents → mentions as JSON Lines on standard output.

use std::cell::OnceCell;
use std::io::{BufWriter, Write};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;
use kg::Matcher;
use kg::export;
use kg::pipeline;

use super::common::{GazetteerArgs, InputArgs, Ui, summarize};

/// Print the entities found, one JSON object per line.
///
/// Keys: doc, start, end (UTF-8 byte offsets into the text as read), text,
/// entity (id), name, type (country, person, organization; demonym for
/// demonyms), mention (name or demonym), sentence, paragraph, resolved_by
/// (why this entity: alias, context, country, nearest, demonym,
/// unlisted-organization, … ; the README's "Matching rules" explains each).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  kg mentions seeds > mentions.jsonl\n  echo \"Trump met Zelensky.\" | kg mentions -"
)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    gazetteer: GazetteerArgs,
    /// Report demonyms with type "country" instead of "demonym".
    #[arg(long)]
    demonyms_as_country: bool,
}

pub fn run(args: Args, ui: Ui) -> Result<ExitCode> {
    let started = Instant::now();
    let gazetteer = args.gazetteer.load(ui)?;
    let listed_only = args.gazetteer.listed_only;
    let reader = args.input.reader()?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let as_country = args.demonyms_as_country;
    // Made once the gazetteer is compiled, for the first batch.
    let writer = OnceCell::new();
    // The gazetteer compiles while the first batches are read.
    let (_, _, summary) = pipeline::run(
        reader,
        || -> Result<Matcher> { Ok(Matcher::new(gazetteer)?.with_unlisted(!listed_only)) },
        None,
        |matcher, batch, _| -> Result<()> {
            let writer =
                writer.get_or_init(|| export::MentionWriter::new(matcher.gazetteer(), as_country));
            writer.write(batch, &mut out)?;
            Ok(())
        },
        |p| ui.warn(p),
    )?;
    out.flush()?;
    args.input.check_strict(&summary)?;
    summarize(ui, &summary, "", started);
    Ok(ExitCode::SUCCESS)
}
