//! Reading documents: text files, folders of them, JSON Lines, standard input.
//!
//! Documents are produced one at a time, so a corpus is never held in memory
//! as a whole. What cannot be read is reported as a [`Problem`] (a warning)
//! and skipped; the caller decides whether warnings are fatal (`--strict`).
//!
//! Decoding policy: UTF-8 (a byte-order mark is removed) and UTF-16 with a
//! byte-order mark are decoded; any other file that is not valid UTF-8, and
//! any file with NUL bytes (binary), is skipped with a warning naming it,
//! unless `lossy` is set, in which case invalid bytes become U+FFFD and the
//! warning counts them. Offsets always refer to the text as decoded here.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, Write};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{Error, Problem, Result};

pub mod parts;

/// One document of the corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Its id: a file's path relative to the input folder, the JSONL `id`,
    /// or `-` for standard input.
    pub id: String,
    /// The decoded text.
    pub text: String,
    /// Extra JSONL fields, kept as metadata.
    pub meta: BTreeMap<String, Value>,
}

/// Where documents come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputSpec {
    /// A text file, a `.jsonl`/`.ndjson` file, or a folder (recursively).
    Path(PathBuf),
    /// Standard input, read as one text document.
    Stdin,
}

impl InputSpec {
    /// `-` is standard input; anything else a path.
    pub fn parse(s: &str) -> InputSpec {
        if s == "-" {
            InputSpec::Stdin
        } else {
            InputSpec::Path(PathBuf::from(s))
        }
    }
}

/// Reading options.
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// Decode invalid UTF-8 with replacement characters instead of skipping.
    pub lossy: bool,
    /// A text file larger than this is read in parts of about this size,
    /// each a document of its own (see [`parts`]).
    pub part_bytes: usize,
}

/// The default part size (16 MB): far above any news article, small enough
/// that two cores' worth of parts in flight stay well under the memory
/// budget.
pub const DEFAULT_PART_BYTES: usize = 16_000_000;

/// Parses a size in bytes: `1500`, `64K`, `16M`, `1G` (decimal, as `MB/s`
/// is), or `64KiB`, `16MiB`, `1GiB` (binary); a trailing `B` is allowed.
pub fn parse_size(s: &str) -> std::result::Result<u64, String> {
    let t = s.trim();
    let (digits, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => t.split_at(i),
        None => (t, ""),
    };
    let scale: u64 = match unit.to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" => 1_000,
        "M" | "MB" => 1_000_000,
        "G" | "GB" => 1_000_000_000,
        "KIB" => 1 << 10,
        "MIB" => 1 << 20,
        "GIB" => 1 << 30,
        _ => return Err(format!("unknown unit in {s:?}: use K, M or G (e.g. 16M)")),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("{s:?} is not a size: write a number with an optional K, M or G"))?;
    n.checked_mul(scale)
        .ok_or_else(|| format!("{s:?} is too large"))
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            lossy: false,
            part_bytes: DEFAULT_PART_BYTES,
        }
    }
}

/// What the reader yields: a document, or a warning about something skipped.
#[derive(Debug)]
pub enum Item {
    /// A document to process.
    Doc(Document),
    /// Something was skipped; the message names the file and line.
    Skipped(Problem),
    /// Something was read, but not exactly as written (`--lossy`).
    Warning(Problem),
}

/// A streaming reader over all inputs, in the order given (folders sorted).
pub struct Reader {
    /// Items to hand out before reading on (warnings found while listing).
    queued: VecDeque<Item>,
    pending: VecDeque<Source>,
    /// The file being streamed (JSON Lines, or a large text file in parts).
    stream: Option<Box<dyn Iterator<Item = Item> + Send>>,
    options: ReadOptions,
}

enum Source {
    File { path: PathBuf, id: String },
    Stdin,
}

