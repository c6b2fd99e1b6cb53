//! `kg mentions` on the seeds against the gold annotations, scored the way
//! `shared/eval/score.py` scores: a hit has the gold span's exact offsets
//! and type; spans on demonyms, other locations, nested or ambiguous names
//! are neither rewarded nor penalised.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

use crate::{data, jsonl, read_json, run, stdout};

const TYPES: [&str; 3] = ["country", "person", "organization"];

/// Whole-word occurrences of `surface` in `text`, as byte spans.
fn word_spans(text: &str, surface: &str) -> Vec<(usize, usize)> {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    text.match_indices(surface)
        .filter(|(i, _)| {
            !is_word(text[..*i].chars().next_back())
                && !is_word(text[i + surface.len()..].chars().next())
        })
        .map(|(i, _)| (i, i + surface.len()))
        .collect()
}

/// What `kg mentions` got right and wrong on one annotated set.
struct Score {
    found: usize,
    missed: Vec<String>,
    wrong: Vec<String>,
    splits: Vec<String>,
}

impl Score {
    fn precision(&self) -> f64 {
        self.found as f64 / (self.found + self.wrong.len()).max(1) as f64
    }

    fn recall(&self) -> f64 {
        self.found as f64 / (self.found + self.missed.len()).max(1) as f64
    }
}

/// Runs `kg mentions` on the documents in `docs` (relative to the
/// repository) and scores it against the gold files `gold` and `spans`
/// (relative to `tests/data`).
fn score(docs: &str, gold: &str, spans: &str, flags: &[&str]) -> Score {
    let gold = read_json(&data(gold));
    let spans = read_json(&data(spans));
    let mut args = vec!["mentions", docs, "-q"];
    args.extend(flags);
    let out = run(&args);
    assert!(out.status.success());
    let mut system: HashMap<String, Vec<Value>> = HashMap::new();
    for m in jsonl(&stdout(&out)) {
        let doc = m["doc"].as_str().unwrap().rsplit('/').next().unwrap();
        system.entry(doc.to_string()).or_default().push(m);
    }
    let mut score = Score {
        found: 0,
        missed: Vec::new(),
        wrong: Vec::new(),
        splits: Vec::new(),
    };
    let mut ids_per_gold: HashMap<(String, String), BTreeSet<String>> = HashMap::new();
    for (doc, entry) in spans.as_object().unwrap() {
        let text = std::fs::read_to_string(crate::root().join(docs).join(doc)).unwrap();
        let mut want: HashMap<(usize, usize), (&str, &str)> = HashMap::new();
        let mut dont_care: BTreeSet<(usize, usize)> = BTreeSet::new();
        for m in entry["mentions"].as_array().unwrap() {
            let span = (
                m["byte_start"].as_u64().unwrap() as usize,
                m["byte_end"].as_u64().unwrap() as usize,
            );
            if m["category"] == "entity" {
                want.insert(
                    span,
                    (m["type"].as_str().unwrap(), m["name"].as_str().unwrap()),
                );
            } else {
                dont_care.insert(span);
            }
        }
        for key in ["_ambiguous", "_nested"] {
            for a in gold[doc][key].as_array().into_iter().flatten() {
                dont_care.extend(word_spans(&text, a["surface"].as_str().unwrap()));
            }
        }
        let mut found = BTreeSet::new();
        for m in system.get(doc).map(Vec::as_slice).unwrap_or(&[]) {
            let ty = m["type"].as_str().unwrap();
            if !TYPES.contains(&ty) {
                continue;
            }
            let span = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                &text[span.0..span.1],
                m["text"].as_str().unwrap(),
                "offsets in {doc}"
            );
            match want.get(&span) {
                Some((t, name)) if *t == ty => {
                    found.insert(span);
                    ids_per_gold
                        .entry((doc.clone(), name.to_string()))
                        .or_default()
                        .insert(m["entity"].as_str().unwrap().to_string());
                }
                _ if dont_care.contains(&span)
                    || (!want.contains_key(&span)
                        && dont_care.iter().any(|d| d.0 < span.1 && span.0 < d.1)) => {}
                _ => score.wrong.push(format!("{doc}: {ty} {:?}", m["text"])),
            }
        }
        score.found += found.len();
        for (span, (ty, name)) in &want {
            if !found.contains(span) {
                score.missed.push(format!("{doc}: {ty} {name} at {span:?}"));
            }
        }
    }
    score.splits = ids_per_gold
        .iter()
        .filter(|(_, ids)| ids.len() > 1)
        .map(|(gold, ids)| format!("{gold:?}: {ids:?}"))
        .collect();
    score
}

