//! Compiling the gazetteer into patterns: every alias folded, in its case
//! variants and other spellings, each with the claims entities make on it.

use super::unlisted::SHORT_MONTHS;
use super::{AliasClass, Claim};
use crate::gazetteer::{Entity, EntityType, PARTICLES};
use crate::normalize::{fold, fold_name};
use unicode_normalization::UnicodeNormalization;

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
/// forms with name particles in either case, when they differ, folded
/// again. Only particles are ever lowered: news writes `Bart de Wever` and
/// `De Wever said`, `al-Hayya` and `Al-Hayya`, and mixes them in one name
/// (`Abd Al-Karim al-Ghamari`), whichever the alias lists.
pub(super) fn case_variants(alias: &str) -> Vec<(String, bool)> {
    let mut out = vec![(alias.to_string(), true)];
    for v in [alias.to_uppercase(), title_case(alias)]
        .into_iter()
        .chain(particle_forms(alias))
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
pub(super) type Entry = (String, Option<Claim>);

/// The patterns of entity `i`: each alias folded, in its case variants and
/// those of its other spelling (claims on which are not exact: an alias
/// written that way by another entity wins).
pub(super) fn entries_of(i: usize, e: &Entity) -> impl Iterator<Item = Entry> + '_ {
    let person = e.kind == EntityType::Person;
    aliases(e).flat_map(move |(written, class)| {
        let accented = written.chars().any(|c| c.is_alphabetic() && !c.is_ascii());
        let alias = fold_name(written);
        let other: Vec<(String, bool)> = other_spelling(&alias)
            .into_iter()
            .chain(with_ampersand(&alias))
            .chain(initials_toggled(&alias))
            .chain(without_inner_apostrophes(&alias))
            .flat_map(|a| case_variants(&a))
            .collect();
        // The name's letters spelled out (`Soeder`) and an acronym's
        // stopped (`I.A.E.A.`): not matched by folding alone, so not
        // `accented`.
        let spelled_out = transliterated(written)
            .map(|a| case_variants(&a))
            .into_iter()
            .flatten()
            .chain(dotted(&alias).map(|d| (d, false)));
        // Agencies credit photographers and reporters `Given SURNAME`.
        let credited = (person && class == AliasClass::Plain)
            .then(|| surname_in_capitals(&alias))
            .flatten();
        // British style writes acronyms as words (`Pas` for `PAS`): a
        // word that may be another, so counted only as a context alias.
        let styled = (class != AliasClass::Demonym)
            .then(|| acronym_as_word(&alias))
            .flatten()
            .map(|v| (v, class.as_context()));
        // Brands written with their first capital only (`Deepstate`).
        let uncamelled = camel_lowered(&alias).map(|v| (v, class));
        let restyled = styled.into_iter().chain(uncamelled);
        case_variants(&alias)
            .into_iter()
            .chain(other.into_iter().map(|(v, _)| (v, false)))
            .chain(credited.map(|v| (v, false)))
            .map(move |(v, exact)| (v, exact, class, accented))
            .chain(restyled.map(move |(v, class)| (v, false, class, accented)))
            .chain(spelled_out.map(move |(v, _)| (v, false, class, false)))
            .map(move |(variant, exact, class, accented)| {
                let claim = Claim {
                    entity: i as u32,
                    class,
                    exact,
                    accented,
                };
                (variant, Some(claim))
            })
    })
}

/// Letters English text spells out: `Söder` is written `Soder`, which
/// folding gives, and `Soeder`; `Høsflot` also `Hoesflot`, `Håland` also
/// `Haaland`. Letters with no mark to drop are only spelled out: `Klæbo`
/// as `Klaebo`, `Strauß` as `Strauss`, `Guðni` as `Gudni`, `Þórdís` as
/// `Thordis`. They are not folded so, for their capitals would fold to
/// one case (`KLÆBO`, `Klæbo`) and the letters to another.
const SPELLED_OUT: &[(char, &str)] = &[
    ('ä', "ae"),
    ('Ä', "Ae"),
    ('ö', "oe"),
    ('Ö', "Oe"),
    ('ü', "ue"),
    ('Ü', "Ue"),
    ('ø', "oe"),
    ('Ø', "Oe"),
    ('å', "aa"),
    ('Å', "Aa"),
    ('æ', "ae"),
    ('Æ', "Ae"),
    ('ß', "ss"),
    ('ð', "d"),
    ('Ð', "D"),
    ('þ', "th"),
    ('Þ', "Th"),
];

