//! Resolution in context: which entity each hit names, if any, given the
//! rest of the document (confirmed names, countries named, possessives,
//! headlines, first names and titles, other senses). The rules are listed
//! in the README's "Matching rules"; each mention records the one that
//! decided it (`resolved_by`).

use std::borrow::Cow;
use std::cmp::Reverse;

use super::described_orgs::company_role_after;
use super::roles::office_before_fields;
use super::unlisted::{
    LIST_JOINERS, NOT_NAMES, agency_start_after, capitalised_run_end, possessive_after,
};
use super::unlisted_orgs::{LEGAL_FORMS, is_acronym};
use super::{
    AliasClass, Candidate, Claim, Credit, CreditCue, Hit, Matcher, Mention, MentionKind,
    Resolution, next_char,
};
use crate::gazetteer::{Entity, EntityType};
use crate::normalize::{Folded, is_word_char};
use crate::segment::Segments;
use rustc_hash::FxHashMap as FastMap;
use std::ops::Range;

/// Verbs after a country's name that say it is the state (see
/// `Matcher::country_speaking`), with the space before them.
const STATES_SAY: &[&str] = &[
    " said",
    " says",
    " has said",
    " announced",
    " warned",
    " has warned",
    " accused",
    " denied",
    " condemned",
    " rejected",
    " welcomed",
    " urged",
];

impl Matcher {
    /// The entities whose names mean something else in this document: it
    /// has a clue to the other sense and names the entity no other way, by
    /// no demonym and through no person or organisation of its own (see
    /// `other_senses.txt`, [`crate::gazetteer::EntityWords`]). `Georgia` in a story that names
    /// `Atlanta` is the US state, unless the story also names `Georgian` or
    /// the Georgian Dream party.
    pub(super) fn other_senses(&self, text: &str, mentions: &[Mention]) -> Vec<u32> {
        let mut out = Vec::new();
        for sense in self.gazetteer.other_senses() {
            let e = sense.entity;
            if !mentions
                .iter()
                .any(|m| m.entity == e && m.kind == MentionKind::Name)
            {
                continue;
            }
            // A body resolved through the country itself proves nothing.
            let own = mentions.iter().any(|m| {
                (m.entity == e && m.kind == MentionKind::Demonym)
                    || (self.country_of(m.entity as u32) == Some(e as u32)
                        && m.resolved_by != Resolution::Country)
            });
            if !own && sense.words.iter().any(|clue| has_word(text, clue)) {
                out.push(e as u32);
            }
        }
        out
    }

    /// Takes the claims of `entities` from the candidates: those names
    /// mean something else here, so they neither count nor confirm
    /// anything (a country alias of the country, say), and a name that
    /// others claim too is theirs to resolve (`ICC` in a cricket story is
    /// the cricket council's, not the court's).
    pub(super) fn unclaim(candidates: &mut [Candidate], entities: &[u32]) {
        for c in candidates {
            if c.claims.iter().any(|k| entities.contains(&k.entity)) {
                let kept = c.claims.iter().filter(|k| !entities.contains(&k.entity));
                c.claims = Cow::Owned(kept.copied().collect());
            }
        }
    }