#[test]
fn seeds_every_gold_entity_found_and_no_false_positive() {
    let score = score(
        "seeds",
        "gold/seeds-gold.json",
        "gold/seeds-gold-mentions.json",
        &[],
    );
    assert!(score.missed.is_empty(), "missed: {:#?}", score.missed);
    assert!(
        score.wrong.is_empty(),
        "false positives: {:#?}",
        score.wrong
    );
    assert!(
        score.splits.is_empty(),
        "one gold entity under several ids: {:?}",
        score.splits
    );
}

/// `kg mentions FLAGS` on a held-out set, scored.
fn score_set(set: &str, flags: &[&str]) -> Score {
    score(
        &format!("tests/data/{set}/docs"),
        &format!("{set}/gold.json"),
        &format!("{set}/gold-mentions.json"),
        flags,
    )
}

/// What a set's floors hold besides precision and recall.
#[derive(Clone, Copy, Debug)]
enum Errors {
    /// No entity is split; errors are listed in a failure's message.
    Whole,
    /// At most this many entities are split (the comment above the row
    /// names them).
    Split(usize),
    /// A clean set: its errors are not read, so a failure's message
    /// gives its figures alone, and splits are not held.
    Unread,
}

use Errors::{Split, Unread, Whole};

/// Floors on precision and recall of `kg mentions` on every held-out news
/// set (`tests/data/<set>`, see its README). They sit a little below what
/// the shipped gazetteer reaches, so that a change which costs a few
/// mentions fails here and has to say why; the main README's table of
/// held-out sets gives each set's figures when first measured and since.
/// A set whose errors may be read also holds its count of split entities
/// (one gold entity found under several ids): each split is named above
/// its row, and a new one fails the test.
const FLOORS: &[(&str, f64, f64, Errors)] = &[
    ("heldout", 0.98, 0.99, Whole),
    // Clean (its errors are not read): since session 46 gave a surname two people share to the
    // one named first, one of its entities is split, so only its precision and recall are
    // held.
    ("heldout2", 0.98, 0.88, Unread),
    ("heldout3", 0.98, 0.94, Whole),
    ("heldout4", 0.98, 0.96, Whole),
    ("heldout5", 0.98, 0.91, Whole),
    ("heldout6", 0.98, 0.94, Whole),
    ("heldout7", 0.98, 0.82, Whole),
    ("heldout8", 0.98, 0.95, Whole),
    ("heldout14", 0.98, 0.95, Whole),
    ("heldout15", 0.98, 0.96, Whole),
    // One of its entities is split: a surname given to the listed Dahal, not to the unlisted
    // Narayan Dahal of the same story.
    ("heldout16", 0.98, 0.90, Split(1)),
    ("heldout17", 0.98, 0.96, Whole),
    // Four of its entities are split: three (see its README), and the New York City Board of
    // Elections, whose `BOE` is taken for the Bank of England's `BoE`.
    ("heldout18", 0.98, 0.89, Split(4)),
    ("heldout19", 0.98, 0.96, Whole),
    // One entity is split (a bare `Petro` in a story that names Gustavo and Nicolás Petro goes
    // to the one named nearest before it).
    ("heldout20", 0.98, 0.96, Split(1)),
    ("heldout21", 0.98, 0.95, Whole),
    ("heldout22", 0.98, 0.92, Whole),
    ("heldout23", 0.98, 0.94, Whole),
    ("heldout24", 0.98, 0.96, Whole),
    // Its `Turbay's mother` is Miguel Uribe Turbay's, by the surname of his mother Diana
    // Turbay, whom the passage names too: taken for her, a split no rule can mend.
    ("heldout25", 0.98, 0.91, Split(1)),
    ("heldout26", 0.98, 0.96, Whole),
    ("heldout27", 0.98, 0.97, Whole),
    ("heldout28", 0.98, 0.95, Whole),
    ("heldout29", 0.98, 0.98, Whole),
    ("heldout30", 0.98, 0.98, Whole),
    ("heldout31", 0.98, 0.94, Whole),
    ("heldout32", 0.98, 0.97, Whole),
    ("heldout33", 0.98, 0.97, Whole),
    ("heldout34", 0.98, 0.90, Whole),
    ("heldout35", 0.98, 0.97, Whole),
    ("heldout36", 0.98, 0.96, Whole),
    ("heldout37", 0.98, 0.92, Whole),
    ("heldout38", 0.98, 0.91, Whole),
    ("heldout39", 0.98, 0.92, Whole),
    // Its page calls the Council of the EU the `European Council` once, which the gold links
    // to the Council: a split no rule should mend. And HKN Energy, also named with its legal
    // form (`HKN Energy Ltd`), is found as two bodies the gazetteer does not list.
    ("heldout40", 0.98, 0.92, Split(2)),
    // `Niño Guerrero`, the nickname of Hector Rusthenford Guerrero Flores, is found as a name
    // of its own: a split.
    ("heldout41", 0.98, 0.92, Split(1)),
    // A bare `Piaggio` in a story about Piaggio Aerospace goes to the listed Piaggio group: a
    // split.
    ("heldout42", 0.98, 0.95, Split(1)),
    ("heldout43", 0.97, 0.91, Whole),
    // `Germany's 45th Armoured Brigade` is named with its country, the bare `45th Armoured
    // Brigade` without: two unlisted entities, a split.
    ("heldout44", 0.98, 0.93, Split(1)),
    ("heldout45", 0.98, 0.90, Whole),
    ("heldout46", 0.98, 0.96, Whole),
    ("heldout47", 0.98, 0.94, Whole),
    ("heldout48", 0.98, 0.95, Whole),
    ("heldout49", 0.98, 0.97, Whole),
    ("heldout50", 0.98, 0.94, Whole),
    // Two of its entities are split: `Ombudsman's Office`, a country alias of Ukraine's
    // commissioner and of Russia's, goes to Russia's where Russia is the country named
    // nearest; and a footballer whose surname the page spells two ways (`Maamma`, `Maama`).
    ("heldout51", 0.98, 0.93, Split(2)),
    ("heldout52", 0.98, 0.94, Whole),
    ("heldout53", 0.98, 0.93, Whole),
    ("heldout54", 0.98, 0.95, Whole),
    ("heldout55", 0.98, 0.95, Whole),
    ("heldout56", 0.97, 0.90, Whole),
    ("heldout57", 0.98, 0.95, Whole),
    ("heldout58", 0.98, 0.95, Whole),
    // Two of its entities are split: a person named by a misspelt surname (`Sanae Takachi`)
    // and one the gazetteer does not list, named with and without his first given name
    // (`Mohammad Hossein Shamkhani`, `Hossein Shamkhani`). A third: Spain's Ministry of
    // Defense, named bare after `Israeli` and `Israel`, is once given to Israel's.
    ("heldout59", 0.98, 0.93, Split(3)),
    ("heldout60", 0.98, 0.89, Whole),
    // One of its entities is split: the Turkish Cypriot election board, named two ways,
    // neither listed.
    ("heldout61", 0.98, 0.91, Split(1)),
    ("heldout62", 0.98, 0.96, Whole),
    ("heldout63", 0.98, 0.95, Whole),
    ("heldout64", 0.98, 0.93, Whole),
    // Three of its entities are split: Azerbaijan's foreign ministry, once given to Russia's
    // (the country named nearest), and two Lithuanian banks named with and without the legal
    // form written before their names (`UAB Urbo Bank`, `Urbo Bank`).
    ("heldout65", 0.98, 0.95, Split(3)),
    // One entity is split: a bare `Hanwha` in a story about Hanwha Ocean goes to the listed
    // Hanwha Aerospace.
    ("heldout66", 0.97, 0.86, Split(1)),
    // One entity is split: Kenya's Wiper party, listed as the Wiper Democratic Movement, named
    // by its new name (`Wiper Democratic Front`), found as a body of its own.
    ("heldout67", 0.98, 0.89, Split(1)),
    ("heldout68", 0.98, 0.88, Whole),
    // Three of its entities are split: Hyundai Heavy Industries, listed under HD Hyundai's
    // name and found once as a body of its own; Iraq's Joint Operations Command, once given to
    // Italy's; and Seki Hei, a Japanese name written family name first, found as `Mr Seki`
    // alone. A fourth: a refinery named with and without `Co., Ltd.`, listed without it.
    ("heldout69", 0.98, 0.90, Split(4)),
    ("heldout70", 0.98, 0.89, Whole),
    // Two of its entities are split, both by the page's own other names: Nigeria's election
    // commission, once written without `National`, and the SBU, written `Ukrainian Safety
    // Service`.
    ("heldout71", 0.97, 0.85, Split(2)),
    // Two of its entities are split, both bodies named bare in a story that names other
    // countries nearer: Colombia's foreign ministry, given once to Palestine's and once to
    // Israel's, and Japan's `Cabinet`, once given to Russia's government.
    ("heldout72", 0.98, 0.87, Split(2)),
    // Four of its entities are split: Japan's `Cabinet`, once given to Georgia's; Ukraine's
    // Defense Forces, named `Defense Forces of Ukraine` and `Ukrainian Defense Forces`,
    // neither listed; Talal Chaudhry, once written `Talal Ch.`; and Mian Alamdar Qureshi, also
    // written without the honorific `Mian` (`PPP's Alamdar Qureshi`).
    ("heldout73", 0.98, 0.94, Split(4)),
    ("heldout74", 0.96, 0.80, Whole),
    // One entity is split: Nigeria's federal government, also written `Government of Nigeria`,
    // found as a body of its own.
    ("heldout75", 0.98, 0.89, Split(1)),
    // One entity is split: Bolivia's Plurinational Legislative Assembly, whose `Congress` is
    // once given to Spain's Congress of Deputies.
    ("heldout76", 0.98, 0.83, Split(1)),
    // One entity is split: Civil Contract, listed, also written `Civil Contract Party` and
    // found as a body of its own.
    ("heldout77", 0.98, 0.92, Split(1)),
    ("heldout78", 0.98, 0.91, Whole),
    ("heldout79", 0.98, 0.93, Whole),
    // Four of its entities are split: the World Bank, also written `World Bank Group` (listed
    // apart); the US Cabinet, once given to Israel's; the Russian Armed Forces, also written
    // `Russian Army` and found as a body of its own; and India's Ministry of External Affairs,
    // written two ways, neither listed.
    ("heldout80", 0.99, 0.89, Split(4)),
    ("heldout81", 0.98, 0.90, Whole),
    // Two of its entities are split: Lithuania's State Defence Council, also written
    // `Defense`, and EKRE, listed, whose full name with a typeset apostrophe is found as a
    // body of its own.
    ("heldout82", 0.97, 0.92, Split(2)),
    ("heldout83", 0.98, 0.90, Whole),
    ("heldout84", 0.98, 0.91, Whole),
    ("heldout85", 0.98, 0.91, Whole),
    // One entity is split: Hanwha Ocean, also called `Hanwha`, which is once given to Hanwha
    // Aerospace.
    ("heldout86", 0.99, 0.96, Split(1)),
    // One entity is split: the Maldives' People's Majlis, whose `Parliament` is once given to
    // the Knesset.
    ("heldout87", 0.98, 0.89, Split(1)),
    // Two of its entities are split: Denmark's Green Left, whose other name in brackets
    // (`Socialist People’s Party`) is found as a body of its own; and the Swiss DDPS, whose
    // `Department of Defense` in brackets is the US department's name.
    ("heldout88", 0.98, 0.95, Split(2)),
    ("heldout89", 0.98, 0.94, Whole),
    // Three of its entities are split: SMIC, also written in full and found as a body of its
    // own; Taiwan's Ministry of Economic Affairs, found twice, with and without its country;
    // and Tata Advanced Systems, also written with `Limited`.
    ("heldout90", 0.98, 0.89, Split(3)),
    ("heldout91", 0.95, 0.81, Whole),
    // One entity is split: Russia's Ministry of Defence, whose `Defence Ministry` is once
    // given to Ukraine's.
    ("heldout92", 0.98, 0.93, Split(1)),
    // Two of its entities are split: two sanctioned men, each also called by his alias (`Niño
    // Guerrero`, `Johan Petrica`), found as people of their own; and Suriname's former
    // president, listed as Chan Santokhi, named in full (`Chandrikapersad Santokhi`).
    ("heldout93", 0.98, 0.88, Split(3)),
    ("heldout94", 0.97, 0.86, Whole),
    // Two of its entities are split: Croatia's Social Democratic Party, also found by its name
    // without the country; and Ferdinand Marcos Jr., whose `Marcos` is once given to his
    // sister Imee.
    ("heldout95", 0.97, 0.88, Split(2)),
    // Four of its entities are split: Abelardo de la Espriella and Henrique Capriles, each
    // also named in a form the gazetteer lacks; Los Mayos, also called `La Mayiza`; and Salem
    // bin Breik, whose full name (`Saleh Bin Salem Bin Breik`) is found as a person of its
    // own.
    ("heldout96", 0.97, 0.93, Split(4)),
    // One entity is split: Djibouti's president, written `Isma'il Omar Guelleh` with an
    // apostrophe the gazetteer's spellings lack, and so found as `Omar Guelleh`, a person of
    // its own.
    ("heldout97", 0.98, 0.90, Split(1)),
    // One entity is split: India's Defence Acquisition Council, also found with the country's
    // name before it.
    ("heldout98", 0.96, 0.90, Split(1)),
    ("heldout99", 0.98, 0.94, Whole),
    // Two of its entities are split: the PLO, also written `Palestinian Liberation
    // Organization`, found as a body of its own; and Kwabena Agyapong, whose name the story
    // also spells `Agyepong`.
    ("heldout100", 0.98, 0.89, Split(2)),
    // Two of its entities are split: the Palestine Donor Group, also found as `Donor Group`;
    // and Ghana's Parliament, once given to France's in a story that names France nearer.
    ("heldout101", 0.98, 0.89, Split(2)),
    // One entity is split: Japan's Maritime Self-Defense Force, also called `Japanese Navy`,
    // found as a body of its own.
    ("heldout102", 0.98, 0.96, Split(1)),
    // One entity is split: Indonesia's National Nutrition Agency, which the page also calls
    // `National Food Agency`.
    ("heldout103", 0.97, 0.84, Split(1)),
    // Two of its entities are split: a spokesman whose name the page spells two ways (`Al
    // Saeei`, `Al Saeedi`); and the Republic of the Congo, once given to the Democratic
    // Republic's `Congo`.
    ("heldout104", 0.96, 0.90, Split(2)),
    ("heldout105", 0.97, 0.92, Whole),
    // One entity is split: the NATO Defense College's Academic Advisory Board, also found as
    // `Academic Advisory Board`.
    ("heldout106", 0.98, 0.94, Split(1)),
    // Two of its entities are split: the Popular Mobilization Forces, whose `Popular
    // Mobilization Authority` is found as a body of its own; and the Cartel del Noreste, whose
    // `Los Zetas` is the gazetteer's older cartel.
    ("heldout107", 0.97, 0.92, Split(2)),
    ("heldout108", 0.98, 0.95, Whole),
    ("heldout109", 0.99, 0.96, Whole),
    // One entity is split: Indonesia's Defense Ministry, once given to China's in a story that
    // names both countries.
    ("heldout110", 0.98, 0.94, Split(1)),
    ("heldout111", 0.96, 0.91, Whole),
    ("heldout112", 0.98, 0.93, Whole),
    // One entity is split: the United Socialist Party of Venezuela, also called `United
    // Socialist Party`, found as a party of its own.
    ("heldout113", 0.97, 0.92, Split(1)),
    // One entity is split: India's Ministry of Defence, once given to France's in a story of
    // an Indian–French submarine deal.
    ("heldout114", 0.96, 0.95, Split(1)),
    ("heldout115", 0.98, 0.95, Whole),
    ("heldout116", 0.99, 0.93, Whole),
    // One entity is split: a professor named with a generational suffix
    // (`Yap Boum II`), found again as `Boum II`, a person of its own.
    ("heldout117", 0.98, 0.95, Split(1)),
    // One entity is split: the Bangsamoro Transition Authority, named in
    // full, then by its initials undefined (`the BTA`), which the
    // gazetteer gives the Bulgarian News Agency.
    ("heldout118", 0.98, 0.94, Split(1)),
    ("heldout119", 0.98, 0.93, Whole),
    ("heldout120", 0.98, 0.97, Whole),
    ("heldout121", 0.98, 0.97, Whole),
    ("heldout122", 0.98, 0.98, Whole),
    ("heldout123", 0.97, 0.94, Whole),
    // One entity is split: Lee Jae-myung, named too by the page's machine-translated
    // `Li Ja Maong`, found as a person of its own.
    ("heldout124", 0.99, 0.95, Split(1)),
    ("heldout125", 0.99, 0.97, Whole),
    ("heldout126", 0.98, 0.96, Whole),
    ("heldout127", 0.98, 0.98, Whole),
    ("heldout128", 0.99, 0.96, Whole),
    ("heldout129", 0.99, 0.96, Whole),
    ("heldout130", 0.99, 0.95, Whole),
    // One entity is split: Kazakhstan's foreign ministry, whose `Foreign Ministry's spokesman`
    // goes to the nearest named country's (Ukraine's).
    ("heldout131", 0.97, 0.95, Split(1)),
    ("heldout132", 0.98, 0.97, Whole),
    ("heldout133", 0.98, 0.97, Whole),
    // Two entities are split: ThyssenKrupp Marine Systems, named too as `Thyssen-Krupp Marine
    // Systems (Germany)`, found as a body of its own; and Hanwha Ocean, whose bare `Hanwha`
    // goes to Hanwha Aerospace.
    ("heldout134", 0.97, 0.94, Split(2)),
    ("heldout135", 0.98, 0.98, Whole),
    ("heldout136", 0.99, 0.96, Whole),
    ("heldout137", 0.99, 0.95, Whole),
    ("heldout138", 0.98, 0.97, Whole),
    // One entity is split: HD Hyundai Heavy Industries, whose bare `Hyundai` goes to Hyundai
    // Motor, the country's one claimant of it.
    ("heldout139", 0.98, 0.97, Split(1)),
    ("heldout140", 0.98, 0.94, Whole),
    ("heldout141", 0.98, 0.97, Whole),
    ("heldout142", 0.98, 0.91, Whole),
    ("heldout143", 0.99, 0.96, Whole),
    ("heldout144", 0.99, 0.94, Whole),
    ("heldout145", 0.99, 0.96, Whole),
    ("heldout146", 0.98, 0.97, Whole),
    ("heldout147", 0.98, 0.96, Whole),
    ("heldout148", 0.96, 0.93, Whole),
    ("heldout149", 0.99, 0.98, Whole),
    ("heldout150", 0.99, 0.96, Whole),
    ("heldout151", 0.97, 0.95, Whole),
    // Two of its entities are split: Saddam Haftar, whose bare `Saddam` in the headline and the
    // caption is found as a person of his own; and Khalifa Haftar, whose bare `Haftar` there goes
    // to his son, named in full more often.
    ("heldout152", 0.97, 0.94, Split(2)),
    ("heldout153", 0.99, 0.98, Whole),
    // One entity is split: South Korea's foreign ministry, whose `Foreign Ministry` goes once to
    // North Korea's and once to Ukraine's, the countries named nearer.
    ("heldout154", 0.97, 0.96, Split(1)),
    // One entity is split: Bolivia's Plurinational Legislative Assembly, whose short names go to
    // Argentina's and Ecuador's legislatures in a story that names those countries too.
    ("heldout155", 0.97, 0.93, Split(1)),
    ("heldout156", 0.97, 0.93, Whole),
    ("heldout157", 0.98, 0.95, Whole),
    ("heldout158", 0.98, 0.97, Whole),
    ("heldout159", 0.98, 0.96, Whole),
    // One entity is split: Brazil's Supreme Federal Court, once given to the US Supreme Court in a
    // story of US sanctions.
    ("heldout160", 0.99, 0.96, Split(1)),
    // One entity is split: Germany's SPD, whose `Social Democratic Party` is found as a body of
    // its own.
    ("heldout161", 0.98, 0.96, Split(1)),
    ("heldout162", 0.98, 0.93, Whole),
    ("heldout163", 0.99, 0.94, Whole),
    // Three of its entities are split: Spain's Attorney General Álvaro García Ortiz, whom the
    // gazetteer does not list, and whose `García Ortiz` is found as another person; Wisut
    // Chai-arun, whose page also spells him `Wisut Chanarun`; and Paetongtarn Shinawatra, whom
    // the page also misspells `Patongthorn`.
    ("heldout164", 0.97, 0.93, Split(3)),
    ("heldout165", 0.97, 0.97, Whole),
    ("heldout166", 0.98, 0.95, Whole),
    ("heldout167", 0.99, 0.98, Whole),
    ("heldout168", 0.98, 0.92, Whole),
    // One entity is split: Ghana's Parliament, once given to France's in a story that names
    // French firms (Dassault Aviation, Airbus Helicopters SAS).
    ("heldout169", 0.98, 0.93, Split(1)),
    ("heldout170", 0.98, 0.96, Whole),
    ("heldout171", 0.98, 0.94, Whole),
    ("heldout172", 0.99, 0.95, Whole),
    ("heldout173", 0.99, 0.99, Whole),
    // One entity is split: Joseph Aoun, whom the page once calls `President Michel Aoun` (its
    // slip; the gold keeps the entity it means).
    ("heldout174", 0.98, 0.97, Split(1)),
    ("heldout175", 0.99, 0.97, Whole),
    // One entity is split: Hanwha Ocean, whose bare `Hanwha` goes to Hanwha Aerospace.
    ("heldout176", 0.98, 0.96, Split(1)),
    ("heldout177", 0.98, 0.96, Whole),
    ("heldout178", 0.98, 0.97, Whole),
    ("heldout179", 0.97, 0.94, Whole),
    // One entity is split: Finland's Parliament, once given to Canada's and
    // Poland's, which the landmine-treaty story names nearer.
    ("heldout180", 0.99, 0.95, Split(1)),
    ("heldout181", 0.99, 0.97, Whole),
    ("heldout182", 0.97, 0.92, Whole),
    ("heldout183", 0.98, 0.96, Whole),
    ("heldout184", 0.98, 0.96, Whole),
    ("heldout185", 0.98, 0.96, Whole),
    ("heldout186", 0.99, 0.99, Whole),
    ("heldout187", 0.99, 0.98, Whole),
    ("heldout188", 0.99, 0.95, Whole),
    // One entity is split: the EU-Central America Association Council, whose
    // bare `Council` goes to the Council of the EU.
    ("heldout189", 0.97, 0.94, Split(1)),
    ("heldout190", 0.99, 0.95, Whole),
    ("heldout191", 0.97, 0.94, Whole),
    ("heldout192", 0.96, 0.94, Whole),
    // One entity is split: a Somali minister the page spells three ways.
    ("heldout193", 0.99, 0.95, Split(1)),
    // One entity is split: Spain's Ministry of Defence, once given to
    // Israel's in a story about an Israeli firm's contract.
    ("heldout194", 0.98, 0.98, Split(1)),
    // One entity is split: Issa Tchiroma Bakary, misspelt `Tachiroma Bakari`.
    ("heldout195", 0.99, 0.97, Split(1)),
    ("heldout196", 0.99, 0.97, Whole),
    ("heldout197", 0.99, 0.99, Whole),
    // Two entities are split: the Prince Group, which the page names as the US's network and the UK's
    // holding company, and Honduras's electoral body, which it calls both Commission and Council.
    ("heldout198", 0.99, 0.97, Split(2)),
    ("heldout199", 0.99, 0.99, Whole),
    // One entity is split: Alexander Lukashenko, misspelt `Alexander Kashenko` on a garbled page.
    ("heldout200", 0.97, 0.97, Split(1)),
    // Two entities are split: Hanwha Ocean, named `Hanwha` after Hanwha Aerospace's name, and Japan's
    // LDP, which the page calls `Liberal Democrats`, the British party's name.
    ("heldout201", 0.98, 0.98, Split(2)),
    ("heldout202", 0.97, 0.96, Whole),
    ("heldout203", 0.94, 0.91, Whole),
    ("heldout204", 0.98, 0.94, Whole),
    ("heldout205", 0.99, 0.99, Whole),
    ("heldout206", 0.98, 0.98, Whole),
    ("heldout207", 0.96, 0.95, Whole),
    // One entity is split: Nayara Energy, whose former name Essar Oil is its own row.
    ("heldout208", 0.99, 0.98, Split(1)),
    // One entity is split: an RSF commander and his nickname (`Abu Lulu`), which the gold joins.
    ("heldout209", 0.99, 0.97, Split(1)),
    // Two entities are split: Libre, whose `(Libre)` after its English name reads as another
    // party's, and Hanwha Ocean, named `Hanwha` after Hanwha Aerospace's name.
    ("heldout210", 0.99, 0.98, Split(2)),
    // Two entities are split: Madagascar's High Constitutional Court, named `High Court` too, and
    // the Prince Group and its holding company, which the gold joins.
    ("heldout211", 0.97, 0.96, Split(2)),
    ("heldout212", 0.99, 0.98, Whole),
    ("heldout213", 0.98, 0.97, Whole),
    // Two entities are split: Lebanon's Council of Ministers and its `Cabinet`, which are two rows,
    // and Italy's Senate, whose `Senate` alone goes to other countries' senates.
    ("heldout214", 0.98, 0.98, Split(2)),
    ("heldout215", 0.99, 0.98, Whole),
    // One entity is split: SOCAR and its full name, State Oil Company of the Republic of
    // Azerbaijan, which is not an alias.
    ("heldout216", 0.99, 0.98, Split(1)),
    ("heldout217", 0.99, 0.97, Whole),
    ("heldout218", 0.97, 0.96, Whole),
    // `heldout9` to `heldout13` have errors nobody has looked at (they are clean: their errors
    // are not read), so only their precision and recall are held.
    ("heldout9", 0.98, 0.81, Unread),
    ("heldout10", 0.98, 0.81, Unread),
    ("heldout11", 0.96, 0.90, Unread),
    ("heldout12", 0.98, 0.80, Unread),
    ("heldout13", 0.98, 0.96, Unread),
];

