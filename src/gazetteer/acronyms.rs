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
    let owners = owners(entities);
    for e in entities.iter_mut() {
        let has_country = e.meta.get("country").is_some_and(|c| !c.is_empty());
        if e.kind != EntityType::Organization || !has_country {
            continue;
        }
        // A company's longer short name is as often a person's or a
        // place's (`Ralph Lauren`, `State Street`).
        let company = e.is_company();
        let (moved, kept): (Vec<String>, Vec<String>) = std::mem::take(&mut e.context_aliases)
            .into_iter()
            .partition(|a| {
                let short = is_acronym(a) || (!company && is_longer_name(a));
                short && owners.get(a.as_str()) == Some(&1)
            });
        e.context_aliases = kept;
        e.country_aliases.extend(moved);
    }
}

/// How many entities have each string among their names.
fn owners(entities: &[Entity]) -> FxHashMap<String, u32> {
    let mut owners: FxHashMap<String, u32> = FxHashMap::default();
    for e in entities {
        let mut own: Vec<&str> = e.all_names().collect();
        own.sort_unstable();
        own.dedup();
        for name in own {
            *owners.entry(name.to_string()).or_default() += 1;
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
