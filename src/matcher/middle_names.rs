//! Listed people named with more of their name than the gazetteer lists:
//! a middle name or an initial (`Bola Ahmed Tinubu` for `Bola Tinubu`,
//! `Donald J. Trump`), a first given name (`Arthur Peter Mutharika`) or a
//! second surname (`Daniel Noboa Azin`). The automaton finds the listed
//! part; the mention is widened over the rest, so the span is the name as
//! written.

use std::ops::Range;

use super::context::same_name;
use super::nicknames::{quoted_name_before, quotes_around};
use super::unlisted::{Shape, capital_follows, name_word, word_before};
use super::{Candidate, Matcher, Mention, MentionKind, Resolution};
use crate::gazetteer::{Entity, EntityType, has_two_surnames};
use crate::normalize::{fold_word, is_word_char};

/// The Arabic article as news joins it to a surname (see
/// [`Matcher::widen_to_article`]).
const ARTICLES: &[&str] = &["al-", "Al-", "el-", "El-", "Al ", "El "];

/// Middle names and initials between a given name and a surname, at most.
const MAX_MIDDLE: usize = 2;

impl Matcher {
    /// Widens each mention of a listed person back over the middle names
    /// and initials before it to the person's given name, when the words
    /// right before the mention are such names and the first of them is a
    /// given name of the person's (the first word of their name or of a
    /// longer alias). The words must be in no other mention, with one space
    /// between each two, so they are in the mention's sentence.
    pub(super) fn widen_to_given_names(&self, text: &str, mentions: &mut [Mention]) {
        let mut floor = 0;
        for m in mentions.iter_mut() {
            let person = self.entity(m.entity);
            if m.kind == MentionKind::Name
                && person.kind == EntityType::Person
                && let Some(start) = self
                    .given_name_before(text, m.start..m.end, floor, person)
                    .or_else(|| self.first_given_name_before(text, m, floor))
                    .or_else(|| self.spelled_given_name_before(text, m, floor, person))
            {
                m.start = start;
                m.resolved_by = Resolution::MiddleName;
            }
            floor = m.end;
        }
    }

    /// Widens each mention of a listed person by a nickname in quotation
    /// marks over the given names before it and the surname after it, when
    /// they make the person's name (`Balendra 'Balen' Shah` for `Balendra
    /// Shah`, listed as `Balen` too) or begin and end it (`Mohamed
    /// "Hemedti" Dagalo` for `Mohamed Hamdan Dagalo`): one name, as
    /// written. A mention of a person inside the words around (`Dagalo`)
    /// is part of it.
    pub(super) fn widen_around_nicknames(&self, text: &str, mentions: &mut Vec<Mention>) {
        let mut inside = Vec::new();
        for i in 0..mentions.len() {
            let m = &mentions[i];
            if m.kind != MentionKind::Name || !self.is_person(m.entity) {
                continue;
            }
            let Some(span) = self.name_around_nickname(text, m) else {
                continue;
            };
            let overlapping: Vec<usize> = (0..mentions.len())
                .filter(|&j| j != i && mentions[j].end > span.start && mentions[j].start < span.end)
                .collect();
            let absorbed = |&j: &usize| {
                let o = &mentions[j];
                o.start >= span.start && o.end <= span.end && self.is_person(o.entity)
            };
            if overlapping.iter().all(absorbed) {
                inside.extend(overlapping);
                (mentions[i].start, mentions[i].end) = (span.start, span.end);
                mentions[i].resolved_by = Resolution::MiddleName;
            }
        }
        if !inside.is_empty() {
            let mut j = 0;
            mentions.retain(|_| {
                j += 1;
                !inside.contains(&(j - 1))
            });
        }
    }

