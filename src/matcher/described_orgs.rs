//! Organisations the gazetteer does not list, found by what the sentence
//! says of them rather than by their own words: a lower-case word that
//! says what kind of body comes next (`the drone maker Skyeton`, `the
//! state contractor Oboronstroy`, `Abu Dhabi-based MGX`), an apposition
//! that ends in such a word (`Nibulon, an agribusiness company, said`),
//! a company's office right after the name (`Anduril CEO Jane Doe`,
//! `Helsing's chief executive`), what only companies have after its
//! possessive (`Carbonatix's shares`), `shares of` before it, or a kind
//! of group right after it (`the Yelema party`, `the Sinaloa cartel`). News
//! puts these words before and after companies' names far more than
//! before any other capitalised word, so one capitalised word after them
//! is enough, where the rule of head words (`unlisted_orgs.rs`) asks for
//! three.

use std::ops::Range;

use super::context::starts_sentence;
use super::nicknames::{is_bracketed_name, quoted_words_before};
use super::unlisted::{
    NOT_NAMES, SENTENCE_OPENERS, Shape, mention_ending, name_word, overlaps, word_before,
};
use super::unlisted_orgs::{DATES, ordinal_start};
use super::{Matcher, Mention, Resolution};
use crate::segment::Segments;

/// Lower-case words that say what kind of body the capitalised name right
/// after them is (`the carmaker Stellantis`, `rights group Memorial`);
/// not those that name people's trades as well (`drone operator`, `film
/// producer`, `property developer`) or ships (`aircraft carrier`). Sorted,
/// for a binary search.
const KINDS: &[&str] = &[
    "agency",
    "airline",
    "automaker",
    "bank",
    "broadcaster",
    "carmaker",
    "chain",
    "chipmaker",
    "company",
    "conglomerate",
    "consultancy",
    "contractor",
    "exchange",
    "firm",
    "fund",
    "giant",
    "group",
    "insurer",
    "journal",
    "lender",
    "magazine",
    "maker",
    "manufacturer",
    "network",
    "newspaper",
    "outlet",
    "party",
    "platform",
    "publisher",
    "retailer",
    "shipbuilder",
    "start-up",
    "startup",
    "streamer",
    "studio",
    "subsidiary",
    "supplier",
    "tabloid",
    "watchdog",
    "website",
];

/// What follows a company's name and says it is one (`Anduril CEO`,
/// `Telegram founder`), straight or after a possessive.
const OFFICES: &[&str] = &["CEO", "CFO", "chief executive", "co-founder", "founder"];

/// Lower-case words that say what kind of group the capitalised name
/// right before them is (`the Yelema party`, `the Sinaloa cartel`, `the
/// Saba news agency`): not `group` or `movement` alone, which follow
/// other things too (`the Contact group`, `the MAGA movement`). Sorted.
const KINDS_AFTER: &[&str] = &[
    "alliance",
    "bloc",
    "cartel",
    "coalition",
    "consortium",
    "daily",
    "faction",
    "gang",
    "magazine",
    "militia",
    "newspaper",
    "party",
    "tabloid",
];

/// Kinds of [`KINDS_AFTER`] written in two words (`the Saba news
/// agency`, `the Zentrix think tank`, `the M23 rebel group`).
const TWO_WORD_KINDS_AFTER: &[(&str, &str)] = &[
    ("armed", "group"),
    ("militant", "group"),
    ("news", "agency"),
    ("rebel", "group"),
    ("think", "tank"),
];