impl Reader {
    /// Checks that every input exists and lists the files of folders.
    /// A missing input is an error: nothing has been read yet.
    pub fn new(specs: &[InputSpec], options: ReadOptions) -> Result<Reader> {
        let mut pending = VecDeque::new();
        let mut queued = VecDeque::new();
        for spec in specs {
            match spec {
                InputSpec::Stdin => pending.push_back(Source::Stdin),
                InputSpec::Path(p) => list(p, &mut pending, &mut queued)?,
            }
        }
        Ok(Reader {
            queued,
            pending,
            stream: None,
            options,
        })
    }

    /// Skipped files found while listing folders come first, as warnings.
    fn next_item(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.queued.pop_front() {
                return Some(item);
            }
            if let Some(stream) = &mut self.stream {
                match stream.next() {
                    Some(item) => return Some(item),
                    None => self.stream = None,
                }
            }
            let source = self.pending.pop_front()?;
            match source {
                Source::Stdin => match open_stdin(self.options) {
                    Opened::Items(item, warning) => {
                        self.queued.extend(warning);
                        return Some(item);
                    }
                    Opened::Stream(parts) => self.stream = Some(parts),
                },
                Source::File { path, .. } if is_jsonl(&path) => {
                    match JsonLines::open(&path, self.options) {
                        Ok(j) => self.stream = Some(Box::new(j)),
                        Err(p) => return Some(Item::Skipped(p)),
                    }
                }
                Source::File { path, id } => match open_text(&path, id, self.options) {
                    Opened::Items(item, warning) => {
                        self.queued.extend(warning);
                        return Some(item);
                    }
                    Opened::Stream(parts) => self.stream = Some(parts),
                },
            }
        }
    }
}

impl Iterator for Reader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        self.next_item()
    }
}

fn is_jsonl(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    )
}

/// Lists the files of an input. A missing input is an error; a file or
/// folder inside it that cannot be listed (permissions, a symlink loop) is
/// a warning, and the rest is read.
fn list(path: &Path, out: &mut VecDeque<Source>, warnings: &mut VecDeque<Item>) -> Result<()> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_dir() {
        out.push_back(Source::File {
            path: path.to_path_buf(),
            id: path.display().to_string(),
        });
        return Ok(());
    }
    let walker = walkdir::WalkDir::new(path)
        .follow_links(true)
        .sort_by_file_name();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let at = e.path().unwrap_or(path).display().to_string();
                let msg = match (e.loop_ancestor(), e.io_error()) {
                    (Some(up), _) => format!(
                        "a symlink loop (it leads back to {}); skipped",
                        up.display()
                    ),
                    (None, Some(io)) => format!("cannot read: {io}; skipped"),
                    (None, None) => format!("cannot list: {e}; skipped"),
                };
                warnings.push_back(Item::Skipped(Problem::new(at, 0, msg)));
                continue;
            }
        };
        let p = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if entry.file_type().is_dir() || (hidden && entry.depth() > 0) {
            continue;
        }
        let wanted = matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("txt" | "jsonl" | "ndjson")
        );
        if wanted {
            let rel = p.strip_prefix(path).unwrap_or(p);
            out.push_back(Source::File {
                path: p.to_path_buf(),
                id: rel.to_string_lossy().replace('\\', "/"),
            });
        }
    }
    Ok(())
}

/// Standard input: read whole when it fits in a part; larger, it is
/// spooled to a temporary file and read in parts like a large file, so
/// memory stays bounded either way.
fn open_stdin(options: ReadOptions) -> Opened {
    let cannot = |e: std::io::Error| {
        let p = Problem::new("-", 0, format!("cannot read standard input: {e}"));
        Opened::Items(Item::Skipped(p), None)
    };
    let mut stdin = std::io::stdin().lock();
    let mut head = Vec::new();
    let limit = options.part_bytes as u64 + 1;
    if let Err(e) = (&mut stdin).take(limit).read_to_end(&mut head) {
        return cannot(e);
    }
    if head.len() <= options.part_bytes {
        let (item, warning) = document(head, "-", "-".into(), options);
        return Opened::Items(item, warning);
    }
    let spooled = tempfile::NamedTempFile::new().and_then(|mut tmp| {
        tmp.write_all(&head)?;
        std::io::copy(&mut stdin, &mut tmp)?;
        tmp.flush()?;
        Ok(tmp)
    });
    match spooled {
        Ok(tmp) => match parts::Parts::open(tmp.path(), "-".into(), options) {
            Ok(p) => Opened::Stream(Box::new(p.keeping(tmp))),
            Err(mut p) => {
                p.file = "-".into();
                Opened::Items(Item::Skipped(p), None)
            }
        },
        Err(e) => cannot(e),
    }
}

