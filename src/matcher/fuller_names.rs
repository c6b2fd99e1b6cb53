//! A listed person's name that more name words follow: the person's
//! fuller name, or someone else's.
//!
//! News writes names longer than the gazetteer lists them (`Donny Ermawan
//! Taufanto` for the listed `Donny Ermawan`, `Mohammed bin Zayed Al
//! Nahyan` for `Mohammed bin Zayed`), and other people's names begin with
//! a listed person's (`Abdul Hamid al-Awak` in a Syrian story is not
//! Bangladesh's Abdul Hamid). Either way the name is the longer one.

use std::ops::Range;

use super::context::word_ending_at;
use super::unlisted::{Shape, capital_follows, in_capitals, is_thing_after_name, name_word};
use super::{Matcher, Mention, MentionKind};
use crate::gazetteer::{EntityType, PARTICLES};

/// Name words that may follow a listed name, at most.
const MAX_MORE: usize = 2;

/// What a listed person's mention followed by name words is.
pub(super) enum Fuller {
    /// The person's own fuller name: the mention widens to `end`.
    Same { end: usize },
    /// Someone else's name, spanning `span`.
    Other { span: Range<usize> },
}

impl Matcher {
    /// Whether the person's mention `m` goes on with one or two name words
    /// (capitalised, no title, common word, role or word of bodies' and
    /// places' names, no other mention's, and no capitalised word after
    /// them), and whose name the longer one is: the person's where the
    /// words are among the person's names or the story names the person's
    /// country (or its demonym); someone else's where it does not.
    pub(super) fn fuller_name(
        &self,
        text: &str,
        m: &Mention,
        mentions: &[Mention],
    ) -> Option<Fuller> {
        let e = self.entity(m.entity);
        // After a label (`Photo: Sussan Ley Instagram`) a name runs into
        // its source's.
        let labelled = text[..m.start].ends_with(": ");
        if m.kind != MentionKind::Name
            || e.kind != EntityType::Person
            || !text[m.start..m.end].contains(' ')
            || labelled
        {
            return None;
        }
        let end = self.name_words_after(text, m.end, mentions)?;
        let added = &text[m.end + 1..end];
        let own_words = added
            .split(' ')
            .all(|w| e.all_names().any(|n| n.split(' ').any(|x| x == w)));
        let country = e.meta.get("country").map(String::as_str).unwrap_or("");
        // The country by its name or its demonym (`Indonesian Deputy
        // Defense Minister Donny Ermawan Taufanto`).
        let home_named = !country.is_empty()
            && mentions.iter().any(|x| {
                let named = self.entity(x.entity);
                named.kind == EntityType::Country && named.id == country
            });
        Some(if own_words || home_named {
            Fuller::Same { end }
        } else {
            Fuller::Other { span: m.start..end }
        })
    }

    /// Where the one or two name words right after `from` end, if such
    /// words follow and end the run of capitals.
    fn name_words_after(&self, text: &str, from: usize, mentions: &[Mention]) -> Option<usize> {
        let mut end = from;
        let mut words = 0;
        while words < MAX_MORE {
            let Some(at) = text[end..].strip_prefix(' ').map(|_| end + 1) else {
                break;
            };
            let Some((word_end, Shape::Capitalised)) = name_word(text, at) else {
                break;
            };
            let word = &text[at..word_end];
            let kind = self.name_word_kind(word);
            // A suffix, an honour or a generation's numeral (`Jr.`, `MP`,
            // `III`) ends the name as listed; a name the gazetteer lists is
            // its own (`Sussan Ley Instagram`).
            let plain = !(self.gazetteer.is_title(word)
                || elect_title(word, |head| self.gazetteer.is_title(head))
                || self.gazetteer.is_common_word(word)
                || kind.role
                || kind.org_head
                || kind.place
                || is_thing_after_name(word)
                || in_capitals(word)
                || mentions.iter().any(|x| x.start < word_end && at < x.end)
                || self.whole_word_at(text, at).is_some());
            if !plain {
                return None;
            }
            end = word_end;
            words += 1;
        }
        (words > 0 && !capital_follows(text, end)).then_some(end)
    }
}

