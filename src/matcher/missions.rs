//! Diplomatic missions the gazetteer does not list, named by the country
//! or body that sends them: `the U.S. Embassy`, `the Chinese Embassy`,
//! `the EU Delegation to Uzbekistan`, `the Embassy of Morocco`, `the
//! Permanent Representation of Hungary to NATO`. The gold of the
//! development sets keeps such a mission whole, as an organisation, with
//! the country or body it is accredited to (`to`), but mostly without the
//! city it sits in (`the US Embassy in Buenos Aires`); a mission `in` a
//! country keeps the country (`the United States Mission in Yemen`).

use std::ops::Range;

use super::context::capitalised_word_before;
use super::{Matcher, Mention, MentionKind};
use crate::gazetteer::EntityType;
use crate::normalize::is_word_char;

/// The words that name a mission after its sender (`US Embassy`) or
/// before `of` and its sender (`Embassy of Morocco`); longer first, so
/// that `Consulate General` wins over `Consulate`.
const MISSIONS: &[&str] = &[
    "Permanent Representation",
    "Consulate General",
    "Permanent Mission",
    "High Commission",
    "Delegation",
    "Consulate",
    "Embassy",
    "Mission",
];

/// The missions a demonym names (`the Chinese Embassy`): not a
/// delegation or a mission, which are groups of people as often
/// (`the Russian Delegation arrived`).
const EMBASSIES: &[&str] = &[
    "Consulate General",
    "High Commission",
    "Consulate",
    "Embassy",
];

/// A mission found in the text: where, and the name it is known by, made
/// of its kind and its sender's and receiver's names, so that `the UK
/// Consulate General` and `the British Consulate` of one story are one
/// body (`Consulate (United Kingdom)`), as `the U.S. Embassy` and `the
/// US Embassy` are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Mission {
    pub span: Range<usize>,
    pub name: String,
}

impl Matcher {
    /// The diplomatic missions named around listed mentions, sorted and
    /// apart.
    pub(super) fn diplomatic_missions(&self, text: &str, listed: &[Mention]) -> Vec<Mission> {
        let mut out: Vec<Mission> = Vec::new();
        for i in 0..listed.len() {
            let found = self
                .mission_after_sender(text, listed, i)
                .or_else(|| self.mission_before_sender(text, listed, i));
            if let Some(mission) = found
                && out
                    .last()
                    .is_none_or(|last| last.span.end <= mission.span.start)
            {
                out.push(mission);
            }
        }
        out
    }

    /// The mission of `word` that `sender` sends, from `start` to `end`,
    /// with the body it is accredited to after `end`, if any.
    fn mission(
        &self,
        text: &str,
        listed: &[Mention],
        sender: &Mention,
        start: usize,
        end: usize,
        word: &str,
    ) -> Mission {
        let (end, receiver) = self.receiver_end(text, listed, end, word);
        let kind = word.strip_suffix(" General").unwrap_or(word);
        let sender = &self.entity(sender.entity).name;
        let name = match receiver {
            Some((join, to)) => format!("{kind}{join}{} ({sender})", self.entity(to).name),
            None => format!("{kind} ({sender})"),
        };
        Mission {
            span: start..end,
            name,
        }
    }

    /// `US Embassy`, `Chinese Embassy`, `EU Delegation to Uzbekistan`:
    /// the mission named by `listed[i]`, its sender, right before it.
    fn mission_after_sender(&self, text: &str, listed: &[Mention], i: usize) -> Option<Mission> {
        let m = &listed[i];
        // The words after first: most mentions are followed by no mission.
        let rest = text[m.end..].strip_prefix(' ')?;
        let head = mission_word(rest, MISSIONS)?;
        let heads = match (m.kind, self.entity(m.entity).kind) {
            (MentionKind::Demonym, EntityType::Country) => EMBASSIES,
            (MentionKind::Name, EntityType::Country | EntityType::Organization) => MISSIONS,
            _ => return None,
        };
        // `the Royal Thai Embassy` is a longer name, not guessed at.
        if !heads.contains(&head) || longer_name_before(text, m.start) {
            return None;
        }
        let end = m.end + 1 + head.len();
        if listed.get(i + 1).is_some_and(|next| next.start < end) {
            return None;
        }
        Some(self.mission(text, listed, m, m.start, end, head))
    }