    /// The candidates of `hits`, one each, placed in the original text.
    pub(super) fn candidates(
        &self,
        text: &str,
        folded: &Folded,
        hits: &[Hit],
        segments: &Segments,
        headline: &mut HeadlineCache,
    ) -> Vec<Candidate<'_>> {
        let mut sentence = 0;
        let mut out: Vec<Candidate> = hits
            .iter()
            .map(|h| {
                let (start, end) = folded.to_original(h.start, h.end);
                sentence = segments.sentence_after(sentence, start);
                let claims = self.claims.of(h.pattern);
                let weak = self.common[h.pattern]
                    && (claims.first().is_some_and(|k| !k.exact)
                        || starts_sentence(text, segments, sentence, start)
                        || headline.get(text, segments, sentence))
                    && !self.country_owning(text, end, h.pattern)
                    && !self.country_speaking(text, end, h.pattern, claims);
                Candidate {
                    start,
                    end,
                    sentence,
                    claims: Cow::Borrowed(claims),
                    weak,
                    before_capital: self.before_capital(text, end),
                    capital_of_headline: false,
                    after_title: self.only_people_by_surname(claims)
                        && self.after_title(text, start)
                        // A surname that is also a given name is someone
                        // else's first name after a title (`Prince George`).
                        && !self.name_word_kind(&text[start..end]).given
                        // Nor is a title word after another (`Crown
                        // Prince`: Erik Prince's surname is a title too).
                        && !self.gazetteer.is_title(&text[start..end]),
                    owner: None,
                    credit: self.credit_at(text, start, end),
                    full_name: None,
                    // A word that ends a longer name (`Acme Energy CEO`)
                    // is the name's, not its own.
                    before_office: claims.iter().any(|k| k.class.is_context())
                        && company_role_after(&text[end..])
                        && capitalised_word_before(text, start).is_none(),
                    place: if claims.is_empty() {
                        self.claims.place(h.pattern)
                    } else {
                        None
                    },
                }
            })
            .collect();
        self.mark_appositions(text, &mut out);
        mark_headline_words(text, segments, headline, &mut out);
        self.mark_full_names(text, &mut out);
        self.unclaim_parts_of_other_names(text, hits, segments, headline, &mut out);
        self.unclaim_legal_forms(text, &mut out);
        self.strengthen_listed_countries(text, &mut out);
        for i in 1..out.len() {
            let gap = &text[out[i - 1].end..out[i].start];
            if is_possessive(gap) {
                out[i].owner = self.country_claimed(&out[i - 1].claims);
            } else if gap == " " {
                // `Israeli Defense Ministry`: a demonym owns the name after it
                // as a possessive does.
                out[i].owner = demonym_country(&out[i - 1].claims);
            } else if gap == " of " && out[i - 1].owner.is_none() {
                // `the Foreign Ministry of Kazakhstan`: the country after
                // `of` owns the name before it.
                out[i - 1].owner = self.country_claimed(&out[i].claims);
            }
        }
        out
    }

    /// Whether the pattern is a country's name that is no first name,
    /// right before a verb that states say things with (`Turkey has said
    /// it wants to take part`): no bird or coin says anything.
    fn country_speaking(&self, text: &str, end: usize, pattern: usize, claims: &[Claim]) -> bool {
        !self.first_name[pattern]
            && STATES_SAY.iter().any(|v| {
                text[end..]
                    .strip_prefix(v)
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
            })
            && self.country_claimed(claims).is_some()
    }

    /// A country's name that is also a word or a first name, first in its
    /// sentence, counts when another country's name follows in a list
    /// (`Jordan, Qatar and Saudi Arabia added their voices`): capitals
    /// prove nothing there, but the list says what the word is.
    fn strengthen_listed_countries(&self, text: &str, out: &mut [Candidate]) {
        for i in 0..out.len().saturating_sub(1) {
            let (c, next) = (&out[i], &out[i + 1]);
            let listed = matches!(&text[c.end..next.start], ", " | " and " | " or ");
            if c.weak && listed && !next.weak && self.names_country(c) && self.names_country(next) {
                out[i].weak = false;
            }
        }
    }

    /// A body's short name right before a name the gazetteer knows stands
    /// in apposition (`the Foreign Intelligence Service Oleh Ivashchenko`),
    /// and so does one that ends an office before its holder's given name
    /// (`Deputy Secretary of the Treasury Wally Adeyemo`): it begins no
    /// longer name, so it is not `before_capital`.
    fn mark_appositions(&self, text: &str, out: &mut [Candidate]) {
        for i in 0..out.len() {
            let c = &out[i];
            if !c.before_capital {
                continue;
            }
            let before_known = out.get(i + 1).is_some_and(|next| {
                next_to(c, next)
                    && next.claims.iter().any(|k| !k.class.is_context())
                    && self.only_bodies(&c.claims)
            });
            if before_known || self.office_before_holder(text, c.start, c.end) {
                out[i].before_capital = false;
            }
        }
    }

    /// Takes the claims from names that are part of a longer name the
    /// gazetteer does not hold, outside headlines (where every word is
    /// capitalised):
    /// - a first name before another capitalised word (`Jordan Spieth`,
    ///   see `first_names.txt`), unless another name follows (`Israel Iran
    ///   war`; a bare surname does not count: `Chad Johnson`);
    /// - a one-word name of people only, after a capitalised word that is
    ///   none of their names (`Melania Trump`, `Hunter Biden`: another of
    ///   the family);
    /// - a one-word name, not a country's, matched only by folding its
    ///   accents away, before another capitalised word (`Libération` in
    ///   `Liberation Day`);
    /// - a name that only some body's context or country alias is
    ///   (`Congress`, `Senate`), or a country's name that is also a first
    ///   name (`Jordan`), after a capitalised word that is no mention, no
    ///   title and not the first of its sentence (`Ninth Congress`,
    ///   `Indiana Senate`, `Matthew Jordan`);
    /// - a party's name of two words or more that only organisations claim
    ///   (`Democratic Party`), after such a word or a title
    ///   (`National Democratic Party`);
    /// - in headlines too, a storm's name (`Typhoon Danas`).
    fn unclaim_parts_of_other_names(
        &self,
        text: &str,
        hits: &[Hit],
        segments: &Segments,
        headline: &mut HeadlineCache,
        out: &mut [Candidate],
    ) {
        for i in 0..out.len() {
            let c = &out[i];
            let named_next = out.get(i + 1).is_some_and(|next| {
                next_to(c, next) && next.claims.iter().any(|k| !k.class.is_context())
            });
            // A place is no mention: `Indiana Senate` is still one name; nor
            // is a bare surname only people claim, whose person the story
            // may never name (`Hunter Biden`, with a `Travis Hunter` listed).
            let follows_mention = i > 0 && {
                let before = &out[i - 1];
                before.place.is_none()
                    && !self.only_people_by_surname(&before.claims)
                    && next_to(before, c)
            };
            let first_name = self.first_name[hits[i].pattern];
            let starts_name =
                (first_name && c.before_capital && !named_next && !joined_before(text, c))
                    || (c.before_capital && unaccented(text, c) && !self.names_country(c));
            let ends_name = !follows_mention
                && (self.after_given_name(text, segments, c)
                    || (self.only_bodies(&c.claims) && self.after_plain_word(text, segments, c))
                    // A country after a given name (`Matthew Jordan`), not
                    // after a word that qualifies it (`Communist China`).
                    || (first_name
                        && self.names_country(c)
                        && word_before_name(text, segments, c).is_some_and(|w| {
                            !self.gazetteer.is_title(w) && self.name_word_kind(w).given
                        }))
                    // `National` is a title too (`National Security
                    // Adviser`), and begins parties' names.
                    || (self.party_name(text, c)
                        && word_before_name(text, segments, c).is_some()));
            // A photo credit's line has only capitals too, but a name
            // before its agency is a name (`Ricardo Moraes | Reuters`).
            let credited = ends_name && self.agency_credited(text, c, &out[i + 1..]);
            let unclaimed = (starts_name || ends_name)
                && (credited || !headline.get(text, segments, c.sentence));
            let storm =
                capitalised_word_before(text, c.start).is_some_and(|(_, w)| STORMS.contains(&w));
            if unclaimed || storm {
                out[i].claims = Cow::Borrowed(&[]);
            }
        }
        self.unclaim_halves_of_hyphened_names(text, out);
    }

    /// Leaves a name only people claim that a hyphen joins to a capitalised
    /// word no candidate begins or ends (`Duduzile Zuma-Sambudla`,
    /// `Nkosazana Dlamini-Zuma`): half of someone else's double-barrelled
    /// surname. Two names joined so are both kept (`the Trump-Putin
    /// summit`), and so is a name after the Arabic article (`Al-Assad`).
    fn unclaim_halves_of_hyphened_names(&self, text: &str, out: &mut [Candidate]) {
        let capital_after = |at: usize| {
            text[at..]
                .strip_prefix('-')
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        };
        let capital_before = |at: usize| {
            let Some(head) = text[..at].strip_suffix('-') else {
                return false;
            };
            let word = head
                .char_indices()
                .rev()
                .take_while(|&(_, ch)| ch.is_alphabetic())
                .last();
            // The Arabic article is no name (`Al-Assad`, see
            // `widen_to_article`).
            word.is_some_and(|(i, _)| {
                head[i..].starts_with(char::is_uppercase) && !matches!(&head[i..], "Al" | "El")
            })
        };
        for i in 0..out.len() {
            let c = &out[i];
            if c.claims.is_empty() || !c.claims.iter().all(|k| self.is_person(k.entity as usize)) {
                continue;
            }
            let joined_after =
                capital_after(c.end) && out.get(i + 1).is_none_or(|next| next.start != c.end + 1);
            let joined_before =
                capital_before(c.start) && (i == 0 || out[i - 1].end + 1 != c.start);
            if joined_after || joined_before {
                out[i].claims = Cow::Borrowed(&[]);
            }
        }
    }

    /// Drops the claims of a country's context alias that is also a
    /// company's legal form (`SA`, South Africa's in its own news) right
    /// after a capitalised name: `CANAL+ SA` and `Nestlé SA` are firms,
    /// and the rules for organisations take the form into their names.
    fn unclaim_legal_forms(&self, text: &str, out: &mut [Candidate]) {
        for c in out.iter_mut() {
            let only_countries = !c.claims.is_empty()
                && c.claims.iter().all(|k| {
                    k.class.is_context()
                        && self.entity(k.entity as usize).kind == EntityType::Country
                });
            if only_countries
                && LEGAL_FORMS.contains(&&text[c.start..c.end])
                && after_a_name(&text[..c.start])
            {
                c.claims = Cow::Borrowed(&[]);
            }
        }
    }

    /// Whether `c` is a party's name of two words or more that only
    /// organisations claim (`Democratic Party`): a capitalised word before
    /// it makes another party's name (`National Democratic Party`,
    /// `Progressive Conservative Party`), which the gazetteer may not list.
    fn party_name(&self, text: &str, c: &Candidate) -> bool {
        text[c.start..c.end].ends_with(" Party")
            && c.claims
                .iter()
                .all(|k| self.entity(k.entity as usize).kind == EntityType::Organization)
    }

    /// Whether the common word at `pattern`, ending at `end`, is a
    /// country's name with a possessive after it (`Guinea's voters`): the
    /// bird, the coin or the pig own nothing in the news. A first name
    /// (`Chad's`, `Jordan's`) may still be a person's.
    fn country_owning(&self, text: &str, end: usize, pattern: usize) -> bool {
        let owns = possessive_after(&text[end..]).is_some();
        owns && !self.first_name[pattern] && self.country_claimed(self.claims.of(pattern)).is_some()
    }

    /// Whether a country claims `c`: a country's name before a capitalised
    /// word qualifies it (`Turkiye Foreign Ministry`).
    fn names_country(&self, c: &Candidate) -> bool {
        self.country_claimed(&c.claims).is_some()
    }

    /// The agency that `text[start..end]` names where credits stand: a
    /// name of `credits.txt` right before or after a slash (`EPA/Jane Doe`,
    /// `Sputnik/EPA`, `Jane Doe / PA`), before ` Photo)` (`(AA Photo)`), in
    /// a dateline's brackets (`Sumy, October 5 (ANI):`), or, a weaker cue,
    /// right before `reported` (`PTI reported`).
    fn credit_at(&self, text: &str, start: usize, end: usize) -> Option<Credit> {
        if self.credits.is_empty() {
            return None;
        }
        let before = text[..start].trim_end_matches(' ').ends_with('/')
            || after_agency_label(&text[..start]);
        // `(AA Photo)`, as Anadolu credits its pictures.
        let after = text[end..].trim_start_matches(' ').starts_with('/')
            || text[end..].starts_with(" Photo)");
        let cue = if before || after || self.in_dateline(text, start, end) {
            CreditCue::Credit
        } else if text[end..]
            .strip_prefix(" reported")
            .is_some_and(|rest| !rest.starts_with(is_word_char))
        {
            CreditCue::Reported
        } else {
            return None;
        };
        let agency = *self.credits.get(&text[start..end])?;
        Some(Credit { agency, cue })
    }

    /// The one organisation whose context alias `c` is, when `c` stands
    /// before a company's office and nothing claims it plainly: people have
    /// no CEOs and no analysts.
    fn org_before_office<'c>(&self, c: &'c Candidate) -> Option<&'c Claim> {
        if !c.before_office || c.claims.iter().any(|k| !k.class.is_context()) {
            return None;
        }
        let org = |k: &&Claim| self.entity(k.entity as usize).kind == EntityType::Organization;
        only(c.claims.iter().filter(org))
    }

    /// Whether only organisations claim a name, and only by context or
    /// country aliases.
    fn only_bodies(&self, claims: &[Claim]) -> bool {
        !claims.is_empty()
            && claims.iter().all(|k| {
                k.class.is_context()
                    && self.entity(k.entity as usize).kind == EntityType::Organization
            })
    }

    /// Whether only people claim a name, and only by context aliases (a
    /// bare surname).
    pub(super) fn only_people_by_surname(&self, claims: &[Claim]) -> bool {
        !claims.is_empty()
            && claims
                .iter()
                .all(|k| k.class == AliasClass::Context && self.is_person(k.entity as usize))
    }

    /// Whether a title word (`titles.txt`) ends a single space before `start`.
    fn after_title(&self, text: &str, start: usize) -> bool {
        capitalised_word_before(text, start).is_some_and(|(_, w)| self.gazetteer.is_title(w))
    }

    /// Whether `c` comes right after a capitalised word (two letters or
    /// more, not all capitals) that is neither a title, a word that begins
    /// no name (`The Trump Declaration`: a title's capitals) nor the first
    /// of its sentence.
    fn after_plain_word(&self, text: &str, segments: &Segments, c: &Candidate) -> bool {
        word_before_name(text, segments, c).is_some_and(|word| !self.gazetteer.is_title(word))
    }

    /// Whether only a credit's bar or slash (and the words credits put
    /// before an agency, `Pool/`) stands between `c` and one of the
    /// candidates `after` it that an organisation claims (`Ricardo Moraes |
    /// Reuters`, `Jane Doe/AFP`, `Jane Doe/Pool/Reuters`). A credit word
    /// may be a candidate itself, so the agency need not be the next one.
    fn agency_credited(&self, text: &str, c: &Candidate, after: &[Candidate]) -> bool {
        let Some(at) = agency_start_after(text, c.end) else {
            return false;
        };
        let organisation = |k: &Claim| {
            k.class == AliasClass::Plain
                && self.entity(k.entity as usize).kind == EntityType::Organization
        };
        after
            .iter()
            .take_while(|next| next.start <= at)
            .any(|next| next.start == at && next.claims.iter().any(organisation))
    }

    /// Whether `c`, a one-word name that only people claim (or a bare
    /// surname some firm shares as a short name: `Gerald Ford` is neither
    /// Harrison Ford nor the carmaker), follows a capitalised word that is
    /// no title (`titles.txt`), no initial, no acronym and not the first of
    /// its sentence, while none of the capitalised words right before it
    /// is part of a claimant's names or a spelling of one (`Sergei` for
    /// `Sergey`: the same first three letters).
    fn after_given_name(&self, text: &str, segments: &Segments, c: &Candidate) -> bool {
        let one_word = !text[c.start..c.end].contains(' ');
        let person = |k: &Claim| self.is_person(k.entity as usize);
        let people = !c.claims.is_empty()
            && (c.claims.iter().all(person)
                || (c.claims.iter().any(person) && c.claims.iter().all(|k| k.class.is_context())));
        if !one_word || !people {
            return false;
        }
        // The nearest word first: most names follow none, or a title. A
        // sentence's first word counts when it is a given name and no
        // ordinary word (`Michael Kast, his father,`).
        if !self.after_plain_word(text, segments, c) && !self.after_given_name_first(text, c) {
            return false;
        }
        let words = capitalised_before(text, c.start);
        !c.claims.iter().any(|k| {
            let names = self.entity(k.entity as usize).all_names();
            names
                .flat_map(|n| n.split(' '))
                .any(|token| words.clone().any(|(_, w)| same_name(w, token)))
        })
    }

    /// Whether the capitalised word right before `c` is a given name
    /// (`given_names.txt`) that is no ordinary word and no title, wherever
    /// it stands in its sentence.
    fn after_given_name_first(&self, text: &str, c: &Candidate) -> bool {
        capitalised_word_before(text, c.start).is_some_and(|(_, word)| {
            self.name_word_kind(word).given
                && !self.gazetteer.is_common_word(word)
                && !self.gazetteer.is_title(word)
        })
    }

    /// The one organisation whose context alias `c` is, when `of` and a
    /// body the document names plainly follow it (or follow the bracket
    /// that holds `c`) and that body's name is in the organisation's (`the
    /// Peace and Security Council of the African Union`, the `African Union
    /// Peace and Security Council`): the parent names its organ in full.
    fn organ_of_parent(&self, text: &str, c: &Candidate, next: &Candidate) -> Option<u32> {
        let mut between = &text[c.end..next.start];
        // An acronym in brackets after the organ's name stands for it
        // there (`the Peace and Security Council (PSC) of the African
        // Union`).
        if text[..c.start].ends_with('(') {
            between = between.strip_prefix(')').unwrap_or(between);
        }
        if !matches!(between, " of the " | " of ") || next.weak {
            return None;
        }
        let organisation = |e: u32| self.entity(e as usize).kind == EntityType::Organization;
        let parent = next
            .claims
            .iter()
            .find(|k| k.class == AliasClass::Plain && organisation(k.entity))?;
        let parent = self.entity(parent.entity as usize).name.as_str();
        let organs = c.claims.iter().filter(|k| {
            k.class.is_context()
                && organisation(k.entity)
                && self.entity(k.entity as usize).name.contains(parent)
        });
        only(organs).map(|k| k.entity)
    }

    /// Whether `text[start..end]` ends an office held in a body, `<title>
    /// of the <body>`, right before its holder's given name (`Deputy
    /// Secretary of the Treasury Wally Adeyemo`): the body's name goes no
    /// further.
    fn office_before_holder(&self, text: &str, start: usize, end: usize) -> bool {
        let Some(office) = text[..start].strip_suffix(" of the ") else {
            return false;
        };
        let title = office.rsplit(' ').next().unwrap_or(office);
        let holder = text[end..].trim_start_matches(' ');
        let given = holder
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        self.gazetteer.is_title(title) && self.name_word_kind(given).given
    }

    /// Whether a space and a capitalised word follow `end`, other than a
    /// title word (`titles.txt`): a plural for members of a body (`Senate
    /// Republicans`), an office (`PPP Chairman Bilawal`), a day or a month
    /// is not the rest of a name, though capitalised.
    fn before_capital(&self, text: &str, end: usize) -> bool {
        let Some(rest) = text[end..].strip_prefix(' ') else {
            return false;
        };
        let word = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        word.starts_with(char::is_uppercase) && !self.gazetteer.is_title(word)
    }

    /// The country entity among `claims`, if any.
    fn country_claimed(&self, claims: &[Claim]) -> Option<u32> {
        claims
            .iter()
            .find(|k| {
                k.class == AliasClass::Plain
                    && self.entity(k.entity as usize).kind == EntityType::Country
            })
            .map(|k| k.entity)
    }

    /// The hits again, with those inside each dropped common word or name
    /// of several words in its place, or none when there are none. A common
    /// word dropped at the start of a sentence may hide a name that begins
    /// inside it: in `The Atlantic Council said`, `The Atlantic` (the
    /// magazine) is the leftmost-longest hit, and `Atlantic Council` only
    /// begins inside it; so may an unconfirmed context alias (`The
    /// National`, the paper, before `National Rally`).
    pub(super) fn look_inside_dropped(
        &self,
        folded: &str,
        hits: &[Hit],
        candidates: &[Candidate],
        mentions: &[Mention],
    ) -> Option<Vec<Hit>> {
        // A place is no mention, but the name of a place: nothing hides
        // inside it (`Jersey` in `New Jersey`).
        let kept = |c: &Candidate| {
            c.place.is_some() || mentions.binary_search_by_key(&c.start, |m| m.start).is_ok()
        };
        let mut out = Vec::with_capacity(hits.len());
        let mut covered = 0;
        let mut changed = false;
        for (hit, candidate) in hits.iter().zip(candidates) {
            if hit.start < covered {
                continue;
            }
            // One word that was no mention hides no word start; a name of
            // several words may (`The National`, an unconfirmed paper's
            // country alias, in `The National Rally motion`).
            let several = || folded[hit.start..hit.end].contains(' ');
            let inner = if (candidate.weak || several()) && !kept(candidate) {
                self.entity_hits(folded, next_char(folded, hit.start), hit.end)
            } else {
                Vec::new()
            };
            if inner.is_empty() {
                out.push(*hit);
                covered = hit.end;
            } else {
                covered = inner.last().map_or(hit.end, |h| h.end);
                out.extend(inner);
                changed = true;
            }
        }
        changed.then_some(out)
    }

    /// The countries a document names, itself, through an organisation of
    /// theirs (`Elections Canada`, `Kremlin`) or through a place in them
    /// (`New Jersey`, `Ottawa`): a story that names the `US Senate` is
    /// about the United States too. People do not count, they travel,
    /// unless nothing else names a country: a story of Australia's election
    /// may name Albanese and Dutton and never Australia.
    fn countries_named(
        &self,
        text: &str,
        candidates: &[Candidate],
        confirmed: &FastMap<u32, Vec<usize>>,
    ) -> FastMap<u32, Vec<usize>> {
        let mut named = self.countries_named_by_others(text, candidates, confirmed);
        if named.is_empty() {
            for c in candidates.iter().filter(|c| !c.weak) {
                if let Some(k) = self.country_named_plainly(c, EntityType::Person) {
                    named.entry(k).or_default().push(c.start);
                }
            }
        }
        named
    }

    /// The country of the one entity of type `kind` that `c` names, by
    /// its name or a plain alias, and no other entity.
    fn country_named_plainly(&self, c: &Candidate, kind: EntityType) -> Option<u32> {
        let [claim] = &*c.claims else {
            return None;
        };
        let plain = claim.class == AliasClass::Plain;
        (plain && self.entity(claim.entity as usize).kind == kind)
            .then(|| self.country_of(claim.entity))
            .flatten()
    }

    /// The countries a document names other than by its people.
    fn countries_named_by_others(
        &self,
        text: &str,
        candidates: &[Candidate],
        confirmed: &FastMap<u32, Vec<usize>>,
    ) -> FastMap<u32, Vec<usize>> {
        let mut named: FastMap<u32, Vec<usize>> = FastMap::default();
        // A union its bodies belong to counts as their country does
        // (`EU`: its `Commission`).
        for (&e, at) in confirmed {
            if self.gazetteer.is_home(e as usize) {
                named.entry(e).or_default().extend(at);
            }
        }
        // Only an organisation named unambiguously: `Democratic Party` in a
        // story about Korea does not name the United States.
        for c in candidates.iter().filter(|c| !c.weak) {
            if let Some(k) = self.country_named_plainly(c, EntityType::Organization) {
                named.entry(k).or_default().push(c.start);
            }
            // A place names its country's story too (`Ottawa`), but not
            // as the last word of a name (`the lawyer Israelito Torreon`).
            let in_a_name = || {
                capitalised_word_before(text, c.start)
                    .is_some_and(|(_, word)| !NOT_NAMES.contains(&word))
            };
            if let Some(k) = c.place
                && !in_a_name()
            {
                named.entry(k).or_default().push(c.start);
            }
        }
        named
    }

    pub(super) fn resolve(
        &self,
        text: &str,
        candidates: &[Candidate],
        segments: &Segments,
    ) -> Vec<Mention> {
        // Entities the document names plainly, in a strong position.
        let mut confirmed: FastMap<u32, Vec<usize>> = FastMap::default();
        for c in candidates.iter().filter(|c| !c.weak) {
            for claim in c.claims.iter().filter(|k| !k.class.is_context()) {
                confirmed.entry(claim.entity).or_default().push(c.start);
            }
            if let Some(person) = c.full_name {
                confirmed.entry(person).or_default().push(c.start);
            }
            // `Bernstein analyst` names the firm as plainly as its full
            // name would, for its other mentions too.
            if let Some(org) = self.org_before_office(c) {
                confirmed.entry(org.entity).or_default().push(c.start);
            }
        }
        for pair in candidates.windows(2) {
            if let Some(organ) = self.organ_of_parent(text, &pair[0], &pair[1]) {
                confirmed.entry(organ).or_default().push(pair[0].start);
            }
        }
        let countries = self.countries_named(text, candidates, &confirmed);
        // Clubs, teams and leagues say what sport a story is about; a
        // player named in passing (a former cricketer in politics) does not.
        let sports_story = confirmed
            .keys()
            .filter(|&&e| !self.is_person(e as usize))
            .fold(0, |mask, &e| mask | self.sports[e as usize]);
        let banking_story = confirmed
            .keys()
            .filter(|&&e| self.banks[e as usize])
            .count()
            >= 2;
        let mut named = Named {
            text,
            sports_story,
            banking_story,
            confirmed,
            titled: FastMap::default(),
            by_compound_surname: FastMap::default(),
            shared_surnames: Vec::new(),
            countries,
            country_of: self.gazetteer.countries(),
            segments,
            matcher: self,
        };
        named.titled = named.titled_surnames(candidates);
        named.by_compound_surname = named.compound_surnames(candidates);
        named.shared_surnames = named.shared_surnames(candidates);
        let mut chosen: Vec<_> = candidates.iter().map(|c| named.choose(c)).collect();
        for i in 0..candidates.len() {
            if chosen[i].is_none()
                && let Some(org) = named.listed_with_organizations(candidates, &chosen, i)
            {
                chosen[i] = Some((*org, Resolution::ListedWithOrganizations));
            }
        }
        named.shorten_country_named_orgs(candidates, &mut chosen);
        candidates
            .iter()
            .zip(chosen)
            .filter_map(|(c, chosen)| {
                let (claim, how) = chosen?;
                let kind = if claim.class == AliasClass::Demonym {
                    MentionKind::Demonym
                } else {
                    MentionKind::Name
                };
                Some(Mention {
                    start: c.start,
                    end: c.end,
                    entity: claim.entity as usize,
                    kind,
                    sentence: c.sentence,
                    paragraph: segments
                        .sentences
                        .get(c.sentence)
                        .map_or(0, |s| s.paragraph),
                    resolved_by: how,
                })
            })
            .collect()
    }
}

