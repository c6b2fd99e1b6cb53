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
//!
//! # Layout
//! This file holds the types and the scan for hits; `patterns.rs` turns
//! aliases into patterns and claims, `automaton.rs` finds the longest
//! pattern at a position, `context.rs` resolves hits in their document,
//! and `tests.rs` holds the unit tests.

mod acronyms;
mod automaton;
mod context;
mod datelines;
mod described_orgs;
mod domains;
mod fuller_names;
mod middle_names;
mod missions;
mod nicknames;
mod patterns;
mod roles;
mod short_forms;
mod swar;
#[cfg(test)]
mod tests;
mod titled_outlets;
mod unlisted;
mod unlisted_orgs;
mod word_surnames;

use std::borrow::Cow;

use rayon::prelude::*;
use rustc_hash::{FxHashMap as FastMap, FxHashSet as FastSet};
use serde::Serialize;

use crate::error::Result;
use crate::gazetteer::{Entity, Gazetteer, word_surname};
use crate::normalize::{Folded, is_word_char};
use crate::segment::{Segments, segment};

pub use crate::gazetteer::PARTICLES;
use context::HeadlineCache;
use patterns::{Claims, Entry, case_variants, entries_of, group};
pub use unlisted::{Found, UNLISTED_PREFIX};

/// How an alias denotes its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AliasClass {
    Plain,
    Context,
    /// A context alias that the entity's country also confirms.
    Country,
    Demonym,
    /// A place in the country (`places.txt`): never a mention, only a
    /// sign of what the story is about.
    Place,
}

