//! Segmentation of a document into paragraphs and sentences, as byte spans.
//!
//! Paragraphs are separated by blank lines. A line break always ends a
//! sentence: scraped news puts headlines, captions and list items on lines of
//! their own, and a sentence running over a bare line break is rarer than a
//! headline without a full stop. Within a line, `.`, `!`, `?` and `…` end a
//! sentence when a capital, digit or quote follows after white space, except
//! after titles and month names (`Mr.`, `Gen.`, `Jan. 11`), initials (`J.`),
//! and dotted acronyms (`U.S.`) unless a typical sentence opener follows.

use std::ops::Range;

/// A sentence: its byte span (trimmed) and the paragraph it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first non-space character.
    pub start: usize,
    /// Byte offset after the last non-space character.
    pub end: usize,
    /// Index of its paragraph.
    pub paragraph: usize,
}

/// The paragraphs and sentences of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segments {
    /// Paragraph spans, trimmed, in order.
    pub paragraphs: Vec<Range<usize>>,
    /// Sentence spans, trimmed, in order; every one inside a paragraph.
    pub sentences: Vec<Sentence>,
}

impl Segments {
    /// The index of the sentence containing byte `offset` (or the last
    /// sentence starting before it).
    pub fn sentence_at(&self, offset: usize) -> usize {
        self.sentences
            .partition_point(|s| s.start <= offset)
            .saturating_sub(1)
    }

    /// [`Segments::sentence_at`] for offsets given in increasing order:
    /// `from` is the answer for the previous one (or 0). It walks forward
    /// from there, where a search would start over for each of a document's
    /// hits (those searches were 0.5% of a build's instructions).
    pub fn sentence_after(&self, from: usize, offset: usize) -> usize {
        let mut i = from;
        while self.sentences.get(i + 1).is_some_and(|s| s.start <= offset) {
            i += 1;
        }
        debug_assert_eq!(i, self.sentence_at(offset), "offsets out of order");
        i
    }
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "adm", "ave", "brig", "capt", "cmdr", "co", "col", "corp", "cpl", "cpt", "dept", "dr", "est",
    "fig", "ft", "gen", "gov", "hon", "inc", "jr", "lt", "ltd", "maj", "messrs", "mr", "mrs", "ms",
    "mt", "no", "nos", "pres", "prof", "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "sr",
    "st", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "approx", "vol", "op", "cf", "al",
];

/// The bytes of the longest of [`ABBREVIATIONS`] (a test checks it): a
/// longer ASCII word is none of them. (Not so for every word: the Kelvin
/// sign, three bytes, lower-cases to `k`.)
const LONGEST_ABBREVIATION: usize = 6;

/// Words that typically open a sentence; after a dotted acronym (`U.S.`)
/// they signal that the full stop also ended the sentence.
const OPENERS: &[&str] = &[
    "A",
    "An",
    "And",
    "As",
    "At",
    "But",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "On",
    "She",
    "So",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "We",
    "What",
    "When",
    "While",
    "Yet",
];

/// Splits `text` into paragraphs and sentences.
pub fn segment(text: &str) -> Segments {
    let mut seg = Segments::default();
    for para in paragraphs(text) {
        let p = seg.paragraphs.len();
        for line in lines(text, para.clone()) {
            sentences_in_line(text, line, |s| {
                seg.sentences.push(Sentence {
                    start: s.start,
                    end: s.end,
                    paragraph: p,
                });
            });
        }
        seg.paragraphs.push(para);
    }
    seg
}

/// Blank-line separated blocks, trimmed, non-empty.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in split_lines(text) {
        let range = offset..offset + line.len();
        offset += line.len();
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                out.extend(trim(text, s..end));
            }
        } else {
            start.get_or_insert(range.start);
            end = range.end;
        }
    }
    if let Some(s) = start {
        out.extend(trim(text, s..end));
    }
    out
}

