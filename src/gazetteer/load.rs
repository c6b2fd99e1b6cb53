//! Parsing of gazetteer TSV files and validation of the whole entity list.

use std::collections::BTreeMap;

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::{Entity, EntityType, EntityWords, Origin};
use crate::error::Problem;
use crate::normalize::fold_name;

const REQUIRED: [&str; 3] = ["id", "type", "name"];
const LIST_COLUMNS: [&str; 4] = ["aliases", "context_aliases", "country_aliases", "demonyms"];

/// Parses one TSV gazetteer file. `file` is the name used in messages.
/// Returns every problem found, not only the first.
pub fn parse_tsv(file: &str, text: &str) -> Result<Vec<Entity>, Vec<Problem>> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    let Some((header_line, header)) = lines.next() else {
        return Ok(Vec::new());
    };
    let columns: Vec<String> = header.split('\t').map(|c| c.trim().to_string()).collect();
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|r| !columns.iter().any(|c| c == r))
        .collect();
    if !missing.is_empty() {
        let msg = format!(
            "the header lacks the column(s) {}: the first line must name the TAB-separated \
             columns, at least `id`, `type`, `name` (see gazetteer/README.md)",
            missing.join(", ")
        );
        return Err(vec![Problem::new(file, header_line, msg)]);
    }
    // Rows are independent: parsed on the rayon pool (a padded gazetteer
    // has 100,000 aliases to split, check and copy), kept in file order.
    let rows: Vec<(usize, &str)> = lines.collect();
    let parsed: Vec<_> = rows
        .par_iter()
        .map(|&(line, text)| parse_row(file, line, &columns, text))
        .collect();
    let mut entities = Vec::new();
    let mut problems = Vec::new();
    for row in parsed {
        match row {
            Ok(e) => entities.push(e),
            Err(mut p) => problems.append(&mut p),
        }
    }
    if problems.is_empty() {
        Ok(entities)
    } else {
        Err(problems)
    }
}

fn parse_row(
    file: &str,
    line: usize,
    columns: &[String],
    text: &str,
) -> Result<Entity, Vec<Problem>> {
    let fields: Vec<&str> = text.split('\t').collect();
    let problem = |msg: String| Problem::new(file, line, msg);
    if fields.len() != columns.len() {
        return Err(vec![problem(format!(
            "{} field(s) where the header has {}: separate fields with one TAB each \
             (an empty field still needs its TAB)",
            fields.len(),
            columns.len()
        ))]);
    }
    let row: HashMap<&str, &str> = columns
        .iter()
        .map(String::as_str)
        .zip(fields.iter().map(|f| f.trim()))
        .collect();
    let mut problems = Vec::new();
    let id = row["id"];
    if !valid_id(id) {
        problems.push(problem(format!(
            "id {id:?} is not valid: use letters, digits and `-_.:/`, no spaces (e.g. `united-states`)"
        )));
    }
    let kind = EntityType::parse(row["type"]);
    if kind.is_none() {
        problems.push(problem(format!(
            "unknown type {:?}: use country, person or organization",
            row["type"]
        )));
    }
    let name = row["name"];
    if let Some(msg) = alias_problem(name) {
        problems.push(problem(format!("name {name:?} {msg}")));
    }
    let mut lists: HashMap<&str, Vec<String>> = HashMap::default();
    for col in LIST_COLUMNS {
        let (list, mut p) = parse_list(row.get(col).copied().unwrap_or(""), col, &problem);
        problems.append(&mut p);
        lists.insert(col, list);
    }
    let qid = row.get("qid").copied().unwrap_or("");
    if !qid.is_empty() && !valid_qid(qid) {
        problems.push(problem(format!(
            "qid {qid:?} is not a Wikidata id: write it as Q followed by digits (Q212) or leave it empty"
        )));
    }
    problems.extend(code_problem(&row, "iso2", 2, &problem));
    problems.extend(code_problem(&row, "iso3", 3, &problem));
    if !problems.is_empty() {
        return Err(problems);
    }
    let meta: BTreeMap<String, String> = row
        .iter()
        .filter(|(k, v)| !v.is_empty() && !is_core_column(k))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Ok(Entity {
        id: id.to_string(),
        kind: kind.expect("checked"),
        name: name.to_string(),
        aliases: lists.remove("aliases").unwrap_or_default(),
        context_aliases: lists.remove("context_aliases").unwrap_or_default(),
        country_aliases: lists.remove("country_aliases").unwrap_or_default(),
        demonyms: lists.remove("demonyms").unwrap_or_default(),
        qid: (!qid.is_empty()).then(|| qid.to_string()),
        meta,
        origin: Origin {
            file: file.to_string(),
            line,
        },
    })
}