impl AliasClass {
    /// A plain alias made a context alias; the others as they are.
    fn as_context(self) -> AliasClass {
        match self {
            AliasClass::Plain => AliasClass::Context,
            other => other,
        }
    }

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
    /// Every alias of the entity behind the pattern has a letter outside
    /// ASCII (`Libération`): text without one matches only by folding.
    accented: bool,
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
    /// A context alias of several entities the document names, none of them
    /// a person; the nearest plain mention (preceding first) decided.
    Nearest,
    /// A surname of several people the document names in full; the one
    /// named most often decided, then one not named only as a relative,
    /// then the nearest.
    MostNamed,
    /// A common word in a weak position (sentence start, headline), kept
    /// because the document names the entity elsewhere.
    Confirmed,
    /// A demonym of a country.
    Demonym,
    /// A name in a photo credit, next to a slash (`EPA/Jane Doe`, `Jane
    /// Doe/PA`), in a dateline's brackets (`Sumy, October 5 (ANI):`) or
    /// before `reported` (`PTI reported`), given to the news agency that
    /// credits call so (`credits.txt`).
    Credit,
    /// An outlet the gazetteer does not list, named in a dateline's
    /// brackets (`CAIRO, Egypt (MNTV) — …`, `(VOVWORLD) - …`).
    UnlistedInDateline,
    /// A newspaper the gazetteer does not list, named by its title: `The`
    /// capitalised mid-sentence, one or two capitalised words and a word
    /// titles end with (`according to The Caspian Post`).
    UnlistedTitledOutlet,
    /// A person the gazetteer does not list, named right after a title or
    /// role word (`Defence Minister Jane Doe`, `Judge Nayko Coronado`).
    UnlistedAfterTitle,
    /// A person the gazetteer does not list, named next to a news agency
    /// in a photo credit (`Jane Doe/AFP`).
    UnlistedInCredit,
    /// A person the gazetteer does not list, named in a byline (`By Jane
    /// Doe`, `Reporting by Jane Doe`).
    UnlistedInByline,
    /// A person the gazetteer does not list, with a given name of the
    /// gazetteer's people, named before or after a verb of speech (`Jane
    /// Doe said`, `according to Jane Doe`).
    UnlistedNearVerb,
    /// A person the gazetteer does not list, with a given name of the
    /// gazetteer's people, named before a description (`Jane Doe, a senior
    /// fellow`), or with any first word before a role in apposition
    /// (`Saurabh Bharadwaj, a minister`).
    UnlistedApposition,
    /// A person the gazetteer does not list, with a given name of the
    /// gazetteer's people, named in a list beside a listed person (`Olaf
    /// Scholz and Jane Doe`, `Jane Doe, Olaf Scholz`).
    UnlistedInList,
    /// A person the gazetteer does not list, with a given name of the
    /// gazetteer's people, named right after the possessive of an
    /// organisation or a country the document names (`CNN's Jane Doe`).
    UnlistedAfterPossessive,
    /// A person the gazetteer does not list, with a given name of the
    /// gazetteer's people, named with a possessive (`Jane Doe's office`).
    UnlistedPossessive,
    /// A person the gazetteer does not list, with a given name of the
    /// gazetteer's people, named before `of` and an organisation the
    /// document names (`Jane Doe of the Atlantic Council`).
    UnlistedOfOrganization,
    /// A person the gazetteer does not list, with a given name of the
    /// gazetteer's people, whose surname the document also uses alone
    /// (`Jane Doe was removed … Doe said`): news names a person in full
    /// once and by the surname after, which places and firms named like
    /// people rarely are.
    UnlistedBySurname,
    /// A person the gazetteer does not list, named with no cue above by a
    /// name that begins with a given name, where nothing says it names a
    /// place or a thing (`after Laurent Freixe was removed`).
    UnlistedGivenName,
    /// The name or surname of a person found so elsewhere in the document.
    UnlistedAgain,
    /// An acronym the document defines: in brackets right after an
    /// organisation's name, made of its capitals (`Central Election
    /// Commission (CEC)`), it names that organisation throughout the
    /// document, whatever else the gazetteer means by it.
    DefinedAcronym,
    /// An organisation the gazetteer does not list, named by three
    /// capitalised words or more around a word that ends or begins
    /// organisations' names (`org_heads.txt`: `Care Quality Commission`,
    /// `Election Commission of India`), or two with an acronym or a
    /// country's name (`SBS News`).
    UnlistedOrganization,
    /// An organisation the gazetteer does not list, named right after a
    /// lower-case word that says what kind of body it is (`the drone maker
    /// Skyeton`, `rights group Memorial`) or after a place's `-based`
    /// (`Abu Dhabi-based MGX`): one capitalised word to four, no title.
    UnlistedOrganizationAfterKind,
    /// An organisation the gazetteer does not list, named right before a
    /// company's office (`Anduril CEO`, `Helsing's chief executive`,
    /// `Telegram founder`).
    UnlistedOrganizationBeforeOffice,
    /// A context alias of one organisation only, right before a company's
    /// office or its analyst (`Bernstein analyst Daniel Roeska`, `Nibulon
    /// CEO`), where the document names no claimant plainly.
    BeforeOffice,
    /// A context alias of one sports club or team and of no person, in a
    /// story that names a club, team or league of its sport plainly
    /// (`Liverpool` beside `Newcastle United`), not right after `in`:
    /// sports news calls clubs by their towns. Or of one player of that
    /// sport (`Norris` beside `McLaren`): it calls players by their surnames.
    SportsStory,
    /// A context alias of one bank and of no person, in a story that names
    /// two banks or more plainly (`Santander` beside `Banco Sabadell` and
    /// `BBVA`), not right after `in` and not a surname elsewhere in the
    /// story (`Jane Stephens`).
    BankingStory,
    /// A context alias of one organisation (a club only in a story about
    /// its sport), in a list right beside an organisation the document
    /// names (`TotalEnergies, Exxon Mobil, Santos and Kumul`).
    ListedWithOrganizations,
    /// An organisation the gazetteer does not list, named right before a
    /// lower-case word that says what kind of group it is (`the Yelema
    /// party`, `the Sinaloa cartel`, `the Saba news agency`): one
    /// capitalised word to three, not the first of a sentence, no ideology
    /// alone (`the Democratic party`).
    UnlistedOrganizationBeforeKind,
    /// A listed person's surname (or name) with a middle name or initial
    /// the gazetteer does not list before it, and the person's given name
    /// before that (`Bola Ahmed Tinubu`, `Donald J. Trump`): the mention
    /// is widened to the given name. Found by the surname as any alias is.
    MiddleName,
    /// A listed person's name of two words written with the words
    /// swapped, family name first (`the candidate Biya Paul`), as official
    /// lists write names and the news copies them, where a rule for people
    /// the gazetteer does not list finds the name.
    SwappedName,
    /// An organisation named again by the head word of its name after
    /// `the` (`the Council` after `the North Atlantic Council`), given to
    /// the first organisation named before it with that head word.
    ShortForm,
    /// Decided by a country: the name follows a country's possessive and
    /// that country has one claimant (`Ukraine's Main Intelligence
    /// Directorate`); or it is one entity's name and another's context
    /// alias, and the document names only the other's country
    /// (`Democratic Party` in a story about South Korea); or it is a
    /// country alias whose country the document names (`Congress`).
    Country,
    /// A bare surname right after a title, given to the one person it
    /// names whom the gazetteer describes as holding that office
    /// (`Prime Minister Luxon`, described `Prime Minister of New Zealand`),
    /// in a story that names none of the claimants' countries; or right
    /// before `administration`, `government` or `regime`, given to the one
    /// claimant described as a head of state or government (`the Duterte
    /// administration`).
    Office,
    /// A name the document gives someone after `also known as`, `a.k.a.`
    /// or `, alias` (`Al-Fateh Abdullah Idris, also known as "Abu Lulu"`,
    /// `Francis Kamanzi a.k.a Erasto`): that person (or body), wherever
    /// the document uses it.
    AlsoKnownAs,
    /// A person's surname that is also a word (`Friday`, `May`), right
    /// after a form of address or a title (`Dr Friday`, `Mrs May`), in a
    /// document that names the person in full.
    WordSurname,
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

impl Mention {
    /// A name of `entity` at `span` that a rule found (`how`), placed in
    /// its sentence and paragraph.
    fn found_at(
        span: std::ops::Range<usize>,
        entity: usize,
        how: Resolution,
        segments: &Segments,
    ) -> Mention {
        let sentence = segments.sentence_at(span.start);
        Mention {
            start: span.start,
            end: span.end,
            entity,
            kind: MentionKind::Name,
            sentence,
            paragraph: segments.sentences.get(sentence).map_or(0, |s| s.paragraph),
            resolved_by: how,
        }
    }
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
    /// Per pattern: does it begin with a title of `NAME_TITLES` (`King
    /// Salman bin Abdulaziz`)? See [`Matcher::past_title`].
    titled: Vec<bool>,
    /// The names photo credits use for agencies, as written, and whose.
    credits: FastMap<String, u32>,
    /// What a capitalised word may begin or end in a name the gazetteer
    /// does not list: one look-up per capitalised word of the text.
    name_words: FastMap<String, NameWord>,
    /// Per entity: the sports it is a club, team or league of, if any
    /// ([`Entity::sports`]).
    sports: Vec<u32>,
    /// Per entity: is it a bank ([`Entity::is_bank`])?
    banks: Vec<bool>,
    /// Per entity: the head word of an organisation's name, which names it
    /// again after `the` (`short_forms.rs`).
    org_heads: Vec<Option<Box<str>>>,
    /// Per organisation, the organs named `<Head> of the <its name>`, by
    /// their head words, which name them after `the` in its stories
    /// (`short_forms.rs`: `the Council` where the EU is named).
    organs: FastMap<u32, Vec<(Box<str>, u32)>>,
    /// People's surnames that are words too, counted only after a title
    /// (`word_surnames.rs`: `Dr Friday`).
    word_surnames: FastMap<u32, Box<str>>,
    /// Whether [`Matcher::find_all`] adds people and organisations the
    /// gazetteer does not list.
    unlisted: bool,
}

/// A raw whole-word hit in folded text.
#[derive(Debug, Clone, Copy)]
struct Hit {
    start: usize,
    end: usize,
    pattern: usize,
}

/// A news agency named where credits stand (see [`Matcher::credit_at`]).
#[derive(Debug, Clone, Copy)]
struct Credit {
    agency: u32,
    cue: CreditCue,
}

/// How firmly a place names a news agency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CreditCue {
    /// A photo credit or a dateline's brackets: nothing else stands there.
    Credit,
    /// Right before `reported`: other bodies report too, so a body the
    /// story names in full keeps its short name.
    Reported,
}

