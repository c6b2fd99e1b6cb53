//! Mentions as JSON Lines records.

use std::io::Write;

use rayon::prelude::*;
use serde::Serialize;

use crate::gazetteer::{Entity, Gazetteer};
use crate::matcher::{Matcher, MentionKind, Resolution};
use crate::pipeline::Analysed;

/// One line of `mentions.jsonl` / `kg mentions` output.
#[derive(Debug, Serialize)]
pub struct MentionRecord<'a> {
    /// Document id.
    pub doc: &'a str,
    /// UTF-8 byte offset of the mention in the document as read.
    pub start: usize,
    /// UTF-8 byte offset after the mention.
    pub end: usize,
    /// The surface as written: `text[start..end]`.
    pub text: &'a str,
    /// Entity id.
    pub entity: &'a str,
    /// Canonical name.
    pub name: &'a str,
    /// `country`, `person`, `organization`, or `demonym` for a demonym
    /// (unless demonyms count as their country).
    #[serde(rename = "type")]
    pub kind: &'a str,
    /// `name` or `demonym`.
    pub mention: MentionKind,
    /// Sentence index within the document.
    pub sentence: usize,
    /// Paragraph index within the document.
    pub paragraph: usize,
    /// How the entity was chosen.
    pub resolved_by: Resolution,
}

/// The records of one analysed document, in order.
pub fn mention_records<'a>(
    a: &'a Analysed,
    matcher: &'a Matcher,
    demonyms_as_country: bool,
) -> impl Iterator<Item = MentionRecord<'a>> + 'a {
    a.mentions.iter().map(move |m| {
        let e = a.entity(matcher, m.entity);
        let kind = type_of(e, m.kind, demonyms_as_country);
        MentionRecord {
            doc: &a.doc.id,
            start: m.start,
            end: m.end,
            text: &a.doc.text[m.start..m.end],
            entity: &e.id,
            name: &e.name,
            kind,
            mention: m.kind,
            sentence: m.sentence,
            paragraph: m.paragraph,
            resolved_by: m.resolved_by,
        }
    })
}

/// The `type` of a mention of `e` of `kind`: the entity's type, or
/// `demonym` for a demonym unless demonyms count as their country.
fn type_of(e: &Entity, kind: MentionKind, demonyms_as_country: bool) -> &'static str {
    if kind == MentionKind::Demonym && !demonyms_as_country {
        "demonym"
    } else {
        e.kind.as_str()
    }
}

impl MentionRecord<'_> {
    /// Appends the record as one JSON line, the bytes of
    /// `serde_json::to_writer` and a newline. A test checks the two agree;
    /// [`MentionWriter`] writes the same lines with what repeats rendered
    /// once.
    pub fn write_line(&self, out: &mut Vec<u8>) {
        let line = Line {
            doc: &json(self.doc),
            start: self.start,
            end: self.end,
            text: self.text,
            about: &about(self.entity, self.name, self.kind, self.mention),
            sentence: self.sentence,
            paragraph: self.paragraph,
            resolved_by: self.resolved_by,
        };
        line.write(out);
    }
}

/// A mention line with its repeated parts already in JSON: the document
/// id, and what the line says of the entity.
struct Line<'a> {
    doc: &'a [u8],
    start: usize,
    end: usize,
    text: &'a str,
    about: &'a [u8],
    sentence: usize,
    paragraph: usize,
    resolved_by: Resolution,
}

impl Line<'_> {
    /// Only the surface and `resolved_by` go through `serde_json`; the
    /// keys and the parts rendered before are copied, and the integers
    /// written with `itoa`. Escaping every value and formatting integers
    /// through `fmt` took a tenth of a whole build's instructions.
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"doc\":");
        out.extend_from_slice(self.doc);
        number(out, ",\"start\":", self.start);
        number(out, ",\"end\":", self.end);
        text_field(out, ",\"text\":", self.text);
        out.extend_from_slice(self.about);
        number(out, ",\"sentence\":", self.sentence);
        number(out, ",\"paragraph\":", self.paragraph);
        field(out, ",\"resolved_by\":", &self.resolved_by);
        out.extend_from_slice(b"}\n");
    }
}

/// `,"entity":…,"name":…,"type":…,"mention":…` for one entity and kind.
fn about(entity: &str, name: &str, kind: &str, mention: MentionKind) -> Vec<u8> {
    let mut out = Vec::new();
    field(&mut out, ",\"entity\":", entity);
    field(&mut out, ",\"name\":", name);
    field(&mut out, ",\"type\":", kind);
    field(&mut out, ",\"mention\":", &mention);
    out
}

/// `value` as `serde_json` writes it.
fn json(value: &(impl Serialize + ?Sized)) -> Vec<u8> {
    serde_json::to_vec(value).expect("a string or an enum serializes")
}

/// Appends `key` as written and `value` as `serde_json` writes it.
fn field(out: &mut Vec<u8>, key: &str, value: &(impl Serialize + ?Sized)) {
    out.extend_from_slice(key.as_bytes());
    serde_json::to_writer(out, value).expect("writing to a Vec cannot fail");
}

