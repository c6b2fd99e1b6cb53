//! Names in quotation marks inside or after a name: a person's nickname or
//! call sign between the given name and the surname (`Jorge "Tuto"
//! Quiroga`, `Denys "Redis" Prokopenko`), a unit's honorary name after its
//! number and kind (`15th Brigade "Kara-Dag"`). News prints them as part
//! of the name, and the annotation guidelines' spans keep them. And names
//! given after `also known as` (`Al-Fateh Abdullah Idris, also known as
//! "Abu Lulu"`), which name the one named before them.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// Opening and closing quotation marks, straight and typeset.
const QUOTES: &[(char, char)] = &[('"', '"'), ('“', '”'), ('\'', '\''), ('‘', '’')];

/// Words a quoted name has at most (`"El Chapo"`).
const MAX_WORDS: usize = 2;

/// Where a quoted name that begins at `at` ends, after its closing mark:
/// one or two capitalised words in matching marks (`"Tuto"`, `“El
/// Chapo”`, `"Kara-Dag"`).
pub(super) fn quoted_name_at(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let open = rest.chars().next()?;
    let &(_, close) = QUOTES.iter().find(|(o, _)| *o == open)?;
    let inside = &rest[open.len_utf8()..];
    let len = inside.find(close)?;
    is_quoted_name(&inside[..len], MAX_WORDS)
        .then_some(at + open.len_utf8() + len + close.len_utf8())
}

/// Where a quoted name that ends at `end` (right after its closing mark)
/// begins, at its opening mark, when a space comes before that.
pub(super) fn quoted_name_before(text: &str, end: usize) -> Option<usize> {
    quoted_words_before(text, end, MAX_WORDS)
}

/// Where the words in quotation marks that end at `end` (right after the
/// closing mark) begin, at the opening mark: capitalised words, `max` at
/// most, with a space before the opening mark.
pub(super) fn quoted_words_before(text: &str, end: usize, max: usize) -> Option<usize> {
    let head = &text[..end];
    let close = head.chars().next_back()?;
    let &(open, _) = QUOTES.iter().find(|(_, c)| *c == close)?;
    let inside = &head[..head.len() - close.len_utf8()];
    let start = inside.rfind(open)?;
    let words = &inside[start + open.len_utf8()..];
    let fits = is_quoted_name(words, max) && inside[..start].ends_with(' ');
    fits.then_some(start)
}

/// `name` without a quoted name inside it (`Jorge "Tuto" Quiroga` →
/// `Jorge Quiroga`), for the id and name of a person found in the text.
pub(super) fn without_quoted_name(name: &str) -> Cow<'_, str> {
    // A quoted name begins after a space, never the name itself.
    let found = name
        .match_indices(' ')
        .find_map(|(i, _)| quoted_name_at(name, i + 1).map(|end| (i + 1, end)));
    match found {
        Some((start, end)) => {
            let rest = name[end..].strip_prefix(' ').unwrap_or(&name[end..]);
            Cow::Owned(format!("{}{rest}", &name[..start]))
        }
        None => Cow::Borrowed(name),
    }
}

/// What says that another name follows, with what may stand between it
/// and the name before (a comma or a space): `, also known as`, `a.k.a.`
/// (with or without its last full stop), `aka`, `, alias`.
const ANOTHER_NAME: &[(&str, &[&str])] = &[
    ("also known as ", &[", ", " "]),
    ("a.k.a. ", &[", ", " "]),
    ("a.k.a ", &[", ", " "]),
    ("aka ", &[", ", " "]),
    ("alias ", &[", "]),
];

/// Words a name given after `also known as` has at most (`Al Zeir
/// Salem`).
const MAX_OTHER_NAME_WORDS: usize = 3;

