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

use super::unlisted::capital_follows;

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

/// Where the quotation marks right around `span` are, from the opening
/// mark to past the closing one, when they match (`'Balen'`).
pub(super) fn quotes_around(text: &str, span: &Range<usize>) -> Option<Range<usize>> {
    let open = text[..span.start].chars().next_back()?;
    let &(_, close) = QUOTES.iter().find(|(o, _)| *o == open)?;
    text[span.end..]
        .starts_with(close)
        .then(|| span.start - open.len_utf8()..span.end + close.len_utf8())
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
/// Hamdan Ahmed, also known as “Abu Nashuk”`), after a title or a form
/// of address that `is_title` knows (`also known as Cde Cabby Rujeko
/// Rwehondo`, with Zimbabwe's `Cde` for comrade). Sorted.
pub(super) fn names_also_known_as(
    text: &str,
    is_title: impl Fn(&str) -> bool,
) -> Vec<(usize, Range<usize>)> {
    let mut out = Vec::new();
    for at in marker_starts(text) {
        let rest = &text[at..];
        let Some(&(marker, gaps)) = ANOTHER_NAME.iter().find(|(m, _)| rest.starts_with(m)) else {
            continue;
        };
        let before = &text[..at];
        let Some(end) = gaps.iter().find_map(|g| before.strip_suffix(g)) else {
            continue;
        };
        let start = at + marker.len();
        let start = match text[start..].split_once(' ') {
            Some((word, _)) if is_title(word) => start + word.len() + 1,
            _ => start,
        };
        if let Some(other) = other_name_at(text, start) {
            out.push((end.len(), other));
        }
    }
    out.sort_by_key(|(end, _)| *end);
    // Two `k`s may point at one marker's start.
    out.dedup();
    out
}

/// Where a marker of [`ANOTHER_NAME`] may begin in `text`: around each
/// `k` (`also known as`, `a.k.a`, `aka`, a rare letter: one fast search),
/// and at each `alias`.
fn marker_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    let around_k = memchr::memchr_iter(b'k', bytes).flat_map(move |k| {
        // `k` is the sixth letter of `also known`, the third of `a.k.a` and
        // the second of `aka`.
        [5, 2, 1]
            .into_iter()
            .filter_map(move |back| k.checked_sub(back))
            .filter(move |&at| bytes[at] == b'a')
    });
    around_k.chain(ALIAS.find_iter(bytes))
}

/// `alias`, searched for in every document: built once.
static ALIAS: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("alias "));

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

/// Words a name in brackets has at most (`Commando Materieel en IT`).
const MAX_BRACKETED_WORDS: usize = 5;

/// Small words inside another language's name in brackets (`Miljøpartiet
/// de Grønne`, `Commando Materieel en IT`).
const BRACKETED_JOINERS: &[&str] = &[
    "de", "del", "der", "den", "des", "du", "en", "el", "la", "le", "van", "von", "of", "and",
    "the", "al", "i", "y", "e", "för", "für", "und",
];

/// Other names in brackets right after a name: where the name before
/// ends, and the bracket's name (`the Red-Green Alliance (Enhedslisten)`,
/// `Mostaqbal Watan (Nation's Future)`, `Newton Kariuki (Karish)`). A
/// name is one to five words, the first and last capitalised, the others
/// capitalised or small joiners, with a lower-case letter somewhere
/// (capitals alone are an acronym, which `acronyms.rs` reads) and no
/// digit; `Matcher::add_other_names` gives it to the one named before.
/// Sorted.
pub(super) fn names_in_brackets(text: &str) -> Vec<(usize, Range<usize>)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for open in memchr::memchr_iter(b'(', bytes) {
        let name_before = open >= 2
            && bytes[open - 1] == b' '
            && (bytes[open - 2].is_ascii_alphabetic() || bytes[open - 2] >= 0x80);
        if !name_before {
            continue;
        }
        let inside = open + 1;
        let near = &bytes[inside..bytes.len().min(inside + 60)];
        let Some(len) = memchr::memchr(b')', near) else {
            continue;
        };
        // `the Halwest (Attitude) Movement`: the bracket is inside a name.
        let close = inside + len;
        let inside_name = capital_follows(text, close + 1);
        if !inside_name && is_bracketed_name(&text[inside..close]) {
            out.push((open - 1, inside..close));
        }
    }
    out
}

/// Whether `inside`, what a bracket holds, is another name (see
/// [`names_in_brackets`]).
pub(super) fn is_bracketed_name(inside: &str) -> bool {
    let words: Vec<&str> = inside.split(' ').collect();
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    // `(R-rated)`: a word whose part after a hyphen is in lower case is
    // no name's.
    let letters = |w: &&str| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '&'))
            && !w
                .split('-')
                .skip(1)
                .any(|part| part.starts_with(char::is_lowercase))
    };
    (1..=MAX_BRACKETED_WORDS).contains(&words.len())
        && words.first().is_some_and(capitalised)
        && words.last().is_some_and(capitalised)
        && words.iter().all(letters)
        && words
            .iter()
            .all(|w| capitalised(w) || BRACKETED_JOINERS.contains(w))
        && inside.contains(char::is_lowercase)
        && !words.iter().any(|w| plural_acronym(w))
        && inside.chars().count() >= 4
}

/// Whether `word` is an acronym's plural (`ODIs`, `NGOs`): capitals and
/// an `s`, which name things, not one body or person.
fn plural_acronym(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|a| a.len() >= 2 && a.bytes().all(|b| b.is_ascii_uppercase()))
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
    fn a_name_after_also_known_as_leaves_out_a_title_before_it() {
        let text = "Winnie Mandeya, also known as Cde Cabby Rujeko Rwehondo, and \
            Ali Said, also known as Abu Omar.";
        let names: Vec<&str> = names_also_known_as(text, |w| w == "Cde")
            .into_iter()
            .map(|(_, span)| &text[span])
            .collect();
        assert_eq!(names, ["Cabby Rujeko Rwehondo", "Abu Omar"]);
    }

    #[test]
    fn a_name_in_brackets_is_capitalised_words_with_small_ones_between() {
        let text = "the Red-Green Alliance (Enhedslisten) and the Green Party \
            (Miljøpartiet de Grønne), Mostaqbal Watan (Nation's Future), \
            the Halwest (Attitude) Movement, the EU (EU), talks (in Cairo), \
            a vote (2024), Jane Doe (R-rated), One-Day Internationals (ODIs)";
        let names: Vec<&str> = names_in_brackets(text)
            .into_iter()
            .map(|(_, span)| &text[span])
            .collect();
        assert_eq!(
            names,
            ["Enhedslisten", "Miljøpartiet de Grønne", "Nation's Future"]
        );
        let (end, _) = names_in_brackets(text)[0];
        assert_eq!(&text[..end], "the Red-Green Alliance");
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
