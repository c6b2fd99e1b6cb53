//! Outlets named by their web address (`Legit.ng`, `Elchi.az`,
//! `TUKO.co.ke`): news credits small sites so (`Legit.ng journalist …`,
//! `Elchi.az reports`), and a capitalised word with a domain after it is
//! the name of the site, which is an organisation. The rule for people
//! the gazetteer does not list looks for them at each capitalised word it
//! reads (`domain_at_word`), so that no pass of their own reads the text.

use std::ops::Range;

/// Labels of government sites, which name no outlet (`Beehive.govt.nz`).
const GOVERNMENT_LABELS: [&str; 4] = ["gob", "gouv", "gov", "govt"];

/// Top-level domains of three letters or more that outlets use; every
/// two-letter label is taken for a country's.
const GENERIC_DOMAINS: [&str; 5] = ["com", "info", "net", "news", "org"];

/// Labels a domain has after the name, at most (`co.ke`).
const MAX_LABELS: usize = 2;

/// The site's name that begins with the capitalised word ending at
/// `word_end`, if a full stop or a hyphen, a digit, a capital goes on
/// from there to a domain (`Legit.ng`, `PRESS-NEWS.org`, `TUKO.co.ke`).
pub(super) fn domain_at_word(text: &str, word_end: usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let is_name_byte = |b: &u8| b.is_ascii_alphanumeric() || *b == b'-';
    // Most words end in a space or a comma: one look says no.
    if !bytes
        .get(word_end)
        .is_some_and(|b| *b == b'.' || is_name_byte(b))
    {
        return None;
    }
    let dot = word_end
        + bytes[word_end..]
            .iter()
            .take_while(|b| is_name_byte(b))
            .count();
    if bytes.get(dot) != Some(&b'.') || !bytes.get(dot + 1).is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    domain_name_at(text, dot)
}

/// The site's name whose first full stop is at `dot`: a word that begins
/// with a capital (letters, digits and hyphens), then one or two labels in
/// lower case, the last a top-level domain, and no word character, `/` or
/// `@` around it (no part of a link or an address).
fn domain_name_at(text: &str, dot: usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let is_name_byte = |b: &u8| b.is_ascii_alphanumeric() || *b == b'-';
    let start = dot
        - bytes[..dot]
            .iter()
            .rev()
            .take_while(|b| is_name_byte(b))
            .count();
    if !bytes.get(start).is_some_and(u8::is_ascii_uppercase)
        || start
            .checked_sub(1)
            .is_some_and(|b| matches!(bytes[b], b'.' | b'/' | b'@' | b'_'))
    {
        return None;
    }
    let mut end = dot;
    let mut labels = Vec::new();
    while labels.len() < MAX_LABELS && bytes.get(end) == Some(&b'.') {
        let len = bytes[end + 1..]
            .iter()
            .take_while(|b| b.is_ascii_lowercase())
            .count();
        if len == 0 {
            break;
        }
        labels.push(&text[end + 1..end + 1 + len]);
        end += 1 + len;
    }
    let after = bytes.get(end);
    let open = after.is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'@' | b'_'));
    let top = labels.last()?;
    let known = top.len() == 2 || GENERIC_DOMAINS.contains(top);
    let government = labels.iter().any(|l| GOVERNMENT_LABELS.contains(l));
    (known && !government && !open).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        memchr::memchr_iter(b'.', text.as_bytes())
            .filter_map(|dot| domain_name_at(text, dot))
            .map(|span| &text[span])
            .collect()
    }

    #[test]
    fn a_capitalised_word_and_a_domain_name_a_site() {
        assert_eq!(
            names("Legit.ng journalist Jane Doe reported it."),
            ["Legit.ng"]
        );
        assert_eq!(names("The vote was held, Elchi.az reports."), ["Elchi.az"]);
        assert_eq!(
            names("A journalist at TUKO.co.ke covers it."),
            ["TUKO.co.ke"]
        );
        assert_eq!(names("(Press-News.org) By Jane Doe"), ["Press-News.org"]);
    }

    #[test]
    fn links_addresses_government_sites_and_sentences_name_no_site() {
        for text in [
            "See https://www.Legit.ng/news for more.",
            "Write to Desk@Legit.ng today.",
            "Read it at Legit.ng/politics today.",
            "The release is on Beehive.govt.nz today.",
            "It ended in Kyiv.the next day it went on.",
            "Shares of ORSTED.CO fell.",
            "It is on Legit.ngx today.",
            "The file is Report.docx here.",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }
}