/// A hit placed in the original text, before resolution.
struct Candidate<'c> {
    start: usize,
    end: usize,
    sentence: usize,
    /// Borrowed from the patterns' claims, unless a name in another sense
    /// took some of them (see `Matcher::unclaim`).
    claims: Cow<'c, [Claim]>,
    weak: bool,
    /// Right before a space and a capital: a bare surname there begins
    /// another name (`Kim Hong-kyun`, `Johnson Controls`).
    before_capital: bool,
    /// `before_capital` only by a headline's capital, on a word the
    /// story never writes after it again (see `mark_headline_words`).
    capital_of_headline: bool,
    /// Only people claim it, by a bare surname, and a title word comes
    /// right before it (`Defense Minister Pistorius`).
    after_title: bool,
    /// The country named right before it with a possessive or by its
    /// demonym (`Ukraine's Main Intelligence Directorate`, `Russian Defense
    /// Ministry`).
    owner: Option<u32>,
    /// The news agency a credit names with it (`credits.txt`), and how
    /// firmly (see [`Matcher::credit_at`]).
    credit: Option<Credit>,
    /// The person whose surname (a context alias) it is, written after
    /// their given name and a middle name or initial (`William Samoei
    /// Ruto`): that names them as plainly as their full name would.
    full_name: Option<u32>,
    /// A context alias right before a company's office or its analyst
    /// (`Bernstein analyst`, `Nibulon CEO`), what only organisations have,
    /// and after no capitalised word.
    before_office: bool,
    /// The country of the place it names, when it names nothing else
    /// (`Ottawa`): no mention, but the story is about that country.
    place: Option<u32>,
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
        for p in gazetteer.places() {
            entries.extend(patterns::place_entries(p.entity, &p.words));
        }
        for phrase in gazetteer.not_entities() {
            entries.extend(case_variants(phrase).into_iter().map(|(v, _)| (v, None)));
        }
        entries.par_sort_by(|a, b| a.0.cmp(&b.0));
        let (patterns, claims) = group(entries);
        let common = patterns
            .par_iter()
            .map(|p| gazetteer.is_common_word(p))
            .collect();
        let first_name = patterns
            .par_iter()
            .map(|p| gazetteer.is_first_name(p))
            .collect();
        let titled = patterns
            .iter()
            .map(|p| {
                p.split_once(' ')
                    .is_some_and(|(word, _)| NAME_TITLES.contains(&word))
            })
            .collect();
        let automaton = automaton::Automaton::new(patterns)?;
        let credits = gazetteer
            .credits()
            .iter()
            .flat_map(|c| c.words.iter().map(|name| (name.clone(), c.entity as u32)))
            .collect();
        let name_words = name_words(&gazetteer);
        let sports = gazetteer.entities().iter().map(Entity::sports).collect();
        let banks = gazetteer.entities().iter().map(Entity::is_bank).collect();
        let org_heads = gazetteer
            .entities()
            .iter()
            .map(short_forms::head_of)
            .collect();
        let organs = short_forms::organs(gazetteer.entities());
        let word_surnames = gazetteer
            .entities()
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((i as u32, word_surname(e, &gazetteer)?.into())))
            .collect();
        Ok(Matcher {
            gazetteer,
            automaton,
            claims,
            common,
            first_name,
            titled,
            credits,
            name_words,
            sports,
            banks,
            org_heads,
            organs,
            word_surnames,
            unlisted: true,
        })
    }

    /// What `word` may be in a name the gazetteer does not list.
    fn name_word_kind(&self, word: &str) -> NameWord {
        let key = crate::normalize::fold_word(word);
        self.name_words
            .get(key.as_ref())
            .copied()
            .unwrap_or_default()
    }

    /// Whether [`Matcher::find_all`] also reports people and organisations
    /// the gazetteer does not list (the default) or only its entities.
    pub fn with_unlisted(mut self, on: bool) -> Matcher {
        self.unlisted = on;
        self
    }

    /// The gazetteer this matcher was compiled from.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The entity at `index`.
    pub fn entity(&self, index: usize) -> &Entity {
        &self.gazetteer.entities()[index]
    }

    /// Whether the entity at `index` is a person.
    fn is_person(&self, index: usize) -> bool {
        self.entity(index).kind == crate::gazetteer::EntityType::Person
    }

    /// The entity of a mention's index in a document whose unlisted people
    /// and organisations are `unlisted`: the gazetteer's below its length,
    /// `unlisted[index - length]` above.
    pub fn entity_in<'a>(&'a self, unlisted: &'a [Entity], index: usize) -> &'a Entity {
        match index.checked_sub(self.gazetteer.len()) {
            Some(i) => &unlisted[i],
            None => self.entity(index),
        }
    }

    /// The country of entity `e` (its `country` column), if any.
    fn country_of(&self, e: u32) -> Option<u32> {
        self.gazetteer.countries()[e as usize]
    }

    /// Number of patterns matched (aliases and their case variants).
    pub fn pattern_count(&self) -> usize {
        self.claims.len()
    }

    /// Finds the mentions in `text`, segmenting it first.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        self.find_in(text, &segment(text))
    }

    /// Finds the mentions in `text`, given its segmentation. Mentions are
    /// sorted by position and never overlap.
    pub fn find_in(&self, text: &str, segments: &Segments) -> Vec<Mention> {
        let mut headline = HeadlineCache::new(segments.sentences.len());
        let mut mentions = self.find_listed(text, segments, &mut headline);
        self.widen_to_suffixes(text, &[], &mut mentions);
        mentions
    }

    /// [`Matcher::find_in`], with which sentences are headlines computed
    /// once for the document (the rule for unlisted people asks too).
    fn find_listed(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
    ) -> Vec<Mention> {
        let mut mentions = self.resolve_listed(text, segments, headline);
        self.drop_second_halves(text, &mut mentions);
        self.widen_to_given_names(text, &mut mentions);
        self.add_word_surnames(text, segments, &mut mentions);
        self.widen_around_nicknames(text, &mut mentions);
        self.widen_to_second_surname(text, &mut mentions);
        self.widen_to_given_name_after(text, &mut mentions);
        self.widen_to_article(text, &mut mentions);
        self.widen_to_initial(text, &mut mentions);
        self.widen_to_legal_forms(text, &mut mentions);
        self.widen_back_to_legal_forms(text, &mut mentions);
        self.join_countries(text, &mut mentions);
        self.leave_out_titles(text, &mut mentions);
        leave_out_the(text, &mut mentions);
        // Collected first, as the next mention's start is needed; most
        // documents have none, and an empty vector allocates nothing.
        let mononyms: Vec<usize> = (0..mentions.len())
            .filter(|&i| {
                let next = mentions.get(i + 1).map(|n| n.start);
                self.mononym_before_surname(text, &mentions[i], next)
                    // A headline capitalises the verb after it (`Anitta Sings`).
                    && !headline.get(text, segments, mentions[i].sentence)
            })
            .collect();
        let mut i = 0;
        mentions.retain(|m| {
            i += 1;
            !begins_a_code(text, m)
                && !no_government(text, m)
                // `Jane Doe`: a one-word body right after a given name is
                // the surname of someone the gazetteer does not list.
                && !self.surname_after_given_name(text, m)
                && !mononyms.contains(&(i - 1))
        });
        mentions
    }

    /// Moves the start of each person's mention past the titles it begins
    /// with (`NAME_TITLES`, then `AFTER_TITLES`), when a capitalised name
    /// follows (not `Princess of Asturias`).
    fn leave_out_titles(&self, text: &str, mentions: &mut [Mention]) {
        for m in mentions.iter_mut() {
            if m.kind != MentionKind::Name || !self.is_person(m.entity) {
                continue;
            }
            let mut titled = false;
            while let Some((word, rest)) = text[m.start..m.end].split_once(' ') {
                let title = NAME_TITLES.contains(&word) || (titled && AFTER_TITLES.contains(&word));
                if !title || !rest.starts_with(char::is_uppercase) {
                    break;
                }
                titled = true;
                m.start += word.len() + 1;
            }
        }
    }

    /// The gazetteer's entities in `text`, each hit resolved in context.
    fn resolve_listed(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
    ) -> Vec<Mention> {
        let folded = Folded::new(text);
        let hits = self.entity_hits(folded.as_str(), 0, folded.as_str().len());
        let mut candidates = self.candidates(text, &folded, &hits, segments, headline);
        let mut mentions = self.resolve(text, &candidates, segments);
        if let Some(hits) = self.look_inside_dropped(folded.as_str(), &hits, &candidates, &mentions)
        {
            candidates = self.candidates(text, &folded, &hits, segments, headline);
            mentions = self.resolve(text, &candidates, segments);
        }
        // Names in another sense are dropped, and resolution runs again
        // without them: they confirm nothing (rare, so paid only then).
        let other = self.other_senses(text, &mentions);
        if other.is_empty() {
            return mentions;
        }
        Matcher::unclaim(&mut candidates, &other);
        let mut mentions = self.resolve(text, &candidates, segments);
        // A name that another entity also claims may still resolve to one
        // of them.
        mentions.retain(|m| !(m.kind == MentionKind::Name && other.contains(&(m.entity as u32))));
        mentions
    }

    /// Whole-word, leftmost-longest hits in folded text that start in
    /// `from..before` and claim some entity. Phrases that are not entities
    /// are matched (so no shorter name inside them is), then left out.
    fn entity_hits(&self, folded: &str, from: usize, before: usize) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut at = from;
        while let Some(start) = self.next_start(folded, at).filter(|&s| s < before) {
            match self.whole_word_at(folded, start) {
                Some(mut hit) => {
                    let article = &folded.as_bytes()[start..hit.end];
                    if article.starts_with(b"the ") || article.starts_with(b"The ") {
                        hit = self.after_article(folded, hit);
                    } else if self.titled[hit.pattern] {
                        hit = self.past_title(folded, hit);
                    }
                    out.push(hit);
                    at = hit.end;
                }
                None => at = next_char(folded, start),
            }
        }
        out.retain(|h| {
            !self.claims.of(h.pattern).is_empty() || self.claims.place(h.pattern).is_some()
        });
        out
    }

    /// The longest pattern starting at `start` that is a whole word (`US`
    /// when `USA` is a pattern but the text says `USAF`). `start` is where
    /// a word may begin (see `next_start`), so only the end is checked.
    // Always inlined: its caller in `entity_hits` runs it at every
    // position a name may start, and its other callers are rare.
    #[inline(always)]
    fn whole_word_at(&self, text: &str, start: usize) -> Option<Hit> {
        let ends_word = |end| !inside_word(text, end);
        let (end, pattern) = self.automaton.longest_at(text, start, ends_word)?;
        Some(Hit {
            start,
            end,
            pattern: pattern as usize,
        })
    }

    /// `hit`, or a longer hit right after its first word when that word
    /// is an article: a name listed with its article (`the Guardian`, `The
    /// Independent`) gives way to a longer one after the article (`the
    /// Guardian Council`, `The Independent High Election Commission`), as
    /// leftmost-longest would have it without the article. Out of line:
    /// the automaton's walk stays inlined in the one hot caller.
    #[inline(never)]
    fn after_article(&self, text: &str, hit: Hit) -> Hit {
        self.whole_word_at(text, hit.start + 4)
            .filter(|longer| longer.end > hit.end)
            .unwrap_or(hit)
    }

    /// `hit`, or a longer hit right after its first word when that word
    /// is a title of `NAME_TITLES`: a name listed with its title (`King
    /// Salman bin Abdulaziz`) gives way to a longer one without it
    /// (`Salman bin Abdulaziz Al Saud`), and the title is left out of the
    /// mention anyway (see [`Matcher::leave_out_titles`]).
    #[inline(never)]
    fn past_title(&self, text: &str, hit: Hit) -> Hit {
        let Some((word, _)) = text[hit.start..hit.end].split_once(' ') else {
            return hit;
        };
        self.whole_word_at(text, hit.start + word.len() + 1)
            .filter(|longer| longer.end > hit.end)
            .unwrap_or(hit)
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
}

