//! The shipped gazetteer as a product: it loads and validates, has the
//! coverage it promises, and its identifiers are well-formed and unique.

use std::collections::{HashMap, HashSet};

use kg::EntityType;
use kg::gazetteer::{Gazetteer, Source};
use kg::matcher::Matcher;

fn shipped() -> Gazetteer {
    Gazetteer::from_sources(&Source::shipped()).expect("the shipped gazetteer validates")
}

fn count(g: &Gazetteer, kind: EntityType) -> usize {
    listed(g).filter(|e| e.kind == kind).count()
}

/// The entities of the gazetteer's rows, without those the loader derives
/// from `country_bodies.txt` (counted apart).
fn listed(g: &Gazetteer) -> impl Iterator<Item = &kg::gazetteer::Entity> {
    g.entities()
        .iter()
        .filter(|e| e.origin.file.ends_with(".tsv"))
}

#[test]
fn coverage_minimums() {
    let g = shipped();
    assert!(
        count(&g, EntityType::Country) >= 198,
        "UN members, observers, Taiwan, Kosovo, Western Sahara"
    );
    assert!(count(&g, EntityType::Organization) >= 400);
    assert!(count(&g, EntityType::Person) >= 800);
}

#[test]
fn identifiers_are_unique_and_well_formed() {
    let g = shipped();
    let mut qids: HashMap<&str, &str> = HashMap::new();
    for e in g.entities() {
        assert!(
            e.id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{} is not a lowercase slug",
            e.id
        );
        if let Some(q) = &e.qid {
            if let Some(other) = qids.insert(q, &e.id) {
                panic!("{q} is the QID of both {other} and {}", e.id);
            }
        }
    }
    let countries: Vec<_> = g
        .entities()
        .iter()
        .filter(|e| e.kind == EntityType::Country)
        .collect();
    let mut iso2 = HashSet::new();
    for c in &countries {
        assert!(c.qid.is_some(), "{} has no QID", c.id);
        // A state that no longer exists has no ISO 3166-1 code today.
        let former = c
            .meta
            .get("description")
            .is_some_and(|d| d.starts_with("former "));
        if former {
            assert!(!c.meta.contains_key("iso2"), "{} is gone: no iso2", c.id);
            continue;
        }
        let code = c
            .meta
            .get("iso2")
            .unwrap_or_else(|| panic!("{} has no iso2", c.id));
        assert!(iso2.insert(code.clone()), "iso2 {code} twice");
        assert_eq!(c.meta.get("iso3").map(String::len), Some(3), "{}", c.id);
    }
    let with_demonyms = countries.iter().filter(|c| !c.demonyms.is_empty()).count();
    assert!(
        with_demonyms >= 190,
        "only {with_demonyms} countries have demonyms"
    );
}

/// A country's possessive is no part of a body's name (`Taiwan's
/// Ministry of National Defense` is a country and a ministry, as the
/// guidelines' spans have it): the matcher finds the body after the
/// possessive by itself, so no row may list it with one.
#[test]
fn no_name_begins_with_a_country_s_possessive() {
    let g = shipped();
    let countries: Vec<&str> = g
        .entities()
        .iter()
        .filter(|e| e.kind == EntityType::Country)
        .flat_map(|c| std::iter::once(&c.name).chain(&c.aliases))
        .map(String::as_str)
        .collect();
    for e in listed(&g) {
        let names = std::iter::once(&e.name)
            .chain(&e.aliases)
            .chain(&e.context_aliases)
            .chain(&e.country_aliases);
        for name in names {
            let owner = name.split_once("'s ").or_else(|| name.split_once("’s "));
            // `America's Health Insurance Plans` is the body's own name.
            let country = owner.is_some_and(|(o, _)| countries.contains(&o) && o != "America");
            assert!(
                !country,
                "{}: {name:?} begins with a country's possessive",
                e.id
            );
        }
    }
}

