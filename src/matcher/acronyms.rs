//! Acronyms a document defines: an organisation's name followed by its
//! initials in brackets (`the Central Election Commission (CEC)`) names
//! that organisation by those initials for the rest of the document (`the
//! CEC said`), whatever else the gazetteer means by them.

use std::borrow::Cow;
use std::ops::Range;

use super::context::{HeadlineCache, whole_words};
use super::unlisted::{Found, insert, mention_starting, overlaps, word_before};
use super::unlisted_orgs::{LEGAL_FORMS, office_name};
use super::{Matcher, Mention, MentionKind, Resolution};
use crate::gazetteer::EntityType;
use crate::segment::Segments;

/// Letters an acronym has, at least and at most.
const MIN_LETTERS: usize = 2;
const MAX_LETTERS: usize = 8;

impl Matcher {
    /// Adds the mentions of the acronyms `found` defines, outside
    /// headlines, and takes the acronym from any other entity it was given
    /// to in the document.
    pub(super) fn add_defined_acronyms(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
        found: &mut Found,
    ) {
        self.drop_acronyms_of_other_things(text, found);
        let defined = self.acronyms_defined(text, found);
        if defined.is_empty() {
            return;
        }
        for d in &defined {
            if let Some(i) = d.renamed {
                found.mentions[i].entity = d.entity;
                found.mentions[i].resolved_by = Resolution::DefinedAcronym;
            }
        }
        let named = |m: &Mention| &text[m.start..m.end];
        found.mentions.retain(|m| {
            !defined
                .iter()
                .any(|d| named(m) == d.acronym && m.entity != d.entity)
        });
        let mut taken: Vec<Range<usize>> = found.mentions.iter().map(|m| m.start..m.end).collect();
        for d in defined {
            for span in whole_words(text, d.acronym) {
                let sentence = segments.sentence_at(span.start);
                // A headline in capitals has `IS` and `CF` as words.
                if overlaps(&taken, &span) || headline.get(text, segments, sentence) {
                    continue;
                }
                insert(&mut taken, span.clone());
                found.mentions.push(Mention::found_at(
                    span,
                    d.entity,
                    Resolution::DefinedAcronym,
                    segments,
                ));
            }
        }
        found.mentions.sort_by_key(|m| m.start);
    }

    /// Drops the mentions of a listed organisation by an acronym that the
    /// document defines as the initials of something else, capitalised
    /// words in no mention right before it in brackets (`Request for
    /// Information (RFI)` is not Radio France Internationale there).
    fn drop_acronyms_of_other_things(&self, text: &str, found: &mut Found) {
        let listed = self.gazetteer.len();
        let mut other: Vec<(usize, &str)> = Vec::new();
        for (i, m) in found.mentions.iter().enumerate() {
            let acronym = &text[m.start..m.end];
            let bracketed = text[..m.start].ends_with(" (") && text[m.end..].starts_with(')');
            if !bracketed || m.entity >= listed || !acronym.bytes().all(|b| b.is_ascii_uppercase())
            {
                continue;
            }
            let open = m.start - 2;
            let named_before = i > 0 && found.mentions[i - 1].end == open;
            if !named_before
                && let Some((start, _)) = self.initials_before(text, open, acronym)
                && !self.begins_a_name_of(m.entity, &text[start..open])
            {
                other.push((m.entity, acronym));
            }
        }
        found.mentions.retain(|m| {
            !other
                .iter()
                .any(|&(e, a)| m.entity == e && &text[m.start..m.end] == a)
        });
    }

    /// The acronyms defined in `text`: in brackets right after the name of
    /// an organisation, made of its name's capitals (`CEC` after `Central
    /// Election Commission`), each with the first organisation so named.
    /// A name the gazetteer does not list, defined by an acronym the
    /// gazetteer gives an organisation (`Christian Social Union (CSU)`),
    /// is that organisation.
    fn acronyms_defined<'t>(&self, text: &'t str, found: &Found) -> Vec<Definition<'t>> {
        let listed = self.gazetteer.len();
        let organisation = |e: usize| found.entity(self, e).kind == EntityType::Organization;
        let mut out: Vec<Definition> = Vec::new();
        for (i, m) in found.mentions.iter().enumerate() {
            if m.kind != MentionKind::Name || !organisation(m.entity) {
                continue;
            }
            let name = &text[m.start..m.end];
            let after = bracketed_after(text, m.end);
            let own_language = after.filter(|a| {
                m.entity < listed
                    && own_language_acronym(name, a)
                    && mention_starting(&found.mentions, offset_in(text, a)).is_none()
            });
            let defined = match after.or_else(|| before_brackets(text, m)) {
                Some(a) => Some(a)
                    .filter(|a| self.abbreviates(name, m.entity, a))
                    .or(own_language),
                // `, or` says the word is another name of the body: its
                // letters need only come from the name, in order.
                None => or_after(text, m.end).filter(|a| letters_in_order(name, a)),
            };
            let Some(acronym) = defined else {
                continue;
            };
            if out.iter().any(|d| d.acronym == acronym) {
                continue;
            }
            let listed_as = mention_starting(&found.mentions, offset_in(text, acronym))
                .filter(|a| a.end - a.start == acronym.len() && a.entity < listed)
                .map(|a| a.entity)
                .filter(|&e| organisation(e) && self.begins_a_name_of(e, name));
            out.push(match listed_as {
                Some(entity) if m.entity >= listed => Definition {
                    acronym,
                    entity,
                    renamed: Some(i),
                },
                _ => Definition {
                    acronym,
                    entity: m.entity,
                    renamed: None,
                },
            });
        }
        out
    }
}

