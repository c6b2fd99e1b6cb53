//! Text → mentions: one Aho-Corasick automaton over every alias, whole-word
//! boundaries, a case policy, and resolution of ambiguous names in context.
//!
//! # Why it works this way
//! - **Folded text.** Aliases and text are folded alike (see
//!   [`crate::normalize`]) so diacritics, curly quotes and hyphen variants do
//!   not break a match; offsets are mapped back, so `text[start..end]` is the
//!   surface as written.
//! - **Case.** Matching is case-sensitive. Each alias is added as
//!   written, in ALL CAPS and in Title Case: a capital in the alias is always
//!   a capital in the text, so `US`, `NATO` and `Turkey` never match `us`,
//!   `nato` or `turkey`, while headlines in capitals still match. Being
//!   case-sensitive also means far fewer raw hits inside ordinary words:
//!   the automaton holds the case variants of an alias once, lower-cased,
//!   but it only runs where a pattern as written may start, and what it
//!   finds is checked against the text as written. The raised forms are
//!   folded again, since a capital may fold differently (`ŉ` → `ʼN` →
//!   `'N`).
//! - **Leftmost-longest**, the dictionary-search semantics: `Ukraine Defense
//!   Contact Group` wins over `Ukraine`. When the longest hit at a position
//!   fails the word-boundary check, shorter hits anchored at the same
//!   position are tried before moving on.
//! - **Searched only where a hit can start.** A whole-word hit starts where
//!   a pattern's first two bytes are and, if that is a word character, not
//!   right after another one. Positions are scanned for that (two table
//!   lookups), and only there does the automaton (`matcher/automaton.rs`,
//!   one `aho-corasick` automaton over every pattern, walked anchored) find
//!   the longest pattern starting there: most
//!   of a text is lower-case letters inside words, which the automaton
//!   never sees. Trying every such position in order, longest pattern
//!   first, gives exactly the leftmost-longest whole-word hits of an
//!   unanchored search, and an anchored-only automaton builds faster and
//!   smaller.
//! - **Context.** Context aliases (bare surnames) count only when the
//!   document also names a claimant plainly; capitalised common words
//!   (`common_words.txt`) count at the start of a sentence or in a headline
//!   only when the entity is confirmed elsewhere in the document; when one
//!   is dropped, the hits that begin inside it are looked for. Each
//!   mention records how it was resolved.

mod automaton;

use rayon::prelude::*;
use serde::Serialize;

use crate::error::Result;
use crate::gazetteer::{Entity, EntityType, Gazetteer};
use crate::normalize::{Folded, fold, fold_name, is_word_char};
use crate::segment::{Segments, segment};
use rustc_hash::FxHashMap as FastMap;

/// How an alias denotes its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AliasClass {
    Plain,
    Context,
    /// A context alias that the entity's country also confirms.
    Country,
    Demonym,
}

impl AliasClass {
    /// Whether the alias needs the document to confirm its entity.
    fn is_context(self) -> bool {
        matches!(self, AliasClass::Context | AliasClass::Country)
    }
}

/// One entity's claim on a pattern.
#[derive(Debug, Clone, Copy)]
struct Claim {
    entity: u32,
    class: AliasClass,
    /// The pattern is the alias as written, not a case variant of it.
    exact: bool,
}

/// What a mention names: the entity itself, or its people (a demonym).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// A name or alias of the entity.
    Name,
    /// An adjective or noun of nationality (`Ukrainian`), linked to a country.
    Demonym,
}

/// Why a mention was attributed to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Resolution {
    /// A name or plain alias of exactly one entity.
    Alias,
    /// A context alias of an entity the document names plainly.
    Context,
    /// A context alias of several entities the document names; the nearest
    /// plain mention (preceding first) decided.
    Nearest,
    /// A common word in a weak position (sentence start, headline), kept
    /// because the document names the entity elsewhere.
    Confirmed,
    /// A demonym of a country.
    Demonym,
    /// Decided by a country: the name follows a country's possessive and
    /// that country has one claimant (`Ukraine's Main Intelligence
    /// Directorate`); or it is one entity's name and another's context
    /// alias, and the document names only the other's country
    /// (`Democratic Party` in a story about South Korea); or it is a
    /// country alias whose country the document names (`Congress`).
    Country,
}

/// An entity found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// UTF-8 byte offset of the first byte, in the original text.
    pub start: usize,
    /// UTF-8 byte offset after the last byte, in the original text.
    pub end: usize,
    /// Index of the entity in the gazetteer.
    pub entity: usize,
    /// Name or demonym.
    pub kind: MentionKind,
    /// Index of the sentence within the document.
    pub sentence: usize,
    /// Index of the paragraph within the document.
    pub paragraph: usize,
    /// How the entity was chosen.
    pub resolved_by: Resolution,
}

/// A compiled gazetteer: the automaton and what each pattern means.
#[derive(Debug, Clone)]
pub struct Matcher {
    gazetteer: Gazetteer,
    /// Every pattern; pattern `p` has the claims `claims.of(p)`.
    automaton: automaton::Automaton,
    claims: Claims,
    /// Per pattern: is it (lower-cased) one of the gazetteer's common words?
    common: Vec<bool>,
    /// Per pattern: is it, as written, one of the gazetteer's first names?
    first_name: Vec<bool>,
}

/// A raw whole-word hit in folded text.
#[derive(Debug, Clone, Copy)]
struct Hit {
    start: usize,
    end: usize,
    pattern: usize,
}

/// A hit placed in the original text, before resolution.
struct Candidate<'c> {
    start: usize,
    end: usize,
    sentence: usize,
    claims: &'c [Claim],
    weak: bool,
    /// Right before a space and a capital: a bare surname there begins
    /// another name (`Kim Hong-kyun`, `Johnson Controls`).
    before_capital: bool,
    /// The country named right before it with a possessive (`Ukraine's
    /// Main Intelligence Directorate`).
    owner: Option<u32>,
}

impl Matcher {
    /// Compiles every alias of `gazetteer` into one automaton.
    pub fn new(gazetteer: Gazetteer) -> Result<Matcher> {
        // Folding and case variants run on the rayon pool; the order of
        // the entries (and so of each pattern's claims) stays the
        // gazetteer's, as the sort is stable.
        let mut entries: Vec<Entry> = gazetteer
            .entities()
            .par_iter()
            .enumerate()
            .flat_map_iter(|(i, e)| entries_of(i, e))
            .collect();
        for phrase in gazetteer.not_entities() {
            entries.extend(case_variants(phrase).into_iter().map(|(v, _)| (v, None)));
        }
        entries.par_sort_by(|a, b| a.0.cmp(&b.0));
        let (patterns, claims) = group(entries);
        let words = gazetteer.common_words();
        let common = patterns
            .par_iter()
            .map(|p| !words.is_empty() && words.contains(&p.to_lowercase()))
            .collect();
        let first_names = gazetteer.first_names();
        let first_name = patterns
            .par_iter()
            .map(|p| first_names.contains(p))
            .collect();
        let automaton = automaton::Automaton::new(patterns)?;
        Ok(Matcher {
            gazetteer,
            automaton,
            claims,
            common,
            first_name,
        })
    }