/// Capitalised words that say what a party stands for, where it is from
/// or which people it speaks for, not what it is called (`the Democratic
/// party`, `the Social Democratic party`, `the European bloc`, `the West
/// African bloc`, `a Hutu militia`): a name of such words alone before a
/// word of [`KINDS_AFTER`] is none.
const DESCRIBING_WORDS: &[&str] = &[
    "African",
    "Agrarian",
    "Alawite",
    "Amhara",
    "Arab",
    "Asian",
    "Baath",
    "Baloch",
    "Catholic",
    "Center",
    "Central",
    "Centre",
    "Centrist",
    "Christian",
    "Communist",
    "Conservative",
    "Democratic",
    "Druze",
    "East",
    "Eastern",
    "European",
    "Federal",
    "Fulani",
    "Green",
    "Hutu",
    "Independent",
    "Islamic",
    "Islamist",
    "Jewish",
    "Kurdish",
    "Labor",
    "Labour",
    "Left",
    "Liberal",
    "Muslim",
    "National",
    "Nationalist",
    "North",
    "Northern",
    "Opposition",
    "Pashtun",
    "Pirate",
    "Popular",
    "Populist",
    "Progressive",
    "Radical",
    "Reform",
    "Republican",
    "Right",
    "Ruling",
    "Shia",
    "Shiite",
    "Social",
    "Socialist",
    "South",
    "Southern",
    "Sunni",
    "Tory",
    "Tuareg",
    "Tutsi",
    "Unionist",
    "West",
    "Western",
    "Workers",
    "Yazidi",
];

/// What follows a company's possessive and says it is one (`Carbonatix's
/// shares`, `Zentrix's board of directors`): what companies have and
/// places or people do not, unlike `revenue`, `board` or `stock`
/// (`Europe's stock markets`, `California's revenue`).
const HOLDINGS: &[&str] = &[
    "board of directors",
    "chairman",
    "chairwoman",
    "chief financial officer",
    "market capitalisation",
    "market capitalization",
    "market value",
    "parent company",
    "share price",
    "shareholders",
    "shares",
    "stock price",
    "subsidiary",
];

/// What comes before a company's name and says it is one (`shares of
/// Carbonatix`); not `shares in` or `stake in`, which come before markets
/// and places too (`shares in Tokyo fell`, `a stake in Gaza's future`).
const BEFORE: &[&str] = &[" shares of"];

/// A place's `-based` (`Abu Dhabi-based MGX`), with a hyphen or a dash:
/// the name after it is a body's.
const BASED: &[&str] = &["-based", "–based"];

/// Words that join more words to a name in a way the rule does not
/// follow (`Airbus Defence and Space CEO`, `the law firm Kirkland &
/// Ellis`): a name next to them is left alone.
const JOINED_BEFORE: &[&str] = &[" and ", " & ", " of ", " for ", " de "];
const JOINED_AFTER: &[&str] = &[" & ", " of ", " and Co"];

/// Capitalised words a name found so has at most.
const MAX_WORDS: usize = 4;

/// What may follow a word of [`KINDS`] that ends an apposition (`Nibulon,
/// an agribusiness company, said`; `Helsing, a German start-up that…`).
const APPOSITION_ENDS: &[&str] = &[
    ",",
    ".",
    ";",
    ")",
    " that ",
    " which ",
    " based ",
    " founded ",
    " owned ",
    " backed ",
    " headquartered ",
    " whose ",
    " with ",
    " in ",
    " from ",
    " known ",
    " listed ",
];

/// Words an apposition has at most between its article and its kind
/// (`a Ghanaian fintech company`).
const APPOSITION_WORDS: usize = 4;

impl Matcher {
    /// The organisation that a word next to the capitalised `word`
    /// (outside listed names) says it is, if one does, and how:
    /// a word of [`KINDS`], a place's `-based` or a phrase of [`BEFORE`]
    /// right before it, an office or a possessive's word of [`HOLDINGS`]
    /// right after it, or an apposition after it that ends in a word of
    /// [`KINDS`]. Called for each such word by the scan of
    /// `around_given_names`, which reads every capitalised word anyway.
    pub(super) fn described_org(
        &self,
        text: &str,
        segments: &Segments,
        listed: &[Mention],
        word: Range<usize>,
    ) -> Option<(Range<usize>, Resolution)> {
        let after_kind = Resolution::UnlistedOrganizationAfterKind;
        if let Some(head) = text[..word.start].strip_suffix(' ') {
            let cue = kind_ends(head)
                || BASED.iter().any(|b| head.ends_with(b))
                || BEFORE.iter().any(|b| head.ends_with(b));
            if cue {
                return self
                    .org_after(text, word.start, listed)
                    .map(|s| (s, after_kind));
            }
        }
        let rest = &text[word.end..];
        if office_first(rest) {
            let span = self.org_before(text, segments, word.end, listed, false)?;
            return Some((span, Resolution::UnlistedOrganizationBeforeOffice));
        }
        if let Some(span) = quoted_before_kind(text, word.end) {
            return Some((span, Resolution::UnlistedOrganizationBeforeKind));
        }
        if kind_after(rest) {
            let span = self.org_before(text, segments, word.end, listed, false)?;
            let named = text[span.clone()]
                .split(' ')
                .any(|w| !DESCRIBING_WORDS.contains(&w));
            let span = ordinal_before(text, span.start)..span.end;
            return named.then_some((span, Resolution::UnlistedOrganizationBeforeKind));
        }
        if apposition_of_kind(rest) {
            return self
                .org_before(text, segments, word.end, listed, true)
                .map(|s| (s, after_kind));
        }
        None
    }