impl Matcher {
    /// Whether `acronym` is the initials of `name` as written, or of
    /// another name of the listed entity `e`: French news writes `the
    /// Socialist Party (PS)` after `Parti socialiste`.
    fn abbreviates(&self, name: &str, e: usize, acronym: &str) -> bool {
        let acronym = &*letters_of(acronym);
        initials_of(name, acronym)
            || capitals_but_one(name, acronym)
            || without_place(name).is_some_and(|n| initials_of(n, acronym))
            || without_place_after(name).is_some_and(|n| initials_of(n, acronym))
            || initials_and_more(name, acronym)
            || without_legal_form(name).is_some_and(|n| initials_of(n, acronym))
            || first_word_short_form(name, acronym)
            || (e < self.gazetteer.len()
                && self
                    .entity(e)
                    .plain_names()
                    .any(|n| n.contains(' ') && initials_of(n, acronym)))
    }

    /// Whether `name` begins one of the names of entity `e`, or one of them
    /// begins it (`Christian Social Union` and `Christian Social Union in
    /// Bavaria`): the same body, not another with the same initials.
    fn begins_a_name_of(&self, e: usize, name: &str) -> bool {
        self.entity(e)
            .all_names()
            .any(|n| n.contains(' ') && (n.starts_with(name) || name.starts_with(n)))
    }

    /// Names the gazetteer does not list that the document defines by
    /// their capitals in brackets (`the Australian Information Commissioner
    /// (AIC)`, `the Institute of Science and Technology Austria (ISTA)`),
    /// with a word of a body or of an office among them: capitalised
    /// concepts are shortened so too (`Gross Domestic Product (GDP)`). A
    /// country's name or demonym inside gives way to the name; a name
    /// holding another listed name is left to that name. Sorted.
    pub(super) fn named_by_their_acronyms(
        &self,
        text: &str,
        listed: &[Mention],
    ) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        // A bracket is rarer than a word: look for it, then for the space.
        let bytes = text.as_bytes();
        let brackets = memchr::memchr_iter(b'(', bytes).filter_map(|at| at.checked_sub(1));
        for open in brackets.filter(|&space| bytes[space] == b' ') {
            let Some(acronym) = bracketed_after(text, open) else {
                continue;
            };
            if !(MIN_LETTERS..=MAX_LETTERS).contains(&acronym.len())
                || !acronym.bytes().all(|b| b.is_ascii_uppercase())
            {
                continue;
            }
            let Some(start) = self.name_before(text, open, acronym) else {
                continue;
            };
            let span = start..open;
            // An office defines its initials too (`Inspector-General of
            // Police (IGP)`): they stand for its holder, no body.
            if office_name(&text[span.clone()]) {
                continue;
            }
            let gives_way = listed
                .iter()
                .filter(|m| m.start < span.end && span.start < m.end)
                .all(|m| self.gives_way_to(text, m, &span));
            if gives_way
                && out
                    .last()
                    .is_none_or(|last: &Range<usize>| last.end <= start)
            {
                out.push(span);
            }
        }
        out
    }

    /// Whether the listed mention `m`, inside the name at `span` that its
    /// acronym defines, gives way to that name: a country's name or
    /// demonym, or an organisation's name that begins it and that more
    /// words follow, the last a body's (`Dhaka University Central
    /// Students' Union (DUCSU)`, `Aviation Week Intelligence Network
    /// (AWIN)`): the acronym is the whole name's. Not a thing named after
    /// a body (`United Nations Security Council Resolution (UNSCR)`).
    fn gives_way_to(&self, text: &str, m: &Mention, span: &Range<usize>) -> bool {
        if m.kind == MentionKind::Demonym {
            return true;
        }
        match self.entity(m.entity).kind {
            EntityType::Country => true,
            EntityType::Organization => {
                m.start == span.start
                    && m.end < span.end
                    && self.name_word_kind(word_before(text, span.end)).org_head
            }
            EntityType::Person => false,
        }
    }

    /// Where the name that ends at `end` and whose capitals are `acronym`
    /// begins: capitalised words back from `end`, joined by small words,
    /// the fewest that make the acronym, one of them a body's or an
    /// office's word.
    fn name_before(&self, text: &str, end: usize, acronym: &str) -> Option<usize> {
        let (start, body) = self.initials_before(text, end, acronym)?;
        (body && !self.is_office(&text[start..end])).then_some(start)
    }

    /// Whether `name` is an office, not a body: it ends in a role word of
    /// `titles.txt` and has at most one other word (`Vice President (VP)`,
    /// `Assistant General Secretary (AGS)`, `Chief Executive Officer
    /// (CEO)`), where a body's name has more of its own (`Australian
    /// Information Commissioner (AIC)`).
    fn is_office(&self, name: &str) -> bool {
        let mut words = name.split(' ').filter(|w| !NAME_JOINERS.contains(w));
        let role = |w: &str| self.name_word_kind(w).role;
        let Some(last) = words.next_back().filter(|&w| role(w)) else {
            return false;
        };
        // However many words qualify it, a role that names no body and no
        // body's word before it is a post (`National Security Adviser
        // (NSA)`).
        let body = |w: &str| self.name_word_kind(w).org_head;
        let post = !BODY_ROLES.contains(&last) && !words.clone().any(body);
        post || words.filter(|w| !role(w)).count() <= 1
    }

    /// Where the capitalised words back from `end`, joined by small words,
    /// begin, the fewest whose initials are `acronym`, and whether a
    /// body's or an office's word is among them.
    fn initials_before(&self, text: &str, end: usize, acronym: &str) -> Option<(usize, bool)> {
        let mut at = end;
        let mut body = false;
        let mut capitals = 0;
        for _ in 0..MAX_LETTERS * 2 {
            let word = word_before(text, at);
            if word.is_empty() || word.ends_with('.') {
                return None;
            }
            let start = at - word.len();
            if word.starts_with(char::is_uppercase) {
                let kind = self.name_word_kind(word);
                body |= kind.org_head || kind.role;
                capitals += word.chars().filter(|c| c.is_uppercase()).count();
                // `initials_of` is dear (it sorts capitals): only names with
                // as many capitals as the acronym, or its first, may be.
                let may = capitals == acronym.len() || word.starts_with(&acronym[..1]);
                if may && initials_of(&text[start..end], acronym) {
                    return Some((start, body));
                }
            } else if !NAME_JOINERS.contains(&word) {
                return None;
            }
            at = text[..start].strip_suffix(' ')?.len();
        }
        None
    }
}