/// `alias` with each letter of [`SPELLED_OUT`] written out, folded; `None`
/// when it has none. Read before folding, which loses the umlaut.
pub(super) fn transliterated(alias: &str) -> Option<String> {
    if alias.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(alias.len() + 4);
    let mut changed = false;
    for c in alias.nfc() {
        match SPELLED_OUT.iter().find(|&&(letter, _)| letter == c) {
            Some(&(_, two)) => {
                out.push_str(two);
                changed = true;
            }
            None => out.push(c),
        }
    }
    changed.then(|| fold_name(&out))
}

/// The patterns of the places in country `country`: each name folded, in
/// its case variants (`KYIV` in a headline). [`group`] keeps only the
/// country of such a claim, so `exact` and `accented` mean nothing here.
pub(super) fn place_entries(country: usize, names: &[String]) -> impl Iterator<Item = Entry> + '_ {
    let claim = Claim {
        entity: country as u32,
        class: AliasClass::Place,
        exact: true,
        accented: false,
    };
    names.iter().flat_map(move |name| {
        case_variants(&fold_name(name))
            .into_iter()
            .map(move |(variant, _)| (variant, Some(claim)))
    })
}

/// The claims on every pattern, in one list: pattern `p` has
/// `list[starts[p]..starts[p + 1]]` (one allocation, not one per pattern).
#[derive(Debug, Clone)]
pub(super) struct Claims {
    list: Vec<Claim>,
    starts: Vec<u32>,
    /// Per pattern, the country of the place it names ([`NO_PLACE`] for
    /// none, or for a name of places in two countries). Kept apart: a
    /// place is no entity's name, and no rule of resolution reads it but
    /// the one for the countries a story is about.
    places: Vec<u32>,
}

const NO_PLACE: u32 = u32::MAX;

impl Claims {
    /// Number of patterns.
    pub(super) fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub(super) fn of(&self, pattern: usize) -> &[Claim] {
        &self.list[self.starts[pattern] as usize..self.starts[pattern + 1] as usize]
    }

    /// The country of the place `pattern` names, if it names one.
    pub(super) fn place(&self, pattern: usize) -> Option<u32> {
        Some(self.places[pattern]).filter(|&c| c != NO_PLACE)
    }
}

/// Entries sorted by pattern → the distinct patterns, in byte order (as
/// the automaton is built), with their claims: one per entity and class,
/// those of the entities that claim the pattern as written when some do.
pub(super) fn group(entries: Vec<Entry>) -> (Vec<String>, Claims) {
    let mut patterns: Vec<String> = Vec::new();
    let mut claims = Claims {
        list: Vec::new(),
        starts: Vec::new(),
        places: Vec::new(),
    };
    // Per pattern: no place yet, then a country, then `NO_PLACE` again
    // once a second country claims it.
    let mut place: Option<u32> = None;
    for (pattern, claim) in entries {
        if patterns.last() != Some(&pattern) {
            if let Some(&start) = claims.starts.last() {
                keep_exact_claimants(&mut claims.list, start as usize);
                claims.places.push(place.take().unwrap_or(NO_PLACE));
            }
            patterns.push(pattern);
            claims.starts.push(claims.list.len() as u32);
        }
        let start = *claims.starts.last().expect("pushed above") as usize;
        let Some(claim) = claim else { continue };
        if claim.class == AliasClass::Place {
            place = match place {
                Some(c) if c != claim.entity => Some(NO_PLACE),
                _ => Some(claim.entity),
            };
            continue;
        }
        let same = claims.list[start..]
            .iter_mut()
            .find(|c| c.entity == claim.entity && c.class == claim.class);
        match same {
            // One entity may reach a pattern twice (an alias and another's
            // variant): exact if either way is, accented if both are.
            Some(c) => {
                c.exact |= claim.exact;
                c.accented &= claim.accented;
            }
            None => claims.list.push(claim),
        }
    }
    if let Some(&start) = claims.starts.last() {
        keep_exact_claimants(&mut claims.list, start as usize);
        claims.places.push(place.unwrap_or(NO_PLACE));
    }
    claims.starts.push(claims.list.len() as u32);
    (patterns, claims)
}