/// What a document names, by which each of its candidates is resolved:
/// the entities it names plainly (and where), the countries it names
/// itself or through their bodies, and each entity's country.
struct Named<'g> {
    text: &'g str,
    /// The sports of the clubs, teams and leagues it names plainly.
    sports_story: u32,
    /// Whether it names two banks or more plainly.
    banking_story: bool,
    confirmed: FastMap<u32, Vec<usize>>,
    /// The people named by a bare surname after a title in a story about
    /// their country (see [`Named::titled_surnames`]), and where.
    titled: FastMap<u32, Vec<usize>>,
    /// How often a person named in full is named again by a surname of two
    /// words that no one else claims (see [`Named::compound_surnames`]).
    by_compound_surname: FastMap<u32, usize>,
    /// Where a surname that two people named in full share stands alone,
    /// and whose it may be (see [`Named::had_the_surname_first`]).
    shared_surnames: Vec<(usize, Vec<u32>)>,
    countries: FastMap<u32, Vec<usize>>,
    country_of: &'g [Option<u32>],
    segments: &'g Segments,
    matcher: &'g Matcher,
}

impl Named<'_> {
    /// Picks the entity a candidate denotes, or none. A context alias (a bare
    /// surname) right before another capitalised word is left alone: that is
    /// someone else's name, or a company's.
    fn choose(&self, c: &Candidate) -> Option<(Claim, Resolution)> {
        if self.field_of_a_ministry(c) || self.member_s_title(c) {
            return None;
        }
        let country_of = self.country_of;
        if let Some(claim) = self.credited(c) {
            return Some((*claim, Resolution::Credit));
        }
        if let Some(owned) = owned(c, country_of) {
            let how = match owned.class {
                AliasClass::Plain => Resolution::Alias,
                _ => Resolution::Country,
            };
            return Some((*owned, how));
        }
        // After a country's possessive or demonym, a context or country alias
        // names that country's body or person (two of them are resolved as
        // usual: `Libya's Haftar`), never another country's
        // (`Chile's Senate` in a story that also names Argentina, `Turkey's
        // Constitutional Court` in one that names Thailand).
        if let Some(owner) = c.owner
            && c.claims
                .iter()
                .all(|k| k.class.is_context() && country_of[k.entity as usize] != Some(owner))
        {
            return None;
        }
        if let Some(org) = self.matcher.org_before_office(c)
            && c.claims
                .iter()
                .all(|k| k.entity == org.entity || !self.confirmed.contains_key(&k.entity))
        {
            return Some((*org, Resolution::BeforeOffice));
        }
        let mut contextual: Vec<&Claim> = c
            .claims
            .iter()
            .filter(|k| {
                let capital =
                    c.before_capital && !(c.capital_of_headline && k.class == AliasClass::Context);
                k.class.is_context() && !capital && self.confirmed.contains_key(&k.entity)
            })
            .collect();
        // A surname the document gives a person it names in full is that
        // person's, whatever else it names (`Haluk Bayraktar … Bayraktar
        // said` beside the maker of the Bayraktar drones): news calls people
        // by their surnames, and firms by their names.
        if contextual.iter().any(|k| self.is_person(k.entity)) {
            contextual.retain(|k| self.is_person(k.entity));
            if let Some(person) = self.most_named(&contextual, c.start) {
                return Some((*person, Resolution::MostNamed));
            }
        }
        if let Some(best) = self.nearest(&contextual, c.start) {
            let how = if contextual.len() == 1 {
                Resolution::Context
            } else {
                Resolution::Nearest
            };
            return Some((*best, how));
        }
        if let Some(person) = self.titled_elsewhere(c) {
            return Some((*person, Resolution::Context));
        }
        if let Some(claim) = self.sports_story_claimant(c) {
            return Some((*claim, Resolution::SportsStory));
        }
        if let Some(claim) = self.bank(c) {
            return Some((*claim, Resolution::BankingStory));
        }
        let Some(plain) = c.claims.iter().find(|k| !k.class.is_context()) else {
            // A common word where capitals prove nothing (`Dawn raids began`)
            // is not made a name by its country alone.
            if c.weak {
                return None;
            }
            if let Some(country) = self.by_country(c, None) {
                return Some((*country, Resolution::Country));
            }
            return self.office_holder(c).map(|k| (*k, Resolution::Office));
        };
        let how = match plain.class {
            AliasClass::Demonym => Resolution::Demonym,
            _ => Resolution::Alias,
        };
        if !c.weak {
            return match self.by_country(c, Some(plain)) {
                Some(other) => Some((*other, Resolution::Country)),
                None => Some((*plain, how)),
            };
        }
        let elsewhere = self
            .confirmed
            .get(&plain.entity)
            .is_some_and(|at| at.iter().any(|&p| p != c.start));
        elsewhere.then_some((*plain, Resolution::Confirmed))
    }

    /// The news agency that a credit names by `c` (`credits.txt`). Before
    /// `reported` (`PTI reported`, `AA reported`) parties and agencies of
    /// other trades do not report, unless the story names the other one in
    /// full (a US story on the Environmental Protection Agency: `EPA
    /// reported`).
    fn credited<'c>(&self, c: &'c Candidate) -> Option<&'c Claim> {
        let credit = c.credit?;
        let claim = c.claims.iter().find(|k| k.entity == credit.agency)?;
        let other_named = || {
            c.claims
                .iter()
                .any(|k| k.entity != credit.agency && self.confirmed.contains_key(&k.entity))
        };
        match credit.cue {
            CreditCue::Credit => Some(claim),
            CreditCue::Reported => (!other_named()).then_some(claim),
        }
    }

    /// Whether `c` is a body's short name that only its country or the
    /// story names (a context or country alias) ending a member's title,
    /// with no article (`Member of Parliament for the Northern
    /// Grenadines`): the title names no body more than `MP` does, unlike
    /// a group's members (`Members of the SDF are to join`).
    fn member_s_title(&self, c: &Candidate) -> bool {
        let before = &self.text[..c.start];
        let member = ["Member of ", "Members of "]
            .iter()
            .any(|t| before.ends_with(t));
        member && self.matcher.only_bodies(&c.claims)
    }

    /// Whether `c` is one word that only organisations claim, right before
    /// `ministry` in lower case: the ministry's field (`Labour ministry
    /// summons TCS`), not the party that has the word for its name.
    /// So is such a word, no acronym, that ends the list of fields
    /// of an office or a ministry (`Minister of Social Affairs and
    /// Labour`), where `NATO` would be a body of its own, and so would a
    /// word in the possessive.
    fn field_of_a_ministry(&self, c: &Candidate) -> bool {
        let organisation =
            |k: &Claim| self.matcher.entity(k.entity as usize).kind == EntityType::Organization;
        let before = &self.text[..c.start];
        // Cheap tests first: this runs for every candidate.
        let ministry = self.text[c.end..].starts_with(" ministry");
        let listed = before.ends_with("and ") || before.ends_with(", ");
        if !ministry && !listed {
            return false;
        }
        let word = &self.text[c.start..c.end];
        if word.contains(' ') || !c.claims.iter().all(organisation) {
            return false;
        }
        // A field owns nothing: `and Sumar's spokesperson` names the party.
        let owns = possessive_after(&self.text[c.end..]).is_some();
        ministry || (!is_acronym(word) && !owns && ends_list_of_fields(before))
    }

    /// The people a bare surname names right after a title in a story that
    /// names their country (`Prime Minister Carney` about Canada, resolved
    /// by [`Named::by_country`]): as plain a naming as the full name, for
    /// the surname's other mentions (`Carney will head…`).
    fn titled_surnames(&self, candidates: &[Candidate]) -> FastMap<u32, Vec<usize>> {
        let mut out: FastMap<u32, Vec<usize>> = FastMap::default();
        for c in candidates.iter().filter(|c| !c.weak) {
            let by_country = c.after_title.then(|| self.by_country(c, None)).flatten();
            if let Some(person) = by_country.or_else(|| self.office_holder(c)) {
                out.entry(person.entity).or_default().push(c.start);
            }
        }
        out
    }

    /// The one person of the bare surname `c`, right after a title, whom
    /// the gazetteer describes as holding that office (`President Abbas`,
    /// `Prime Minister Luxon`): news gives a leader's title and surname
    /// without the country when the reader knows it. So it does before
    /// the word for a leader's government (`the Albanese government`, `the
    /// Duterte administration`): the one claimant described as a head of
    /// state or government (Rodrigo Duterte, not the vice-president Sara;
    /// of two, the later: Bashar, not Hafez, for `the Assad regime`).
    /// A peer's title counts as the office of the one styled so (`Lord
    /// Robertson`, listed as `Lord Robertson of Port Ellen`).
    fn office_holder<'c>(&self, c: &'c Candidate) -> Option<&'c Claim> {
        // Unlike `after_title`, a surname that is also a given name counts
        // (`President Abbas`): the office decides, not the word.
        if c.before_capital
            || !self.matcher.only_people_by_surname(&c.claims)
            || self.matcher.gazetteer.is_title(&self.text[c.start..c.end])
        {
            return None;
        }
        let title;
        let offices: &[&str] = match self.title_before(c.start) {
            Some(found) => {
                title = [found];
                &title
            }
            None if GOVERNMENTS
                .iter()
                .any(|g| self.text[c.end..].starts_with(g)) =>
            {
                HEADS_OF_GOVERNMENT
            }
            None => return self.serving_leader(c),
        };
        if self.named_with_other_first_word(c) {
            return None;
        }
        let surname = &self.text[c.start..c.end];
        let holds = |e: &Entity| {
            offices
                .iter()
                .any(|office| e.holds_office(office) || e.is_styled(office, surname))
        };
        let holders: Vec<&Claim> = c
            .claims
            .iter()
            .filter(|k| k.class.is_context() && holds(self.matcher.entity(k.entity as usize)))
            .collect();
        match holders[..] {
            [] => None,
            [one] => Some(one),
            _ => self.latest_holder(&holders),
        }
    }

    /// Of several holders of one office, the one who held it last, as the
    /// descriptions' years say (`the Assad regime` is Bashar's, 2000–2024,
    /// not Hafez's, 1971–2000): news of today names today's holder so. The
    /// one holder still in office wins whatever the others' descriptions
    /// say (`the Marcos administration`: the son, `(2022–)`, not the
    /// father, whose description gives no term). None when two end in the
    /// same year, or one gives no year and none is still in office.
    fn latest_holder<'c>(&self, holders: &[&'c Claim]) -> Option<&'c Claim> {
        let until = |k: &Claim| self.matcher.entity(k.entity as usize).office_until();
        let mut serving = holders.iter().filter(|k| until(k) == Some(u32::MAX));
        if let (Some(one), None) = (serving.next(), serving.next()) {
            return Some(one);
        }
        let mut ends: Vec<(u32, &Claim)> = holders
            .iter()
            .map(|k| until(k).map(|y| (y, *k)))
            .collect::<Option<_>>()?;
        ends.sort_by_key(|(y, _)| std::cmp::Reverse(*y));
        (ends[0].0 > ends[1].0).then_some(ends[0].1)
    }

    /// The one claimant of the bare surname `c` who leads, now, a country
    /// the document names (`Albanese` in a live blog of Australia's
    /// election that never gives his full name): news calls a sitting
    /// leader by the surname alone where the reader knows the country. Not
    /// where the surname follows another first word, here or elsewhere.
    fn serving_leader<'c>(&self, c: &'c Candidate) -> Option<&'c Claim> {
        let leads = |k: &&Claim| {
            let e = self.matcher.entity(k.entity as usize);
            let country = self.country_of[k.entity as usize];
            k.class.is_context()
                && country.is_some_and(|home| self.countries.contains_key(&home))
                && e.office_until() == Some(u32::MAX)
                && HEADS_OF_GOVERNMENT.iter().any(|o| e.holds_office(o))
        };
        let leader = only(c.claims.iter().filter(leads))?;
        let first_word_before = capitalised_word_before(self.text, c.start)
            .is_some_and(|(_, w)| !self.matcher.gazetteer.is_title(w));
        let other_name = first_word_before
            || self.named_with_other_first_word(c)
            || self.named_before_other_word(c);
        (!other_name).then_some(leader)
    }

    /// Whether the document gives the surname of `c` elsewhere before a
    /// capitalised word, as names that put the family name first do (`Kim
    /// Moon-soo`): someone else of that family name.
    fn named_before_other_word(&self, c: &Candidate) -> bool {
        self.surname_elsewhere(c).any(|at| {
            let after = &self.text[at + c.end - c.start..];
            after
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        })
    }

    /// Where the surname of `c` stands elsewhere in the document.
    fn surname_elsewhere<'a>(&'a self, c: &Candidate) -> impl Iterator<Item = usize> + 'a {
        let (start, surname) = (c.start, &self.text[c.start..c.end]);
        memchr::memmem::find_iter(self.text.as_bytes(), surname.as_bytes())
            .filter(move |&at| at != start)
    }

    /// Whether the document gives the surname of `c` elsewhere after a
    /// capitalised word that is no title (`Makoto Uchida`, the Nissan
    /// chief, before `President Uchida`): a person the gazetteer does not
    /// list, whom the title names as well.
    fn named_with_other_first_word(&self, c: &Candidate) -> bool {
        self.surname_elsewhere(c)
            .filter_map(|at| capitalised_word_before(self.text, at))
            .any(|(_, word)| !self.matcher.gazetteer.is_title(word))
    }

    /// The title words (`titles.txt`) right before `start`, at most three
    /// (`Prime Minister` before `Luxon`).
    fn title_before(&self, start: usize) -> Option<&str> {
        let is_title = |&(_, w): &(usize, &str)| self.matcher.gazetteer.is_title(w);
        let (from, _) = capitalised_before(self.text, start)
            .take_while(is_title)
            .last()?;
        Some(self.text[from..start].trim_end())
    }

    /// The one claimant of the bare surname `c` that a title names
    /// elsewhere in the document (see [`Named::titled_surnames`]).
    fn titled_elsewhere<'c>(&self, c: &'c Candidate) -> Option<&'c Claim> {
        if c.before_capital || self.titled.is_empty() {
            return None;
        }
        let mut titled = c.claims.iter().filter(|k| {
            k.class.is_context()
                && self
                    .titled
                    .get(&k.entity)
                    .is_some_and(|at| at.iter().any(|&p| p != c.start))
        });
        let first = titled.next()?;
        titled.next().is_none().then_some(first)
    }

    /// The context claimant whose country the document names, nearest to the
    /// name when it names several, when it does not name the plain
    /// claimant's: a name that is one entity's and a context alias of another
    /// goes to the other in a story about its country (`Labour` in a story
    /// about Norway, or about Ireland and then Norway). Without a plain
    /// claimant, only country aliases (`Congress`) count, and bare surnames
    /// right after a title word.
    fn by_country<'c>(&self, c: &'c Candidate, plain: Option<&Claim>) -> Option<&'c Claim> {
        let (countries, country_of) = (&self.countries, self.country_of);
        // Named by another mention: the candidate's own claims prove nothing.
        let named_where = |entity: u32, fits: &dyn Fn(usize) -> bool| {
            let at = country_of[entity as usize].and_then(|k| countries.get(&k));
            at.is_some_and(|at| at.iter().any(|&p| p != c.start && fits(p)))
        };
        let named = |entity: u32| named_where(entity, &|_| true);
        if c.before_capital {
            return None;
        }
        // Without a plain claimant, a bare surname counts too right after a
        // title word (`German Defense Minister Pistorius`).
        let class: fn(AliasClass) -> bool = match plain {
            Some(_) => AliasClass::is_context,
            None if c.after_title => AliasClass::is_context,
            None => |class| class == AliasClass::Country,
        };
        // The claimants first: most names have none but the plain one, and then
        // no country is looked up.
        let others = c
            .claims
            .iter()
            .filter(|k| class(k.class) && named(k.entity));
        let other = self.nearest_by_country(c.start, others)?;
        // A plain claimant without a country (a country itself: `Montenegro`,
        // also a Portuguese prime minister's surname) is never overridden;
        // one whose country is named stays, unless only the other's is
        // named in the candidate's sentence (`In South Korea, the
        // Democrats…` in a story that names a US firm later).
        let in_sentence =
            |entity: u32| named_where(entity, &|p| self.segments.sentence_at(p) == c.sentence);
        let stays = |p: &Claim| {
            country_of[p.entity as usize].is_none()
                || (named(p.entity) && (in_sentence(p.entity) || !in_sentence(other.entity)))
        };
        (!plain.is_some_and(stays)).then_some(other)
    }

    /// Of bodies of several countries the document names (`Senate` in a story
    /// about Pakistan and the United States), the one whose country is named
    /// nearest to `at`, a mention before it first; none when two are as near.
    fn nearest_by_country<'c>(
        &self,
        at: usize,
        mut claims: impl Iterator<Item = &'c Claim>,
    ) -> Option<&'c Claim> {
        let (countries, country_of) = (&self.countries, self.country_of);
        let how_near = |k: &Claim| {
            let named = country_of[k.entity as usize].and_then(|country| countries.get(&country));
            named
                .into_iter()
                .flatten()
                .filter(|&&p| p != at)
                .map(|&p| distance(p, at))
                .min()
        };
        let first = claims.next()?;
        let mut best = (how_near(first), Some(first));
        for k in claims {
            let d = how_near(k);
            if d < best.0 {
                best = (d, Some(k));
            } else if d == best.0 {
                best.1 = None;
            }
        }
        best.1
    }

    /// Of two people or more who share a surname, the one the document
    /// names in full most often (`Joseph Aoun` three times, `former
    /// President Michel Aoun` once, then `Aoun won`): a story's subject is
    /// named again and again. On a tie, one named only as someone's
    /// relative (`his son, Nicolás Petro`; `whose father is Junichiro
    /// Koizumi`; `Nicolas Petro, his eldest son`) gives way: a relative is
    /// named in passing, often right before the subject's surname returns.
    /// Then the one the surname named alone before the other was named in
    /// full keeps it. Then the nearest wins (`Boris Johnson … Mike Johnson
    /// … Johnson`). Only people named before the surname count, when any
    /// is.
    fn most_named<'a>(&self, people: &[&'a Claim], at: usize) -> Option<&'a Claim> {
        if people.len() < 2 {
            return None;
        }
        let rank = |k: &&&Claim| {
            let named = &self.confirmed[&k.entity];
            let again = self.by_compound_surname.get(&k.entity).copied();
            let relative = named
                .iter()
                .all(|&p| after_kinship_word(self.text, p) || kinship_after(self.text, p));
            let nearest = named.iter().map(|&p| distance(p, at)).min();
            let times = named.len() + again.unwrap_or(0);
            let first = self.had_the_surname_first(k.entity, people, at);
            (Reverse(times), relative, !first, nearest, k.entity)
        };
        // A surname names someone already named, if anyone is: one the
        // story names only further on is no one it means yet (`Marcos
        // loyalists` after `President Ferdinand Marcos Jr.`, before `Imee
        // Marcos`).
        let named_before = |k: &&&Claim| self.confirmed[&k.entity].iter().any(|&p| p < at);
        people
            .iter()
            .filter(named_before)
            .min_by_key(rank)
            .or_else(|| people.iter().min_by_key(rank))
            .copied()
    }

    /// People the document names in full and then by both their surnames
    /// (`Gustavo Francisco Petro Urrego … Petro Urrego`), and how often: such
    /// a surname names them as plainly as their full name, for
    /// [`Named::most_named`] (`Petro` is the president, not his son named
    /// once in full).
    fn compound_surnames(&self, candidates: &[Candidate]) -> FastMap<u32, usize> {
        let mut times: FastMap<u32, usize> = FastMap::default();
        for c in candidates.iter().filter(|c| !c.weak) {
            if let [k] = &c.claims[..]
                && k.class.is_context()
                && self.confirmed.contains_key(&k.entity)
                && self.text[c.start..c.end].contains(' ')
            {
                *times.entry(k.entity).or_default() += 1;
            }
        }
        times
    }

    /// Where a bare surname stands that two people or more the document
    /// names in full may own, and who they are, for
    /// [`Named::had_the_surname_first`].
    fn shared_surnames(&self, candidates: &[Candidate]) -> Vec<(usize, Vec<u32>)> {
        candidates
            .iter()
            .filter(|c| !c.weak && c.full_name.is_none())
            .filter_map(|c| {
                let people: Vec<u32> = c
                    .claims
                    .iter()
                    .filter(|k| k.class.is_context() && self.is_person(k.entity))
                    .filter(|k| self.confirmed.contains_key(&k.entity))
                    .map(|k| k.entity)
                    .collect();
                (people.len() >= 2).then_some((c.start, people))
            })
            .collect()
    }

    /// Whether the document called `person` by the surname alone after
    /// naming them in full and before naming any other of `people` in full
    /// (`Khalifa Haftar … at Haftar's headquarters … his deputy, General
    /// Saddam Haftar … Haftar's media office`): the story gave the surname
    /// to them first, and a namesake named later does not take it, but in
    /// the sentence that names the namesake (`Speaker Mike Johnson
    /// disagreed, and Johnson called a vote`).
    fn had_the_surname_first(&self, person: u32, people: &[&Claim], at: usize) -> bool {
        let first_named = |e: u32| self.confirmed[&e].iter().min().copied();
        let Some(from) = first_named(person) else {
            return false;
        };
        let sentence = self.segments.sentence_at(at);
        let namesake_here = people.iter().filter(|k| k.entity != person).any(|k| {
            self.confirmed[&k.entity]
                .iter()
                .any(|&p| p < at && self.segments.sentence_at(p) == sentence)
        });
        if namesake_here {
            return false;
        }
        let until = people
            .iter()
            .filter(|k| k.entity != person)
            .filter_map(|k| first_named(k.entity))
            .min()
            .unwrap_or(usize::MAX);
        self.shared_surnames.iter().any(|(start, owners)| {
            (from..until.min(at)).contains(start)
                && people.iter().all(|k| owners.contains(&k.entity))
        })
    }

    /// The claim whose confirming mention is nearest to `at`, preferring one
    /// before it (a surname usually follows the full name).
    fn nearest<'a>(&self, claims: &[&'a Claim], at: usize) -> Option<&'a Claim> {
        let distance = |claim: &Claim| {
            self.confirmed[&claim.entity]
                .iter()
                .map(|&p| distance(p, at))
                .min()
                .unwrap_or(usize::MAX)
        };
        claims
            .iter()
            .min_by_key(|k| (distance(k), k.entity))
            .copied()
    }

    /// In a sports story, the one club, team, league or player of its sport
    /// among the claimants of a bare name (`Liverpool`: the club, not the
    /// Mexican department store; `Norris` in a Formula 1 story: the driver,
    /// not the minister). A club only when no person claims the name
    /// (`Chelsea` but not `Chelsea Clinton`) and `in` does not come before
    /// it (`the race in Barcelona`).
    fn sports_story_claimant<'c>(&self, c: &'c Candidate) -> Option<&'c Claim> {
        if self.sports_story == 0 || !bare(c) {
            return None;
        }
        let sports = self.matcher.sports.as_slice();
        let of_story = |k: &&Claim| sports[k.entity as usize] & self.sports_story != 0;
        let chosen = only(c.claims.iter().filter(of_story))?;
        if self.is_person(chosen.entity) {
            return Some(chosen);
        }
        (!self.after_in(c) && !self.person_claims(c)).then_some(chosen)
    }

    /// In a story that names two banks or more, the one bank among the
    /// claimants of a bare name no person claims (`Santander`: the bank,
    /// not the town), unless `in` comes before it or the story writes the
    /// name after another capitalised word elsewhere (`Jane Stephens`:
    /// someone's surname, not the brokerage).
    fn bank<'c>(&self, c: &'c Candidate) -> Option<&'c Claim> {
        if !self.banking_story || !bare(c) || self.after_in(c) || self.person_claims(c) {
            return None;
        }
        let name = &self.text[c.start..c.end];
        let surname = whole_words(self.text, name).any(|at| {
            capitalised_word_before(self.text, at.start)
                .is_some_and(|(_, w)| !self.matcher.gazetteer.is_title(w))
        });
        let banks = self.matcher.banks.as_slice();
        (!surname)
            .then(|| only(c.claims.iter().filter(|k| banks[k.entity as usize])))
            .flatten()
    }

    /// The one organisation among the claimants of a bare name (people may
    /// claim it too: `Santos`), in a list right beside an organisation the
    /// document names (`TotalEnergies, Exxon Mobil, Santos and Kumul`):
    /// firms are listed with firms. Clubs count only in a story about
    /// their sport (see [`Named::sports_story_claimant`]).
    fn listed_with_organizations<'c>(
        &self,
        candidates: &'c [Candidate],
        chosen: &[Option<(Claim, Resolution)>],
        i: usize,
    ) -> Option<&'c Claim> {
        let c = &candidates[i];
        let is_org = |k: &Claim| {
            self.matcher.entity(k.entity as usize).kind == EntityType::Organization
                && self.matcher.sports[k.entity as usize] & !self.sports_story == 0
        };
        let listed = |a: &Candidate, b: &Candidate| {
            let gap = &self.text[a.end..b.start];
            LIST_JOINERS.contains(&gap) || [" or ", ", or "].contains(&gap)
        };
        let org_at =
            |j: usize| chosen[j].is_some_and(|(k, _)| k.class != AliasClass::Demonym && is_org(&k));
        let beside = (i > 0 && listed(&candidates[i - 1], c) && org_at(i - 1))
            || candidates
                .get(i + 1)
                .is_some_and(|next| listed(c, next) && org_at(i + 1));
        let fits = beside && bare(c);
        fits.then(|| only(c.claims.iter().filter(|k| is_org(k))))
            .flatten()
    }

    /// Resolves the bare names left that are context aliases of one
    /// organisation the document names by a country alias (`Anglo
    /// American`, in a story that names the United Kingdom): as named as
    /// by its full name, it names its short name too (`Anglo's stake`).
    fn shorten_country_named_orgs(
        &self,
        candidates: &[Candidate],
        chosen: &mut [Option<(Claim, Resolution)>],
    ) {
        let by_country: Vec<u32> = chosen
            .iter()
            .flatten()
            .filter(|(k, how)| *how == Resolution::Country && !self.is_person(k.entity))
            .map(|(k, _)| k.entity)
            .collect();
        if by_country.is_empty() {
            return;
        }
        for (c, chosen) in candidates.iter().zip(chosen.iter_mut()) {
            let named = c
                .claims
                .iter()
                .filter(|k| k.class == AliasClass::Context && by_country.contains(&k.entity));
            if chosen.is_none()
                && let Some(k) = only(named)
            {
                *chosen = Some((*k, Resolution::Context));
            }
        }
    }

    /// Whether `in` comes right before the candidate (`the race in
    /// Barcelona`, `met in Santander`): a town, not its club or bank.
    fn after_in(&self, c: &Candidate) -> bool {
        let before = &self.text[..c.start];
        [" in ", "In "].iter().any(|w| before.ends_with(w))
    }

    /// Whether a person claims the candidate's name.
    fn person_claims(&self, c: &Candidate) -> bool {
        c.claims.iter().any(|k| self.is_person(k.entity))
    }

    /// Whether the entity is a person.
    fn is_person(&self, entity: u32) -> bool {
        self.matcher.is_person(entity as usize)
    }
}