/// Small words inside the names [`Matcher::named_by_their_acronyms`] reads.
const NAME_JOINERS: &[&str] = &["of", "and", "for", "the", "on"];

/// An acronym a document defines, and what it names.
struct Definition<'t> {
    acronym: &'t str,
    entity: usize,
    /// The mention of an unlisted name that the acronym gives to a listed
    /// organisation.
    renamed: Option<usize>,
}

/// Role words that also name the statutory body a post holder heads
/// (`Australian Information Commissioner (AIC)`).
const BODY_ROLES: [&str; 2] = ["Commissioner", "Commissioners"];

/// The letters of an acronym a hyphen splits (`UP-R`, the Progressive
/// Union for Renewal's): its initials are those letters. A hyphen at
/// either end, or two together, leave it as written (and no acronym).
fn letters_of(acronym: &str) -> Cow<'_, str> {
    let split = acronym.contains('-')
        && !acronym.starts_with('-')
        && !acronym.ends_with('-')
        && !acronym.contains("--");
    if split {
        Cow::Owned(acronym.replace('-', ""))
    } else {
        Cow::Borrowed(acronym)
    }
}

/// The word in brackets right after `end` (` (CEC)`, ` (‘MFA’)`), if
/// any, without quotation marks around it.
fn bracketed_after(text: &str, end: usize) -> Option<&str> {
    let inner = text[end..].strip_prefix(" (")?;
    let close = inner.find(')')?;
    Some(unquoted(&inner[..close]))
}

/// Whether `acronym`, in brackets after the listed body's English name
/// `name` of three words or more, is the initials of its name in its own
/// language (`the Estonian Centre for Defence Investments (RKIK)`, from
/// Riigi Kaitseinvesteeringute Keskus): three to six capitals. Listed
/// acronyms are left to their entities by the caller.
fn own_language_acronym(name: &str, acronym: &str) -> bool {
    const LETTERS: std::ops::RangeInclusive<usize> = 3..=6;
    name.split(' ').count() >= 3
        && LETTERS.contains(&acronym.len())
        && acronym.bytes().all(|b| b.is_ascii_uppercase())
}

/// Quotation marks around a defined acronym (`the Ministry of Foreign
/// Affairs (‘MFA’)`), typed or typeset.
const QUOTES: [(char, char); 4] = [('‘', '’'), ('“', '”'), ('\'', '\''), ('"', '"')];

/// `inner` without a pair of quotation marks around it.
fn unquoted(inner: &str) -> &str {
    QUOTES
        .iter()
        .find_map(|&(open, close)| inner.strip_prefix(open)?.strip_suffix(close))
        .unwrap_or(inner)
}

/// The acronym after `end` set off by `, or` (`World Liberty Financial,
/// or WLFI, a platform`): capitals and nothing else, then a comma, a full
/// stop, a bracket or a space.
fn or_after(text: &str, end: usize) -> Option<&str> {
    let rest = text[end..].strip_prefix(", or ")?;
    let len = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    let next = rest.as_bytes().get(len).copied();
    let ends = matches!(next, None | Some(b',' | b'.' | b';' | b')' | b' '));
    (ends && (MIN_LETTERS..=MAX_LETTERS).contains(&len)).then(|| &rest[..len])
}

/// Whether the capitals `acronym` begin with `name`'s first letter and
/// are letters of `name` in order, whatever their case (`WLFI`, `World
/// Liberty Financial`).
fn letters_in_order(name: &str, acronym: &str) -> bool {
    let mut letters = name.chars().flat_map(char::to_uppercase);
    name.starts_with(|c: char| acronym.starts_with(c))
        && acronym.chars().all(|a| letters.any(|l| l == a))
}

/// `name` without the legal form that ends it (`Projekt System &
/// Management` of `… GmbH`, whose acronym is `PSM`), if one does.
fn without_legal_form(name: &str) -> Option<&str> {
    let (rest, last) = name.rsplit_once(' ')?;
    LEGAL_FORMS
        .contains(&last.trim_end_matches('.'))
        .then_some(rest)
}