fn lines(text: &str, para: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let base = para.start;
    split_lines(&text[para])
        .scan(base, |offset, line| {
            let r = *offset..*offset + line.len();
            *offset += line.len();
            Some(r)
        })
        .filter_map(move |r| trim(text, r))
}

/// `text.split_inclusive('\n')` with `memchr`'s vectorised search: the
/// standard library's took 2.6% of a build's instructions on news text.
fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |i| i + 1);
        let (line, tail) = rest.split_at(end);
        rest = tail;
        Some(line)
    })
}

fn trim(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (lead + trail < s.len()).then(|| r.start + lead..r.end - trail)
}

/// Hands each sentence of `line` to `out`, in order.
fn sentences_in_line(text: &str, line: Range<usize>, mut out: impl FnMut(Range<usize>)) {
    let mut start = line.start;
    let mut i = line.start;
    // Terminators are ASCII or `…`: scanning bytes finds them without
    // decoding every character.
    while let Some(at) = next_terminator(text, i, line.end) {
        let mut end = at + terminator_len(text, at);
        while end < line.end {
            let d = text[end..].chars().next().expect("char boundary");
            if matches!(
                d,
                '.' | '!' | '?' | '…' | '"' | '\'' | '’' | '”' | ')' | ']'
            ) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        if ends_sentence(text, at, end, line.end) {
            trim(text, start..end).into_iter().for_each(&mut out);
            start = end;
        }
        i = end;
    }
    trim(text, start..line.end).into_iter().for_each(out);
}

/// The next `.`, `!`, `?` or `…` in `text[from..to]`. This runs over every
/// byte of the corpus, so it searches with `memchr` (SIMD) rather than
/// testing byte by byte.
fn next_terminator(text: &str, from: usize, to: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[from..to];
    let ascii = memchr::memchr3(b'.', b'!', b'?', bytes);
    // `…` is E2 80 A6; E2 also starts curly quotes and dashes, so each
    // candidate before the ASCII terminator is checked.
    let before = &bytes[..ascii.unwrap_or(bytes.len())];
    let ellipsis =
        memchr::memchr_iter(0xE2, before).find(|&i| before[i + 1..].starts_with(&[0x80, 0xA6]));
    ellipsis.or(ascii).map(|i| from + i)
}

fn terminator_len(text: &str, at: usize) -> usize {
    if text.as_bytes()[at] == 0xE2 { 3 } else { 1 }
}

/// Whether the terminator at `at` (run ending at `end`) closes a sentence.
fn ends_sentence(text: &str, at: usize, end: usize, line_end: usize) -> bool {
    let rest = &text[end..line_end];
    let after = rest.trim_start();
    if after.len() == rest.len() {
        return after.is_empty(); // no space after: `U.S.-led`, `3.5`, `….we`
    }
    let next_word = next_word(after);
    let Some(first) = next_word.chars().next() else {
        return true;
    };
    if !(first.is_uppercase() || first.is_numeric()) {
        return false;
    }
    if text[at..].starts_with('.') {
        let word = word_before(text, at);
        if word.contains('.') {
            return OPENERS.contains(&next_word);
        }
        if is_abbreviation(word) {
            return false;
        }
        if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
            return false;
        }
    }
    true
}

/// The word at the start of `text`, after any opening quotes or brackets.
fn next_word(text: &str) -> &str {
    let word = text.trim_start_matches(['"', '\'', '“', '‘', '(', '[']);
    let end = word
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(word.len(), |(i, _)| i);
    &word[..end]
}

/// Whether `word`, in any case, is in [`ABBREVIATIONS`]. They are all
/// ASCII, so an ASCII word is compared without lower-casing a copy (this
/// runs at every full stop).
fn is_abbreviation(word: &str) -> bool {
    if word.is_ascii() {
        // Most words before a full stop are longer than any abbreviation.
        word.len() <= LONGEST_ABBREVIATION
            && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
    } else {
        ABBREVIATIONS.contains(&word.to_lowercase().as_str())
    }
}