    /// The gazetteer this matcher was compiled from.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The entity at `index`.
    pub fn entity(&self, index: usize) -> &Entity {
        &self.gazetteer.entities()[index]
    }

    /// The country of entity `e` (its `country` column), if any.
    fn country_of(&self, e: u32) -> Option<u32> {
        self.gazetteer.countries()[e as usize]
    }

    /// Number of patterns matched (aliases and their case variants).
    pub fn pattern_count(&self) -> usize {
        self.claims.starts.len() - 1
    }

    /// Finds the mentions in `text`, segmenting it first.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        self.find_in(text, &segment(text))
    }

    /// Finds the mentions in `text`, given its segmentation. Mentions are
    /// sorted by position and never overlap.
    pub fn find_in(&self, text: &str, segments: &Segments) -> Vec<Mention> {
        let folded = Folded::new(text);
        let mut headline = HeadlineCache::new(segments.sentences.len());
        let hits = self.entity_hits(folded.as_str(), 0, folded.as_str().len());
        let candidates = self.candidates(text, &folded, &hits, segments, &mut headline);
        let mentions = self.resolve(&candidates, segments);
        let mentions =
            match self.look_inside_dropped(folded.as_str(), &hits, &candidates, &mentions) {
                Some(hits) => {
                    let candidates = self.candidates(text, &folded, &hits, segments, &mut headline);
                    self.resolve(&candidates, segments)
                }
                None => mentions,
            };
        self.drop_other_senses(text, mentions)
    }

    /// Drops the names of an entity that also mean something else when the
    /// document has a clue to the other sense and names the entity no
    /// other way: by no demonym, and through no person or organisation of
    /// its own (see [`crate::gazetteer::OtherSense`]). `Georgia` in a
    /// story that names `Atlanta` is the US state, unless the story also
    /// names `Georgian` or the Georgian Dream party.
    fn drop_other_senses(&self, text: &str, mut mentions: Vec<Mention>) -> Vec<Mention> {
        for sense in self.gazetteer.other_senses() {
            let e = sense.entity;
            let is_name = |m: &Mention| m.entity == e && m.kind == MentionKind::Name;
            if !mentions.iter().any(is_name) {
                continue;
            }
            let own = mentions.iter().any(|m| {
                (m.entity == e && m.kind == MentionKind::Demonym)
                    || self.country_of(m.entity as u32) == Some(e as u32)
            });
            if !own && sense.clues.iter().any(|clue| has_word(text, clue)) {
                mentions.retain(|m| !is_name(m));
            }
        }
        mentions
    }

    /// The candidates of `hits`, one each, placed in the original text.
    fn candidates(
        &self,
        text: &str,
        folded: &Folded,
        hits: &[Hit],
        segments: &Segments,
        headline: &mut HeadlineCache,
    ) -> Vec<Candidate<'_>> {
        let mut out: Vec<Candidate> = hits
            .iter()
            .map(|h| {
                let (start, end) = folded.to_original(h.start, h.end);
                let sentence = segments.sentence_at(start);
                let claims = preferred(self.claims.of(h.pattern));
                let weak = self.common[h.pattern]
                    && (!claims[0].exact
                        || starts_sentence(text, segments, sentence, start)
                        || headline.get(text, segments, sentence));
                Candidate {
                    start,
                    end,
                    sentence,
                    claims,
                    weak,
                    before_capital: self.before_capital(text, end),
                    owner: None,
                }
            })
            .collect();
        self.unclaim_given_names(text, hits, segments, headline, &mut out);
        for i in 1..out.len() {
            let gap = &text[out[i - 1].end..out[i].start];
            if is_possessive(gap) {
                out[i].owner = self.country_claimed(out[i - 1].claims);
            }
        }
        out
    }

    /// Takes the claims from names that are part of an unknown person's
    /// name, outside headlines (where every word is capitalised): a first
    /// name before another capitalised word (`Jordan Spieth`, see
    /// `first_names.txt`), and a one-word name of people only after a
    /// capitalised word that is none of their names (`Melania Trump`,
    /// `Hunter Biden`: another of the family).
    fn unclaim_given_names(
        &self,
        text: &str,
        hits: &[Hit],
        segments: &Segments,
        headline: &mut HeadlineCache,
        out: &mut [Candidate],
    ) {
        for i in 0..out.len() {
            // Another name right after keeps it (`Israel Iran war`); a bare
            // surname does not (`Chad Johnson`).
            let named_next = out.get(i + 1).is_some_and(|next| {
                next.start == out[i].end + 1 && next.claims.iter().any(|k| !k.class.is_context())
            });
            let first_name =
                self.first_name[hits[i].pattern] && out[i].before_capital && !named_next;
            let follows_name = i > 0 && out[i - 1].end + 1 >= out[i].start;
            let family = !follows_name && self.after_given_name(text, segments, &out[i]);
            if (first_name || family) && !headline.get(text, segments, out[i].sentence) {
                out[i].claims = &[];
            }
        }
    }

    /// Whether `c`, a one-word name that only people claim, follows a
    /// capitalised word that is no title (`titles.txt`), no initial, no
    /// acronym and not the first of its sentence, while none of the
    /// capitalised words right before it is part of a claimant's names or
    /// a spelling of one (`Sergei` for `Sergey`: the same first three
    /// letters).
    fn after_given_name(&self, text: &str, segments: &Segments, c: &Candidate) -> bool {
        let one_word = !text[c.start..c.end].contains(' ');
        let people = !c.claims.is_empty()
            && c.claims
                .iter()
                .all(|k| self.entity(k.entity as usize).kind == EntityType::Person);
        if !one_word || !people {
            return false;
        }
        let words = capitalised_before(text, c.start);
        let Some(&(at, nearest)) = words.first() else {
            return false;
        };
        let plain_word = nearest.chars().count() > 1
            && !nearest.chars().all(|ch| ch.is_uppercase())
            && !self.gazetteer.titles().contains(nearest)
            && !starts_sentence(text, segments, c.sentence, at);
        plain_word
            && !c.claims.iter().any(|k| {
                let names = self.entity(k.entity as usize).all_names();
                names
                    .flat_map(|n| n.split(' '))
                    .any(|token| words.iter().any(|&(_, w)| same_name(w, token)))
            })
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
        word.starts_with(char::is_uppercase) && !self.gazetteer.titles().contains(word)
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

    /// The hits again, with those inside each dropped common word in its
    /// place, or none when there are none. A common word dropped at the
    /// start of a sentence may hide a name that begins inside it: in `The
    /// Atlantic Council said`, `The Atlantic` (the magazine) is the
    /// leftmost-longest hit, and `Atlantic Council` only begins inside it.
    fn look_inside_dropped(
        &self,
        folded: &str,
        hits: &[Hit],
        candidates: &[Candidate],
        mentions: &[Mention],
    ) -> Option<Vec<Hit>> {
        let kept = |c: &Candidate| mentions.binary_search_by_key(&c.start, |m| m.start).is_ok();
        let mut out = Vec::with_capacity(hits.len());
        let mut covered = 0;
        let mut changed = false;
        for (hit, candidate) in hits.iter().zip(candidates) {
            if hit.start < covered {
                continue;
            }
            let inner = if candidate.weak && !kept(candidate) {
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

    /// Whole-word, leftmost-longest hits in folded text that start in
    /// `from..before` and claim some entity. Phrases that are not entities
    /// are matched (so no shorter name inside them is), then left out.
    fn entity_hits(&self, folded: &str, from: usize, before: usize) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut at = from;
        while let Some(start) = self.next_start(folded, at).filter(|&s| s < before) {
            match self.whole_word_at(folded, start) {
                Some(hit) => {
                    out.push(hit);
                    at = hit.end;
                }
                None => at = next_char(folded, start),
            }
        }
        out.retain(|h| !self.claims.of(h.pattern).is_empty());
        out
    }

    /// The longest pattern starting at `start` that is a whole word (`US`
    /// when `USA` is a pattern but the text says `USAF`). `start` is where
    /// a word may begin (see `next_start`), so only the end is checked.
    fn whole_word_at(&self, text: &str, start: usize) -> Option<Hit> {
        let ends_word = |end| !inside_word(text, end);
        let (end, pattern) = self.automaton.longest_at(text, start, ends_word)?;
        Some(Hit {
            start,
            end,
            pattern: pattern as usize,
        })
    }

    /// The first position from `from` where a whole-word hit could start:
    /// where a pattern may start and, if it begins with a word character,
    /// not right after another one. Only bytes that begin some pattern are
    /// looked at closely; they are ASCII or UTF-8 lead bytes, so every
    /// position returned is a char boundary.
    fn next_start(&self, text: &str, from: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut i = from;
        loop {
            i = self.automaton.next_first(bytes, i)?;
            if self.automaton.may_start(bytes, i) && !inside_word(text, i) {
                return Some(i);
            }
            i += 1;
        }
    }

    /// The countries a document names, itself or through an organisation
    /// of theirs (`Elections Canada`, `Kremlin`): a story that names the
    /// `US Senate` is about the United States too. People do not count:
    /// they travel.
    fn countries_named(
        &self,
        candidates: &[Candidate],
        confirmed: &FastMap<u32, Vec<usize>>,
    ) -> FastMap<u32, Vec<usize>> {
        let mut named: FastMap<u32, Vec<usize>> = FastMap::default();
        for (&e, at) in confirmed {
            if self.entity(e as usize).kind == EntityType::Country {
                named.entry(e).or_default().extend(at);
            }
        }
        // Only an organisation named unambiguously: `Democratic Party` in a
        // story about Korea does not name the United States.
        for c in candidates.iter().filter(|c| !c.weak) {
            if let [claim] = c.claims
                && claim.class == AliasClass::Plain
                && self.entity(claim.entity as usize).kind == EntityType::Organization
                && let Some(k) = self.country_of(claim.entity)
            {
                named.entry(k).or_default().push(c.start);
            }
        }
        named
    }

    fn resolve(&self, candidates: &[Candidate], segments: &Segments) -> Vec<Mention> {
        // Entities the document names plainly, in a strong position.
        let mut confirmed: FastMap<u32, Vec<usize>> = FastMap::default();
        for c in candidates.iter().filter(|c| !c.weak) {
            for claim in c.claims.iter().filter(|k| !k.class.is_context()) {
                confirmed.entry(claim.entity).or_default().push(c.start);
            }
        }
        let countries = self.countries_named(candidates, &confirmed);
        candidates
            .iter()
            .filter_map(|c| {
                let (claim, how) = choose(c, &confirmed, &countries, self.gazetteer.countries())?;
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

/// Picks the entity a candidate denotes, or none. A context alias (a bare
/// surname) right before another capitalised word is left alone: that is
/// someone else's name, or a company's.
fn choose(
    c: &Candidate,
    confirmed: &FastMap<u32, Vec<usize>>,
    countries: &FastMap<u32, Vec<usize>>,
    country_of: &[Option<u32>],
) -> Option<(Claim, Resolution)> {
    if let Some(owned) = owned(c, country_of) {
        let how = match owned.class {
            AliasClass::Plain => Resolution::Alias,
            _ => Resolution::Country,
        };
        return Some((*owned, how));
    }
    let contextual: Vec<&Claim> = c
        .claims
        .iter()
        .filter(|k| k.class.is_context() && !c.before_capital && confirmed.contains_key(&k.entity))
        .collect();
    if let Some(best) = nearest(&contextual, c.start, confirmed) {
        let how = if contextual.len() == 1 {
            Resolution::Context
        } else {
            Resolution::Nearest
        };
        return Some((*best, how));
    }
    let Some(plain) = c.claims.iter().find(|k| !k.class.is_context()) else {
        // A common word where capitals prove nothing (`Dawn raids began`)
        // is not made a name by its country alone.
        if c.weak {
            return None;
        }
        let country = by_country(c, None, countries, country_of)?;
        return Some((*country, Resolution::Country));
    };
    let how = match plain.class {
        AliasClass::Demonym => Resolution::Demonym,
        _ => Resolution::Alias,
    };
    if !c.weak {
        return match by_country(c, Some(plain), countries, country_of) {
            Some(other) => Some((*other, Resolution::Country)),
            None => Some((*plain, how)),
        };
    }
    let elsewhere = confirmed
        .get(&plain.entity)
        .is_some_and(|at| at.iter().any(|&p| p != c.start));
    elsewhere.then_some((*plain, Resolution::Confirmed))
}

/// The one context claimant whose country the document names, when it
/// does not name the plain claimant's: a name that is one entity's and a
/// context alias of another goes to the other in a story about its country.
/// Without a plain claimant, only country aliases (`Congress`) count.
fn by_country<'c>(
    c: &'c Candidate,
    plain: Option<&Claim>,
    countries: &FastMap<u32, Vec<usize>>,
    country_of: &[Option<u32>],
) -> Option<&'c Claim> {
    // Named by another mention: the candidate's own claims prove nothing.
    let named = |entity: u32| {
        let at = country_of[entity as usize].and_then(|k| countries.get(&k));
        at.is_some_and(|at| at.iter().any(|&p| p != c.start))
    };
    if c.before_capital {
        return None;
    }
    let class = match plain {
        Some(_) => AliasClass::is_context,
        None => |class| class == AliasClass::Country,
    };
    // The claimants first: most names have none but the plain one, and then
    // no country is looked up.
    let other = only(
        c.claims
            .iter()
            .filter(|k| class(k.class) && named(k.entity)),
    )?;
    // A plain claimant without a country (a country itself: `Montenegro`,
    // also a Portuguese prime minister's surname) is never overridden.
    let stays = |p: &Claim| country_of[p.entity as usize].is_none() || named(p.entity);
    (!plain.is_some_and(stays)).then_some(other)
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

/// The capitalised words right before `start`, nearest first, each
/// followed by a single space (at most three): `Melania` before `Trump`,
/// `Roa` and `Rodrigo` before `Duterte`.
fn capitalised_before(text: &str, start: usize) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut end = start;
    while words.len() < 3 {
        let Some(before) = text[..end].strip_suffix(' ') else {
            break;
        };
        let at = before
            .char_indices()
            .rev()
            .take_while(|&(_, ch)| ch.is_alphanumeric())
            .last()
            .map_or(before.len(), |(i, _)| i);
        let word = &before[at..];
        if !word.starts_with(char::is_uppercase) {
            break;
        }
        words.push((at, word));
        end = at;
    }
    words
}

/// Whether two words are spellings of one name: equal, or the same first
/// three letters in words of four or more (`Sergei`, `Sergey`; `Dmitry`,
/// `Dmitri`).
fn same_name(a: &str, b: &str) -> bool {
    let prefix = |w: &str| {
        w.chars()
            .take(3)
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    a == b || (a.chars().count() >= 4 && b.chars().count() >= 4 && prefix(a) == prefix(b))
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
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
    })
}

/// The claim whose confirming mention is nearest to `at`, preferring one
/// before it (a surname usually follows the full name).
fn nearest<'a>(
    claims: &[&'a Claim],
    at: usize,
    confirmed: &FastMap<u32, Vec<usize>>,
) -> Option<&'a Claim> {
    let distance = |claim: &Claim| {
        confirmed[&claim.entity]
            .iter()
            .map(|&p| {
                if p <= at {
                    at - p
                } else {
                    p - at + usize::MAX / 2
                }
            })
            .min()
            .unwrap_or(usize::MAX)
    };
    claims
        .iter()
        .min_by_key(|k| (distance(k), k.entity))
        .copied()
}

/// Claims on the alias as written win over claims on a case variant.
fn preferred(claims: &[Claim]) -> &[Claim] {
    // Claims are pushed per pattern in entity order; exact ones may be
    // anywhere, so only narrow when both kinds are present. The narrowed
    // run keeps every claim of the entities that claim the text exactly:
    // `É` as an entity's context alias must not hide its plain name `é`.
    if claims.iter().all(|c| c.exact) || claims.iter().all(|c| !c.exact) {
        return claims;
    }
    let first_exact = claims.iter().position(|c| c.exact).unwrap_or(0);
    let run = claims[first_exact..].iter().take_while(|c| c.exact).count();
    let (first, last) = (
        claims[first_exact].entity,
        claims[first_exact + run - 1].entity,
    );
    let from = claims.partition_point(|c| c.entity < first);
    let to = claims.partition_point(|c| c.entity <= last);
    &claims[from..to]
}

fn aliases(e: &Entity) -> impl Iterator<Item = (&str, AliasClass)> {
    e.plain_names()
        .map(|a| (a, AliasClass::Plain))
        .chain(
            e.context_aliases
                .iter()
                .map(|a| (a.as_str(), AliasClass::Context)),
        )
        .chain(
            e.country_aliases
                .iter()
                .map(|a| (a.as_str(), AliasClass::Country)),
        )
        .chain(e.demonyms.iter().map(|a| (a.as_str(), AliasClass::Demonym)))
}

/// The alias as written, then its ALL-CAPS and Title-Case forms and its
/// form with name particles in lower case, when they differ, folded again.
/// Only particles are ever lowered: news writes `Bart de Wever` and `De
/// Wever said`, `al-Hayya` and `Al-Hayya`, whichever the alias lists.
fn case_variants(alias: &str) -> Vec<(String, bool)> {
    let mut out = vec![(alias.to_string(), true)];
    let lowered = particles_lowered(alias);
    for v in [alias.to_uppercase(), title_case(alias)]
        .into_iter()
        .chain(lowered)
    {
        let v = fold(&v);
        if !out.iter().any(|(p, _)| *p == v) {
            out.push((v, false));
        }
    }
    out
}

/// A pattern and the claim an alias makes on it (none for a phrase that
/// is not an entity, matched only to be dropped).
type Entry = (String, Option<Claim>);

/// The patterns of entity `i`: each alias folded, in its case variants and
/// those of its other spelling (claims on which are not exact: an alias
/// written that way by another entity wins).
fn entries_of(i: usize, e: &Entity) -> impl Iterator<Item = Entry> + '_ {
    aliases(e).flat_map(move |(alias, class)| {
        let alias = fold_name(alias);
        let other = other_spelling(&alias).map(|a| case_variants(&a));
        case_variants(&alias)
            .into_iter()
            .chain(other.into_iter().flatten().map(|(v, _)| (v, false)))
            .map(move |(variant, exact)| {
                let claim = Claim {
                    entity: i as u32,
                    class,
                    exact,
                };
                (variant, Some(claim))
            })
    })
}

/// The claims on every pattern, in one list: pattern `p` has
/// `list[starts[p]..starts[p + 1]]` (one allocation, not one per pattern).
#[derive(Debug, Clone)]
struct Claims {
    list: Vec<Claim>,
    starts: Vec<u32>,
}

impl Claims {
    fn of(&self, pattern: usize) -> &[Claim] {
        &self.list[self.starts[pattern] as usize..self.starts[pattern + 1] as usize]
    }
}

/// Entries sorted by pattern → the distinct patterns, in byte order (as
/// the automaton is built), with their claims: one per entity and class.
fn group(entries: Vec<Entry>) -> (Vec<String>, Claims) {
    let mut patterns: Vec<String> = Vec::new();
    let mut claims = Claims {
        list: Vec::new(),
        starts: Vec::new(),
    };
    for (pattern, claim) in entries {
        if patterns.last() != Some(&pattern) {
            patterns.push(pattern);
            claims.starts.push(claims.list.len() as u32);
        }
        let start = *claims.starts.last().expect("pushed above") as usize;
        let Some(claim) = claim else { continue };
        let same = claims.list[start..]
            .iter_mut()
            .find(|c| c.entity == claim.entity && c.class == claim.class);
        match same {
            // One entity may reach a pattern twice (an alias and another's
            // variant): exact if either way is.
            Some(c) => c.exact |= claim.exact,
            None => claims.list.push(claim),
        }
    }
    claims.starts.push(claims.list.len() as u32);
    (patterns, claims)
}

fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at_word_start = true;
    for c in s.chars() {
        if at_word_start && c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        at_word_start = c == ' ' || c == '-';
    }
    out
}