/// Whether `acronym` is the first word of `name`, in capitals, and the
/// name goes on: the short form of a subsidiary named after its group
/// (`KNDS Deutschland (KNDS)`), which the document then uses for it.
fn first_word_short_form(name: &str, acronym: &str) -> bool {
    acronym.len() >= MIN_LETTERS
        && acronym.chars().all(|c| c.is_ascii_uppercase())
        && name
            .strip_prefix(acronym)
            .is_some_and(|rest| rest.starts_with(' '))
}

/// The byte offset of `part`, a slice of `text`, in `text`.
fn offset_in(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// The acronym right before the name `m` in brackets (`GOI (Government of
/// India)`), if any: the word before ` (`, when `)` follows the name.
fn before_brackets<'t>(text: &'t str, m: &Mention) -> Option<&'t str> {
    text[m.end..].strip_prefix(')')?;
    let before = text[..m.start].strip_suffix(" (")?;
    let start = before
        .char_indices()
        .rfind(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    Some(&before[start..])
}

/// Whether `acronym` is the capitals of `name` (`CEC`, `Central Election
/// Commission`; `IAEA`, `International Atomic Energy Agency`; not `CCP`
/// for the `Central Committee of the Chinese Communist Party`, which names
/// the party inside it), or the first letters of all its words, a small
/// word's in either case (`GOI` and `MoD`, `Government of India` and
/// `Ministry of Defence`): two to eight letters, two capitals at least,
/// the first one of them.
fn initials_of(name: &str, acronym: &str) -> bool {
    let letters = acronym.chars().count();
    let capitals = acronym.chars().filter(|c| c.is_uppercase()).count();
    let shaped = (MIN_LETTERS..=MAX_LETTERS).contains(&letters)
        && capitals >= MIN_LETTERS
        && acronym.chars().all(char::is_alphabetic)
        && acronym.starts_with(char::is_uppercase);
    if !shaped {
        return false;
    }
    let of_capitals = name
        .chars()
        .filter(|c| c.is_uppercase())
        .eq(acronym.chars());
    let firsts = name.split(' ').filter_map(|w| w.chars().next());
    let same = |(a, f): (char, char)| a == f || (f.is_lowercase() && a.to_lowercase().eq([f]));
    of_capitals
        || (firsts.clone().count() == letters && acronym.chars().zip(firsts).all(same))
        || (letters >= 3 && same_capitals_reordered(name, acronym))
}

/// `name` without its first word, when that word is capitalised, of three
/// letters or more, and a name of two words or more that begins with a
/// capital is left: the place a body is named with, which its initials
/// leave out (`Gaza Ministry of Health (MOH)`).
fn without_place(name: &str) -> Option<&str> {
    let (first, rest) = name.split_once(' ')?;
    let place = first.chars().count() >= 3 && first.starts_with(char::is_uppercase);
    let named = rest.contains(' ') && rest.starts_with(char::is_uppercase);
    (place && named).then_some(rest)
}

/// `name` without the place that ends it after `of`, one or two
/// capitalised words, when two words or more are left: the place a body
/// is named with, which its initials leave out (`Communications Authority
/// of Kenya (CA)`).
fn without_place_after(name: &str) -> Option<&str> {
    let (rest, place) = name.rsplit_once(" of ")?;
    let place = place.strip_prefix("the ").unwrap_or(place);
    let capitalised = place.split(' ').all(|w| w.starts_with(char::is_uppercase));
    (capitalised && place.split(' ').count() <= 2 && rest.contains(' ')).then_some(rest)
}

/// Whether `acronym` is made of every capitalised word of `name`, in
/// order, each giving its first letter and maybe more of its letters
/// after it, whatever their case (`LASIEC`, the `Lagos State Independent
/// Electoral Commission`; `TkMS`, `Thyssenkrupp Marine Systems`): two
/// such words at least, and more letters than words.
fn initials_and_more(name: &str, acronym: &str) -> bool {
    let words: Vec<&str> = name
        .split(' ')
        .filter(|w| w.starts_with(char::is_uppercase))
        .collect();
    let letters: Vec<char> = acronym.chars().flat_map(char::to_lowercase).collect();
    let shaped = words.len() >= 2
        && (words.len() + 1..=MAX_LETTERS).contains(&letters.len())
        && acronym.starts_with(char::is_uppercase);
    shaped && words_give_letters(&words, &letters)
}

/// Whether `letters` are, in order, the first letter of each of `words`
/// and, after each, none or more of that word's other letters in order.
fn words_give_letters(words: &[&str], letters: &[char]) -> bool {
    let Some((word, rest_words)) = words.split_first() else {
        return letters.is_empty();
    };
    let mut chars = word.chars().flat_map(char::to_lowercase);
    if letters.first() != chars.next().as_ref() {
        return false;
    }
    let others: Vec<char> = chars.collect();
    // The letters after the first that this word gives: try each count.
    (1..=letters.len()).any(|until| {
        is_subsequence(&letters[1..until], &others)
            && words_give_letters(rest_words, &letters[until..])
    })
}

/// Whether `part` is `whole` with letters left out, in order.
fn is_subsequence(part: &[char], whole: &[char]) -> bool {
    let mut whole = whole.iter();
    part.iter().all(|c| whole.any(|w| w == c))
}