    /// `Embassy of Morocco`, `Delegation of the European Union`: the
    /// mission named by `listed[i]`, its sender, after `of`.
    fn mission_before_sender(&self, text: &str, listed: &[Mention], i: usize) -> Option<Mission> {
        let m = &listed[i];
        let head = text[..m.start]
            .strip_suffix("the ")
            .unwrap_or(&text[..m.start]);
        let head = head.strip_suffix(" of ")?;
        if m.kind != MentionKind::Name || self.entity(m.entity).kind == EntityType::Person {
            return None;
        }
        let word = MISSIONS.iter().find(|w| head.ends_with(*w))?;
        let start = head.len() - word.len();
        let after_word = start == 0 || !text[..start].ends_with(is_word_char);
        // `International Christian Embassy of Jerusalem`: a longer name.
        let longer = longer_name_before(text, start);
        let taken = i > 0 && listed[i - 1].end > start;
        (after_word && !longer && !taken).then(|| self.mission(text, listed, m, start, m.end, word))
    }

    /// Where a mission's name that reaches `end` ends, and the word that
    /// joins the country or body it is accredited to, and that body:
    /// after the body (`to NATO`, `to Sri Lanka and the Maldives`), or
    /// after the country a mission (not an embassy) is in (`in Yemen`).
    fn receiver_end(
        &self,
        text: &str,
        listed: &[Mention],
        end: usize,
        word: &str,
    ) -> (usize, Option<(&'static str, usize)>) {
        let joins: &[&str] = if word.ends_with("Mission") {
            &[" to ", " in "]
        } else {
            &[" to "]
        };
        let Some(&join) = joins.iter().find(|j| text[end..].starts_with(*j)) else {
            return (end, None);
        };
        let Some(first) = self.receiver_at(text, listed, end + join.len()) else {
            return (end, None);
        };
        // A second country after `and` (`to Sri Lanka and the Maldives`).
        let second = text[first.end..]
            .starts_with(" and ")
            .then(|| self.receiver_at(text, listed, first.end + " and ".len()))
            .flatten()
            .filter(|m| self.entity(m.entity).kind == EntityType::Country);
        (second.unwrap_or(first).end, Some((join, first.entity)))
    }

    /// The listed name of a country or body at `at`, after an optional
    /// `the`.
    fn receiver_at<'m>(&self, text: &str, listed: &'m [Mention], at: usize) -> Option<&'m Mention> {
        let at = if text[at..].starts_with("the ") {
            at + 4
        } else {
            at
        };
        let m = listed.iter().find(|m| m.start == at)?;
        let kind = self.entity(m.entity).kind;
        (m.kind == MentionKind::Name && kind != EntityType::Person).then_some(m)
    }
}

/// Whether a capitalised word other than `The` stands a space before
/// `at`: the words at `at` are then the end of a longer name.
fn longer_name_before(text: &str, at: usize) -> bool {
    capitalised_word_before(text, at).is_some_and(|(_, word)| word != "The")
}

