//! The entity model and the gazetteer: load, validate, hash.
//!
//! A gazetteer is a list of [`Entity`] values read from TSV files (see
//! `gazetteer/README.md` for the format) plus a list of common words. It is
//! validated as a whole before any matching starts, and every problem names
//! the file, the line and the fix.

mod acronyms;
mod bodies;
mod load;
mod surnames;
pub(crate) use surnames::has_two_surnames;

use rustc_hash::FxHashSet;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use crate::error::{Error, Problem, Result};
use crate::normalize::fold_word;

pub use load::parse_tsv;
pub(crate) use surnames::{without_arabic_article, word_surname};

include!(concat!(env!("OUT_DIR"), "/shipped_gazetteer.rs"));

/// The type of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A sovereign state (or a commonly named disputed one).
    Country,
    /// A named individual.
    Person,
    /// An alliance, body, institution, company, medium, armed group, format.
    Organization,
}

impl EntityType {
    /// All types, in display order.
    pub const ALL: [EntityType; 3] = [
        EntityType::Country,
        EntityType::Person,
        EntityType::Organization,
    ];

    /// The lowercase name used in files and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Country => "country",
            EntityType::Person => "person",
            EntityType::Organization => "organization",
        }
    }

    /// Parses `country`, `person`, `organization` (and `organisation`, `org`).
    pub fn parse(s: &str) -> Option<EntityType> {
        match s.trim().to_ascii_lowercase().as_str() {
            "country" => Some(EntityType::Country),
            "person" => Some(EntityType::Person),
            "organization" | "organisation" | "org" => Some(EntityType::Organization),
            _ => None,
        }
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an entity was defined, for error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file, as named to the user.
    pub file: String,
    /// 1-based line.
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// One entity of the gazetteer.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Stable, unique id (a slug such as `united-states`).
    pub id: String,
    /// Its type.
    pub kind: EntityType,
    /// Canonical name; also matched as an alias.
    pub name: String,
    /// Names matched anywhere.
    pub aliases: Vec<String>,
    /// Names matched only when the document also names the entity plainly.
    pub context_aliases: Vec<String>,
    /// Names matched when the document names the entity plainly or, if no
    /// other entity claims them so, its country (`Congress`, `Senate`).
    pub country_aliases: Vec<String>,
    /// Adjectives and nouns of nationality (countries).
    pub demonyms: Vec<String>,
    /// Wikidata QID, when known.
    pub qid: Option<String>,
    /// Every other column (ISO codes, description, country), by header name.
    pub meta: BTreeMap<String, String>,
    /// Where it was defined.
    pub origin: Origin,
}