    /// The span of a person's name around `m`, a nickname of theirs in
    /// quotation marks: one or two words before it and a capitalised one
    /// after it that make a name of theirs, or its first and last words.
    fn name_around_nickname(&self, text: &str, m: &Mention) -> Option<Range<usize>> {
        let quoted = quotes_around(text, &(m.start..m.end))?;
        let head = text[..quoted.start].strip_suffix(' ')?;
        let surname_end = match text[quoted.end..]
            .strip_prefix(' ')
            .and_then(|_| name_word(text, quoted.end + 1))
        {
            Some((end, Shape::Capitalised)) => end,
            _ => return None,
        };
        let surname = &text[quoted.end + 1..surname_end];
        let first = word_before(text, head.len());
        let mut givens = vec![head.len() - first.len()];
        if let Some(rest) = text[..givens[0]].strip_suffix(' ') {
            let second = word_before(text, rest.len());
            if second.starts_with(char::is_uppercase) {
                givens.push(rest.len() - second.len());
            }
        }
        let names: Vec<&str> = self.entity(m.entity).plain_names().collect();
        givens.into_iter().rev().find_map(|start| {
            let given = &head[start..];
            let first_word = given.split(' ').next().unwrap_or(given);
            let whole = format!("{given} {surname}");
            let fits = names.iter().any(|n| {
                *n == whole
                    || (n.starts_with(first_word)
                        && n[first_word.len()..].starts_with(' ')
                        && n.strip_suffix(surname).is_some_and(|h| h.ends_with(' ')))
            });
            (fits && !given.is_empty()).then_some(start..surname_end)
        })
    }

    /// Widens each mention of a listed person by the surname over the
    /// person's given name right after it, as Japanese and Korean official
    /// pages write names, family name first, the surname in capitals or
    /// not (`IWAYA Takeshi` for `Takeshi Iwaya`, `Defense Minister
    /// Nakatani Gen`).
    pub(super) fn widen_to_given_name_after(&self, text: &str, mentions: &mut [Mention]) {
        for i in 0..mentions.len() {
            let m = &mentions[i];
            let surname = &text[m.start..m.end];
            // A surname alone: a full name before the given name is the
            // name said twice (`Boris Johnson Boris`), not written swapped.
            let capitalised = surname.chars().count() >= 2
                && surname.starts_with(char::is_uppercase)
                && !surname.contains(' ');
            if !capitalised || m.kind != MentionKind::Name || !self.is_person(m.entity) {
                continue;
            }
            let given = self.entity(m.entity).name.split(' ').next().unwrap_or("");
            let end = m.end + 1 + given.len();
            let follows = text[m.end..].strip_prefix(' ').is_some_and(|rest| {
                rest.starts_with(given)
                    && !rest[given.len()..].starts_with(|c: char| c.is_alphanumeric())
            });
            if follows && mentions.get(i + 1).is_none_or(|next| next.start >= end) {
                mentions[i].end = end;
            }
        }
    }

    /// Widens each mention of a listed person of a country of two
    /// surnames, named in full, over a second surname the gazetteer does
    /// not list (`Daniel Noboa Azin` for `Daniel Noboa`): a capitalised
    /// word right after it, in no other mention, that is no title, common
    /// word, listed name or place, nor a word of places' or bodies' names,
    /// and after which the name ends (no capitalised word follows).
    pub(super) fn widen_to_second_surname(&self, text: &str, mentions: &mut [Mention]) {
        for i in 0..mentions.len() {
            let m = &mentions[i];
            // Most mentions have no capitalised word after them: that first.
            let capital_after = capital_follows(text, m.end);
            let two_surnames = capital_after
                && m.kind == MentionKind::Name
                && self.is_person(m.entity)
                && text[m.start..m.end].contains(' ')
                && has_two_surnames(self.entity(m.entity));
            if !two_surnames {
                continue;
            }
            if let Some(end) = self.second_surname_end(text, m.end)
                && mentions.get(i + 1).is_none_or(|next| next.start >= end)
            {
                mentions[i].end = end;
            }
        }
    }

    /// Widens each mention of a person, listed or found in the document
    /// (`unlisted`), over a generational suffix right after it (`Gilbert
    /// Teodoro Jr.`, `Jan Doe Sr`): part of the name as written, as the
    /// annotation guidelines' spans have it. The entity's name leaves it
    /// out, so the surname alone still names the person.
    pub(super) fn widen_to_suffixes(
        &self,
        text: &str,
        unlisted: &[Entity],
        mentions: &mut [Mention],
    ) {
        for i in 0..mentions.len() {
            let m = &mentions[i];
            let Some(len) = suffix_len(&text[m.end..]) else {
                continue;
            };
            let end = m.end + len;
            if m.kind == MentionKind::Name
                && self.entity_in(unlisted, m.entity).kind == EntityType::Person
                && mentions.get(i + 1).is_none_or(|next| next.start >= end)
            {
                mentions[i].end = end;
            }
        }
    }

