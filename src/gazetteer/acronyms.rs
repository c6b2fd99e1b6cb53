//! An organisation's acronym, or short name of two words or more, that no
//! other row claims counts where a story names the organisation's
//! country, as a country alias does, and not only where the story names
//! the organisation in full.
//!
//! Rows put a body's acronym or short name among the context aliases when
//! it may be something else in a story about something else (`MEA`,
//! `CBN`, `TPP`, `National Front`). But news of a country writes its
//! bodies' short names alone, the full name given long before or never
//! (`MEA spokesperson Randhir Jaiswal` in an Indian story). Where the
//! story names that country, the short name is the body's; elsewhere it
//! still needs the full name.

use rustc_hash::FxHashMap;

use super::{Entity, EntityType};

/// Letters of an acronym that moves, at least and at most: two capitals
/// are too often something else (`LP`, `DS`, `FG`).
const LETTERS: std::ops::RangeInclusive<usize> = 3..=6;

/// Moves each organisation's context alias that is an acronym of
/// [`LETTERS`] capitals, or a name of two words or more, to its country
/// aliases, when the row names a country and no other row has the string
/// in any column (the bodies derived from `country_bodies.txt` counted);
/// a company's name of two words or more stays.
/// An acronym's form written as a word, as British style writes acronyms
/// (`Act` for the ACT party), moves with it.
pub(super) fn derive(entities: &mut [Entity]) {
    // Which aliases move is decided over the whole list first, the names
    // borrowed: one owned string per moved alias, not one per name.
    let moving: Vec<Vec<String>> = {
        let owners = owners(entities);
        entities.iter().map(|e| moving(e, &owners)).collect()
    };
    for (e, moved) in entities.iter_mut().zip(moving) {
        if !moved.is_empty() {
            e.context_aliases.retain(|a| !moved.contains(a));
            e.country_aliases.extend(moved);
        }
    }
}

/// The context aliases of `e` that become country aliases (see
/// [`derive`]).
fn moving(e: &Entity, owners: &FxHashMap<&str, u32>) -> Vec<String> {
    let has_country = e.meta.get("country").is_some_and(|c| !c.is_empty());
    if e.kind != EntityType::Organization || !has_country {
        return Vec::new();
    }
    // A company's longer short name is as often a person's or a place's
    // (`Ralph Lauren`, `State Street`); a sports club's is its town (`La
    // Rochelle`), which the club's country's news names as a place most.
    let keeps_names = e.is_company() || e.sports() != 0;
    e.context_aliases
        .iter()
        .filter(|a| is_acronym(a) || (!keeps_names && is_longer_name(a)))
        .filter(|a| owners.get(a.as_str()) == Some(&1))
        .cloned()
        .collect()
}

/// How many entities have each string among their names.
fn owners(entities: &[Entity]) -> FxHashMap<&str, u32> {
    let mut owners: FxHashMap<&str, u32> = FxHashMap::default();
    for e in entities {
        let mut own: Vec<&str> = e.all_names().collect();
        own.sort_unstable();
        own.dedup();
        for name in own {
            *owners.entry(name).or_default() += 1;
        }
    }
    owners
}

/// Acronyms that English text uses for things in any story (a cash
/// machine, satellite navigation, an internet provider): a body's that
/// they also are (Malaysia's armed forces, the Swiss Greens, the Illinois
/// State Police) still needs its full name.
const ORDINARY: &[&str] = &["ATM", "GPS", "ISP"];

/// Whether `alias` is all capitals, of [`LETTERS`] letters, and no
/// [`ORDINARY`] abbreviation.
fn is_acronym(alias: &str) -> bool {
    LETTERS.contains(&alias.len())
        && alias.bytes().all(|b| b.is_ascii_uppercase())
        && !ORDINARY.contains(&alias)
}

/// Whether `alias` is a name of two words or more that does not begin
/// with `The`: `The Australian` (the paper) is also the start of `The
/// Australian Government` in a story about Australia.
fn is_longer_name(alias: &str) -> bool {
    alias.contains(' ') && !alias.starts_with("The ")
}