/// The names `text` gives after `also known as` and the like (see
/// [`ANOTHER_NAME`]): where the name before ends, and the other name's
/// span, without quotation marks (`Francis Kamanzi a.k.a Erasto`, `Gedo
/// Hamdan Ahmed, also known as “Abu Nashuk”`). Sorted.
pub(super) fn names_also_known_as(text: &str) -> Vec<(usize, Range<usize>)> {
    let mut out = Vec::new();
    // One pass over the text for all the markers, built once.
    for found in MARKERS.find_iter(text) {
        let (marker, gaps) = ANOTHER_NAME[found.pattern().as_usize()];
        let before = &text[..found.start()];
        let Some(end) = gaps.iter().find_map(|g| before.strip_suffix(g)) else {
            continue;
        };
        if let Some(other) = other_name_at(text, found.start() + marker.len()) {
            out.push((end.len(), other));
        }
    }
    out
}

/// The markers of [`ANOTHER_NAME`], searched for in every document.
static MARKERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let markers = ANOTHER_NAME.iter().map(|(marker, _)| marker);
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(markers)
        .expect("a handful of short markers")
});

/// The span of the name that begins at `at`, in quotation marks or not:
/// one to three capitalised words, the closing mark right after the last
/// when an opening one came first. Not a capital alone (`A`).
fn other_name_at(text: &str, at: usize) -> Option<Range<usize>> {
    let rest = &text[at..];
    let quote = QUOTES.iter().find(|(open, _)| rest.starts_with(*open));
    let start = at + quote.map_or(0, |(open, _)| open.len_utf8());
    let mut end = start;
    let mut at = start;
    for _ in 0..MAX_OTHER_NAME_WORDS {
        let word_len = text[at..]
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(text.len() - at);
        if !text[at..at + word_len].starts_with(char::is_uppercase) {
            break;
        }
        end = at + word_len;
        let next = &text[end..];
        if !next.starts_with(' ') || !next[1..].starts_with(char::is_uppercase) {
            break;
        }
        at = end + 1;
    }
    // One capital alone is an initial, no name.
    text[start..end].chars().nth(1)?;
    match quote {
        Some(&(_, close)) => text[end..].starts_with(close).then_some(start..end),
        None => Some(start..end),
    }
}

/// Whether `inside`, what stands between the marks, is one to `max`
/// capitalised words of letters and hyphens.
fn is_quoted_name(inside: &str, max: usize) -> bool {
    let words = inside.split(' ');
    let mut count = 0;
    for word in words {
        count += 1;
        let letters = word.chars().all(|c| c.is_alphabetic() || c == '-');
        if count > max || !letters || !word.starts_with(char::is_uppercase) {
            return false;
        }
    }
    // One capital alone is an initial, no name.
    inside.chars().nth(1).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_name_is_one_or_two_capitalised_words_in_matching_marks() {
        let text = r#"Jorge "Tuto" Quiroga and Joaquín “El Chapo” Guzmán, 'Kara-Dag'"#;
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(quoted_name_at(text, at("\"Tuto")), Some(at(" Quiroga")));
        assert_eq!(quoted_name_at(text, at("“El")), Some(at(" Guzmán")));
        assert_eq!(quoted_name_at(text, at("'Kara")), Some(text.len()));
        assert_eq!(quoted_name_before(text, at(" Quiroga")), Some(at("\"Tuto")));
        assert_eq!(quoted_name_before(text, at(" Guzmán")), Some(at("“El")));
        for text in [
            r#""tuto" x"#,
            r#""Three Word Name" x"#,
            r#""A" x"#,
            r#""Tuto x"#,
            r#""Tuto” x"#,
            r#""Tuto, Jr" x"#,
        ] {
            assert_eq!(quoted_name_at(text, 0), None, "{text}");
        }
        // The opening mark follows a space.
        assert_eq!(quoted_name_before(r#"Jane "Peace" Jones"#, 12), Some(5));
        assert_eq!(quoted_name_before(r#"Jane"Peace" Jones"#, 11), None);
    }

    #[test]
    fn a_person_s_name_leaves_out_the_quoted_name() {
        assert_eq!(
            without_quoted_name(r#"Jorge "Tuto" Quiroga"#),
            "Jorge Quiroga"
        );
        assert_eq!(
            without_quoted_name("Joaquín “El Chapo” Guzmán"),
            "Joaquín Guzmán"
        );
        assert_eq!(without_quoted_name("Jane Doe"), "Jane Doe");
    }
}
