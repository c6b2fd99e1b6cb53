//! The outlet named in a dateline's brackets: `Sumy [Ukraine], October 5
//! (ANI): One person…`, `CAIRO, Egypt (MNTV) — Houthi forces…`,
//! `(VOVWORLD) - The leaders…`. What stands there is the agency or site
//! that filed the story, listed or not, however short or odd its name.

use std::ops::Range;

use super::{Matcher, Mention, Resolution};
use crate::gazetteer::EntityType;
use crate::segment::Segments;

/// The longest place and date before a dateline's bracket (`Jerusalem, 7
/// November, 2025 `).
const MAX_PLACE: usize = 60;

/// The longest outlet's name in the bracket (`Brussels Morning
/// Newspaper`).
const MAX_OUTLET: usize = 40;

/// The most words of an outlet's name.
const MAX_OUTLET_WORDS: usize = 4;

/// What follows a dateline's bracket: a dash (` —`, ` –`, ` -`, ` --`), a
/// colon or, on some sites, a semicolon (`DUSHANBE (MNN); A string…`).
const AFTER_BRACKET: [&str; 7] = [" —", " –", " -", ":", " :", ";", " ;"];

/// Words that stand in brackets before a dash and name no outlet (`(File)
/// –`, `(UPDATE) -`), nor a particular one (`(Agencies):`).
const NOT_OUTLETS: [&str; 10] = [
    "Agencies",
    "Agency",
    "File",
    "Photo",
    "Video",
    "Update",
    "Updated",
    "Lead",
    "Corrected",
    "Live",
];

/// The bracket of a dateline at the start of `line` (a paragraph, or the
/// text from a line's start): what it holds, as a span of `line`. Before
/// the bracket come nothing but capitalised words and numbers (a place
/// and a date), after it a dash or a colon.
pub(super) fn dateline_bracket(line: &str) -> Option<Range<usize>> {
    let near = &line.as_bytes()[..line.len().min(MAX_PLACE + 1)];
    let open = memchr::memchr(b'(', near)?;
    let place = &line[..open];
    if !(place.is_empty() || place.ends_with(' ')) || !place.split(' ').all(dateline_word) {
        return None;
    }
    let inside = open + 1;
    let near = &line.as_bytes()[inside..line.len().min(inside + MAX_OUTLET + 1)];
    let close = inside + memchr::memchr(b')', near)?;
    let after = &line[close + 1..];
    AFTER_BRACKET
        .iter()
        .any(|a| after.starts_with(a))
        .then_some(inside..close)
}

/// Whether `word` may be part of a dateline's place or date (`DOHA/TEHRAN,`,
/// `[Ukraine],`, `23`).
fn dateline_word(word: &str) -> bool {
    let word = word.trim_matches([',', '[', ']']);
    word.is_empty() || word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether `name` has an outlet's shape: three characters or more, a
/// capital first, no digit and no comma (`(KYIV, Ukraine) —` is the
/// place), four words at most, each capitalised (or `&`), and no word
/// that brackets hold before a dash otherwise.
fn outlet_shaped(name: &str) -> bool {
    let words = || name.split(' ');
    name.len() >= 3
        && !name.contains(|c: char| c.is_ascii_digit() || c == ',')
        && words().count() <= MAX_OUTLET_WORDS
        && words().all(|w| w.starts_with(|c: char| c.is_uppercase() || c == '&'))
        && !words().any(|w| NOT_OUTLETS.iter().any(|n| n.eq_ignore_ascii_case(w)))
}

impl Matcher {
    /// Whether `text[start..end]` fills a dateline's bracket.
    pub(super) fn in_dateline(&self, text: &str, start: usize, end: usize) -> bool {
        if !(text[..start].ends_with('(') && text[end..].starts_with(')')) {
            return false;
        }
        let line = memchr::memrchr(b'\n', &text.as_bytes()[..start]).map_or(0, |i| i + 1);
        dateline_bracket(&text[line..]) == Some(start - line..end - line)
    }

    /// The outlets the gazetteer does not list, named in datelines'
    /// brackets.
    pub(super) fn dateline_outlets(
        &self,
        text: &str,
        segments: &Segments,
        listed: &[Mention],
    ) -> Vec<(Range<usize>, Resolution)> {
        let mut out = Vec::new();
        for p in &segments.paragraphs {
            let Some(inside) = dateline_bracket(&text[p.clone()]) else {
                continue;
            };
            // Two outlets may share the bracket (`(BSS/AFP)`), or an outlet
            // and a date (`(MindaNews / 30 January)`).
            let mut start = p.start + inside.start;
            for name in text[start..p.start + inside.end].split('/') {
                let lead = name.len() - name.trim_start().len();
                let span = start + lead..start + name.trim_end().len();
                start += name.len() + 1;
                if self.names_outlet(text, &span) && !self.listed_in_outlet(text, listed, &span) {
                    out.push((span, Resolution::UnlistedInDateline));
                }
            }
        }
        out
    }

    /// Whether a listed mention overlaps the outlet's name at `span`, other
    /// than a country's name or a demonym inside a longer one, which gives
    /// way to it (`(News On Japan)`, `The Haitian Tribune`), as a country
    /// does inside a body's name.
    pub(super) fn listed_in_outlet(
        &self,
        text: &str,
        listed: &[Mention],
        span: &Range<usize>,
    ) -> bool {
        let longer = text[span.clone()].contains(' ');
        listed
            .iter()
            .filter(|m| m.start < span.end && span.start < m.end)
            .any(|m| {
                let inside = span.start <= m.start && m.end <= span.end;
                let country = matches!(self.named_kind(m), Some(EntityType::Country) | None);
                !(longer && inside && country)
            })
    }

    /// Whether `span`, in a dateline's bracket, names an outlet: it has an
    /// outlet's shape and is neither a common word nor a place (ABC News
    /// writes `(LONDON) — …`).
    fn names_outlet(&self, text: &str, span: &Range<usize>) -> bool {
        let name = &text[span.clone()];
        let common = !name.contains(' ') && self.gazetteer.is_common_word(name);
        outlet_shaped(name) && !common && !self.is_place(text, span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bracket(line: &str) -> Option<&str> {
        dateline_bracket(line).map(|r| &line[r])
    }

    #[test]
    fn a_dateline_s_bracket_follows_a_place_and_a_date() {
        assert_eq!(bracket("Sumy [Ukraine], October 5 (ANI): One"), Some("ANI"));
        assert_eq!(
            bracket("DOHA/TEHRAN, June 23 (Xinhua) -- Several"),
            Some("Xinhua")
        );
        assert_eq!(bracket("CAIRO, Egypt (MNTV) — Houthi forces"), Some("MNTV"));
        assert_eq!(bracket("(VOVWORLD) - The leaders"), Some("VOVWORLD"));
        assert_eq!(bracket("DUSHANBE (MNN); A string"), Some("MNN"));
        // Lower-case words before the bracket: a sentence, not a dateline.
        assert_eq!(bracket("Talks with the agency (ANI) - went on"), None);
        // No dash or colon after it.
        assert_eq!(bracket("KYIV (ANI) The talks"), None);
    }

    #[test]
    fn an_outlet_has_a_name_s_shape() {
        for name in [
            "ANI",
            "TPS-IL",
            "T&T Guardian",
            "Brussels Morning Newspaper",
        ] {
            assert!(outlet_shaped(name), "{name}");
        }
        for name in [
            "AM",
            "UPDATE 2",
            "File",
            "the agency",
            "A B C D E",
            "KYIV, Ukraine",
            "Agencies",
        ] {
            assert!(!outlet_shaped(name), "{name}");
        }
    }
}