impl Entity {
    /// The canonical name and the plain aliases.
    pub fn plain_names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// Every string matched for it: the plain names, then the context and
    /// country aliases, then the demonyms.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        let others = [&self.context_aliases, &self.country_aliases, &self.demonyms];
        self.plain_names()
            .chain(others.into_iter().flatten().map(String::as_str))
    }

    /// The sports of a sports club, team, league or governing body, one bit
    /// per group of `SPORTS`, when its description says it is one
    /// (`English football club`, `NBA team`, `top division of Spanish
    /// football`, `governing body of cricket in India`); 0 for
    /// anything else. Sports news calls clubs by their towns (`Liverpool`,
    /// `Chelsea`), which the matcher then reads as the clubs of the sport
    /// the story names, not of another (`Barcelona` in a Formula 1 story).
    ///
    /// A person's description says what sport they play or lead the same
    /// way (`English footballer`, `Indian cricketer`, `British Formula 1
    /// driver for McLaren`, `American football quarterback`): their bare
    /// surname then names them in a story about that sport.
    pub fn sports(&self) -> u32 {
        let roles = match self.kind {
            EntityType::Person => PLAYERS,
            _ => SPORTS_BODIES,
        };
        // Every description is read when the matcher is built, and most
        // fail this first test.
        if !self.description_has_word(roles) {
            return 0;
        }
        let mask = SPORTS
            .iter()
            .enumerate()
            .filter(|(_, group)| self.description_has_word(group))
            .fold(0, |mask, (bit, _)| mask | 1 << bit);
        // `American football` is the NFL's game and `Australian rules
        // football` the AFL's, not soccer.
        if self.description_has_phrase("American football") {
            mask & !SOCCER | NFL
        } else if self.description_has_phrase("Australian rules") {
            mask & !SOCCER | AUSTRALIAN_RULES
        } else {
            mask
        }
    }

    /// Whether the row is a bank by its description (`Spanish bank`, `US
    /// investment bank`, `company (Banking)`, `British high street
    /// lender`): news calls banks by short names (`Santander`, `Lloyds`)
    /// that are towns and surnames too. Central and development banks,
    /// regulators and the World Bank's arms are not commercial banks.
    pub fn is_bank(&self) -> bool {
        self.kind == EntityType::Organization
            && self.description_has_word(&["bank", "banks", "banking", "lender"])
            && !self.description_has_word(NOT_BANK_WORDS)
            && !NOT_BANK_PHRASES
                .iter()
                .any(|p| self.description_has_phrase(p))
    }

    /// Whether the row is a company by its description (`European missile
    /// manufacturer`, `company (Banking)`, `British aerospace and defence
    /// company`), and not a news organisation's (`news company`): a
    /// company's name before a country's names its branch there (`MBDA
    /// France`), where a news agency's does not (`told Reuters Ukraine
    /// would…`).
    pub fn is_company(&self) -> bool {
        self.kind == EntityType::Organization
            && self.description_has_word(COMPANY_WORDS)
            && !self.description_has_word(MEDIA_WORDS)
    }

    /// Whether the row is a news outlet's by its description (`British
    /// news agency`, `Qatari broadcaster`), not a state agency's.
    pub fn is_news_outlet(&self) -> bool {
        self.kind == EntityType::Organization && self.description_has_word(NEWS_WORDS)
    }

    /// Whether the entity is a political party, as its description says
    /// (`Nigerian ruling party`).
    pub fn is_party(&self) -> bool {
        self.kind == EntityType::Organization && self.description_has_word(&["party"])
    }

    /// Whether the description begins with the office `title` (`Prime
    /// Minister` for `Prime Minister of New Zealand (2023–)`), case aside:
    /// the office the row's person holds, not one held before (`Former
    /// Governor of …`) or under it (`Deputy Prime Minister`).
    pub fn holds_office(&self, title: &str) -> bool {
        self.meta.get("description").is_some_and(|d| {
            d.get(..title.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(title))
                && [" of ", " (", ","]
                    .iter()
                    .any(|end| d[title.len()..].starts_with(end))
        })
    }

    /// Whether one of the row's names is `title` and `surname` and
    /// perhaps more (`Lord Robertson of Port Ellen` for `Lord`,
    /// `Robertson`): the style a peer or a royal goes by.
    pub fn is_styled(&self, title: &str, surname: &str) -> bool {
        std::iter::once(&self.name).chain(&self.aliases).any(|a| {
            a.strip_prefix(title)
                .and_then(|rest| rest.strip_prefix(' '))
                .and_then(|rest| rest.strip_prefix(surname))
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
    }

    /// Until when the description says the row's person held their
    /// office: `None` for no year, `u32::MAX` for an office still held
    /// (`(2023–)`, `(from March 2024)`), else the latest year in its
    /// brackets (`President of Syria (2000–2024)` gives 2024; a number
    /// outside them, `enforced Resolution 2254`, is no year of office).
    pub fn office_until(&self) -> Option<u32> {
        let d = self.meta.get("description")?;
        if d.contains("–)") || d.contains("-)") || d.contains("(from ") {
            return Some(u32::MAX);
        }
        d.split('(')
            .skip(1)
            .filter_map(|part| part.split_once(')').map(|(inside, _)| inside))
            .flat_map(|inside| inside.split(|c: char| !c.is_ascii_digit()))
            .filter(|n| n.len() == 4)
            .filter_map(|n| n.parse().ok())
            .max()
    }

    /// Whether a word of the description is one of `list`, case aside;
    /// without allocating.
    fn description_has_word(&self, list: &[&str]) -> bool {
        self.meta.get("description").is_some_and(|d| {
            d.split(|c: char| !c.is_alphanumeric())
                .any(|w| list.iter().any(|k| w.eq_ignore_ascii_case(k)))
        })
    }

    /// Whether the description holds `phrase`, case aside.
    fn description_has_phrase(&self, phrase: &str) -> bool {
        self.meta.get("description").is_some_and(|d| {
            d.as_bytes()
                .windows(phrase.len())
                .any(|w| w.eq_ignore_ascii_case(phrase.as_bytes()))
        })
    }
}

/// Words of a description that say a row is a company (see
/// [`Entity::is_company`]).
const COMPANY_WORDS: &[&str] = &[
    "company",
    "manufacturer",
    "maker",
    "shipbuilder",
    "contractor",
    "conglomerate",
    "carmaker",
    "automaker",
    "firm",
    "airline",
    "retailer",
    "operator",
    "producer",
    "supplier",
    "insurer",
    "miner",
];

/// Words of a description that make a company's a news organisation's.
/// Words of a description that make a row a news outlet's (see
/// [`Entity::is_news_outlet`]); `agency` and `media` alone say too little.
const NEWS_WORDS: &[&str] = &["news", "newspaper", "broadcaster", "television", "radio"];

const MEDIA_WORDS: &[&str] = &[
    "news",
    "newspaper",
    "broadcaster",
    "agency",
    "magazine",
    "channel",
    "media",
    "television",
    "radio",
    "publisher",
    "outlet",
];

/// Words of a description that make a bank's description some other
/// body's: a regulator's or a lobby's (see [`Entity::is_bank`]).
const NOT_BANK_WORDS: &[&str] = &[
    "multilateral",
    "regulator",
    "supervisor",
    "association",
    "committee",
    "settlements",
];

/// Phrases of a description that make it no commercial bank's (see
/// [`Entity::is_bank`]).
const NOT_BANK_PHRASES: &[&str] = &[
    "central bank",
    "development bank",
    "West Bank",
    "World Bank",
];

/// Words of a description that name a sport, grouped by sport (see
/// [`Entity::sports`]).
const SPORTS: &[&[&str]] = &[
    &["football", "footballer", "soccer", "mls"],
    &["basketball", "nba", "wnba"],
    &["baseball", "mlb"],
    &["hockey", "nhl"],
    &["nfl"],
    &["rugby"],
    &["cricket", "cricketer"],
    &["volleyball"],
    &["handball"],
    &["f1", "formula"],
    // Australian rules: its descriptions say `AFL`, not `football`,
    // which would make its clubs soccer's.
    &["afl", "aflw"],
];

/// Words of a description that say what kind of sports body it is
/// (`governing` as in `governing body of cricket`).
const SPORTS_BODIES: &[&str] = &["club", "team", "league", "division", "governing"];

/// Words of a person's description that say they play a sport or lead a
/// side (see [`Entity::sports`]).
const PLAYERS: &[&str] = &[
    "player",
    "footballer",
    "cricketer",
    "driver",
    "quarterback",
    "goalkeeper",
    "striker",
    "midfielder",
    "defender",
    "forward",
    "coach",
    "manager",
    "captain",
];

/// The bit of `SPORTS` for association football.
const SOCCER: u32 = 1;
/// The bit of `SPORTS` for the NFL.
const NFL: u32 = 1 << 4;
/// The bit of `SPORTS` for Australian rules football.
const AUSTRALIAN_RULES: u32 = 1 << 10;

/// A validated gazetteer.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    common_words: FxHashSet<String>,
    first_names: FxHashSet<String>,
    /// Looked up for most names found, so with a fast hash.
    titles: FxHashSet<String>,
    /// Given names (`given_names.txt`).
    given_names: FxHashSet<String>,
    /// Words that end (or begin) organisations' names (`org_heads.txt`).
    org_heads: FxHashSet<String>,
    /// Words that end places' and clubs' names (`place_words.txt`).
    place_words: FxHashSet<String>,
    not_entities: Vec<String>,
    other_senses: Vec<EntityWords>,
    /// Names that photo credits use for news agencies (`credits.txt`).
    credits: Vec<EntityWords>,
    /// Places and the country each lies in (`places.txt`).
    places: Vec<EntityWords>,
    /// Per entity, the index of the organisation its `parent` column
    /// names, else of the country its `country` column names.
    countries: Vec<Option<u32>>,
    /// Per entity, whether some entity's `parent` or `country` names it.
    homes: Vec<bool>,
    hash: String,
}