/// Particles of names whose capital varies with the writer and the place in
/// the sentence: the matcher also looks for a name with them in lower case
/// (`bin Salman` for `Bin Salman`) when more of the name follows.
pub const PARTICLES: &[&str] = &[
    "al", "bin", "bint", "da", "de", "del", "della", "der", "des", "di", "du", "el", "ibn", "la",
    "le", "van", "von",
];

/// `alias` with its capitalised particles in lower case, when it has any.
/// A particle is lowered only when more of the name follows it, so a
/// one-word alias never becomes a lower-case word.
fn particles_lowered(alias: &str) -> Option<String> {
    map_words(alias, |word, last| {
        let lower = word.to_lowercase();
        (!last && word != lower && PARTICLES.contains(&lower.as_str())).then_some(lower)
    })
}

/// Words that British and American English spell differently in the names
/// of institutions, as (American, British).
const SPELLINGS: &[(&str, &str)] = &[
    ("Center", "Centre"),
    ("Defense", "Defence"),
    ("Labor", "Labour"),
    ("Organization", "Organisation"),
    ("Program", "Programme"),
];

/// The alias in the other spelling, when it has a word of [`SPELLINGS`]:
/// `World Health Organisation` for `World Health Organization`, `Ministry
/// of Defense` for `Ministry of Defence`.
fn other_spelling(alias: &str) -> Option<String> {
    map_words(alias, |word, _| {
        SPELLINGS.iter().find_map(|&(us, uk)| match word {
            w if w == us => Some(uk.to_string()),
            w if w == uk => Some(us.to_string()),
            _ => None,
        })
    })
}