    /// Widens each mention of a listed person over the Arabic article
    /// joined to it by a hyphen (`al-Assad`, `el-Sisi`), which news writes
    /// before a surname alone as often as not, and in either case
    /// (`al-Mashat` for the listed `Al-Mashat`), or before a surname alone
    /// by a space and a capital (`Al Busaidi`): the span is the name as
    /// written.
    pub(super) fn widen_to_article(&self, text: &str, mentions: &mut [Mention]) {
        for i in 0..mentions.len() {
            let m = &mentions[i];
            let before = &text[..m.start];
            // Most mentions follow a space and no `Al`: two bytes say so.
            let spaced = before.ends_with("l ") && !text[m.start..m.end].contains(' ');
            if !before.ends_with('-') && !spaced {
                continue;
            }
            let Some(article) = ARTICLES.iter().find(|a| before.ends_with(*a)) else {
                continue;
            };
            let start = m.start - article.len();
            if m.kind == MentionKind::Name
                && self.is_person(m.entity)
                && !text[..start].ends_with(is_word_char)
                && (i == 0 || mentions[i - 1].end <= start)
            {
                mentions[i].start = start;
            }
        }
    }

    /// Widens each one-word mention of a listed person over the initial
    /// of their given name right before it (`W. Kosiniak-Kamysz` for
    /// Władysław, `A. Spruds` for Andris): part of the name as written.
    /// Another letter is someone else's initial, and is left out.
    pub(super) fn widen_to_initial(&self, text: &str, mentions: &mut [Mention]) {
        for i in 0..mentions.len() {
            let m = &mentions[i];
            let before = &text[..m.start];
            // Most mentions follow no full stop: two bytes say so.
            let Some(head) = before.strip_suffix(". ") else {
                continue;
            };
            let mut letter = head.chars().rev();
            let (Some(initial), after) = (letter.next(), letter.next()) else {
                continue;
            };
            let start = head.len() - initial.len_utf8();
            let alone = after.is_none_or(|c| !c.is_alphanumeric() && c != '.');
            if !initial.is_uppercase()
                || !alone
                || m.kind != MentionKind::Name
                || !self.is_person(m.entity)
                || text[m.start..m.end].contains(' ')
                || (i > 0 && mentions[i - 1].end > start)
            {
                continue;
            }
            // `Władysław` begins with `W`: the initial drops the accent.
            let given = &self.entity(m.entity).name;
            let first = &given[..given.chars().next().map_or(0, char::len_utf8)];
            if fold_word(first) == fold_word(&head[start..]) {
                mentions[i].start = start;
            }
        }
    }

    /// Where a second surname that begins right after `end` (after one
    /// space) ends, if one does (see [`Matcher::widen_to_second_surname`]).
    fn second_surname_end(&self, text: &str, end: usize) -> Option<usize> {
        let start = end + 1;
        if text.as_bytes().get(end) != Some(&b' ') {
            return None;
        }
        let (word_end, shape) = name_word(text, start)?;
        let word = &text[start..word_end];
        if shape != Shape::Capitalised
            || self.gazetteer.is_title(word)
            || self.gazetteer.is_common_word(word)
        {
            return None;
        }
        // A given name may be a surname too (`Azin`); another name the
        // automaton knows, a place's among them (`Madrid`), is not a surname here
        // (looked up as written: a place written with accents the
        // gazetteer leaves out may pass, a rare miss on a rare case).
        // Another person's surname is still a surname (`Pardo` of Tamir
        // Pardo after `Claudia Sheinbaum`).
        let kind = self.name_word_kind(word);
        let known = self.whole_word_at(text, start).is_some_and(|hit| {
            hit.end != word_end || !self.only_people_by_surname(self.claims.of(hit.pattern))
        });
        if kind.place || kind.org_head || kind.role || known {
            return None;
        }
        let more = capital_follows(text, word_end);
        (!more).then_some(word_end)
    }

    /// Marks the candidates that are a person's surname (a context alias)
    /// written after their given name and a middle name or initial
    /// (`William Samoei Ruto`), so that they count as the person named in
    /// full.
    pub(super) fn mark_full_names(&self, text: &str, candidates: &mut [Candidate]) {
        let mut floor = 0;
        for c in candidates.iter_mut() {
            c.full_name = c
                .claims
                .iter()
                .filter(|k| k.class.is_context())
                .map(|k| k.entity)
                .find(|&e| {
                    let person = self.entity(e as usize);
                    person.kind == EntityType::Person
                        && self
                            .given_name_before(text, c.start..c.end, floor, person)
                            .is_some()
                });
            floor = c.end;
        }
    }