    /// The name that begins at `start`, after a cue before it: one to
    /// [`MAX_WORDS`] capitalised words, no title, date or listed name among
    /// them; a name that runs into a listed one or past [`MAX_WORDS`] is
    /// none (see also [`Matcher::body_name`]).
    fn org_after(&self, text: &str, start: usize, listed: &[Mention]) -> Option<Range<usize>> {
        let (mut end, mut words, mut at) = (start, 0, start);
        while let Some((word_end, Shape::Capitalised)) = name_word(text, at) {
            if overlaps(listed, &(at..word_end)) || words == MAX_WORDS {
                // It runs into a listed name, or goes on past what the
                // rule reads.
                return None;
            }
            if !self.may_name_a_body(&text[at..word_end]) {
                break;
            }
            (end, words) = (word_end, words + 1);
            match text[word_end..].strip_prefix(' ') {
                Some(_) => at = word_end + 1,
                None => break,
            }
        }
        self.body_name(text, start..end, words)
    }

    /// The name that ends at `end`, before an office or an apposition after
    /// it (`Anduril CEO`, `Nibulon, an agribusiness company`): one to three
    /// capitalised words, no title, date or listed name among them, and not
    /// a sentence's first word unless `sentence_start` allows it and it is
    /// no ordinary word (see also [`Matcher::body_name`]).
    fn org_before(
        &self,
        text: &str,
        segments: &Segments,
        end: usize,
        listed: &[Mention],
        sentence_start: bool,
    ) -> Option<Range<usize>> {
        if mention_ending(listed, end).is_some() {
            return None;
        }
        let (mut start, mut cursor, mut words) = (end, end, 0);
        while words < MAX_WORDS - 1 {
            let word = word_before(text, cursor);
            let at = cursor - word.len();
            let capitalised =
                matches!(name_word(text, at), Some((e, Shape::Capitalised)) if e == cursor);
            if word.is_empty() || !capitalised || !self.may_name_a_body(word) || says_who_runs(word)
            {
                break;
            }
            if overlaps(listed, &(at..cursor)) {
                return None;
            }
            // A sentence's first word is capitalised whatever it is
            // (`Former CEO`, `Interim CEO`); before an apposition, it may
            // be the name unless it is an ordinary word (`Meanwhile, the
            // company…`).
            let first = starts_sentence(text, segments, segments.sentence_at(at), at);
            let ordinary = self.gazetteer.is_common_word(word) || SENTENCE_OPENERS.contains(&word);
            if first && (!sentence_start || ordinary) {
                break;
            }
            start = at;
            words += 1;
            match text[..start].strip_suffix(' ') {
                Some(head) => cursor = head.len(),
                None => break,
            }
        }
        // A joiner before the name joins it to a longer one only after a
        // capitalised word (`Defence and Space CEO`, not `the money, and
        // MGX, a fund,`). A name after a cue has the cue before it.
        let joined = JOINED_BEFORE.iter().any(|j| {
            text[..start]
                .strip_suffix(j)
                .is_some_and(|b| word_before(b, b.len()).starts_with(char::is_uppercase))
        });
        if joined {
            return None;
        }
        self.body_name(text, start..end, words)
    }