/// `alias` with each word that `change` maps replaced, or `None` when no
/// word changed. `change` also learns whether the word is the last. Words
/// end at spaces and at hyphens (folding has already made a hyphen inside a
/// word a space; one at a word's edge, `A-`, remains).
fn map_words(alias: &str, change: impl Fn(&str, bool) -> Option<String>) -> Option<String> {
    let mut out = String::with_capacity(alias.len() + 4);
    let mut changed = false;
    let mut rest = alias;
    loop {
        let cut = rest.find([' ', '-']);
        let word = &rest[..cut.unwrap_or(rest.len())];
        match change(word, cut.is_none()) {
            Some(new) => {
                out.push_str(&new);
                changed = true;
            }
            None => out.push_str(word),
        }
        let Some(cut) = cut else { break };
        out.push_str(&rest[cut..=cut]);
        rest = &rest[cut + 1..];
    }
    changed.then_some(out)
}

/// Whether the char at `at` is a word character right after another.
fn inside_word(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    if let (Some(&before), Some(&here)) =
        (at.checked_sub(1).and_then(|i| bytes.get(i)), bytes.get(at))
        && before.is_ascii()
        && here.is_ascii()
    {
        return automaton::is_ascii_word(before) && automaton::is_ascii_word(here);
    }
    let word = |c: Option<char>| c.is_some_and(is_word_char);
    word(text[at..].chars().next()) && word(text[..at].chars().next_back())
}

