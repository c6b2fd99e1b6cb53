//! Large text files, read in parts so that memory stays bounded.
//!
//! A text file larger than [`ReadOptions::part_bytes`] is cut into parts of
//! about that size, and each part is a document of its own: its id is the
//! file's id with `#1`, `#2`, … appended, and its metadata holds `part` (the
//! number) and `offset` (where the part starts in the file's decoded text),
//! so a mention at `start` in part `p` is at `offset + start` in the file.
//!
//! Where to cut: between two whitespace characters, preferably at a blank
//! line. No name holds two whitespace characters in a row (aliases are folded
//! with whitespace runs made one space), and both sides of such a cut are
//! word boundaries, so no mention can cross it: none is lost or doubled.
//! A stretch of 16 parts' worth of text with no such place (one enormous
//! line with single spaces) is cut at a single space, and a warning says
//! where, since a name spanning that space would be missed.
//!
//! The file is checked as UTF-8 in one streaming pass before any part is
//! handed out, so that an invalid file is skipped whole, exactly as a small
//! one is (unless `--lossy`).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use serde_json::Value;

use super::{
    Decoded, Document, Item, ReadOptions, binary, decode_lossy, has_nul_early, lossy_warning,
    not_utf8,
};
use crate::error::Problem;

/// How much further than a part the reader looks for a safe cut.
const LOOKAHEAD_PARTS: usize = 16;

/// A large text file, handed out part by part.
pub struct Parts {
    name: String,
    id: String,
    reader: BufReader<File>,
    /// Bytes read and not yet handed out.
    buf: Vec<u8>,
    eof: bool,
    part: usize,
    /// Where the next part starts in the decoded text.
    offset: usize,
    options: ReadOptions,
    /// A warning to hand out after the part just handed out.
    queued: Option<Item>,
    /// The temporary file read, when standard input was spooled to one:
    /// kept until the parts are read.
    spool: Option<tempfile::NamedTempFile>,
}

impl Parts {
    /// Opens `path` after checking that it is text (see the module docs).
    pub fn open(path: &Path, id: String, options: ReadOptions) -> Result<Parts, Problem> {
        let name = path.display().to_string();
        let cannot =
            |e: std::io::Error| Problem::new(&name, 0, format!("cannot read: {e}; skipped"));
        let bom = check_text(File::open(path).map_err(cannot)?, &name, options)?;
        let mut reader = BufReader::with_capacity(1 << 20, File::open(path).map_err(cannot)?);
        if bom {
            reader.read_exact(&mut [0u8; 3]).map_err(cannot)?;
        }
        Ok(Parts {
            name,
            id,
            reader,
            buf: Vec::new(),
            eof: false,
            part: 0,
            offset: 0,
            options,
            queued: None,
            spool: None,
        })
    }

    /// Keeps `spool` (the file being read) until the parts are read, and
    /// names the parts and problems after standard input.
    pub fn keeping(mut self, spool: tempfile::NamedTempFile) -> Parts {
        self.name = "-".into();
        self.spool = Some(spool);
        self
    }

    /// Reads until `buf` holds `want` bytes or the file ends.
    fn fill(&mut self, want: usize) -> Result<(), Problem> {
        if self.eof || self.buf.len() >= want {
            return Ok(());
        }
        let missing = (want - self.buf.len()) as u64;
        match (&mut self.reader).take(missing).read_to_end(&mut self.buf) {
            Ok(n) => self.eof = (n as u64) < missing,
            Err(e) => {
                self.eof = true;
                let msg = format!("cannot read ({e}); the rest of the file is skipped");
                return Err(Problem::new(&self.name, 0, msg));
            }
        }
        Ok(())
    }

    /// Where the next part ends, reading ahead as far as needed.
    fn next_cut(&mut self) -> Result<usize, Problem> {
        let size = self.options.part_bytes.max(1);
        self.fill(size + 1)?;
        if self.eof && self.buf.len() <= size {
            return Ok(self.buf.len());
        }
        if let Some(cut) = last_cut(&self.buf, size) {
            return Ok(cut);
        }
        let far = size.saturating_mul(LOOKAHEAD_PARTS);
        self.fill(far + 1)?;
        if let Some(cut) = first_cut(&self.buf, size, far) {
            return Ok(cut);
        }
        if self.eof && self.buf.len() <= far {
            return Ok(self.buf.len());
        }
        let cut = forced_cut(&self.buf, far);
        let msg = format!(
            "no blank line or double space within {far} bytes; cut at byte {} of the text, \
             where a name spanning the cut would be missed",
            self.offset + cut
        );
        self.queued = Some(Item::Warning(Problem::new(&self.name, 0, msg)));
        Ok(cut)
    }