    /// `span`, of `words` capitalised words, as a body's name, unless it is
    /// none, a body's generic name alone (`the party Congress`), a person's
    /// name more likely (a given name and more words: `the company Jane
    /// Doe founded`, `the Paris-based Jane Doe`, left to the rules for
    /// people), or part of a name that goes on in a way the rule does not
    /// follow after it (`Kirkland & Ellis`; before it, see
    /// [`Matcher::org_before`]).
    fn body_name(&self, text: &str, span: Range<usize>, words: usize) -> Option<Range<usize>> {
        let first = text[span.clone()].split(' ').next().unwrap_or("");
        let kind = self.name_word_kind(first);
        let joined = JOINED_AFTER.iter().any(|j| text[span.end..].starts_with(j));
        let generic = words == 1 && (kind.org_head || KINDS_IN_CAPITALS.contains(&first));
        let person = words > 1 && kind.given;
        (words > 0 && !joined && !generic && !person).then_some(span)
    }

    /// Whether a capitalised word may be a word of a body's own name: no
    /// title, date or small word (`The`, `Of`).
    fn may_name_a_body(&self, word: &str) -> bool {
        !NOT_NAMES.contains(&word) && !DATES.contains(&word) && !self.gazetteer.is_title(word)
    }
}

/// Where an ordinal right before a name that begins at `start` begins
/// (`the 18th Street gang`, named after a street): a gang or a militia
/// named so keeps its number; else `start`.
fn ordinal_before(text: &str, start: usize) -> usize {
    text[..start]
        .strip_suffix(' ')
        .and_then(ordinal_start)
        .unwrap_or(start)
}

/// Kinds of bodies and trades written in capitals, which a place's
/// `-based` comes before as before a name (`a US-based NGO`, `a UK-based
/// AI start-up`): a body's name only with more words.
const KINDS_IN_CAPITALS: &[&str] = &["AI", "EV", "IT", "LNG", "NGO", "NGOs", "PR"];

/// The length of the longest word of [`KINDS`].
const MAX_KIND_LEN: usize = 12;

/// Whether `word` is one of [`KINDS`].
fn is_kind(word: &str) -> bool {
    (4..=MAX_KIND_LEN).contains(&word.len()) && KINDS.binary_search(&word).is_ok()
}

/// Whether `head` ends in a word of [`KINDS`]. This runs before most
/// capitalised words, so it reads back only lower-case ASCII letters and
/// hyphens, and no further than the longest kind.
fn kind_ends(head: &str) -> bool {
    let bytes = head.as_bytes();
    // Every kind has four letters or more, and its fourth byte from the
    // end is a letter: this leaves out `the`, `of`, `and` at once.
    if bytes.len() < 4 || !bytes[bytes.len() - 4].is_ascii_lowercase() {
        return false;
    }
    let floor = bytes.len().saturating_sub(MAX_KIND_LEN + 1);
    let mut start = bytes.len();
    while start > floor && matches!(bytes[start - 1], b'a'..=b'z' | b'-') {
        start -= 1;
    }
    let whole = start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
    whole && is_kind(&head[start..]) && !firm_as_adjective(head, start)
}

/// Whether the kind at `start` of `head` is `firm` right after `a`: the
/// adjective (`a firm YES for`, `a firm U.S.-Cuba policy`), since a name
/// after the noun follows `the firm`.
fn firm_as_adjective(head: &str, start: usize) -> bool {
    let before = head[..start].strip_suffix(' ').unwrap_or("");
    &head[start..] == "firm" && matches!(word_before(before, before.len()), "a" | "A")
}

/// Whether `rest`, what follows a capitalised word, begins with an office
/// of [`OFFICES`], straight or after a possessive (` CEO`, `'s chief
/// executive`), or with a possessive and a word of [`HOLDINGS`] (`'s
/// shares`).
fn office_first(rest: &str) -> bool {
    // Most words are followed by a space and a word no office begins with.
    if let Some(&b) = rest.as_bytes().get(1)
        && rest.starts_with(' ')
        && !matches!(b, b'C' | b'c' | b'f')
    {
        return false;
    }
    let possessive = ["'s", "’s"].iter().find_map(|p| rest.strip_prefix(p));
    let Some(rest) = possessive.unwrap_or(rest).strip_prefix(' ') else {
        return false;
    };
    let starts = |word: &&str| {
        rest.strip_prefix(*word)
            .is_some_and(|after| !after.starts_with(super::is_word_char))
    };
    OFFICES.iter().any(starts) || (possessive.is_some() && HOLDINGS.iter().any(starts))
}