/// Moves the start of each mention past a leading `the` in lower case: a
/// name listed with its article (`the Guardian`, which news writes for the
/// paper whose bare name is ambiguous) is found with it, but the article
/// is no part of the name as news writes it (the guidelines' spans).
fn leave_out_the(text: &str, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if text[m.start..m.end].starts_with("the ") {
            m.start += 4;
        }
    }
}

/// A country's government by its generic name, a line of
/// `country_bodies.txt` that two rules read apart from the others (see
/// [`no_government`] and `Matcher::retell_country_aliases`).
pub(super) const GOVERNMENT: &str = "Government";

/// Whether `m` is `Government`, a generic name its country alias
/// resolved (`country_bodies.txt`), that names no country's government by
/// itself: news writes the body with an article or its country's
/// possessive before it (`the Government said`, `Ghana's Government`);
/// without them the word begins a heading or a sentence (`Government
/// troops had`) or ends another name (`Local Government`, `Heads of State
/// or Government`). `Government of` begins a longer name, which the rules
/// for unlisted organisations read in full (`Government of National Unity`).
fn no_government(text: &str, m: &Mention) -> bool {
    if m.resolved_by != Resolution::Country || &text[m.start..m.end] != GOVERNMENT {
        return false;
    }
    let before = &text[..m.start];
    let owned = ["the ", "The ", "'s ", "\u{2019}s "]
        .iter()
        .any(|w| before.ends_with(w));
    !owned || text[m.end..].starts_with(" of ")
}