/// An entity and the words a side file lists for it, matched whole and as
/// written: clues to another sense of its names (`other_senses.txt`:
/// `Atlanta` says `Georgia` is the US state, in a document that names the
/// country no other way), the names photo credits write a news agency by
/// (`credits.txt`: `EPA`, `PA`, ambiguous in running text), or the places
/// in a country (`places.txt`: a story that names `Ottawa` is about
/// Canada, though no place is a country).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityWords {
    /// The entity's index in [`Gazetteer::entities`].
    pub entity: usize,
    /// The words and phrases, as written.
    pub words: Vec<String>,
}

/// Particles of names, in lower case, whose capital varies with the writer
/// and the place in the sentence (`bin Salman`, `Bin Salman`; `De Wever`):
/// the matcher also looks for a name with them in lower case when more of
/// the name follows, and no surname is derived after one.
pub const PARTICLES: &[&str] = &[
    "al", "bin", "bint", "da", "das", "de", "del", "della", "der", "des", "di", "dos", "du", "el",
    "ibn", "la", "le", "van", "von",
];

/// The word lists a gazetteer folder may hold beside its `.tsv` files.
pub const WORD_LISTS: [&str; 11] = [
    "common_words.txt",
    bodies::FILE,
    "credits.txt",
    "first_names.txt",
    "given_names.txt",
    "not_entities.txt",
    "org_heads.txt",
    "other_senses.txt",
    "place_words.txt",
    "places.txt",
    "titles.txt",
];