/// Whether `acronym` is the capitals of `name` but one, neither the first
/// nor the last, three or more: a place of two words in the name may give
/// it one letter (`Saint Lucia Labour Party (SLP)`).
fn capitals_but_one(name: &str, acronym: &str) -> bool {
    let capitals: Vec<char> = name.chars().filter(|c| c.is_uppercase()).collect();
    let letters: Vec<char> = acronym.chars().collect();
    if letters.len() < 3
        || letters.len() + 1 != capitals.len()
        || !letters.iter().all(|c| c.is_uppercase())
        || letters.first() != capitals.first()
        || letters.last() != capitals.last()
    {
        return false;
    }
    (1..capitals.len() - 1).any(|skip| {
        let mut rest = capitals.clone();
        rest.remove(skip);
        rest == letters
    })
}

/// Whether `acronym` is the capitals of `name` in another order, three or
/// more: the initials of the name in the body's own language, whose words
/// come in another order (`Independent Electoral Commission (CEI)`, from
/// `Commission électorale indépendante`; `Democratic Forces for the
/// Liberation of Rwanda (FDLR)`).
fn same_capitals_reordered(name: &str, acronym: &str) -> bool {
    let sorted = |s: &str| {
        let mut v: Vec<char> = s.chars().filter(|c| c.is_uppercase()).collect();
        v.sort_unstable();
        v
    };
    acronym.chars().all(char::is_uppercase) && sorted(name) == sorted(acronym)
}

#[cfg(test)]
mod tests {
    use super::{
        capitals_but_one, initials_and_more, initials_of, letters_in_order, without_place,
        without_place_after,
    };
    use crate::matcher::tests::{all_found, matcher_of_files};
    use crate::matcher::{Matcher, Resolution};

    const GAZ: &str = "id\ttype\tname\taliases\tcontext_aliases\n\
        uk\tcountry\tUnited Kingdom\tUK\t\n\
        mod\torganization\tMinistry of Defence\t\t\n\
        cec\torganization\tCaribbean Export Council\tCEC\t\n\
        csu\torganization\tChristian Social Union in Bavaria\tCSU\t\n\
        goi\torganization\tGovernment of India\t\t\n\
        wlf\torganization\tWorld Liberty Financial\t\t\n\
        psf\torganization\tSocialist Party (France)\tParti Socialiste|French Socialist Party|Socialist Party\t\n";

    fn matcher() -> Matcher {
        matcher_of_files(&[
            ("t.tsv", GAZ),
            ("org_heads.txt", "Commission\nAgency\nUnion\n"),
        ])
    }

    /// The mentions of `text` as (surface, entity id, resolution).
    fn found(m: &Matcher, text: &str) -> Vec<(String, String, Resolution)> {
        all_found(m, text)
            .into_iter()
            .map(|f| (f.surface, f.id, f.how))
            .collect()
    }

    #[test]
    fn a_body_s_name_before_its_capitals_in_brackets_is_an_organisation() {
        let gaz = "id\ttype\tname\taliases\tdemonyms\n\
            au\tcountry\tAustria\t\t\n\
            ak\tcountry\tAustralia\t\tAustralian\n";
        let m = matcher_of_files(&[
            ("t.tsv", gaz),
            ("org_heads.txt", "Institute\n"),
            ("titles.txt", "commissioner\n"),
        ]);
        let text = "The work was done at the Institute of Science and Technology Austria \
            (ISTA) in the summer, and the ISTA team went on. The office of the \
            Australian Information Commissioner (AIC) said the AIC had begun a \
            case, though the Gross Domestic Product (GDP) grew.";
        let surfaces: Vec<(String, String)> = found(&m, text)
            .into_iter()
            .map(|(surface, id, _)| (surface, id))
            .collect();
        let ista = "unlisted:institute-of-science-and-technology-austria";
        let aic = "unlisted:australian-information-commissioner";
        let expected = [
            ("Institute of Science and Technology Austria", ista),
            ("ISTA", ista),
            ("ISTA", ista),
            ("Australian Information Commissioner", aic),
            ("AIC", aic),
            ("AIC", aic),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(s, id)| (s.to_string(), id.to_string()))
            .collect();
        assert_eq!(surfaces, expected);
    }