fn is_core_column(col: &str) -> bool {
    REQUIRED.contains(&col) || LIST_COLUMNS.contains(&col) || col == "qid"
}

fn parse_list(
    field: &str,
    col: &str,
    problem: &dyn Fn(String) -> Problem,
) -> (Vec<String>, Vec<Problem>) {
    let mut list: Vec<String> = Vec::new();
    let mut problems = Vec::new();
    if field.is_empty() {
        return (list, problems);
    }
    for (i, item) in field.split('|').map(str::trim).enumerate() {
        match alias_problem(item) {
            Some(msg) => problems.push(problem(format!(
                "{col}: item {} {item:?} {msg}; separate {col} with a single `|`",
                i + 1
            ))),
            None if !list.iter().any(|a| a == item) => list.push(item.to_string()),
            None => {}
        }
    }
    (list, problems)
}

/// Why a name or alias cannot be matched, if it cannot.
fn alias_problem(alias: &str) -> Option<&'static str> {
    if alias.is_empty() {
        Some("is empty")
    } else if !alias.chars().any(char::is_alphanumeric) {
        Some("has no letter or digit (only punctuation or spaces)")
    } else if !fold_name(alias).chars().any(char::is_alphanumeric) {
        // A vowel sign or accent alone counts as a letter, but folding
        // drops it: nothing would be left to match.
        Some("has no letter or digit once accents and marks are set aside")
    } else {
        None
    }
}

fn code_problem(
    row: &HashMap<&str, &str>,
    col: &str,
    len: usize,
    problem: &dyn Fn(String) -> Problem,
) -> Option<Problem> {
    let code = row.get(col).copied().unwrap_or("");
    let ok = code.is_empty() || (code.len() == len && code.bytes().all(|b| b.is_ascii_uppercase()));
    (!ok).then(|| {
        problem(format!(
            "{col} {code:?} is not an ISO 3166-1 code: write {len} capital letters or leave it empty"
        ))
    })
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.:/".contains(c))
}

fn valid_qid(qid: &str) -> bool {
    qid.len() > 1
        && qid.starts_with('Q')
        && qid[1..].bytes().all(|b| b.is_ascii_digit())
        && !qid[1..].starts_with('0')
}

/// What the entity list says once its ids are looked up: each entity's
/// country and the entities of the other senses.
#[derive(Debug, Default)]
pub struct Links {
    /// Per entity, the index of the organisation its `parent` column
    /// names, else of the country its `country` column names.
    pub countries: Vec<Option<u32>>,
    /// The lines of `other_senses.txt`, their ids looked up.
    pub senses: Vec<EntityWords>,
    /// The lines of `credits.txt`, their ids looked up.
    pub credits: Vec<EntityWords>,
    /// The lines of `places.txt`, their ids looked up among the countries.
    pub places: Vec<EntityWords>,
}

/// Checks the entity list as a whole (unique ids, a `country` column that
/// names a country, no string that is a plain alias of two entities) and
/// looks up the ids it refers to, through one index of the ids.
pub fn link(
    entities: &[Entity],
    senses: Vec<SenseLine>,
    credits: Vec<SenseLine>,
    places: Vec<SenseLine>,
) -> (Links, Vec<Problem>) {
    let (ids, mut problems) = index_ids(entities);
    let countries = countries_of(entities, &ids, &mut problems);
    problems.extend(alias_conflicts(entities));
    let senses = resolve_entity_words(senses, &ids, entities, None, &mut problems);
    let credits = resolve_entity_words(credits, &ids, entities, None, &mut problems);
    let country = Some(EntityType::Country);
    let places = resolve_entity_words(places, &ids, entities, country, &mut problems);
    (
        Links {
            countries,
            senses,
            credits,
            places,
        },
        problems,
    )
}

/// Every entity's index by id; an id defined twice is a problem (the first
/// stands).
fn index_ids(entities: &[Entity]) -> (HashMap<&str, usize>, Vec<Problem>) {
    let mut ids: HashMap<&str, usize> = HashMap::default();
    let mut problems = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        if let Some(&first) = ids.get(e.id.as_str()) {
            problems.push(Problem::new(
                &e.origin.file,
                e.origin.line,
                format!(
                    "duplicate id {:?} (first defined at {}): give each entity its own id",
                    e.id, entities[first].origin
                ),
            ));
        } else {
            ids.insert(&e.id, i);
        }
    }
    (ids, problems)
}