/// One source of gazetteer data: a name for messages and its text.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file name shown in messages.
    pub name: String,
    /// The file's contents.
    pub text: String,
}

impl Source {
    /// The gazetteer shipped with `kg` (embedded at build time).
    pub fn shipped() -> Vec<Source> {
        SHIPPED
            .iter()
            .map(|(name, text)| Source {
                name: (*name).to_string(),
                text: (*text).to_string(),
            })
            .collect()
    }

    /// Reads a gazetteer file, or every `.tsv` file and word list
    /// ([`WORD_LISTS`]) of a folder (sorted by name).
    pub fn read(path: &Path) -> Result<Vec<Source>> {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        let mut files = Vec::new();
        if meta.is_dir() {
            let entries = std::fs::read_dir(path).map_err(|e| Error::io(path, e))?;
            for entry in entries {
                let p = entry.map_err(|e| Error::io(path, e))?.path();
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                if name.ends_with(".tsv") || WORD_LISTS.contains(&name) {
                    files.push(p);
                }
            }
            files.sort();
            if files.is_empty() {
                let msg = "no gazetteer files here: add *.tsv files (see gazetteer/README.md)";
                return Err(Error::Gazetteer(vec![Problem::new(
                    path.display().to_string(),
                    0,
                    msg,
                )]));
            }
        } else {
            files.push(path.to_path_buf());
        }
        files.iter().map(|p| read_source(p)).collect()
    }

