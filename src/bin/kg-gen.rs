//! `kg-gen`: deterministic benchmark data for `kg`.
//!
//! - `kg-gen corpus --bytes 100M --out DIR|FILE.jsonl --seed 1` writes
//!   documents whose sentences are sampled from the sentences of `seeds/`.
//!   A folder and a JSONL file made with the same seed hold the same
//!   documents under the same ids, so `kg build` gives the same graph for both.
//! - `kg-gen gazetteer --aliases 10k --out DIR --seed 1` pads the shipped
//!   gazetteer with synthetic people and organisations (short all-caps
//!   acronyms included, as real gazetteers have) to exactly N aliases
//!   (names, aliases, context aliases and demonyms). Use it with
//!   `kg build --gazetteer DIR`. Below the shipped size it writes a prefix of
//!   the shipped files instead, for `--no-default-gazetteer --gazetteer DIR`.
//!
//! The same arguments always give the same bytes: the only randomness is a
//! seeded xorshift generator. The benchmarks in `benches/` include this file
//! to generate the same data in memory.

use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail, ensure};
use clap::{Parser, Subcommand};
use kg::gazetteer::{Entity, Gazetteer, Source, parse_tsv};
use kg::input::parse_size;
use kg::normalize::fold;

/// Deterministic benchmark data for kg: corpora and filler gazetteers.
#[derive(Debug, Parser)]
#[command(name = "kg-gen", max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Write documents made of sentences sampled from the seed articles.
    Corpus {
        /// Bytes of text to write (suffixes K, M, G: powers of 1000).
        #[arg(long, default_value = "100M", value_parser = parse_size)]
        bytes: u64,
        /// A folder (one .txt file per document) or a FILE.jsonl.
        #[arg(long, value_name = "DIR|FILE.jsonl")]
        out: PathBuf,
        /// Seed of the generator.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Folder of seed articles (*.txt) whose sentences are sampled.
        #[arg(long, default_value = "seeds", value_name = "DIR")]
        seeds: PathBuf,
    },
    /// Write a gazetteer folder that brings the shipped one to N aliases.
    Gazetteer {
        /// Aliases in total, shipped ones included (suffix k allowed: 10k).
        #[arg(long, value_parser = parse_size)]
        aliases: u64,
        /// Output folder (created if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Seed of the generator.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

#[allow(dead_code)] // the benchmarks include this file but do not call main
fn main() -> ExitCode {
    match run(Cli::parse().command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kg-gen: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<()> {
    match command {
        Command::Corpus {
            bytes,
            out,
            seed,
            seeds,
        } => write_corpus(&seeds, bytes, seed, &out),
        Command::Gazetteer { aliases, out, seed } => {
            write_gazetteer(usize::try_from(aliases)?, seed, &out)
        }
    }
}

/// xorshift64*: tiny, fast and good enough to sample sentences and names.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator whose stream depends only on `seed` (0 is allowed).
    pub fn new(seed: u64) -> Rng {
        // splitmix64 spreads small seeds over the state; the state must not be 0.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------- corpus

/// The sentences of the seed articles, split with `kg::segment`, in file
/// and text order.
pub fn seed_sentences(dir: &Path) -> Result<Vec<String>> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .with_context(|| format!("reading the seed folder {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in &files {
        let text =
            fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
        let segments = kg::segment::segment(&text);
        out.extend(
            segments
                .sentences
                .iter()
                .map(|s| text[s.start..s.end].to_string()),
        );
    }
    ensure!(
        !out.is_empty(),
        "no sentences in {}/*.txt: point --seeds at a folder of articles",
        dir.display()
    );
    Ok(out)
}

/// An endless-until-`bytes` stream of documents `(id, text)`, ids being the
/// relative paths a folder corpus uses (`0000/0000001.txt`).
pub struct Corpus<'a> {
    rng: Rng,
    sentences: &'a [String],
    bytes_left: u64,
    next: usize,
}

impl<'a> Corpus<'a> {
    /// Documents totalling at least `bytes` bytes of text (the last one
    /// crosses the line), sampled from `sentences` with `seed`.
    pub fn new(sentences: &'a [String], bytes: u64, seed: u64) -> Corpus<'a> {
        Corpus {
            rng: Rng::new(seed),
            sentences,
            bytes_left: bytes,
            next: 0,
        }
    }

    /// About 5 KB of news-like text: 2 to 22 paragraphs of 1 to 6
    /// sentences; a sentence without final punctuation (a headline, a
    /// caption) stands alone as its own paragraph, as it does in the seeds.
    fn document(&mut self) -> String {
        let mut paragraphs: Vec<String> = Vec::new();
        for _ in 0..self.rng.between(2, 22) {
            let mut para: Vec<&str> = Vec::new();
            for _ in 0..self.rng.between(1, 6) {
                let s = self.rng.pick(self.sentences).as_str();
                if ends_sentence(s) {
                    para.push(s);
                } else {
                    paragraphs.push(s.to_string());
                }
            }
            if !para.is_empty() {
                paragraphs.push(para.join(" "));
            }
        }
        paragraphs.join("\n\n") + "\n"
    }
}

fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', '…', '"', '”', '\'', '’', ')'])
}

impl Iterator for Corpus<'_> {
    type Item = (String, String);

    fn next(&mut self) -> Option<(String, String)> {
        if self.bytes_left == 0 {
            return None;
        }
        let text = self.document();
        self.bytes_left = self.bytes_left.saturating_sub(text.len() as u64);
        self.next += 1;
        let id = format!("{:04}/{:07}.txt", self.next / 1000, self.next);
        Some((id, text))
    }
}

/// Refuses a folder with files in it: kg reads every file of a folder, so
/// leftovers of an earlier run would silently join the new data.
fn ensure_empty(dir: &Path) -> Result<()> {
    let Ok(mut entries) = fs::read_dir(dir) else {
        return Ok(());
    };
    if entries.next().is_some() {
        bail!(
            "{} is not empty: remove it or choose another --out",
            dir.display()
        );
    }
    Ok(())
}

fn write_corpus(seeds: &Path, bytes: u64, seed: u64, out: &Path) -> Result<()> {
    let sentences = seed_sentences(seeds)?;
    let jsonl = out.extension().is_some_and(|x| x == "jsonl");
    let (mut docs, mut total) = (0u64, 0u64);
    if jsonl {
        if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent)?;
        }
        let file = fs::File::create(out).with_context(|| format!("creating {}", out.display()))?;
        let mut w = BufWriter::new(file);
        for (id, text) in Corpus::new(&sentences, bytes, seed) {
            serde_json::to_writer(&mut w, &serde_json::json!({ "id": id, "text": text }))?;
            w.write_all(b"\n")?;
            (docs, total) = (docs + 1, total + text.len() as u64);
        }
        w.flush()?;
    } else {
        ensure_empty(out)?;
        for (id, text) in Corpus::new(&sentences, bytes, seed) {
            let path = out.join(&id);
            fs::create_dir_all(path.parent().expect("ids have a folder"))?;
            fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
            (docs, total) = (docs + 1, total + text.len() as u64);
        }
    }
    eprintln!(
        "kg-gen: wrote {docs} documents, {total} bytes of text to {}",
        out.display()
    );
    Ok(())
}