/// A body whose row names it with its country in brackets (`Union for
/// the Republic (Togo)`, set apart from namesakes) is known by the name
/// without them in a story that names that country: news never writes the
/// brackets. Its row lists that name, as a country alias at least.
/// A row that names its country's body by a name of `country_bodies.txt`
/// must list it as a country alias, not a context alias: the other
/// countries' derived bodies have it as a country alias, and one of them
/// would win it in a story that names both countries (China's Commerce
/// Ministry went to Russia's so in a development set).
#[test]
fn a_country_body_s_name_is_no_row_s_context_alias() {
    let text = std::fs::read_to_string("gazetteer/country_bodies.txt").unwrap();
    let bodies: HashSet<&str> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .flat_map(|l| l.split('|'))
        .collect();
    let g = shipped();
    let clashes: Vec<String> = listed(&g)
        .filter(|e| e.kind == EntityType::Organization)
        .flat_map(|e| {
            e.context_aliases
                .iter()
                .filter(|a| bodies.contains(a.as_str()))
                .map(move |a| format!("{}: {a}", e.id))
        })
        .collect();
    assert!(clashes.is_empty(), "{clashes:#?}");
}

#[test]
fn a_body_named_with_its_country_in_brackets_is_known_without_them() {
    let g = shipped();
    let country_names: HashMap<&str, Vec<&str>> = g
        .entities()
        .iter()
        .filter(|e| e.kind == EntityType::Country)
        .map(|c| (c.id.as_str(), c.plain_names().collect()))
        .collect();
    // Bare names that are ordinary words or a title's words in every
    // story of their country (`Action`, `Chief of the Defence Staff`).
    let left_out = [
        "azione",
        "citizens-georgia",
        "concord-andorra",
        "french-defence-staff",
        "newsroom-new-zealand",
        "spanish-defence-staff",
        "the-centre-switzerland",
        "the-greens-austria",
        "the-greens-luxembourg",
        "the-left-luxembourg",
        "the-left-poland",
    ];
    for e in listed(&g).filter(|e| !left_out.contains(&e.id.as_str())) {
        let Some((bare, bracketed)) = e.name.strip_suffix(')').and_then(|n| n.rsplit_once(" ("))
        else {
            continue;
        };
        let country = e.meta.get("country").map(String::as_str);
        let own = country
            .and_then(|c| country_names.get(c))
            .is_some_and(|names| names.contains(&bracketed));
        // `The Democrats (Benin)` may be known as `Democrats`.
        let without_the = bare.strip_prefix("The ").unwrap_or(bare);
        assert!(
            !own || e.all_names().any(|n| n == bare || n == without_the),
            "{} is named {:?} and not without its country",
            e.id,
            e.name
        );
    }
}