/// Whether only context aliases claim `c`, in a strong position and
/// before no other capitalised word: a bare name that the rules of the
/// story's subject may resolve (see [`Named::sports_story_claimant`]).
fn bare(c: &Candidate) -> bool {
    !c.weak && !c.before_capital && c.claims.iter().all(|k| k.class.is_context())
}

/// The one claimant of the country named right before the candidate with
/// a possessive (`Ukraine's Main Intelligence Directorate`, not Russia's),
/// when the name is not that country's demonym.
fn owned<'c>(c: &'c Candidate, country_of: &[Option<u32>]) -> Option<&'c Claim> {
    let owner = c.owner?;
    only(
        c.claims.iter().filter(|k| {
            k.class != AliasClass::Demonym && country_of[k.entity as usize] == Some(owner)
        }),
    )
}

/// The item of an iterator that yields exactly one.
fn only<I: Iterator>(mut items: I) -> Option<I::Item> {
    let first = items.next()?;
    items.next().is_none().then_some(first)
}

/// Whether `before` ends with a capitalised word (letters, digits, `+`,
/// `&`) and one space: where a legal form ends a company's name.
fn after_a_name(before: &str) -> bool {
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    let word = head.rsplit(char::is_whitespace).next().unwrap_or(head);
    word.starts_with(char::is_uppercase)
        && word.ends_with(|ch: char| ch.is_alphanumeric() || ch == '+' || ch == '&')
}