/// The word of `words` that `rest` begins with, as a whole word.
fn mission_word(rest: &str, words: &[&'static str]) -> Option<&'static str> {
    if !rest.starts_with(['C', 'D', 'E', 'H', 'M', 'P']) {
        return None;
    }
    words
        .iter()
        .find(|w| rest.starts_with(*w) && !rest[w.len()..].starts_with(is_word_char))
        .copied()
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::EntityType;
    use crate::matcher::tests::{all_found, matcher_of_files};

    const GAZ: &str = "id\ttype\tname\taliases\tdemonyms\n\
        us\tcountry\tUnited States\tUS|U.S.\tAmerican\n\
        cn\tcountry\tChina\t\tChinese\n\
        ru\tcountry\tRussia\t\tRussian\n\
        th\tcountry\tThailand\t\tThai\n\
        uz\tcountry\tUzbekistan\t\t\n\
        ma\tcountry\tMorocco\t\t\n\
        hu\tcountry\tHungary\t\t\n\
        ye\tcountry\tYemen\t\t\n\
        lk\tcountry\tSri Lanka\t\t\n\
        mv\tcountry\tMaldives\t\t\n\
        eu\torganization\tEuropean Union\tEU\t\n\
        nato\torganization\tNATO\t\t\n";

    /// The organisations found in `text`, as written.
    fn bodies(text: &str) -> Vec<String> {
        let m = matcher_of_files(&[("t.tsv", GAZ)]);
        all_found(&m, text)
            .into_iter()
            .filter(|f| f.kind == EntityType::Organization)
            .map(|f| f.surface)
            .collect()
    }

    #[test]
    fn a_mission_is_named_by_its_sender_and_where_it_is_accredited() {
        for (text, want) in [
            ("Staff at the US Embassy in Kyiv left.", "US Embassy"),
            ("The Chinese Embassy replied on Monday.", "Chinese Embassy"),
            (
                "The U.S. Consulate General in Erbil shut.",
                "U.S. Consulate General",
            ),
            (
                "The EU Delegation to Uzbekistan said so.",
                "EU Delegation to Uzbekistan",
            ),
            (
                "He met the United States Mission in Yemen.",
                "United States Mission in Yemen",
            ),
            (
                "It was held at the Embassy of Morocco in Rome.",
                "Embassy of Morocco",
            ),
            (
                "The Permanent Representation of Hungary to NATO wrote.",
                "Permanent Representation of Hungary to NATO",
            ),
            (
                "The Delegation of the European Union to Sri Lanka and the Maldives met.",
                "Delegation of the European Union to Sri Lanka and the Maldives",
            ),
        ] {
            assert_eq!(bodies(text), [want], "{text}");
        }
    }

    #[test]
    fn a_mission_named_two_ways_in_a_story_is_one_body() {
        let gaz = format!("{GAZ}uk\tcountry\tUnited Kingdom\tUK\tBritish\n");
        let m = matcher_of_files(&[("t.tsv", &gaz)]);
        let text = "The British Consulate in Erbil shut. The UK Consulate General said so. \
            The US Embassy and the Embassy of Morocco stayed open. \
            The EU Delegation to Uzbekistan met the United States Mission in Yemen.";
        let ids: Vec<(String, String)> = all_found(&m, text)
            .into_iter()
            .filter(|f| f.kind == EntityType::Organization)
            .map(|f| (f.surface, f.id))
            .collect();
        assert_eq!(
            ids,
            [
                (
                    "British Consulate".into(),
                    "unlisted:consulate-united-kingdom".into()
                ),
                (
                    "UK Consulate General".into(),
                    "unlisted:consulate-united-kingdom".into()
                ),
                ("US Embassy".into(), "unlisted:embassy-united-states".into()),
                (
                    "Embassy of Morocco".into(),
                    "unlisted:embassy-morocco".into()
                ),
                (
                    "EU Delegation to Uzbekistan".into(),
                    "unlisted:delegation-to-uzbekistan-european-union".into()
                ),
                (
                    "United States Mission in Yemen".into(),
                    "unlisted:mission-in-yemen-united-states".into()
                ),
            ]
        );
    }

    #[test]
    fn envoys_and_longer_names_are_no_mission_of_the_sender() {
        for text in [
            // A demonym's delegation is a group of people as often.
            "The Russian Delegation arrived on Monday.",
            // A longer name the rule does not guess at.
            "The Royal Thai Embassy said so.",
            "The International Christian Embassy of Morocco met.",
            // A headline capitalises a group of envoys too.
            "EU Delegation Humiliated in Libya\n\nThe talks failed on Tuesday.",
        ] {
            let found = bodies(text);
            assert!(
                found
                    .iter()
                    .all(|b| !b.contains("Delegation") && !b.contains("Embassy")),
                "{text}: {found:?}"
            );
        }
    }
}