/// Whether `m` begins a model's or a place's code, a hyphen and a part
/// with both letters and digits after it (`ALP-300G` radars, the
/// `US-EAST-1` region, the `DeepSeek-V3` model): no name. A number alone
/// after it keeps it (`EU-27`).
fn begins_a_code(text: &str, m: &Mention) -> bool {
    let Some(rest) = text[m.end..].strip_prefix('-') else {
        return false;
    };
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(rest.len());
    let code = &rest[..end];
    code.bytes().any(|b| b.is_ascii_digit()) && code.bytes().any(|b| b.is_ascii_alphabetic())
}

/// What a capitalised word may be in a name the gazetteer does not list.
#[derive(Debug, Clone, Copy, Default)]
struct NameWord {
    /// It begins people's names (see [`given_names`]).
    given: bool,
    /// It ends or begins organisations' names (`org_heads.txt`).
    org_head: bool,
    /// It names a country's body by itself after the country's possessive
    /// or demonym (`Lebanon's Cabinet`, see [`unlisted_orgs::OWNED_HEADS`]).
    owned_head: bool,
    /// It ends places' and sports clubs' names (`place_words.txt`).
    place: bool,
    /// It is a role of `titles.txt` with a capital, alone or with an `s`
    /// (`Spokesman`, `Analysts`).
    role: bool,
    /// It is the plural of a role of `titles.txt` in lower case
    /// (`analysts`, `deputies`).
    plural_role: bool,
    /// It is a country's demonym of one word (`Israeli`).
    demonym: bool,
    /// It ends a ministry's or department's name after its field (`Health`
    /// of `Ministry of Health`, `Affairs` of `Ministry of Internal
    /// Affairs`): the office of its minister ends there too.
    field: bool,
    /// It is an entity's name that is also a first name
    /// (`first_names.txt`: `Jordan`, `Chad`).
    first_name: bool,
    /// It comes first in a listed person's name whose given name is
    /// hyphened (`Park Geun-hye`, `Lai Ching-te`): a family name, which
    /// begins a person's name before a word of that shape even where it is
    /// a common word (`Park Ju-min`, `Song Cheol-ho`).
    family_first: bool,
}