/// Words that join a hyphen to a name without being a name of their own
/// (`Anti-NATO`, `Sino-Russian`, `Post-Assad`, in a headline's capitals).
const PREFIXES: [&str; 18] = [
    "Afro", "Anglo", "Anti", "Co", "Euro", "Ex", "Franco", "Indo", "Mid", "Neo", "Non", "Pan",
    "Post", "Pre", "Pro", "Russo", "Sino", "Trans",
];

impl Matcher {
    /// Drops each person's or organisation's name that a hyphen joins to
    /// a capitalised word no mention covers (`Earle-Sears`, `Record-Breaking
    /// Defence Export`): the second half of a double-barrelled name or of
    /// a compound word, not the entity's (`Sears`, `Breaking Defence`). A
    /// particle or a prefix before the hyphen leaves the name alone
    /// (`Al-Assad`, `Anti-NATO`), and so does another name, found or
    /// listed (`Trump-Putin`, `Murillo-Ortega`).
    pub(super) fn drop_second_halves(&self, text: &str, mentions: &mut Vec<Mention>) {
        let halves: Vec<usize> = (0..mentions.len())
            .filter(|&i| self.second_half(text, mentions, i))
            .collect();
        for i in halves.into_iter().rev() {
            mentions.remove(i);
        }
    }

    fn second_half(&self, text: &str, mentions: &[Mention], i: usize) -> bool {
        let m = &mentions[i];
        let previous_end = i.checked_sub(1).map_or(0, |p| mentions[p].end);
        let Some(before) = text[..m.start].strip_suffix('-') else {
            return false;
        };
        let (start, word) = word_ending_at(before);
        let mut chars = word.chars();
        let name_shaped = chars.next().is_some_and(char::is_uppercase)
            && chars.next().is_some_and(char::is_lowercase);
        // The name of an entity the story names, though not resolved
        // there, pairs with it (`the Murillo-Ortega regime` in a story
        // that names Rosario Murillo).
        let named = || {
            self.whole_word_at(text, start).is_some_and(|hit| {
                let claims = self.claims.of(hit.pattern);
                hit.end == before.len()
                    && claims
                        .iter()
                        .any(|k| mentions.iter().any(|x| x.entity == k.entity as usize))
            })
        };
        let joined = name_shaped
            && start >= previous_end
            && !PREFIXES.contains(&word)
            && !PARTICLES.contains(&word.to_lowercase().as_str())
            && !named();
        joined
            && m.kind == MentionKind::Name
            && !text[m.start..m.end].contains('-')
            && self.entity(m.entity).kind != EntityType::Country
    }
}

/// Whether `word` is a title with a lower-case word hyphened to it
/// (`President-elect`, `Premier-designate`): still a title, where a
/// hyphened surname goes on in capitals (`Dlamini-Zuma`).
fn elect_title(word: &str, is_title: impl Fn(&str) -> bool) -> bool {
    word.split_once('-')
        .is_some_and(|(head, rest)| rest.starts_with(char::is_lowercase) && is_title(head))
}

#[cfg(test)]
mod tests {
    use crate::matcher::tests::{all_found, matcher_of_files};

    const GAZ: &str = "id\ttype\tname\taliases\tcountry\n\
        indonesia\tcountry\tIndonesia\t\t\n\
        bangladesh\tcountry\tBangladesh\t\t\n\
        uae\tcountry\tUnited Arab Emirates\tUAE\t\n\
        donny\tperson\tDonny Ermawan\t\tindonesia\n\
        hamid\tperson\tAbdul Hamid\t\tbangladesh\n\
        mbz\tperson\tMohamed bin Zayed Al Nahyan\tMohammed bin Zayed\tuae\n\
        gilbert\tperson\tGilbert Teodoro\t\t\n";

    /// (surface, entity id) of the people found in `text`.
    fn people(text: &str) -> Vec<(String, String)> {
        let m = matcher_of_files(&[("t.tsv", GAZ), ("titles.txt", "Minister\nJr\n")]);
        all_found(&m, text)
            .into_iter()
            .filter(|f| f.kind == crate::gazetteer::EntityType::Person)
            .map(|f| (f.surface, f.id))
            .collect()
    }