/// The token before byte `at`: letters, digits and inner dots.
fn word_before(text: &str, at: usize) -> &str {
    let head = &text[..at];
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &head[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        segment(text)
            .sentences
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Shifts in U.S. policy matter. Yes.",
                &["Shifts in U.S. policy matter.", "Yes."],
            ),
            ("Mr. Smith met Gen. Jones.", &["Mr. Smith met Gen. Jones."]),
            (
                "Training, Jan. 11, 2024. Next one.",
                &["Training, Jan. 11, 2024.", "Next one."],
            ),
            (
                "They met at St. Paul's. Then left.",
                &["They met at St. Paul's.", "Then left."],
            ),
            ("Aid to the U.S. The end.", &["Aid to the U.S.", "The end."]),
            ("Donald J. Trump spoke.", &["Donald J. Trump spoke."]),
            (
                "It worked! Did it? “Yes.” He left.",
                &["It worked!", "Did it?", "“Yes.”", "He left."],
            ),
            ("A 3.5 rise, e.g. here.", &["A 3.5 rise, e.g. here."]),
        ];
        for (text, expected) in cases {
            assert_eq!(sentences(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn ellipses_end_sentences_and_other_three_byte_punctuation_does_not() {
        let cases: &[(&str, &[&str])] = &[
            ("He paused… Then he left.", &["He paused…", "Then he left."]),
            (
                "“Quoted” — a dash – then… More here! Done",
                &["“Quoted” — a dash – then…", "More here!", "Done"],
            ),
            ("It’s late…. Go", &["It’s late….", "Go"]),
            ("No end here…", &["No end here…"]),
        ];
        for (text, expected) in cases {
            assert_eq!(sentences(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn lines_and_blank_lines_split() {
        let text = "Headline here\n\nFirst para. Second sentence.\nNew line\n\n\n  Last  \n";
        let seg = segment(text);
        let paras: Vec<&str> = seg.paragraphs.iter().map(|p| &text[p.clone()]).collect();
        assert_eq!(
            paras,
            [
                "Headline here",
                "First para. Second sentence.\nNew line",
                "Last"
            ]
        );
        assert_eq!(
            sentences(text),
            [
                "Headline here",
                "First para.",
                "Second sentence.",
                "New line",
                "Last"
            ]
        );
        let in_para: Vec<usize> = seg.sentences.iter().map(|s| s.paragraph).collect();
        assert_eq!(in_para, [0, 1, 1, 1, 2]);
    }

    #[test]
    fn empty_and_blank_texts_have_no_segments() {
        assert_eq!(segment(""), Segments::default());
        assert_eq!(segment(" \n\t\n"), Segments::default());
    }

    #[test]
    fn sentence_at_finds_the_containing_sentence() {
        let text = "One two. Three four.";
        let seg = segment(text);
        assert_eq!(seg.sentence_at(0), 0);
        assert_eq!(seg.sentence_at(text.find("Three").unwrap()), 1);
        assert_eq!(seg.sentence_at(text.len()), 1);
    }

    #[test]
    fn no_abbreviation_is_longer_than_the_longest() {
        let longest = ABBREVIATIONS.iter().map(|a| a.len()).max();
        assert_eq!(longest, Some(LONGEST_ABBREVIATION));
    }

    #[test]
    fn split_lines_is_split_inclusive() {
        for text in ["", "\n", "a", "a\n", "a\nb", "a\n\nb\n", "\n\né\r\n"] {
            let mine: Vec<&str> = split_lines(text).collect();
            let std: Vec<&str> = text.split_inclusive('\n').collect();
            assert_eq!(mine, std, "{text:?}");
        }
    }

    #[test]
    fn sentence_after_walks_to_the_same_sentence_as_a_search() {
        let text = "One two. Three four. Five. Six seven eight.";
        let seg = segment(text);
        let mut from = 0;
        for offset in 0..=text.len() {
            from = seg.sentence_after(from, offset);
            assert_eq!(from, seg.sentence_at(offset), "at {offset}");
        }
        assert_eq!(from, 3);
        assert_eq!(segment("").sentence_after(0, 5), 0);
    }
}