fn next_char(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
}

fn starts_sentence(text: &str, segments: &Segments, sentence: usize, start: usize) -> bool {
    segments
        .sentences
        .get(sentence)
        .is_none_or(|s| s.start > start || !text[s.start..start].chars().any(char::is_alphanumeric))
}

/// Whether each sentence looks like a headline (Title Case or ALL CAPS),
/// where capitals say nothing about names; computed on demand.
struct HeadlineCache(Vec<Option<bool>>);

impl HeadlineCache {
    fn new(n: usize) -> Self {
        HeadlineCache(vec![None; n])
    }

    fn get(&mut self, text: &str, segments: &Segments, i: usize) -> bool {
        let Some(s) = segments.sentences.get(i) else {
            return false;
        };
        *self.0[i].get_or_insert_with(|| is_headline(&text[s.start..s.end]))
    }
}

/// Whether a sentence is set in title case, where capitals say nothing:
/// four in five of its longer words capitalised, and at most one not (a
/// sentence that lists names, `the Tawazun Council gave Calidus Aerospace,
/// International Golden Group and Edge contracts`, has several). Words of
/// fewer than four letters do not count.
fn is_headline(sentence: &str) -> bool {
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
        .collect();
    if words.len() < 3 {
        return false;
    }
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    capitalised * 5 >= words.len() * 4 && words.len() - capitalised <= 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{Gazetteer, Source};

    const GAZ: &str = "id\ttype\tname\taliases\tcontext_aliases\tdemonyms\n\
        us\tcountry\tUnited States\tU.S.|US|America\t\tAmerican|Americans\n\
        ukraine\tcountry\tUkraine\t\t\tUkrainian|Ukrainians\n\
        iran\tcountry\tIran\t\t\tIranian\n\
        turkey\tcountry\tTurkey\tTürkiye\t\tTurkish\n\
        uk\tcountry\tUnited Kingdom\tUK|U.K.|Britain\t\tBritish\n\
        nato\torganization\tNATO\tNorth Atlantic Treaty Organization\t\t\n\
        udcg\torganization\tUkraine Defense Contact Group\tUkrainian Defense Contact Group\t\t\n\
        eucouncil\torganization\tEuropean Council\t\t\t\n\
        zelensky\tperson\tVolodymyr Zelenskyy\tZelensky|Zelenskyy|Volodymyr Zelensky\t\t\n\
        trump\tperson\tDonald Trump\tTrump\t\t\n\
        orban\tperson\tViktor Orbán\tOrbán\t\t\n\
        austin\tperson\tLloyd Austin\t\tAustin\t\n\
        boris\tperson\tBoris Johnson\t\tJohnson\t\n\
        mike\tperson\tMike Johnson\t\tJohnson\t\n\
        usarmy\torganization\tUS Army\tU.S. Army\t\t\n\
        who\torganization\tWorld Health Organization\t\t\t\n\
        mod\torganization\tMinistry of Defence\t\t\t\n\
        modus\torganization\tMinistry of Defense\t\t\t\n\
        dewever\tperson\tBart De Wever\tDe Wever\t\t\n\
        hayya\tperson\tKhalil al-Hayya\tal-Hayya\t\t\n\
        atlantic\torganization\tThe Atlantic\t\t\t\n\
        atlanticcouncil\torganization\tAtlantic Council\t\t\t\n";

    fn matcher() -> Matcher {
        let mut sources = vec![Source {
            name: "test.tsv".into(),
            text: GAZ.into(),
        }];
        sources.push(Source {
            name: "common_words.txt".into(),
            text: "turkey\nthe atlantic\n".into(),
        });
        Matcher::new(Gazetteer::from_sources(&sources).unwrap()).unwrap()
    }

    /// (surface, entity id, how) for each mention of `text`.
    fn found(m: &Matcher, text: &str) -> Vec<(String, String, Resolution)> {
        m.find(text)
            .into_iter()
            .map(|x| {
                assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end));
                (
                    text[x.start..x.end].to_string(),
                    m.entity(x.entity).id.clone(),
                    x.resolved_by,
                )
            })
            .collect()
    }

    /// A matcher over `tsv` alone (its header line included).
    fn matcher_of(tsv: &str) -> Matcher {
        matcher_of_files(&[("t.tsv", tsv)])
    }

    /// A matcher over gazetteer files given as (name, text).
    fn matcher_of_files(files: &[(&str, &str)]) -> Matcher {
        let sources: Vec<Source> = files
            .iter()
            .map(|&(name, text)| Source {
                name: name.into(),
                text: text.into(),
            })
            .collect();
        Matcher::new(Gazetteer::from_sources(&sources).unwrap()).unwrap()
    }

    /// (entity id, how) of the first mention of `text` reading `surface`.
    fn resolution(m: &Matcher, text: &str, surface: &str) -> Option<(String, Resolution)> {
        let hit = found(m, text).into_iter().find(|(s, _, _)| s == surface);
        hit.map(|(_, id, how)| (id, how))
    }

    fn surfaces(m: &Matcher, text: &str) -> Vec<String> {
        found(m, text)
            .into_iter()
            .map(|(s, id, _)| format!("{s}={id}"))
            .collect()
    }

    #[test]
    fn matching_rules_table() {
        let m = matcher();
        let table: &[(&str, &str, &[&str])] = &[
            ("whole word: not inside USA", "USA and JUST", &[]),
            ("whole word: not inside campus", "the campus", &[]),
            (
                "whole word: Iran not in Iranian",
                "Iranian drones",
                &["Iranian=iran"],
            ),
            ("unicode boundary", "Zelenskyyé said", &[]),
            (
                "leftmost-longest",
                "the Ukraine Defense Contact Group met",
                &["Ukraine Defense Contact Group=udcg"],
            ),
            (
                "longest over demonym",
                "the Ukrainian Defense Contact Group",
                &["Ukrainian Defense Contact Group=udcg"],
            ),
            (
                "longest: European Council",
                "the European Council said",
                &["European Council=eucouncil"],
            ),
            (
                "nested country in org",
                "the US Army and U.S. Army",
                &["US Army=usarmy", "U.S. Army=usarmy"],
            ),
            (
                "acronyms are case-sensitive",
                "let us go to the uk, nato",
                &[],
            ),
            (
                "acronym matches",
                "US and UK and NATO",
                &["US=us", "UK=uk", "NATO=nato"],
            ),
            ("dotted acronym", "shifts in U.S. policy", &["U.S.=us"]),
            (
                "names in capitals",
                "TRUMP MEETS ZELENSKY",
                &["TRUMP=trump", "ZELENSKY=zelensky"],
            ),
            (
                "title case variant",
                "North Atlantic Treaty Organization and North Atlantic Treaty Organization",
                &[
                    "North Atlantic Treaty Organization=nato",
                    "North Atlantic Treaty Organization=nato",
                ],
            ),
            ("no lower-casing", "donald trump", &[]),
            ("possessive", "Trump's plan", &["Trump=trump"]),
            (
                "curly possessive",
                "Trump’s plan and Russia’s",
                &["Trump=trump"],
            ),
            (
                "hyphen compounds",
                "Israel-US and Iran‑backed",
                &["US=us", "Iran=iran"],
            ),
            (
                "spelling variants",
                "Zelensky, Zelenskyy, Volodymyr Zelensky",
                &[
                    "Zelensky=zelensky",
                    "Zelenskyy=zelensky",
                    "Volodymyr Zelensky=zelensky",
                ],
            ),
            (
                "diacritics both ways",
                "Orbán and Orban and Türkiye and Turkiye",
                &[
                    "Orbán=orban",
                    "Orban=orban",
                    "Türkiye=turkey",
                    "Turkiye=turkey",
                ],
            ),
            ("NFD input", "Orba\u{301}n spoke", &["Orba\u{301}n=orban"]),
            (
                "particles in either case",
                "Bart de Wever met de Wever; Khalil Al-Hayya and Al-Hayya",
                &[
                    "Bart de Wever=dewever",
                    "de Wever=dewever",
                    "Khalil Al-Hayya=hayya",
                    "Al-Hayya=hayya",
                ],
            ),
            (
                "the other spelling",
                "World Health Organisation, WORLD HEALTH ORGANISATION",
                &[
                    "World Health Organisation=who",
                    "WORLD HEALTH ORGANISATION=who",
                ],
            ),
            (
                "a name as written wins over another's spelling variant",
                "Ministry of Defence and Ministry of Defense",
                &["Ministry of Defence=mod", "Ministry of Defense=modus"],
            ),
            (
                "only particles are lowered",
                "bart de wever and khalil al-hayya",
                &[],
            ),
        ];
        for (name, text, expected) in table {
            assert_eq!(surfaces(&m, text), *expected, "{name}");
        }
    }

    /// A word map, an alias, and what the map makes of it.
    type WordMapCase = (
        fn(&str) -> Option<String>,
        &'static str,
        Option<&'static str>,
    );

    #[test]
    fn word_maps_change_whole_words_only() {
        let cases: &[WordMapCase] = &[
            (particles_lowered, "De Wever", Some("de Wever")),
            (particles_lowered, "Bart De Wever", Some("Bart de Wever")),
            (
                particles_lowered,
                "Khalil Al Hayya",
                Some("Khalil al Hayya"),
            ),
            (
                particles_lowered,
                "Mohammed Bin Salman Al Saud",
                Some("Mohammed bin Salman al Saud"),
            ),
            (particles_lowered, "Ursula von der Leyen", None), // already lower
            (particles_lowered, "Al", None),                   // a particle alone stays a name
            (particles_lowered, "Delaware Dean", None),
            (
                other_spelling,
                "World Health Organization",
                Some("World Health Organisation"),
            ),
            (
                other_spelling,
                "Ministry of Defence",
                Some("Ministry of Defense"),
            ),
            (
                other_spelling,
                "Defense-Industry Center",
                Some("Defence-Industry Centre"),
            ),
            (other_spelling, "Organizational Unit", None),
            (other_spelling, "Kyiv Independent", None),
        ];
        for &(map, alias, expected) in cases {
            assert_eq!(map(alias).as_deref(), expected, "{alias}");
        }
    }

    #[test]
    fn context_aliases_need_a_plain_mention() {
        let m = matcher();
        assert_eq!(
            surfaces(&m, "Austin is a city in Texas."),
            Vec::<String>::new()
        );
        let f = found(&m, "Austin spoke. Lloyd Austin, the secretary, agreed.");
        assert_eq!(
            f[0],
            ("Austin".into(), "austin".into(), Resolution::Context)
        );
        assert_eq!(f[1].2, Resolution::Alias);
    }

    #[test]
    fn a_bare_surname_before_another_capital_is_another_name() {
        let m = matcher();
        assert_eq!(
            surfaces(&m, "Lloyd Austin spoke. Austin Powers is a film."),
            ["Lloyd Austin=austin"]
        );
        assert_eq!(
            surfaces(&m, "Lloyd Austin spoke. Later Austin agreed, Austin said."),
            ["Lloyd Austin=austin", "Austin=austin", "Austin=austin"]
        );
    }

    #[test]
    fn shared_surname_goes_to_the_nearest_named_person() {
        let m = matcher();
        let text = "Boris Johnson met Mike Johnson. Later Johnson left.";
        let f = found(&m, text);
        assert_eq!(f.len(), 3);
        assert_eq!((f[2].1.as_str(), f[2].2), ("mike", Resolution::Nearest));
        let f = found(&m, "Mike Johnson spoke. Johnson agreed.");
        assert_eq!((f[1].1.as_str(), f[1].2), ("mike", Resolution::Context));
        assert!(found(&m, "Johnson agreed.").is_empty());
    }

    #[test]
    fn common_word_at_sentence_start_needs_confirmation() {
        let m = matcher();
        assert!(surfaces(&m, "Turkey is served at dinner.").is_empty());
        assert!(surfaces(&m, "TURKEY RECIPES").is_empty());
        let f = found(&m, "Turkey said no. Officials in Turkey agreed.");
        assert_eq!(f[0].2, Resolution::Confirmed);
        assert_eq!(f[1].2, Resolution::Alias);
        assert_eq!(
            surfaces(&m, "Talks with Turkey resumed."),
            ["Turkey=turkey"]
        );
    }

    #[test]
    fn a_name_and_another_context_alias_go_by_the_country_named() {
        let gaz = "id\ttype\tname\taliases\tcontext_aliases\tcountry\n\
            us\tcountry\tUnited States\tUS\t\t\n\
            kr\tcountry\tSouth Korea\t\t\t\n\
            dem\torganization\tDemocratic Party\t\t\tus\n\
            dpk\torganization\tDemocratic Party of Korea\t\tDemocratic Party\tkr\n";
        let m = matcher_of(gaz);
        let party = |text: &str| resolution(&m, text, "Democratic Party");
        // The American party's own claim does not name the United States.
        let korea = "In South Korea, the Democratic Party won.";
        assert_eq!(party(korea), Some(("dpk".into(), Resolution::Country)));
        let both = "In South Korea and the US, the Democratic Party won.";
        assert_eq!(party(both), Some(("dem".into(), Resolution::Alias)));
        let neither = "The Democratic Party won.";
        assert_eq!(party(neither), Some(("dem".into(), Resolution::Alias)));
    }

    #[test]
    fn a_country_alias_is_confirmed_by_its_country() {
        let gaz = "id\ttype\tname\taliases\tcountry_aliases\tcountry\n\
            us\tcountry\tUnited States\tUS\t\t\n\
            ar\tcountry\tArgentina\t\t\t\n\
            congress\torganization\tUS Congress\t\tCongress\tus\n\
            mint\torganization\tUS Mint\t\t\tus\n";
        let m = matcher_of_files(&[("t.tsv", gaz), ("titles.txt", "Republicans\n")]);
        let congress = |text: &str| resolution(&m, text, "Congress");
        let us = "Congress passed the bill, the US said.";
        assert_eq!(congress(us), Some(("congress".into(), Resolution::Country)));
        let named = "Congress passed it. The US Congress rarely agrees.";
        assert_eq!(
            congress(named),
            Some(("congress".into(), Resolution::Context))
        );
        assert_eq!(congress("Congress passed the budget in Argentina."), None);
        assert_eq!(congress("Congress passed the budget."), None);
        let members = "Congress Republicans balked, the US said.";
        assert_eq!(
            congress(members),
            Some(("congress".into(), Resolution::Country))
        );
        let named_by_a_body = "Congress met. The US Mint struck a coin.";
        assert_eq!(
            congress(named_by_a_body),
            Some(("congress".into(), Resolution::Country)),
            "an organisation of the country names the country"
        );
    }

    #[test]
    fn a_country_possessive_picks_that_country_s_claimant() {
        let gaz = "id\ttype\tname\taliases\tcontext_aliases\tcountry\n\
            ru\tcountry\tRussia\t\t\t\n\
            ua\tcountry\tUkraine\t\t\t\n\
            fr\tcountry\tFrance\t\t\t\n\
            gru\torganization\tGRU\t\tMain Intelligence Directorate\tru\n\
            hur\torganization\tHUR\t\tMain Intelligence Directorate\tua\n";
        let m = matcher_of(gaz);
        let agency = |text: &str| resolution(&m, text, "Main Intelligence Directorate");
        let ua = "Ukraine's Main Intelligence Directorate said so.";
        assert_eq!(agency(ua), Some(("hur".into(), Resolution::Country)));
        let ru = "Russia\u{2019}s Main Intelligence Directorate denied it. Ukraine agreed.";
        assert_eq!(agency(ru), Some(("gru".into(), Resolution::Country)));
        assert_eq!(agency("France's Main Intelligence Directorate"), None);
        assert_eq!(
            agency("Ukraine and the Main Intelligence Directorate"),
            None
        );
    }

    #[test]
    fn headlines_are_title_case_sentences() {
        let cases = [
            ("Turkey Blocks Sweden Bid To Join NATO", true),
            (
                "Ukraine Says Russia Launched Drones Overnight, with More Expected",
                true,
            ),
            ("Turkey blocks Sweden's bid to join NATO.", false),
            ("Zelensky Meets Trump", true),
            ("Zelensky met Trump", false),
            (
                "In the UAE, the Tawazun Council gave Calidus Aerospace, \
                 International Golden Group and Edge contracts.",
                false,
            ),
            ("Kyiv Says Talks Stalled Again, urging Help", true),
            ("Kyiv Says Talks Stalled, urging more help", false),
        ];
        for (sentence, expected) in cases {
            assert_eq!(is_headline(sentence), expected, "{sentence}");
        }
    }

    #[test]
    fn a_surname_after_another_given_name_is_another_person_s() {
        let gaz = "id\ttype\tname\taliases\n\
            dt\tperson\tDonald Trump\tTrump\n\
            sl\tperson\tSergey Lavrov\tLavrov\n\
            us\tcountry\tUnited States\tUS\n";
        let m = matcher_of_files(&[("t.tsv", gaz), ("titles.txt", "President\nMr\n")]);
        // Lower-case words, so that no sentence but the last is a headline.
        let said = |text: &str| format!("{text} said that talks would resume later.");
        let cases: [(String, &[&str], &str); 9] = [
            (said("and Melania Trump"), &[], "another of the family"),
            (
                said("and Donald Trump"),
                &["Donald Trump=dt"],
                "the full name",
            ),
            (said("and President Trump"), &["Trump=dt"], "a title"),
            (said("and Mr Trump"), &["Trump=dt"], "a form of address"),
            (
                said("Then Trump"),
                &["Trump=dt"],
                "the first word of a sentence",
            ),
            (said("and Donald J. Trump"), &["Trump=dt"], "an initial"),
            (
                said("and the US Trump"),
                &["US=us", "Trump=dt"],
                "right after another name",
            ),
            (
                said("and Sergei Lavrov"),
                &["Lavrov=sl"],
                "a spelling of his first name",
            ),
            (
                "Melania Trump Visits Paris Again".into(),
                &["Trump=dt"],
                "a headline",
            ),
        ];
        for (text, expected, why) in cases {
            assert_eq!(surfaces(&m, &text), expected, "{why}: {text}");
        }
    }

    #[test]
    fn a_first_name_before_another_capital_is_a_person_s() {
        let gaz = "id\ttype\tname\tcontext_aliases\n\
            jo\tcountry\tJordan\t\n\
            ir\tcountry\tIran\t\n\
            la\tperson\tLloyd Austin\tAustin\n";
        let m = matcher_of_files(&[
            ("t.tsv", gaz),
            ("first_names.txt", "Jordan\n"),
            ("titles.txt", "Foreign\nMonday\n"),
        ]);
        let cases: [(&str, &[&str], &str); 8] = [
            ("Jordan Spieth won.", &[], "an unknown capitalised word"),
            (
                "Jordan Foreign Minister Safadi spoke.",
                &["Jordan=jo"],
                "a title word",
            ),
            ("Jordan Monday said no.", &["Jordan=jo"], "a day"),
            (
                "Jordan Iran talks began.",
                &["Jordan=jo", "Iran=ir"],
                "a known name",
            ),
            (
                "Jordan's King Abdullah spoke.",
                &["Jordan=jo"],
                "a possessive",
            ),
            (
                "Jordan Signs Water Deal With Iran",
                &["Jordan=jo", "Iran=ir"],
                "a headline",
            ),
            ("Iran Spieth spoke.", &["Iran=ir"], "not a first name"),
            ("Jordan Austin won.", &[], "a bare surname is no other name"),
        ];
        for (text, expected, why) in cases {
            assert_eq!(surfaces(&m, text), expected, "{why}: {text}");
        }
    }

    #[test]
    fn a_clue_to_another_sense_drops_a_name_the_document_does_not_confirm() {
        let gaz = "id\ttype\tname\tdemonyms\tcountry\n\
            ge\tcountry\tGeorgia\tGeorgian\t\n\
            md\tcountry\tMoldova\t\t\n\
            gd\torganization\tGeorgian Dream\t\tge\n";
        let senses = "# the US state\nge\tAtlanta|Brian Kemp\n";
        let m = matcher_of_files(&[("t.tsv", gaz), ("other_senses.txt", senses)]);
        let names = |text: &str| surfaces(&m, text);
        assert_eq!(
            names("Polls in Georgia and Moldova closed. Atlanta voted."),
            ["Moldova=md"],
            "a clue, and nothing else of the country's"
        );
        assert_eq!(names("Polls in Georgia closed."), ["Georgia=ge"]);
        assert_eq!(
            names("Polls in Georgia closed. Atlantans voted."),
            ["Georgia=ge"],
            "a clue counts only as a whole word"
        );
        assert_eq!(
            names("Polls in Georgia closed. Atlanta_GA voted."),
            ["Georgia=ge"],
            "`_` is a word character, as in the matcher's boundaries"
        );
        assert_eq!(
            names("Polls in Georgia closed, and Georgian voters flew to Atlanta."),
            ["Georgia=ge", "Georgian=ge"],
            "a demonym confirms the country"
        );
        assert_eq!(
            names("Polls in Georgia closed. Georgian Dream won. Atlanta noticed."),
            ["Georgia=ge", "Georgian Dream=gd"],
            "an organisation of the country confirms it"
        );
    }

    #[test]
    fn a_dropped_common_word_may_hide_a_name_inside_it() {
        let m = matcher();
        assert_eq!(
            surfaces(&m, "The Atlantic Council said so. Turkey agreed."),
            ["Atlantic Council=atlanticcouncil"]
        );
        assert!(surfaces(&m, "The Atlantic was calm.").is_empty());
        assert_eq!(
            surfaces(&m, "The Atlantic Council met. I read The Atlantic."),
            ["The Atlantic=atlantic", "The Atlantic=atlantic"],
            "confirmed, the common word is kept and nothing inside it is looked at"
        );
    }

    #[test]
    fn offsets_index_the_original_text() {
        let m = matcher();
        let text = "“Zelenskyy’s” Türkiye visit — U.S. and Orba\u{301}n.";
        for x in m.find(text) {
            let s = &text[x.start..x.end];
            assert!(
                ["Zelenskyy", "Türkiye", "U.S.", "Orba\u{301}n"].contains(&s),
                "{s}"
            );
        }
        assert_eq!(m.find(text).len(), 4);
    }
}