    /// The `.txt` files of a gazetteer folder that [`Source::read`] leaves
    /// out because they are none of the word lists it knows, sorted: a
    /// misspelt list (`common-words.txt`) or one `kg` has no use for
    /// (`demonyms.txt`; demonyms are a `.tsv` column) would otherwise be
    /// ignored without a word. Empty for a file or an unreadable folder.
    pub fn ignored(path: &Path) -> Vec<std::path::PathBuf> {
        let Ok(entries) = std::fs::read_dir(path) else {
            return Vec::new();
        };
        let mut ignored: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                name.ends_with(".txt") && !WORD_LISTS.contains(&name)
            })
            .collect();
        ignored.sort();
        ignored
    }
}

fn read_source(path: &Path) -> Result<Source> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let name = path.display().to_string();
    let text = String::from_utf8(bytes).map_err(|e| {
        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        Error::Gazetteer(vec![Problem::new(
            &name,
            line,
            "not valid UTF-8: save the file as UTF-8",
        )])
    })?;
    Ok(Source { name, text })
}

impl Gazetteer {
    /// Parses and validates the given sources. All problems are reported
    /// together; nothing is returned unless the whole gazetteer is valid.
    pub fn from_sources(sources: &[Source]) -> Result<Gazetteer> {
        // The hash reads every byte again: on a second core, beside parsing
        // (a fifth of loading 100,000 aliases).
        let (parsed, hash) = rayon::join(|| Self::parse(sources), || hash_sources(sources));
        Ok(Gazetteer { hash, ..parsed? })
    }

    /// The gazetteer of `sources`, validated, without its hash.
    fn parse(sources: &[Source]) -> Result<Gazetteer> {
        let mut entities = Vec::new();
        let mut common_words = FxHashSet::default();
        let mut first_names = FxHashSet::default();
        let mut titles = FxHashSet::default();
        let mut given_names = FxHashSet::default();
        let mut org_heads = FxHashSet::default();
        let mut place_words = FxHashSet::default();
        let mut not_entities = Vec::new();
        let mut senses = Vec::new();
        let mut credits = Vec::new();
        let mut places = Vec::new();
        let mut body_words = Vec::new();
        let mut problems = Vec::new();
        for source in sources {
            if source.name.ends_with("common_words.txt") {
                common_words.extend(load::parse_word_list(&source.text).map(|w| w.to_lowercase()));
            } else if source.name.ends_with("first_names.txt") {
                first_names.extend(load::parse_word_list(&source.text));
            } else if source.name.ends_with("titles.txt") {
                titles.extend(load::parse_word_list(&source.text));
            } else if source.name.ends_with("given_names.txt") {
                given_names.extend(load::parse_word_list(&source.text));
            } else if source.name.ends_with("org_heads.txt") {
                org_heads.extend(load::parse_word_list(&source.text));
            } else if source.name.ends_with("place_words.txt") {
                place_words.extend(load::parse_word_list(&source.text));
            } else if source.name.ends_with(bodies::FILE) {
                body_words.extend(bodies::parse(&source.text));
            } else if source.name.ends_with("not_entities.txt") {
                not_entities.extend(load::parse_word_list(&source.text));
            } else if source.name.ends_with("other_senses.txt") {
                let (mut list, mut p) = load::parse_id_lines(&source.name, &source.text, "clues");
                senses.append(&mut list);
                problems.append(&mut p);
            } else if source.name.ends_with("credits.txt") {
                let (mut list, mut p) = load::parse_id_lines(&source.name, &source.text, "names");
                credits.append(&mut list);
                problems.append(&mut p);
            } else if source.name.ends_with("places.txt") {
                let (mut list, mut p) = load::parse_id_lines(&source.name, &source.text, "places");
                places.append(&mut list);
                problems.append(&mut p);
            } else if source.name.ends_with(".txt") {
                continue;
            } else {
                match parse_tsv(&source.name, &source.text) {
                    Ok(mut list) => entities.append(&mut list),
                    Err(mut p) => problems.append(&mut p),
                }
            }
        }
        if problems.is_empty() && entities.is_empty() {
            let names: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
            problems.push(Problem::new(
                names.join(", "),
                0,
                "the gazetteer has no entries: add at least one entity line",
            ));
        }
        let mut derived = bodies::derive(&entities, &body_words);
        entities.append(&mut derived);
        acronyms::derive(&mut entities);
        let (links, mut p) = load::link(&entities, senses, credits, places);
        problems.append(&mut p);
        if !problems.is_empty() {
            return Err(Error::Gazetteer(problems));
        }
        let mut gazetteer = Gazetteer {
            entities: Vec::new(),
            common_words,
            first_names,
            titles,
            given_names,
            org_heads,
            place_words,
            not_entities,
            other_senses: links.senses,
            credits: links.credits,
            places: links.places,
            homes: homes_of(&links.countries, entities.len()),
            countries: links.countries,
            hash: String::new(),
        };
        // The surnames the rows do not list need the word lists, and are
        // added before the entities go in.
        surnames::derive(&mut entities, &gazetteer);
        gazetteer.entities = entities;
        Ok(gazetteer)
    }