    #[test]
    fn an_office_before_its_capitals_in_brackets_is_no_body() {
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            ("org_heads.txt", "Commission\n"),
            (
                "titles.txt",
                "vice\npresident\ngeneral\nsecretary\ncommissioner\nadviser\n",
            ),
        ]);
        let text = "The posts are Vice President (VP) and Assistant General Secretary \
            (AGS), and the VP post went to a student.";
        assert_eq!(found(&m, text), Vec::new());
        // However many words qualify it, an adviser is a post.
        let text = "Nigeria's National Security Adviser (NSA) met the press.";
        assert_eq!(found(&m, text), Vec::new());
        // Two words of its own before the role: a body.
        let text = "The Fair Trade Commissioner (FTC) said the FTC would act.";
        let surfaces: Vec<String> = found(&m, text).into_iter().map(|f| f.0).collect();
        assert_eq!(surfaces, ["Fair Trade Commissioner", "FTC", "FTC"]);
    }

    #[test]
    fn an_acronym_in_brackets_after_a_name_names_it_in_the_whole_document() {
        let m = matcher();
        let text = "Officials of the Central Election Commission (CEC) said that the vote \
            would go ahead. The CEC will publish the results later.";
        let id = "unlisted:central-election-commission".to_string();
        let headline = "WHAT THE CEC WILL DO NEXT\n\n";
        let with_headline = format!("{headline}{text}");
        assert_eq!(
            found(&m, &with_headline).len(),
            3,
            "the headline's CEC is left"
        );
        let acronym = |s: &str| (s.to_string(), id.clone(), Resolution::DefinedAcronym);
        assert_eq!(
            found(&m, text),
            [
                (
                    "Central Election Commission".to_string(),
                    id.clone(),
                    Resolution::UnlistedOrganization
                ),
                acronym("CEC"),
                acronym("CEC"),
            ]
        );
    }

    #[test]
    fn an_acronym_in_quotation_marks_in_brackets_is_defined_too() {
        let m = matcher();
        for (open, close) in [("‘", "’"), ("\"", "\"")] {
            let text = format!(
                "Officials of the Central Voting Commission ({open}CVC{close}) said \
                that the vote would go ahead. The CVC will publish the results later."
            );
            let surfaces: Vec<String> = found(&m, &text).into_iter().map(|f| f.0).collect();
            assert_eq!(
                surfaces,
                ["Central Voting Commission", "CVC", "CVC"],
                "{text}"
            );
        }
    }

    #[test]
    fn an_acronym_defined_as_something_else_s_initials_names_no_body() {
        let m = matcher();
        let text = "Each firm sent a Call for Export Capacity (CEC) of its own, and the \
            CEC was answered.";
        assert_eq!(found(&m, text), Vec::new());
        // After the body's name, or with no phrase of its initials: the body.
        let text = "The Caribbean Export Council (CEC) met, and a loan (CEC) was due.";
        let ids: Vec<String> = found(&m, text).into_iter().map(|f| f.1).collect();
        assert_eq!(ids, ["cec", "cec", "cec"]);
    }

    #[test]
    fn an_acronym_a_hyphen_splits_is_defined_by_its_letters() {
        let m = matcher();
        let text = "Officials of the Central Election Commission (CE-C) said that the vote \
            would go ahead. The CE-C will publish the results later.";
        let surfaces: Vec<String> = found(&m, text).into_iter().map(|f| f.0).collect();
        assert_eq!(surfaces, ["Central Election Commission", "CE-C", "CE-C"]);
        // Letters that are not the name's initials define nothing.
        let text = "Officials of the Central Election Commission (CE-X) said that the vote \
            would go ahead. The CE-X will publish the results later.";
        let surfaces: Vec<String> = found(&m, text).into_iter().map(|f| f.0).collect();
        assert_eq!(surfaces, ["Central Election Commission"], "{text}");
    }

    #[test]
    fn a_name_defined_by_an_acronym_of_the_gazetteer_is_its_body() {
        let m = matcher();
        let ids = |text: &str| -> Vec<(String, String)> {
            found(&m, text).into_iter().map(|f| (f.0, f.1)).collect()
        };
        let csu = |s: &str| (s.to_string(), "csu".to_string());
        let text = "Leaders of the Christian Social Union (CSU) said that taxes \
            would fall, and the CSU agreed.";
        assert_eq!(
            ids(text),
            [csu("Christian Social Union"), csu("CSU"), csu("CSU")]
        );
        // Another body with the same initials keeps its own name.
        let text = "Leaders of the Caribbean Export Commission (CEC) said that trade \
            would grow, and the CEC agreed.";
        let other = |s: &str| {
            (
                s.to_string(),
                "unlisted:caribbean-export-commission".to_string(),
            )
        };
        assert_eq!(
            ids(text),
            [
                other("Caribbean Export Commission"),
                other("CEC"),
                other("CEC")
            ]
        );
    }

    #[test]
    fn an_acronym_of_another_name_of_the_body_names_it() {
        let m = matcher();
        let ids = |text: &str| -> Vec<(String, String)> {
            found(&m, text).into_iter().map(|f| (f.0, f.1)).collect()
        };
        let psf = |s: &str| (s.to_string(), "psf".to_string());
        let text = "The deal was struck with the Socialist Party (PS), whose deputies \
            abstained, and the PS leader spoke later.";
        assert_eq!(ids(text), [psf("Socialist Party"), psf("PS"), psf("PS")]);
        // Letters that are not the capitals of a name the gazetteer does
        // not list, in any order, define nothing.
        let text = "The deal was struck with the Central Election Commission (CEB), \
            and the CEB leader spoke later.";
        let names: Vec<String> = ids(text).into_iter().map(|f| f.0).collect();
        assert_eq!(names, ["Central Election Commission"]);
    }

    #[test]
    fn an_acronym_before_a_name_in_brackets_names_it_too() {
        let m = matcher();
        let text = "Refiners will follow GOI (Government of India) guidelines, \
            a spokesman said, as GOI rules require.";
        let names: Vec<(String, String)> =
            found(&m, text).into_iter().map(|f| (f.0, f.1)).collect();
        let goi = |s: &str| (s.to_string(), "goi".to_string());
        assert_eq!(names, [goi("GOI"), goi("Government of India"), goi("GOI")]);
        // A letter of several bytes before the acronym.
        let text = "Refiners follow “GOI (Government of India)” rules, as GOI said.";
        assert_eq!(found(&m, text).len(), 3);
        // Not the initials: nothing defined.
        let text = "Refiners will follow GOV (Government of India) guidelines.";
        let names: Vec<String> = found(&m, text).into_iter().map(|f| f.0).collect();
        assert_eq!(names, ["Government of India"]);
    }

    #[test]
    fn an_acronym_after_or_names_the_body_with_its_letters_in_order() {
        let m = matcher();
        let text = "Investors backed World Liberty Financial, or WLFI, a crypto \
            platform. Binance later gave WLFI a boost.";
        let id = "wlf".to_string();
        let ids: Vec<(String, String)> = found(&m, text).into_iter().map(|f| (f.0, f.1)).collect();
        assert_eq!(
            ids,
            [
                ("World Liberty Financial".to_string(), id.clone()),
                ("WLFI".to_string(), id.clone()),
                ("WLFI".to_string(), id),
            ]
        );
        // Letters the name does not have, or not in its order, name nothing
        // (`a crypto venture`: `platform` would make an apposition of kind).
        for text in [
            "Investors backed World Liberty Financial, or WLX, a crypto venture.",
            "Investors backed World Liberty Financial, or LWF, a crypto venture.",
            "Investors backed World Liberty Financial, or WFB, a crypto venture.",
            "Investors backed World Liberty Financial, or Wlfi, a crypto venture.",
        ] {
            assert_eq!(found(&m, text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_country_in_brackets_is_no_acronym() {
        let m = matcher();
        let text = "A spokesman for the Ministry of Defence (UK) said that talks \
            would go on, and the UK agreed.";
        let ids: Vec<String> = found(&m, text).into_iter().map(|f| f.1).collect();
        assert_eq!(ids, ["mod", "uk", "uk"]);
    }

    #[test]
    fn an_acronym_of_the_name_in_its_own_language_names_it_too() {
        let m = matcher();
        let text = "Officials of the Independent Electoral Commission (CEI) said that \
            the vote would go ahead. The CEI will publish the results later.";
        let ids: Vec<(String, String)> = found(&m, text).into_iter().map(|f| (f.0, f.1)).collect();
        let id = "unlisted:independent-electoral-commission".to_string();
        assert_eq!(
            ids,
            [
                ("Independent Electoral Commission".to_string(), id.clone()),
                ("CEI".to_string(), id.clone()),
                ("CEI".to_string(), id),
            ]
        );
    }

    #[test]
    fn any_capitals_after_a_listed_body_s_name_of_three_words_name_it() {
        let m = matcher();
        // `MPP`: the initials of no name the gazetteer lists.
        let text = "The Caribbean Export Council (MPP) met. Later the MPP said no.";
        let all = found(&m, text);
        let named: Vec<(&str, &str)> = all.iter().map(|f| (&*f.0, &*f.1)).collect();
        assert_eq!(
            named,
            [
                ("Caribbean Export Council", "cec"),
                ("MPP", "cec"),
                ("MPP", "cec")
            ]
        );
        // A listed acronym keeps its entity.
        let text = "The Caribbean Export Council (UK) met. Later the UK said no.";
        let ids: Vec<String> = found(&m, text).into_iter().map(|f| f.1).collect();
        assert_eq!(ids, ["cec", "uk", "uk"]);
        // Two words are too few to tell an acronym from a code.
        let gaz = "id\ttype\tname\taliases\n\
            nb\torganization\tNational Bank\t\n";
        let m = matcher_of_files(&[("t.tsv", gaz)]);
        let text = "The National Bank (XZQ) met. Later the XZQ said no.";
        let surfaces: Vec<String> = found(&m, text).into_iter().map(|f| f.0).collect();
        assert_eq!(surfaces, ["National Bank"]);
    }

    #[test]
    fn a_company_s_acronym_leaves_out_its_legal_form() {
        let m = matcher();
        let text = "Projekt System & Management GmbH (PSM) signed the contract on \
            Monday. PSM is owned by two firms.";
        let acronyms: Vec<_> = found(&m, text)
            .into_iter()
            .filter(|f| f.2 == Resolution::DefinedAcronym)
            .map(|f| f.0)
            .collect();
        assert_eq!(acronyms, ["PSM", "PSM"]);
    }

    #[test]
    fn a_subsidiary_s_short_form_in_brackets_names_it() {
        let m = matcher_of_files(&[(
            "t.tsv",
            "id\ttype\tname\taliases\tcontext_aliases\n\
             knds\torganization\tKNDS\t\t\n\
             kmw\torganization\tKrauss-Maffei Wegmann\tKNDS Deutschland\t\n",
        )]);
        let text = "The work goes to KNDS Deutschland (KNDS) in Munich. KNDS will build \
            the hulls.";
        let ids: Vec<_> = found(&m, text).into_iter().map(|f| f.1).collect();
        assert_eq!(ids, ["kmw", "kmw", "kmw"]);
        // Elsewhere the group is the group.
        let ids: Vec<_> = found(&m, "KNDS will build the hulls.")
            .into_iter()
            .map(|f| f.1)
            .collect();
        assert_eq!(ids, ["knds"]);
    }

    /// The ids of the mentions of `text` with a gazetteer of one
    /// organisation, `id` named `name`.
    fn ids_of_one(id: &str, name: &str, text: &str) -> Vec<String> {
        let gaz = format!("id\ttype\tname\taliases\n{id}\torganization\t{name}\t\n");
        let m = matcher_of_files(&[("t.tsv", &gaz)]);
        all_found(&m, text).into_iter().map(|f| f.id).collect()
    }

    #[test]
    fn an_acronym_may_leave_out_the_place_a_body_is_named_with() {
        let text = "The Gaza Ministry of Health (MOH) said so. The MOH counted 30.";
        assert_eq!(
            ids_of_one("moh", "Gaza Ministry of Health", text),
            ["moh"; 3]
        );
        assert_eq!(without_place("Ministry of Health"), None);
        assert_eq!(without_place("EU Council"), None);
    }

    #[test]
    fn an_acronym_may_leave_out_the_place_that_ends_a_body_s_name() {
        let text = "The Communications Authority of Kenya (CA) said so. The CA acted.";
        let name = "Communications Authority of Kenya";
        assert_eq!(ids_of_one("ca", name, text), ["ca"; 3]);
        assert_eq!(without_place_after(name), Some("Communications Authority"));
        assert_eq!(
            without_place_after("Central Bank of the Gambia"),
            Some("Central Bank")
        );
        // Two words at least are left, and the place is capitalised.
        assert_eq!(without_place_after("Bank of England"), None);
        assert_eq!(without_place_after("Ministry of Foreign Affairs"), None);
        assert_eq!(without_place_after("Central Bank of rural lending"), None);
    }

    #[test]
    fn an_acronym_may_take_more_letters_of_each_word_than_its_first() {
        assert!(initials_and_more(
            "Lagos State Independent Electoral Commission",
            "LASIEC"
        ));
        assert!(initials_and_more("Thyssenkrupp Marine Systems", "TkMS"));
        // Every word gives its first letter, in order, and only its own.
        assert!(!initials_and_more(
            "Lagos State Electoral Commission",
            "LASIEC"
        ));
        assert!(!initials_and_more("Marine Thyssenkrupp Systems", "TkMS"));
        assert!(!initials_and_more("Thyssenkrupp Marine Systems", "TMSX"));
        // More letters than words: plain initials are `initials_of`'s.
        assert!(!initials_and_more("Thyssenkrupp Marine Systems", "TMS"));
        let text = "The Lagos State Independent Electoral Commission (LASIEC) began. \
            LASIEC declared the results.";
        let ids: Vec<String> = found(&matcher(), text).into_iter().map(|f| f.1).collect();
        let id = "unlisted:lagos-state-independent-electoral-commission";
        assert_eq!(ids, [id; 3]);
    }

    #[test]
    fn a_listed_body_that_begins_a_longer_defined_name_gives_way_to_it() {
        let gaz = "id\ttype\tname\taliases\n\
            du\torganization\tDhaka University\t\n";
        let m = matcher_of_files(&[("t.tsv", gaz), ("org_heads.txt", "Union\nCouncil\n")]);
        let text = "He won the Dhaka University Central Students' Union (DUCSU) vote. \
            The DUCSU count ended.";
        let id = "unlisted:dhaka-university-central-students-union";
        let ids: Vec<String> = all_found(&m, text).into_iter().map(|f| f.id).collect();
        assert_eq!(ids, [id; 3]);
        // Not a thing named after the body, whose last word is no body's.
        let text = "He read the Dhaka University Senate Resolution (DUSR) today.";
        let ids: Vec<String> = all_found(&m, text).into_iter().map(|f| f.id).collect();
        assert_eq!(ids, ["du"]);
    }

    #[test]
    fn an_acronym_may_leave_out_one_inner_capital() {
        assert!(capitals_but_one("Saint Lucia Labour Party", "SLP"));
        // Not the first or the last, not two, and not from two capitals.
        assert!(!capitals_but_one("Saint Lucia Labour Party", "LLP"));
        assert!(!capitals_but_one("Saint Lucia Labour Party", "SLL"));
        assert!(!capitals_but_one("Saint Lucia Labour Party Group", "SLP"));
        assert!(!capitals_but_one("Labour Party", "P"));
        assert!(!capitals_but_one("Saint Lucia Labour Party", "SLLP"));
        let text = "The Saint Lucia Labour Party (SLP) won. The SLP took 14 seats.";
        assert_eq!(
            ids_of_one("slp", "Saint Lucia Labour Party", text),
            ["slp"; 3]
        );
    }

    #[test]
    fn an_acronym_is_made_of_the_name_s_capitals() {
        assert!(initials_of("International Atomic Energy Agency", "IAEA"));
        assert!(initials_of("Election Commission of India", "ECI"));
        assert!(!initials_of("Ministry of Defence", "UK"));
        assert!(initials_of("Ministry of Defence", "MoD"));
        assert!(initials_of("Government of India", "GOI"));
        assert!(!initials_of("Government of India", "GoIn"));
        assert!(!initials_of("Ministry of Defence", "mOD"));
        assert!(!initials_of("Central Election Commission", "CEE"));
        // Or, three or more, in the order of the body's own language.
        assert!(initials_of("Independent Electoral Commission", "CEI"));
        assert!(initials_of(
            "Democratic Forces for the Liberation of Rwanda",
            "FDLR"
        ));
        assert!(!initials_of("Ministry of Defence", "DM"));
        assert!(!initials_of("Independent Electoral Commission", "CeI"));
        assert!(!initials_of(
            "Central Committee of the Chinese Communist Party",
            "CCP"
        ));
        assert!(!initials_of("Central Election Commission", "C"));
        assert!(letters_in_order("World Liberty Financial", "WLFI"));
        assert!(!letters_in_order("World Liberty Financial", "LF"));
        assert!(!letters_in_order("World Liberty Financial", "WFB"));
    }
}