/// The given names and the words of `org_heads.txt`, each with what it is.
fn name_words(gazetteer: &Gazetteer) -> FastMap<String, NameWord> {
    let mut words: FastMap<String, NameWord> = FastMap::default();
    for w in given_names(gazetteer) {
        words.entry(w).or_default().given = true;
    }
    for w in gazetteer.org_heads() {
        words.entry(w.clone()).or_default().org_head = true;
    }
    for w in gazetteer.place_words() {
        words.entry(w.clone()).or_default().place = true;
    }
    for w in gazetteer.first_names() {
        let key = crate::normalize::fold_word(w).into_owned();
        words.entry(key).or_default().first_name = true;
    }
    // Legal forms are head words whatever `org_heads.txt` says: the rule
    // for one word before them (`Globex Corp`) reads them as heads.
    for w in unlisted_orgs::LEGAL_FORMS {
        words.entry(w.to_string()).or_default().org_head = true;
    }
    for w in unlisted_orgs::OWNED_HEADS {
        words.entry(w.to_string()).or_default().owned_head = true;
    }
    for e in gazetteer.entities() {
        for d in e.demonyms.iter().filter(|d| !d.contains(' ')) {
            let key = crate::normalize::fold_word(d).into_owned();
            words.entry(key).or_default().demonym = true;
        }
    }
    for w in family_names(gazetteer) {
        words.entry(w.to_string()).or_default().family_first = true;
    }
    for w in ministry_fields(gazetteer) {
        words.entry(w.to_string()).or_default().field = true;
    }
    for role in gazetteer.roles() {
        let capitalised = capitalise(role);
        words.entry(format!("{capitalised}s")).or_default().role = true;
        words.entry(capitalised).or_default().role = true;
        words.entry(format!("{role}s")).or_default().plural_role = true;
        // `deputies`, `secretaries`: `-y` becomes `-ies`.
        if let Some(stem) = role.strip_suffix('y') {
            words.entry(format!("{stem}ies")).or_default().plural_role = true;
        }
    }
    words
}