    /// Where a first given name the row does not list begins, right
    /// before a listed person's name in full (`Arthur Peter Mutharika` for
    /// `Peter Mutharika`): one word of the given names, with no
    /// capitalised word before it, so the name begins there.
    fn first_given_name_before(&self, text: &str, m: &Mention, floor: usize) -> Option<usize> {
        if !text[m.start..m.end].contains(' ') {
            return None;
        }
        let (start, word) = self.word_before_mention(text, m, floor)?;
        (self.name_word_kind(word).given && !may_follow_name_word(text, start)).then_some(start)
    }

    /// Where the given name of `person` begins, spelled another way, right
    /// before the surname alone (`Yuliya Svyrydenko` for `Yulia
    /// Svyrydenko`, `Sergey` for `Sergei`). The same spelled exactly would
    /// have made the alias the automaton found.
    fn spelled_given_name_before(
        &self,
        text: &str,
        m: &Mention,
        floor: usize,
        person: &Entity,
    ) -> Option<usize> {
        if text[m.start..m.end].contains(' ') {
            return None;
        }
        let (start, word) = self.word_before_mention(text, m, floor)?;
        given_names(person)
            .any(|g| g != word && same_name(g, word))
            .then_some(start)
    }

    /// The capitalised word right before mention `m`, where a given name
    /// would stand, and where it begins: one word, no title or common word
    /// (`In March Rubio said`, with `Marco Rubio` listed), in no other
    /// mention (none before `floor`).
    fn word_before_mention<'t>(
        &self,
        text: &'t str,
        m: &Mention,
        floor: usize,
    ) -> Option<(usize, &'t str)> {
        if !may_follow_name_word(text, m.start) {
            return None;
        }
        let at = m.start - 1;
        let word = word_before(text, at);
        let start = at - word.len();
        if start < floor || self.gazetteer.is_title(word) || self.gazetteer.is_common_word(word) {
            return None;
        }
        let (end, shape) = name_word(text, start)?;
        (end == at && shape == Shape::Capitalised).then_some((start, word))
    }

    /// Whether a name begins at `start`: no capitalised word but a title
    /// stands right before it (`Interior Minister Lázaro`, not `Saleh Bin
    /// Salem`).
    fn name_begins_at(&self, text: &str, start: usize) -> bool {
        !may_follow_name_word(text, start) || self.gazetteer.is_title(word_before(text, start - 1))
    }

    /// Where `person`'s given name begins, if it stands before the name at
    /// `span` with one or two middle names or initials between, none
    /// before `floor`, or right before it when it is two surnames.
    fn given_name_before(
        &self,
        text: &str,
        span: Range<usize>,
        floor: usize,
        person: &Entity,
    ) -> Option<usize> {
        if !may_follow_name_word(text, span.start) {
            return None;
        }
        let two_surnames = text[span.clone()].contains(' ');
        let mut at = span.start;
        for middle in 0..=MAX_MIDDLE {
            at = text[..at].strip_suffix(' ')?.len();
            // A nickname in quotation marks is a middle name here (`Jorge
            // "Tuto" Quiroga`).
            if let Some(open) = quoted_name_before(text, at)
                && open >= floor
            {
                at = open;
                continue;
            }
            let word = word_before(text, at);
            let start = at - word.len();
            // Titles first: most capitalised words before a name are.
            if word.is_empty() || start < floor || self.gazetteer.is_title(word) {
                return None;
            }
            let (end, shape) = name_word(text, start)?;
            if end != at || shape == Shape::Particle {
                return None;
            }
            // Right before a surname of two words, the given name makes no
            // alias the automaton would have found whole (`Lázaro Álvarez
            // Casas` for `Lázaro Alberto Álvarez Casas`, listed as `Álvarez
            // Casas`).
            let next_to_surnames = middle == 0 && two_surnames && self.name_begins_at(text, start);
            if (middle > 0 || next_to_surnames) && given_names(person).any(|g| g == word) {
                return Some(start);
            }
            at = start;
        }
        None
    }
}