    /// The document made of the first `cut` bytes of `buf`.
    fn take(&mut self, cut: usize) -> Document {
        let bytes: Vec<u8> = self.buf.drain(..cut).collect();
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => self.lossy(e.into_bytes()),
        };
        self.part += 1;
        let meta = BTreeMap::from([
            ("part".to_string(), Value::from(self.part)),
            ("offset".to_string(), Value::from(self.offset)),
        ]);
        self.offset += text.len();
        Document {
            id: format!("{}#{}", self.id, self.part),
            text,
            meta,
        }
    }

    /// Decodes with replacement characters (only reached with `--lossy`:
    /// otherwise the file was checked), queueing the warning.
    fn lossy(&mut self, bytes: Vec<u8>) -> String {
        let Decoded { text, replaced } = decode_lossy(&bytes);
        let mut warning = lossy_warning(&self.name, 0, replaced);
        warning.message = format!("part {}: {}", self.part + 1, warning.message);
        self.queued = Some(Item::Warning(warning));
        text
    }
}

impl Iterator for Parts {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if let Some(item) = self.queued.take() {
            return Some(item);
        }
        let cut = match self.next_cut() {
            Ok(cut) => cut,
            Err(p) => {
                self.buf.clear();
                return Some(Item::Skipped(p));
            }
        };
        if cut == 0 {
            return None;
        }
        Some(Item::Doc(self.take(cut)))
    }
}

