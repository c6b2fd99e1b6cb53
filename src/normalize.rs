//! Text folding for matching, with a map back to the original bytes.
//!
//! Aliases and documents are compared in a *folded* form: canonical
//! decomposition (NFD) with combining marks dropped (`Orbán` → `Orban`,
//! `Türkiye` → `Turkiye`), typographic apostrophes, quotes, hyphens and
//! spaces mapped to their ASCII forms, a hyphen between two word characters
//! made a space, and soft hyphens removed. Case is kept: the case policy
//! lives in the matcher. Because NFD is applied to every character, NFC and
//! NFD inputs fold to the same string.
//!
//! A hyphen inside a name folds to a space because names are hyphenated one
//! way in one paper and another way in the next (`Abdel-Fattah al-Burhan`,
//! `Abdel Fattah al Burhan`, `Al-Jazeera`). It is not a word character
//! either way, so `Israel-US` still gives `Israel` and `US`. A dash standing
//! apart (`Sudan - RSF`, `A-`) is kept: a space there would join or split
//! what the writer did not.
//!
//! Folding changes byte lengths, so [`Folded`] records, for each stretch of
//! non-ASCII input, where it came from; ASCII bytes map one to one, which
//! keeps the common case a plain copy and the map small.

use std::borrow::Cow;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A folded text and the map from its byte offsets to the original's.
#[derive(Debug, Clone)]
pub struct Folded<'a> {
    text: Cow<'a, str>,
    /// Non-ASCII clusters, in order: folded range → original range.
    spans: Vec<Span>,
}

#[derive(Debug, Clone, Copy)]
struct Span {
    f_start: usize,
    f_end: usize,
    o_start: usize,
    o_end: usize,
}

impl<'a> Folded<'a> {
    /// Folds `original`. ASCII text without a hyphen inside a word is
    /// borrowed, not copied.
    pub fn new(original: &'a str) -> Folded<'a> {
        if original.is_ascii() {
            let mut text = Cow::Borrowed(original);
            mend_joins(&mut text);
            return Folded {
                text,
                spans: Vec::new(),
            };
        }
        let mut out = String::with_capacity(original.len());
        let mut spans: Vec<Span> = Vec::new();
        let bytes = original.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let run = i;
            i += ascii_prefix(&bytes[i..]);
            out.push_str(&original[run..i]);
            if i == bytes.len() {
                break;
            }
            let c = original[i..].chars().next().expect("char boundary");
            let o_start = i;
            i += c.len_utf8();
            if is_combining_mark(c) {
                attach_mark(&mut spans, &out, o_start, i);
                continue;
            }
            let f_start = out.len();
            fold_char(c, &mut out);
            spans.push(Span {
                f_start,
                f_end: out.len(),
                o_start,
                o_end: i,
            });
        }
        let mut text = Cow::Owned(out);
        mend_joins(&mut text);
        Folded { text, spans }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a folded byte range to the original byte range. The start snaps
    /// to the start of the original character it came from and the end to
    /// the end of that character's cluster (combining marks included), so
    /// the original slice is always on character boundaries.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        (self.map(start, false), self.map(end, true))
    }

    fn map(&self, f: usize, is_end: bool) -> usize {
        // The last span that starts before `f` (for a start: at or before),
        // so an end never takes in a character dropped right after it.
        let idx = self
            .spans
            .partition_point(|s| s.f_start < f || (!is_end && s.f_start == f));
        let Some(s) = idx.checked_sub(1).map(|i| self.spans[i]) else {
            return f;
        };
        if f < s.f_end {
            if is_end { s.o_end } else { s.o_start }
        } else {
            s.o_end + (f - s.f_end)
        }
    }
}

/// A combining mark in the input belongs to the character before it: widen
/// that character's span (creating one for an ASCII base) to cover the mark.
fn attach_mark(spans: &mut Vec<Span>, out: &str, o_start: usize, o_end: usize) {
    if let Some(last) = spans.last_mut()
        && last.o_end == o_start
        && last.f_end == out.len()
    {
        last.o_end = o_end;
        return;
    }
    let f_end = out.len();
    let f_start = out[..f_end]
        .chars()
        .next_back()
        .map_or(f_end, |c| f_end - c.len_utf8());
    spans.push(Span {
        f_start,
        f_end,
        o_start: o_start - (f_end - f_start),
        o_end,
    });
}

/// The length of the ASCII run at the start of `bytes`. Sixteen bytes at a
/// time (`is_ascii` tests a word at once): most of a news text is ASCII
/// between its curly quotes and accented names.
fn ascii_prefix(bytes: &[u8]) -> usize {
    let mut n = 0;
    for chunk in bytes.chunks(16) {
        if !chunk.is_ascii() {
            return n + chunk.iter().take_while(|b| b.is_ascii()).count();
        }
        n += chunk.len();
    }
    n
}

/// Makes each hyphen between two word characters a space, and each
/// backtick between two letters an apostrophe (a transliteration's ayn,
/// `al-Qa`ida`, which names spell with an apostrophe; a backtick anywhere
/// else opens a quotation and stays), in place: a borrowed text is copied
/// at the first change. Byte for byte, so offsets and spans stay true. One
/// scan for both, as every document and name passes through here.
fn mend_joins(text: &mut Cow<'_, str>) {
    let mut from = 0;
    while let Some(i) = memchr::memchr2(b'-', b'`', &text.as_bytes()[from..]).map(|j| from + j) {
        let before = text[..i].chars().next_back();
        let after = text[i + 1..].chars().next();
        let (joins, by) = match text.as_bytes()[i] {
            b'-' => (is_word_char as fn(char) -> bool, " "),
            _ => (char::is_alphabetic as fn(char) -> bool, "'"),
        };
        if before.is_some_and(joins) && after.is_some_and(joins) {
            text.to_mut().replace_range(i..=i, by);
        }
        from = i + 1;
    }
}