/// Per entity, where its country aliases resolve: the organisation its
/// `parent` column names (`european-union` for the Commission, whose
/// `Commission` an EU story means), else the country its `country` column
/// names. Each column must name an entity of its kind, and an entity with
/// country aliases must have one of them.
fn countries_of(
    entities: &[Entity],
    ids: &HashMap<&str, usize>,
    problems: &mut Vec<Problem>,
) -> Vec<Option<u32>> {
    let of_kind =
        |id: &str, kind: EntityType| ids.get(id).copied().filter(|&i| entities[i].kind == kind);
    let mut out = Vec::with_capacity(entities.len());
    for e in entities {
        let column = |name: &str| {
            e.meta
                .get(name)
                .map(String::as_str)
                .filter(|c| !c.is_empty())
        };
        let (country, parent) = (column("country"), column("parent"));
        let found = country.and_then(|c| of_kind(c, EntityType::Country));
        let home = parent.and_then(|p| of_kind(p, EntityType::Organization));
        let msg = match (country, parent) {
            (Some(c), _) if found.is_none() => Some(format!(
                "the `country` column of {:?} names no country ({c:?}): give a country's id \
                 (`united-states`) or leave it empty",
                e.id
            )),
            (_, Some(p)) if home.is_none() => Some(format!(
                "the `parent` column of {:?} names no organisation ({p:?}): give the id of \
                 the organisation it belongs to (`european-union`) or leave it empty",
                e.id
            )),
            (None, None) if !e.country_aliases.is_empty() => Some(format!(
                "{:?} has `country_aliases` but its `country` column names no country: \
                 give the id of its country (`united-states`), or of the organisation it \
                 belongs to in a `parent` column (`european-union`)",
                e.id
            )),
            _ => None,
        };
        if let Some(msg) = msg {
            problems.push(Problem::new(&e.origin.file, e.origin.line, msg));
        }
        out.push(home.or(found).map(|i| i as u32));
    }
    out
}

/// A problem for each string that is a plain alias (or name, or demonym)
/// of two entities: only context aliases may be shared.
fn alias_conflicts(entities: &[Entity]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut owners: HashMap<String, (&Entity, &str)> = HashMap::default();
    for e in entities {
        let plain = e.plain_names().chain(e.demonyms.iter().map(String::as_str));
        for alias in plain {
            let key = fold_name(alias);
            match owners.get(&key) {
                Some((other, _)) if other.id != e.id => problems.push(Problem::new(
                    &e.origin.file,
                    e.origin.line,
                    format!(
                        "{alias:?} is a plain alias of both {:?} ({}) and {:?}: move it to \
                         `context_aliases` of one or both so the document decides",
                        other.id, other.origin, e.id
                    ),
                )),
                Some(_) => {}
                None => {
                    owners.insert(key, (e, alias));
                }
            }
        }
    }
    problems
}

/// One line of `other_senses.txt`, `credits.txt` or `places.txt`, before its id is
/// looked up.
pub struct SenseLine {
    origin: Origin,
    id: String,
    words: Vec<String>,
}

/// Parses `other_senses.txt`, `credits.txt` or `places.txt`: lines `id<TAB>item|item|…`
/// (`what` names the items in messages: `clues`, `names`), `#` comments.
/// Ids are looked up by [`link`], once the entities are known.
pub fn parse_id_lines(file: &str, text: &str, what: &str) -> (Vec<SenseLine>, Vec<Problem>) {
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let problem = |msg: String| Problem::new(file, line_no, msg);
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((id, words)) = line.split_once('\t') else {
            problems.push(problem(format!(
                "expected `id<TAB>{what}|…` (an entity id, one TAB, the {what})"
            )));
            continue;
        };
        let (words, mut p) = parse_list(words.trim(), what, &problem);
        if words.is_empty() && p.is_empty() {
            p.push(problem(format!(
                "{id:?} has no {what}: list at least one after the TAB"
            )));
        }
        if !p.is_empty() {
            problems.append(&mut p);
            continue;
        }
        lines.push(SenseLine {
            origin: Origin {
                file: file.to_string(),
                line: line_no,
            },
            id: id.trim().to_string(),
            words,
        });
    }
    (lines, problems)
}