/// Claims on the alias as written win over claims on a case variant or
/// another spelling: when some entities claim the pattern `list[start..]`
/// as written, only their claims stay, each entity with all of its (`É`
/// as an entity's context alias must not hide its plain name `é`; Israel's
/// `Labor` does not reach `Labour`, which the British party writes).
fn keep_exact_claimants(list: &mut Vec<Claim>, start: usize) {
    let claims = &list[start..];
    // Most patterns have claims of one kind: nothing to drop, no copy.
    if claims.iter().all(|c| c.exact) || claims.iter().all(|c| !c.exact) {
        return;
    }
    let exact = |e: u32| claims.iter().any(|c| c.exact && c.entity == e);
    let kept: Vec<Claim> = claims.iter().filter(|c| exact(c.entity)).copied().collect();
    list.truncate(start);
    list.extend(kept);
}

/// An acronym of two to five capitals with a full stop after each, as
/// some papers write them all (`I.A.E.A.`, `N.A.T.O.`).
fn dotted(alias: &str) -> Option<String> {
    capitals(alias, 2..=5).then(|| alias.chars().flat_map(|c| [c, '.']).collect())
}

/// Whether `alias` is an acronym of so many ASCII capitals (`NATO`).
fn capitals(alias: &str, lengths: std::ops::RangeInclusive<usize>) -> bool {
    lengths.contains(&alias.len()) && alias.bytes().all(|b| b.is_ascii_uppercase())
}

/// An acronym of three to five capitals written as a word (`PAS` →
/// `Pas`), as British papers write them; not when the word is a month's
/// or a day's short name (`FEB` → `Feb 25, 2025`).
fn acronym_as_word(alias: &str) -> Option<String> {
    if !capitals(alias, 3..=5) {
        return None;
    }
    let word = first_capital_only(alias);
    let date = SHORT_MONTHS.contains(&word.as_str()) || SHORT_DAYS.contains(&word.as_str());
    (!date).then_some(word)
}

/// Days as datelines shorten them (`Sat 4 Oct`); months are
/// [`SHORT_MONTHS`].
const SHORT_DAYS: [&str; 10] = [
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
];

/// A one-word name with a capital inside (`DeepState`, `YouTube`,
/// `SeekingAlpha`) with its first capital only (`Deepstate`, `Youtube`),
/// as news often writes brands.
fn camel_lowered(alias: &str) -> Option<String> {
    let b = alias.as_bytes();
    let camel = b.len() >= MIN_CAMEL
        && b[0].is_ascii_uppercase()
        && b.iter().all(u8::is_ascii_alphabetic)
        && b.windows(2)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    camel.then(|| first_capital_only(alias))
}

/// An ASCII name with its first letter as written and the others in
/// lower case (`Pas`, `Deepstate`).
fn first_capital_only(alias: &str) -> String {
    alias[..1].to_string() + &alias[1..].to_ascii_lowercase()
}

/// The shortest name [`camel_lowered`] writes another way: shorter ones
/// are surnames (`McCoy`) or words (`DoD`) more often than brands.
const MIN_CAMEL: usize = 6;

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

/// At most this many particles of a name vary in case (`2^n` forms).
const MAX_VARYING_PARTICLES: usize = 4;

/// `alias` with its particles in every mix of lower case and capitalised,
/// except as written. A particle varies only when more of the name follows
/// it, so a one-word alias never becomes a lower-case word.
pub(super) fn particle_forms(alias: &str) -> Vec<String> {
    let words: Vec<&str> = alias.split_inclusive([' ', '-']).collect();
    let varying: Vec<usize> = (0..words.len().saturating_sub(1))
        .filter(|&i| {
            let word = words[i].trim_end_matches([' ', '-']);
            PARTICLES.contains(&word.to_lowercase().as_str())
        })
        .take(MAX_VARYING_PARTICLES)
        .collect();
    let mut out = Vec::new();
    for mask in 0..1usize << varying.len() {
        let mut form = String::with_capacity(alias.len());
        for (i, word) in words.iter().enumerate() {
            match varying.iter().position(|&v| v == i) {
                Some(bit) if mask >> bit & 1 == 1 => form.push_str(&capitalised(word)),
                Some(_) => form.push_str(&word.to_lowercase()),
                None => form.push_str(word),
            }
        }
        if form != alias {
            out.push(form);
        }
    }
    out
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect()
    })
}