/// What opening standard input gives: a document (and maybe a warning), or
/// a stream of parts.
enum Opened {
    Items(Item, Option<Item>),
    Stream(Box<dyn Iterator<Item = Item> + Send>),
}

/// A text file: one document (and a warning when it was decoded lossily),
/// or, when larger than a part, a stream of parts. UTF-16 files are always
/// read whole: they are rare, and decoding them in parts is not worth the
/// code. The file is opened once for its size and its bytes (a folder of
/// small files costs a few system calls per file).
fn open_text(path: &Path, id: String, options: ReadOptions) -> Opened {
    let name = path.display().to_string();
    let read = File::open(path).and_then(|mut file| {
        let len = file.metadata()?.len();
        if len > options.part_bytes as u64 {
            let mut head = [0u8; 2];
            file.read_exact(&mut head)?;
            if !matches!(head, [0xFF, 0xFE] | [0xFE, 0xFF]) {
                return Ok(None);
            }
            file.rewind()?;
        }
        let mut bytes = Vec::with_capacity(usize::try_from(len).map_or(0, |n| n + 1));
        // Through `Take`, not `File::read_to_end`, which asks the kernel
        // for the size again (fstat and lseek: two more system calls per
        // file in a folder of small files). A file that grew since is
        // still read to its end.
        file.take(u64::MAX).read_to_end(&mut bytes)?;
        Ok(Some(bytes))
    });
    match read {
        Ok(Some(bytes)) => {
            let (item, warning) = document(bytes, &name, id, options);
            Opened::Items(item, warning)
        }
        Ok(None) => match parts::Parts::open(path, id, options) {
            Ok(p) => Opened::Stream(Box::new(p)),
            Err(p) => Opened::Items(Item::Skipped(p), None),
        },
        Err(e) => {
            let p = Problem::new(name, 0, format!("cannot read: {e}; skipped"));
            Opened::Items(Item::Skipped(p), None)
        }
    }
}

/// Bytes as a document, and a warning when they were decoded lossily.
fn document(bytes: Vec<u8>, name: &str, id: String, options: ReadOptions) -> (Item, Option<Item>) {
    match decode(bytes, name, options) {
        Ok(Decoded { text, replaced }) => {
            let doc = Item::Doc(Document {
                id,
                text,
                meta: BTreeMap::new(),
            });
            let warning = (replaced > 0).then(|| Item::Warning(lossy_warning(name, 0, replaced)));
            (doc, warning)
        }
        Err(p) => (Item::Skipped(p), None),
    }
}

/// Decoded text, and how many invalid sequences were replaced.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Replacement characters inserted by lossy decoding.
    pub replaced: usize,
}

impl Decoded {
    fn exact(text: String) -> Decoded {
        Decoded { text, replaced: 0 }
    }
}

/// Decodes invalid UTF-8 with U+FFFD (`--lossy`), counting the invalid
/// sequences replaced (a U+FFFD already in the text is not counted).
fn decode_lossy(bytes: &[u8]) -> Decoded {
    let replaced = bytes
        .utf8_chunks()
        .filter(|c| !c.invalid().is_empty())
        .count();
    let text = String::from_utf8_lossy(bytes).into_owned();
    Decoded { text, replaced }
}