/// Whether `b` follows `a` with at most one byte between them (a
/// space or a hyphen: `Israel Iran`, `Israel-Iran`).
fn next_to(a: &Candidate, b: &Candidate) -> bool {
    b.start <= a.end + 1
}

/// The capitalised words right before `start`, nearest first, each
/// followed by a single space (at most three): `Melania` before `Trump`,
/// `Roa` and `Rodrigo` before `Duterte`; with where each starts.
fn capitalised_before(text: &str, start: usize) -> impl Iterator<Item = (usize, &str)> + Clone {
    let first = capitalised_word_before(text, start);
    std::iter::successors(first, |&(at, _)| capitalised_word_before(text, at)).take(3)
}

/// The capitalised word that ends a single space before `end`, and where
/// it starts.
pub(super) fn capitalised_word_before(text: &str, end: usize) -> Option<(usize, &str)> {
    let before = text[..end].strip_suffix(' ')?;
    let (at, word) = word_ending_at(before);
    word.starts_with(char::is_uppercase).then_some((at, word))
}

/// The run of letters and digits that ends `text` (maybe empty), and
/// where it starts.
pub(super) fn word_ending_at(text: &str) -> (usize, &str) {
    let at = text
        .char_indices()
        .rev()
        .take_while(|&(_, ch)| ch.is_alphanumeric())
        .last()
        .map_or(text.len(), |(i, _)| i);
    (at, &text[at..])
}