/// Whether `rest`, what follows a name, begins with a company's office
/// ([`office_first`]) or its analyst (` analyst`, ` analysts`).
pub(super) fn company_role_after(rest: &str) -> bool {
    let analyst = [" analyst", " analysts"].iter().any(|w| {
        rest.strip_prefix(w)
            .is_some_and(|after| !after.starts_with(super::is_word_char))
    });
    analyst || office_first(rest)
}

/// Whether `word` says who runs or backs what follows (`Houthi-run`,
/// `Iran-backed`, `state-owned`): it is no word of the name after it.
fn says_who_runs(word: &str) -> bool {
    const BY_WHOM: &[&str] = &[
        "-affiliated",
        "-aligned",
        "-backed",
        "-based",
        "-controlled",
        "-funded",
        "-led",
        "-linked",
        "-owned",
        "-run",
    ];
    BY_WHOM.iter().any(|b| word.ends_with(b))
}

/// Whether `rest`, what follows a capitalised word, begins with a word of
/// [`KINDS_AFTER`] (` party`, ` news agency`). This runs after most
/// capitalised words, so it reads the next word once and compares whole
/// words, shortest test first.
fn kind_after(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let len = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    if !(MIN_KIND_AFTER..=MAX_KIND_AFTER).contains(&len) {
        return false;
    }
    let (word, after) = rest.split_at(len);
    let ends = |s: &str| !s.starts_with(|c: char| super::is_word_char(c) || c == '-');
    if KINDS_AFTER.binary_search(&word).is_ok() {
        return ends(after);
    }
    TWO_WORD_KINDS_AFTER.iter().any(|&(first, second)| {
        first == word
            && after
                .strip_prefix(' ')
                .and_then(|a| a.strip_prefix(second))
                .is_some_and(ends)
    })
}

/// Words of [`KINDS_AFTER`] that a group's name in quotation marks may
/// take with a capital (`the “Mother Armenia” Alliance`): the name is
/// the quoted words, as the guidelines' spans have it.
const QUOTED_KINDS: &[&str] = &[" Alliance", " Bloc", " Coalition", " Party"];

/// Capitalised words a group's name in quotation marks has at most
/// (`“Im Hzor Hamaynk”`).
const MAX_QUOTED_WORDS: usize = 4;

/// The name in quotation marks whose last word ends at `end`, when a
/// word of [`KINDS_AFTER`] follows the closing mark, straight or after
/// another name in brackets (`the “Im Hzor Hamaynk” (My Strong
/// Community) party`, `the "Mer Qaghaq" alliance`), or one of
/// [`QUOTED_KINDS`]: news quotes parties' names in their own language so.
fn quoted_before_kind(text: &str, end: usize) -> Option<Range<usize>> {
    // Most words are followed by no quotation mark: one byte says so (`”`
    // and `’` begin with 0xE2).
    if !matches!(text.as_bytes().get(end), Some(b'"' | b'\'' | 0xE2)) {
        return None;
    }
    let close = text[end..].chars().next()?;
    let after = end + close.len_utf8();
    let rest = &text[after..];
    let rest = bracketed_name_after(rest).map_or(rest, |len| &rest[len..]);
    let capitalised_kind = QUOTED_KINDS.iter().any(|k| {
        rest.strip_prefix(k)
            .is_some_and(|after| !after.starts_with(super::is_word_char))
    });
    let kind = kind_after(rest) || capitalised_kind;
    if !kind {
        return None;
    }
    let open = quoted_words_before(text, after, MAX_QUOTED_WORDS)?;
    let open_len = text[open..].chars().next()?.len_utf8();
    Some(open + open_len..end)
}

/// The name in brackets right after the closing quotation mark at `end`
/// (`“Mer Qaghaq” (Our City)`): the quoted name's translation.
pub(super) fn translated_after(text: &str, end: usize) -> Option<&str> {
    let close = text[end..]
        .chars()
        .next()
        .filter(|c| "\"”’'".contains(*c))?;
    let rest = &text[end + close.len_utf8()..];
    let len = bracketed_name_after(rest)?;
    Some(&rest[2..len - 1])
}