#[test]
fn heldout_news_precision_and_recall_stay_above_their_floors() {
    let failures: Vec<String> = FLOORS
        .iter()
        .filter_map(|&(set, precision, recall, errors)| {
            below_floors(set, precision, recall, errors)
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Scores a set and says how it falls below its floors, if it does: the
/// figures, and the errors themselves unless the set is clean.
fn below_floors(set: &str, precision: f64, recall: f64, errors: Errors) -> Option<String> {
    let score = score_set(set, &[]);
    let read = !matches!(errors, Unread);
    let shown = |what: &str, list: &[String]| {
        if read {
            format!("; {what}: {list:#?}")
        } else {
            String::new()
        }
    };
    let mut failures = Vec::new();
    if score.precision() < precision {
        let wrong = shown("false positives", &score.wrong);
        failures.push(format!("precision {:.3}{wrong}", score.precision()));
    }
    if score.recall() < recall {
        let missed = shown("missed", &score.missed);
        failures.push(format!("recall {:.3}{missed}", score.recall()));
    }
    let allowed = match errors {
        Whole => 0,
        Split(n) => n,
        Unread => usize::MAX,
    };
    if score.splits.len() > allowed {
        let splits = &score.splits;
        failures.push(format!(
            "{} split, {allowed} allowed: {splits:#?}",
            splits.len()
        ));
    }
    (!failures.is_empty()).then(|| format!("{set}: {}", failures.join("; ")))
}

/// People the gazetteer does not list are found in unseen news, without
/// a false positive more: on `heldout3` (written after the rule, never
/// tuned on) they raise the recall of people from 0.82 to 0.92.
#[test]
fn unlisted_people_raise_recall_and_keep_precision() {
    let with = score_set("heldout3", &[]);
    let without = score_set("heldout3", &["--listed-only"]);
    assert!(
        with.found >= without.found + 10,
        "found {} with unlisted people, {} without",
        with.found,
        without.found
    );
    assert!(
        with.wrong.len() <= without.wrong.len(),
        "false positives: {:#?}",
        with.wrong
    );
}