/// The warning that `--lossy` replaced bytes.
fn lossy_warning(name: &str, line: usize, replaced: usize) -> Problem {
    let msg = format!(
        "{replaced} invalid byte sequence(s) replaced with U+FFFD (--lossy); \
         offsets refer to the decoded text"
    );
    Problem::new(name, line, msg)
}

/// The problem of text that is not UTF-8, without `--lossy`: `at` says
/// where, `skipped` what happens (`skipped`, `line skipped`).
fn not_utf8(name: &str, line: usize, at: &str, skipped: &str) -> Problem {
    let msg = format!(
        "not valid UTF-8 ({at}); {skipped}: convert it (e.g. `iconv -f latin1 -t utf-8`) \
         or pass --lossy to replace invalid bytes"
    );
    Problem::new(name, line, msg)
}

/// The problem of a binary file.
fn binary(name: &str) -> Problem {
    Problem::new(name, 0, "binary file (it contains NUL bytes); skipped")
}

/// Decodes a file's bytes by the policy in the module docs. Plain UTF-8,
/// the common case, becomes the text without a copy.
pub fn decode(mut bytes: Vec<u8>, name: &str, options: ReadOptions) -> Result<Decoded, Problem> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
        return decode_utf8(bytes, name, options);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(rest, name, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(rest, name, u16::from_be_bytes);
    }
    if has_nul_early(&bytes) {
        return Err(binary(name));
    }
    decode_utf8(bytes, name, options)
}

/// Whether a NUL byte in the first 8 KB marks `bytes` as binary.
fn has_nul_early(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(8192)].contains(&0)
}

fn decode_utf8(bytes: Vec<u8>, name: &str, options: ReadOptions) -> Result<Decoded, Problem> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded::exact(text)),
        Err(e) if options.lossy => Ok(decode_lossy(e.as_bytes())),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = 1 + memchr::memchr_iter(b'\n', &e.as_bytes()[..at]).count();
            Err(not_utf8(name, line, &format!("byte {at}"), "skipped"))
        }
    }
}

fn decode_utf16(bytes: &[u8], name: &str, word: fn([u8; 2]) -> u16) -> Result<Decoded, Problem> {
    let units = bytes.chunks_exact(2).map(|c| word([c[0], c[1]]));
    char::decode_utf16(units)
        .collect::<std::result::Result<String, _>>()
        .map(Decoded::exact)
        .map_err(|e| Problem::new(name, 0, format!("invalid UTF-16 ({e}); skipped")))
}

/// A JSON Lines file read line by line: `{"id": ..., "text": ...}`.
///
/// Lines are read as bytes and decoded one by one, so a line that is not
/// UTF-8 costs that line only (or, with `--lossy`, nothing).
struct JsonLines {
    name: String,
    reader: BufReader<File>,
    buf: Vec<u8>,
    line: usize,
    seen: HashSet<String>,
    lossy: bool,
    /// A warning about the document just handed out (`--lossy`).
    queued: Option<Item>,
    /// Set after a read error: nothing more is read from this file.
    done: bool,
}

impl JsonLines {
    fn open(path: &Path, options: ReadOptions) -> Result<JsonLines, Problem> {
        let name = path.display().to_string();
        let file = File::open(path)
            .map_err(|e| Problem::new(&name, 0, format!("cannot read: {e}; skipped")))?;
        Ok(JsonLines {
            name,
            reader: BufReader::with_capacity(1 << 20, file),
            buf: Vec::new(),
            line: 0,
            seen: HashSet::new(),
            lossy: options.lossy,
            queued: None,
            done: false,
        })
    }

    fn problem(&self, msg: String) -> Problem {
        Problem::new(&self.name, self.line, msg)
    }

    /// The document on the line in `buf`, or none for a blank line.
    fn document(&mut self) -> Result<Option<Document>, Problem> {
        // Taken and put back, so that the buffer is reused for every line.
        let buf = std::mem::take(&mut self.buf);
        let document = self.document_from(&buf);
        self.buf = buf;
        document
    }