// ---------------------------------------------------------------- gazetteer

/// A generated gazetteer: the files to write, and whether they complete
/// the shipped gazetteer (`--gazetteer DIR`) or replace it
/// (`--no-default-gazetteer --gazetteer DIR`).
#[derive(Debug, Clone)]
pub struct Generated {
    /// File names (no folder) and contents.
    pub files: Vec<Source>,
    /// The files are meant to be loaded after the shipped gazetteer.
    pub with_shipped: bool,
}

impl Generated {
    /// Everything `kg` loads for this gazetteer, shipped files included.
    pub fn sources(&self) -> Vec<Source> {
        let mut sources = if self.with_shipped {
            Source::shipped()
        } else {
            Vec::new()
        };
        sources.extend(self.files.iter().cloned());
        sources
    }
}

/// The strings of an entity that become patterns: name, aliases, context
/// and country aliases, demonyms.
fn alias_count(e: &Entity) -> usize {
    e.all_names().count()
}

/// Total aliases of a gazetteer, as [`gazetteer`] counts them.
pub fn total_aliases(g: &Gazetteer) -> usize {
    g.entities().iter().map(alias_count).sum()
}

/// A gazetteer of exactly `aliases` aliases: the shipped one padded with
/// synthetic entities or, below its size, a prefix of it padded to the
/// exact count. Validated with the loader before it is returned.
pub fn gazetteer(aliases: usize, seed: u64) -> Result<Generated> {
    let shipped = Gazetteer::from_sources(&Source::shipped())?;
    let shipped_total = total_aliases(&shipped);
    let mut taken = Taken::default();
    for e in shipped.entities() {
        taken.add_entity(e);
    }
    for phrase in shipped.not_entities() {
        taken.add(phrase);
    }
    let (mut files, have) = if aliases >= shipped_total {
        (Vec::new(), shipped_total)
    } else {
        fitting_prefix(aliases)?
    };
    files.push(Source {
        name: "filler.tsv".into(),
        text: filler_tsv(aliases - have, seed, &mut taken),
    });
    let generated = Generated {
        files,
        with_shipped: aliases >= shipped_total,
    };
    let loaded = Gazetteer::from_sources(&generated.sources())
        .context("the generated gazetteer does not load (a bug in kg-gen)")?;
    ensure!(
        total_aliases(&loaded) == aliases,
        "generated {} aliases instead of {aliases} (a bug in kg-gen)",
        total_aliases(&loaded)
    );
    Ok(generated)
}