/// The last words of organisations' names that name a ministry or a
/// department by its field (`Ministry of Health`, `Department for
/// Education`, `Ministry of Tourism and Sports`).
fn ministry_fields(gazetteer: &Gazetteer) -> impl Iterator<Item = &str> {
    // Built once: the gazetteer has hundreds of thousands of names.
    static OFFICES: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::LazyLock::new(|| {
            ["Ministry ", "Department "].map(|w| memchr::memmem::Finder::new(w).into_owned())
        });
    plain_names_of(gazetteer, crate::gazetteer::EntityType::Organization).filter_map(|name| {
        let (at, len) = OFFICES
            .iter()
            .find_map(|f| f.find(name.as_bytes()).map(|i| (i, f.needle().len())))?;
        let rest = &name[at + len..];
        let fields = rest
            .strip_prefix("of ")
            .or_else(|| rest.strip_prefix("for "))?;
        let last = fields.rsplit(' ').next()?;
        last.starts_with(char::is_uppercase).then_some(last)
    })
}

/// The plain names (names and aliases) of the gazetteer's entities of one
/// type.
fn plain_names_of(
    gazetteer: &Gazetteer,
    kind: crate::gazetteer::EntityType,
) -> impl Iterator<Item = &str> {
    gazetteer
        .entities()
        .iter()
        .filter(move |e| e.kind == kind)
        .flat_map(|e| e.plain_names())
}