    fn document_from(&mut self, bytes: &[u8]) -> Result<Option<Document>, Problem> {
        let line = match std::str::from_utf8(bytes) {
            Ok(s) => Cow::Borrowed(s),
            Err(_) if self.lossy => {
                let Decoded { text, replaced } = decode_lossy(bytes);
                let warning = lossy_warning(&self.name, self.line, replaced);
                self.queued = Some(Item::Warning(warning));
                Cow::Owned(text)
            }
            Err(e) => {
                let at = format!("byte {} of the line", e.valid_up_to());
                return Err(not_utf8(&self.name, self.line, &at, "line skipped"));
            }
        };
        // Blank as `str::trim` sees it: a vertical tab or a no-break space
        // alone is blank too.
        if line.trim().is_empty() {
            return Ok(None);
        }
        self.parse(&line).map(Some)
    }

    fn parse(&mut self, line: &str) -> Result<Document, Problem> {
        let problem = |msg: String| self.problem(msg);
        let value: Value = serde_json::from_str(line)
            .map_err(|e| problem(format!("malformed JSON ({e}); line skipped")))?;
        let Value::Object(mut obj) = value else {
            return Err(problem("not a JSON object; line skipped".into()));
        };
        let text = match obj.remove("text") {
            Some(Value::String(s)) => s,
            Some(_) => return Err(problem("`text` is not a string; line skipped".into())),
            None => return Err(problem("no `text` field; line skipped".into())),
        };
        let id = match obj.remove("id") {
            Some(Value::String(s)) if !s.is_empty() => s,
            Some(Value::String(_)) => return Err(problem("`id` is empty; line skipped".into())),
            Some(other) => {
                return Err(problem(format!(
                    "`id` must be a string, not {other}; line skipped (quote it)"
                )));
            }
            None => format!("{}:{}", self.name, self.line),
        };
        if !self.seen.insert(id.clone()) {
            return Err(self.problem(format!("duplicate id {id:?}; line skipped")));
        }
        Ok(Document {
            id,
            text,
            meta: obj.into_iter().collect(),
        })
    }

    /// Reads the next line into `buf`; false at the end of the file.
    fn read_line(&mut self) -> Result<bool, Problem> {
        self.buf.clear();
        match read_line(&mut self.reader, &mut self.buf) {
            Ok(0) => Ok(false),
            Ok(_) => {
                self.line += 1;
                Ok(true)
            }
            Err(e) => {
                self.line += 1;
                Err(self.problem(format!(
                    "cannot read ({e}); the rest of the file is skipped"
                )))
            }
        }
    }
}