/// [`field`] for a string, copied between quotes when nothing in it needs
/// escaping, as in almost every name (0.6% fewer instructions for a build
/// than escaping each through serde_json).
fn text_field(out: &mut Vec<u8>, key: &str, text: &str) {
    let plain = text.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\');
    if !plain {
        return field(out, key, text);
    }
    out.extend_from_slice(key.as_bytes());
    out.push(b'"');
    out.extend_from_slice(text.as_bytes());
    out.push(b'"');
}

/// Appends `key` as written and `n` in decimal.
fn number(out: &mut Vec<u8>, key: &str, n: usize) {
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// Documents whose mention lines are rendered into one buffer: a few
/// hundred KB of lines, enough for a write to bypass an output buffer.
const DOCS_PER_WRITE: usize = 32;

/// Writes mention lines, with what each line says of its entity (id,
/// name, type, kind of mention) rendered once per entity rather than once
/// per line.
pub struct MentionWriter {
    /// The `about` parts, one after another (one buffer: a gazetteer of
    /// 100,000 aliases has 40,000 entities).
    about: Vec<u8>,
    /// Per entity, where its name part starts in `about`; its demonym part
    /// (countries only) follows, and the next entity's name part ends it.
    names: Vec<u32>,
    demonyms: Vec<u32>,
}

impl MentionWriter {
    /// A writer for the mentions of the entities of `gazetteer`; demonyms
    /// get type `demonym` unless `demonyms_as_country`.
    pub fn new(gazetteer: &Gazetteer, demonyms_as_country: bool) -> MentionWriter {
        let mut writer = MentionWriter {
            about: Vec::new(),
            names: Vec::new(),
            demonyms: Vec::new(),
        };
        let offset = |about: &Vec<u8>| u32::try_from(about.len()).expect("under 4 GB");
        let part = |e: &Entity, kind| {
            let type_ = type_of(e, kind, demonyms_as_country);
            about(&e.id, &e.name, type_, kind)
        };
        for e in gazetteer.entities() {
            writer.names.push(offset(&writer.about));
            writer.about.extend(part(e, MentionKind::Name));
            writer.demonyms.push(offset(&writer.about));
            if !e.demonyms.is_empty() {
                writer.about.extend(part(e, MentionKind::Demonym));
            }
        }
        writer.names.push(offset(&writer.about));
        writer
    }

    /// The `about` part of a mention of `entity` of `kind`.
    fn about_of(&self, entity: usize, kind: MentionKind) -> &[u8] {
        let range = match kind {
            MentionKind::Name => self.names[entity]..self.demonyms[entity],
            MentionKind::Demonym => self.demonyms[entity]..self.names[entity + 1],
        };
        &self.about[range.start as usize..range.end as usize]
    }

    /// Writes the mentions of `batch` as JSON Lines, in order. The lines
    /// of `DOCS_PER_WRITE` documents at a time are rendered in parallel
    /// (rayon) into one buffer each, then written: the file sees a few
    /// large writes, not one per JSON token, and writes that large go past
    /// a `BufWriter` of up to 64 KB without a copy into it.
    pub fn write(&self, batch: &[Analysed], out: &mut impl Write) -> std::io::Result<()> {
        let rendered: Vec<Vec<u8>> = batch
            .par_chunks(DOCS_PER_WRITE)
            .map(|docs| {
                // A line is about 200 bytes; sizing the buffer up front
                // saves the reallocations of growing it line by line.
                let lines = docs.iter().map(|a| a.mentions.len()).sum::<usize>();
                let mut buf = Vec::with_capacity(256 * lines);
                docs.iter().for_each(|a| self.lines(a, &mut buf));
                buf
            })
            .collect();
        rendered.iter().try_for_each(|lines| out.write_all(lines))
    }

    /// Appends the lines of one document to `lines`.
    fn lines(&self, a: &Analysed, lines: &mut Vec<u8>) {
        let doc = json(a.doc.id.as_str());
        let listed = self.names.len() - 1;
        let unlisted: Vec<Vec<u8>> = a
            .unlisted
            .iter()
            .map(|e| about(&e.id, &e.name, e.kind.as_str(), MentionKind::Name))
            .collect();
        for m in &a.mentions {
            let about = match m.entity.checked_sub(listed) {
                Some(i) => &unlisted[i],
                None => self.about_of(m.entity, m.kind),
            };
            let line = Line {
                doc: &doc,
                start: m.start,
                end: m.end,
                text: &a.doc.text[m.start..m.end],
                about,
                sentence: m.sentence,
                paragraph: m.paragraph,
                resolved_by: m.resolved_by,
            };
            line.write(lines);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_fields_are_written_as_serde_json_writes_them() {
        let texts = [
            "NATO",
            "Zelenskyy’s",
            "say \"Kyiv\"",
            "a\\b",
            "tab\there",
            "\u{7f}é",
            "",
        ];
        for text in texts {
            let (mut mine, mut theirs) = (Vec::new(), Vec::new());
            text_field(&mut mine, ",\"text\":", text);
            field(&mut theirs, ",\"text\":", text);
            assert_eq!(mine, theirs, "{text:?}");
        }
    }
}