#[test]
fn names_the_issue_lists_are_found() {
    let m = Matcher::new(shipped()).unwrap();
    let names = [
        "United States",
        "U.S.",
        "USA",
        "America",
        "United Kingdom",
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "Turkey",
        "Türkiye",
        "Czechia",
        "Czech Republic",
        "Ivory Coast",
        "Côte d'Ivoire",
        "Myanmar",
        "Burma",
        "Taiwan",
        "Kosovo",
        "Palestine",
        "Vatican City",
        "Western Sahara",
        "NATO",
        "OSCE",
        "G7",
        "G20",
        "BRICS",
        "ASEAN",
        "African Union",
        "Arab League",
        "OPEC",
        "IAEA",
        "ICC",
        "ICJ",
        "IMF",
        "World Bank",
        "WTO",
        "WHO",
        "European Commission",
        "European Parliament",
        "European Council",
        "Pentagon",
        "State Department",
        "White House",
        "Kremlin",
        "Bundeswehr",
        "Armed Forces of Ukraine",
        "SBU",
        "FSB",
        "GUR",
        "Mossad",
        "IDF",
        "Lockheed Martin",
        "RTX",
        "Raytheon",
        "Northrop Grumman",
        "General Dynamics",
        "Boeing",
        "Airbus",
        "BAE Systems",
        "Rheinmetall",
        "Thales",
        "Leonardo",
        "Saab",
        "KNDS",
        "Baykar",
        "Hanwha",
        "Rostec",
        "Wagner Group",
        "Hamas",
        "Hezbollah",
        "Houthis",
        "ISW",
        "RUSI",
        "CSIS",
        "Atlantic Council",
        "Chatham House",
        "Reuters",
        "AP",
        "AFP",
        "Bloomberg",
        "The Wall Street Journal",
        "The New York Times",
        "The Washington Post",
        "BBC",
        "CNN",
        "Politico",
        "Ukrinform",
        "TASS",
        "Kyiv Independent",
        "Getty Images",
        "Ukraine Defense Contact Group",
        "Ramstein format",
        "Coalition of the Willing",
        "Weimar Triangle",
        "Zelensky",
        "Zelenskyy",
        "Zelenskiy",
        "Volodymyr Zelensky",
        "Syrskyi",
        "Syrsky",
        "Yermak",
        "Budanov",
        "Prigozhin",
        "Navalny",
        "Peskov",
        "Lavrov",
        "Shoigu",
        "Putin",
        "Trump",
        "Macron",
        "Starmer",
        "George W. Bush",
        "George H. W. Bush",
        "Jeb Bush",
        "Lars Løkke Rasmussen",
        "Hanno Pevkur",
        "Andris Sprūds",
        "Laurynas Kasčiūnas",
        "Tore O. Sandvik",
        "Maria Malmer Stenergard",
        "Shinjiro Koizumi",
        "Toshimitsu Motegi",
        "Abbas Araghchi",
        "Herzi Halevi",
        "Eyal Zamir",
        "Tod Wolters",
        "Hakeem Jeffries",
        "Yulia Navalnaya",
        "Jeremy Hunt",
        "Bohuslav Sobotka",
        "Helle Thorning-Schmidt",
        "Taavi Rõivas",
        "Laimdota Straujuma",
        "Māris Kučinskis",
        "Werner Faymann",
        "Saulius Skvernelis",
        "Sophie Wilmès",
        "Bjarni Benediktsson",
        "Dalia Grybauskaitė",
        "Enda Kenny",
        "Juha Sipilä",
        "Kolinda Grabar-Kitarović",
        "Marcel Ciolacu",
        "Pranab Mukherjee",
        "Susilo Bambang Yudhoyono",
        "Abdullah bin Abdulaziz",
        "Abdul-Malik al-Houthi",
    ];
    let missing: Vec<&str> = names
        .iter()
        .copied()
        .filter(|n| {
            let text = format!("News: {n} said.");
            let found = m.find(&text);
            !found.iter().any(|x| &text[x.start..x.end] == *n)
        })
        .collect();
    assert!(missing.is_empty(), "not found: {missing:?}");
}