/// A prefix of the shipped gazetteer whose aliases, once loaded, fit in
/// `limit`, and their count. The loader adds the surnames that rows do not
/// list, so a prefix of `limit` listed aliases can load a few more: then
/// the prefix is cut shorter until it fits.
fn fitting_prefix(limit: usize) -> Result<(Vec<Source>, usize)> {
    let mut listed = limit;
    loop {
        let files = shipped_prefix(listed)?;
        // Below the first entity's aliases the prefix is the word lists
        // alone, which the loader rejects (no entries): the filler is all.
        if !files.iter().any(|f| f.name.ends_with(".tsv")) {
            return Ok((files, 0));
        }
        let loaded = Gazetteer::from_sources(&files)
            .context("a prefix of the shipped gazetteer does not load (a bug in kg-gen)")?;
        let have = total_aliases(&loaded);
        if have <= limit {
            return Ok((files, have));
        }
        listed = listed.saturating_sub(have - limit);
    }
}

/// The first shipped entities (files in name order, lines in order) whose
/// listed aliases fit in `limit`, as copies of the shipped files cut short,
/// plus the word lists but `country_bodies.txt`.
fn shipped_prefix(limit: usize) -> Result<Vec<Source>> {
    let mut files = Vec::new();
    let mut total = 0;
    let mut full = false;
    let mut kept_ids: HashSet<String> = HashSet::new();
    for source in Source::shipped() {
        let base = source.name.rsplit('/').next().unwrap_or("").to_string();
        // The bodies derived per country would outgrow a small prefix by
        // themselves (ten per country): a prefix is rows only.
        if base == "country_bodies.txt" {
            continue;
        }
        if !base.ends_with(".tsv") {
            files.push(Source {
                name: base,
                ..source
            });
            continue;
        }
        let entities = parse_tsv(&source.name, &source.text)
            .map_err(|p| anyhow::anyhow!("shipped gazetteer: {p:?}"))?;
        let mut keep: BTreeSet<usize> = BTreeSet::new();
        for e in &entities {
            full = full || total + alias_count(e) > limit;
            if full {
                break;
            }
            total += alias_count(e);
            keep.insert(e.origin.line);
            kept_ids.insert(e.id.clone());
        }
        if keep.is_empty() {
            continue;
        }
        files.push(Source {
            name: format!("shipped-{base}"),
            text: keep_lines(&source.text, &keep),
        });
    }
    // Other senses, credits and places name entities by id: only those of
    // the kept ones load.
    let by_id = |f: &&mut Source| {
        ["other_senses.txt", "credits.txt", "places.txt"].contains(&f.name.as_str())
    };
    for f in files.iter_mut().filter(by_id) {
        f.text = senses_of(&f.text, &kept_ids);
    }
    Ok(files)
}