    #[test]
    fn a_listed_name_that_goes_on_is_the_person_s_fuller_name_or_another_s() {
        // The story names the person's country: the person's fuller name.
        let text = "Talks were held in Indonesia on Friday. The delegation met Donny \
            Ermawan Taufanto at the fair.";
        assert_eq!(
            people(text),
            [("Donny Ermawan Taufanto".into(), "donny".into())]
        );
        // The words are the person's own: the person, wherever the story is.
        let text = "Talks were held on Friday. The delegation met Mohammed bin Zayed Al \
            Nahyan at the palace.";
        assert_eq!(
            people(text),
            [("Mohammed bin Zayed Al Nahyan".into(), "mbz".into())]
        );
        // Neither: someone else, whom the gazetteer does not list.
        let text = "Talks were held on Friday. The delegation met Abdul Hamid al-Awak at \
            the fair.";
        let found = people(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Abdul Hamid al-Awak");
        assert!(found[0].1.starts_with("unlisted:"), "{found:?}");
    }

    #[test]
    fn a_suffix_a_title_or_a_longer_run_of_capitals_widens_no_name() {
        for (text, expected) in [
            // The suffix goes with its full stop, as before.
            (
                "The delegation met Gilbert Teodoro Jr. at the fair.",
                "Gilbert Teodoro Jr.",
            ),
            (
                "The delegation met Donny Ermawan Minister at the fair.",
                "Donny Ermawan",
            ),
            // A title with `-elect` hyphened to it is a title still.
            (
                "The board declared Donny Ermawan Minister-elect on Friday.",
                "Donny Ermawan",
            ),
            (
                "The delegation met Donny Ermawan Taufanto Sutrisno Hadi at the fair.",
                "Donny Ermawan",
            ),
            (
                "Photo: Donny Ermawan Instagram.\n\nThe talks went on.",
                "Donny Ermawan",
            ),
        ] {
            let found = people(text);
            assert_eq!(
                found.first().map(|f| f.0.as_str()),
                Some(expected),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_double_barrelled_name_s_second_half_names_no_one_else() {
        let gaz = "id\ttype\tname\taliases\tcontext_aliases\tcountry\n\
            sears\torganization\tSears\t\t\t\n\
            nicaragua\tcountry\tNicaragua\t\t\t\n\
            ortega\tperson\tDaniel Ortega\t\tOrtega\tnicaragua\n\
            murillo\tperson\tRosario Murillo\t\tMurillo\tnicaragua\n\
            nato\torganization\tNATO\t\t\t\n\
            bd\torganization\tBreaking Defense\tBreaking Defence\t\t\n";
        let m = matcher_of_files(&[("t.tsv", gaz), ("titles.txt", "Vice\n")]).with_unlisted(false);
        let ids =
            |text: &str| -> Vec<String> { all_found(&m, text).into_iter().map(|f| f.id).collect() };
        assert!(ids("Jane Earle-Sears won the vote.").is_empty());
        assert!(ids("It was a Record-Breaking Defence Export.").is_empty());
        // A prefix, or a name the story gives its entity, pairs with it.
        assert_eq!(ids("Anti-NATO protests grew."), ["nato"]);
        // Resolved there, the name pairs with it.
        assert_eq!(
            ids("Daniel Ortega and Rosario Murillo spoke. Nicaragua's Murillo-Ortega rule held."),
            ["ortega", "murillo", "nicaragua", "murillo", "ortega"]
        );
        // So does a name found there.
        assert_eq!(ids("Daniel Ortega-Sears talks ended."), ["ortega", "sears"]);
        // Not resolved before the hyphen, a name of an entity the story
        // names elsewhere pairs too: `named` in `second_half`.
        let text = "Daniel Ortega spoke. Nicaragua's Murillo-Ortega rule held. \
            The Murillo-Ortega rule held.";
        assert_eq!(
            ids(text),
            ["ortega", "nicaragua", "murillo", "ortega", "ortega"]
        );
    }
}