/// Whether a space and a word that begins with a capital (or a letter
/// outside ASCII) come right before `end`: a quick test, read byte by
/// byte, as it is asked of every person's mention and most follow a
/// lower-case word. Unlike `context.rs`'s `capitalised_word_before`, the
/// word may hold a full stop, hyphen or apostrophe, as an initial does
/// (`J.` before `Trump`).
fn may_follow_name_word(text: &str, end: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(space) = end.checked_sub(1).filter(|&i| bytes[i] == b' ') else {
        return false;
    };
    if matches!(bytes[..space].last(), Some(b'"' | b'\'')) {
        return quoted_name_before(text, space).is_some();
    }
    let in_word = |b: u8| b.is_ascii_alphabetic() || matches!(b, b'.' | b'-' | b'\'') || b >= 0x80;
    let start = bytes[..space]
        .iter()
        .rposition(|&b| !in_word(b))
        .map_or(0, |i| i + 1);
    start < space && (bytes[start].is_ascii_uppercase() || bytes[start] >= 0xC3)
}

/// The given names of a person: the first word of their name and of each
/// longer alias.
fn given_names(person: &Entity) -> impl Iterator<Item = &str> {
    std::iter::once(&person.name)
        .chain(&person.aliases)
        .filter_map(|n| n.split_once(' ').map(|(first, _)| first))
}

/// Generational suffixes written after a person's name.
const SUFFIXES: &[&str] = &["Jr", "Sr"];

/// The length of a generational suffix that begins `rest` (` Jr.`, `, Sr`,
/// ` Jr`), with its full stop, if one does and no letter follows it.
pub(super) fn suffix_len(rest: &str) -> Option<usize> {
    let gap = [" ", ", "].into_iter().find(|g| rest.starts_with(g))?;
    let word = SUFFIXES
        .iter()
        .find(|w| rest[gap.len()..].starts_with(*w))?;
    let len = gap.len() + word.len();
    let after = &rest[len..];
    if after.starts_with('.') {
        return Some(len + 1);
    }
    (!after.starts_with(char::is_alphanumeric)).then_some(len)
}

#[cfg(test)]
mod tests {
    use crate::matcher::tests::{all_found, matcher_of_files};
    use crate::matcher::{Matcher, Resolution};

    const GAZ: &str = "id\ttype\tname\taliases\tcontext_aliases\n\
        tinubu\tperson\tBola Tinubu\tTinubu\t\n\
        trump\tperson\tDonald Trump\tTrump\t\n\
        ruto\tperson\tWilliam Ruto\t\tRuto\n\
        assad\tperson\tBashar al-Assad\tBashar Assad\tAssad\n\
        afp\torganization\tAgence France-Presse\tAFP\t\n\
        lac\tperson\tLázaro Alberto Álvarez Casas\tÁlvarez Casas\t\n";

    fn matcher() -> Matcher {
        matcher_of_files(&[("t.tsv", GAZ), ("titles.txt", "President\nMinister\n")])
            .with_unlisted(false)
    }

    /// The mentions of `text` as (surface, resolution).
    fn found(m: &Matcher, text: &str) -> Vec<(String, Resolution)> {
        all_found(m, text)
            .into_iter()
            .map(|f| (f.surface, f.how))
            .collect()
    }

    #[test]
    fn an_arabic_article_joined_to_a_surname_is_part_of_the_mention() {
        let m = matcher();
        let text = "Bashar al-Assad fled. Russia stood by al-Assad, and Al-Assad's men left.";
        let surfaces: Vec<String> = found(&m, text).into_iter().map(|f| f.0).collect();
        assert_eq!(surfaces, ["Bashar al-Assad", "al-Assad", "Al-Assad"]);
        // Not a body's name; and a name joined to another word is half of
        // someone else's (`Jamal-Assad`).
        let text = "Bashar al-Assad fled; the el-AFP wire and Jamal-Assad did not.";
        let surfaces: Vec<String> = found(&m, text).into_iter().map(|f| f.0).collect();
        assert_eq!(surfaces, ["Bashar al-Assad", "AFP"]);
        // Before a surname alone, a capitalised article and a space too.
        let m = crate::matcher::tests::shipped_matcher();
        let text = "Foreign Minister Badr Albusaidi hosted the talks in Muscat. Later, \
            Al Busaidi said they went well.";
        let surfaces: Vec<String> = found(m, text).into_iter().map(|f| f.0).collect();
        assert_eq!(surfaces, ["Badr Albusaidi", "Al Busaidi"]);
    }