/// The lines of an `other_senses.txt`, `credits.txt` or `places.txt` text about the
/// entities `ids`, and its comments.
fn senses_of(text: &str, ids: &HashSet<String>) -> String {
    let about = |line: &str| {
        line.split('\t')
            .next()
            .is_some_and(|id| ids.contains(id.trim()))
    };
    text.lines()
        .filter(|l| l.starts_with('#') || l.trim().is_empty() || about(l))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// The header of a TSV text and the lines numbered in `keep` (1-based).
fn keep_lines(text: &str, keep: &BTreeSet<usize>) -> String {
    let mut header_seen = false;
    let mut out = String::new();
    for (i, line) in text.lines().enumerate() {
        let is_header = !header_seen && !line.trim().is_empty() && !line.starts_with('#');
        header_seen |= is_header;
        if is_header || keep.contains(&(i + 1)) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Strings already used, compared folded and upper-cased: a filler alias
/// must neither equal a shipped one nor become one through the case
/// variants the matcher adds.
#[derive(Debug, Default)]
struct Taken(HashSet<String>);

impl Taken {
    fn key(s: &str) -> String {
        fold(s).to_uppercase()
    }

    fn add(&mut self, s: &str) -> bool {
        self.0.insert(Taken::key(s))
    }

    fn add_entity(&mut self, e: &Entity) {
        for s in e.all_names() {
            self.add(s);
        }
    }
}

const FIRST_NAMES: &[&str] = &[
    "Adam", "Ahmed", "Aisha", "Alexei", "Ana", "Andrei", "Anna", "Carlos", "Chen", "Daniel",
    "David", "Elena", "Emma", "Fatima", "Hans", "Hassan", "Ibrahim", "Ivan", "James", "Jean",
    "John", "Jose", "Juan", "Karim", "Kenji", "Laura", "Li", "Lucas", "Maria", "Mark", "Mohammed",
    "Nadia", "Nikolai", "Olga", "Omar", "Paul", "Pedro", "Peter", "Pierre", "Priya", "Rahul",
    "Sara", "Sergei", "Sofia", "Thomas", "Wei", "Yuki", "Yusuf", "Zhang", "Olena",
];

const SYLLABLES: &[&str] = &[
    "ba", "ber", "dal", "dri", "ek", "fen", "ga", "gor", "han", "ka", "kov", "lan", "lo", "mar",
    "mer", "mo", "nak", "ni", "ov", "pet", "ra", "ren", "sal", "shev", "sto", "tor", "ul", "van",
    "vik", "wen", "zar", "zi",
];

const ADJECTIVES: &[&str] = &[
    "Allied",
    "Arctic",
    "Atlantic",
    "Baltic",
    "Central",
    "Coastal",
    "Continental",
    "Democratic",
    "Eastern",
    "Federal",
    "Free",
    "Global",
    "Imperial",
    "Independent",
    "International",
    "Joint",
    "Liberal",
    "National",
    "New",
    "Northern",
    "Pacific",
    "Popular",
    "Progressive",
    "Republican",
    "Royal",
    "Social",
    "Southern",
    "Strategic",
    "United",
    "Western",
];

const NOUNS: &[&str] = &[
    "Aviation",
    "Border",
    "Climate",
    "Cyber",
    "Defense",
    "Energy",
    "Finance",
    "Fisheries",
    "Grain",
    "Health",
    "Housing",
    "Industry",
    "Labor",
    "Maritime",
    "Media",
    "Mining",
    "Nuclear",
    "Ports",
    "Rail",
    "Research",
    "Security",
    "Shipping",
    "Space",
    "Steel",
    "Telecom",
    "Trade",
    "Transport",
    "Veterans",
    "Water",
    "Youth",
];

const KINDS: &[&str] = &[
    "Agency",
    "Alliance",
    "Authority",
    "Bank",
    "Brigade",
    "Bureau",
    "Command",
    "Commission",
    "Corporation",
    "Council",
    "Directorate",
    "Federation",
    "Forum",
    "Foundation",
    "Front",
    "Group",
    "Initiative",
    "Institute",
    "League",
    "Movement",
    "Network",
    "Partnership",
    "Party",
    "Service",
    "Union",
];

/// A made-up word of 2 or 3 syllables, capitalised (`Kalomer`).
fn made_up_word(rng: &mut Rng) -> String {
    let mut w: String = (0..rng.between(2, 3))
        .map(|_| *rng.pick(SYLLABLES))
        .collect();
    w[..1].make_ascii_uppercase();
    w
}

/// An all-caps acronym of 2 to 4 letters, mostly 3, as in real lists.
fn random_acronym(rng: &mut Rng) -> String {
    let len = [2, 3, 3, 3, 4, 4][rng.below(6)];
    (0..len)
        .map(|_| (b'A' + rng.below(26) as u8) as char)
        .collect()
}

/// The initials of the capitalised words of `name` (`NGC`), when 2 to 4.
fn initials(name: &str) -> Option<String> {
    let s: String = name
        .split(' ')
        .filter_map(|w| w.chars().next().filter(char::is_ascii_uppercase))
        .collect();
    (2..=4).contains(&s.len()).then_some(s)
}

/// One synthetic entity before it is written: id, type, name, aliases,
/// context aliases.
struct Synthetic {
    id: String,
    kind: &'static str,
    name: String,
    aliases: Vec<String>,
    context: Vec<String>,
}

impl Synthetic {
    fn count(&self) -> usize {
        1 + self.aliases.len() + self.context.len()
    }

    /// Drops aliases from the end so that the entity has `n` (≥ 1).
    fn truncate(&mut self, n: usize) {
        while self.count() > n && !self.context.is_empty() {
            self.context.pop();
        }
        self.aliases
            .truncate(n.saturating_sub(1 + self.context.len()));
    }

    fn tsv_line(&self) -> String {
        format!(
            "{}\t{}\t{}\t{}\t{}\t\tsynthetic {} for benchmarks\n",
            self.id,
            self.kind,
            self.name,
            self.aliases.join("|"),
            self.context.join("|"),
            self.kind
        )
    }
}

/// A fresh string from `make`, retried until it is not taken (then taken).
fn fresh(taken: &mut Taken, rng: &mut Rng, make: impl Fn(&mut Rng) -> String) -> String {
    loop {
        let s = make(rng);
        if taken.add(&s) {
            return s;
        }
    }
}

/// A person: `First Lastname`, aliases `F. Lastname` and, half the time, the
/// bare surname (otherwise a context alias, as the shipped people have).
fn person(n: usize, taken: &mut Taken, rng: &mut Rng) -> Synthetic {
    let name = fresh(taken, rng, |r| {
        format!("{} {}", r.pick(FIRST_NAMES), made_up_word(r))
    });
    let (first, last) = name.split_once(' ').expect("two words");
    let mut aliases = Vec::new();
    let mut context = Vec::new();
    let initial = format!("{}. {last}", &first[..1]);
    if taken.add(&initial) {
        aliases.push(initial);
    }
    // Always a surname, plain or in context: a person without one would
    // get it derived by the loader, one alias more than counted.
    if rng.below(2) == 0 && taken.add(last) {
        aliases.push(last.to_string());
    } else {
        taken.add(last);
        context.push(last.to_string());
    }
    Synthetic {
        id: format!("gen-person-{n:06}"),
        kind: "person",
        name,
        aliases,
        context,
    }
}

/// An organisation: `Northern Grain Council` or `Kalomer Steel Group`, with
/// its initials as an acronym when free, else a random 2-4 letter one.
fn organization(n: usize, taken: &mut Taken, rng: &mut Rng) -> Synthetic {
    let name = fresh(taken, rng, |r| match r.below(3) {
        0 => format!("{} {} {}", made_up_word(r), r.pick(NOUNS), r.pick(KINDS)),
        _ => format!("{} {} {}", r.pick(ADJECTIVES), r.pick(NOUNS), r.pick(KINDS)),
    });
    let mut aliases = Vec::new();
    match initials(&name) {
        Some(a) if taken.add(&a) => aliases.push(a),
        _ => aliases.push(fresh(taken, rng, random_acronym)),
    }
    if rng.below(3) == 0 {
        let of = format!("{} of {}", rng.pick(KINDS), made_up_word(rng));
        if taken.add(&of) {
            aliases.push(of);
        }
    }
    Synthetic {
        id: format!("gen-org-{n:06}"),
        kind: "organization",
        name,
        aliases,
        context: Vec::new(),
    }
}

/// A TSV of synthetic people and organisations with exactly `n` aliases in
/// total; every new string is recorded in `taken`.
fn filler_tsv(n: usize, seed: u64, taken: &mut Taken) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::from("id\ttype\tname\taliases\tcontext_aliases\tqid\tdescription\n");
    let mut left = n;
    let mut i = 0;
    while left > 0 {
        i += 1;
        // A person cut short could lose its surname (see `person`): the
        // last few aliases go to an organisation.
        let mut e = if left >= 3 && rng.below(2) == 0 {
            person(i, taken, &mut rng)
        } else {
            organization(i, taken, &mut rng)
        };
        e.truncate(left);
        left -= e.count();
        out.push_str(&e.tsv_line());
    }
    out
}

fn write_gazetteer(aliases: usize, seed: u64, out: &Path) -> Result<()> {
    if aliases == 0 {
        bail!("--aliases must be at least 1");
    }
    ensure_empty(out)?;
    let generated = gazetteer(aliases, seed)?;
    fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    for file in &generated.files {
        let path = out.join(&file.name);
        fs::write(&path, &file.text).with_context(|| format!("writing {}", path.display()))?;
    }
    let usage = if generated.with_shipped {
        "--gazetteer"
    } else {
        "--no-default-gazetteer --gazetteer"
    };
    eprintln!(
        "kg-gen: wrote a gazetteer of {aliases} aliases to {}; use: kg build {usage} {}",
        out.display(),
        out.display()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeds() -> Vec<String> {
        seed_sentences(&Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")).unwrap()
    }

    #[test]
    fn rng_is_deterministic_and_in_range() {
        let a: Vec<u64> = (0..5)
            .map({
                let mut r = Rng::new(7);
                move |_| r.next_u64()
            })
            .collect();
        let mut r = Rng::new(7);
        assert_eq!(a, (0..5).map(|_| r.next_u64()).collect::<Vec<_>>());
        assert_ne!(Rng::new(1).next_u64(), Rng::new(2).next_u64());
        let mut r = Rng::new(3);
        assert!((0..1000).all(|_| r.between(2, 4) >= 2 && r.between(2, 4) <= 4));
    }

    #[test]
    fn corpus_is_seed_sentences_and_reaches_the_size() {
        let sentences = seeds();
        let docs: Vec<(String, String)> = Corpus::new(&sentences, 50_000, 1).collect();
        let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
        assert!((50_000..70_000).contains(&bytes), "{bytes}");
        assert_eq!(docs[0].0, "0000/0000001.txt");
        for (_, text) in &docs {
            for para in text.split("\n\n") {
                let para = para.trim_end();
                assert!(
                    sentences.iter().any(|s| para.starts_with(s.as_str())),
                    "{para}"
                );
            }
        }
        let again: Vec<(String, String)> = Corpus::new(&sentences, 50_000, 1).collect();
        assert_eq!(docs, again);
        let other: Vec<(String, String)> = Corpus::new(&sentences, 50_000, 2).collect();
        assert_ne!(docs, other);
    }

    #[test]
    fn gazetteer_pads_to_the_exact_count_with_acronyms() {
        // Above the shipped gazetteer, whatever its size: it now holds more
        // than 100k aliases, so 100k is a prefix of it, and 20k more leave
        // enough generated entities to count on a two-letter acronym.
        let shipped = total_aliases(&Gazetteer::from_sources(&Source::shipped()).unwrap());
        let size = shipped + 20_000;
        let g = gazetteer(size, 1).unwrap();
        assert!(g.with_shipped);
        assert_eq!(g.files.len(), 1);
        let loaded = Gazetteer::from_sources(&g.sources()).unwrap();
        assert_eq!(total_aliases(&loaded), size);
        let generated: Vec<&Entity> = loaded
            .entities()
            .iter()
            .filter(|e| e.id.starts_with("gen-"))
            .collect();
        let acronyms: Vec<&str> = generated
            .iter()
            .flat_map(|e| e.aliases.iter().map(String::as_str))
            .filter(|a| a.len() <= 4 && a.bytes().all(|b| b.is_ascii_uppercase()))
            .collect();
        // One acronym per generated organisation, whatever the shipped
        // gazetteer's size leaves to generate (the last entity may lose its
        // aliases to reach the exact count).
        let orgs = generated
            .iter()
            .filter(|e| e.id.starts_with("gen-org-"))
            .count();
        assert!(orgs > 0);
        assert!(
            (orgs - 1..=orgs).contains(&acronyms.len()),
            "{} for {orgs}",
            acronyms.len()
        );
        let filler: usize = generated.iter().map(|e| alias_count(e)).sum();
        assert!(
            acronyms.len() * 10 > filler,
            "{} of {filler}",
            acronyms.len()
        );
        assert!(acronyms.iter().any(|a| a.len() == 2));
        assert_eq!(gazetteer(size, 1).unwrap().files[0].text, g.files[0].text);
    }

    #[test]
    fn small_gazetteer_is_a_prefix_of_the_shipped_one() {
        let g = gazetteer(1_000, 1).unwrap();
        assert!(!g.with_shipped);
        let loaded = Gazetteer::from_sources(&g.sources()).unwrap();
        assert_eq!(total_aliases(&loaded), 1_000);
        assert_eq!(loaded.entities()[0].id, "afghanistan");
        assert!(!loaded.common_words().is_empty());
        // The other senses of the entities kept (Georgia), not of the rest.
        let senses: Vec<&str> = loaded
            .other_senses()
            .iter()
            .map(|s| loaded.entities()[s.entity].id.as_str())
            .collect();
        assert!(senses.contains(&"georgia"), "{senses:?}");
    }

    #[test]
    fn a_gazetteer_smaller_than_the_first_entity_is_filler_alone() {
        // The benchmark's empty scan reads a gazetteer of one alias.
        let g = gazetteer(1, 1).unwrap();
        let loaded = Gazetteer::from_sources(&g.sources()).unwrap();
        assert_eq!(total_aliases(&loaded), 1);
        assert!(!loaded.common_words().is_empty());
    }
}