/// Checks in one streaming pass that the file is UTF-8 text (the same
/// policy as [`super::decode`]); returns whether it starts with a UTF-8 BOM.
fn check_text(mut file: File, name: &str, options: ReadOptions) -> Result<bool, Problem> {
    const BLOCK: u64 = 1 << 20;
    let cannot = |e: std::io::Error| Problem::new(name, 0, format!("cannot read: {e}; skipped"));
    let mut read_block = |buf: &mut Vec<u8>| (&mut file).take(BLOCK).read_to_end(buf);
    // A block, after the bytes of a character the previous block cut.
    let mut buf = Vec::with_capacity(BLOCK as usize + 3);
    let mut n = read_block(&mut buf).map_err(cannot)?;
    if has_nul_early(&buf) {
        return Err(binary(name));
    }
    let bom = buf.starts_with(b"\xEF\xBB\xBF");
    if options.lossy {
        return Ok(bom); // any bytes decode
    }
    let (mut at, mut line) = (0usize, 1usize);
    loop {
        let done = match std::str::from_utf8(&buf) {
            Ok(_) if n == 0 => return Ok(bom),
            Ok(_) => buf.len(),
            Err(e) if e.error_len().is_none() && n > 0 => e.valid_up_to(),
            Err(e) => {
                let bad = e.valid_up_to();
                line += memchr::memchr_iter(b'\n', &buf[..bad]).count();
                let at = format!("byte {}", at + bad);
                return Err(not_utf8(name, line, &at, "skipped"));
            }
        };
        line += memchr::memchr_iter(b'\n', &buf[..done]).count();
        at += done;
        buf.drain(..done);
        n = read_block(&mut buf).map_err(cannot)?;
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C')
}

/// Whether a cut before `bytes[i]` falls between two whitespace bytes.
fn safe(bytes: &[u8], i: usize) -> bool {
    i > 0 && i < bytes.len() && is_space(bytes[i - 1]) && is_space(bytes[i])
}

/// The last safe cut in `(0, limit]`, at a blank line if there is one.
fn last_cut(bytes: &[u8], limit: usize) -> Option<usize> {
    let limit = limit.min(bytes.len().saturating_sub(1));
    let blank = (1..=limit)
        .rev()
        .find(|&i| bytes[i - 1] == b'\n' && matches!(bytes[i], b'\n' | b'\r'));
    blank.or_else(|| (1..=limit).rev().find(|&i| safe(bytes, i)))
}

/// The first safe cut in `(from, to]`.
fn first_cut(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    (from + 1..=to.min(bytes.len())).find(|&i| safe(bytes, i))
}

/// A cut where there is no safe one: after the last whitespace byte up to
/// `limit`, or else at the last character boundary.
fn forced_cut(bytes: &[u8], limit: usize) -> usize {
    if let Some(i) = (1..limit).rev().find(|&i| is_space(bytes[i - 1])) {
        return i;
    }
    let mut i = limit;
    // Back off UTF-8 continuation bytes (0b10xx_xxxx) to a character start.
    while i > 1 && bytes[i] & 0xC0 == 0x80 {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Parts::open` on a temporary file `big.txt` holding `text`.
    fn open(text: &[u8], lossy: bool, part_bytes: usize) -> Result<Parts, Problem> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        std::fs::write(&path, text).unwrap();
        let options = ReadOptions { lossy, part_bytes };
        Parts::open(&path, "big.txt".into(), options)
    }

    fn parts_of(text: &[u8], part_bytes: usize) -> Vec<Item> {
        open(text, true, part_bytes).unwrap().collect()
    }

    fn docs(items: &[Item]) -> Vec<&Document> {
        items
            .iter()
            .filter_map(|i| match i {
                Item::Doc(d) => Some(d),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn parts_rebuild_the_text_and_cut_between_two_spaces() {
        let text = "Putin met Trump.\n\nZelensky and the  United States. NATO \r\nsaid so.";
        // From 2 bytes on, a safe cut is always within 16 parts' reach.
        for size in 2..text.len() + 2 {
            let items = parts_of(text.as_bytes(), size);
            assert!(!items.iter().any(|i| matches!(i, Item::Warning(_))));
            let docs = docs(&items);
            let joined: String = docs.iter().map(|d| d.text.as_str()).collect();
            assert_eq!(joined, text, "part size {size}");
            for d in &docs {
                let offset = d.meta["offset"].as_u64().unwrap() as usize;
                assert_eq!(&text[offset..offset + d.text.len()], d.text);
                let end = offset + d.text.len();
                if end < text.len() {
                    assert!(safe(text.as_bytes(), end), "size {size}: cut at {end}");
                }
            }
        }
    }

    #[test]
    fn a_blank_line_is_preferred() {
        let items = parts_of(b"One two.\n\nThree  four five six", 20);
        let docs = docs(&items);
        assert_eq!(docs[0].text, "One two.\n");
        assert_eq!(docs[0].id, "big.txt#1");
        assert_eq!(docs[1].id, "big.txt#2");
    }

    #[test]
    fn a_line_without_a_safe_cut_is_cut_with_a_warning() {
        let text = "word ".repeat(100);
        let items = parts_of(text.as_bytes(), 4);
        let warned = items.iter().any(|i| {
            matches!(i, Item::Warning(p) if p.message.contains("a name spanning the cut would be missed"))
        });
        assert!(warned);
        let joined: String = docs(&items).iter().map(|d| d.text.as_str()).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn invalid_utf8_anywhere_skips_the_whole_file() {
        let mut text = "a b\n".repeat(1000).into_bytes();
        text.extend_from_slice(b"caf\xE9\n");
        let Err(p) = open(&text, false, 16) else {
            panic!("an invalid file was accepted");
        };
        assert_eq!(p.line, 1001);
        assert!(p.message.contains("byte 4003"), "{}", p.message);
    }

    #[test]
    fn a_bad_byte_after_the_first_block_is_located() {
        // 'é' straddles the 1 MiB block boundary; the bad byte follows it.
        let mut text = b"ab\n".repeat(((1 << 20) - 1) / 3);
        text.extend_from_slice("é\n".as_bytes());
        text.extend_from_slice(b"x\xFF\n");
        let Err(p) = open(&text, false, 1 << 16) else {
            panic!("an invalid file was accepted");
        };
        assert_eq!(p.line, (1 << 20) / 3 + 2);
        assert!(p.message.contains("byte 1048579"), "{}", p.message);
    }

    #[test]
    fn a_character_cut_by_a_read_block_is_fine() {
        // 'é' straddles the 1 MiB block boundary of the UTF-8 check.
        let mut text = vec![b'a'; (1 << 20) - 1];
        text.extend_from_slice("é and more\n".as_bytes());
        let parts: Vec<Item> = open(&text, false, 1 << 16).unwrap().collect();
        let joined: String = docs(&parts).iter().map(|d| d.text.as_str()).collect();
        assert_eq!(joined.as_bytes(), text);
    }
}