/// The entities of `lines`, their ids looked up in `ids`; with `kind`,
/// an entity of another type is a problem too (`places.txt` names
/// countries only).
fn resolve_entity_words(
    lines: Vec<SenseLine>,
    ids: &HashMap<&str, usize>,
    entities: &[Entity],
    kind: Option<EntityType>,
    problems: &mut Vec<Problem>,
) -> Vec<EntityWords> {
    let mut senses = Vec::new();
    for line in lines {
        let problem = match ids.get(line.id.as_str()) {
            Some(&entity) if kind.is_none_or(|k| entities[entity].kind == k) => {
                senses.push(EntityWords {
                    entity,
                    words: line.words,
                });
                continue;
            }
            Some(&entity) => format!(
                "{:?} names an entity of type {}, not a {kind}: name a {kind} by the id column \
                 of a .tsv file",
                line.id,
                entities[entity].kind,
                kind = kind.map_or("entity", EntityType::as_str),
            ),
            None => format!(
                "no entity has the id {:?}: name an entity by the id column of a .tsv file",
                line.id
            ),
        };
        problems.push(Problem::new(line.origin.file, line.origin.line, problem));
    }
    senses
}

/// Parses a word list (`common_words.txt`, `not_entities.txt`,
/// `first_names.txt`, `titles.txt`): one entry a line, `#` comments;
/// entries come back folded. A line that folds to
/// nothing (only accents or invisible characters) can match nothing and
/// is dropped.
pub fn parse_word_list(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(fold_name)
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id\ttype\tname\taliases\tcontext_aliases\tqid\n";

    fn parse(body: &str) -> Result<Vec<Entity>, Vec<Problem>> {
        parse_tsv("g.tsv", &format!("{HEADER}{body}"))
    }

    fn first_problem(body: &str) -> Problem {
        parse(body).unwrap_err().remove(0)
    }

    #[test]
    fn parses_a_row_with_lists_and_meta() {
        let text = "id\ttype\tname\taliases\tqid\tiso2\nunited-states\tcountry\tUnited States\tU.S.|US\tQ30\tUS\n";
        let e = parse_tsv("c.tsv", text).unwrap().remove(0);
        assert_eq!(e.id, "united-states");
        assert_eq!(e.kind, EntityType::Country);
        assert_eq!(e.aliases, ["U.S.", "US"]);
        assert_eq!(e.qid.as_deref(), Some("Q30"));
        assert_eq!(e.meta["iso2"], "US");
        assert_eq!(e.origin.line, 2);
    }

    #[test]
    fn each_bad_row_names_its_line_and_fix() {
        let cases = [
            ("a\tcountry\tA\tB\n", "field(s) where the header has 6"),
            ("a\tplanet\tA\t\t\t\n", "unknown type \"planet\""),
            ("a\tperson\t\t\t\t\n", "name \"\" is empty"),
            ("a\tperson\tA\tB||C\t\t\n", "item 2 \"\" is empty"),
            ("a\tperson\tA\t...\t\t\n", "only punctuation"),
            (
                "a\tperson\tA\t\u{b63}\t\t\n",
                "once accents and marks are set aside",
            ),
            ("a\tperson\tA\t\t\tq12\n", "not a Wikidata id"),
            ("a b\tperson\tA\t\t\t\n", "id \"a b\" is not valid"),
        ];
        for (row, expected) in cases {
            let p = first_problem(row);
            assert_eq!((p.file.as_str(), p.line), ("g.tsv", 2), "{row:?}");
            assert!(p.message.contains(expected), "{row:?}: {}", p.message);
        }
    }

    #[test]
    fn country_columns_name_a_country() {
        let text = "id\ttype\tname\tcountry_aliases\tcountry\n\
                    us\tcountry\tUnited States\t\t\n\
                    congress\torganization\tUS Congress\tCongress\tus\n\
                    senate\torganization\tUS Senate\tSenate\t\n\
                    rada\torganization\tVerkhovna Rada\tRada\tukraine\n\
                    pelosi\tperson\tNancy Pelosi\t\tcongress\n";
        let entities = parse_tsv("g.tsv", text).unwrap();
        assert_eq!(entities[1].country_aliases, ["Congress"]);
        let (links, problems) = link(&entities, Vec::new(), Vec::new(), Vec::new());
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [4, 5, 6], "{problems:?}");
        assert!(problems[0].message.contains("names no country"));
        assert!(
            problems[1]
                .message
                .contains("names no country (\"ukraine\")")
        );
        assert!(
            problems[2]
                .message
                .contains("names no country (\"congress\")"),
            "an organisation is no country"
        );
        assert_eq!(links.countries, [None, Some(0), None, None, None]);
    }

    #[test]
    fn parent_columns_name_an_organisation() {
        let text = "id\ttype\tname\tcountry_aliases\tcountry\tparent\n\
                    be\tcountry\tBelgium\t\t\t\n\
                    eu\torganization\tEuropean Union\t\t\t\n\
                    ec\torganization\tEuropean Commission\tCommission\tbe\teu\n\
                    ep\torganization\tEuropean Parliament\tParliament\t\tbe\n";
        let entities = parse_tsv("g.tsv", text).unwrap();
        let (links, problems) = link(&entities, Vec::new(), Vec::new(), Vec::new());
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [5], "{problems:?}");
        assert!(problems[0].message.contains("`parent` column"));
        // The parent, not the country, is where country aliases resolve.
        assert_eq!(links.countries, [None, None, Some(1), None]);
    }

    #[test]
    fn header_must_name_required_columns() {
        let p = parse_tsv("g.tsv", "ident\tname\nx\ty\n")
            .unwrap_err()
            .remove(0);
        assert_eq!(p.line, 1);
        assert!(p.message.contains("id, type"), "{}", p.message);
    }

    #[test]
    fn validation_finds_duplicate_ids_and_shared_plain_aliases() {
        let entities = parse(
            "a\tperson\tBoris Johnson\tJohnson\t\t\n\
             b\tperson\tMike Johnson\tJohnson\t\t\n\
             a\tperson\tOther\t\t\t\n",
        )
        .unwrap();
        let problems = link(&entities, Vec::new(), Vec::new(), Vec::new()).1;
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].message.contains("duplicate id \"a\""));
        assert!(problems[1].message.contains("plain alias of both \"a\""));
        assert_eq!(problems[1].line, 3);
    }

    #[test]
    fn shared_context_aliases_are_allowed() {
        let entities = parse(
            "a\tperson\tBoris Johnson\t\tJohnson\t\n\
             b\tperson\tMike Johnson\t\tJohnson\t\n",
        )
        .unwrap();
        assert!(
            link(&entities, Vec::new(), Vec::new(), Vec::new())
                .1
                .is_empty()
        );
    }

    #[test]
    fn credits_name_known_entities_and_say_where_they_do_not() {
        let entities = parse("epa\torganization\tEuropean Pressphoto Agency\t\tEPA\t\n").unwrap();
        let (lines, problems) = parse_id_lines("credits.txt", "epa\tEPA\nepo\tEPO\nepa\n", "names");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, 3);
        assert!(problems[0].message.contains("`id<TAB>names|…`"));
        let (links, problems) = link(&entities, Vec::new(), lines, Vec::new());
        assert_eq!(links.credits.len(), 1);
        assert_eq!(links.credits[0].words, ["EPA"]);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            (problems[0].file.as_str(), problems[0].line),
            ("credits.txt", 2)
        );
        assert!(problems[0].message.contains("no entity has the id \"epo\""));
    }

    #[test]
    fn other_senses_name_known_entities_and_list_clues() {
        let entities = parse("ge\tcountry\tGeorgia\t\t\t\n").unwrap();
        let text = "# comment\nge\tAtlanta| Brian Kemp\nxx\tAtlanta\nge Atlanta\nge\t\n";
        let (lines, problems) = parse_id_lines("o.txt", text, "clues");
        let at: Vec<(usize, &str)> = problems
            .iter()
            .map(|p| (p.line, p.message.as_str()))
            .collect();
        assert_eq!(at.len(), 2, "{at:?}");
        assert!(
            at[0].0 == 4 && at[0].1.contains("expected `id<TAB>clues|…`"),
            "{at:?}"
        );
        assert!(at[1].0 == 5 && at[1].1.contains("has no clues"), "{at:?}");
        let (links, problems) = link(&entities, lines, Vec::new(), Vec::new());
        assert_eq!(
            links.senses,
            [EntityWords {
                entity: 0,
                words: vec!["Atlanta".into(), "Brian Kemp".into()]
            }]
        );
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].file.as_str(), problems[0].line), ("o.txt", 3));
        assert!(problems[0].message.contains("no entity has the id \"xx\""));
    }
}