/// `alias` with its last word in capitals, as agencies write a credited
/// name (`Genya SAVILOV`), when it has more than one word and the last is
/// not in capitals already; folded again.
pub(super) fn surname_in_capitals(alias: &str) -> Option<String> {
    map_words(alias, |word, last| {
        let raised = word.to_uppercase();
        (last && raised != word).then_some(raised)
    })
    .filter(|raised| raised.contains([' ', '-']))
    .map(|raised| fold(&raised))
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
pub(super) fn other_spelling(alias: &str) -> Option<String> {
    map_words(alias, |word, _| {
        SPELLINGS.iter().find_map(|&(us, uk)| match word {
            w if w == us => Some(uk.to_string()),
            w if w == uk => Some(us.to_string()),
            _ => None,
        })
    })
}

/// `alias` with `&` for each `and` between its words, as news writes
/// names too (`Foreign, Commonwealth & Development Office`, `Bosnia &
/// Herzegovina`); `None` when it has no such `and`.
pub(super) fn with_ampersand(alias: &str) -> Option<String> {
    map_words(alias, |word, last| {
        (word == "and" && !last).then(|| "&".to_string())
    })
    .filter(|v| !v.starts_with('&'))
}

/// `alias` with the full stops of its initials toggled, as styles differ
/// (`George W Bush` in The Guardian, `George W. Bush` elsewhere; `S
/// Iswaran`, `S. Iswaran`): `Ramniklal S. Gosalia` for `Ramniklal S
/// Gosalia`, `M K Stalin` for `M. K. Stalin`; `None` when it has no
/// initial before another word. A last letter is no initial (`Plan B`),
/// and `A` and `I` are words too, so they gain no stop.
pub(super) fn initials_toggled(alias: &str) -> Option<String> {
    let words: Vec<&str> = alias.split(' ').collect();
    let mut changed = false;
    let toggled: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(k, &word)| {
            let b = word.as_bytes();
            let initial = k + 1 < words.len() && b.first().is_some_and(u8::is_ascii_uppercase);
            match b {
                [c] if initial && !matches!(c, b'A' | b'I') => {
                    changed = true;
                    format!("{word}.")
                }
                [_, b'.'] if initial => {
                    changed = true;
                    word[..1].to_string()
                }
                _ => word.to_string(),
            }
        })
        .collect();
    changed.then(|| toggled.join(" "))
}

/// `alias` without the apostrophes between two small letters, which
/// mark a glottal stop or an ayn that English text often leaves out
/// (`Laaulialemalietoa` for `La'aulialemalietoa`, `al-Qaida` for
/// `al-Qa'ida`, `Sanaa` for `Sana'a`); `None` when it has none. One
/// before a capital stays (`O'Brien`), and so does a possessive's
/// (`Barron's` is no `Barrons`, a surname; `Lloyd's` is no `Lloyds`, a
/// bank).
pub(super) fn without_inner_apostrophes(alias: &str) -> Option<String> {
    let b = alias.as_bytes();
    let possessive = |k: usize| {
        b.get(k + 1) == Some(&b's') && b.get(k + 2).is_none_or(|c| matches!(c, b' ' | b'-'))
    };
    let inner = |k: usize| {
        b[k] == b'\''
            && k > 0
            && b[k - 1].is_ascii_lowercase()
            && b.get(k + 1).is_some_and(u8::is_ascii_lowercase)
            && !possessive(k)
    };
    let kept: String = alias
        .char_indices()
        .filter(|&(k, _)| !inner(k))
        .map(|(_, c)| c)
        .collect();
    (kept.len() < alias.len()).then_some(kept)
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