    #[test]
    fn a_given_name_right_before_two_surnames_widens_them_after_a_title() {
        let m = matcher();
        let text = "The measures hit Interior Minister Lázaro Álvarez Casas on Monday.";
        assert_eq!(
            found(&m, text),
            [("Lázaro Álvarez Casas".to_string(), Resolution::MiddleName)]
        );
        // After another name's word the given name may be someone else's
        // surname: left alone.
        let text = "The measures hit Saleh Bin Lázaro Álvarez Casas on Monday.";
        assert_eq!(
            found(&m, text),
            [("Álvarez Casas".to_string(), Resolution::Alias)]
        );
    }

    #[test]
    fn a_middle_name_or_initial_widens_the_mention_to_the_given_name() {
        let m = matcher();
        let text = "President Bola Ahmed Tinubu met Donald J. Trump and Donald John \
            Trump's aides.";
        assert_eq!(
            found(&m, text),
            [
                ("Bola Ahmed Tinubu".to_string(), Resolution::MiddleName),
                ("Donald J. Trump".to_string(), Resolution::MiddleName),
                ("Donald John Trump".to_string(), Resolution::MiddleName),
            ]
        );
    }

    #[test]
    fn a_given_name_spelled_another_way_widens_the_surname_to_it() {
        let m = matcher();
        let text = "President Bolla Tinubu met Donnald Trump; Bob Tinubu and Minister Bola \
            Tinubu's aides came.";
        assert_eq!(
            found(&m, text),
            [
                ("Bolla Tinubu".to_string(), Resolution::MiddleName),
                ("Donnald Trump".to_string(), Resolution::MiddleName),
                // `Bob` is too short to be a spelling of `Bola`: another
                // person's given name, so the surname is left.
                ("Bola Tinubu".to_string(), Resolution::Alias),
            ]
        );
        let m = matcher_of_files(&[
            (
                "t.tsv",
                "id\ttype\tname\taliases\nrubio\tperson\tMarco Rubio\tRubio\n",
            ),
            ("common_words.txt", "march\n"),
        ])
        .with_unlisted(false);
        let text = "In March Rubio said that the talks would go on.";
        assert_eq!(found(&m, text), [("Rubio".to_string(), Resolution::Alias)]);
    }

    #[test]
    fn a_generational_suffix_is_part_of_a_person_s_mention() {
        let m = matcher();
        let text = "President William Ruto Jr. met Donald Trump Sr, then Bola Tinubu, Jr. \
            and AFP Sr. staff; Ruto left.";
        let surfaces: Vec<String> = all_found(&m, text).into_iter().map(|f| f.surface).collect();
        assert_eq!(
            surfaces,
            [
                "William Ruto Jr.",
                "Donald Trump Sr",
                "Bola Tinubu, Jr.",
                "AFP",
                "Ruto"
            ]
        );
        // A word that only begins with the suffix is none.
        assert_eq!(super::suffix_len(" Srinagar"), None);
        assert_eq!(super::suffix_len(" Jr"), Some(3));
    }