/// Appends the folded form of one character to `out`.
pub fn fold_char(c: char, out: &mut String) {
    match c {
        // The okina (`Laʻauli`) is written as an apostrophe too.
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{02BB}' | '\u{2032}'
        | '\u{00B4}' | '\u{FF07}' => out.push('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' => out.push('"'),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => out.push('-'),
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' => {}
        // Letters with no canonical decomposition that English text writes
        // without their stroke: `Kaczyński` as `Kaczynski`, `Støre` as `Store`.
        'ł' => out.push('l'),
        'Ł' => out.push('L'),
        'ø' => out.push('o'),
        'Ø' => out.push('O'),
        'đ' => out.push('d'),
        'Đ' => out.push('D'),
        'ı' => out.push('i'),
        c if c.is_whitespace() => out.push(' '),
        c => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.push(d)
            }
        }),
    }
}

/// Folds a whole string (aliases, query names).
pub fn fold(s: &str) -> String {
    Folded::new(s).as_str().to_owned()
}

/// `word` as the word lists keep it (`load::parse_word_list` folds them):
/// an ASCII word as it is, with no copy, any other folded (`Jérôme` →
/// `Jerome`), so that a look-up finds a listed word however the text
/// accents it.
pub fn fold_word(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(fold(word))
    }
}

/// The id part of a name (`Cabinet` → `cabinet`, `Jane O'Neil` →
/// `jane-oneil`): lower case, words joined by hyphens, full stops
/// and apostrophes dropped.
pub fn slug(name: &str) -> String {
    let lower = name.to_lowercase();
    let kept: String = lower
        .chars()
        .filter(|c| !matches!(c, '.' | '\'' | '’'))
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    kept.split('-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Folds a name or alias, with runs of whitespace made one space: a name
/// never holds two whitespace characters in a row, so a blank line or a
/// double space in the text is a place no match can cross (the reader cuts
/// large files there).
pub fn fold_name(s: &str) -> String {
    fold(s)
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `c` is part of a word for boundary checks: letters and digits of
/// any script. Apostrophes and hyphens are not, so `Trump's` and `Israel-US`
/// leave the names whole-word.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `c` is a hyphen that joins two words into one name
/// (`Miami-Dade`, also written with U+2010 or the non-breaking U+2011, as
/// some sites do). Dashes, which [`fold_char`] also folds to `-` for the
/// automaton, join no words: `Ukraine–Russia` is two names.
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_folded_only_when_it_is_not_ascii() {
        assert!(matches!(fold_word("Jerome"), Cow::Borrowed("Jerome")));
        assert_eq!(fold_word("Jérôme"), "Jerome");
        assert_eq!(fold_word("Zoë"), "Zoe");
    }

    fn check(original: &str, folded: &str) {
        let f = Folded::new(original);
        assert_eq!(f.as_str(), folded, "folding {original:?}");
    }

    #[test]
    fn ascii_prefix_stops_at_the_first_non_ascii_byte() {
        let long = "a".repeat(40);
        for (text, expected) in [
            ("", 0),
            ("abc", 3),
            ("é", 0),
            ("abcé", 3),
            (&format!("{}é", &long[..15]), 15),
            (&format!("{}é", &long[..16]), 16),
            (&format!("{}é", &long[..33]), 33),
            (long.as_str(), 40),
        ] {
            assert_eq!(ascii_prefix(text.as_bytes()), expected, "{text:?}");
        }
    }

    #[test]
    fn folds_diacritics_quotes_and_hyphens() {
        check("Orbán", "Orban");
        check("Türkiye", "Turkiye");
        check("Orba\u{301}n", "Orban");
        check("Trump’s", "Trump's");
        check("Israel‐US", "Israel US");
        check("Abdel-Fattah al–Burhan", "Abdel Fattah al Burhan");
        check("Sudan - RSF, A-, -b", "Sudan - RSF, A-, -b");
        check(
            "Jarosław Kaczyński, Støre, Đukanović",
            "Jaroslaw Kaczynski, Store, Dukanovic",
        );
        check("“Coalition”", "\"Coalition\"");
        check("a\u{00A0}b", "a b");
        check("Zelensky", "Zelensky");
    }

    #[test]
    fn ascii_text_is_copied_only_for_a_hyphen_inside_a_word() {
        assert!(matches!(Folded::new("Sudan - RSF").text, Cow::Borrowed(_)));
        let f = Folded::new("Al-Jazeera and al-Hayya");
        assert!(matches!(f.text, Cow::Owned(_)));
        assert_eq!(f.as_str(), "Al Jazeera and al Hayya");
        assert_eq!(f.to_original(0, 10), (0, 10), "offsets do not move");
    }

    #[test]
    fn maps_ranges_back_to_original_bytes() {
        let text = "Mr. Orba\u{301}n’s ally, Zelenskyy";
        let f = Folded::new(text);
        let ft = f.as_str();
        let s = ft.find("Orban").unwrap();
        let (a, b) = f.to_original(s, s + "Orban".len());
        assert_eq!(&text[a..b], "Orba\u{301}n");
        let s = ft.find("Zelenskyy").unwrap();
        let (a, b) = f.to_original(s, s + 9);
        assert_eq!(&text[a..b], "Zelenskyy");
        let s = ft.find("'s").unwrap();
        let (a, b) = f.to_original(s, s + 1);
        assert_eq!(&text[a..b], "’");
    }

    #[test]
    fn ascii_text_is_borrowed() {
        let f = Folded::new("plain text");
        assert!(matches!(f.text, Cow::Borrowed(_)));
        assert_eq!(f.to_original(3, 7), (3, 7));
    }
}