/// The first words of people's names of two words whose second is a
/// hyphened given name (`Kim Jong-un`, `Lai Ching-te`; see
/// [`NameWord::family_first`]).
fn family_names(gazetteer: &Gazetteer) -> impl Iterator<Item = &str> {
    plain_names_of(gazetteer, crate::gazetteer::EntityType::Person).filter_map(|name| {
        let (family, given) = name.split_once(' ')?;
        let plain = family.chars().all(|c| c.is_ascii_alphabetic());
        (plain && unlisted::hyphened_given_name(given) == Some(given.len())).then_some(family)
    })
}

/// `word` with a capital first letter (`spokesman` → `Spokesman`).
fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Continents, which the lists of given names hold (`Asia`, `África`) but
/// which begin no unlisted person's name in news: they begin titles and
/// desks (`the weekly Africa File`, `Asia Times`). Folded, as the words are
/// keyed.
const CONTINENTS: [&str; 6] = [
    "Africa",
    "America",
    "Antarctica",
    "Asia",
    "Europe",
    "Oceania",
];

/// Given names: `given_names.txt` and the first words of people's names of
/// two words or more (with the family names that come first, as in `Kim
/// Jong Un`), without titles (`King`), common words, particles, articles
/// and prepositions (`The`), initials, the one-word names of countries
/// and organisations (`Jordan`) and the countries' demonyms (`German`, a
/// Spanish name too, is `the German Bundeswehr`'s country, not a man's),
/// and [`CONTINENTS`].
fn given_names(gazetteer: &Gazetteer) -> FastSet<String> {
    use crate::gazetteer::EntityType;
    let (people, others): (Vec<&Entity>, Vec<&Entity>) = gazetteer
        .entities()
        .iter()
        .partition(|e| e.kind == EntityType::Person);
    // Folded, as the words are keyed: `Germán` is `German` here.
    let not_people: FastSet<String> = others
        .iter()
        .flat_map(|e| e.plain_names().chain(e.demonyms.iter().map(String::as_str)))
        .map(|w| crate::normalize::fold_word(w).into_owned())
        .collect();
    let first_words = people
        .iter()
        .flat_map(|e| e.plain_names())
        .filter_map(|name| name.split_once(' ').map(|(first, _)| first));
    let listed = gazetteer.given_names().iter().map(String::as_str);
    first_words
        .chain(listed)
        .filter(|w| {
            w.chars().nth(1).is_some_and(char::is_alphabetic)
                && w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !gazetteer.is_title(w)
                && !gazetteer.is_common_word(w)
                && !PARTICLES.contains(&w.to_lowercase().as_str())
                // A stage name's article (`The Weeknd`) begins no one's name.
                && !unlisted::NOT_NAMES.contains(w)
        })
        // Keyed as the word lists are, and so looked up (`name_word_kind`).
        .map(|w| crate::normalize::fold_word(w).into_owned())
        .filter(|w| !not_people.contains(w) && !CONTINENTS.contains(&w.as_str()))
        .collect()
}

/// Titles of royals, peers, knights and clergy that begin the names the
/// gazetteer lists for them (`Pope Francis`, `Crown Prince Hussein`,
/// `Lord Frost`, `Sir Alex Ferguson`, `Cardinal Parolin`, `Rabbi Dov
/// Lando`):
/// a person's mention leaves them out, as the annotation guidelines leave
/// out `President` and `Ayatollah`. `Sheikh` and `Sultan` are not here:
/// they begin given names too (`Sheikh Hasina`, `Sultan Al Jaber`), nor
/// `Lady` (`Lady Gaga`).
const NAME_TITLES: &[&str] = &[
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Crown",
    "Emperor",
    "Empress",
    "Emir",
    "Infanta",
    "Lord",
    "Baroness",
    "Sir",
    "Dame",
    "Grand",
    "Hereditary",
    "Patriarch",
    "Ecumenical",
    "Metropolitan",
    "Cardinal",
    "Archbishop",
    "Bishop",
    "Rabbi",
    "Ayatollah",
];

/// Words that continue one of `NAME_TITLES` (`Queen Mother Sirikit`, `Pope
/// Emeritus Benedict XVI`, `Grand Duke Henri`, `Grand Imam Ahmed
/// el-Tayeb`) but begin no title alone (`Mother Teresa`).
const AFTER_TITLES: &[&str] = &["Mother", "Emeritus", "Emerita", "Duke", "Duchess", "Imam"];

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