    /// The entities, in file order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Lower-case words that are also ordinary English words.
    pub fn common_words(&self) -> &FxHashSet<String> {
        &self.common_words
    }

    /// Whether `word`, in any case, is one of [`Gazetteer::common_words`].
    pub fn is_common_word(&self, word: &str) -> bool {
        if self.common_words.is_empty() {
            return false;
        }
        let folded = fold_word(word);
        // Most words are short and ASCII: lower-cased on the stack, as
        // this runs for many capitalised words of every document.
        let mut buf = [0u8; 32];
        if folded.is_ascii() && folded.len() <= buf.len() {
            let lower = &mut buf[..folded.len()];
            lower.copy_from_slice(folded.as_bytes());
            lower.make_ascii_lowercase();
            return std::str::from_utf8(lower).is_ok_and(|w| self.common_words.contains(w));
        }
        self.common_words.contains(&folded.to_lowercase())
    }

    /// Whether `name` is also a first name (`Jordan`, `Chad`), as written
    /// but for accents (`first_names.txt`): right before another
    /// capitalised word it begins a person's name.
    pub fn is_first_name(&self, name: &str) -> bool {
        self.first_names.contains(fold_word(name).as_ref())
    }

    /// The names of `first_names.txt`, as written.
    pub fn first_names(&self) -> &FxHashSet<String> {
        &self.first_names
    }

    /// The words that end (or begin) organisations' names
    /// (`org_heads.txt`), folded.
    pub fn org_heads(&self) -> &FxHashSet<String> {
        &self.org_heads
    }

    /// The words that end places' and sports clubs' names
    /// (`place_words.txt`), folded.
    pub fn place_words(&self) -> &FxHashSet<String> {
        &self.place_words
    }

    /// The roles of `titles.txt`: its words in lower case (`spokesman`).
    pub fn roles(&self) -> impl Iterator<Item = &str> {
        let lower = |w: &&String| w.starts_with(char::is_lowercase);
        self.titles.iter().filter(lower).map(String::as_str)
    }

    /// Whether `word` is one of the capitalised words that continue no
    /// name and begin none (`Chairman`, `Republicans`, `Monday`, `Mr`), as
    /// written but for accents (`titles.txt`).
    pub fn is_title(&self, word: &str) -> bool {
        self.titles.contains(fold_word(word).as_ref())
    }