    #[test]
    fn a_person_found_in_the_document_takes_the_suffix_and_keeps_the_surname() {
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            ("titles.txt", "Ambassador\n"),
            ("given_names.txt", "Olha\n"),
        ]);
        let text = "The talks ended late, officials said. Ambassador Olha Petrenko Sr. \
            spoke, and later Petrenko left.";
        let surfaces: Vec<String> = all_found(&m, text).into_iter().map(|f| f.surface).collect();
        assert_eq!(surfaces, ["Olha Petrenko Sr.", "Petrenko"]);
    }

    #[test]
    fn a_nickname_in_quotation_marks_is_part_of_a_person_s_name() {
        let m = matcher();
        let text = "President William \"Bill\" Ruto met Donald “The Don” Trump; Ruto left.";
        let surfaces: Vec<String> = all_found(&m, text).into_iter().map(|f| f.surface).collect();
        assert_eq!(
            surfaces,
            ["William \"Bill\" Ruto", "Donald “The Don” Trump", "Ruto"]
        );
        // Found in the document, the person's name leaves it out.
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            ("titles.txt", "Colonel\n"),
            ("given_names.txt", "Denys\n"),
        ]);
        let text = "The talks ended late, officials said. Colonel Denys \"Redis\" \
            Prokopenko spoke, and later Prokopenko left.";
        let found = all_found(&m, text);
        let surfaces: Vec<&str> = found.iter().map(|f| f.surface.as_str()).collect();
        assert_eq!(surfaces, ["Denys \"Redis\" Prokopenko", "Prokopenko"]);
        assert_eq!(found[0].id, "unlisted:denys-prokopenko");
    }

    #[test]
    fn a_second_surname_widens_a_full_name_of_a_country_of_two_surnames() {
        let m = matcher_of_files(&[
            (
                "t.tsv",
                "id\ttype\tname\taliases\tcountry\n\
                ecuador\tcountry\tEcuador\t\t\n\
                spain\tcountry\tSpain\tEspaña\t\n\
                noboa\tperson\tDaniel Noboa\tNoboa\tecuador\n\
                trump\tperson\tDonald Trump\tTrump\t\n\
                pardo\tperson\tTamir Pardo\t\t\n",
            ),
            ("titles.txt", "President\n"),
            ("common_words.txt", "monday\n"),
            ("places.txt", "spain\tMadrid\n"),
        ])
        .with_unlisted(false);
        let surfaces = |text: &str| -> Vec<String> {
            all_found(&m, text).into_iter().map(|f| f.surface).collect()
        };
        assert_eq!(
            surfaces("The ticket of Daniel Noboa Azin won."),
            ["Daniel Noboa Azin"]
        );
        // Another person's surname is a surname still.
        assert_eq!(
            surfaces("The ticket of Daniel Noboa Pardo won."),
            ["Daniel Noboa Pardo"]
        );
        for (text, want) in [
            // The surname alone, another country's person, a word that
            // begins more of a name, a common word, a place, a country.
            ("Noboa Azin won.", "Noboa"),
            ("Donald Trump Azin won.", "Donald Trump"),
            ("Daniel Noboa Azin Pinto won.", "Daniel Noboa"),
            ("Daniel Noboa Monday said it.", "Daniel Noboa"),
            ("The party of Daniel Noboa Madrid said.", "Daniel Noboa"),
            ("The party of Daniel Noboa España said.", "Daniel Noboa"),
        ] {
            assert_eq!(
                surfaces(text).first().map(String::as_str),
                Some(want),
                "{text}"
            );
        }
    }

    #[test]
    fn a_first_given_name_before_a_full_name_widens_it() {
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            ("titles.txt", "President\n"),
            ("given_names.txt", "Arthur\nMay\n"),
            ("common_words.txt", "may\n"),
        ])
        .with_unlisted(false);
        let text = "Arthur Bola Tinubu, who was President before, won.";
        assert_eq!(
            found(&m, text),
            [("Arthur Bola Tinubu".to_string(), Resolution::MiddleName)]
        );
        // No given name, a common word, a title, a capitalised word before
        // the given name.
        for (text, want) in [
            ("Lagos Bola Tinubu won.", "Bola Tinubu"),
            ("May Bola Tinubu win?", "Bola Tinubu"),
            ("President Bola Tinubu won.", "Bola Tinubu"),
            ("The Lagos Arthur Bola Tinubu won.", "Bola Tinubu"),
        ] {
            let surfaces: Vec<String> = found(&m, text).into_iter().map(|f| f.0).collect();
            assert_eq!(surfaces, [want], "{text}");
        }
    }

    #[test]
    fn a_surname_that_needs_the_full_name_counts_after_a_middle_name() {
        let m = matcher();
        let text = "William Samoei Ruto spoke. Ruto left.";
        assert_eq!(
            found(&m, text),
            [
                ("William Samoei Ruto".to_string(), Resolution::MiddleName),
                ("Ruto".to_string(), Resolution::Context),
            ]
        );
        // Without the given name, the surname alone names no one.
        assert!(found(&m, "Samoei Ruto spoke. Ruto left.").is_empty());
    }

    #[test]
    fn other_words_before_a_surname_leave_it_alone() {
        let m = matcher();
        // Another given name, too many middle names, a full stop between,
        // a title, no given name.
        for text in [
            "Eric Frederick Trump spoke.",
            "Donald Ahmed Bola Frederick Trump spoke.",
            "He met Donald. Trump spoke.",
            "Donald President Trump spoke.",
            "Ahmed Tinubu spoke.",
        ] {
            let widened = found(&m, text)
                .into_iter()
                .filter(|(surface, how)| surface.contains(' ') || *how == Resolution::MiddleName)
                .collect::<Vec<_>>();
            assert!(widened.is_empty(), "{text}: {widened:?}");
        }
        // A word of another mention is not a middle name.
        let alias = |s: &str| (s.to_string(), Resolution::Alias);
        let text = "Donald Tinubu Trump";
        assert_eq!(found(&m, text), [alias("Tinubu"), alias("Trump")]);
    }
}