/// The length of ` (…)` at the start of `rest`, a name in brackets
/// (`(My Strong Community)`, see [`is_bracketed_name`]), if it is there.
fn bracketed_name_after(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix(" (")?;
    let close = inner.find(')')?;
    is_bracketed_name(&inner[..close]).then_some(close + 3)
}

/// The lengths of the words of [`KINDS_AFTER`] and of the first words of
/// [`TWO_WORD_KINDS_AFTER`], shortest and longest.
const MIN_KIND_AFTER: usize = 4;
const MAX_KIND_AFTER: usize = 10;

/// Whether `rest`, what follows a capitalised word, is an apposition that
/// ends in a word of [`KINDS`]: `, a`, `, an` or `, the`, at most
/// [`APPOSITION_WORDS`] words, the kind, and one of [`APPOSITION_ENDS`]
/// (`, an agribusiness company, said`), no comma, article or `of`
/// between; `of` may end it too after most kinds (`a maker of`).
fn apposition_of_kind(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(", ") else {
        return false;
    };
    let Some(mut rest) = ["a ", "an ", "the "]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
    else {
        return false;
    };
    for _ in 0..=APPOSITION_WORDS {
        let len = rest.find([' ', ',', '.', ';', ')']).unwrap_or(rest.len());
        let (word, after) = rest.split_at(len);
        // `, the head of the party`: the apposition names something else.
        if matches!(word, "a" | "an" | "the" | "of") {
            return false;
        }
        // `a Madrid-based subsidiary of Rafael`, `a maker of`; not `a
        // small group of`, `a chain of`, `an exchange of`, `a fund of`.
        let of_parent =
            after.starts_with(" of ") && !matches!(word, "group" | "chain" | "exchange" | "fund");
        if is_kind(word) && (of_parent || APPOSITION_ENDS.iter().any(|e| after.starts_with(e))) {
            return true;
        }
        match after.strip_prefix(' ') {
            Some(next) => rest = next,
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{
        DESCRIBING_WORDS, KINDS, KINDS_AFTER, MAX_KIND_AFTER, MAX_KIND_LEN, MIN_KIND_AFTER,
        TWO_WORD_KINDS_AFTER, kind_ends,
    };
    use crate::gazetteer::EntityType;
    use crate::matcher::Resolution;
    use crate::matcher::tests::{all_found, matcher_of_files};

    const GAZ: &str = "id\ttype\tname\taliases\tcontext_aliases\tdemonyms\n\
        anduril\torganization\tAnduril\tAnduril Industries\t\t\n\
        ukraine\tcountry\tUkraine\t\t\tUkrainian\n";

    /// (surface, how) of the organisations of `text` the gazetteer does
    /// not list.
    fn orgs(text: &str) -> Vec<(String, Resolution)> {
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            ("given_names.txt", "Jane\nJohn\n"),
            ("titles.txt", "President\nMinister\n"),
            ("org_heads.txt", "Congress\nGroup\n"),
        ]);
        all_found(&m, text)
            .into_iter()
            .filter(|f| f.id.starts_with("unlisted:") && f.kind == EntityType::Organization)
            .map(|f| (f.surface, f.how))
            .collect()
    }

    fn after_kind(surface: &str) -> (String, Resolution) {
        (
            surface.to_string(),
            Resolution::UnlistedOrganizationAfterKind,
        )
    }

    fn before_office(surface: &str) -> (String, Resolution) {
        (
            surface.to_string(),
            Resolution::UnlistedOrganizationBeforeOffice,
        )
    }

    #[test]
    fn the_kinds_are_sorted_and_no_longer_than_the_scan_reads() {
        assert!(KINDS_AFTER.windows(2).all(|w| w[0] < w[1]));
        assert!(DESCRIBING_WORDS.windows(2).all(|w| w[0] < w[1]));
        let firsts = KINDS_AFTER
            .iter()
            .chain(TWO_WORD_KINDS_AFTER.iter().map(|(first, _)| first));
        assert!(
            firsts
                .map(|k| k.len())
                .all(|n| (MIN_KIND_AFTER..=MAX_KIND_AFTER).contains(&n))
        );
        assert!(KINDS.windows(2).all(|w| w[0] < w[1]));
        assert!(KINDS.iter().all(|k| (4..=MAX_KIND_LEN).contains(&k.len())));
        assert!(
            KINDS
                .iter()
                .all(|k| k.as_bytes()[k.len() - 4].is_ascii_lowercase())
        );
        assert!(KINDS.iter().all(|k| kind_ends(&format!("the {k}"))));
        assert!(!kind_ends("the filmmaker") && !kind_ends("a Group") && !kind_ends("bank-"));
    }

    #[test]
    fn a_word_of_kind_before_a_name_makes_it_a_body_and_it_counts_again() {
        let text =
            "The state contractor Oboronstroy bought two ferries. Later Oboronstroy denied it.";
        let found = orgs(text);
        assert_eq!(found[0], after_kind("Oboronstroy"));
        assert_eq!(
            found[1],
            ("Oboronstroy".to_string(), Resolution::UnlistedAgain)
        );
        assert_eq!(
            orgs("The drone maker Skyeton Aero grew."),
            [after_kind("Skyeton Aero")]
        );
        assert_eq!(orgs("Abu Dhabi-based MGX invested."), [after_kind("MGX")]);
        // A kind in capitals is no name by itself.
        assert_eq!(orgs("A US-based NGO and a UK-based AI start-up spoke."), []);
        // Publications and platforms are bodies too.
        assert_eq!(
            orgs("The study appeared in the journal Nature on Monday."),
            [after_kind("Nature")]
        );
        assert_eq!(
            orgs("The crypto exchange Kraken and the restaurant chain Sweetgreen grew."),
            [after_kind("Kraken"), after_kind("Sweetgreen")]
        );
    }

    #[test]
    fn an_apposition_that_ends_in_a_word_of_kind_makes_a_body() {
        for (text, name) in [
            ("Nibulon, an agribusiness company, said so.", "Nibulon"),
            (
                "It hired Kernel, the agribusiness group that exports grain.",
                "Kernel",
            ),
            (
                "It named Skyeton Aero, a Slovak drone maker based in Kyiv.",
                "Skyeton Aero",
            ),
            (
                "The money came, and MGX, an Abu Dhabi-based investment firm, agreed.",
                "MGX",
            ),
            (
                "It was built by Pap Tecnos, a Madrid-based subsidiary of Rafael.",
                "Pap Tecnos",
            ),
        ] {
            assert_eq!(orgs(text), [after_kind(name)], "{text}");
        }
        for text in [
            // An ordinary first word, a kind that goes on, no comma before
            // the article, an article too far from the kind.
            "Meanwhile, the company said profits rose.",
            "It named Doe, a company director, again.",
            "It named Ivanov, head of the party, again.",
            "Oboronstroy, a unit of the state company, was sold.",
            "It named Doe, a small and very old family firm, again.",
            "Overnight, a small group of Ukrainians left.",
        ] {
            assert_eq!(orgs(text), [], "{text}");
        }
    }

    #[test]
    fn an_office_after_a_name_makes_it_a_company() {
        assert_eq!(
            orgs("It said that Helsing CEO Jane Doe left."),
            [before_office("Helsing")]
        );
        assert_eq!(
            orgs("It said Helsing's chief executive left."),
            [before_office("Helsing")]
        );
        assert_eq!(
            orgs("Then the Telegram founder spoke."),
            [before_office("Telegram")]
        );
        assert_eq!(
            orgs("It said Zentrix CFO Jane Doe left."),
            [before_office("Zentrix")]
        );
    }

    #[test]
    fn what_only_companies_have_makes_a_company() {
        for (text, name) in [
            ("It said Carbonatix's shares rose.", "Carbonatix"),
            (
                "Then Zentrix Aero's board of directors met.",
                "Zentrix Aero",
            ),
            ("It named Globex's chief financial officer.", "Globex"),
            ("It bought shares of Carbonatix last year.", "Carbonatix"),
        ] {
            let how = if text.contains("shares of") {
                Resolution::UnlistedOrganizationAfterKind
            } else {
                Resolution::UnlistedOrganizationBeforeOffice
            };
            assert_eq!(orgs(text), [(name.to_string(), how)], "{text}");
        }
        for text in [
            // What places and people have too, straight without a
            // possessive, and `shares in` before a market.
            "It said California's revenue rose.",
            "It said Europe's stock markets fell.",
            "It said Tokyo shares fell.",
            "It said shares in Tokyo fell.",
            // A person's name, a listed company.
            "It said Jane Doe's shares rose.",
            "It said Anduril's shares rose.",
        ] {
            assert_eq!(orgs(text), [], "{text}");
        }
    }

    #[test]
    fn a_kind_of_group_after_a_name_makes_it_a_body() {
        let before_kind = |s: &str| (s.to_string(), Resolution::UnlistedOrganizationBeforeKind);
        for (text, name) in [
            ("Officials of Mara's Yelema party said so.", "Yelema"),
            (
                "It named a figure of the Strategy Agmashenebeli party.",
                "Strategy Agmashenebeli",
            ),
            ("It said the Sinaloa cartel paid.", "Sinaloa"),
            (
                "The ships went to the Aguas Azuis consortium.",
                "Aguas Azuis",
            ),
            ("Then the opposition Tisza bloc won.", "Tisza"),
            ("It was quoted by the Houthi-run Saba news agency.", "Saba"),
            ("It said the Zentrix think tank agreed.", "Zentrix"),
        ] {
            assert_eq!(orgs(text), [before_kind(name)], "{text}");
        }
        for text in [
            // What a party stands for, alone, is no name.
            "It said the Democratic party lost.",
            "It said the Social Democratic party lost.",
            "Serbia's hopes of joining the European bloc may suffer.",
            // Nor does the people it speaks for, or where it is.
            "It is fighting a Hutu militia on the side of the army.",
            "They made their exit from the West African bloc official.",
            // A listed name, a sentence's first word, a kind that goes on.
            "It said the Anduril party lost.",
            "Yelema party officials said so.",
            "It said the Yelema party-political broadcast ran.",
            "It said the Yelema partygoers left.",
        ] {
            assert_eq!(orgs(text), [], "{text}");
        }
    }

    #[test]
    fn a_name_in_quotation_marks_before_a_kind_of_group_is_a_body() {
        let before_kind = |s: &str| (s.to_string(), Resolution::UnlistedOrganizationBeforeKind);
        for (text, name) in [
            (
                "It said the “Mer Qaghaq” alliance came third.",
                "Mer Qaghaq",
            ),
            (
                "It said the \"Im Hzor Hamaynk\" party won.",
                "Im Hzor Hamaynk",
            ),
            ("Then the “Sovereign Pera” Party won.", "Sovereign Pera"),
        ] {
            assert_eq!(orgs(text), [before_kind(name)], "{text}");
        }
        // The name in brackets after it is the group's too.
        let text = "It said the “Mer Qaghaq” (Our City) alliance came third, and Our City \
            will appeal.";
        let found: Vec<String> = orgs(text).into_iter().map(|f| f.0).collect();
        assert_eq!(found, ["Mer Qaghaq", "Our City", "Our City"]);
        for text in [
            // No kind after the mark, or words no name has.
            "It said the “Mer Qaghaq” came third.",
            "It said the “stolen election” party line held.",
            "It said the “Mer Qaghaq Sot Paro Kil” alliance came third.",
            "It said the “Mer Qaghaq” Partygoers met.",
        ] {
            assert_eq!(orgs(text), [], "{text}");
        }
    }

    #[test]
    fn no_body_where_the_words_say_something_else() {
        for text in [
            // A title, a date or a small word is no body's name.
            "The company President Jane Roe spoke.",
            "The group Saturday met.",
            "The newspaper The Sun sold.",
            // A body's generic name, a person's name, a listed name.
            "The party Congress opened.",
            "The company Jane Doe founded grew.",
            "The firm Anduril Industries grew.",
            "Paris-based Jane Doe wrote.",
            "The maker Ukrainian Drones grew.",
            // A sentence's first word before an office.
            "Former CEO John Smith left.",
            // A name that goes on past the words the rule reads.
            "The law firm Kirkland & Ellis won.",
            "The firm Alpha Beta Gamma Delta Omega grew.",
            "It named Defence and Space CEO Jane Doe.",
            // A listed company before an office.
            "It said Anduril CEO Jane Doe left.",
        ] {
            assert_eq!(orgs(text), [], "{text}");
        }
    }
}