/// The words after a leader's surname that name their government (`the
/// Duterte administration`).
const GOVERNMENTS: &[&str] = &[" administration", " government", " regime"];

/// The offices whose holder's surname names a government (see
/// [`Named::office_holder`]).
const HEADS_OF_GOVERNMENT: &[&str] = &[
    "President",
    "Co-President",
    "Prime Minister",
    "Chancellor",
    "King",
    "Emir",
    "Supreme Leader",
];

/// The one country whose demonym `claims` holds, if any.
fn demonym_country(claims: &[Claim]) -> Option<u32> {
    only(claims.iter().filter(|k| k.class == AliasClass::Demonym)).map(|k| k.entity)
}

/// Whether `c` is one word that every claimant writes with a letter outside
/// ASCII while the text has none: it matched by folding alone.
fn unaccented(text: &str, c: &Candidate) -> bool {
    let surface = &text[c.start..c.end];
    !c.claims.is_empty()
        && c.claims.iter().all(|k| k.accented)
        && surface.is_ascii()
        && !surface.contains(' ')
}

/// Whether two words are spellings of one name: equal, or the same first
/// three letters in words of four or more whose lengths differ by one at
/// most (`Sergei`, `Sergey`; `Dmitry`, `Dmitri`; `Oleksandr`, `Olexandr`;
/// not `Rajiv` and `Rajnath`, two men's names).
pub(super) fn same_name(a: &str, b: &str) -> bool {
    fn prefix(w: &str) -> impl Iterator<Item = char> + '_ {
        w.chars().take(3).flat_map(char::to_lowercase)
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let close = la >= 4 && lb >= 4 && la.abs_diff(lb) <= 1;
    a == b || (close && prefix(a).eq(prefix(b)))
}