    /// Given names that begin the names of people it does not list
    /// (`given_names.txt`), folded like every word list (`Jerome` for
    /// `Jérôme`; see [`crate::normalize::fold_word`]).
    pub fn given_names(&self) -> &FxHashSet<String> {
        &self.given_names
    }

    /// Phrases that contain a name but denote something else (`Latin
    /// America`, `Niger Delta`): matched, then dropped, so the shorter name
    /// inside them is not reported.
    pub fn not_entities(&self) -> &[String] {
        &self.not_entities
    }

    /// Names that are also something else, with the words that tell
    /// (`other_senses.txt`).
    pub fn other_senses(&self) -> &[EntityWords] {
        &self.other_senses
    }

    /// The names photo credits use for news agencies whose names are
    /// otherwise ambiguous (`credits.txt`: `EPA` in `EPA/Jane Doe`, `PA` in
    /// `Jane Doe/PA`).
    pub fn credits(&self) -> &[EntityWords] {
        &self.credits
    }

    /// The places of `places.txt`, by country.
    pub fn places(&self) -> &[EntityWords] {
        &self.places
    }

    /// Per entity (by index), the index of the organisation its `parent`
    /// column names or else of the country its `country` column names, if
    /// any: what a story must name for its country aliases to count.
    pub fn countries(&self) -> &[Option<u32>] {
        &self.countries
    }

    /// Whether the entity at `index` is some entity's country or parent.
    pub fn is_home(&self, index: usize) -> bool {
        self.homes.get(index).copied().unwrap_or(false)
    }

    /// A SHA-256 over the sources' names and contents, in hex.
    pub fn hash(&self) -> &str {
        &self.hash
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// Whether there are no entities (never true for a validated gazetteer).
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }
}

fn homes_of(countries: &[Option<u32>], len: usize) -> Vec<bool> {
    let mut homes = vec![false; len];
    for &home in countries.iter().flatten() {
        homes[home as usize] = true;
    }
    homes
}

