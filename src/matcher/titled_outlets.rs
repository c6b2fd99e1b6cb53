//! Newspapers the gazetteer does not list, named by their titles: `The`
//! with its capital in the middle of a sentence, one or two capitalised
//! words and a word papers end their titles with (`according to The
//! Caspian Post`, `a report in The Haitian Tribune`). Prose writes `the`
//! in lower case there; the capital says the article belongs to a title.
//! First in a sentence the capital says nothing, so there a verb of
//! reporting, a comma or a colon must follow (`The Arab Weekly
//! reported`), unless the title is its line's only words (a masthead).

use std::ops::Range;
use std::sync::LazyLock;

use super::context::{HeadlineCache, starts_sentence};
use super::unlisted::capital_follows;
use super::{Matcher, Mention, Resolution};
use crate::normalize::is_word_char;
use crate::segment::Segments;

/// Last words of newspapers' titles. Not `Leader` (`The Senate Minority
/// Leader`), nor `Sun` or `Star`, which end other things' names too (`The
/// Rising Sun`, `The Lone Star`). Sorted, for a binary search.
const TITLE_ENDS: &[&str] = &[
    "Bulletin",
    "Chronicle",
    "Courier",
    "Daily",
    "Dispatch",
    "Examiner",
    "Express",
    "Gazette",
    "Herald",
    "Independent",
    "Inquirer",
    "Journal",
    "Messenger",
    "Monitor",
    "News",
    "Observer",
    "Post",
    "Record",
    "Reporter",
    "Sentinel",
    "Standard",
    "Telegraph",
    "Times",
    "Tribune",
    "Weekly",
];

/// Verbs of reporting that, right after a title first in its sentence,
/// say it is a paper's (`The Arab Weekly reported`).
const REPORTING: &[&str] = &[
    "has", "quoted", "reported", "reports", "revealed", "said", "says", "wrote", "writes",
];

/// `The `, searched for in every document: built once (a SIMD search,
/// where `str::match_indices` walks the text byte by byte).
static THE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("The "));

/// Capitalised words a title holds before its last word, at most.
const MAX_WORDS_BEFORE: usize = 2;

impl Matcher {
    /// The newspapers named by their titles (see the module's comment),
    /// `The` included, that overlap no listed name but a country's or a
    /// demonym inside them (`The Haitian Tribune`). Sorted.
    pub(super) fn titled_outlets(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
        listed: &[Mention],
    ) -> Vec<(Range<usize>, Resolution)> {
        let mut out = Vec::new();
        for at in THE.find_iter(text.as_bytes()) {
            if text[..at].ends_with(is_word_char) {
                continue;
            }
            let Some(end) = title_end(text, at + "The ".len()) else {
                continue;
            };
            let sentence = segments.sentence_at(at);
            let alone = line_alone(text, at..end);
            let first = starts_sentence(text, segments, sentence, at);
            let told = alone
                || !first && !headline.get(text, segments, sentence)
                || first && said_after(&text[end..]);
            if !told || self.listed_in_outlet(text, listed, &(at..end)) {
                continue;
            }
            out.push((at..end, Resolution::UnlistedTitledOutlet));
        }
        out
    }
}

/// Where a title that begins at `start` (after `The `) ends: after one or
/// two capitalised words and one of [`TITLE_ENDS`], with no capitalised
/// word or `of` after it (`The Daily Star Lebanon`, `The Times of India`
/// are longer names, which the gazetteer lists or leaves).
fn title_end(text: &str, start: usize) -> Option<usize> {
    let mut at = start;
    for words in 0..=MAX_WORDS_BEFORE {
        let rest = &text[at..];
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')))
            .unwrap_or(rest.len());
        let word = &rest[..len];
        if !word.starts_with(char::is_uppercase) {
            return None;
        }
        at += len;
        if words > 0 && TITLE_ENDS.binary_search(&word).is_ok() {
            let goes_on = capital_follows(text, at) || text[at..].starts_with(" of ");
            return (!goes_on).then_some(at);
        }
        at += usize::from(text[at..].starts_with(' '));
        if !text[..at].ends_with(' ') {
            return None;
        }
    }
    None
}

/// Whether what follows a title first in its sentence says it is a
/// paper's: a verb of [`REPORTING`], or a comma or a colon, as before
/// what the paper says or where it says it (`The Arab Weekly, drawing on
/// agencies, reported`; `The Arab Weekly:` over a quoted story).
fn said_after(rest: &str) -> bool {
    if rest.starts_with([',', ':']) {
        return true;
    }
    rest.strip_prefix(' ').is_some_and(|rest| {
        let word = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        REPORTING.contains(&word)
    })
}

/// Whether the title at `span` is its line's only words, as a page's
/// masthead is (`The Ritz Herald` over its story).
fn line_alone(text: &str, span: Range<usize>) -> bool {
    let before = text[..span.start].rsplit('\n').next().unwrap_or("");
    let after = text[span.end..].split('\n').next().unwrap_or("");
    before.trim().is_empty() && after.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::tests::{all_found, matcher_of_files, shipped_matcher};

    fn outlets(text: &str) -> Vec<String> {
        let gaz = "id\ttype\tname\tdemonyms\n\
            haiti\tcountry\tHaiti\tHaitian\n\
            ft\torganization\tFinancial Times\t\n";
        let m = matcher_of_files(&[("t.tsv", gaz)]);
        all_found(&m, text)
            .into_iter()
            .filter(|f| f.how == Resolution::UnlistedTitledOutlet)
            .map(|f| f.surface)
            .collect()
    }

    #[test]
    fn the_with_its_capital_mid_sentence_begins_a_paper_s_title() {
        let text = "The talks stalled, according to The Caspian Post. A report in \
            The Haitian Tribune said more. The Arab Weekly reported the deal.\n\
            The Gulf Observer\n\
            The Baku Times, citing officials, said so.";
        assert_eq!(
            outlets(text),
            [
                "The Caspian Post",
                "The Haitian Tribune",
                "The Arab Weekly",
                "The Gulf Observer",
                "The Baku Times"
            ]
        );
    }

    #[test]
    fn a_title_wins_over_the_organisation_named_inside_it() {
        // With the shipped lists, the rule for unlisted organisations finds
        // `WP Times` on its own.
        let text = "The summit ended in Paris. According to The WP Times, the \
            French President made the announcement.";
        let found: Vec<String> = all_found(shipped_matcher(), text)
            .into_iter()
            .filter(|f| f.surface.contains("Times"))
            .map(|f| f.surface)
            .collect();
        assert_eq!(found, ["The WP Times"]);
    }

    #[test]
    fn no_title_without_its_cues() {
        // First in a sentence with no verb of reporting; one word only; a
        // longer name; a listed paper; a word no title ends with.
        let text = "The Moscow Post building burned. He read The News today. \
            She quoted The Times of India and The Financial Times. \
            He met The Senate Minority Leader.";
        assert!(outlets(text).is_empty(), "{:?}", outlets(text));
    }

    #[test]
    fn title_ends_are_sorted_for_the_binary_search() {
        assert!(TITLE_ENDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn where_titles_end() {
        let text = "The Caspian Post said";
        assert_eq!(title_end(text, 4), Some("The Caspian Post".len()));
        assert_eq!(title_end("The Daily Star Lebanon", 4), None);
        assert_eq!(title_end("The Big Red Post", 4), Some(16));
        assert_eq!(title_end("The One Two Three Post", 4), None);
        assert_eq!(title_end("The Post", 4), None);
    }
}
