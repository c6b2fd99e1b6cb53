//! Bodies every country has, named by a common word (`country_bodies.txt`):
//! news writes `Lebanon's Cabinet` and `a stormy Cabinet session` for a
//! country's cabinet, whichever country it is. Each such word becomes a
//! country alias of a derived entity per country (`Cabinet (Lebanon)`),
//! so it counts in a document that names the country, and goes to the
//! country named nearest when several are (README, Matching rules).
//! A country with a listed body of that name keeps it instead.

use std::collections::BTreeMap;

use rustc_hash::FxHashSet;

use super::{Entity, EntityType, Origin};
use crate::normalize::{fold_name, slug};

/// The file the words come from, named as the derived entities' origin.
pub const FILE: &str = "country_bodies.txt";

/// One line of `country_bodies.txt`: the names of one body, the first
/// the one its derived entities are called by (`Foreign Ministry`,
/// `Ministry of Foreign Affairs`).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct BodyNames {
    pub line: usize,
    pub names: Vec<String>,
}

/// The lines of `country_bodies.txt`, their names folded and split on
/// `|`.
pub(super) fn parse(text: &str) -> Vec<BodyNames> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .map(|(line, l)| BodyNames {
            line,
            names: l
                .split('|')
                .map(fold_name)
                .filter(|n| !n.is_empty())
                .collect(),
        })
        .filter(|b| !b.names.is_empty())
        .collect()
}

/// The derived bodies of every country in `entities`, one per line of
/// `bodies` (in file order), except where an entity of the country
/// already claims one of the line's names or the id is taken.
pub(super) fn derive(entities: &[Entity], bodies: &[BodyNames]) -> Vec<Entity> {
    if bodies.is_empty() {
        return Vec::new();
    }
    // (country, line) pairs a row claims; a name is folded only when its
    // length could make it one of the lines' names.
    let lengths: FxHashSet<usize> = bodies
        .iter()
        .flat_map(|b| &b.names)
        .map(String::len)
        .collect();
    let mut claimed: FxHashSet<(&str, usize)> = FxHashSet::default();
    for e in entities {
        let Some(country) = e.meta.get("country") else {
            continue;
        };
        for name in e.all_names().filter(|n| lengths.contains(&n.len())) {
            let folded = fold_name(name);
            for (i, _) in bodies
                .iter()
                .enumerate()
                .filter(|(_, b)| b.names.contains(&folded))
            {
                claimed.insert((country.as_str(), i));
            }
        }
    }
    let ids: FxHashSet<&str> = entities.iter().map(|e| e.id.as_str()).collect();
    let mut out = Vec::new();
    for country in entities.iter().filter(|e| e.kind == EntityType::Country) {
        for (i, names) in bodies.iter().enumerate() {
            let body = body_of(country, names);
            if !claimed.contains(&(country.id.as_str(), i)) && !ids.contains(body.id.as_str()) {
                out.push(body);
            }
        }
    }
    out
}

/// The body of `country` that `names` name: `Cabinet (Lebanon)`, id
/// `cabinet-lebanon`, with every name as a country alias.
fn body_of(country: &Entity, names: &BodyNames) -> Entity {
    let word = &names.names[0];
    let meta = BTreeMap::from([
        ("country".to_string(), country.id.clone()),
        (
            "description".to_string(),
            format!("the {} of {} (derived from {FILE})", word, country.name),
        ),
    ]);
    Entity {
        id: format!("{}-{}", slug(word), country.id),
        kind: EntityType::Organization,
        name: format!("{word} ({})", country.name),
        aliases: Vec::new(),
        context_aliases: Vec::new(),
        country_aliases: names.names.clone(),
        demonyms: Vec::new(),
        qid: None,
        meta,
        origin: Origin {
            file: format!("gazetteer/{FILE}"),
            line: names.line,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::load::parse_tsv;

    fn entities() -> Vec<Entity> {
        let text = "id\ttype\tname\tcountry_aliases\tcountry\n\
            lebanon\tcountry\tLebanon\t\t\n\
            israel\tcountry\tIsrael\t\t\n\
            cabinet-of-israel\torganization\tCabinet of Israel\tCabinet\tisrael\n";
        parse_tsv("t.tsv", text).unwrap()
    }

    #[test]
    fn each_country_gets_the_body_unless_it_lists_one() {
        let derived = derive(&entities(), &parse("# a comment\nCabinet\n"));
        let ids: Vec<&str> = derived.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["cabinet-lebanon"], "Israel lists its own cabinet");
        let body = &derived[0];
        assert_eq!(body.name, "Cabinet (Lebanon)");
        assert_eq!(body.country_aliases, ["Cabinet"]);
        assert!(body.aliases.is_empty() && body.context_aliases.is_empty());
        assert_eq!(body.meta["country"], "lebanon");
        assert_eq!(body.kind, EntityType::Organization);
        assert_eq!(body.origin.line, 2, "the word's own line");
    }

    #[test]
    fn a_line_s_names_are_one_body_that_any_of_them_claims() {
        let mut list = entities();
        let text = "id\ttype\tname\tcountry_aliases\tcountry\n\
            defence-ministry-of-israel\torganization\tIsraeli MoD\tDefense Ministry\tisrael\n";
        list.extend(parse_tsv("u.tsv", text).unwrap());
        let lines = parse("Cabinet\nDefence Ministry | Defense Ministry\n\n# end\n");
        assert_eq!(lines[1].names, ["Defence Ministry", "Defense Ministry"]);
        let derived = derive(&list, &lines);
        let ids: Vec<&str> = derived.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            ["cabinet-lebanon", "defence-ministry-lebanon"],
            "Israel's row claims the second name"
        );
        let body = &derived[1];
        assert_eq!(body.name, "Defence Ministry (Lebanon)");
        assert_eq!(
            body.country_aliases,
            ["Defence Ministry", "Defense Ministry"]
        );
        assert_eq!(body.origin.line, 2);
    }

    #[test]
    fn a_taken_id_is_not_derived_again() {
        let mut list = entities();
        let text = "id\ttype\tname\n\
            national-council-lebanon\torganization\tLebanese National Council\n";
        list.extend(parse_tsv("u.tsv", text).unwrap());
        let derived = derive(&list, &parse("National Council\n"));
        let ids: Vec<&str> = derived.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["national-council-israel"]);
    }
}