fn hash_sources(sources: &[Source]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for s in sources {
        h.update(s.name.rsplit('/').next().unwrap_or("").as_bytes());
        h.update([0]);
        h.update(s.text.as_bytes());
        h.update([0]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn described(description: &str) -> Entity {
        let text = format!("id\ttype\tname\tdescription\nx\torganization\tX\t{description}\n");
        parse_tsv("t.tsv", &text).unwrap().remove(0)
    }

    #[test]
    fn the_years_of_an_office_are_read_in_the_description_s_brackets() {
        let until = |d: &str| described(d).office_until();
        assert_eq!(until("President of Syria (2000–2024)"), Some(2024));
        assert_eq!(until("President of Syria (1971–2000)"), Some(2000));
        assert_eq!(until("President of Azerbaijan (2003–)"), Some(u32::MAX));
        assert_eq!(until("Speaker (from 17 September 2025)"), Some(u32::MAX));
        // A number outside the brackets is no year of office.
        assert_eq!(
            until("envoy who enforced Resolution 2254 (2019–2021)"),
            Some(2021)
        );
        assert_eq!(until("envoy who enforced Resolution 2254"), None);
    }

    #[test]
    fn a_description_names_the_sports_of_a_club_team_or_league() {
        let football = described("English football club (Premier League 2025–26)").sports();
        assert_ne!(football, 0);
        assert_eq!(
            described("MLS club (Major League Soccer)").sports(),
            football
        );
        assert_eq!(
            described("top division of Spanish football").sports(),
            football
        );
        let f1 = described("British Formula 1 team and carmaker").sports();
        assert!(f1 != 0 && f1 & football == 0, "another sport");
        let nba = described("NBA team (Los Angeles)").sports();
        assert!(nba != 0 && nba & (f1 | football) == 0, "a third sport");
        let cricket = described("governing body of cricket in India").sports();
        assert!(cricket != 0 && cricket & (nba | f1 | football) == 0);
        // Australian rules is not soccer, whether `AFL` or `football` says it.
        let afl = described("AFL club (Australian rules), Brisbane").sports();
        assert!(afl != 0 && afl & (cricket | nba | f1 | football) == 0);
        assert_eq!(
            described("Australian rules football club (AFL)").sports(),
            afl
        );
        // A sport with no club, team, league or governing body, or neither:
        // not a sports body.
        for d in [
            "English footballers' union",
            "international football federation",
            "governing body of the Church of England",
            "bank",
        ] {
            assert_eq!(described(d).sports(), 0, "{d}");
        }
        assert_eq!(
            parse_tsv("t.tsv", "id\ttype\tname\nx\torganization\tX\n").unwrap()[0].sports(),
            0
        );
    }

    #[test]
    fn a_description_names_the_sport_a_person_plays() {
        let person = |description: &str| {
            let text = format!("id\ttype\tname\tdescription\nx\tperson\tX\t{description}\n");
            parse_tsv("t.tsv", &text).unwrap()[0].sports()
        };
        let football = described("English football club").sports();
        let nfl = described("NFL team").sports();
        assert_eq!(
            person("English footballer (Bayern Munich, England)"),
            football
        );
        assert_eq!(person("American football quarterback"), nfl);
        assert_eq!(
            person("British Formula 1 driver for McLaren"),
            described("British Formula 1 team").sports()
        );
        assert_eq!(
            person("Indian cricketer"),
            described("Indian cricket team").sports()
        );
        // A person's words for a club (`club`, `team`) are not a player's,
        // nor is a sport with no player: no sport.
        for d in [
            "owner of an English football club",
            "football fan",
            "minister",
        ] {
            assert_eq!(person(d), 0, "{d}");
        }
    }

    #[test]
    fn a_description_says_whether_a_row_is_a_bank() {
        for d in [
            "Spanish bank",
            "US investment bank",
            "company (Banking)",
            "British high street lender",
            "one of the world's largest banks",
        ] {
            assert!(described(d).is_bank(), "{d}");
        }
        for d in [
            "central bank of Nigeria",
            "regional development bank, Manila",
            "EU banking regulator, Paris",
            "Palestinian self-government in parts of the West Bank",
            "family of five World Bank institutions",
            "Spanish football club",
        ] {
            assert!(!described(d).is_bank(), "{d}");
        }
    }

    #[test]
    fn a_description_says_whether_a_row_is_a_company() {
        for d in [
            "European missile manufacturer",
            "British aerospace and defence company",
            "company (Banking)",
            "Turkish drone maker",
            "mobile network operator in Kenya",
            "Indian airline",
        ] {
            assert!(described(d).is_company(), "{d}");
        }
        for d in [
            "international news agency",
            "financial data and news company (Bloomberg L.P.)",
            "British public broadcaster",
            "defence ministry of Ukraine",
        ] {
            assert!(!described(d).is_company(), "{d}");
        }
    }

    #[test]
    fn places_lie_in_countries_the_gazetteer_lists() {
        let gaz = "id\ttype\tname\n us\tcountry\tUnited States\nun\torganization\tUnited Nations\n";
        let gaz = gaz.replace("\n ", "\n");
        let sources = [
            Source {
                name: "t.tsv".into(),
                text: gaz,
            },
            Source {
                name: "places.txt".into(),
                text: "us\tTrenton\nun\tNew York\nxx\tParis\n".into(),
            },
        ];
        let Err(crate::Error::Gazetteer(problems)) = Gazetteer::from_sources(&sources) else {
            panic!("two bad lines of places.txt load");
        };
        let lines: Vec<(&str, usize)> =
            problems.iter().map(|p| (p.file.as_str(), p.line)).collect();
        assert_eq!(lines, [("places.txt", 2), ("places.txt", 3)]);
        assert!(
            problems[0].message.contains("not a country"),
            "{problems:?}"
        );
        assert!(problems[1].message.contains("no entity has the id \"xx\""));
    }
}
