//! Mentions as JSON Lines records.

use std::io::Write;

use rayon::prelude::*;
use serde::Serialize;

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
        let e = matcher.entity(m.entity);
        let kind = if m.kind == MentionKind::Demonym && !demonyms_as_country {
            "demonym"
        } else {
            e.kind.as_str()
        };
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

impl MentionRecord<'_> {
    /// Appends the record as one JSON line: the bytes `serde_json::to_writer`
    /// and a newline give, written directly (serde's path was most of the
    /// time spent writing `mentions.jsonl`).
    pub fn write_line(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"doc\":");
        push_json_str(out, self.doc);
        out.extend_from_slice(b",\"start\":");
        push_uint(out, self.start);
        out.extend_from_slice(b",\"end\":");
        push_uint(out, self.end);
        out.extend_from_slice(b",\"text\":");
        push_json_str(out, self.text);
        out.extend_from_slice(b",\"entity\":");
        push_json_str(out, self.entity);
        out.extend_from_slice(b",\"name\":");
        push_json_str(out, self.name);
        out.extend_from_slice(b",\"type\":");
        push_json_str(out, self.kind);
        out.extend_from_slice(b",\"mention\":");
        push_json_str(out, self.mention.as_str());
        out.extend_from_slice(b",\"sentence\":");
        push_uint(out, self.sentence);
        out.extend_from_slice(b",\"paragraph\":");
        push_uint(out, self.paragraph);
        out.extend_from_slice(b",\"resolved_by\":");
        push_json_str(out, self.resolved_by.as_str());
        out.extend_from_slice(b"}\n");
    }
}

/// Writes the mentions of `batch` as JSON Lines, in order. The lines of
/// each document are rendered in parallel (rayon), then written.
pub fn write_mentions(
    batch: &[Analysed],
    matcher: &Matcher,
    demonyms_as_country: bool,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let rendered: Vec<Vec<u8>> = batch
        .par_iter()
        .map(|a| {
            let mut lines = Vec::new();
            for record in mention_records(a, matcher, demonyms_as_country) {
                record.write_line(&mut lines);
            }
            lines
        })
        .collect();
    rendered.iter().try_for_each(|lines| out.write_all(lines))
}

/// Appends `s` as a JSON string, escaped as serde_json escapes: quotes,
/// backslashes and control characters only.
fn push_json_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0C => b"\\f",
            0x00..=0x1F => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[run..i]);
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 0xF)]);
        } else {
            out.extend_from_slice(escape);
        }
        run = i + 1;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

/// Appends `n` in decimal.
fn push_uint(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record<'a>(doc: &'a str, text: &'a str, start: usize) -> MentionRecord<'a> {
        MentionRecord {
            doc,
            start,
            end: usize::MAX,
            text,
            entity: "united-states",
            name: "United States",
            kind: "country",
            mention: MentionKind::Name,
            sentence: 0,
            paragraph: 10,
            resolved_by: Resolution::Alias,
        }
    }

    fn serde_line(r: &MentionRecord) -> Vec<u8> {
        let mut line = serde_json::to_vec(r).unwrap();
        line.push(b'\n');
        line
    }

    #[test]
    fn lines_are_what_serde_json_writes() {
        let all_bytes: String = (0u8..0x80).map(char::from).collect();
        let texts = [
            "US",
            "",
            "quote \" back \\ slash",
            "tab\tnew\nline\r\u{8}\u{c}\u{1}\u{1f}\u{7f}",
            "Türkiye’s “US” — é",
            all_bytes.as_str(),
        ];
        for (i, text) in texts.iter().enumerate() {
            for start in [0, 7, 10, 1234567, usize::MAX] {
                let r = record(texts[(i + 1) % texts.len()], text, start);
                let mut line = Vec::new();
                r.write_line(&mut line);
                assert_eq!(
                    String::from_utf8(line).unwrap(),
                    String::from_utf8(serde_line(&r)).unwrap()
                );
            }
        }
    }

    #[test]
    fn every_kind_and_resolution_is_named_as_serde_names_it() {
        let resolutions = [
            Resolution::Alias,
            Resolution::Context,
            Resolution::Nearest,
            Resolution::Confirmed,
            Resolution::Demonym,
        ];
        for mention in [MentionKind::Name, MentionKind::Demonym] {
            for resolved_by in resolutions {
                let r = MentionRecord {
                    mention,
                    resolved_by,
                    ..record("d", "t", 1)
                };
                let mut line = Vec::new();
                r.write_line(&mut line);
                assert_eq!(line, serde_line(&r));
            }
        }
    }
}