/// `1234567` as `1,234,567`, as the README writes counts.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// A README's text with every run of white space made one space.
fn flat(path: &str) -> String {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("the README is there");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Per gazetteer file (by its name, without folder): its rows, and those
/// with a QID.
fn per_file(g: &Gazetteer) -> HashMap<&str, (usize, usize)> {
    let mut rows: HashMap<&str, (usize, usize)> = HashMap::new();
    for e in listed(g) {
        let file = e.origin.file.rsplit('/').next().unwrap_or_default();
        let counts = rows.entry(file).or_default();
        counts.0 += 1;
        counts.1 += usize::from(e.qid.is_some());
    }
    rows
}

/// How many people the loader gave a surname their row does not list: the
/// people's context aliases in the loaded gazetteer beyond those of its
/// files (bodies' context aliases may move to their country aliases).
fn derived_surnames(g: &Gazetteer) -> usize {
    let people = |e: &&kg::gazetteer::Entity| e.kind == EntityType::Person;
    let listed: usize = Source::shipped()
        .iter()
        .filter(|s| s.name.ends_with(".tsv"))
        .flat_map(|s| kg::gazetteer::parse_tsv(&s.name, &s.text).expect("valid rows"))
        .filter(|e| e.kind == EntityType::Person)
        .map(|e| e.context_aliases.len())
        .sum();
    let loaded: usize = g
        .entities()
        .iter()
        .filter(people)
        .map(|e| e.context_aliases.len())
        .sum();
    loaded - listed
}

/// The counts the two READMEs state are the shipped gazetteer's, so the
/// figures cannot drift from the data (they are recounted by hand after
/// every change to it).
#[test]
fn readme_counts_are_the_gazetteer_s() {
    let g = shipped();
    let total = listed(&g).count();
    let with_qid = listed(&g).filter(|e| e.qid.is_some()).count();
    let orgs = count(&g, EntityType::Organization);
    let people = count(&g, EntityType::Person);
    let aliases: usize = listed(&g).map(|e| e.all_names().count()).sum();
    let bodies = g.len() - total;
    let readme = flat("README.md");
    let claims = [
        format!("demonyms; {} organisations", thousands(orgs)),
        format!("and {} people", thousands(people)),
        format!(
            "{} of the {} entries carry a Wikidata QID",
            thousands(with_qid),
            thousands(total)
        ),
        format!(
            "`src/gazetteer/surnames.rs`: {} names derived",
            derived_surnames(&g)
        ),
        format!("automaton over more than {},000 aliases", aliases / 1000),
        format!("{bodies} bodies derived from `country_bodies.txt`"),
    ];
    for claim in claims {
        assert!(readme.contains(&claim), "README.md should say {claim:?}");
    }
    let gazetteer_readme = flat("gazetteer/README.md");
    let mut claims: Vec<String> = per_file(&g)
        .iter()
        .map(|(file, (n, _))| format!("| `{file}` | {n} |"))
        .collect();
    claims.push(format!("({} entities have no QID yet)", total - with_qid));
    for claim in claims {
        assert!(
            gazetteer_readme.contains(&claim),
            "gazetteer/README.md should say {claim:?}"
        );
    }
}

/// Each file's source note opens with its row and QID counts; they are
/// the file's own, like the READMEs' figures.
#[test]
fn source_notes_state_their_file_s_counts() {
    let g = shipped();
    for (file, (n, with_qid)) in per_file(&g) {
        let note = flat(&format!(
            "gazetteer/sources/{}",
            file.replace(".tsv", ".md")
        ));
        for claim in [
            format!("`{file}` lists {n} rows"),
            format!("{with_qid} rows have a Wikidata QID"),
        ] {
            assert!(
                note.contains(&claim),
                "the note on {file} should say {claim:?}"
            );
        }
    }
}

/// `organizations_sanctioned.tsv` is generated: rows added by hand to the
/// other files change which OFAC rows it keeps (it drops their names), so
/// a stale file would hold a second entity for a firm another file lists.
#[test]
fn the_sanctioned_file_is_what_its_script_writes() {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = format!("{}/sanctioned.tsv", env!("CARGO_TARGET_TMPDIR"));
    let status = std::process::Command::new("python3")
        .arg(format!("{root}/scripts/sanctioned-orgs.py"))
        .args(["--out", &out])
        .status()
        .expect("python3 runs");
    assert!(status.success(), "scripts/sanctioned-orgs.py failed");
    let written = std::fs::read_to_string(&out).expect("the script wrote its file");
    let shipped = std::fs::read_to_string(format!("{root}/gazetteer/organizations_sanctioned.tsv"))
        .expect("the shipped file is there");
    assert!(
        written == shipped,
        "gazetteer/organizations_sanctioned.tsv is stale: rerun scripts/sanctioned-orgs.py"
    );
}