/// Whether `before` ends in `and` or a comma after the capitalised
/// fields of an office or a ministry: `Minister of Social Affairs and`,
/// `Ministry for Trade, Industry,`.
fn ends_list_of_fields(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    // `Trade,` is a field and a comma both.
    let field_last = match words.next() {
        Some("and") => false,
        Some(last) if last.ends_with(',') && last.starts_with(char::is_uppercase) => true,
        _ => return false,
    };
    office_before_fields(words, 8)
        .is_some_and(|(office, fields)| OFFICES.contains(&office) && (field_last || fields > 0))
}

/// Offices and bodies named by their fields (`Minister of Labour`).
pub(super) const OFFICES: [&str; 6] = [
    "Minister",
    "Ministers",
    "Ministry",
    "Secretary",
    "Department",
    "Commissioner",
];

/// Labels a caption writes before the agency that took the picture
/// (`(Image: Getty)`, `Photo: PTI`). Not `Source:`, which may name where
/// figures come from (`Source: EPA`, the US agency).
const AGENCY_LABELS: [&str; 6] = [
    "Photo",
    "Photos",
    "Image",
    "Picture",
    "Photograph",
    "Credit",
];

/// Whether `before` ends with one of [`AGENCY_LABELS`] and its colon, as
/// typed or with a space before the colon (`[Photo : ANI]`).
fn after_agency_label(before: &str) -> bool {
    let Some(label) = before.strip_suffix(": ") else {
        return false;
    };
    let label = label.strip_suffix(' ').unwrap_or(label);
    AGENCY_LABELS.iter().any(|l| label.ends_with(l))
}