/// `reader.read_until(b'\n', buf)` with `memchr`'s vectorised search
/// (the standard library's took 1% of a build's instructions).
fn read_line(reader: &mut impl BufRead, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut read = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (used, done) = match memchr::memchr(b'\n', available) {
            Some(i) => (i + 1, true),
            None => (available.len(), available.is_empty()),
        };
        buf.extend_from_slice(&available[..used]);
        reader.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

impl Iterator for JsonLines {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if let Some(item) = self.queued.take() {
            return Some(item);
        }
        while !self.done {
            match self.read_line() {
                Ok(true) => {}
                Ok(false) => self.done = true,
                Err(p) => {
                    // A read error does not heal on the next line: stop here.
                    self.done = true;
                    return Some(Item::Skipped(p));
                }
            }
            if self.done {
                continue;
            }
            match self.document() {
                Ok(Some(doc)) => return Some(Item::Doc(doc)),
                Ok(None) => {}
                Err(p) => {
                    // The line is skipped: a warning about its bytes is moot.
                    self.queued = None;
                    return Some(Item::Skipped(p));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_line_reads_as_read_until_does() {
        let text = b"one\ntwo\n\nthree";
        // A reader smaller than a line makes a line span several fills.
        let mut mine = std::io::BufReader::with_capacity(2, &text[..]);
        let mut std = std::io::BufReader::with_capacity(2, &text[..]);
        loop {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            let n = read_line(&mut mine, &mut a).unwrap();
            assert_eq!(n, std.read_until(b'\n', &mut b).unwrap());
            assert_eq!(a, b);
            if n == 0 {
                break;
            }
        }
    }

    #[test]
    fn sizes_parse_with_decimal_and_binary_units() {
        assert_eq!(parse_size("100M"), Ok(100_000_000));
        assert_eq!(parse_size("10k"), Ok(10_000));
        assert_eq!(parse_size("1GB"), Ok(1_000_000_000));
        assert_eq!(parse_size("16MiB"), Ok(16 << 20));
        assert_eq!(parse_size("1500"), Ok(1500));
        for bad in ["12x", "M", "", "99999999999999999999G"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn decodes_boms_and_rejects_binary() {
        let opts = ReadOptions::default();
        let text = |b: &[u8]| decode(b.to_vec(), "f", opts).unwrap().text;
        assert_eq!(text(b"\xEF\xBB\xBFabc"), "abc");
        assert_eq!(text(b"\xFF\xFEa\0b\0"), "ab");
        assert_eq!(text(b"\xFE\xFF\0a\0b"), "ab");
        let p = decode(b"PNG\0\0data".to_vec(), "img.txt", opts).unwrap_err();
        assert!(p.message.contains("binary"), "{}", p.message);
        let p = decode(b"ok\ncaf\xE9".to_vec(), "latin1.txt", opts).unwrap_err();
        assert_eq!(p.line, 2);
        assert!(p.message.contains("not valid UTF-8"));
        let lossy = ReadOptions {
            lossy: true,
            ..ReadOptions::default()
        };
        let d = decode(b"caf\xE9 \xEF\xBF\xBD x\xFF".to_vec(), "f", lossy).unwrap();
        assert_eq!(d.text, "caf\u{FFFD} \u{FFFD} x\u{FFFD}");
        assert_eq!(d.replaced, 2, "a U+FFFD already in the file is not counted");
    }

    /// The documents (texts) and skip messages `open_text` makes of `bytes`.
    fn opened(bytes: &[u8], part_bytes: usize) -> (Vec<String>, Vec<String>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.txt");
        std::fs::write(&path, bytes).unwrap();
        let options = ReadOptions {
            part_bytes,
            ..ReadOptions::default()
        };
        let items: Vec<Item> = match open_text(&path, "f.txt".into(), options) {
            Opened::Items(item, warning) => std::iter::once(item).chain(warning).collect(),
            Opened::Stream(parts) => parts.collect(),
        };
        let (mut docs, mut skipped) = (Vec::new(), Vec::new());
        for item in items {
            match item {
                Item::Doc(d) => docs.push(d.text),
                Item::Skipped(p) | Item::Warning(p) => skipped.push(p.message),
            }
        }
        (docs, skipped)
    }

    #[test]
    fn text_files_are_decoded_whole_or_in_parts() {
        let plain = "Putin met Zelensky.\n\n".repeat(10);
        let whole = vec![plain.clone()];
        assert_eq!(opened(plain.as_bytes(), 1 << 20).0, whole);
        let (parts, _) = opened(plain.as_bytes(), 64);
        assert!(parts.len() > 1, "larger than a part: read in parts");
        assert_eq!(parts.concat(), plain);
        let bom = [b"\xEF\xBB\xBF".as_slice(), plain.as_bytes()].concat();
        assert_eq!(opened(&bom, 1 << 20).0, whole, "the BOM is removed");
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(plain.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(opened(&utf16, 64).0, whole, "UTF-16 is read whole");
        let (docs, skipped) = opened(b"PNG\0\0data", 1 << 20);
        assert!(
            docs.is_empty() && skipped[0].contains("binary"),
            "{skipped:?}"
        );
    }
}