/// Whether `gap`, between two names, makes the first the owner of the
/// second: `'s ` or `' ` (`Ukraine's`, `Belarus' `), straight or curly.
fn is_possessive(gap: &str) -> bool {
    let Some(mark) = gap.strip_suffix(' ') else {
        return false;
    };
    let mark = mark.strip_suffix('s').unwrap_or(mark);
    mark == "'" || mark == "\u{2019}"
}

/// Whether `word` occurs in `text` as written and as a whole word (by the
/// matcher's own word characters).
fn has_word(text: &str, word: &str) -> bool {
    whole_words(text, word).next().is_some()
}

/// Where `word` occurs in `text` as a whole word (no word character right
/// before or after it). `memchr`'s search, not `str::match_indices`: the
/// rules for people the gazetteer does not list search each document once
/// per name found in it, and its vector search is several times faster
/// (byte offsets of a UTF-8 word in UTF-8 text are char boundaries).
pub(super) fn whole_words<'t>(
    text: &'t str,
    word: &'t str,
) -> impl Iterator<Item = Range<usize>> + 't {
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()).filter_map(move |i| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        let whole = !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char);
        whole.then_some(i..i + word.len())
    })
}

/// In a headline every word has its capital, so one after a name is no
/// sign of a longer name unless the document writes the two words
/// together again (`GD Claims Sweeping Victory`, `Former PM Gharibashvili
/// Votes`, but `Hunter Biden Pleads Guilty` before `Hunter Biden`): a
/// headline's names return in the story. Only a context alias whose
/// entity the story names in full is then taken (see `Named::choose`).
fn mark_headline_words(
    text: &str,
    segments: &Segments,
    headline: &mut HeadlineCache,
    out: &mut [Candidate],
) {
    let context = |c: &Candidate| c.claims.iter().any(|k| k.class == AliasClass::Context);
    for c in out.iter_mut() {
        if !c.before_capital || !context(c) || !headline.get(text, segments, c.sentence) {
            continue;
        }
        let next = text[c.end + 1..]
            .find(|ch: char| !ch.is_alphanumeric())
            .map_or(text.len(), |len| c.end + 1 + len);
        c.capital_of_headline = whole_words(text, &text[c.start..next]).nth(1).is_none();
    }
}

/// The capitalised word right before `c` (two letters or more, not all
/// capitals), unless it begins no name (`The`) or its sentence.
fn word_before_name<'t>(text: &'t str, segments: &Segments, c: &Candidate) -> Option<&'t str> {
    capitalised_word_before(text, c.start)
        .filter(|&(at, word)| {
            word.chars().nth(1).is_some()
                && !word.chars().all(|ch| ch.is_uppercase())
                && !NOT_NAMES.contains(&word)
                && !starts_sentence(text, segments, c.sentence, at)
        })
        .map(|(_, word)| word)
}

/// Words that introduce someone as a relative of another person.
const KINSHIP_WORDS: &[&str] = &[
    "father",
    "mother",
    "son",
    "daughter",
    "brother",
    "sister",
    "wife",
    "husband",
    "widow",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "cousin",
    "grandson",
    "granddaughter",
    "grandfather",
    "grandmother",
    "half-brother",
    "half-sister",
];

/// Whether a kinship word comes shortly before `start` in its sentence
/// (`his son, Nicolás Petro`; `whose father is former Prime Minister
/// Junichiro Koizumi`).
fn after_kinship_word(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..start];
    let clause = before.rsplit(['.', ';', '\n']).next().unwrap_or(before);
    clause
        .split(|ch: char| !(ch.is_alphabetic() || ch == '-'))
        .any(|w| KINSHIP_WORDS.iter().any(|k| w.eq_ignore_ascii_case(k)))
}

/// Whether the name that begins at `start` is followed by a kinship in
/// apposition (`Nicolas Petro, his eldest son;`, `Jane Doe, her sister,`).
fn kinship_after(text: &str, start: usize) -> bool {
    let rest = &text[capitalised_run_end(text, start)..];
    let Some(apposition) = ["his ", "her ", "their "]
        .iter()
        .find_map(|p| rest.strip_prefix(", ")?.strip_prefix(p))
    else {
        return false;
    };
    // The kinship word, after at most two words (`eldest`, `younger`).
    apposition
        .split([',', ';', '.', '\n'])
        .next()
        .unwrap_or("")
        .split(' ')
        .take(3)
        .any(|w| KINSHIP_WORDS.iter().any(|k| w.eq_ignore_ascii_case(k)))
}

/// How far a mention at `p` is from `at`, for the nearest rules: any
/// mention before `at` is nearer than every one after it.
fn distance(p: usize, at: usize) -> usize {
    if p <= at {
        at - p
    } else {
        p - at + usize::MAX / 2
    }
}

pub(super) fn starts_sentence(
    text: &str,
    segments: &Segments,
    sentence: usize,
    start: usize,
) -> bool {
    segments
        .sentences
        .get(sentence)
        .is_none_or(|s| s.start > start || !text[s.start..start].chars().any(char::is_alphanumeric))
}

/// Whether each sentence looks like a headline (Title Case or ALL CAPS),
/// where capitals say nothing about names; computed on demand.
pub(super) struct HeadlineCache(Vec<Option<bool>>);

impl HeadlineCache {
    pub(super) fn new(n: usize) -> Self {
        HeadlineCache(vec![None; n])
    }

    pub(super) fn get(&mut self, text: &str, segments: &Segments, i: usize) -> bool {
        let Some(s) = segments.sentences.get(i) else {
            return false;
        };
        // A sentence after another of its paragraph is body text, however
        // many capitals it has (`They met Defence Minister Jan Doe on
        // Monday.`): a headline stands first in its paragraph.
        let follows = i > 0 && segments.sentences[i - 1].paragraph == s.paragraph;
        *self.0[i].get_or_insert_with(|| !follows && is_headline(&text[s.start..s.end]))
    }
}

/// Whether a sentence is set in title case, where capitals say nothing:
/// four in five of its longer words capitalised, and at most one not (a
/// sentence that lists names, `the Tawazun Council gave Calidus Aerospace,
/// International Golden Group and Edge contracts`, has several). Words of
/// fewer than four letters do not count. A headline has no full stop: a
/// sentence that ends in one after a word is body text, however many
/// names it holds (`Earlier, Jane Doe, the President of the World
/// Congress, met John Roe, Ambassador to Canada, in Toronto.`). After a
/// capital the stop may be an initial's or an abbreviation's (`U.S.`).
pub(super) fn is_headline(sentence: &str) -> bool {
    if ends_in_full_stop(sentence) || sentence.starts_with(BULLETS) {
        return false;
    }
    let words = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().nth(3).is_some() && w.chars().all(char::is_alphabetic));
    let (mut all, mut capitalised) = (0usize, 0usize);
    for w in words {
        all += 1;
        capitalised += usize::from(w.starts_with(char::is_uppercase));
        // A second word in lower case settles it: most sentences are
        // decided within their first few words.
        if all - capitalised > 1 {
            return false;
        }
    }
    all >= 3 && capitalised * 5 >= all * 4
}

/// Words for storms, as news puts them before a storm's name: what follows
/// is the storm's name, in headlines too (`Typhoon Danas`, not the Serbian
/// daily; `Hurricane Melissa`).
const STORMS: [&str; 4] = ["Cyclone", "Hurricane", "Storm", "Typhoon"];

/// Marks that begin the items of a list, which no headline begins with:
/// a list of names and their posts is in title case (`● Jane Doe –
/// Prosecutor General of Georgia`).
const BULLETS: [char; 5] = ['\u{2022}', '\u{25CF}', '\u{25AA}', '\u{25A0}', '\u{00B7}'];

/// Whether `sentence` ends in a full stop right after a lower-case letter
/// or a digit, closing quotes and brackets aside, or right after a
/// closing bracket (`leads the National Democratic Party (NDP).`): an
/// abbreviation's full stop is its own (`U.S.`), a bracket has none.
fn ends_in_full_stop(sentence: &str) -> bool {
    let closed = sentence.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '\u{201D}' | '\u{2019}' | ')')
    });
    let Some(rest) = closed.strip_suffix('.') else {
        return false;
    };
    rest.ends_with(')')
        || rest
            .chars()
            .next_back()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
}

/// Whether `c` is joined to the word before it by a mark other than a
/// space, a bracket or a quote (`EU-Israel`, `EU?Israel` where a page lost
/// its dashes): such a name begins no person's name.
fn joined_before(text: &str, c: &Candidate) -> bool {
    text[..c.start]
        .chars()
        .next_back()
        .is_some_and(|ch| !ch.is_whitespace() && !"([\"“‘'".contains(ch))
}
