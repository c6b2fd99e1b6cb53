//! People the gazetteer does not list, found where news writes only
//! people's names: right after a title or role (`Defence Minister Jane
//! Doe`, `spokesman John Roe`) when the name begins with a given name of
//! the gazetteer's people; next to a news agency in a photo credit (`Jane
//! Doe/AFP`); after `By` in a byline. Once one is found, the same name and
//! its surname count elsewhere in the document (`Doe said`). Each is an
//! entity of its document only, with an id made from its name
//! (`unlisted:jane-doe`), so the graph joins the documents that name the
//! same person.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::context::{
    HeadlineCache, OFFICES, capitalised_word_before, starts_sentence, whole_words,
};
use super::described_orgs::translated_after;
use super::domains::domain_at_word;
use super::fuller_names::Fuller;
use super::nicknames::{
    names_also_known_as, names_in_brackets, quoted_name_at, without_quoted_name,
};
use super::roles::TitleCue;
use super::unlisted_orgs::{DATES, office_of};
use super::{AliasClass, Matcher, Mention, MentionKind, NameWord, PARTICLES, Resolution, swar};
use crate::gazetteer::{Entity, EntityType, Origin, without_arabic_article};
use crate::normalize::{Folded, is_hyphen, slug};
use crate::segment::Segments;

/// The mentions of a document, with the people and organisations it names
/// that the gazetteer does not list.
#[derive(Debug, Default)]
pub struct Found {
    /// Sorted and non-overlapping; entity `gazetteer.len() + i` is
    /// `unlisted[i]`.
    pub mentions: Vec<Mention>,
    /// The document's people and organisations the gazetteer does not
    /// list: organisations first, then people in order of first mention.
    pub unlisted: Vec<Entity>,
}

impl Found {
    /// The entity of a mention's index: the gazetteer's, or one of the
    /// document's unlisted people and organisations.
    pub fn entity<'a>(&'a self, matcher: &'a Matcher, index: usize) -> &'a Entity {
        matcher.entity_in(&self.unlisted, index)
    }
}

/// The prefix of an unlisted person's id. Gazetteer ids have no colon.
pub const UNLISTED_PREFIX: &str = "unlisted:";

/// Capitalised words that are never part of a person's name.
pub(super) const NOT_NAMES: &[&str] = &[
    "A", "Against", "An", "And", "As", "At", "But", "By", "For", "From", "In", "Of", "On", "Or",
    "The", "To", "With",
];

/// What begins a byline paragraph before the writers' names.
/// `By : ` before `By `, which begins it.
const BYLINE_LEADS: [&str; 8] = [
    "By : ",
    "By ",
    "by ",
    "By: ",
    "Author: ",
    "Authors: ",
    "Written by ",
    "Written by: ",
];

/// Last words of a byline's credit to outlets (`By Jane Doe and News
/// Agencies`, `and Wire Services`) or of a writer's post after the name
/// (`By Jane Doe, Professorial Fellow, University of Canberra`): no
/// writer's name.
const NOT_WRITERS: [&str; 16] = [
    "Agencies",
    "Agency",
    "Analyst",
    "Columnist",
    "Contributor",
    "Correspondent",
    "Editor",
    "Fellow",
    "Lecturer",
    "News",
    "Network",
    "Professor",
    "Reporter",
    "Researcher",
    "Services",
    "Wires",
];

/// The byline's name at `span` without a capitalised word of
/// [`BYLINE_WORDS`] at its end, which a byline may run into with no comma
/// (`By SAIKOU JAMMEH Reporting from Dakar`), when two words or more are
/// left.
fn without_byline_verb(text: &str, span: Range<usize>) -> Range<usize> {
    let name = &text[span.clone()];
    let rest = BYLINE_WORDS
        .iter()
        .map(|w| w.trim_end())
        .filter(|w| w.starts_with(char::is_uppercase))
        .find_map(|w| name.strip_suffix(w)?.strip_suffix(' '));
    match rest {
        Some(rest) if rest.contains(' ') => span.start..span.start + rest.len(),
        _ => span,
    }
}

/// Whether `before` ends with an office and `of` or `for`: the words
/// after it are the office's fields (`Minister of Internal Affairs,
/// Justice and Peace`), no one's name, whatever follows them.
fn names_an_office_s_field(before: &str) -> bool {
    let Some(head) = before
        .strip_suffix(" of ")
        .or_else(|| before.strip_suffix(" for "))
    else {
        return false;
    };
    OFFICES.iter().any(|office| head.ends_with(office))
}

/// Whether `name`, found in a byline, ends with one of [`NOT_WRITERS`], in
/// capitals or not (`By JANE DOE, POLITICAL EDITOR`).
fn names_no_writer(name: &str) -> bool {
    name.rsplit(' ')
        .next()
        .is_some_and(|last| NOT_WRITERS.iter().any(|w| w.eq_ignore_ascii_case(last)))
}

/// What follows an outlet's name in a byline, not a writer's (`By SCM
/// Staff Writer`, `By Shipping Inbox Reporter`).
const OUTLET_STAFF: [&str; 5] = [
    " Staff",
    " Reporter",
    " Correspondent",
    " Desk",
    " News Desk",
];

/// Months as datelines shorten them, which end a byline's name before the
/// day (`By Vivek Mishra Nov 20, 2025`).
pub(super) const SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Where the writers' names begin in the paragraph `p` when it is a
/// byline (short, beginning `By `, `By: `, `Author: `, or holding one
/// after a bar, as a date and the writer share a line: `24 April 2025 |
/// By Jane Doe`), from the paragraph's start.
fn by_line_lead(text: &str, p: &Range<usize>) -> Option<usize> {
    if p.len() > BYLINE_MAX_BYTES {
        return None;
    }
    let line = &text[p.clone()];
    let lead_at = |at: usize| {
        let lead = BYLINE_LEADS.iter().find(|b| line[at..].starts_with(*b))?;
        Some(at + lead.len())
    };
    // One byte search: most paragraphs have no bar.
    let bar = || memchr::memchr(b'|', line.as_bytes()).filter(|&i| line[i + 1..].starts_with(' '));
    lead_at(0).or_else(|| lead_at(bar()? + "| ".len()))
}

/// Whether the paragraph `p` is a byline (see [`by_line_lead`]).
fn is_by_line(text: &str, p: &Range<usize>) -> bool {
    by_line_lead(text, p).is_some()
}

/// Whether `word` is one of [`NOT_NAMES`], also in capitals (`THE CITY`).
fn is_small_word(word: &str) -> bool {
    NOT_NAMES.contains(&word)
        || (word.len() <= 4
            && word.bytes().all(|b| b.is_ascii_uppercase())
            && NOT_NAMES.iter().any(|n| n.eq_ignore_ascii_case(word)))
}

/// Titles given to people only, whatever their office (`Dr. Jide Idris`,
/// `Mr Tynchtyk Orutaev`, West Africa's `Alhaji Muniru Mohammed` for one
/// who made the hajj): no body's or place's name begins with one.
const HONORIFICS: [&str; 9] = [
    "Alhaji",
    "Dr",
    "Hajia",
    "Mr",
    "Mrs",
    "Ms",
    "Mx",
    "Prof",
    "Professor",
];

/// Ranks that an armed service's short name may begin (`Army General`,
/// `Air Force Gen.`, `Navy Capt.`, `Army Chief`).
const RANKS: [&str; 21] = [
    "Adm.",
    "Admiral",
    "Brig.",
    "Brigadier",
    "Capt.",
    "Captain",
    "Chief",
    "Col.",
    "Colonel",
    "Commander",
    "Gen.",
    "General",
    "Lieutenant",
    "Lt.",
    "Maj.",
    "Major",
    "Marshal",
    "Private",
    "Sergeant",
    "Sgt.",
    // A commander in lower case too (`Army commander Rodolphe Haykal`),
    // but not a chief, who heads a body the name is of (`RSF chief`).
    "commander",
];

/// Forms of address that news puts before a surname alone (`Lord
/// Dalgety`, `Sir Tuilakepa`), beside [`HONORIFICS`]; they may also begin
/// places' names (`Lord Howe Island`), so only one word after them counts.
const HONORIFICS_BEFORE_SURNAMES: [&str; 4] = ["Dame", "Lady", "Lord", "Sir"];

/// The word where an honorific would stand at the end of `before`:
/// ASCII letters that begin with a capital, then a full stop or none, then
/// a space (`Dr. ` gives `Dr`). Read by bytes: it is asked of most
/// capitalised words that stand alone, and the word before is seldom
/// capitalised.
fn honorific_word(before: &str) -> Option<&str> {
    let head = before.strip_suffix(' ')?;
    let head = head.strip_suffix('.').unwrap_or(head);
    let letters = head
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let word = &head[head.len() - letters..];
    word.as_bytes()
        .first()
        .is_some_and(u8::is_ascii_uppercase)
        .then_some(word)
}

/// Whether `before` ends with an honorific and a space, with its full
/// stop or none (`Dr. `, `Ms `).
fn after_honorific(before: &str) -> bool {
    honorific_word(before).is_some_and(|w| HONORIFICS.contains(&w))
}

/// The length of ` in ` and the capitalised words of a place after it
/// (` in New York`), three words at most, or 0.
fn place_len(rest: &str) -> usize {
    let Some(place) = rest.strip_prefix(" in ") else {
        return 0;
    };
    let mut end = 0;
    for _ in 0..3 {
        let from = if end == 0 { 0 } else { end + 1 };
        let word = place[from..]
            .split([' ', ',', ';', ')'])
            .next()
            .unwrap_or("");
        if !word.starts_with(char::is_uppercase) {
            break;
        }
        end = from + word.len();
        if !place[end..].starts_with(' ') {
            break;
        }
    }
    if end == 0 { 0 } else { " in ".len() + end }
}

/// What comes before a writer's name in capitals on a line of its own.
const CAPITALS_LEADS: [&str; 5] = ["by ", "By ", "BY ", "from ", "From "];

/// Whether `word` is a word of two letters or more, all capitals (ASCII,
/// with an inner hyphen or apostrophe: `ABOLUWADE`, `O'NEIL`).
fn word_in_capitals(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 2
        && b[0].is_ascii_uppercase()
        && b[b.len() - 1].is_ascii_uppercase()
        && b.iter()
            .all(|&c| c.is_ascii_uppercase() || c == b'-' || c == b'\'')
}

/// `BRIAN` as a word list keeps it: `Brian`.
fn title_case(word: &str) -> String {
    let mut out = word.to_ascii_lowercase();
    out[..1].make_ascii_uppercase();
    out
}

/// Abbreviations of things written after a name that are no surname
/// (`Claude AI`, `Jane TV`), of letters after a person's name, honours,
/// seats and societies (`Jane Doe OBE`, `Jane Doe MP`, `Jane Doe RSC`;
/// `MHK`, a member of the Isle of Man's House of Keys; `MHA`, `MNA` and
/// `MPP`, of provincial and national assemblies),
/// unlike the short surnames photo credits write in capitals (`Jade GAO`),
/// and generational suffixes (`Jane Doe Jr.`: the mention takes them at
/// the end, see [`Matcher::widen_to_suffixes`]).
const THINGS_AFTER_NAMES: &[&str] = &[
    "AI", "AR", "EV", "GPS", "HR", "IT", "PC", "PR", "TV", "VR", "ASC", "BSC", "CBE", "DBE", "KBE",
    "KC", "MBE", "MEP", "MHA", "MHK", "MLA", "MNA", "MP", "MPP", "MSP", "OBE", "QC", "RSC", "Jr",
    "Sr",
];

/// Whether `word` is one of [`THINGS_AFTER_NAMES`]; none is longer than
/// three letters, which most words are, so the list is seldom read.
pub(super) fn is_thing_after_name(word: &str) -> bool {
    word.len() <= 3 && THINGS_AFTER_NAMES.contains(&word)
}

/// The labels of a byline's dates and writers, which end a name there
/// (`By Lim Jaeho Posted : July 10`, `Kim Jisun Reporter`, `SCM Staff
/// Writer`).
const BYLINE_LABELS: [&str; 7] = [
    "Posted",
    "Published",
    "Updated",
    "Date",
    "Reporter",
    "Correspondent",
    "Staff",
];

/// `by`, searched for in every document: built once.
static BY: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("by"));

/// Words before `by ` (or `by: `) in lines that name their writers or
/// photographers (`Reporting by Jane Doe; Editing by John Roe`, `Photo by:
/// Jane Doe`), besides a paragraph that begins with `By `.
const BYLINE_WORDS: &[&str] = &[
    "Reporting ",
    "Writing ",
    "Editing ",
    "reporting ",
    "writing ",
    "editing ",
    "Uploaded ",
    "Posted ",
    "Photo ",
    "Photos ",
    "Photograph ",
];

/// What follows a speaker's name.
const SPEECH_AFTER: &[&str] = &[
    " said",
    " says",
    " told",
    " added",
    " wrote",
    " warned",
    " noted",
    " stressed",
    " argued",
    " explained",
    " insisted",
    " announced",
    " confirmed",
    " stated",
    " claimed",
    " urged",
    " accused",
    " denied",
    " posted",
    " tweeted",
    " replied",
    " responded",
    " commented",
    " declared",
    " admitted",
    " acknowledged",
    " suggested",
    " asked",
    " predicted",
    " emphasised",
    " emphasized",
    " recalled",
    " criticised",
    " criticized",
    " praised",
    " welcomed",
    " vowed",
    " pledged",
    " promised",
    " conceded",
    " reported",
    " testified",
    " cautioned",
    " countered",
    " recounted",
    " remarked",
    " lamented",
    " writes",
    " tells",
    " adds",
    " notes",
    " warns",
    " argues",
    " explains",
    " insists",
    // What people do and places or firms do not.
    " resigned",
    " died",
    " pleaded",
    " apologised",
    " apologized",
    " stepped down",
    " was born",
    " was appointed",
    " was elected",
    " was arrested",
    " was sentenced",
    " was convicted",
    " was fired",
    " was removed",
    " was sworn",
];

/// What comes before a speaker's name.
const SPEECH_BEFORE: &[&str] = &[
    "said ",
    "says ",
    "according to ",
    "told ",
    "added ",
    "quoted ",
    "asked ",
    "wrote ",
    "writes ",
    "explained ",
    "explains ",
    "noted ",
    "notes ",
    "warned ",
    "warns ",
    "argued ",
    "argues ",
    "adds ",
];

/// Whether `head` ends in a verb of speech and a space ([`SPEECH_BEFORE`]).
fn speech_before(head: &str) -> bool {
    SPEECH_BEFORE.iter().any(|v| head.ends_with(v))
}

/// Whether a verb of speech or `by` comes before the role word that ends
/// `before`, with one more lower-case word between them or none (`said
/// economist `, `according to senior analyst `, `written by editor `): a
/// second cue, so an unknown given name is a person's without one after.
fn verb_before_role(before: &str) -> bool {
    let Some(head) = before_role(before) else {
        return false;
    };
    // `by` alone: a role in lower case after it is an agent's, whatever
    // the verb (`criticised by spokesperson `).
    let verb_ends = |h: &str| h.ends_with(" by ") || speech_before(h);
    if verb_ends(head) {
        return true;
    }
    let Some(inner) = head.strip_suffix(' ') else {
        return false;
    };
    let word = word_before(inner, inner.len());
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && verb_ends(&head[..head.len() - word.len() - 1])
}

/// `before`, which ends in a role word and a space, without them.
fn before_role(before: &str) -> Option<&str> {
    let head = before.strip_suffix(' ')?;
    Some(&head[..head.len() - word_before(head, head.len()).len()])
}

/// What comes before a name that did something or was found to be someone
/// (`led by Jane Doe`, `identified as Jane Doe`).
const AGENT_BEFORE: &[&str] = &[
    "led by ",
    "headed by ",
    "chaired by ",
    "signed by ",
    "written by ",
    "founded by ",
    "identified as ",
    "named as ",
];

/// What begins a description of the person named before it.
const APPOSITION: &[&str] = &[", a ", ", an ", ", the ", ", former ", ", formerly "];

/// What comes after a person's name and no thing's: `Jane Doe, who …`.
const WHO: &[&str] = &[", who ", ", whose "];

/// What joins two names of a list, the longest first (so that the first
/// a gap ends with is the whole joiner).
pub(super) const LIST_JOINERS: &[&str] = &[", and ", " and ", ", "];

/// The articles that begin an apposition after a name's comma (`Jane
/// Doe, a minister`); [`APPOSITION`] adds other words that begin one.
const ARTICLES_AFTER_NAME: [&str; 3] = ["a ", "an ", "the "];

/// Words of time that may come between an apposition's comma and its
/// article (`, formerly the company's general manager`, `, now a
/// senator`).
const APPOSITION_TIMES: [&str; 4] = ["currently ", "formerly ", "now ", "previously "];

/// What follows the comma and the article of an apposition after a name
/// (`, the`, `, formerly the`), if they come first in `after`.
fn after_apposition_article(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(", ")?;
    let rest = APPOSITION_TIMES
        .iter()
        .find_map(|t| rest.strip_prefix(t))
        .unwrap_or(rest);
    ARTICLES_AFTER_NAME
        .iter()
        .find_map(|a| rest.strip_prefix(a))
}

/// A possessive after a name, as typed and as typeset.
const POSSESSIVES: &[&str] = &["'s ", "’s "];

/// Whether `after`, what follows a capitalised word, is a possessive,
/// right away or after one lower-case word (`'s`, ` region's`).
fn owner_before_role(after: &str) -> bool {
    let after = after
        .strip_prefix(' ')
        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_lowercase()))
        .map_or(after, |rest| {
            rest.trim_start_matches(|c: char| c.is_ascii_lowercase())
        });
    POSSESSIVES.iter().any(|p| after.starts_with(p))
}

/// A byline is a short paragraph.
const BYLINE_MAX_BYTES: usize = 160;

/// Words a name may have: two capitalised words at least (a given name and
/// a surname), or one after initials (`M.A. Egge`); four at most,
/// particles and initials aside.
const MIN_WORDS: usize = 2;
const MAX_WORDS: usize = 4;

/// What the scan of capitalised words finds (see
/// [`Matcher::around_given_names`]).
struct Around {
    /// People's names, each with why.
    spotted: Vec<Spotted>,
    /// Words that end or begin organisations' names.
    heads: Vec<Range<usize>>,
    /// Organisations a word next to them describes, sorted, without
    /// overlaps.
    described: Vec<(Range<usize>, Resolution)>,
    /// Sites named by their web address (`Legit.ng`), sorted.
    domains: Vec<Range<usize>>,
}

/// A name found in a position where only people's names stand.
struct Spotted {
    span: Range<usize>,
    how: Resolution,
}

impl Matcher {
    /// The mentions of `text`: the gazetteer's, and, unless the matcher is
    /// set to report only listed entities, the people and organisations it
    /// does not list (see also `unlisted_orgs.rs`).
    pub fn find_all(&self, text: &str, segments: &Segments) -> Found {
        let mut headline = HeadlineCache::new(segments.sentences.len());
        let mut mentions = self.find_listed(text, segments, &mut headline);
        mentions.retain(|m| !self.service_before_rank(text, m));
        let mut found = if self.unlisted {
            self.add_unlisted(text, segments, &mut headline, mentions)
        } else {
            Found {
                mentions,
                unlisted: Vec::new(),
            }
        };
        self.add_defined_acronyms(text, segments, &mut headline, &mut found);
        self.add_short_forms(text, segments, &mut headline, &mut found);
        self.countries_as_surnames(text, &mut found);
        // Last, so that surnames are looked for without the suffix (`Jane
        // Doe Jr.` … `Doe said`); listed people's and the document's alike.
        self.widen_to_suffixes(text, &found.unlisted, &mut found.mentions);
        found
    }

    /// Whether `m` is a body named by a short name alone (a context or
    /// country alias: `Army`, `Air Force`) right before a rank (`Army
    /// General David Ojeda`, `Air Force Gen. Dan Caine`, `the Army Chief`):
    /// there the short name is part of the rank, as in `Lieutenant
    /// General`, and names no body. A body named in full keeps its
    /// mention (`U.S. Air Force General`).
    fn service_before_rank(&self, text: &str, m: &Mention) -> bool {
        let short = matches!(
            m.resolved_by,
            Resolution::Context | Resolution::Country | Resolution::Nearest
        );
        // Most mentions are plain names: asked first, it spares the ranks.
        if !short || m.kind != MentionKind::Name {
            return false;
        }
        let Some(after) = text[m.end..].strip_prefix(' ') else {
            return false;
        };
        let rank = RANKS.iter().any(|r| {
            after
                .strip_prefix(r)
                .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
        });
        rank && self.entity(m.entity).kind == EntityType::Organization
    }

    /// Gives a country's one-word name right before a verb of speech or
    /// right after an honorific to the one person the story names in full
    /// with it as the last word (`Danny Jordan … Jordan added`, `Ali France
    /// … Ms France`): a country says nothing and is no one's Ms.
    fn countries_as_surnames(&self, text: &str, found: &mut Found) {
        let kind = |e: usize| found.entity(self, e).kind;
        let surnames: Vec<(usize, &str)> = found
            .mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Name && kind(m.entity) == EntityType::Person)
            .filter_map(|m| {
                text[m.start..m.end]
                    .rsplit_once(' ')
                    .map(|(_, last)| (m.entity, last))
            })
            .collect();
        if surnames.is_empty() {
            return;
        }
        let listed = self.gazetteer.len();
        let countries: Vec<usize> = (0..found.mentions.len())
            .filter(|&i| {
                let m = &found.mentions[i];
                m.kind == MentionKind::Name && kind(m.entity) == EntityType::Country
            })
            .collect();
        for i in countries {
            let m = &found.mentions[i];
            let word = &text[m.start..m.end];
            let mut owners = surnames.iter().filter(|(_, last)| *last == word);
            let Some(&(person, _)) = owners.next() else {
                continue;
            };
            let cue = SPEECH_AFTER.iter().any(|v| text[m.end..].starts_with(v))
                || after_honorific(&text[..m.start]);
            if cue && owners.all(|&(other, _)| other == person) {
                let m = &mut found.mentions[i];
                m.entity = person;
                m.resolved_by = if person < listed {
                    Resolution::Context
                } else {
                    Resolution::UnlistedAgain
                };
            }
        }
    }

    /// Adds the people and organisations the gazetteer does not list to
    /// `mentions`.
    fn add_unlisted(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
        mut mentions: Vec<Mention>,
    ) -> Found {
        // Asked of the whole list first: whether a name goes on depends on
        // the mentions after it, which `retain` may not lend.
        let goes_on: Vec<bool> = mentions
            .iter()
            .map(|m| self.country_body_goes_on(text, m, &mentions))
            .collect();
        let mut goes_on = goes_on.into_iter();
        mentions.retain(|m| {
            goes_on.next() == Some(false)
                && !self.named_after_father(text, m)
                && !self.surname_in_byline(text, segments, m)
                && !self.club_inside_a_body(text, m)
        });
        let others = self.widen_to_fuller_names(text, segments, headline, &mut mentions);
        let listed = mentions.as_slice();
        let Around {
            mut spotted,
            heads,
            mut described,
            domains,
        } = self.around_given_names(text, segments, headline, listed);
        spotted.extend(others);
        let mut orgs = self.unlisted_orgs(text, segments, headline, listed, &heads);
        let offices = self.title_offices(text, listed);
        let mut missions = self.diplomatic_missions(text, listed);
        // A headline capitalises a group of envoys too (`EU Delegation
        // Humiliated in Libya`).
        missions.retain(|m| !headline.get(text, segments, segments.sentence_at(m.span.start)));
        for office in offices
            .into_iter()
            .chain(self.named_by_their_acronyms(text, listed))
            .chain(missions.iter().map(|m| m.span.clone()))
            .chain(domains.into_iter().filter(|d| !overlaps(listed, d)))
        {
            if !overlaps(&orgs, &office) {
                insert(&mut orgs, office);
            }
        }
        described.retain(|(span, _)| {
            !overlaps(&orgs, span)
                && !headline.get(text, segments, segments.sentence_at(span.start))
        });
        let outlets = self.dateline_outlets(text, segments, listed);
        let titled = self.titled_outlets(text, segments, headline, listed);
        // A paper's title holds the name without its `The` (`According to
        // The WP Times`): the title wins.
        orgs.retain(|org| {
            !titled
                .iter()
                .any(|(t, _)| t.start < org.start && org.end <= t.end)
        });
        for (span, how) in outlets.into_iter().chain(titled) {
            if !overlaps(&orgs, &span)
                && !described
                    .iter()
                    .any(|(d, _)| d.start < span.end && span.start < d.end)
            {
                described.push((span, how));
            }
        }
        described.sort_by_key(|(span, _)| span.start);
        spotted.extend(self.in_credits(text, listed));
        spotted.extend(self.after_credit_labels(text, listed));
        spotted.extend(self.in_bylines(text, segments, listed));
        let other_names = names_also_known_as(text, |w| self.gazetteer.is_title(w));
        let mut bracketed = names_in_brackets(text);
        // `William Ysaguirre (Freelance Writer)`: a role, not a name.
        bracketed.retain(|(_, name)| !text[name.clone()].split(' ').any(|w| self.is_role_word(w)));
        spotted.extend(self.known_as_others(text, segments, headline, listed, &other_names));
        if spotted.is_empty()
            && orgs.is_empty()
            && described.is_empty()
            && other_names.is_empty()
            && bracketed.is_empty()
        {
            return Found {
                mentions,
                unlisted: Vec::new(),
            };
        }
        spotted.sort_by_key(|s| (s.span.start, s.how == Resolution::UnlistedGivenName));
        spotted.dedup_by_key(|s| s.span.start);
        // `Japan's Foreign Ministry` is named with its country, so that the
        // graph does not join the foreign ministries of several countries;
        // a mission by its kind and sender (`Consulate (United Kingdom)`).
        let org_names: Vec<String> = orgs
            .iter()
            .map(|org| {
                let surface = &text[org.clone()];
                if let Some(mission) = missions.iter().find(|m| m.span == *org) {
                    return mission.name.clone();
                }
                match self.possessive_country_before(text, org.start, listed) {
                    Some(country) => format!("{surface} ({})", self.entity(country).name),
                    None => surface.to_string(),
                }
            })
            .collect();
        // A country inside an organisation's name gives way to the name,
        // and a one-word organisation to a person found here whose surname
        // it is (`Keith Gallup … Gallup said`).
        let mut mentions = mentions;
        let outlets: Vec<Range<usize>> = described
            .iter()
            .filter(|(_, how)| {
                matches!(
                    how,
                    Resolution::UnlistedInDateline | Resolution::UnlistedTitledOutlet
                )
            })
            .map(|(span, _)| span.clone())
            .collect();
        mentions.retain(|m| {
            let span = m.start..m.end;
            !overlaps(&orgs, &span) && !overlaps(&outlets, &span)
        });
        let surnames: Vec<&str> = spotted
            .iter()
            .map(|s| word_before(text, s.span.end))
            .collect();
        mentions.retain(|m| !self.surname_of_spotted(text, m, &spotted, &surnames));
        let mut taken: Vec<Range<usize>> = mentions.iter().map(|m| m.start..m.end).collect();
        let base = self.gazetteer.len();
        let mut people = People::default();
        let mut new = Vec::new();
        for (org, name) in orgs.iter().cloned().zip(&org_names) {
            let surface = &text[org.clone()];
            // A body named with its country's possessive is named so again
            // (`Japan's Foreign Ministry`); its words alone may be another's.
            let entity = if name == surface {
                people.add_named_org(fuller_name(text, &orgs, surface), true)
            } else {
                people.add_org(name)
            };
            insert(&mut taken, org.clone());
            new.push((org, base + entity, Resolution::UnlistedOrganization));
        }
        for (org, how) in described {
            let surface = &text[org.clone()];
            // `the retailer Next`: a common word elsewhere is the word.
            let again = !self.gazetteer.is_common_word(surface);
            let entity = people.add_named_org(surface, again);
            // `the “Im Hzor Hamaynk” (My Strong Community) party`: the name
            // in brackets is the group's too, found by `again`.
            if let Some(other) = translated_after(text, org.end) {
                people.surfaces.entry(other.to_string()).or_insert(entity);
            }
            insert(&mut taken, org.clone());
            new.push((org, base + entity, how));
        }
        for mut s in spotted {
            if overlaps(&taken, &s.span) || people.shares_surname(&text[s.span.clone()]) {
                continue;
            }
            s.span.start += self.role_word_len(&text[s.span.clone()]);
            if let Some(listed) = self.listed_name_swapped(&text[s.span.clone()])
                && mentions.iter().any(|m| m.entity == listed)
            {
                insert(&mut taken, s.span.clone());
                new.push((s.span, listed, Resolution::SwappedName));
                continue;
            }
            let person = people.add(&text[s.span.clone()]);
            if let Some(surnames) = self.two_surnames(&text[s.span.clone()]) {
                claim(&mut people.two_surnames, surnames.to_string(), person);
            }
            insert(&mut taken, s.span.clone());
            new.push((s.span, base + person, s.how));
        }
        self.add_other_names(text, &mentions, &other_names, &mut taken, &mut new);
        self.add_other_names(text, &mentions, &bracketed, &mut taken, &mut new);
        for (span, person) in self.again(text, segments, headline, &people, &mut taken) {
            new.push((span, base + person, Resolution::UnlistedAgain));
        }
        mentions.extend(
            new.into_iter()
                .map(|(span, entity, how)| Mention::found_at(span, entity, how, segments)),
        );
        mentions.sort_by_key(|m| m.start);
        Found {
            mentions,
            unlisted: people.entities,
        }
    }

    /// The one listed person whose name or plain alias `name` is with its
    /// two words swapped (`Biya Paul` for `Paul Biya`). Taken only when
    /// the document also names the person in the usual order: `Lei Cheng`
    /// of Macau is not the journalist Cheng Lei.
    fn listed_name_swapped(&self, name: &str) -> Option<usize> {
        let (first, last) = name.split_once(' ')?;
        if last.contains(' ') {
            return None;
        }
        let swapped = format!("{last} {first}");
        let folded = Folded::new(&swapped);
        let hit = self
            .whole_word_at(folded.as_str(), 0)
            .filter(|hit| hit.end == folded.as_str().len())?;
        let mut people = self
            .claims
            .of(hit.pattern)
            .iter()
            .filter(|c| c.class == AliasClass::Plain && self.is_person(c.entity as usize));
        match (people.next(), people.next()) {
            (Some(only), None) => Some(only.entity as usize),
            _ => None,
        }
    }

    /// The names of people the gazetteer does not list before another
    /// name of theirs (`other_names`, see [`names_also_known_as`]:
    /// `Al-Fateh Abdullah Idris, also known as "Abu Lulu"`): only people
    /// and bodies go by other names, and a name with no word of a body's
    /// is a person's. Not in headlines.
    fn known_as_others(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
        listed: &[Mention],
        other_names: &[(usize, Range<usize>)],
    ) -> Vec<Spotted> {
        let mut out = Vec::new();
        for (end, _) in other_names {
            if mention_ending(listed, *end).is_some() {
                continue;
            }
            let Some(span) = self.name_ending_at(text, *end, listed) else {
                continue;
            };
            if !headline.get(text, segments, segments.sentence_at(span.start)) {
                let how = Resolution::UnlistedApposition;
                out.push(Spotted { span, how });
            }
        }
        out
    }

    /// Adds to `new` every use of each of `other_names` whose name before
    /// is a person's or a body's that `listed` or `new` holds: that one
    /// (`Abu Lulu`, Al-Fateh Abdullah Idris), unless `taken`.
    fn add_other_names(
        &self,
        text: &str,
        listed: &[Mention],
        other_names: &[(usize, Range<usize>)],
        taken: &mut Vec<Range<usize>>,
        new: &mut Vec<(Range<usize>, usize, Resolution)>,
    ) {
        for (end, other) in other_names {
            let owner = match mention_ending(listed, *end) {
                Some(m) if m.kind == MentionKind::Name => Some(m.entity),
                Some(_) => None,
                None => new.iter().find(|(span, ..)| span.end == *end).map(|n| n.1),
            };
            let name = &text[other.clone()];
            // `a.k.a Minister`, `aka Boss`: a word, not a name of the one.
            let word = !name.contains(' ')
                && (self.gazetteer.is_common_word(name) || self.gazetteer.is_title(name));
            let Some(owner) = owner else {
                continue;
            };
            if word || self.is_place(text, other) || self.names_a_country(text, other) {
                continue;
            }
            for span in whole_words(text, name) {
                if !overlaps(taken, &span) {
                    insert(taken, span.clone());
                    new.push((span, owner, Resolution::AlsoKnownAs));
                }
            }
        }
    }

    /// Whether the automaton knows `span` as a country's name: a list's
    /// country after its leader (`Denis Sassou Nguesso (Congo)`, a name two
    /// countries claim), not a nickname of the one named before. Other
    /// claimants may share a nickname (`Special Deterrence Force (Rada)`).
    fn names_a_country(&self, text: &str, span: &Range<usize>) -> bool {
        self.whole_word_at(text, span.start).is_some_and(|hit| {
            hit.end == span.end
                && self
                    .claims
                    .of(hit.pattern)
                    .iter()
                    .any(|c| self.entity(c.entity as usize).kind == EntityType::Country)
        })
    }

    /// Whether `word` is a title or a role, capitalised or not.
    fn is_role_word(&self, word: &str) -> bool {
        self.gazetteer.is_title(word) || self.name_word_kind(word).role
    }

    /// The length of a role in lower case that begins `name` with a
    /// capital, as the first word of a sentence (`Coach Pape Bouna Thiaw
    /// is banned`), and the space after it, when two words or more follow;
    /// else 0.
    fn role_word_len(&self, name: &str) -> usize {
        let Some((first, rest)) = name.split_once(' ') else {
            return 0;
        };
        let role = self.name_word_kind(first).role && !self.gazetteer.is_title(first);
        if role && rest.contains(' ') {
            first.len() + 1
        } else {
            0
        }
    }

    /// Whether `m` names an organisation by one word (`Gallup`).
    pub(super) fn one_word_organisation(&self, text: &str, m: &Mention) -> bool {
        !text[m.start..m.end].contains(' ')
            && m.kind == MentionKind::Name
            && self.entity(m.entity).kind == EntityType::Organization
    }

    /// Whether `m` is a one-word organisation whose word is the surname of
    /// a person spotted before it in the document (`surnames`, the last
    /// words of `spotted`).
    fn surname_of_spotted(
        &self,
        text: &str,
        m: &Mention,
        spotted: &[Spotted],
        surnames: &[&str],
    ) -> bool {
        let word = &text[m.start..m.end];
        // Most mentions are no surname of anyone: the entity is looked at
        // only for those that are.
        spotted
            .iter()
            .zip(surnames)
            .any(|(s, &surname)| s.span.end <= m.start && surname == word)
            && self.one_word_organisation(text, m)
    }

    /// Whether `m` is a one-word organisation right after a given name,
    /// and so a person's surname (`Keith Gallup`, `Donatella Versace`):
    /// the rules below find the person.
    pub(super) fn surname_after_given_name(&self, text: &str, m: &Mention) -> bool {
        // The word before first: most mentions follow no capitalised word.
        let Some(before) = text[..m.start].strip_suffix(' ') else {
            return false;
        };
        let word = word_before(before, before.len());
        // Given names are no titles or common words already (see
        // `matcher::given_names`); `An` and `The` may be.
        word.starts_with(char::is_uppercase)
            && self.name_word_kind(word).given
            && !NOT_NAMES.contains(&word)
            && self.one_word_organisation(text, m)
    }

    /// Whether `m` is the one-word name of a listed person (`Anitta`, a
    /// singer known by it alone) right before a capitalised word that the
    /// next mention (starting at `next`) does not begin and that is no
    /// title, common word, nationality or word of bodies' or places' names:
    /// the given name of someone the gazetteer does not list
    /// (`spokesperson Anitta Hipper`), whom the rules below find whole.
    pub(super) fn mononym_before_surname(
        &self,
        text: &str,
        m: &Mention,
        next: Option<usize>,
    ) -> bool {
        // Most mentions are followed by no capitalised word: that first.
        let Some(rest) = text[m.end..].strip_prefix(' ') else {
            return false;
        };
        if !rest.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        let word = first_word(text, m.end + 1);
        let kind = self.name_word_kind(word);
        word.chars().nth(1).is_some_and(char::is_lowercase)
            && m.kind == MentionKind::Name
            && self.is_person(m.entity)
            && !self.entity(m.entity).name.contains(' ')
            && next != Some(m.end + 1)
            && !self.gazetteer.is_title(word)
            && !self.gazetteer.is_common_word(word)
            && !(kind.org_head || kind.owned_head || kind.place || kind.role || kind.demonym)
    }

    /// Whether `m` is a person's name right after `bin`, `ibn` or `bint`:
    /// the father's name inside his child's (`Abdullah bin Mohammed Al
    /// Khulaifi`, not the listed Mohammed Al Khulaifi), which the rules
    /// below find whole.
    fn named_after_father(&self, text: &str, m: &Mention) -> bool {
        let before = &text[..m.start];
        let child = ["bin ", "ibn ", "bint ", "Bin ", "Ibn "]
            .iter()
            .find_map(|p| before.strip_suffix(p)?.strip_suffix(' '));
        child.is_some_and(|c| word_before(c, c.len()).starts_with(char::is_uppercase))
            && self.entity(m.entity).kind == EntityType::Person
    }

    /// Whether `m` is a name of two words or more that ends in a word of
    /// places' names, right before a word that ends bodies' names: a
    /// town's club (`Birmingham City`, `Derby County`) inside its
    /// council's name (`Birmingham City Council`), which the rules for
    /// bodies then find.
    fn club_inside_a_body(&self, text: &str, m: &Mention) -> bool {
        // Most mentions are followed by no capitalised word: that first.
        let Some(next) = text[m.end..].strip_prefix(' ') else {
            return false;
        };
        if !next.starts_with(char::is_uppercase) {
            return false;
        }
        let Some((_, last)) = text[m.start..m.end].rsplit_once(' ') else {
            return false;
        };
        let next = first_word(next, 0);
        !next.is_empty() && self.name_word_kind(next).org_head && self.name_word_kind(last).place
    }

    /// Whether `m` is a listed person's one-word name after another name's
    /// word in a byline (`By DEE-ANN DURBIN, AP Business Writer`): the
    /// writer's surname, not the senator's; [`Matcher::in_bylines`] finds
    /// the writer.
    fn surname_in_byline(&self, text: &str, segments: &Segments, m: &Mention) -> bool {
        // Most mentions are no one-word person's name: that test first.
        if !self.is_person(m.entity) || text[m.start..m.end].contains(' ') {
            return false;
        }
        let Some(before) = text[..m.start].strip_suffix(' ') else {
            return false;
        };
        let word = word_before(before, before.len());
        let at = segments.paragraphs.partition_point(|p| p.end <= m.start);
        let Some(paragraph) = segments.paragraphs.get(at) else {
            return false;
        };
        word.starts_with(char::is_uppercase)
            && !is_small_word(word)
            && !self.gazetteer.is_title(word)
            && is_by_line(text, paragraph)
    }

    /// Names that begin with a given name of the gazetteer's people, outside
    /// headlines, where only people are named: right after a title or role
    /// word (`titles.txt`), before or after a verb of speech (`Jane Doe
    /// said`, `according to Jane Doe`), or before a description in
    /// apposition (`Jane Doe, a senior fellow`).
    fn around_given_names(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
        taken: &[Mention],
    ) -> Around {
        let mut out = Vec::new();
        let mut heads = Vec::new();
        let mut described: Vec<(Range<usize>, Resolution)> = Vec::new();
        let mut domains = Vec::new();
        // Names with no cue of their own, for `join_lists`.
        let mut uncued = Vec::new();
        // Where names with no cue begin whose first word is no given name,
        // and the capitalised words that stand alone, for
        // `by_lone_surname`.
        let mut unknown_starts = Vec::new();
        let mut lone = Vec::new();
        // The mentions are sorted: the first that does not end before `at`.
        let mut next = 0;
        for_each_word_start(text, |at| {
            // A word of a listed mention begins no unlisted name (see
            // `name_at`), and nearly half the capitalised words are.
            while taken.get(next).is_some_and(|m| m.end <= at) {
                next += 1;
            }
            if taken.get(next).is_some_and(|m| m.start <= at) {
                return;
            }
            // An ASCII byte here is a capital: only other letters need a look.
            if !text.as_bytes()[at].is_ascii() && !text[at..].starts_with(char::is_uppercase) {
                return;
            }
            // One look-up says whether the word may begin a person's name
            // and whether it ends organisations' names (for
            // `unlisted_orgs`).
            let first = first_word(text, at);
            let end = at + first.len();
            // A site's address begins with a capitalised word too; looked
            // for here, so that no other pass reads the whole text.
            if let Some(domain) = domain_at_word(text, end) {
                domains.push(domain);
                return;
            }
            let mut kind = self.name_word_kind(first);
            // An entity's name that is also a first name, which the context
            // took for the first word of a longer name (`Chad Joseph`; see
            // `first_names.txt`): a given name here, but not one that makes
            // a name of the words after it by itself (`Georgia Tech`).
            let first_name = !kind.given && kind.first_name;
            kind.given |= first_name;
            // A family name before a hyphened given name (`Park Ju-min`).
            kind.given |= kind.family_first
                && text[end..]
                    .strip_prefix(' ')
                    .is_some_and(|rest| hyphened_given_name(rest).is_some());
            if kind.org_head || kind.owned_head || office_of(text, at..end) {
                heads.push(at..end);
            }
            if let Some(found) = self.described_org(text, segments, taken, at..end)
                && described
                    .last()
                    .is_none_or(|(last, _)| last.end <= found.0.start)
            {
                described.push(found);
            }
            if first.len() == 1
                && (text.as_bytes().get(end) == Some(&b'.') || bare_initial(&text[at..]))
                && let Some(span) = self.initialled_name(text, at, taken)
                && !headline.get(text, segments, segments.sentence_at(at))
            {
                let how = Resolution::UnlistedAfterTitle;
                out.push(Spotted { span, how });
                return;
            }
            let two_words = match text.as_bytes().get(end) {
                Some(b' ') => may_continue_name(text, end + 1),
                Some(b'-') => true,
                _ => false,
            };
            if !two_words {
                if !after_the(&text[..at]) {
                    lone.push(at..end);
                }
                let cued = self.surname_after_honorific(text, at..end, kind)
                    || (kind.given && after_kin(&text[..at]) && whole_name_word(&text[end..]));
                if cued && !headline.get(text, segments, segments.sentence_at(at)) {
                    let how = Resolution::UnlistedAfterTitle;
                    out.push(Spotted { span: at..end, how });
                }
                return;
            }
            if !kind.given && !person_by_middle_name(text, end) {
                match self.unknown_given_name(text, at, first, kind, taken) {
                    Some((span, how))
                        if !headline.get(text, segments, segments.sentence_at(at)) =>
                    {
                        out.push(Spotted { span, how });
                    }
                    Some(_) => {}
                    // Not inside a longer run of capitals (`Bernard Bediako
                    // Baidoo`, `Air Force Attaché`): no capitalised word,
                    // other than one a full stop ends, right before it.
                    None if !kind.place
                        && !kind.role
                        && capitalised_word_before(text, at).is_none() =>
                    {
                        unknown_starts.push(at)
                    }
                    None => {}
                }
                return;
            }
            let Some(span) = self.name_at(text, at, taken) else {
                return;
            };
            let span = initials_before(text, span.start)..span.end;
            if affiliation_after_name(&text[..span.start])
                || headline.get(text, segments, segments.sentence_at(at))
            {
                return;
            }
            match self.why_a_person(text, &span, taken) {
                Some(how) => out.push(Spotted { span, how }),
                None if first_name => {}
                None => uncued.push(span),
            }
        });
        self.by_lone_surname(
            text,
            segments,
            headline,
            taken,
            &unknown_starts,
            &lone,
            &mut out,
        );
        let uncued = self.join_lists(text, taken, &mut out, uncued);
        let uncued = self.by_surname(text, segments, headline, taken, &mut out, uncued);
        self.by_given_name(text, segments, taken, &mut out, uncued);
        self.join_unknown_names(text, segments, headline, taken, &unknown_starts, &mut out);
        self.between_people(text, taken, &mut out);
        Around {
            spotted: out,
            heads,
            described,
            domains,
        }
    }

    /// Names with no cue whose first word is no given name the gazetteer
    /// knows (`Kempes Sanon`, beginning at one of `starts`), whose surname
    /// the story also uses alone (one of `lone`: `Herard and Sanon`), as
    /// [`Matcher::by_surname`] finds those whose first word is a given
    /// name, more strictly: the name is not first in its sentence, nor
    /// inside a longer run of capitals, nor holds a given name inside; its
    /// first word is no common word, title or body's word; the surname is
    /// no common word, title or given name (`Gedo Hamdan Ahmed` is no one
    /// by `Ahmed` alone), in title case, of three letters or more, and no
    /// word the story writes in lower case; the name is two or three words.
    #[allow(clippy::too_many_arguments)]
    fn by_lone_surname(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
        taken: &[Mention],
        starts: &[usize],
        lone: &[Range<usize>],
        found: &mut Vec<Spotted>,
    ) {
        if starts.is_empty() || lone.is_empty() {
            return;
        }
        // Which words stand alone, as bits of a hash: most names' words
        // never do, and a bit says so without a map.
        let bit = |word: &str| {
            let hash = word
                .bytes()
                .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32));
            (hash as usize) % (64 * 64)
        };
        let mut alone = [0u64; 64];
        for l in lone {
            let b = bit(&text[l.clone()]);
            alone[b / 64] |= 1 << (b % 64);
        }
        let may_stand_alone = |word: &str| {
            let b = bit(word);
            !word.is_empty() && alone[b / 64] & (1 << (b % 64)) != 0
        };
        for &at in starts {
            // Cheap first: the name's second or third word must stand alone.
            let first = first_word(text, at);
            let second = first_word(text, at + first.len() + 1);
            let third_start = at + first.len() + 1 + second.len() + 1;
            let third = text
                .get(third_start..)
                .map_or("", |_| first_word(text, third_start));
            if !may_stand_alone(second) && !may_stand_alone(third) {
                continue;
            }
            if self.gazetteer.is_common_word(first)
                || self.gazetteer.is_title(first)
                || starts_sentence(text, segments, segments.sentence_at(at), at)
            {
                continue;
            }
            let Some(span) = self.name_at(text, at, taken) else {
                continue;
            };
            let surname = word_before(text, span.end);
            let words = text[span.clone()].split(' ').count();
            let kind = self.name_word_kind(surname);
            if self.given_name_inside(&text[span.clone()]) {
                continue;
            }
            // A surname is written in title case (not `DNS`, `EBITDA`), and
            // is no word the story also writes in lower case (`allies`).
            let used = |l: &Range<usize>| {
                &text[l.clone()] == surname
                    && l.start >= span.end
                    && !self.part_of_other_name(text, l)
            };
            let plain = !(kind.given
                || kind.org_head
                || kind.place
                || kind.role
                || self.gazetteer.is_common_word(surname))
                && surname.chars().skip(1).all(|c| !c.is_uppercase())
                && surname.chars().count() >= 3;
            // The dearer tests last.
            if plain
                && (2..=3).contains(&words)
                && lone.iter().any(used)
                && !has_lower_case_use(text, surname)
                && !headline.get(text, segments, segments.sentence_at(at))
                && !found
                    .iter()
                    .any(|f| f.span.start < span.end && span.start < f.span.end)
            {
                found.push(Spotted {
                    span,
                    how: Resolution::UnlistedBySurname,
                });
            }
        }
    }

    /// A name at `at` whose first word is no given name the gazetteer
    /// knows, marked twice: a role right before it, and a verb of speech,
    /// a description or a possessive right after it (`security expert
    /// Raymundo Riva Palacio explained`, `Colonel Tar Aik Kyaw, the TNLA
    /// spokesperson`); or an organisation's possessive before it and, after
    /// it, what is said only of people (`the BJP's Parvesh Verma, who beat
    /// him`, not `Google's Gemini Ultra, a model`); or, marked once but
    /// plainly, a role in apposition right after it (`Saurabh Bharadwaj, a
    /// minister`).
    fn unknown_given_name(
        &self,
        text: &str,
        at: usize,
        first: &str,
        kind: NameWord,
        taken: &[Mention],
    ) -> Option<(Range<usize>, Resolution)> {
        if kind.org_head || self.gazetteer.is_title(first) || self.gazetteer.is_common_word(first) {
            return None;
        }
        if names_an_office_s_field(&text[..at]) {
            return None;
        }
        let after_title = Resolution::UnlistedAfterTitle;
        if after_honorific(&text[..at]) {
            return self
                .name_at(text, at, taken)
                .map(|span| (span, after_title));
        }
        if self.title_cue(&text[..at], taken) == TitleCue::Role {
            let span = self.name_at(text, at, taken)?;
            // A role that goes on (`General Manager Kh Lee`) is no name.
            let org_role =
                self.org_before_role(&text[..at], taken) && !self.name_word_kind(first).role;
            // The role alone for most names; a second cue for the rest.
            if self.reads_as_person(&text[span.clone()])
                || verb_before_role(&text[..at])
                || org_role
                || self.title_of_two_words(&text[..at])
                || self.cue_after(text, &span, taken).is_some()
                || (!self.given_name_inside(&text[span.clone()])
                    && self.surname_used_alone(text, &span, taken, |_| true))
            {
                return Some((span, after_title));
            }
            return None;
        }
        if self.after_org_possessive(text, at, taken) {
            let span = self.name_at(text, at, taken)?;
            // A party's possessive before a name is a member's or a
            // candidate's (`APC's Taiwo Oyekan`).
            let cue = self.said_of_people_after(text, &span, taken)
                || self.after_party_possessive(text, at, taken);
            return cue.then_some((span, after_title));
        }
        // Most capitalised words begin no run of them that an article in
        // apposition follows: a cheap look before the name's own.
        if !apposition_after_capitals(text, at) {
            return self.member_of_party(text, at, taken);
        }
        let span = self.name_at(text, at, taken)?;
        self.role_in_apposition(&text[span.end..])
            .then_some((span, Resolution::UnlistedApposition))
    }

    /// A name of two words with no given name known that `of` and a
    /// political party the document names follow (`Nandala Mafabi of the
    /// Forum for Democratic Change`), when its words read as a person's:
    /// a candidate's or a member's. Other bodies have chambers and
    /// chapters (`Criminal Chamber of the Supreme Court`).
    fn member_of_party(
        &self,
        text: &str,
        at: usize,
        taken: &[Mention],
    ) -> Option<(Range<usize>, Resolution)> {
        // Most capitalised words have no ` of ` two words on: a cheap look.
        let second = text[at..].find(' ')? + at + 1;
        let end = second + text[second..].find(' ')?;
        if !text[end..].starts_with(" of ") || !text[second..].starts_with(char::is_uppercase) {
            return None;
        }
        // Not the last two words of a longer name (a title may come first:
        // `MP Meekail Naseem of the MDP`).
        let before = text[..at].strip_suffix(' ').unwrap_or("");
        let word = word_before(before, before.len());
        if word.starts_with(char::is_uppercase) && !self.gazetteer.is_title(word) {
            return None;
        }
        let span = self.name_at(text, at, taken)?;
        let rest = &text[span.end + " of ".len()..];
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        let party = mention_starting(taken, text.len() - rest.len())
            .is_some_and(|m| m.kind == MentionKind::Name && self.entity(m.entity).is_party());
        (span.end == end && party && self.reads_as_person(&text[span.clone()]))
            .then_some((span, Resolution::UnlistedOfOrganization))
    }

    /// Whether `before` ends in a title of two capitalised words or more,
    /// a role and a title word before it, and a space (`Deputy Prime
    /// Minister `, `Senior Associate Justice `): a title so long is a
    /// person's, where one word may begin a body's name (`General
    /// Dynamics`, `Judge Advocate`).
    fn title_of_two_words(&self, before: &str) -> bool {
        let Some(head) = before.strip_suffix(' ') else {
            return false;
        };
        let role = word_before(head, head.len());
        let Some(rest) = head[..head.len() - role.len()].strip_suffix(' ') else {
            return false;
        };
        let first = word_before(rest, rest.len());
        let capital = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
        capital(role)
            && capital(first)
            && self.gazetteer.is_title(role)
            && self.name_word_kind(role).role
            && self.gazetteer.is_title(first)
    }

    /// Whether the words of a name right after a role read as a person's
    /// alone (`Judge Nayko Coronado`, `lawmaker Yoo Yong-weon`): no known
    /// given name inside it (there the name begins, and the words before
    /// it describe the person: `fellow Queenslander Phillip Thompson`)
    /// unless its last word is one too, and no word that ends the names
    /// of bodies or places, nor a day or a month (`Stadium`). On the
    /// development sets up to `heldout98`, the role alone marked 18 names
    /// and one thing (`General Election Day`).
    fn reads_as_person(&self, name: &str) -> bool {
        // A chain of fathers' names holds given names throughout, the last
        // word too (`Jedo Hamdan Ahmed Mohamed`).
        let chain = name
            .rsplit(' ')
            .next()
            .is_some_and(|last| self.name_word_kind(last).given);
        (chain || !self.given_name_inside(name))
            && name.split(' ').all(|word| {
                let kind = self.name_word_kind(word);
                !(kind.org_head || kind.owned_head || kind.place || DATES.contains(&word))
            })
    }

    /// Whether a known given name stands inside `name`, after its first
    /// word and before its last (`fellow Queenslander Phillip Thompson`):
    /// the person's name begins there, and the words before it describe
    /// them.
    fn given_name_inside(&self, name: &str) -> bool {
        let mut words = name.split(' ');
        words.next_back();
        words.skip(1).any(|w| self.name_word_kind(w).given)
    }

    /// Whether the document calls the person named at `span` by the
    /// surname alone elsewhere (`Anton Filatov was convicted … Filatov
    /// received`, `Unity Fiji leader Savenaca Narube … Narube made his
    /// demand`): a surname that is no common word or title, standing
    /// outside listed mentions, not after `the` and no part of another
    /// name, where `counts` says so too.
    fn surname_used_alone(
        &self,
        text: &str,
        span: &Range<usize>,
        taken: &[Mention],
        mut counts: impl FnMut(&Range<usize>) -> bool,
    ) -> bool {
        let surname = word_before(text, span.end);
        if self.gazetteer.is_common_word(surname) || self.gazetteer.is_title(surname) {
            return false;
        }
        whole_words(text, surname).any(|s| {
            !span.contains(&s.start)
                && !overlaps(taken, &s)
                && !after_the(&text[..s.start])
                && !self.part_of_other_name(text, &s)
                && counts(&s)
        })
    }

    /// Whether the one word `word`, a name that no capitalised word
    /// continues, is a surname after an honorific (`Mr Xanderby said`,
    /// `Lord Dalgety, who chairs`): no given name (`Sir Keir` is someone
    /// the document names in full), title, common word or head word of
    /// bodies' names, and not cut short by an apostrophe (`Lord Ma’afu`).
    fn surname_after_honorific(&self, text: &str, word: Range<usize>, kind: NameWord) -> bool {
        let honorific = honorific_word(&text[..word.start])
            .is_some_and(|w| HONORIFICS.contains(&w) || HONORIFICS_BEFORE_SURNAMES.contains(&w));
        if kind.given || kind.org_head || !honorific {
            return false;
        }
        let surname = &text[word.clone()];
        whole_name_word(&text[word.end..])
            && surname.len() > 2
            && !self.gazetteer.is_title(surname)
            && !self.gazetteer.is_common_word(surname)
    }

    /// The name at `at` of initials and a surname alone, right after a
    /// role or an honorific (`chief executive K. Krithivasan`, `Defence
    /// Minister A. K. Antony`, `Dr. R. Singh`), as Indian news writes
    /// names: the surname is no given name, so nothing else finds it.
    fn initialled_name(&self, text: &str, at: usize, taken: &[Mention]) -> Option<Range<usize>> {
        let before = &text[..at];
        if !after_honorific(before) && !self.title_cue(before, taken).is_role() {
            return None;
        }
        let mut end = at;
        for _ in 0..MAX_INITIALS {
            match name_word(text, end) {
                Some((initial_end, Shape::Initial)) if text[initial_end..].starts_with(' ') => {
                    end = initial_end + 1;
                }
                _ => break,
            }
        }
        let (surname_end, shape) = name_word(text, end)?;
        let surname = &text[end..surname_end];
        let plain = shape == Shape::Capitalised
            && !self.gazetteer.is_title(surname)
            && !self.gazetteer.is_common_word(surname)
            && !self.name_word_kind(surname).org_head;
        // A capitalised word after: a longer name, which `name_at` reads.
        let last = !capital_follows(text, surname_end);
        let span = at..surname_end;
        (end > at && plain && last && !overlaps(taken, &span)).then_some(span)
    }

    /// Whether an organisation the document names comes right before the
    /// role word that ends `before` (`CENA President `, `Hamas spokesman
    /// `): the role is held in that body, so by a person.
    fn org_before_role(&self, before: &str, taken: &[Mention]) -> bool {
        let Some(org_end) = before_role(before).and_then(|head| head.strip_suffix(' ')) else {
            return false;
        };
        mention_ending(taken, org_end.len())
            .and_then(|m| self.named_kind(m))
            .is_some_and(|kind| kind == EntityType::Organization)
    }

    /// Whether `after`, what follows a name, is a role in apposition: a
    /// comma, an article and a title word within four words (`, a
    /// minister`, `, the former chief`, `, formerly the company's general
    /// manager`).
    fn role_in_apposition(&self, after: &str) -> bool {
        after_apposition_article(after).is_some_and(|rest| self.role_first(rest))
            || self.role_of_after_comma(after)
    }

    /// Whether `after` is a comma and a role held in something, with no
    /// article (`, spokesperson of the Senate`, `, CEO and managing director
    /// of`, `, director at`).
    fn role_of_after_comma(&self, after: &str) -> bool {
        let Some(rest) = after.strip_prefix(", ") else {
            return false;
        };
        role_of_after(rest.as_bytes()).is_some_and(|len| {
            let role = &rest[..len];
            self.gazetteer
                .is_title(role.rsplit(' ').next().unwrap_or(role))
        })
    }

    /// Whether the possessive of an organisation the document names comes
    /// right before `start` (`the BJP's`).
    fn after_org_possessive(&self, text: &str, start: usize, taken: &[Mention]) -> bool {
        self.possessive_owner(text, start, taken) == Some(EntityType::Organization)
    }

    /// Whether the possessive of a political party the document names
    /// comes right before `start` (`the APC's`).
    fn after_party_possessive(&self, text: &str, start: usize, taken: &[Mention]) -> bool {
        possessive_before(text, start, taken)
            .is_some_and(|m| m.kind == MentionKind::Name && self.entity(m.entity).is_party())
    }

    /// The type of the entity the document names whose possessive comes
    /// right before `start` (`CNN's`), if one does.
    fn possessive_owner(&self, text: &str, start: usize, taken: &[Mention]) -> Option<EntityType> {
        self.named_kind(possessive_before(text, start, taken)?)
    }

    /// Whether what follows the name at `span` is said of people only: a
    /// verb of speech, `, who`, `, whose`, an age, or a role after a
    /// comma and an article or none (`, a minister`, `, Ukraine's
    /// ambassador`).
    fn said_of_people_after(&self, text: &str, span: &Range<usize>, taken: &[Mention]) -> bool {
        let after = &text[span.end..];
        if SPEECH_AFTER.iter().any(|v| after.starts_with(v))
            || WHO.iter().any(|w| after.starts_with(w))
            || self.described_after(text, span, taken)
        {
            return true;
        }
        self.role_in_apposition(after)
    }

    /// Whether the name at `span` ends in a word that ends places', clubs'
    /// or organisations' names (`Madison Square Garden`, `Charlotte FC`,
    /// `Lincoln Center`) or begins with such a word (`Election Day` after
    /// the rank in `General Election Day`), or follows `the` (`the Orlando
    /// Magic`): news writes a person's name after a role or nothing, not
    /// after `the`; or is a place of `places.txt` (`Hong Kong`).
    fn names_no_person(&self, text: &str, span: &Range<usize>) -> bool {
        let kind = self.name_word_kind(word_before(text, span.end));
        let before = &text[..span.start];
        kind.place
            || self.name_word_kind(first_word(text, span.start)).place
            || kind.org_head
            || after_the(before)
            || after_place_prefix(before)
            || self.is_place(text, span)
            || acronyms_only(&text[span.clone()])
    }

    /// Whether `span` is a place of `places.txt`, as the automaton knows
    /// it (`Hong Kong`, though `Hong` begins Korean names).
    pub(super) fn is_place(&self, text: &str, span: &Range<usize>) -> bool {
        self.whole_word_at(text, span.start)
            .is_some_and(|hit| hit.end == span.end && self.claims.place(hit.pattern).is_some())
    }

    /// What marks the name at `span` as a person's, if anything does.
    fn why_a_person(
        &self,
        text: &str,
        span: &Range<usize>,
        taken: &[Mention],
    ) -> Option<Resolution> {
        let before = &text[..span.start];
        if self.after_title_or_role(before, taken) {
            return Some(Resolution::UnlistedAfterTitle);
        }
        if self.after_possessive(text, span.start, taken) {
            return Some(Resolution::UnlistedAfterPossessive);
        }
        let speech = speech_before(before) || AGENT_BEFORE.iter().any(|v| before.ends_with(v));
        if speech {
            return Some(Resolution::UnlistedNearVerb);
        }
        if self.before_organisation(text, span.end, taken) {
            return Some(Resolution::UnlistedOfOrganization);
        }
        self.cue_after(text, span, taken)
    }

    /// What right after the name at `span` marks it as a person's: a verb
    /// of speech (`Jane Doe said`), a description (`Jane Doe, a senior
    /// fellow`, `Jane Doe, R-Texas`) or a possessive (`Jane Doe's office`).
    fn cue_after(&self, text: &str, span: &Range<usize>, taken: &[Mention]) -> Option<Resolution> {
        let after = &text[span.end..];
        // Every verb is a space and a lower-case word: most names are
        // followed by neither, and need no look at the 70 verbs.
        let verb_may_follow =
            after.starts_with(' ') && after.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase);
        if verb_may_follow && SPEECH_AFTER.iter().any(|v| after.starts_with(v)) {
            return Some(Resolution::UnlistedNearVerb);
        }
        // The comma that closes an apposition (`the head of the
        // commission, Jane Doe, said`).
        let verb_after_comma =
            after.starts_with(", ") && after.as_bytes().get(2).is_some_and(u8::is_ascii_lowercase);
        if verb_after_comma && SPEECH_AFTER.iter().any(|v| after[1..].starts_with(v)) {
            return Some(Resolution::UnlistedNearVerb);
        }
        if APPOSITION.iter().chain(WHO).any(|a| after.starts_with(a))
            || party_and_state(after)
            || self.described_after(text, span, taken)
        {
            return Some(Resolution::UnlistedApposition);
        }
        possessive_after(after)
            .is_some()
            .then_some(Resolution::UnlistedPossessive)
    }

    /// The type of the listed entity `m` names by its name, or `None` for
    /// a demonym (`Ukrainian` names no country the way `Ukraine` does).
    pub(super) fn named_kind(&self, m: &Mention) -> Option<EntityType> {
        (m.kind == MentionKind::Name).then(|| self.entity(m.entity).kind)
    }

    /// Whether a description follows `span` after a comma: an age (`Jane
    /// Doe, 45,`) or an office of a country, by its possessive or its
    /// demonym (`Jane Doe, Ukraine's ambassador`, `Jane Doe, Ukrainian
    /// Deputy Foreign Minister`).
    fn described_after(&self, text: &str, span: &Range<usize>, taken: &[Mention]) -> bool {
        let Some(rest) = text[span.end..].strip_prefix(", ") else {
            return false;
        };
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits) && rest[digits..].starts_with(',') || self.role_first(rest) {
            return true;
        }
        let Some(m) = mention_starting(taken, span.end + 2) else {
            return false;
        };
        if self.entity(m.entity).kind != EntityType::Country {
            return false;
        }
        let after = &text[m.end..];
        let office = match m.kind {
            MentionKind::Name => possessive_after(after),
            MentionKind::Demonym => after.strip_prefix(' '),
        };
        office.is_some_and(|o| self.gazetteer.is_title(first_word(o, 0)))
    }

    /// Whether `rest` begins with a title or role word, after at most two
    /// other words in lower case (`director of …`, `managing director at
    /// …`, `senior researcher`), none of them `and` or `or`, and one body's
    /// in the possessive or by its acronym (`central bank's deputy
    /// governor`, `interim BARMM Chief Minister`).
    fn role_first(&self, rest: &str) -> bool {
        let (mut at, mut plain_words, mut possessives) = (0, 0, 0);
        loop {
            let word = first_word(rest, at);
            if self.gazetteer.is_title(word) {
                return true;
            }
            // The body that holds the role may come first by its acronym
            // (`the interim BARMM Chief Minister`).
            let acronym = in_capitals(word);
            // An age or a nationality may come first too (`a 44-year-old
            // driver`, `an Israeli soldier`).
            if let Some(len) = age_before(&rest[at..]) {
                plain_words += 1;
                at += len;
                continue;
            }
            let plain = word.starts_with(char::is_lowercase) || self.name_word_kind(word).demonym;
            // A place that holds the office, in the possessive (`the
            // Mandalay region's chief minister`, `Sagaing's governor`).
            let owner = !plain && owner_before_role(&rest[at + word.len()..]);
            if !(plain || acronym || owner) || matches!(word, "and" | "or") {
                return false;
            }
            let after = &rest[at + word.len()..];
            // Or in the possessive (`the company's general manager`).
            if acronym && after.starts_with(' ') {
                possessives += 1;
                at += word.len() + 1;
            } else if let Some(p) = POSSESSIVES.iter().find(|p| after.starts_with(*p)) {
                possessives += 1;
                at += word.len() + p.len();
            } else if after.starts_with(' ') {
                plain_words += 1;
                at += word.len() + 1;
            } else {
                return false;
            }
            if plain_words > 2 || possessives > 1 {
                return false;
            }
        }
    }

    /// Whether `of` and an organisation the document names come right
    /// after `end` (`Jane Doe of the Atlantic Council`, `Jane Doe of
    /// Reuters`). Not a country: `Marina Bay of Singapore`.
    fn before_organisation(&self, text: &str, end: usize, taken: &[Mention]) -> bool {
        let Some(rest) = text[end..].strip_prefix(" of ") else {
            return false;
        };
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        mention_starting(taken, text.len() - rest.len())
            .is_some_and(|m| self.named_kind(m) == Some(EntityType::Organization))
    }

    /// Whether the possessive of an organisation or a country the document
    /// names comes right before `start` (`CNN's Jane Doe`, `Ukraine's Jane
    /// Doe`).
    fn after_possessive(&self, text: &str, start: usize, taken: &[Mention]) -> bool {
        matches!(
            self.possessive_owner(text, start, taken),
            Some(EntityType::Organization | EntityType::Country)
        )
    }

    /// Adds to `found` the names of `uncued` that stand in a list, joined
    /// by `and` or a comma, beside a person: one the gazetteer lists (`Olaf
    /// Scholz and Jane Doe`), one found by another cue, or one found so, so
    /// that a list is followed from any person in it (`Pete Sampras, Roy
    /// Emerson and Jane Doe`), forwards and backwards. A list needs a
    /// person to start from: lists of places and teams begin with given
    /// names as often (`Santa Clara, Santa Monica and Santa Barbara`, `the
    /// Orlando Magic, Charlotte Hornets and Indiana Pacers`).
    fn join_lists(
        &self,
        text: &str,
        taken: &[Mention],
        found: &mut Vec<Spotted>,
        mut uncued: Vec<Range<usize>>,
    ) -> Vec<Range<usize>> {
        if uncued.is_empty() {
            return uncued;
        }
        let mut people = self.people_spans(taken, found);
        let joined = |x: &Range<usize>, y: &Range<usize>| {
            x.end <= y.start && LIST_JOINERS.contains(&&text[x.end..y.start])
        };
        let beside = |a: &Range<usize>, b: &Range<usize>| joined(a, b) || joined(b, a);
        let mut grew = true;
        while grew {
            grew = false;
            uncued.retain(|span| {
                let joined = people.iter().any(|p| beside(p, span));
                if joined {
                    people.push(span.clone());
                    found.push(Spotted {
                        span: span.clone(),
                        how: Resolution::UnlistedInList,
                    });
                    grew = true;
                }
                !joined
            });
        }
        uncued
    }

    /// Widens each listed person's mention that name words follow to the
    /// person's fuller name, or takes it out for someone else's, which it
    /// returns (see `fuller_names.rs`); outside headlines, whose every
    /// word is capitalised.
    fn widen_to_fuller_names(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
        mentions: &mut Vec<Mention>,
    ) -> Vec<Spotted> {
        let mut fuller = Vec::with_capacity(mentions.len());
        for m in mentions.iter() {
            let found = self.fuller_name(text, m, mentions);
            let shown =
                found.is_some() && !headline.get(text, segments, segments.sentence_at(m.start));
            fuller.push(found.filter(|_| shown));
        }
        let mut others = Vec::new();
        let mut fuller = fuller.into_iter();
        mentions.retain_mut(|m| match fuller.next().flatten() {
            Some(Fuller::Same { end }) => {
                m.end = end;
                true
            }
            Some(Fuller::Other { span }) => {
                let how = Resolution::UnlistedGivenName;
                others.push(Spotted { span, how });
                false
            }
            None => true,
        });
        others
    }

    /// Adds to `found` the names of two or three words at `starts`, whose
    /// first word is no given name the gazetteer knows, that stand in a
    /// list right after a person, or first in a list before one
    /// (`Twanisha Terry, Kayla White and Jane Doe`), as
    /// [`Matcher::join_lists`] adds those that begin with a given name.
    /// Such a name is no title's tail (`for Foreign Affairs and Security
    /// Policy, Kaja Kallas`): it has no role word and no word in capitals,
    /// and no capitalised word follows it.
    fn join_unknown_names(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
        taken: &[Mention],
        starts: &[usize],
        found: &mut Vec<Spotted>,
    ) {
        let people = self.people_spans(taken, found);
        let joined = |x: &Range<usize>, y: &Range<usize>| {
            x.end <= y.start && LIST_JOINERS.contains(&&text[x.end..y.start])
        };
        // Most capitalised words stand beside no person: where people's
        // names end and begin says so before the name is read.
        let mut ends: Vec<usize> = people.iter().map(|p| p.end).collect();
        let mut begins: Vec<usize> = people.iter().map(|p| p.start).collect();
        ends.sort_unstable();
        begins.sort_unstable();
        let person_ends_at = |at: usize| ends.binary_search(&at).is_ok();
        let person_begins_at = |at: usize| begins.binary_search(&at).is_ok();
        let mut names = Vec::new();
        for &at in starts {
            let after = LIST_JOINERS
                .iter()
                .any(|j| text[..at].ends_with(j) && person_ends_at(at - j.len()));
            let end = capitalised_run_end(text, at);
            let before = LIST_JOINERS
                .iter()
                .any(|j| text[end..].starts_with(j) && person_begins_at(end + j.len()));
            if !after && !before {
                continue;
            }
            let first = first_word(text, at);
            if self.gazetteer.is_common_word(first)
                || self.gazetteer.is_title(first)
                || PRONOUNS.contains(&first)
                || PARTICLES.contains(&first.to_lowercase().as_str())
            {
                continue;
            }
            let Some(span) = self.name_at(text, at, taken) else {
                continue;
            };
            let name = &text[span.clone()];
            let plain = (2..=3).contains(&name.split(' ').count())
                && name
                    .split(' ')
                    .all(|w| !self.name_word_kind(w).role && !in_capitals(w))
                && !capital_follows(text, span.end);
            let after_person = people.iter().any(|p| joined(p, &span));
            // First in a list: no joiner or small word before it.
            let opens = !["and ", "of ", "for ", "& ", ", "]
                .iter()
                .any(|j| text[..span.start].ends_with(j));
            let before_person = opens && people.iter().any(|p| joined(&span, p));
            if plain
                && (after_person || before_person)
                && !headline.get(text, segments, segments.sentence_at(span.start))
            {
                names.push(span);
            }
        }
        found.extend(names.into_iter().map(|span| Spotted {
            span,
            how: Resolution::UnlistedInList,
        }));
    }

    /// The spans of the people the gazetteer lists among `taken` and of
    /// those `found` so far, in that order.
    fn people_spans(&self, taken: &[Mention], found: &[Spotted]) -> Vec<Range<usize>> {
        taken
            .iter()
            .filter(|m| self.named_kind(m) == Some(EntityType::Person))
            .map(|m| m.start..m.end)
            .chain(found.iter().map(|f| f.span.clone()))
            .collect()
    }

    /// Adds to `found` the names between two people of one list, after a
    /// comma and before a comma or `and` (`Ami Luttwak, Yinon Costica,
    /// and Roy Reznik`), one or several (`Fatima Hendricks, Zaheera Soomar,
    /// Zukiswa Wanner and Carrie Shelver`), whatever their first words: a
    /// list of people goes on with people, and a given name the gazetteer
    /// does not know is no sign of anything else. All of the names between
    /// or none: a name whose first word begins or ends organisations' names
    /// or is a common word, or an item that is no name, stops the list.
    fn between_people(&self, text: &str, taken: &[Mention], found: &mut Vec<Spotted>) {
        let mut people = self.people_spans(taken, found);
        if people.len() < 2 {
            return;
        }
        people.sort_by_key(|p| p.start);
        let mut between = Vec::new();
        for pair in people.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let Some(inner) = text
                .get(a.end..b.start)
                .and_then(|gap| gap.strip_prefix(", "))
            else {
                continue;
            };
            let Some(names) = LIST_JOINERS
                .iter()
                .find_map(|joiner| inner.strip_suffix(joiner))
            else {
                continue;
            };
            between.extend(self.names_listed(text, a.end + 2, names, taken));
        }
        found.extend(between);
    }

    /// The names of `names` (items joined by commas, starting at `start`),
    /// each a person's, or none when one item is no plain name.
    fn names_listed(
        &self,
        text: &str,
        start: usize,
        names: &str,
        taken: &[Mention],
    ) -> Vec<Spotted> {
        let mut spans = Vec::new();
        let mut at = start;
        for name in names.split(", ") {
            let first = first_word(text, at);
            let kind = self.name_word_kind(first);
            let plain = !kind.org_head && !kind.place && !self.gazetteer.is_common_word(first);
            let span = at..at + name.len();
            if !plain || self.name_at(text, at, taken) != Some(span.clone()) {
                return Vec::new();
            }
            spans.push(Spotted {
                span,
                how: Resolution::UnlistedInList,
            });
            at += name.len() + 2;
        }
        spans
    }

    /// Names with no other cue whose surname the document also uses alone,
    /// outside headlines and other names (`Anton Filatov was convicted …
    /// Filatov received`): the way news names a person it introduces.
    /// Places, teams and firms named like people are rarely called by
    /// their last word alone, and a team is `the Hornets`, which does not
    /// count. A surname that is a common word counts for nothing. Returns
    /// the names it leaves.
    fn by_surname(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
        taken: &[Mention],
        found: &mut Vec<Spotted>,
        uncued: Vec<Range<usize>>,
    ) -> Vec<Range<usize>> {
        let mut left = Vec::new();
        if uncued.is_empty() {
            return left;
        }
        let short = |s: &Range<usize>| first_and_last(without_initials(&text[s.clone()]));
        // A name found before (by a cue, or by this rule) is found again
        // later, by `again`.
        let mut named: Vec<String> = found.iter().map(|f| short(&f.span)).collect();
        for span in uncued {
            let name = short(&span);
            if named.contains(&name) {
                continue;
            }
            let outside_headlines =
                |s: &Range<usize>| !headline.get(text, segments, segments.sentence_at(s.start));
            if self.surname_used_alone(text, &span, taken, outside_headlines) {
                named.push(name);
                found.push(Spotted {
                    span,
                    how: Resolution::UnlistedBySurname,
                });
            } else {
                left.push(span);
            }
        }
        left
    }

    /// Names with no cue at all that begin with a given name (see
    /// `around_given_names`), where nothing says they name a place or a
    /// thing: news introduces many people with no role or verb beside
    /// them (`after Laurent Freixe was removed`, `when Jerry Buss paid`).
    /// A name right after another capitalised word is part of a longer
    /// one (`Los Angeles Port`, `San Miguel de Allende`); one that ends in
    /// a word that ends places more often than it is a surname, or begins
    /// with one that begins them, is a place (`Martin Place`, `Abu
    /// Dhabi`).
    fn by_given_name(
        &self,
        text: &str,
        segments: &Segments,
        taken: &[Mention],
        found: &mut Vec<Spotted>,
        uncued: Vec<Range<usize>>,
    ) {
        for span in uncued {
            // A demonym before the name says who the person is (`the
            // American Mark Vogel`), not that a longer name goes on.
            let demonym = || {
                mention_ending(taken, span.start.saturating_sub(1))
                    .is_some_and(|m| m.kind == MentionKind::Demonym)
            };
            let surname = word_before(text, span.end);
            let first = first_word(text, span.start);
            let placed = PLACE_LAST_WORDS.contains(&surname)
                || PLACE_PREFIXES.contains(&first)
                || PLACE_OR_NAME_FIRST_WORDS.contains(&first);
            // `name_at` made the span: no title in it, and no word that
            // ends places or follows `the` (`names_no_person`).
            if placed
                || self.gazetteer.is_common_word(surname)
                || (self.after_capitalised_word(text, segments, span.start) && !demonym())
            {
                continue;
            }
            found.push(Spotted {
                span,
                how: Resolution::UnlistedGivenName,
            });
        }
    }

    /// Whether a capitalised word stands a space before `at`, other than
    /// a common one (`By`, `And`) or an adverb that begins a sentence
    /// (`Later`, `Meanwhile`), or a number does.
    fn after_capitalised_word(&self, text: &str, segments: &Segments, at: usize) -> bool {
        let Some(before) = text[..at].strip_suffix(' ') else {
            return false;
        };
        // A number frames it too (`3 Min Read`, a page's reading time).
        if before.ends_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
        let word = word_before(before, before.len());
        let start = before.len() - word.len();
        let adverb = SENTENCE_OPENERS.contains(&word)
            && starts_sentence(text, segments, segments.sentence_at(start), start);
        word.starts_with(char::is_uppercase)
            && !NOT_NAMES.contains(&word)
            && !self.gazetteer.is_common_word(word)
            && !adverb
    }

    /// Names next to a slash whose other side is an organisation the
    /// document names (`Jane Doe/AFP`, `Reuters / Jane Doe`): a photo
    /// credit. The name begins with a known given name or ends in a
    /// surname in capitals, as agencies write it (`Genya SAVILOV/AFP`).
    fn in_credits(&self, text: &str, mentions: &[Mention]) -> Vec<Spotted> {
        let org = |m: &Mention| self.entity(m.entity).kind == EntityType::Organization;
        let mut out = Vec::new();
        // Some sites set the parts of a credit apart with a bar
        // (`Jane Doe | Getty Images`).
        for mark in memchr::memchr2_iter(b'/', b'|', text.as_bytes()) {
            let after = mark + 1 + spaces_after(text, mark + 1);
            let before = mark - spaces_before(text, mark);
            let org_after = self.agency_after(text, before, mentions);
            // `AP Photo/Jane Doe`: the agency, then the word for what it
            // gives.
            let agency_end = ["Photo", "Photos"]
                .iter()
                .find_map(|w| text[..before].strip_suffix(w)?.strip_suffix(' '))
                .map_or(before, str::len);
            let org_before = mention_ending(mentions, agency_end).is_some_and(org);
            let span = if org_after {
                self.name_ending_at(text, before, mentions)
            } else if org_before {
                self.name_at(text, after, mentions)
            } else {
                None
            };
            let Some(span) = span.filter(|s| self.credited_name(&text[s.clone()])) else {
                continue;
            };
            // Two photographers before the agency: `Jane Doe and John
            // Roe/Reuters`.
            if org_after
                && let Some(head) = text[..span.start].strip_suffix(" and ")
                && let Some(first) = self.name_ending_at(text, head.len(), mentions)
                && self.credited_name(&text[first.clone()])
            {
                out.push(Spotted {
                    span: first,
                    how: Resolution::UnlistedInCredit,
                });
            }
            out.push(Spotted {
                span,
                how: Resolution::UnlistedInCredit,
            });
        }
        out
    }

    /// Names right after a label that credits a picture to a person
    /// (`Photographer: Jane DOE`, `Photo by Jane Doe`), as photographers'
    /// names are checked next to an agency (see
    /// [`Matcher::credited_name`]).
    fn after_credit_labels(&self, text: &str, mentions: &[Mention]) -> Vec<Spotted> {
        let mut out = Vec::new();
        // One search for what all the labels begin with.
        for found in PHOTO.find_iter(text.as_bytes()) {
            let rest = &text[found..];
            let Some(label) = CREDIT_LABELS.iter().find(|l| rest.starts_with(*l)) else {
                continue;
            };
            let at = found + label.len();
            let span = self
                .name_at(text, at, mentions)
                .filter(|s| self.credited_name(&text[s.clone()]));
            if let Some(span) = span {
                let how = Resolution::UnlistedInCredit;
                out.push(Spotted { span, how });
            }
        }
        out
    }

    /// Whether a name next to an agency is a photographer's: it begins with
    /// a known given name, ends in capitals, or is two or three words that
    /// can only be a name.
    fn credited_name(&self, name: &str) -> bool {
        let last = name.rsplit(' ').next().unwrap_or(name);
        let capitals = last.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && last.chars().all(|c| !c.is_lowercase());
        capitals || self.name_word_kind(first_word(name, 0)).given || self.only_name_words(name)
    }

    /// Whether a credit's slash or bar follows `end`, and an organisation
    /// the document names after it (`/AFP`, `| Getty Images`, `/Pool/
    /// Reuters`).
    fn agency_after(&self, text: &str, end: usize, mentions: &[Mention]) -> bool {
        agency_start_after(text, end)
            .and_then(|at| mention_starting(mentions, at))
            .is_some_and(|m| self.entity(m.entity).kind == EntityType::Organization)
    }

    /// Whether `name` is two or three capitalised words none of which is a
    /// role, a word of bodies' or places' names, a common word or a word
    /// credits use for what is no one (`Pool`, `Handout`, `Press`): a
    /// photographer whose given name the lists lack (`Czarek
    /// Sokolowski/AP`). Credits name people or bodies, and bodies' names
    /// are made of such words (`Presidential Press Office/AP`). The name
    /// comes from [`Matcher::name_at`], which stops at a title word.
    fn only_name_words(&self, name: &str) -> bool {
        let name_word = |w: &str| {
            let kind = self.name_word_kind(w);
            w.starts_with(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || is_hyphen(c) || c == '\'')
                && !(kind.org_head || kind.place || kind.role)
                && !self.gazetteer.is_common_word(w)
                && !CREDIT_WORDS.contains(&w)
        };
        // A particle inside (`Piroschka van de Wouw`) is part of a name.
        let words: Vec<&str> = name.split(' ').collect();
        let inner_particle =
            |(i, w): (usize, &&str)| i > 0 && i + 1 < words.len() && PARTICLES.contains(w);
        let particles = words
            .iter()
            .enumerate()
            .filter(|&p| inner_particle(p))
            .count();
        (2..=3).contains(&(words.len() - particles))
            && words
                .iter()
                .enumerate()
                .all(|(i, w)| inner_particle((i, w)) || name_word(w))
    }

    /// Names in bylines: a short paragraph that begins `By `, or a line
    /// that credits its writers (`Reporting by …`); the names listed after
    /// `by`, separated by commas and `and`.
    fn in_bylines(&self, text: &str, segments: &Segments, taken: &[Mention]) -> Vec<Spotted> {
        let mut out = Vec::new();
        for p in &segments.paragraphs {
            if p.len() > BYLINE_MAX_BYTES {
                continue;
            }
            if let Some(lead) = by_line_lead(text, p) {
                out.extend(self.name_list(text, p.start + lead, p.end, taken));
            } else if let Some(end) = dated_after_names(&text[p.clone()]) {
                out.extend(self.name_list(text, p.start, p.start + end, taken));
            }
        }
        out.extend(self.byline_in_capitals(text, segments, taken));
        // One pass for `by ` or `by: `, rarer than a paragraph, then the
        // word before.
        for at in BY.find_iter(text.as_bytes()) {
            let Some(names) = ["by ", "by: "].iter().find(|b| text[at..].starts_with(*b)) else {
                continue;
            };
            let head = &text[..at];
            if !BYLINE_WORDS.iter().any(|w| head.ends_with(w)) {
                continue;
            }
            let p = segments.paragraphs.partition_point(|p| p.end <= at);
            if let Some(p) = segments.paragraphs.get(p) {
                out.extend(self.name_list(text, at + names.len(), p.end, taken));
            }
        }
        out
    }

    /// The writer's name in capitals on a line of its own in the header,
    /// before the first paragraph of body text: `by BRIAN ORUTA`, `from
    /// DION HENRICK in Cape Town`, or the bare name when it begins with a
    /// given name (`AKINWALE ABOLUWADE`). `name_at` takes no word in
    /// capitals (headlines are full of them), so such a line needs a rule
    /// of its own.
    fn byline_in_capitals(
        &self,
        text: &str,
        segments: &Segments,
        taken: &[Mention],
    ) -> Option<Spotted> {
        let header = segments
            .paragraphs
            .iter()
            .take_while(|p| p.len() <= BYLINE_MAX_BYTES);
        // The first paragraph is the headline.
        header.skip(1).find_map(|p| {
            let line = &text[p.clone()];
            let (lead, rest) = CAPITALS_LEADS
                .iter()
                .find_map(|l| line.strip_prefix(l).map(|rest| (l.len(), rest)))
                .unwrap_or((0, line));
            let name = rest.split(" in ").next().unwrap_or(rest);
            let words: Vec<&str> = name.split(' ').collect();
            let shaped = (2..=3).contains(&words.len())
                && words
                    .iter()
                    .all(|w| word_in_capitals(w) && !is_small_word(w));
            let span = p.start + lead..p.start + lead + name.len();
            let given = || self.name_word_kind(&title_case(words[0])).given;
            (shaped && (lead > 0 || given()) && !overlaps(taken, &span)).then_some(Spotted {
                span,
                how: Resolution::UnlistedInByline,
            })
        })
    }

    /// The names listed from `start`: `Jane Doe, John Roe and Ann Poe`. A
    /// name ends where a listed name begins, as bylines name the outlet
    /// next (`By Jane Doe St. Louis Post-Dispatch`); a listed person in the
    /// list is passed over (`By Nidal al-Mughrabi and Jane Doe`).
    fn name_list(&self, text: &str, start: usize, end: usize, taken: &[Mention]) -> Vec<Spotted> {
        let mut out = Vec::new();
        let mut at = start;
        let before_mention = |at: usize| {
            let next = taken.iter().find(|m| m.start > at && m.start < end);
            next.map_or(&text[..end], |m| text[..m.start].trim_end())
        };
        let gap_after = |end: usize| {
            [", and ", " and ", ", "]
                .into_iter()
                .find(|sep| text[end..].starts_with(sep))
        };
        loop {
            let listed = taken.iter().find(|m| {
                m.start == at && m.end <= end && self.entity(m.entity).kind == EntityType::Person
            });
            let span = match listed {
                Some(m) => m.start..m.end,
                None => match self.name_at(before_mention(at), at, taken) {
                    Some(span)
                        if span.end <= end
                            && !self.outlet_staff(text, &span)
                            && !names_no_writer(&text[span.clone()]) =>
                    {
                        without_byline_verb(text, span)
                    }
                    _ => break,
                },
            };
            // Where each writer filed from (`Reporting by Jane Doe in
            // Kyiv and John Roe in Moscow`).
            let after = span.end + place_len(&text[span.end..end]);
            let gap = gap_after(after);
            at = after + gap.map_or(0, str::len);
            if listed.is_none() {
                out.push(Spotted {
                    span,
                    how: Resolution::UnlistedInByline,
                });
            }
            if gap.is_none() {
                break;
            }
        }
        out
    }

    /// Whether the byline's name at `span` is an outlet's, its staff's
    /// label after it and no given name first (`By SCM Staff Writer`; not
    /// `Kim Jisun Reporter`).
    fn outlet_staff(&self, text: &str, span: &Range<usize>) -> bool {
        OUTLET_STAFF.iter().any(|s| text[span.end..].starts_with(s))
            && !self.name_word_kind(first_word(text, span.start)).given
    }

    /// The occurrences of the found people's names elsewhere in the
    /// document: the whole name as found, and the surname alone where it
    /// is no part of another name (no capitalised word, other than a title,
    /// right before or after it), outside headlines, and, for a surname
    /// that is also a common word, not first in its sentence. A surname two
    /// people share is the one's named first. What it finds is added to
    /// `taken`.
    fn again(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
        people: &People,
        taken: &mut Vec<Range<usize>>,
    ) -> Vec<(Range<usize>, usize)> {
        let mut out = Vec::new();
        // The longest names first: `Fernando Chico Pardo` before `Chico
        // Pardo`, which is inside it.
        let mut surfaces: Vec<(&String, &usize)> = people.surfaces.iter().collect();
        surfaces.sort_by_key(|(surface, _)| std::cmp::Reverse(surface.len()));
        for (surface, &person) in surfaces {
            // An organisation's name inside a longer one is no mention of
            // it (`Aequum Capital` in `Aequum Capital Financial`, see
            // `inside_longer_name`).
            let org = people.entities[person].kind == EntityType::Organization;
            for span in whole_words(text, surface) {
                let inside = org && self.inside_longer_name(text, segments, &span);
                if !overlaps(taken, &span) && !inside {
                    insert(taken, span.clone());
                    out.push((span, person));
                }
            }
        }
        // Two surnames, with the initials before them (`A. Page
        // Hernandez`), but not after a capitalised word other than a title
        // or a sentence's opener: the end of someone else's name
        // (`Archivaldo Ivan Guzman Salazar`).
        let two_surnames = people.two_surnames.iter();
        for (surnames, person) in two_surnames.filter_map(|(s, p)| Some((s, (*p)?))) {
            for span in whole_words(text, surnames) {
                let span = initials_before(text, span.start)..span.end;
                let alone = capitalised_word_before(text, span.start).is_none_or(|(_, w)| {
                    self.gazetteer.is_title(w) || SENTENCE_OPENERS.contains(&w)
                });
                if alone && !overlaps(taken, &span) {
                    insert(taken, span.clone());
                    out.push((span, person));
                }
            }
        }
        // A surname two people share is the one's named first, the story's
        // subject, whom news introduces before relatives and others of the
        // name (`Erin Patterson … her in-laws Don and Gail Patterson …
        // Patterson said`). People are numbered in the order found.
        let surnames = people.surnames.iter().map(|(name, bearers)| {
            let first_named = bearers.iter().min().copied();
            (name, first_named, self.gazetteer.is_common_word(name))
        });
        // A given name alone counts as a surname does when it is no common
        // word and nobody's surname, and the gazetteer knows it as a given
        // name (`Divya Deshmukh … Divya had White`) or a title stands
        // before it, as where news calls people by their given names
        // (`Panpakdee Patanakul … General Panpakdee`, in Thailand).
        let given_names = people
            .given_names
            .iter()
            .filter(|(name, _)| {
                !self.gazetteer.is_common_word(name) && !people.surnames.contains_key(*name)
            })
            .map(|(name, &person)| (name, person, false));
        for (name, person, common) in surnames.chain(given_names) {
            let Some(person) = person else { continue };
            let surname = people.surnames.contains_key(name);
            let known = surname || self.name_word_kind(name).given;
            for span in whole_words(text, name) {
                let sentence = segments.sentence_at(span.start);
                if overlaps(taken, &span)
                    || (common && starts_sentence(text, segments, sentence, span.start))
                    || !self.surname_alone(text, segments, headline, &span)
                    || (!known && !self.after_title_word(text, span.start))
                {
                    continue;
                }
                insert(taken, span.clone());
                out.push((span, person));
            }
        }
        out
    }

    /// The last two words of a name of three words or more when the first
    /// of them is no given name: the two surnames Spanish and Portuguese
    /// names end with, which news names people by after the first mention
    /// (`Roberto Clemente Guevara Gómez … Guevara Gómez said`), unlike a
    /// middle name and a surname (`Mark Richard Walter`).
    fn two_surnames<'t>(&self, name: &'t str) -> Option<&'t str> {
        let words: Vec<&str> = name.split(' ').collect();
        let [.., first, before, last] = words[..] else {
            return None;
        };
        // After a particle they are one surname (`Maria das Dores Meira`,
        // `Tareq Al Suwaidan`).
        let surnames = [first, before, last]
            .into_iter()
            .all(|w| w.starts_with(char::is_uppercase))
            && !PARTICLES.contains(&before.to_lowercase().as_str())
            && !self.name_word_kind(before).given;
        surnames.then(|| &name[name.len() - last.len() - 1 - before.len()..])
    }

    /// Whether a title word or an honorific stands right before `start`,
    /// with its full stop or none (`General `, `Gen. `, `Dr `).
    fn after_title_word(&self, text: &str, start: usize) -> bool {
        let before = &text[..start];
        after_honorific(before)
            || honorific_word(before).is_some_and(|w| self.gazetteer.is_title(w))
    }

    /// Whether the surname at `span` names its person by itself: outside a
    /// headline and no part of another name (for `again`).
    fn surname_alone(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
        span: &Range<usize>,
    ) -> bool {
        !self.part_of_other_name(text, span)
            && !headline.get(text, segments, segments.sentence_at(span.start))
    }

    /// Whether a capitalised word other than a title stands right before or
    /// after `span`, or a hyphen joins it to another word (`East-West`):
    /// then the surname is part of another name.
    fn part_of_other_name(&self, text: &str, span: &Range<usize>) -> bool {
        if text[..span.start].ends_with('-') || text[span.end..].starts_with('-') {
            return true;
        }
        let before = text[..span.start].strip_suffix(' ').is_some_and(|t| {
            let word = word_before(t, t.len());
            // The last word of the sentence before (`… met Ivan Kovar. Ivan
            // left`); a full stop after a short word may end an
            // abbreviation instead (`St. Petersburg`, `Gen. Lee`).
            if word.len() > 4 && word.ends_with('.') && !word[..word.len() - 1].contains('.') {
                return false;
            }
            let word = word.trim_end_matches('.');
            // `For Ciattarelli, the result…`: a sentence's first word.
            self.capitalised_name_word(word)
                && !NOT_NAMES.contains(&word)
                && !SENTENCE_OPENERS.contains(&word)
        });
        before || self.capitalised_after(text, span)
    }

    /// Whether a capitalised word other than a title stands right after
    /// `span`, or right before it other than its sentence's first word
    /// (`Later Acme said` is Acme's): then an organisation's name there
    /// is part of a longer one (`Aequum Capital Financial`).
    fn inside_longer_name(&self, text: &str, segments: &Segments, span: &Range<usize>) -> bool {
        let before = text[..span.start].strip_suffix(' ').is_some_and(|t| {
            let word = word_before(t, t.len());
            let at = t.len() - word.len();
            self.capitalised_name_word(word.trim_end_matches('.'))
                && !starts_sentence(text, segments, segments.sentence_at(at), at)
        });
        before || self.capitalised_after(text, span)
    }

    /// Whether a capitalised word other than a title stands right after
    /// `span`.
    fn capitalised_after(&self, text: &str, span: &Range<usize>) -> bool {
        text[span.end..]
            .strip_prefix(' ')
            .is_some_and(|t| self.capitalised_name_word(first_word(t, 0)))
    }

    /// Whether `word` is capitalised and no title.
    fn capitalised_name_word(&self, word: &str) -> bool {
        word.starts_with(char::is_uppercase) && !self.gazetteer.is_title(word)
    }

    /// The person's name that starts at `start`, if one does: two to four
    /// capitalised words (with particles and initials between them), none
    /// a title, none part of a mention, and not a place's or a body's name
    /// (see [`Matcher::names_no_person`]).
    fn name_at(&self, text: &str, start: usize, taken: &[Mention]) -> Option<Range<usize>> {
        let mut words = 0;
        let mut after_initials = false;
        let mut longest = MAX_WORDS;
        let mut end = None;
        let mut at = start;
        while let Some((word_end, shape)) = name_word(text, at) {
            let word = &text[at..word_end];
            // Initials that stand for given names (`P. J. Akeeagok`, `M.A.
            // Egge`), written with or without spaces.
            if shape == Shape::Initial && words == 0 {
                after_initials = true;
                if text[word_end..].starts_with(char::is_uppercase) {
                    at = word_end;
                    continue;
                }
            }
            if shape == Shape::Capitalised {
                if overlaps(taken, &(at..word_end)) {
                    // A name that runs into a mention is another form of
                    // that name (`Bola Ahmed Tinubu`), or no name.
                    return None;
                }
                let date_after = words > 0
                    && SHORT_MONTHS.contains(&word)
                    && text[word_end..].starts_with(' ')
                    && text[word_end + 1..].starts_with(|c: char| c.is_ascii_digit());
                if is_small_word(word)
                    || is_thing_after_name(word)
                    || BYLINE_LABELS.contains(&word)
                    || self.gazetteer.is_title(word)
                    || words == longest
                    || says_of_a_name(word)
                    || date_after
                {
                    break;
                }
                // `Bin` and `Ibn` join Arabic names as `bin` does (`Saleh
                // Bin Salem Bin Breik`): no word of their own.
                if !matches!(word, "Bin" | "Bint" | "Ibn") {
                    words += 1;
                }
                // `Abdul` begins a given name of two words (`Abdul Wahab
                // Abdul Rahman Al-Muzaini`), one more a name may have.
                if matches!(word, "Abdul" | "Abdel" | "Abd") {
                    longest += 1;
                }
                end = Some(word_end);
            }
            if !text[word_end..].starts_with(' ') {
                break;
            }
            at = word_end + 1;
            // A nickname after the given name (`Denys "Redis" Prokopenko`).
            if words > 0
                && let Some(quoted) = quoted_name_at(text, at)
                && text[quoted..].starts_with(' ')
            {
                at = quoted + 1;
            }
        }
        // A surname after given names' initials is a whole name.
        let whole = words >= MIN_WORDS || (words == 1 && after_initials);
        end.filter(|_| whole)
            .map(|end| start..end)
            .filter(|span| !self.names_no_person(text, span))
    }

    /// The longest name that ends at `end` (see [`Matcher::name_at`]).
    fn name_ending_at(&self, text: &str, end: usize, taken: &[Mention]) -> Option<Range<usize>> {
        let mut starts = Vec::new();
        let mut at = end;
        while starts.len() < MAX_WORDS + 2 {
            let word = word_before(text, at);
            if word.is_empty() {
                break;
            }
            starts.push(at - word.len());
            match text[..at - word.len()].strip_suffix(' ') {
                Some(rest) => at = rest.len(),
                None => break,
            }
        }
        starts
            .into_iter()
            .rev()
            .find_map(|s| self.name_at(text, s, taken).filter(|span| span.end == end))
    }
}

/// Where an agency's name would begin after a credit's slash or bar that
/// follows `end` (`/AFP`, ` | Getty Images`, `/Pool/Reuters`), or `None`
/// when no such mark follows. Both stages that read credits ask this: the
/// candidates' (`context.rs`) and the mentions'.
pub(super) fn agency_start_after(text: &str, end: usize) -> Option<usize> {
    let mark = end + spaces_after(text, end);
    if !matches!(text.as_bytes().get(mark), Some(b'/' | b'|')) {
        return None;
    }
    Some(credit_words_after(
        text,
        mark + 1 + spaces_after(text, mark + 1),
    ))
}

/// Where the agency of a credit begins at `at` or after words of
/// [`CREDIT_WORDS`] and a slash each (`Pool/Reuters` in `Kim Kyung-hoon/
/// Pool/Reuters`).
fn credit_words_after(text: &str, mut at: usize) -> usize {
    loop {
        let word = first_word(text, at);
        let slash = at + word.len();
        if !CREDIT_WORDS.contains(&word) || !text[slash..].starts_with('/') {
            return at;
        }
        at = slash + 1 + spaces_after(text, slash + 1);
    }
}

/// Where a byline's names end when a date follows them, as news pages
/// print it (`Jane Doe, John Roe Published 04 December 2025`, `Jane Doe —
/// Monday, 24 February 2025`, `Jane Doe | March 31, 2025`): the offset of
/// ` Published ` or ` Updated `, or of the first dash or bar between
/// spaces, followed by a number or a day or month's name.
fn dated_after_names(paragraph: &str) -> Option<usize> {
    let (at, date) = published(paragraph).or_else(|| after_separator(paragraph))?;
    let dated =
        date.starts_with(|c: char| c.is_ascii_digit()) || DATES.iter().any(|d| date.starts_with(d));
    dated.then_some(at)
}

/// The offset of ` Published ` or ` Updated ` and the text after it.
fn published(paragraph: &str) -> Option<(usize, &str)> {
    // Most short paragraphs hold neither word: a look for their capitals
    // costs less than two substring searches set up per paragraph.
    // The first of the two words decides: names end there or nowhere.
    let bytes = paragraph.as_bytes();
    memchr::memchr2_iter(b'P', b'U', bytes).find_map(|i| {
        let at = i.checked_sub(1).filter(|&at| bytes[at] == b' ')?;
        let rest = &paragraph[i..];
        ["Published ", "Updated "]
            .into_iter()
            .find_map(|w| rest.strip_prefix(w))
            .map(|date| (at, date))
    })
}

/// The offset of the first ` — `, ` – ` or ` | ` and the text after it.
/// A look for the bar and the dashes' first byte (`0xE2`, which begins no
/// character but a three-byte one) first: a substring search set up per
/// paragraph cost more than the rest of the byline rule.
fn after_separator(paragraph: &str) -> Option<(usize, &str)> {
    let bytes = paragraph.as_bytes();
    memchr::memchr2_iter(b'|', 0xE2, bytes).find_map(|i| {
        let at = i.checked_sub(1).filter(|&at| bytes[at] == b' ')?;
        let rest = &paragraph[i..];
        ["\u{2014} ", "\u{2013} ", "| "]
            .into_iter()
            .find_map(|sep| rest.strip_prefix(sep))
            .map(|date| (at, date))
    })
}

/// Words of photo credits that name no one (`Pool Photo/AP`, `Handout
/// Image/Reuters`, `Presidential Press Office/AFP`).
const CREDIT_WORDS: [&str; 24] = [
    "Agency",
    "Contributor",
    "Courtesy",
    "File",
    "Footage",
    "Handout",
    "Illustration",
    "Image",
    "Images",
    "Media",
    "News",
    "Office",
    "Photo",
    "Photograph",
    "Photos",
    "Pool",
    "Presidential",
    "Press",
    "Satellite",
    "Screengrab",
    "Screenshot",
    "Service",
    "Staff",
    "Video",
];

/// `Photo`, searched for in every document: built once.
static PHOTO: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("Photo"));

/// Labels after which a credit names the person who took a picture; each
/// begins with `Photo` ([`PHOTO`]).
const CREDIT_LABELS: [&str; 4] = [
    "Photographer: ",
    "Photo by ",
    "Photos by ",
    "Photograph by ",
];

/// Initials a name may begin with (`M. K. Stalin`), at most.
const MAX_INITIALS: usize = 2;

/// Where the initials right before a name that begins at `start` begin
/// (`M. Ayhan Kose`), or `start` when there are none.
fn initials_before(text: &str, start: usize) -> usize {
    let mut start = start;
    for _ in 0..MAX_INITIALS {
        let Some(head) = text[..start].strip_suffix(' ') else {
            break;
        };
        let word = word_before(head, head.len());
        if !is_initial(word) {
            break;
        }
        start = head.len() - word.len();
    }
    start
}

/// Whether `word` is an initial: one capital and a full stop (`M.`), or
/// one capital alone, as Indian news writes initials (`B Sai Sudharsan`),
/// but for `A` and `I`, which are words.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(c), Some('.'), None) => c.is_uppercase(),
        (Some(c), None, None) => c.is_ascii_uppercase() && !matches!(c, 'A' | 'I'),
        _ => false,
    }
}

/// Whether `rest` begins with an initial written without its full stop:
/// a capital other than `A` and `I`, a space and a capitalised word (`R
/// Sreelekha`).
fn bare_initial(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    // An ASCII capital first, so that the one-byte slice is a char.
    bytes.len() > 3
        && bytes[0].is_ascii_uppercase()
        && is_initial(&rest[..1])
        && bytes[1] == b' '
        && bytes[2].is_ascii_uppercase()
        && bytes[3].is_ascii_lowercase()
}

/// `name` without the initials it begins with (`M. Ayhan Kose` → `Ayhan
/// Kose`), unless it is all initials and one word.
fn without_initials(name: &str) -> &str {
    let mut rest = name;
    while let Some((first, tail)) = rest.split_once(' ') {
        if !is_initial(first) {
            break;
        }
        rest = tail;
    }
    rest
}

/// What a word of a name looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// `Doe`, `Hong-kyun`, `O'Brien`, `al-Ghamari`, `SAVILOV`.
    Capitalised,
    /// `de`, `bin`, `van`.
    Particle,
    /// `J.`
    Initial,
}

/// The end and shape of the word of a name at `at`, if one is there. A
/// possessive (`Doe's`) ends the word before it.
pub(super) fn name_word(text: &str, at: usize) -> Option<(usize, Shape)> {
    let rest = &text[at..];
    let first = rest.chars().next()?;
    if first.is_uppercase() && rest[first.len_utf8()..].starts_with('.') {
        return Some((at + first.len_utf8() + 1, Shape::Initial));
    }
    if bare_initial(rest) {
        return Some((at + 1, Shape::Initial));
    }
    let end = at + word_len(rest);
    let word = &text[at..end];
    if first.is_uppercase() && end > at + first.len_utf8() {
        return Some((end, Shape::Capitalised));
    }
    if let Some((particle, tail)) = word.split_once('-')
        && PARTICLES.contains(&particle)
        && tail.starts_with(char::is_uppercase)
    {
        return Some((end, Shape::Capitalised));
    }
    PARTICLES.contains(&word).then_some((end, Shape::Particle))
}

/// The length of the word at the start of `rest`: letters, and a hyphen or
/// apostrophe between letters, except the apostrophe of a possessive.
fn word_len(rest: &str) -> usize {
    // ASCII letters first: most words have no other, and end in a space.
    let ascii = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    if matches!(
        rest.as_bytes().get(ascii),
        None | Some(b' ' | b',' | b'.' | b')' | b';' | b':')
    ) {
        return ascii;
    }
    word_len_by_char(rest)
}

/// [`word_len`], read one char at a time.
fn word_len_by_char(rest: &str) -> usize {
    let mut end = 0;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let joins =
            (is_hyphen(c) || matches!(c, '\'' | '’')) && next.is_some_and(char::is_alphabetic);
        let possessive = matches!(c, '\'' | '’')
            && matches!(next, Some('s'))
            && !rest[i + c.len_utf8() + 1..].starts_with(char::is_alphabetic);
        if !(c.is_alphabetic() || (joins && !possessive)) {
            break;
        }
        end = i + c.len_utf8();
    }
    end
}

/// Last words of places' and things' names that people also bear as
/// surnames, so that `place_words.txt` leaves them out (`Park`, `Hill`):
/// only a name with no cue stops at them (`Martin Place`, `Elizabeth
/// Street`, `Diana Award`).
const PLACE_LAST_WORDS: &[&str] = &[
    "Arena", "Award", "Awards", "Bay", "Beach", "Castle", "Church", "College", "Cup", "Drive",
    "Hall", "Hill", "Hole", "Lake", "Lane", "Memorial", "Park", "Place", "Prize", "Street",
    "Tower", "Way",
];

/// Adverbs, prepositions and conjunctions that begin sentences, and so
/// stand before names at times (`Later Jane Doe left`, `Besides Jood SARL,
/// …`, `Alongside Doe, …`, `Where Tigri is remains unknown`).
pub(super) const SENTENCE_OPENERS: &[&str] = &[
    "Afterwards",
    "Alongside",
    "Also",
    "Although",
    "Amid",
    "Among",
    "Because",
    "Beside",
    "Besides",
    "Despite",
    "Earlier",
    "Finally",
    "Instead",
    "Later",
    "Meanwhile",
    "Now",
    "Once",
    "Previously",
    "Recently",
    "Separately",
    "Still",
    "Then",
    "Though",
    "Today",
    "Unless",
    "Unlike",
    "Until",
    "When",
    "Where",
    "Whether",
    "While",
    "Why",
    "Yesterday",
];

/// First words of places' names that begin no person's (`San Fernando
/// West`, `Port Louis`): the given name after one is the place's, and a
/// name with no cue that begins with one is a place (`Santa Clara`).
const PLACE_PREFIXES: &[&str] = &[
    "Cape", "Fort", "Lake", "Mount", "Port", "Puerto", "San", "Santa", "Santo", "São",
];

/// First words of places' names that begin people's names too (`Abu
/// Dhabi` and `Abu Mohammed al-Julani`, `Peace River`, `Saint Lucia`):
/// only a name with no cue that begins with one is a place.
const PLACE_OR_NAME_FIRST_WORDS: &[&str] = &["Abu", "Peace", "Saint"];

/// Whether `before` ends in a word of [`PLACE_PREFIXES`] and a space.
fn after_place_prefix(before: &str) -> bool {
    before
        .strip_suffix(' ')
        .is_some_and(|b| PLACE_PREFIXES.contains(&word_before(b, b.len())))
}

/// The word that ends at `end` (letters, hyphens, apostrophes and a full
/// stop), or "".
pub(super) fn word_before(text: &str, end: usize) -> &str {
    // ASCII first: most words have no other letters, and this runs before
    // most capitalised words.
    let bytes = text.as_bytes();
    let mut start = end;
    while start > 0 && matches!(bytes[start - 1], b'a'..=b'z' | b'A'..=b'Z' | b'-' | b'\'' | b'.') {
        start -= 1;
    }
    if start > 0 && !bytes[start - 1].is_ascii() {
        start = word_start_by_char(&text[..start]);
    }
    &text[start..end]
}

/// Where the word that ends `head` begins, read a character at a time.
fn word_start_by_char(head: &str) -> usize {
    head.char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic() || is_hyphen(c) || matches!(c, '\'' | '’' | '.'))
        .last()
        .map_or(head.len(), |(i, _)| i)
}

/// Whether `word` (capitalised) stands in `text` in lower case too, as a
/// whole word.
fn has_lower_case_use(text: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    whole_words(text, &lower).next().is_some()
}

/// The length of the hyphened given name `text` begins with, if it begins
/// with one: a capital, lower-case letters, a hyphen and lower-case
/// letters, then no letter (`Ju-min`, `Ching-te`; not `Cold-War` nor
/// `Jong-Un`, with a capital after the hyphen).
pub(super) fn hyphened_given_name(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let lower = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_lowercase())
            .count()
    };
    if !bytes.first()?.is_ascii_uppercase() {
        return None;
    }
    let head = 1 + lower(1);
    if head < 2 || bytes.get(head) != Some(&b'-') {
        return None;
    }
    let tail = lower(head + 1);
    let end = head + 1 + tail;
    let ends = text[end..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    (tail >= 2 && ends).then_some(end)
}

/// The run of letters at `at`.
fn first_word(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    // ASCII letters first: most words have no other.
    let bytes = rest.as_bytes();
    let mut ascii = 0;
    while bytes.get(ascii).is_some_and(u8::is_ascii_alphabetic) {
        ascii += 1;
    }
    if bytes.get(ascii).is_none_or(|b| b.is_ascii()) {
        return &rest[..ascii];
    }
    let len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    &rest[..len]
}

/// Whether `after` begins with a US lawmaker's party and state, as news
/// writes them after the name (`, R-Texas`, ` (D-Calif.)`, ` (I-VT)`).
fn party_and_state(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix(" ("))
    else {
        return false;
    };
    let mut chars = rest.chars();
    matches!(chars.next(), Some('R' | 'D' | 'I'))
        && chars.next() == Some('-')
        && chars.next().is_some_and(|c| c.is_ascii_uppercase())
}

/// What follows a possessive at the start of `text` (`'s office` →
/// `office`), if one is there.
pub(super) fn possessive_after(text: &str) -> Option<&str> {
    POSSESSIVES.iter().find_map(|p| text.strip_prefix(p))
}

/// Calls `f` where a capitalised word may begin: at the start and after a
/// space, a line break or an opening bracket, on an ASCII capital or the
/// first byte of a letter outside ASCII. Every byte of every document
/// passes through here, so the text is read eight bytes at a time (see
/// [`swar`]). The tests are loose, to be cheap (any control byte or any of
/// `!"#$%&'` counts as a space, any of `@[\]^_` and 0xC0–0xC2 as a
/// capital); the few extra places they let through are checked one by one.
fn for_each_word_start(text: &str, mut f: impl FnMut(usize)) {
    let bytes = text.as_bytes();
    let exact = |at: usize| {
        let c = bytes[at];
        (c.is_ascii_uppercase() || c >= 0xC3)
            && (at == 0 || matches!(bytes[at - 1], b' ' | b'\n' | b'('))
    };
    // The start of the text counts as a space before its first byte.
    let mut carry = 0x80;
    let mut from = 0;
    while let Some(word) = swar::load(bytes, from) {
        // A bracket too: `three deputies (Jane Doe, John Roe and …)`.
        let space = swar::at_most_bracket(word);
        let starts = ((space << 8) | carry) & swar::may_be_capital(word);
        carry = space >> 56;
        swar::offsets(starts)
            .map(|k| from + k)
            .filter(|&at| exact(at))
            .for_each(&mut f);
        from += 8;
    }
    (from..bytes.len()).filter(|&at| exact(at)).for_each(f);
}

/// The length of the words of ASCII letters that `rest` begins with
/// before ` of `, ` at `, ` for `, ` and `, ` in ` or ` to `
/// (`spokesperson of`, `CEO and`, `Chief Executive Officer and`, `State
/// Secretary of`, `Principal Secretary in`, `Secretary to`): one word,
/// or up to three capitalised ones, a role held in something if its last
/// word is a title, which the caller checks.
fn role_of_after(rest: &[u8]) -> Option<usize> {
    const MAX_ROLE_WORDS: usize = 3;
    let mut end = 0;
    for words in 1..=MAX_ROLE_WORDS {
        let word = rest[end..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        if word == 0 || (words > 1 && !rest[end].is_ascii_uppercase()) {
            return None;
        }
        end += word;
        let after = &rest[end..];
        let joined = [&b" of "[..], b" at ", b" for ", b" and ", b" in ", b" to "]
            .iter()
            .any(|j| after.starts_with(j));
        if joined {
            return Some(end);
        }
        if !rest[0].is_ascii_uppercase() || !after.starts_with(b" ") {
            return None;
        }
        end += 1;
    }
    None
}

/// The length of an age and the space after it at the start of `rest`
/// (`44-year-old `).
fn age_before(rest: &str) -> Option<usize> {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest[digits..].strip_prefix("-year-old ")?;
    (1..=3)
        .contains(&digits)
        .then_some(rest.len() - after.len())
}

/// Whether, after the capitalised words from `at` (four at most), a
/// comma and an article or a word in lower case follow (`Saurabh
/// Bharadwaj, a`, `Regie Tongol, spokesperson`).
fn apposition_after_capitals(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    // Four words are seldom longer than this: no comma, no apposition.
    let near = &bytes[at..bytes.len().min(at + 48)];
    if memchr::memchr(b',', near).is_none() {
        return false;
    }
    let mut i = at;
    for _ in 0..MAX_WORDS {
        while i < bytes.len() && !matches!(bytes[i], b' ' | b',') {
            i += 1;
        }
        let rest = &bytes[i..];
        // A comma, a word in lower case and `of` may begin a role held in
        // something (`, spokesperson of`), which the caller checks.
        let role_of = rest
            .strip_prefix(b", ")
            .is_some_and(|r| role_of_after(r).is_some());
        if role_of || after_apposition_article(&text[i..]).is_some() {
            return true;
        }
        // The next word goes on the run if it may continue a name (a
        // capital, a letter outside ASCII, which `name_at` checks, or a
        // particle: `Bosco da Costa Junior, President and CEO`).
        match rest {
            [b' ', ..] if may_continue_name(text, i + 1) => i += 1,
            _ => return false,
        }
    }
    false
}

/// Middle names that only people bear, and that many South Asian names
/// have (`Tarvinder Singh Marwah`, `Anil Kumar Sharma`, `Harjit Kaur
/// Dhillon`): whatever the given name before, such a name is a person's.
const PERSON_MIDDLES: [&str; 3] = ["Kaur", "Kumar", "Singh"];

/// Whether the word after the first word of a name (which ends at `end`)
/// is one of [`PERSON_MIDDLES`] and a capitalised word follows it.
fn person_by_middle_name(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    PERSON_MIDDLES.iter().any(|m| {
        rest.strip_prefix(m)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
    })
}

/// Whether a word that may continue a name begins at `at`: a capital, a
/// letter outside ASCII or a particle.
fn may_continue_name(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        Some(b) if b.is_ascii_uppercase() || *b >= 0xC3 => true,
        // A nickname (`Denys "Redis" Prokopenko`).
        Some(b'"' | b'\'') => quoted_name_at(text, at).is_some(),
        Some(b'a' | b'b' | b'd' | b'e' | b'i' | b'l' | b'v') => {
            // Most such words are `and`, `by`, `in`: the particles are few.
            let len = text.as_bytes()[at..]
                .iter()
                .take_while(|b| b.is_ascii_lowercase())
                .count();
            PARTICLES.contains(&&text[at..at + len]) && name_word(text, at).is_some()
        }
        _ => false,
    }
}

fn spaces_after(text: &str, at: usize) -> usize {
    text[at..].bytes().take_while(|&b| b == b' ').count()
}

fn spaces_before(text: &str, at: usize) -> usize {
    text[..at].bytes().rev().take_while(|&b| b == b' ').count()
}

/// Something that covers a span of the text.
pub(super) trait Covers {
    fn start(&self) -> usize;
    fn end(&self) -> usize;
}

impl Covers for Range<usize> {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
}

impl Covers for Mention {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
}

/// The mention of the sorted `mentions` that ends at `end`, if one does
/// (mentions do not overlap, so they are sorted by end as by start).
pub(super) fn mention_ending(mentions: &[Mention], end: usize) -> Option<&Mention> {
    let i = mentions.partition_point(|m| m.end < end);
    mentions.get(i).filter(|m| m.end == end)
}

/// The mention of the sorted `mentions` that starts at `start`, if one
/// does.
pub(super) fn mention_starting(mentions: &[Mention], start: usize) -> Option<&Mention> {
    let i = mentions.partition_point(|m| m.start < start);
    mentions.get(i).filter(|m| m.start == start)
}

/// Whether `span` overlaps one of the sorted, disjoint `taken` spans.
pub(super) fn overlaps(taken: &[impl Covers], span: &Range<usize>) -> bool {
    let i = taken.partition_point(|t| t.end() <= span.start);
    taken.get(i).is_some_and(|t| t.start() < span.end)
}

/// Inserts `span` into the sorted `taken`.
pub(super) fn insert(taken: &mut Vec<Range<usize>>, span: Range<usize>) {
    let i = taken.partition_point(|t| t.start < span.start);
    taken.insert(i, span);
}

/// Records `name` as `person`'s in `names`, or as no one's once two
/// people have it.
fn claim(names: &mut BTreeMap<String, Option<usize>>, name: String, person: usize) {
    let owner = names.entry(name).or_insert(Some(person));
    if *owner != Some(person) {
        *owner = None;
    }
}

/// The unlisted people of one document, by name.
#[derive(Default)]
struct People {
    entities: Vec<Entity>,
    by_id: BTreeMap<String, usize>,
    /// Each name as found, and whose.
    surfaces: BTreeMap<String, usize>,
    /// Each surname as found, and everyone who bears it, in the order
    /// met.
    surnames: BTreeMap<String, Vec<usize>>,
    /// Each given name as found, and whose: none when two share it.
    given_names: BTreeMap<String, Option<usize>>,
    /// The two surnames that end people's names, and whose: none when two
    /// share them (`Archivaldo Ivan Guzman Salazar and Jesus Alfredo Guzman
    /// Salazar`; see [`Matcher::two_surnames`]).
    two_surnames: BTreeMap<String, Option<usize>>,
}

impl People {
    /// Whether `surface` is one word, the surname of two people or more
    /// met before (`Anna Kim … Olha Kim … Mr Kim`): no one in particular.
    fn shares_surname(&self, surface: &str) -> bool {
        !surface.contains(' ') && self.surnames.get(surface).is_some_and(|b| b.len() > 1)
    }

    /// The person named `surface`, added if new; returns its index.
    fn add(&mut self, surface: &str) -> usize {
        // A name met before is that person, with nothing more to record;
        // so is one person's surname alone (`John Xanderby … Mr Xanderby`).
        if let Some(&person) = self.surfaces.get(surface) {
            return person;
        }
        if !surface.contains(' ')
            && let Some(&[person]) = self.surnames.get(surface).map(Vec::as_slice)
        {
            return person;
        }
        // Nor is a nickname (`Denys "Redis" Prokopenko`).
        let plain = without_quoted_name(surface);
        let name = canonical(&plain);
        // Leading initials are not always written: they are no part of the
        // id, and the name without them is the same person.
        let bare = without_initials(&plain);
        // `Mark Walter` and `Mark Richard Walter` in one story are one
        // person: each name's first and last word are one of its surfaces,
        // so the other form finds it, here and in `again`.
        let short = first_and_last(bare);
        let person = match self.surfaces.get(&short) {
            Some(&person) => person,
            None => {
                let id = format!("{UNLISTED_PREFIX}{}", slug(&canonical(bare)));
                self.entity(id, |id| {
                    let surname = name.rsplit(' ').next().unwrap_or(&name).to_string();
                    let mut person = unlisted_entity(id, name, EntityType::Person, PERSON_NOTE);
                    person.context_aliases = vec![surname];
                    person
                })
            }
        };
        self.surfaces.insert(short, person);
        self.surfaces.insert(surface.to_string(), person);
        self.surfaces.insert(bare.to_string(), person);
        let surname = surface.rsplit(' ').next().unwrap_or(surface);
        // News drops the article after the first mention (`Nouruddin
        // al-Baba … Baba said`).
        let bare_surname = without_arabic_article(surname).map(str::to_string);
        for form in [surname.to_string(), canonical(surname)]
            .into_iter()
            .chain(bare_surname)
        {
            let bearers = self.surnames.entry(form).or_default();
            if !bearers.contains(&person) {
                bearers.push(person);
            }
        }
        if let Some((given, _)) = bare.split_once(' ') {
            claim(&mut self.given_names, given.to_string(), person);
        }
        person
    }

    /// The organisation named `name`, added if new; returns its index.
    fn add_org(&mut self, name: &str) -> usize {
        let id = format!("{UNLISTED_PREFIX}{}", slug(name));
        self.entity(id, |id| {
            unlisted_entity(id, name.to_string(), EntityType::Organization, ORG_NOTE)
        })
    }

    /// The organisation named `surface` as written (`First Brands Group`,
    /// `the drone maker Skyeton`), added if new; returns its index. With
    /// `again`, the name counts wherever else the document writes it, and
    /// so does a company's name without the word that ends it when two
    /// words or more are left (`First Brands`, not `Adani` for `Adani
    /// Group`).
    fn add_named_org(&mut self, surface: &str, again: bool) -> usize {
        let org = self.add_org(surface);
        if !again {
            return org;
        }
        self.surfaces.entry(surface.to_string()).or_insert(org);
        if let Some((short, last)) = surface.rsplit_once(' ')
            && COMPANY_ENDS.contains(&last.trim_end_matches('.'))
            && short.contains(' ')
        {
            self.surfaces.entry(short.to_string()).or_insert(org);
        }
        org
    }

    /// The index of the entity `id`, made by `make` if it is new.
    fn entity(&mut self, id: String, make: impl FnOnce(String) -> Entity) -> usize {
        let next = self.entities.len();
        let index = *self.by_id.entry(id.clone()).or_insert(next);
        if index == next {
            self.entities.push(make(id));
        }
        index
    }
}

/// The mention of `taken` whose possessive comes right before `start`
/// (`CNN's`), if one does.
fn possessive_before<'m>(text: &str, start: usize, taken: &'m [Mention]) -> Option<&'m Mention> {
    let before = &text[..start];
    let owner = POSSESSIVES.iter().find_map(|p| before.strip_suffix(p))?;
    mention_ending(taken, owner.len())
}

/// The name of the company the document also names with a word of
/// [`COMPANY_ENDS`] after `surface` (`First Brands Group` for `First
/// Brands`, whichever comes first), or `surface`.
fn fuller_name<'t>(text: &'t str, orgs: &[Range<usize>], surface: &'t str) -> &'t str {
    orgs.iter()
        .map(|org| &text[org.clone()])
        .find(|name| {
            name.rsplit_once(' ')
                .is_some_and(|(short, last)| short == surface && COMPANY_ENDS.contains(&last))
        })
        .unwrap_or(surface)
}

/// Words that end companies' names and that news leaves out once it has
/// named the company in full (`First Brands Group`, then `First Brands`).
const COMPANY_ENDS: &[&str] = &[
    "AG",
    "Co",
    "Corp",
    "Corporation",
    "Group",
    "Holdings",
    "Inc",
    "LLC",
    "Ltd",
    "PLC",
    "Plc",
];

/// Words of a place or a body joined to what they say of the name after
/// them (`Paris-based Jane Doe`, `Kremlin-backed`): no part of a name.
const SAYS_OF_A_NAME: &[&str] = &["-based", "-backed", "-born", "-led", "-owned", "–based"];

/// Whether `word` ends in one of [`SAYS_OF_A_NAME`].
fn says_of_a_name(word: &str) -> bool {
    SAYS_OF_A_NAME.iter().any(|s| word.ends_with(s))
}

/// Whether `before` ends in a name, a comma and `of`: what follows is the
/// body the person named belongs to (`Claudio Alpízar, of Esperanza
/// Nacional, warned`), not another person (`the killing, of Valeria
/// Marquez`).
fn affiliation_after_name(before: &str) -> bool {
    before
        .strip_suffix(", of ")
        .is_some_and(|head| word_before(head, head.len()).starts_with(char::is_uppercase))
}

/// Whether every word of `name` is a short word in capitals (`HD HHI`,
/// a shipbuilder's initials after its group's): acronyms, unlike the
/// names bylines write in capitals (`KIM JISUN`, `KO YONG-CHUL`).
fn acronyms_only(name: &str) -> bool {
    name.split(' ')
        .all(|w| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Whether `before` ends in `the`: news writes a team or a place after
/// it (`the Orlando Magic`, `the Hornets`), a person's name after a role
/// or nothing.
fn after_the(before: &str) -> bool {
    before.ends_with("the ") || before.ends_with("The ")
}

/// Where the run of capitalised words from `at` ends (`Twanisha Terry` of
/// `Twanisha Terry, Kayla White`): a cheap guess at a name's end, which
/// [`Matcher::name_at`] reads exactly.
pub(super) fn capitalised_run_end(text: &str, at: usize) -> usize {
    let mut end = at;
    loop {
        end += word_len(&text[end..]);
        match text[end..].strip_prefix(' ') {
            Some(next) if next.starts_with(char::is_uppercase) => end += 1,
            _ => return end,
        }
    }
}

/// Whether a capitalised word, a title or not, comes right after `end`
/// (`Union Law` in `Union Law Minister`): a name that a capital follows
/// is part of a longer run.
pub(super) fn capital_follows(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(' ')
        .is_some_and(|t| t.starts_with(char::is_uppercase))
}

/// Whether `word` is two letters or more, all capitals (`FZC`, `VP`).
pub(super) fn in_capitals(word: &str) -> bool {
    word.len() > 1 && word.chars().all(char::is_uppercase)
}

/// Capitalised words that begin sentences and no names (`Its Secretary-General`).
const PRONOUNS: &[&str] = &[
    "Her", "His", "Its", "Our", "Their", "These", "This", "Those",
];

/// Words for kin that news writes before a relative's given name alone
/// (`his son Nathan`, `her brother, Kevin,`).
const KIN: &[&str] = &[
    "aunt",
    "brother",
    "cousin",
    "daughter",
    "father",
    "granddaughter",
    "grandfather",
    "grandmother",
    "grandson",
    "husband",
    "mother",
    "nephew",
    "niece",
    "sister",
    "son",
    "stepdaughter",
    "stepson",
    "uncle",
    "widow",
    "wife",
];

/// Whether `before` ends in a word for kin, a space or a comma and a
/// space, with a possessive no more than two words before it (`his son `,
/// `the spy's daughter `, `his 13-year-old son `, `His father, `): a given
/// name alone after it is the relative's.
fn after_kin(before: &str) -> bool {
    let head = before.strip_suffix(' ').unwrap_or(before);
    let head = head.strip_suffix(',').unwrap_or(head);
    let kin = word_before(head, head.len());
    if !KIN.contains(&kin) {
        return false;
    }
    let mut rest = &head[..head.len() - kin.len()];
    for _ in 0..3 {
        let Some(inner) = rest.strip_suffix(' ') else {
            return false;
        };
        let word = inner.rsplit(' ').next().unwrap_or(inner);
        let possessive = matches!(
            word,
            "his" | "His" | "her" | "Her" | "their" | "Their" | "whose"
        ) || word.ends_with("'s")
            || word.ends_with("’s");
        if possessive {
            return true;
        }
        rest = &inner[..inner.len() - word.len()];
    }
    false
}

/// Whether `after`, what follows a word, ends it as a name: no letter, digit,
/// apostrophe other than a possessive's, or hyphen goes on from it
/// (`Nathan,`, `Nathan's`, not `Nathan-led`).
fn whole_name_word(after: &str) -> bool {
    possessive_after(after).is_some()
        || !after.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
}

/// A name's first and last word (`Mark Walter` of `Mark Richard Walter`).
fn first_and_last(name: &str) -> String {
    let first = name.split(' ').next().unwrap_or(name);
    let last = name.rsplit(' ').next().unwrap_or(name);
    if first.len() == name.len() {
        return name.to_string();
    }
    format!("{first} {last}")
}

/// The descriptions of the people and organisations found in the text.
const PERSON_NOTE: &str = "not in the gazetteer: named where news names people";
const ORG_NOTE: &str = "not in the gazetteer: a name around a word that ends organisations' names";

fn unlisted_entity(id: String, name: String, kind: EntityType, note: &str) -> Entity {
    Entity {
        id,
        kind,
        name,
        aliases: Vec::new(),
        context_aliases: Vec::new(),
        country_aliases: Vec::new(),
        demonyms: Vec::new(),
        qid: None,
        meta: BTreeMap::from([("description".to_string(), note.to_string())]),
        origin: Origin {
            file: "(text)".into(),
            line: 0,
        },
    }
}

/// A name with its words in capitals written as names are (`Genya
/// SAVILOV` → `Genya Savilov`); Roman numerals stay (`Charles III`).
fn canonical(name: &str) -> String {
    // Most names have no word in capitals: copied as they are.
    if !name.split(' ').any(needs_recasing) {
        return name.to_string();
    }
    let word = |w: &str| {
        if !needs_recasing(w) {
            return w.to_string();
        }
        let mut chars = w.chars();
        let first = chars.next().map(String::from).unwrap_or_default();
        first + &chars.as_str().to_lowercase()
    };
    name.split(' ').map(word).collect::<Vec<_>>().join(" ")
}

/// Whether `word` is in capitals, three letters or more, and no Roman
/// numeral (`SAVILOV`, not `UN` or `III`), for [`canonical`].
fn needs_recasing(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = word.chars().all(|c| !c.is_lowercase());
    let roman = word.chars().all(|c| "IVXLCDM".contains(c));
    letters >= 3 && capitals && !roman
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::tests::{all_found, matcher_of_files};
    use crate::segment::segment;

    const GAZ: &str = "id\ttype\tname\taliases\tcontext_aliases\tdemonyms\n\
        afp\torganization\tAgence France-Presse\tAFP\t\t\n\
        tinubu\tperson\tBola Tinubu\tTinubu\t\t\n\
        kallas\tperson\tKaja Kallas\tKallas\t\t\n\
        biya\tperson\tPaul Biya\t\tBiya\t\n\
        jordan\tcountry\tJordan\t\t\tJordanian\n";

    fn matcher() -> Matcher {
        matcher_of_files(&[
            ("t.tsv", GAZ),
            ("given_names.txt", "Olha\nIvan\nJane\nJohn\nAnna\nJordan\n"),
            (
                "titles.txt",
                "Minister\nSecretary\nDefence\nPresident\nAir\nArmy\nMonday\nGov\nanalyst\ndeputy\ndirector\nminister\nspokesman\nwriter\n",
            ),
            ("place_words.txt", "Bridge\nSquare\nStadium\n"),
        ])
    }

    /// (surface, entity id, how) of the mentions of `text` the gazetteer
    /// does not hold.
    fn unlisted(m: &Matcher, text: &str) -> Vec<(String, String, Resolution)> {
        all_found(m, text)
            .into_iter()
            .filter(|f| f.id.starts_with(UNLISTED_PREFIX))
            .map(|f| (f.surface, f.id, f.how))
            .collect()
    }

    /// The unlisted mentions of `text` that a cue marks: all but names
    /// found by their given name alone.
    fn cued(m: &Matcher, text: &str) -> Vec<(String, String, Resolution)> {
        let mut found = unlisted(m, text);
        found.retain(|f| f.2 != Resolution::UnlistedGivenName);
        found
    }

    /// Asserts that the one unlisted mention of `text` is Olha Petrenko,
    /// found `how`.
    fn assert_only_petrenko(m: &Matcher, text: &str, how: Resolution) {
        let expected = [(
            "Olha Petrenko".to_string(),
            "unlisted:olha-petrenko".to_string(),
            how,
        )];
        assert_eq!(unlisted(m, text), expected, "{text}");
    }

    /// Asserts that each text of `found` names one person the gazetteer
    /// does not list, Olha Petrenko, found `how`, and that no cue marks
    /// anyone in each of `none` (a name may still be found by its given
    /// name alone).
    fn assert_cue(how: Resolution, found: &[&str], none: &[&str]) {
        let m = matcher();
        for text in found {
            assert_only_petrenko(&m, text, how);
        }
        for text in none {
            let got = cued(&m, text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    /// Asserts that no text of `texts` names anyone the gazetteer does
    /// not list.
    fn assert_no_one(m: &Matcher, texts: &[&str]) {
        for text in texts {
            let got = unlisted(m, text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    fn surfaces(m: &Matcher, text: &str) -> Vec<String> {
        unlisted(m, text).into_iter().map(|(s, _, _)| s).collect()
    }

    #[test]
    fn things_after_names_are_three_letters_at_most_for_the_quick_test() {
        assert!(THINGS_AFTER_NAMES.iter().all(|w| w.len() <= 3));
        assert!(THINGS_AFTER_NAMES.iter().all(|w| is_thing_after_name(w)));
    }

    #[test]
    fn a_continent_begins_no_name_though_a_given_name() {
        let m = matcher_of_files(&[("t.tsv", GAZ), ("given_names.txt", "Asia\nÁfrica\nOlha\n")]);
        assert_eq!(surfaces(&m, "He met Olha Zorba on Monday."), ["Olha Zorba"]);
        for text in [
            "He met Africa Zorba on Monday.",
            "He met Asia Zorba on Monday.",
        ] {
            assert_eq!(surfaces(&m, text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn letters_after_a_name_are_no_surname() {
        let m = matcher();
        for letters in ["MP", "OBE", "MHK", "MPP"] {
            let text = format!("The rules were clear, Olha Petrenko {letters} said on Monday.");
            assert_eq!(surfaces(&m, &text), ["Olha Petrenko"], "{text}");
        }
    }

    #[test]
    fn a_name_given_after_also_known_as_is_the_one_named_before_it() {
        let m = matcher();
        let text = "The council listed Al-Fateh Abdullah Idris, also known as \"Abu Lulu\", \
            and Gedo Hamdan Ahmed, also known as “Abu Nashuk”. Abu Lulu was filmed. \
            The EU listed Francis Kamanzi a.k.a Erasto, a board chief. \
            Bola Tinubu, aka Jagaban, spoke. Jagaban left.";
        let found: Vec<(String, String, Resolution)> = all_found(&m, text)
            .into_iter()
            .map(|f| (f.surface, f.id, f.how))
            .collect();
        let expected = [
            (
                "Al-Fateh Abdullah Idris",
                "unlisted:al-fateh-abdullah-idris",
            ),
            ("Abu Lulu", "unlisted:al-fateh-abdullah-idris"),
            ("Gedo Hamdan Ahmed", "unlisted:gedo-hamdan-ahmed"),
            ("Abu Nashuk", "unlisted:gedo-hamdan-ahmed"),
            ("Abu Lulu", "unlisted:al-fateh-abdullah-idris"),
            ("Francis Kamanzi", "unlisted:francis-kamanzi"),
            ("Erasto", "unlisted:francis-kamanzi"),
            ("Bola Tinubu", "tinubu"),
            ("Jagaban", "tinubu"),
            ("Jagaban", "tinubu"),
        ];
        let got: Vec<(&str, &str)> = found.iter().map(|f| (&*f.0, &*f.1)).collect();
        assert_eq!(got, expected);
        let how = |surface: &str| found.iter().find(|f| f.0 == surface).unwrap().2;
        assert_eq!(how("Gedo Hamdan Ahmed"), Resolution::UnlistedApposition);
        assert_eq!(how("Abu Nashuk"), Resolution::AlsoKnownAs);
        assert_eq!(how("Jagaban"), Resolution::AlsoKnownAs);
        // A title or a common word is no one's other name.
        let text = "Olha Petrenko, also known as Minister, left. The Minister spoke.";
        assert_eq!(surfaces(&m, text), ["Olha Petrenko"]);
        // Only a capitalised name before and after: no thing's other name.
        assert_no_one(
            &m,
            &[
                "The drug, also known as Ozempic, sold well.",
                "Xavo Ruskin, also known as the boss, left.",
            ],
        );
    }

    #[test]
    fn a_name_in_brackets_after_a_name_is_another_of_its_names() {
        let m = matcher();
        let text = "The Agence France-Presse (Agentstvo Fransa) filed it. \
            Bola Tinubu (Jagaban Borgu) spoke. Later Agentstvo Fransa and Jagaban Borgu left.";
        let found: Vec<(String, String, Resolution)> = all_found(&m, text)
            .into_iter()
            .map(|f| (f.surface, f.id, f.how))
            .collect();
        let got: Vec<(&str, &str)> = found.iter().map(|f| (&*f.0, &*f.1)).collect();
        assert_eq!(
            got,
            [
                ("Agence France-Presse", "afp"),
                ("Agentstvo Fransa", "afp"),
                ("Bola Tinubu", "tinubu"),
                ("Jagaban Borgu", "tinubu"),
                ("Agentstvo Fransa", "afp"),
                ("Jagaban Borgu", "tinubu"),
            ]
        );
        assert_eq!(found[1].2, Resolution::AlsoKnownAs);
        // A role, capitals alone, a bracket inside a longer name, or a
        // place: no other name.
        for text in [
            "Bola Tinubu (Minister) spoke.",
            "Bola Tinubu (APC) spoke.",
            "The Agence France-Presse (Agentstvo) Group spoke.",
            "Bola Tinubu (2023) spoke.",
        ] {
            let got = surfaces(&m, text);
            assert!(
                got.iter()
                    .all(|s| s.contains("Tinubu") || s.contains("France")),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_party_s_possessive_before_a_name_marks_a_person() {
        let gaz = "id\ttype\tname\taliases\tdescription\n\
            apc\torganization\tAll Progressives Congress\tAPC\tNigerian ruling party\n\
            ecb\torganization\tEuropean Central Bank\tECB\tcentral bank of the euro area\n";
        let m = matcher_of_files(&[("t.tsv", gaz)]);
        let text = "LASIEC declared the APC's Taiwo Oyekan chairman with 28,385 votes.";
        assert_eq!(surfaces(&m, text), ["Taiwo Oyekan"]);
        // Not after a body that is no party, with nothing said of people.
        let text = "Markets watched the ECB's Taiwo Oyekan chairman closely.";
        assert_eq!(surfaces(&m, text), Vec::<String>::new());
    }

    #[test]
    fn a_place_s_based_before_a_name_is_no_part_of_it() {
        let m = matcher();
        for text in [
            "The Kyiv-based Olha Petrenko said it would close.",
            "The Kremlin-backed Olha Petrenko said it would close.",
        ] {
            assert_only_petrenko(&m, text, Resolution::UnlistedNearVerb);
        }
    }

    #[test]
    fn a_name_after_a_title_is_a_person_and_its_surname_counts_after() {
        let m = matcher();
        let text = "Defence Minister Olha Petrenko's plan was backed. Petrenko said so.";
        assert_eq!(
            unlisted(&m, text),
            [
                (
                    "Olha Petrenko".into(),
                    "unlisted:olha-petrenko".into(),
                    Resolution::UnlistedAfterTitle
                ),
                (
                    "Petrenko".into(),
                    "unlisted:olha-petrenko".into(),
                    Resolution::UnlistedAgain
                ),
            ]
        );
    }

    #[test]
    fn alhaji_marks_a_person_as_dr_does() {
        let m = matcher();
        let text = "The dead include Alhaji Muniru Kwesi, and officials mourned.";
        assert_eq!(surfaces(&m, text), ["Muniru Kwesi"]);
    }

    #[test]
    fn a_conjunction_opening_the_sentence_leaves_the_surname_alone() {
        let m = matcher();
        let text = "Defence Minister Olha Petrenko's plan was backed. Where Petrenko is \
            remains unknown. While Petrenko waits, Kyiv Petrenko Fund spends.";
        let again: Vec<String> = unlisted(&m, text)
            .into_iter()
            .filter(|(_, _, how)| *how == Resolution::UnlistedAgain)
            .map(|(surface, _, _)| surface)
            .collect();
        assert_eq!(again, ["Petrenko", "Petrenko"]);
    }

    #[test]
    fn roles_speech_and_apposition_mark_a_person() {
        let m = matcher();
        let cases = [
            (
                "The spokesman Ivan Horak denied it.",
                Resolution::UnlistedAfterTitle,
            ),
            (
                "It was over, Ivan Horak said.",
                Resolution::UnlistedNearVerb,
            ),
            (
                "It was over, according to Ivan Horak.",
                Resolution::UnlistedNearVerb,
            ),
            (
                "Ivan Horak announced the deal on Friday.",
                Resolution::UnlistedNearVerb,
            ),
            (
                "The talks were led by Ivan Horak for a week.",
                Resolution::UnlistedNearVerb,
            ),
            (
                "We spoke to Ivan Horak's office on Friday.",
                Resolution::UnlistedPossessive,
            ),
            (
                "We met Ivan Horak, a retired general.",
                Resolution::UnlistedApposition,
            ),
            (
                "We met Ivan Horak, former head of the unit.",
                Resolution::UnlistedApposition,
            ),
        ];
        for (text, how) in cases {
            let got = unlisted(&m, text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!((got[0].0.as_str(), got[0].2), ("Ivan Horak", how), "{text}");
        }
    }

    #[test]
    fn a_body_named_before_a_role_is_a_second_cue_for_an_unknown_given_name() {
        let m = matcher();
        let text = "The ruling of the AFP director Sacca Lafia came on Monday with few changes.";
        let id = "unlisted:sacca-lafia".to_string();
        assert_eq!(
            unlisted(&m, text),
            [("Sacca Lafia".into(), id, Resolution::UnlistedAfterTitle)]
        );
        // The body is a cue for a name whose words alone do not read as a
        // person's (see `reads_as_person`): with no body before the role,
        // a given name inside says the words before it describe someone.
        let text = "The ruling of the AFP director Sacca Jane Lafia came on Monday.";
        assert_eq!(surfaces(&m, text), ["Sacca Jane Lafia"]);
        let text = "The ruling of the new director Sacca Jane Lafia came on Monday.";
        assert_no_one(&m, &[text]);
    }

    #[test]
    fn portuguese_particles_are_words_of_a_name() {
        let m = matcher();
        for (text, name) in [
            (
                "The spokesman Anna das Dores Meira denied it.",
                "Anna das Dores Meira",
            ),
            (
                "The spokesman Ivan dos Santos denied it.",
                "Ivan dos Santos",
            ),
        ] {
            let found: Vec<_> = unlisted(&m, text).into_iter().map(|f| f.0).collect();
            assert_eq!(found, [name], "{text}");
        }
    }

    #[test]
    fn a_judge_s_title_justice_marks_a_name_as_a_person_s() {
        let m = crate::matcher::tests::shipped_matcher();
        let text = "The petition behind the ruling of Justice Chacha Mwita came from activists. \
            Justice Mwita found no legal ground for the directive.";
        let people: Vec<_> = unlisted(m, text).into_iter().map(|f| f.0).collect();
        assert_eq!(people, ["Chacha Mwita", "Mwita"], "{text}");
        // Bodies named with the word stay bodies.
        let text = "The Justice Ministry and the Justice Department said nothing.";
        assert!(unlisted(m, text).is_empty(), "{text}");
    }

    #[test]
    fn a_role_in_apposition_may_be_capitalised_or_held_in_a_body_by_its_acronym() {
        let m = crate::matcher::tests::shipped_matcher();
        for (text, name) in [
            (
                "It rained.\n\nGeis Tuinman, State Secretary of the military department, spoke.",
                "Geis Tuinman",
            ),
            (
                "It rained.\n\nAbdulraof Macacua, the interim BARMM Chief Minister, gave assurances.",
                "Abdulraof Macacua",
            ),
        ] {
            let found: Vec<_> = unlisted(m, text).into_iter().map(|f| f.0).collect();
            assert_eq!(found, [name], "{text}");
        }
        // Capitalised words that end in no title are no role.
        let text = "It rained.\n\nDorka Vanko, Green Lake Park of the city, was closed.";
        assert!(unlisted(m, text).is_empty(), "{text}");
    }

    #[test]
    fn a_vote_s_or_a_programme_s_name_is_no_person_s_after_a_rank() {
        let m = crate::matcher::tests::shipped_matcher();
        for text in [
            "The country votes on General Election Day, the commission said.",
            // Nor a programme's (`place_words.txt`).
            "It bids for the Next General Purpose Frigate Program, he said.",
        ] {
            let people: Vec<_> = unlisted(m, text).into_iter().map(|f| f.0).collect();
            assert!(people.is_empty(), "{text}: {people:?}");
        }
    }

    #[test]
    fn a_role_alone_marks_a_name_whose_words_read_as_a_persons() {
        let m = matcher();
        for text in [
            "Later the Minister Thammanat Phromphao joined the talks.",
            "The talks went on, and the spokesman Winthai Suvaree went home early.",
            // A chain of fathers' names: given names inside, and last.
            "Later the Minister Jedo Ivan John joined the talks.",
        ] {
            let found = cued(&m, text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].2, Resolution::UnlistedAfterTitle, "{text}");
        }
        // A word that ends places' names, or a date, makes it no person's.
        assert_no_one(
            &m,
            &[
                "Later the Minister Thammanat Square was closed to traffic.",
                "The talks went on, and the spokesman Winthai Suvaree Stadium was full.",
                "The talks went on, and the spokesman Winthai March came.",
            ],
        );
    }

    #[test]
    fn a_listed_name_with_its_words_swapped_is_the_person_the_story_names() {
        let m = matcher();
        let found = |text: &str| -> Vec<(String, String, Resolution)> {
            all_found(&m, text)
                .into_iter()
                .filter(|f| f.surface.contains(' '))
                .map(|f| (f.surface, f.id, f.how))
                .collect()
        };
        let text = "Paul Biya won. The council named its director Biya Paul, the winner.";
        assert_eq!(
            found(text),
            [
                ("Paul Biya".into(), "biya".into(), Resolution::Alias),
                ("Biya Paul".into(), "biya".into(), Resolution::SwappedName),
            ]
        );
        // Not when the story names no such person in the usual order.
        let text = "The council named its director Biya Paul, the winner.";
        assert!(
            found(text).iter().all(|f| f.1 != "biya"),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_title_of_two_words_is_a_second_cue_for_an_unknown_given_name() {
        let m = matcher();
        let id = "unlisted:thammanat-phromphao".to_string();
        let text = "Later Defence Minister Thammanat Phromphao joined the talks.";
        assert_eq!(
            unlisted(&m, text),
            [(
                "Thammanat Phromphao".into(),
                id,
                Resolution::UnlistedAfterTitle
            )],
            "{text}"
        );
        // A title of two words marks a name whose words alone do not read
        // as a person's (a given name inside); one word does not.
        let text = "Later Defence Minister Thammanat Jane Phromphao joined the talks.";
        assert_eq!(surfaces(&m, text), ["Thammanat Jane Phromphao"]);
        let text = "Later the Minister Thammanat Jane Phromphao joined the talks.";
        assert_no_one(&m, &[text]);
    }

    #[test]
    fn a_name_needs_a_cue_a_given_name_and_a_plain_sentence() {
        let m = matcher();
        // No title, verb or apposition: found by the given name alone. (Its
        // long words are all capitalised, but a full stop ends it: body
        // text, not a headline.)
        let text = "We met Ivan Horak in Kyiv.";
        let found = unlisted(&m, text);
        let id = "unlisted:ivan-horak".to_string();
        assert_eq!(
            found,
            [("Ivan Horak".into(), id, Resolution::UnlistedGivenName)],
            "{text}"
        );
        let none = [
            // A title word that begins a body's name.
            "The Air Force One plane landed.",
            // A headline.
            "Defence Minister Olha Petrenko Visits Troops On Front Line",
            // One word is no name.
            "Defence Minister Olha spoke.",
        ];
        assert_no_one(&m, &none);
    }

    #[test]
    fn a_name_whose_surname_the_story_uses_alone_is_a_person() {
        let m = matcher();
        let text = "Nestle removed Olha Petrenko in 2024. Petrenko had run the unit.";
        let found = unlisted(&m, text);
        let id = "unlisted:olha-petrenko".to_string();
        assert_eq!(
            found,
            [
                (
                    "Olha Petrenko".into(),
                    id.clone(),
                    Resolution::UnlistedBySurname
                ),
                ("Petrenko".into(), id.clone(), Resolution::UnlistedAgain),
            ]
        );
        // After a sentence's first word that is no name (`For`, `Later`):
        // the surname a second time.
        for first in ["For", "Later", "Alongside"] {
            let text = format!("{text} {first} Petrenko, the result was a loss.");
            let again = unlisted(&m, &text)
                .into_iter()
                .filter(|f| f.0 == "Petrenko" && f.2 == Resolution::UnlistedAgain)
                .count();
            assert_eq!(again, 2, "{text}");
        }
        let none = [
            // The surname only inside the name.
            "Nestle removed Olha Petrenko in June.",
            // After `the`, as teams are called.
            "Fans of Jordan Hornets cheered. The Hornets won.",
            // Part of another name.
            "Nestle removed Olha Petrenko in 2024. Petrenko Street is closed.",
            // A headline's surname.
            "Petrenko Out At Nestle\n\nNestle removed Olha Petrenko in June.",
            // Joined to another word by a hyphen.
            "Nestle removed Olha Petrenko in 2024. The Petrenko-Ivanov plan failed.",
        ];
        for text in none {
            let got = cued(&m, text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_given_name_after_a_place_s_first_word_is_the_place_s() {
        let m = matcher();
        // `West` alone in `East-West` is no surname either.
        let text = "The party took San Jane West and the East-West corridor seats. \
            West voted too.";
        assert_no_one(&m, &[text]);
        // Without `San`, the surname alone makes Jane West a person.
        let text = "The party took Jane West to the seats. West voted too.";
        assert_eq!(surfaces(&m, text), ["Jane West", "West"]);
    }

    #[test]
    fn against_begins_no_name() {
        let m = matcher();
        // `X, a deputy` cues a person by any first word.
        assert_no_one(
            &m,
            &["The Center Against Disinformation, a deputy body, said so."],
        );
    }

    #[test]
    fn words_of_the_lists_are_found_with_or_without_accents() {
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            ("given_names.txt", "Jérôme\nZoe\n"),
            ("titles.txt", "Député\n"),
        ]);
        for (text, name) in [
            ("It was over, said Jérôme Besse.", "Jérôme Besse"),
            ("It was over, said Zoë Besse.", "Zoë Besse"),
            ("It was over, said Jerome Besse.", "Jerome Besse"),
            // Every word list is looked up so: a title marks the name.
            (
                "It ended, and Député Jérôme Besse left the room.",
                "Jérôme Besse",
            ),
            (
                "It ended, and Depute Jérôme Besse left the room.",
                "Jérôme Besse",
            ),
        ] {
            assert_eq!(surfaces(&m, text), [name], "{text}");
        }
    }

    #[test]
    fn a_one_word_organisation_after_a_given_name_is_a_person_s_surname() {
        let gaz = "id\ttype\tname\n\
            gallup\torganization\tGallup\n\
            fcc\torganization\tFCC\n";
        let m = matcher_of_files(&[("t.tsv", gaz), ("given_names.txt", "Keith\nAn\n")]);
        let text = "Keith Gallup said the vote was close. Gallup said more.";
        let found = unlisted(&m, text);
        let id = "unlisted:keith-gallup".to_string();
        assert_eq!(
            found,
            [
                (
                    "Keith Gallup".into(),
                    id.clone(),
                    Resolution::UnlistedNearVerb
                ),
                ("Gallup".into(), id, Resolution::UnlistedAgain),
            ]
        );
        // With no such person, the organisation; `An` begins no name.
        for text in ["Later Gallup said more.", "An FCC spokesperson said so."] {
            let ids: Vec<String> = all_found(&m, text).into_iter().map(|f| f.id).collect();
            assert_eq!(ids.len(), 1, "{text}: {ids:?}");
            assert!(!ids[0].starts_with(UNLISTED_PREFIX), "{text}: {ids:?}");
        }
    }

    #[test]
    fn a_name_with_no_cue_is_a_person_by_its_given_name_unless_a_place_s_words_frame_it() {
        let m = matcher_of_files(&[("t.tsv", GAZ), ("given_names.txt", "Olha\nSanta\nAbu\n")]);
        let text = "Nestle removed Olha Petrenko in June, and Olha Petrenko left.";
        let found = unlisted(&m, text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found
                .iter()
                .all(|f| f.2 == Resolution::UnlistedGivenName && f.1 == "unlisted:olha-petrenko"),
            "{found:?}"
        );
        // `By` and other words that begin no name may stand before it, and
        // an adverb that begins the sentence.
        for text in [
            "The fund was set up By Olha Petrenko in June.",
            "The fund grew. Later Olha Petrenko left it.",
        ] {
            let found = unlisted(&m, text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
        }
        // A place's name is no one's, whatever its first word.
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            ("given_names.txt", "Hong\n"),
            ("places.txt", "jordan\tHong Kong\n"),
        ]);
        assert_no_one(&m, &["Firms in Hong Kong said they would pay in June."]);
        let m = matcher_of_files(&[("t.tsv", GAZ), ("given_names.txt", "Olha\nSanta\nAbu\n")]);
        // A suffix is a person's, and part of the mention.
        let found = unlisted(&m, "The fund of Olha Petrenko Jr. closed in June.");
        assert_eq!(found[0].0, "Olha Petrenko Jr.", "{found:?}");
        assert_no_one(
            &m,
            &[
                // Inside a longer name.
                "The ships left Los Olha Petrenko in June.",
                // After `the`, as teams and firms are named.
                "The Olha Petrenko won in June.",
                // A word that ends places'.
                "The office on Olha Petrenko Street closed in June.",
                // A number before it (`3 Min Read`).
                "The page said 3 Olha Petrenko at the top.",
                // A word that begins places'.
                "The flights to Santa Petrenko and Abu Petrenko resumed in June.",
            ],
        );
    }

    #[test]
    fn a_name_with_and_without_its_middle_name_is_one_person() {
        let m = matcher();
        let text = "The club went to Anna Kose, a banker. Anna Maria Kose, who is 60, said so.";
        let ids: Vec<String> = unlisted(&m, text)
            .into_iter()
            .map(|(_, id, _)| id)
            .collect();
        assert_eq!(ids, ["unlisted:anna-kose", "unlisted:anna-kose"]);
        // Another given name is another person.
        let text = "Anna Kose, a banker, met Ivan Kose, a lawyer.";
        let ids: Vec<String> = unlisted(&m, text)
            .into_iter()
            .map(|(_, id, _)| id)
            .collect();
        assert_eq!(ids, ["unlisted:anna-kose", "unlisted:ivan-kose"]);
    }

    #[test]
    fn every_verb_after_a_name_is_a_space_and_a_lower_case_word() {
        // `cue_after` looks at the verbs only after such a start.
        for verb in SPEECH_AFTER {
            let bytes = verb.as_bytes();
            assert!(
                bytes[0] == b' ' && bytes[1].is_ascii_lowercase(),
                "{verb:?}"
            );
        }
    }

    #[test]
    fn what_only_people_do_marks_a_person() {
        assert_cue(
            Resolution::UnlistedNearVerb,
            &[
                "Olha Petrenko resigned on Monday.",
                "Olha Petrenko was arrested at home.",
                "Olha Petrenko reported that 11 people were hurt.",
                "Markets fell, writes Olha Petrenko.",
            ],
            &["Olha Petrenko was in the news.", "Olha Petrenko reports."],
        );
    }

    #[test]
    fn two_surnames_name_the_person_again_but_a_given_name_and_a_surname_do_not() {
        let m = matcher();
        let text = "The prison was run by Olha Marta Sanchez Petrenko, a deputy minister. \
            Later Sanchez Petrenko denied it.";
        let found = unlisted(&m, text);
        let id = "unlisted:olha-marta-sanchez-petrenko";
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.0.as_str(), f.1.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Olha Marta Sanchez Petrenko", id),
                ("Sanchez Petrenko", id)
            ],
            "{text}"
        );
        // With the initials before them; not after another capitalised
        // word, where they end someone else's name.
        let text = "The prison was run by Olha Marta Sanchez Petrenko, a deputy minister. \
            O. Sanchez Petrenko denied it, as did Vasco Sanchez Petrenko.";
        let found = unlisted(&m, text);
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.0.as_str(), f.1.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Olha Marta Sanchez Petrenko", id),
                ("O. Sanchez Petrenko", id)
            ],
            "{text}"
        );
        // `Ivan` is a given name: `Ivan Petrenko` is someone else.
        let text = "The prison was run by Olha Ivan Petrenko, a deputy minister. \
            Later Ivan Petrenko denied it.";
        let found = unlisted(&m, text);
        assert!(
            found
                .iter()
                .all(|f| f.0 != "Ivan Petrenko" || f.1 != "unlisted:olha-ivan-petrenko"),
            "{found:?}"
        );
    }

    #[test]
    fn a_country_s_name_that_is_a_first_name_begins_a_cued_name() {
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            ("given_names.txt", "Olha\n"),
            ("titles.txt", "writer\n"),
            ("first_names.txt", "Jordan\n"),
            ("common_words.txt", "jordan\n"),
        ]);
        for (text, how) in [
            (
                "The boat was hit. Jordan Whitlock, a Jordanian writer, was aboard.",
                Resolution::UnlistedApposition,
            ),
            (
                "The boat was hit. Jordan Whitlock said he was aboard.",
                Resolution::UnlistedNearVerb,
            ),
        ] {
            let found = unlisted(&m, text);
            let got: Vec<(&str, Resolution)> = found.iter().map(|f| (f.0.as_str(), f.2)).collect();
            assert_eq!(got, [("Jordan Whitlock", how)], "{text}");
        }
        // No cue: a team, a school or a country before a name.
        for text in [
            "Fans of Jordan Hornets cheered on Monday.",
            "The boat was hit. Jordan Whitlock and Olha were aboard.",
        ] {
            assert!(unlisted(&m, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn given_names_are_the_list_and_people_s_first_words_but_no_title_word_or_place() {
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            ("given_names.txt", "Olha\nJordan\nPresident\nEl\nGrace\n"),
            ("titles.txt", "President\n"),
            ("common_words.txt", "grace\n"),
        ]);
        let given = |w: &str| m.name_word_kind(w).given;
        assert!(given("Olha") && given("Bola") && given("Kaja"));
        assert!(!given("Jordan"), "a country's name");
        assert!(!given("President"), "a title");
        assert!(!given("El"), "a particle");
        assert!(!given("Grace"), "a common word");
    }

    #[test]
    fn a_name_that_runs_into_a_listed_name_is_no_new_person() {
        let m = matcher();
        assert!(surfaces(&m, "President Bola Ahmed Tinubu spoke.").is_empty());
        assert!(surfaces(&m, "Minister Kaja Kallas spoke.").is_empty());
    }

    #[test]
    fn credits_name_photographers_next_to_an_agency() {
        let m = matcher();
        let text = "Troops at the front. (Photo: Genya SAVILOV/AFP)\n\n\
            A pool picture. Presidential Press Service/AFP\n\n\
            AFP / Olha Petrenko\n\n\
            A pool picture. Presidential Press Office/AFP\n\n\
            The square at night. Czarek Sokolowski/AFP\n\n\
            The square by day. Pool Photo/AFP\n\n\
            The crowd. (AFP Photo/Olha Horak)\n\n\
            The vote. Kim Kyung-Hoon/Pool/AFP\n\n\
            The leaders. (Photo: Piroschka van de Wouw/ AFP)";
        let got = unlisted(&m, text);
        let ids: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(
            ids,
            [
                "unlisted:genya-savilov",
                "unlisted:olha-petrenko",
                "unlisted:czarek-sokolowski",
                "unlisted:olha-horak",
                "unlisted:kim-kyung-hoon",
                "unlisted:piroschka-van-de-wouw"
            ]
        );
        assert!(got.iter().all(|g| g.2 == Resolution::UnlistedInCredit));
        let found = m.find_all(text, &segment(text));
        assert_eq!(found.unlisted[0].name, "Genya Savilov");
        // Two photographers before the agency, and a bar for a slash.
        let text = "The war went on.\n\nTomas Brenner and Pavel Horak/AFP\n\nLauren Decicca | AFP";
        assert_eq!(
            surfaces(&m, text),
            ["Tomas Brenner", "Pavel Horak", "Lauren Decicca"]
        );
    }

    #[test]
    fn a_middle_name_only_people_bear_makes_a_person() {
        let m = matcher();
        let text = "Tarvinder Singh Marwah won the seat, and Harjit Kaur Dhillon said so.";
        assert_eq!(
            surfaces(&m, text),
            ["Tarvinder Singh Marwah", "Harjit Kaur Dhillon"]
        );
        // Without such a middle name, or without a word after it: none.
        let text = "Tarvinder Marwah won the seat. Residents of Kumar Nagar complained.";
        assert!(surfaces(&m, text).is_empty(), "{:?}", surfaces(&m, text));
        assert!(surfaces(&m, "Manmohan Singh won the seat.").is_empty());
    }

    #[test]
    fn a_demonym_that_is_a_given_name_leaves_the_body_after_it() {
        let m = matcher_of_files(&[
            (
                "t.tsv",
                "id\ttype\tname\taliases\tcontext_aliases\tdemonyms\n\
                 germany\tcountry\tGermany\t\t\tGerman\n\
                 bundeswehr\torganization\tBundeswehr\t\t\t\n\
                 gallup\torganization\tGallup\t\t\t\n",
            ),
            // Spanish `Germán` folds to the demonym.
            ("given_names.txt", "Germán\nKeith\n"),
        ]);
        let ids =
            |text: &str| -> Vec<String> { all_found(&m, text).into_iter().map(|f| f.id).collect() };
        assert_eq!(
            ids("It will supply the German Bundeswehr with more."),
            ["germany", "bundeswehr"]
        );
        // A given name that is no demonym still makes the word a surname.
        assert!(!ids("Keith Gallup said so.").contains(&"gallup".to_string()));
    }

    #[test]
    fn a_listed_name_after_bin_is_the_father_s() {
        let m = matcher();
        // `Bola Tinubu` is listed; here he is only the father.
        let text = "The talks went on, said Olha bin Bola Tinubu on Monday.";
        let found: Vec<_> = all_found(&m, text).into_iter().map(|f| f.surface).collect();
        assert_eq!(found, ["Olha bin Bola Tinubu"]);
        // Without a capitalised word before `bin`, the name is his.
        let text = "The talks went on, said bin Bola Tinubu on Monday.";
        let found: Vec<_> = all_found(&m, text).into_iter().map(|f| f.id).collect();
        assert_eq!(found, ["tinubu"]);
    }

    #[test]
    fn a_role_of_a_body_before_a_comma_marks_the_name_after_it() {
        let m = matcher();
        let found =
            |text: &str| -> Vec<String> { unlisted(&m, text).into_iter().map(|g| g.0).collect() };
        // The first word is no given name: the role, and the comma that
        // closes the apposition before `said`.
        let text = "The director of the CEC, Tynchtyk Shaynazarov, said the count was over.";
        assert_eq!(found(text), ["Tynchtyk Shaynazarov"]);
        let text = "The director of the election commission, Prosper Ntahorwamiye, said so.";
        assert_eq!(found(text), ["Prosper Ntahorwamiye"]);
        // No role before `of`, a body of `and`, or no verb after the comma.
        for text in [
            "In the west of the country, Tynchtyk Shaynazarov, said the count was over.",
            "The director of the CEC and the board, Tynchtyk Shaynazarov, said so.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_role_that_begins_a_sentence_is_no_part_of_the_name_after_it() {
        // `Coach` begins a listed person's name, so a name may begin with
        // it: not when it is the role of the name that follows.
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            ("given_names.txt", "Coach\nOlha\n"),
            ("titles.txt", "coach\n"),
        ]);
        let text = "Coach Olha Bouna Petrenko is banned for five matches. \
            Petrenko will appeal.";
        let found: Vec<String> = unlisted(&m, text).into_iter().map(|g| g.0).collect();
        assert_eq!(found, ["Olha Bouna Petrenko", "Petrenko"]);
    }

    #[test]
    fn an_honorific_alone_marks_a_name_after_it() {
        let m = matcher();
        for text in [
            "In the capital on Monday, Dr. Tynchtyk Orutaev opened a briefing.",
            "In the capital on Monday, Mr Tynchtyk Orutaev opened a briefing.",
            "In the capital on Monday, Prof. Tynchtyk Orutaev opened a briefing.",
        ] {
            let found: Vec<String> = cued(&m, text).into_iter().map(|g| g.0).collect();
            assert_eq!(found, ["Tynchtyk Orutaev"], "{text}");
        }
        // A role that is no honorific marks a name whose words read as a
        // person's, but not a place's.
        let text = "In the capital on Monday, Minister Tynchtyk Orutaev opened a briefing.";
        assert_eq!(cued(&m, text).len(), 1);
        let text = "In the capital on Monday, Minister Tynchtyk Orutaev Square opened.";
        assert!(cued(&m, text).is_empty());
    }

    #[test]
    fn a_byline_in_capitals_names_its_writer() {
        let m = matcher();
        let body = "The war went on in the east through the night, and officials in \
            the region said on Monday that the shelling had damaged homes, a school \
            and two bridges across the river.";
        let found = |header: &str| -> Vec<String> {
            let text = format!("Talks resume\n\n{header}\n\nWorld | 10 December 2025\n\n{body}");
            let got = unlisted(&m, &text);
            assert!(got.iter().all(|g| g.2 == Resolution::UnlistedInByline));
            got.into_iter().map(|g| g.1).collect()
        };
        assert_eq!(found("by JANE ORUTA"), ["unlisted:jane-oruta"]);
        assert_eq!(
            found("from ANNA HENRICK in Cape Town"),
            ["unlisted:anna-henrick"]
        );
        // With no word before it, the name begins with a given name.
        assert_eq!(found("IVAN ABOLUWADE"), ["unlisted:ivan-aboluwade"]);
        assert!(found("BREAKING NEWS").is_empty());
        assert!(found("by THE EDITORS").is_empty());
        // A headline in capitals is none, nor a bare name in the body.
        assert!(unlisted(&m, &format!("JANE ORUTA\n\n{body}")).is_empty());
        assert!(unlisted(&m, &format!("Talks resume\n\n{body}\n\nJANE ORUTA")).is_empty());
    }

    #[test]
    fn bylines_list_their_writers() {
        let m = matcher();
        let text = "By Jane Doe, Petro Horak and Anna Smith\n\nThe war went on.\n\n\
            Reporting by Ivan Horak; Editing by John Roe";
        assert_eq!(
            surfaces(&m, text),
            [
                "Jane Doe",
                "Petro Horak",
                "Anna Smith",
                "Ivan Horak",
                "John Roe"
            ]
        );
        assert!(
            unlisted(&m, text)
                .iter()
                .all(|g| g.2 == Resolution::UnlistedInByline)
        );
        // Reuters's closing line writes its credits in lower case after
        // the first.
        let text = "The war went on.\n\n(Reporting by Ivan Horak, editing by John Roe \
            and Anna Smith)";
        assert_eq!(surfaces(&m, text), ["Ivan Horak", "John Roe", "Anna Smith"]);
        // Sites that credit an uploader.
        let text = "The war went on.\n\nUploaded by Tham Yek Lee";
        assert_eq!(surfaces(&m, text), ["Tham Yek Lee"]);
        // The label of a byline's date ends the name.
        let text = "By Tham Yek Lee Posted : July 10, 2025\n\nThe war went on.";
        assert_eq!(surfaces(&m, text), ["Tham Yek Lee"]);
        let text = "By Jane Doe Reporter\n\nThe war went on.";
        assert_eq!(surfaces(&m, text), ["Jane Doe"]);
        // A role in capitals after the name is no writer.
        let text = "By JANE DOE, POLITICAL EDITOR FOR THE DAILY\n\nThe war went on.";
        assert_eq!(surfaces(&m, text), ["JANE DOE"]);
        // A byline that runs into where its writer filed from.
        for (text, name) in [
            (
                "By SAIKOU JAMMEH Reporting from Dakar\n\nThe war went on.",
                "SAIKOU JAMMEH",
            ),
            (
                "By Jane Doe Reporting from Kyiv\n\nThe war went on.",
                "Jane Doe",
            ),
        ] {
            assert_eq!(surfaces(&m, text), [name]);
        }
        let text = "By : Tham Yek Lee Date : September 20, 2025\n\nThe war went on.";
        assert_eq!(surfaces(&m, text), ["Tham Yek Lee"]);
        let text = "By Tham Yek Lee Nov 20, 2025\n\nThe war went on.";
        assert_eq!(surfaces(&m, text), ["Tham Yek Lee"]);
        // An outlet's staff: no writer's name (no given name first).
        for text in [
            "By Shipping Inbox Reporter\n\nIt went on.",
            "By SCM Staff Writer\n\nIt went on.",
        ] {
            assert_eq!(surfaces(&m, text), Vec::<String>::new(), "{text}");
        }
        // A byline may name its writers after a label or a colon.
        for lead in [
            "Author: ",
            "Authors: ",
            "By: ",
            "Written by ",
            "Written by: ",
        ] {
            let text = format!("{lead}Tham Yek Lee\n\nThe war went on.");
            assert_eq!(surfaces(&m, &text), ["Tham Yek Lee"], "{lead}");
        }
        // A date and the byline on one line, a bar between them.
        let text = "Talks\n\n24 April 2025 | By Tynchtyk Orutaev\n\nThe war went on.";
        assert_eq!(surfaces(&m, text), ["Tynchtyk Orutaev"]);
        // Agencies credited with the writer, and the writer's post, name
        // no writers.
        for text in [
            "By Jane Doe and News Agencies\n\nThe war went on.",
            "By Jane Doe and Wire Services\n\nThe war went on.",
            "By Jane Doe, Professorial Fellow, University of Canberra\n\nThe war went on.",
        ] {
            assert_eq!(surfaces(&m, text), ["Jane Doe"], "{text}");
        }
        // A listed person in the list is passed over, not the end of it.
        let text = "By Kaja Kallas and Jane Doe\n\nThe war went on.";
        assert_eq!(surfaces(&m, text), ["Jane Doe"]);
        // The outlet right after the name ends it.
        let text = "By Jane Doe Agence France-Presse\n\nThe war went on.";
        assert_eq!(surfaces(&m, text), ["Jane Doe"]);
        // Where each writer filed from.
        let text = "The war went on.\n\n(Reporting by Tynchtyk Orutaev in Winnipeg and \
            Pirogov Kellyev in New York; Editing by John Roe)";
        assert_eq!(
            surfaces(&m, text),
            ["Tynchtyk Orutaev", "Pirogov Kellyev", "John Roe"]
        );
        // Some sites write `by` in lower case.
        let text = "Talks\n\nby Tynchtyk Orutaev (Freelance Writer)\n\nThe war went on.";
        assert_eq!(surfaces(&m, text), ["Tynchtyk Orutaev"]);
        // Names before the date a page prints, with no `By`: found as a
        // byline's, not by another rule.
        let in_byline = |text: &str| -> Vec<String> {
            let got = unlisted(&m, text);
            assert!(
                got.iter().all(|g| g.2 == Resolution::UnlistedInByline),
                "{text}"
            );
            got.into_iter().map(|g| g.0).collect()
        };
        let text = "Talks go on\n\nJane Doe, Petro Horak Published 04 December 2025\n\n\
            The war went on.";
        assert_eq!(in_byline(text), ["Jane Doe", "Petro Horak"]);
        let text = "Talks go on\n\nAnna Smith Updated Monday\n\nThe war went on.";
        assert_eq!(in_byline(text), ["Anna Smith"]);
        let text = "Talks go on\n\nAnna Smith \u{2014} Monday, 24 February 2025, 04:14\n\n\
            The war went on.";
        assert_eq!(in_byline(text), ["Anna Smith"]);
        let text = "Talks go on\n\nJane Doe | March 31, 2025\n\nThe war went on.";
        assert_eq!(in_byline(text), ["Jane Doe"]);
        let text = "Talks go on\n\nJane Doe | Talks\n\nThe war went on.";
        assert!(
            unlisted(&m, text)
                .iter()
                .all(|g| g.2 != Resolution::UnlistedInByline),
            "no date after the bar: no byline"
        );
        // The first `Published` decides, and no date follows it.
        let text = "Talks go on\n\nAnna Smith Published by Reuters Published 4 May\n\nIt ended.";
        assert!(
            unlisted(&m, text)
                .iter()
                .all(|g| g.2 != Resolution::UnlistedInByline),
            "{text}"
        );
        let text = "Talks go on\n\nJane Doe Published a book on the war.\n\nIt sold.";
        assert!(
            unlisted(&m, text)
                .iter()
                .all(|g| g.2 != Resolution::UnlistedInByline),
            "no date: no byline"
        );
    }

    #[test]
    fn a_surname_is_left_when_shared_or_part_of_another_name() {
        let m = matcher();
        let shared = "Minister Anna Kim met with their spokesman Olha Kim. Kim said nothing.";
        assert_eq!(surfaces(&m, shared), ["Anna Kim", "Olha Kim"]);
        let shared = "Minister Anna Kim met with their spokesman Olha Kim. Mr Kim said nothing.";
        assert_eq!(surfaces(&m, shared), ["Anna Kim", "Olha Kim"]);
        let longer = "Minister Olha Petrenko spoke. Petrenko Industries gained.";
        assert_eq!(surfaces(&m, longer), ["Olha Petrenko"]);
        // An honorific says the surname is a person's: the one named.
        let mr = "Minister Olha Petrenko spoke. Petrenko Industries gained. Mr Petrenko left.";
        let found = unlisted(&m, mr);
        let ids: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(ids, ["unlisted:olha-petrenko"; 2], "{found:?}");
        // A surname shared is the one's named first, when the text goes on
        // after it.
        let first = "Minister Anna Kim spoke. Her aide Olha Kim stayed. Kim said \
            nothing.";
        let found = unlisted(&m, first);
        let last = found.last().map(|f| (f.0.as_str(), f.1.as_str()));
        assert_eq!(last, Some(("Kim", "unlisted:anna-kim")), "{found:?}");
    }

    #[test]
    fn listed_only_reports_no_unlisted_person() {
        let m = matcher().with_unlisted(false);
        let text = "Defence Minister Olha Petrenko said so.";
        assert!(m.find_all(text, &segment(text)).unlisted.is_empty());
    }

    /// Where `for_each_word_start` should call, read one byte at a time.
    fn word_starts_one_by_one(text: &str) -> Vec<usize> {
        let b = text.as_bytes();
        (0..b.len())
            .filter(|&i| {
                (b[i].is_ascii_uppercase() || b[i] >= 0xC3)
                    && (i == 0 || matches!(b[i - 1], b' ' | b'\n' | b'('))
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn words_before_read_by_byte_are_those_read_by_char(
            head in r#"([A-Za-z ,.;:)(\-'’0-9]|[À-ÿ]|\u{0800}|\u{1F600}){0,20}"#
        ) {
            let by_char = &head[word_start_by_char(&head)..];
            proptest::prop_assert_eq!(word_before(&head, head.len()), by_char);
        }

        #[test]
        fn word_lengths_read_by_byte_are_those_read_by_char(
            rest in r#"([A-Za-z ,.;:)(\-'’]|[À-ÿ]|\u{0800}){0,20}"#
        ) {
            proptest::prop_assert_eq!(word_len(&rest), word_len_by_char(&rest));
        }

        #[test]
        fn word_starts_match_a_byte_by_byte_reading_on_any_text(
            text in r#"([ \n\t\r\x00.,'"(A-Za-z@\[\]^_`{]|[\u{80}-\u{FF}]|[\u{0100}-\u{FFFF}]|\u{1F600}){0,80}"#
        ) {
            let mut got = Vec::new();
            for_each_word_start(&text, |i| got.push(i));
            proptest::prop_assert_eq!(got, word_starts_one_by_one(&text));
        }
    }

    #[test]
    fn word_starts_are_those_a_byte_by_byte_reading_finds() {
        let naive = word_starts_one_by_one;
        let long = "Defence Minister Olha Petrenko said, in Kyiv, that Ölkü Şahin and the \n\
            Army of Ukraine met. "
            .repeat(5);
        for text in ["", "A", "a B", "Über alles Straße", long.as_str()] {
            let mut got = Vec::new();
            for_each_word_start(text, |i| got.push(i));
            assert_eq!(got, naive(text), "{text:?}");
        }
    }

    #[test]
    fn a_name_before_an_age_or_a_country_s_office_is_a_person() {
        let m = matcher();
        for text in [
            "The plan was drafted by Olha Petrenko, 45, over the winter.",
            "The plan was drafted by Olha Petrenko, Jordan's spokesman, over the winter.",
            "The plan was drafted by Olha Petrenko, Jordanian Defence Minister, in May.",
        ] {
            assert_only_petrenko(&m, text, Resolution::UnlistedApposition);
        }
        for text in [
            "The plan was drafted by Olha Petrenko, 2024, over the winter.",
            "The plan was drafted by Olha Petrenko, Jordan's capital, over the winter.",
            "The plan was drafted by Olha Petrenko, and spokesman Ivan Horak agreed.",
        ] {
            let names: Vec<String> = cued(&m, text).into_iter().map(|u| u.0).collect();
            assert!(!names.contains(&"Olha Petrenko".to_string()), "{text}");
        }
        // A role after one or two words in lower case.
        let text = "The plan was drafted by Olha Petrenko, chief spokesman of the ministry.";
        assert_eq!(surfaces(&m, text), ["Olha Petrenko"]);
    }

    #[test]
    fn a_name_after_an_organisation_s_or_a_country_s_possessive_is_a_person() {
        assert_cue(
            Resolution::UnlistedAfterPossessive,
            &[
                "The letter was read out by AFP's Olha Petrenko in the evening.",
                "The letter was read out by Jordan's Olha Petrenko in the evening.",
            ],
            // A person's possessive says nothing: it may be a relative's name.
            &["The letter was read out by Kallas's Olha Petrenko in the evening."],
        );
    }

    #[test]
    fn a_name_beside_a_listed_person_in_a_list_is_a_person() {
        assert_cue(
            Resolution::UnlistedInList,
            &[
                "The talks brought in Kaja Kallas and Olha Petrenko on trade.",
                "The talks brought in Olha Petrenko, Kaja Kallas and others.",
            ],
            // Beside a country, or with no list word, it is no one.
            &[
                "The talks brought in Jordan and Olha Petrenko on trade.",
                "The talks brought in Kaja Kallas with Olha Petrenko on trade.",
            ],
        );
    }

    #[test]
    fn a_name_after_a_role_whose_surname_the_story_uses_alone_is_a_person() {
        let m = matcher();
        let text = "Calls came from party spokesman Savenaca Narube. Narube made his \
            demand on Monday.";
        let found = unlisted(&m, text);
        assert!(
            found
                .iter()
                .any(|f| f.0 == "Savenaca Narube" && f.2 == Resolution::UnlistedAfterTitle),
            "{found:?}"
        );
        // A given name inside the name begins it (`Queenslander`
        // describes).
        let text = "Calls came from spokesman Queenslander Jane Narube. Narube left.";
        let found = unlisted(&m, text);
        assert!(
            found.iter().all(|f| !f.0.starts_with("Queenslander")),
            "{text}: {found:?}"
        );
    }

    #[test]
    fn a_family_name_before_a_hyphened_given_name_begins_a_person_s_name() {
        let gaz = "id\ttype\tname\taliases\tcountry\n\
            kr\tcountry\tSouth Korea\t\t\n\
            park\tperson\tPark Geun-hye\t\tkr\n";
        let m = matcher_of_files(&[
            ("t.tsv", gaz),
            ("common_words.txt", "Park\n"),
            ("titles.txt", "Rep\n"),
        ]);
        let text = "South Korea voted. Rep. Park Ju-min said the party would win.";
        assert!(
            unlisted(&m, text).iter().any(|f| f.0 == "Park Ju-min"),
            "{:?}",
            unlisted(&m, text)
        );
        // Not before another shape of word (`Park Avenue`, `Cold-War`).
        for text in [
            "South Korea voted. Rep. Park Avenue said the party would win.",
            "South Korea voted. Rep. Park Cold-War said the party would win.",
            "South Korea voted. Rep. Park Ju-Min said the party would win.",
        ] {
            assert!(
                unlisted(&m, text).iter().all(|f| !f.0.starts_with("Park")),
                "{text}: {:?}",
                unlisted(&m, text)
            );
        }
    }

    #[test]
    fn a_hyphened_given_name_is_a_capital_then_lower_case_halves() {
        assert_eq!(hyphened_given_name("Ju-min said"), Some(6));
        assert_eq!(hyphened_given_name("Ching-te"), Some(8));
        for no in ["Ju-Min", "J-min", "Ju-m", "Ju-min2", "ju-min", "Jumin"] {
            assert_eq!(hyphened_given_name(no), None, "{no}");
        }
    }

    #[test]
    fn a_name_of_unknown_first_word_whose_surname_stands_alone_is_a_person() {
        let m = matcher();
        let text = "The sanctions hit Kempes Sanon on Monday. Officials said Sanon \
            led the gang.";
        let found = unlisted(&m, text);
        assert!(
            found
                .iter()
                .any(|f| f.0 == "Kempes Sanon" && f.2 == Resolution::UnlistedBySurname),
            "{found:?}"
        );
        for text in [
            // First in its sentence, where capitals say nothing.
            "Kempes Sanon was hit on Monday. Officials said Sanon led the gang.",
            // The surname is a word the story writes in lower case too.
            "The pact bound Eastern Partners on Monday. Partners agreed, as partners do.",
            // Not in capitals alone.
            "The outage hit One DNS on Monday, and DNS failed.",
            // Inside a longer run of capitals.
            "They hired Air Kempes Sanon on Monday. Officials said Sanon led it.",
        ] {
            let found = unlisted(&m, text);
            assert!(
                found.iter().all(|f| f.2 != Resolution::UnlistedBySurname),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn names_between_two_people_of_a_list_are_people() {
        let m = matcher();
        let text = "Police held Kaja Kallas, Zaheera Soomar, Zukiswa Wanner and Olha \
            Petrenko overnight.";
        let found = unlisted(&m, text);
        for name in ["Zaheera Soomar", "Zukiswa Wanner"] {
            assert!(
                found
                    .iter()
                    .any(|f| f.0 == name && f.2 == Resolution::UnlistedInList),
                "{name}: {found:?}"
            );
        }
        // One item that is no name stops the list: a name after it is
        // beside no person.
        let text = "Police held Kaja Kallas, two Red Cross staff, Zaheera Soomar and \
            Olha Petrenko overnight.";
        let found = unlisted(&m, text);
        assert!(found.iter().all(|f| f.0 != "Zaheera Soomar"), "{found:?}");
    }

    #[test]
    fn a_title_case_sentence_after_another_of_its_paragraph_is_no_headline() {
        let m = matcher();
        // Every word of four letters or more is capitalised in the second
        // sentence: alone in its paragraph it reads as a headline.
        let body = "The talks ended late, officials said. They met Defence Minister \
            Olha Petrenko on Monday.";
        let found = unlisted(&m, body);
        assert!(found.iter().any(|f| f.0 == "Olha Petrenko"), "{found:?}");
        let headline = "They Met Defence Minister Olha Petrenko On Monday\n\nThe talks \
            ended late, officials said.";
        let found = unlisted(&m, headline);
        assert!(found.iter().all(|f| f.0 != "Olha Petrenko"), "{found:?}");
    }

    #[test]
    fn a_name_between_two_people_of_a_list_is_a_person_whatever_its_first_word() {
        let m = matcher();
        // `Yinon` is no given name the matcher knows.
        let text = "The firm was founded by four entrepreneurs, Kaja Kallas, Yinon Costica, \
            and Olha Petrenko, who later sold it.";
        let found = unlisted(&m, text);
        let costica = found.iter().find(|f| f.0 == "Yinon Costica");
        assert_eq!(
            costica.map(|f| f.2),
            Some(Resolution::UnlistedInList),
            "{found:?}"
        );
        // Beside no person, or after a country: no one.
        for text in [
            "The firm was founded by four entrepreneurs, Yinon Costica, and others, \
                who later sold it.",
            "The firm was founded in Jordan, Yinon Costica and others, who later sold it.",
        ] {
            let found = unlisted(&m, text);
            assert!(
                found.iter().all(|f| f.0 != "Yinon Costica"),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_list_beside_a_person_found_here_is_people_one_after_another() {
        let m = matcher();
        let text = "At the talks held in the city last week, the spokesman Olha Petrenko, \
            Ivan Sirko, Anna Kose and John Roe met with the rest of the group.";
        let how = |surface: &str| {
            let found = unlisted(&m, text);
            found.into_iter().find(|f| f.0 == surface).map(|f| f.2)
        };
        assert_eq!(how("Olha Petrenko"), Some(Resolution::UnlistedAfterTitle));
        for name in ["Ivan Sirko", "Anna Kose", "John Roe"] {
            assert_eq!(how(name), Some(Resolution::UnlistedInList), "{name}");
        }
        // Backwards too, from a name found at the end of the list.
        let text = "At the talks held in the city last week, Ivan Sirko, Anna Kose and \
            Olha Petrenko said that the rest of the group would follow.";
        let found = unlisted(&m, text);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(
            found[..2].iter().all(|f| f.2 == Resolution::UnlistedInList),
            "{found:?}"
        );
        // With no person found, a list of names is none of them; nor is
        // a name after a list word that joins no name.
        for text in [
            "The plan was the work of Olha Petrenko and Ivan Sirko, as it was said.",
            "The spokesman Olha Petrenko then went to the office in Ivan Sirko Street.",
        ] {
            let found = cued(&m, text);
            assert!(
                found.iter().all(|f| f.0 == "Olha Petrenko"),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_name_that_ends_as_places_and_clubs_do_is_no_one() {
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            ("given_names.txt", "Olha\n"),
            ("titles.txt", "spokesman\n"),
            ("place_words.txt", "Station\nFC\n"),
        ]);
        let none = [
            "The crowd at Olha Station said it would close on Monday.",
            "A spokesman for the Olha Petrenko said the team would appeal.",
            "Fans of Olha FC, the club in the north, want a new ground.",
            "The spokesman Olha Station said it would close on Monday.",
        ];
        for text in none {
            assert!(unlisted(&m, text).is_empty(), "{text}");
        }
        let found = unlisted(&m, "The crowd at Olha Petrenko said it would close.");
        assert_eq!(
            found.len(),
            1,
            "the same sentence with a surname: {found:?}"
        );
    }

    #[test]
    fn a_list_with_no_person_in_it_is_no_one_however_long() {
        let m = matcher();
        // Places and teams are listed so as often as people.
        for text in [
            "The plan was the work of Olha Petrenko, Ivan Sirko and Anna Kose, as it was said.",
            "The fires spread across Jane Clara, Jane Monica and Jane Barbara over the weekend.",
        ] {
            let got = cued(&m, text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_name_before_of_and_an_organisation_is_a_person() {
        assert_cue(
            Resolution::UnlistedOfOrganization,
            &[
                "The view of Olha Petrenko of the AFP was not shared.",
                "The view of Olha Petrenko of Agence France-Presse was not shared.",
            ],
            // Of a country, or of an organisation the gazetteer does not
            // list, it is no one.
            &[
                "The view of Olha Petrenko of Jordan was not shared.",
                "The view of Olha Petrenko of the Vienna Group was not shared.",
            ],
        );
    }

    #[test]
    fn a_party_and_state_after_a_name_mark_a_person() {
        assert_cue(
            Resolution::UnlistedApposition,
            &[
                "The bill of Olha Petrenko, R-Texas, was passed.",
                "The bill of Olha Petrenko (D-Calif.) was passed.",
            ],
            &[
                "The bill of Olha Petrenko, RD-Texas was passed.",
                "The bill of Olha Petrenko (R-rated) was passed.",
            ],
        );
    }

    #[test]
    fn a_role_word_and_a_comma_mark_the_name_after_them() {
        assert_cue(
            Resolution::UnlistedAfterTitle,
            &[
                "The PTI spokesman, Olha Petrenko, went on.",
                "The talks were led by the Trade Minister, Olha Petrenko, at the end of the day.",
            ],
            // A capitalised word of `titles.txt` that is no role in lower
            // case is no cue before a comma: days, and the first words of
            // bodies (the Army, Marine Corps and Navy).
            &[
                "On Monday, Olha Petrenko went on.",
                "The men of the Army, Olha Petrenko Corps and Navy went on.",
            ],
        );
    }

    #[test]
    fn a_role_with_a_capital_marks_the_name_after_it_but_not_across_a_sentence() {
        assert_cue(
            Resolution::UnlistedAfterTitle,
            &["The work of Spokesman Olha Petrenko went on."],
            // A role at the end of a sentence is no title of the next one.
            &["The work went to the spokesman. Olha Petrenko went home."],
        );
    }

    #[test]
    fn a_role_in_a_word_with_a_hyphen_marks_the_name_after_it() {
        assert_cue(
            Resolution::UnlistedAfterTitle,
            &[
                "The film of writer-director Olha Petrenko went on.",
                "The staff of then-Gov. Olha Petrenko went on.",
                "The staff of Minister-designate Olha Petrenko went on.",
            ],
            // Only a role: a date or another word with a hyphen is none.
            &[
                "The staff of mid-Monday Olha Petrenko went on.",
                "The staff of well-known Olha Petrenko went on.",
            ],
        );
    }

    #[test]
    fn a_name_with_an_unknown_first_word_needs_a_role_before_it() {
        let m = matcher();
        for text in [
            "The talks went on, and the spokesman Winthai Suvaree said the rest would follow.",
            "The talks went on, and the spokesman Winthai Suvaree, who led them, left.",
            "The talks went on, and Defence Minister Winthai Suvaree's plan was backed.",
            "The talks went on, and Minister Winthai Suvaree said the rest would follow.",
            // A verb of speech or `by` before the role is the cue after it.
            "The talks went on, said the spokesman Winthai Suvaree in a statement.",
            "The talks went on, said deputy minister Winthai Suvaree in a statement.",
            "The plan was criticised by spokesman Winthai Suvaree on the day.",
        ] {
            let found = surfaces(&m, text);
            assert_eq!(found, ["Winthai Suvaree"], "{text}");
        }
        for text in [
            // One cue is not enough for a word no one is known to be named.
            "The talks went on, and Winthai Suvaree said the rest would follow.",
            // Not a verb's: two words between, or a capital between; and
            // the role alone is not enough for a place's name.
            "The talks went on, said the new deputy minister Winthai Suvaree Square.",
            "The plan was criticised by Army spokesman Winthai Suvaree Square.",
            // A title that is no role, or a role written with a capital
            // that is no title, may begin a body's name or a title's
            // (`Teacher Appreciation Week, the …`).
            "The talks went on, and the Air Winthai Suvaree said the rest would follow.",
            "The talks went on, and the Spokesman Winthai Suvaree said the rest would follow.",
            "The talks went on with the spokesman. Winthai Suvaree said the rest would follow.",
        ] {
            assert!(unlisted(&m, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_list_beside_a_person_takes_names_whose_first_word_is_unknown() {
        let m = matcher();
        let surfaces = |text: &str| -> Vec<String> {
            let mut found: Vec<String> = unlisted(&m, text).into_iter().map(|f| f.0).collect();
            found.sort();
            found
        };
        assert_eq!(
            surfaces("The relay team was Twanisha Terry, Anna Kowalska and Ivan Horak."),
            ["Anna Kowalska", "Ivan Horak", "Twanisha Terry"]
        );
        assert_eq!(
            surfaces("The prize went to Ivan Horak and Twanisha Terry on Monday."),
            ["Ivan Horak", "Twanisha Terry"]
        );
        // A title's tail, a role, capitals, or a title after it: no name.
        for text in [
            "He met the High Representative for Trade and Security Policy, Ivan Horak.",
            "The prize went to Ivan Horak and Union Law Minister Olha Petrenko.",
            "The firms were Ivan Horak and Shipping FZC on Monday.",
        ] {
            assert!(
                !surfaces(text)
                    .iter()
                    .any(|s| s.contains("Policy") || s.contains("Union") || s.contains("FZC")),
                "{text}: {:?}",
                surfaces(text)
            );
        }
    }

    #[test]
    fn capitalised_bin_joins_an_arabic_name_without_counting_as_a_word() {
        let m = matcher();
        let text = "The council said it has appointed Ivan Bin Salem Bin Breik as the new premier.";
        let surfaces: Vec<String> = unlisted(&m, text).into_iter().map(|f| f.0).collect();
        assert_eq!(surfaces, ["Ivan Bin Salem Bin Breik"]);
    }

    #[test]
    fn abdul_lets_a_name_have_one_more_word() {
        let m = matcher_of_files(&[("t.tsv", GAZ), ("given_names.txt", "Abdul\n")]);
        let text = "Its members are Abdul Wahab Abdul Rahman Al-Muzaini, as vice president.";
        assert_eq!(surfaces(&m, text), ["Abdul Wahab Abdul Rahman Al-Muzaini"]);
        // It still counts towards the two words a name needs.
        assert_eq!(surfaces(&m, "Abdul Kader said so."), ["Abdul Kader"]);
    }

    #[test]
    fn a_given_name_alone_after_a_word_for_kin_is_a_person() {
        let m = matcher();
        for text in [
            "The minister came with his son Ivan to the talks.",
            "In her notes, the spy's daughter, Anna, described the camp.",
            "His 13-year-old son Ivan died with him.",
        ] {
            let found = unlisted(&m, text);
            let surfaces: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
            assert_eq!(surfaces.len(), 1, "{text}: {found:?}");
            assert!(["Ivan", "Anna"].contains(&surfaces[0]), "{text}: {found:?}");
        }
        for text in [
            // No possessive before the word for kin, a word that is no
            // given name, or a word that goes on.
            "The talks went on. A son Ivan had was at the talks.",
            "The minister came with his son Thursday to the talks.",
            "The minister came with his son Ivan-led team.",
        ] {
            assert!(
                unlisted(&m, text).is_empty(),
                "{text}: {:?}",
                unlisted(&m, text)
            );
        }
    }

    #[test]
    fn a_role_in_apposition_marks_a_name_with_an_unknown_first_word() {
        let m = matcher();
        for text in [
            "The talks went on. Winthai Suvaree, a deputy minister, left early.",
            // A role held in something needs no article.
            "The talks went on, said Winthai Suvaree, spokesman of the panel.",
            "The talks went on, said Winthai Suvaree, President and founder of the firm.",
            "The talks went on, said Winthai Suvaree, director at the firm.",
            "The talks went on, said Winthai Suvaree, spokesman for the panel.",
            "The talks went on, said Winthai Suvaree, Principal Secretary in the ministry.",
            "The talks went on, said Winthai Suvaree, Secretary to the Treasury.",
            // The body that holds the role may come first, in the possessive.
            "The talks went on. Winthai Suvaree, the central bank's deputy director, left.",
            // Or a place, in the possessive itself or after one word.
            "The talks went on. Winthai Suvaree, the Mandalay region's deputy minister, left.",
            "The talks went on. Winthai Suvaree, the Mandalay's deputy minister, left early.",
            // A word of time may come before the article.
            "The talks went on. Winthai Suvaree, formerly a deputy minister, left early.",
            // An age or a nationality may come before the role.
            "The talks went on. Winthai Suvaree, a 44-year-old writer, left early.",
            "The talks went on. Winthai Suvaree, a Jordanian writer, left early.",
        ] {
            let found = unlisted(&m, text);
            let how: Vec<Resolution> = found.iter().map(|f| f.2).collect();
            assert_eq!(how, [Resolution::UnlistedApposition], "{text}: {found:?}");
        }
        for text in [
            // What is said of things, or no article.
            "The talks went on. Winthai Suvaree, a new model, was shown.",
            "The talks went on. Winthai Suvaree, a 44-year-old model, was shown.",
            "The talks went on. Winthai Suvaree, a Thai model, was shown.",
            "The talks went on. Winthai Suvaree, deputy minister, left early.",
            // A role word past the third word, or past a second possessive.
            "The talks went on. Winthai Suvaree, the plan of a deputy, was shown.",
            "The talks went on. Winthai Suvaree, the firm's model's deputy, was shown.",
            // A capitalised word with no possessive after it.
            "The talks went on. Winthai Suvaree, the Mandalay deputy minister, left.",
            "The talks went on. Winthai Suvaree, the Mandalay region deputy, left.",
            // A title that is no role held in something.
            "The talks went on, said Winthai Suvaree, director, and the rest.",
        ] {
            assert!(unlisted(&m, text).is_empty(), "{text}");
        }
        // The name goes on past a particle (`da`): the role marks it whole.
        assert_eq!(
            surfaces(
                &m,
                "It was signed by Winthai da Suvaree Junior, President and CEO of the firm."
            ),
            ["Winthai da Suvaree Junior"]
        );
    }

    #[test]
    fn a_name_before_of_and_a_party_is_a_member_s() {
        let gaz = "id\ttype\tname\taliases\tdescription\n\
            fdc\torganization\tForum for Democratic Change\tFDC\tUgandan opposition party\n\
            court\torganization\tSupreme Court\t\tcourt of last resort\n";
        let m = matcher_of_files(&[("t.tsv", gaz)]);
        let text = "Among the candidates were Nandala Mafabi of the Forum for Democratic Change \
            and Mugisha Muntu of the FDC.";
        assert_eq!(surfaces(&m, text), ["Nandala Mafabi", "Mugisha Muntu"]);
        // Other bodies' chambers, and three words, are no member's name.
        let text = "The Criminal Chamber of the Supreme Court ruled, and Nandala Mafabi \
            Okello of the FDC spoke.";
        assert!(unlisted(&m, text).is_empty(), "{:?}", unlisted(&m, text));
    }

    #[test]
    fn a_given_name_alone_is_the_one_person_found_with_it() {
        let m = matcher();
        let text = "The spokesman Ivan Horak denied it. Ivan left early.";
        let found = unlisted(&m, text);
        let again: Vec<(&str, &str, Resolution)> = found
            .iter()
            .map(|f| (f.0.as_str(), f.1.as_str(), f.2))
            .collect();
        assert_eq!(
            again[1..],
            [("Ivan", "unlisted:ivan-horak", Resolution::UnlistedAgain)],
            "{found:?}"
        );
        for text in [
            // Two people share it.
            "The spokesman Ivan Horak met the spokesman Ivan Kovar that day. Ivan left early.",
            // It begins another name.
            "The spokesman Ivan Horak denied it. Ivan Industries left early.",
            // No given name the gazetteer knows, and no title before it.
            "The spokesman Winthai Horak denied it. Winthai left early.",
        ] {
            let alone = unlisted(&m, text)
                .into_iter()
                .filter(|f| !f.0.contains(' '));
            assert_eq!(alone.count(), 0, "{text}");
        }
        // A title before it says it is a name: news calls some people by
        // their given names (`General Panpakdee`, in Thailand).
        let text = "The spokesman Winthai Horak denied it. Later Minister Winthai left.";
        let found = unlisted(&m, text);
        assert!(
            found
                .iter()
                .any(|f| f.0 == "Winthai" && f.1 == "unlisted:winthai-horak"),
            "{found:?}"
        );
    }

    #[test]
    fn the_last_word_of_the_sentence_before_is_no_part_of_a_surname_s_name() {
        let m = matcher();
        let text = "The spokesman Ivan Horak met the spokesman Olha Kovar. Horak left early.";
        assert_eq!(surfaces(&m, text), ["Ivan Horak", "Olha Kovar", "Horak"]);
        // A short word with a full stop may be an abbreviation.
        let text = "The spokesman Ivan Horak met the spokesman Olha Kovar. Then Brg. Horak left.";
        assert_eq!(surfaces(&m, text), ["Ivan Horak", "Olha Kovar"]);
    }

    #[test]
    fn a_surname_alone_after_an_honorific_is_a_person() {
        let m = matcher();
        let after_title = Resolution::UnlistedAfterTitle;
        for (text, surface) in [
            ("The vote was over, and Mr Xanderby said so.", "Xanderby"),
            ("Lord Dalgety, who chairs the panel, spoke.", "Dalgety"),
            (
                "The vote was over, and Dr. Xanderby's team left.",
                "Xanderby",
            ),
        ] {
            let id = format!("unlisted:{}", surface.to_lowercase());
            assert_eq!(
                unlisted(&m, text),
                [(surface.into(), id, after_title)],
                "{text}"
            );
        }
        for text in [
            // A given name alone is someone the story names in full.
            "The vote was over, and Sir Ivan spoke.",
            // A name an apostrophe goes on is not cut short.
            "The vote was over, and Lord Tuku’afu won it.",
            // A title is no surname.
            "The vote was over, and Mr President spoke.",
            // No honorific.
            "The vote was over, and Xanderby said so.",
        ] {
            assert!(unlisted(&m, text).is_empty(), "{text}");
        }
        // The surname of someone named in full is that person.
        let found = unlisted(
            &m,
            "Ivan Xanderby came. The vote was over, and Mr Xanderby said so.",
        );
        let ids: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(ids, ["unlisted:ivan-xanderby"; 2], "{found:?}");
    }

    #[test]
    fn an_abbreviation_of_a_thing_is_no_surname() {
        let m = matcher();
        assert!(unlisted(&m, "It made Anna AI, a chatbot, last year.").is_empty());
        assert_eq!(
            surfaces(&m, "It hired Anna Li, a chemist, last year."),
            ["Anna Li"]
        );
    }

    #[test]
    fn an_organisation_s_possessive_and_what_is_said_of_people_mark_a_name() {
        let m = matcher();
        for text in [
            "The vote went on, and AFP's Winthai Suvaree, who led it, left.",
            "The vote went on, and AFP's Winthai Suvaree said the rest would follow.",
            "The vote went on, and AFP's Winthai Suvaree, a deputy minister, left.",
        ] {
            assert_eq!(surfaces(&m, text), ["Winthai Suvaree"], "{text}");
        }
        for text in [
            // What is said of things too, or nothing; a country's
            // possessive (`Jordan's Dead Sea, which …`).
            "The vote went on, and AFP's Winthai Suvaree, a new model, was shown.",
            "The vote went on, and AFP's Winthai Suvaree went home early.",
            "The vote went on, and Jordan's Winthai Suvaree, who led it, left.",
        ] {
            assert!(unlisted(&m, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_role_word_in_the_plural_marks_the_name_after_it() {
        assert_cue(
            Resolution::UnlistedAfterTitle,
            &[
                "The work of analysts Olha Petrenko and others went on.",
                // `-y` becomes `-ies`, and a bracket may open the list.
                "It was backed by three deputies (Olha Petrenko and others).",
            ],
            // Only role words in lower case: `Defences` is no role.
            &["The work of Defences Olha Petrenko went on."],
        );
    }

    #[test]
    fn initials_before_a_given_name_belong_to_the_name_but_not_to_its_id() {
        let m = matcher();
        let text = "The spokesman M. K. Anna Kose said so. Anna Kose left. Kose smiled.";
        let id = "unlisted:anna-kose".to_string();
        assert_eq!(
            unlisted(&m, text),
            [
                (
                    "M. K. Anna Kose".into(),
                    id.clone(),
                    Resolution::UnlistedAfterTitle
                ),
                ("Anna Kose".into(), id.clone(), Resolution::UnlistedAgain),
                ("Kose".into(), id, Resolution::UnlistedAgain),
            ]
        );
        // Not an initial: an abbreviation of several letters.
        let text = "In the U.S. Anna Kose said so.";
        assert_eq!(surfaces(&m, text), ["Anna Kose"]);
    }

    #[test]
    fn a_credit_label_names_the_photographer_after_it() {
        let m = matcher();
        let text = "Source: EP – Photographer: Marta PERKOVA\n\nPhotographer: Handout Footage";
        assert_eq!(surfaces(&m, text), ["Marta PERKOVA"]);
    }

    #[test]
    fn a_ministers_office_by_its_fields_is_a_role_before_a_name() {
        let ministry = "mia\torganization\tMinistry of Internal Affairs\t\t\t\n";
        let m = matcher_of_files(&[
            ("t.tsv", &format!("{GAZ}{ministry}")),
            ("titles.txt", "Minister\nminister\n"),
        ]);
        let text = "The plan went to Minister of Internal Affairs Arpine Sargsyan on Monday.";
        let id = "unlisted:arpine-sargsyan".to_string();
        let how = Resolution::UnlistedAfterTitle;
        assert_eq!(unlisted(&m, text), [("Arpine Sargsyan".into(), id, how)]);
        // No ministry of the gazetteer ends in `Tides`; `Bank` is no role.
        let m = matcher_of_files(&[("t.tsv", GAZ), ("titles.txt", "Minister\nminister\n")]);
        assert!(unlisted(&m, "It went to Minister of Internal Tides Arpine Sargsyan.").is_empty());
        assert!(
            unlisted(
                &m,
                "It went to the Bank of Internal Affairs Arpine Sargsyan."
            )
            .is_empty()
        );
    }

    #[test]
    fn an_office_s_fields_before_a_role_are_no_name() {
        let m = matcher_of_files(&[("t.tsv", GAZ), ("titles.txt", "Minister\nJustice\n")]);
        let text = "Jane Doe, Minister of Internal Affairs, Justice and Peace, spoke.";
        let names: Vec<String> = unlisted(&m, text).into_iter().map(|u| u.0).collect();
        assert_eq!(names, ["Jane Doe"]);
    }

    #[test]
    fn a_one_word_name_before_a_surname_is_someone_elses_given_name() {
        let singer = "anitta\tperson\tAnitta\t\t\t\n";
        let m = matcher_of_files(&[
            ("t.tsv", &format!("{GAZ}{singer}")),
            ("titles.txt", "spokesperson\nMonday\n"),
        ]);
        let text = "The spokesperson Anitta Hipper said so.";
        let found: Vec<String> = all_found(&m, text).into_iter().map(|f| f.id).collect();
        assert_eq!(found, ["unlisted:anitta-hipper"]);
        // Before a word of no name, or alone, it is the singer.
        let text = "The spokesperson said so. Anitta Monday sang; so did Anitta.";
        let found: Vec<String> = all_found(&m, text).into_iter().map(|f| f.id).collect();
        assert_eq!(found, ["anitta", "anitta"]);
    }

    #[test]
    fn a_name_after_a_name_a_comma_and_of_is_a_body_s() {
        let m = matcher();
        let text = "Talks began. Jane Doe, of Anna Nacional, warned them.";
        assert_eq!(surfaces(&m, text), ["Jane Doe"]);
        let text = "Talks began after the killing, on air, of Anna Marquez, an influencer.";
        assert_eq!(surfaces(&m, text), ["Anna Marquez"]);
    }

    #[test]
    fn short_words_in_capitals_are_acronyms_not_a_name() {
        let m = matcher_of_files(&[("t.tsv", GAZ), ("given_names.txt", "HD\nJane\n")]);
        // `HHI` alone later would make `HD HHI` a name by its surname.
        let text = "Both ships came from HD HHI under a contract. HHI is the largest.";
        assert_eq!(surfaces(&m, text), Vec::<String>::new());
        assert!(acronyms_only("HD HHI"));
        assert!(!acronyms_only("KO YONG-CHUL") && !acronyms_only("MAYUKO ONO"));
    }

    #[test]
    fn a_demonym_before_a_given_name_does_not_make_it_a_longer_name() {
        let m = matcher();
        let text = "The deal freed the Jordanian Ivan Vogelsang last year.";
        let id = "unlisted:ivan-vogelsang".to_string();
        assert_eq!(
            unlisted(&m, text),
            [("Ivan Vogelsang".into(), id, Resolution::UnlistedGivenName)]
        );
        // Any other capitalised word still may.
        assert!(unlisted(&m, "The deal freed the Golden Ivan Vogelsang last year.").is_empty());
    }

    #[test]
    fn a_surname_with_an_arabic_article_names_its_person_without_it() {
        let m = matcher();
        let text = "Officials met. The spokesman Ivan al-Baba spoke. Later, Baba said so.";
        let id = "unlisted:ivan-al-baba".to_string();
        assert_eq!(
            unlisted(&m, text),
            [
                (
                    "Ivan al-Baba".into(),
                    id.clone(),
                    Resolution::UnlistedAfterTitle
                ),
                ("Baba".into(), id, Resolution::UnlistedAgain),
            ]
        );
    }

    #[test]
    fn initials_and_a_surname_after_a_role_or_an_honorific_name_a_person() {
        let m = matcher();
        let text = "The spokesman K. Krithivasan said so. Later Krithivasan left.";
        let id = "unlisted:krithivasan".to_string();
        assert_eq!(
            unlisted(&m, text),
            [
                (
                    "K. Krithivasan".into(),
                    id.clone(),
                    Resolution::UnlistedAfterTitle
                ),
                ("Krithivasan".into(), id, Resolution::UnlistedAgain),
            ]
        );
        assert_eq!(
            surfaces(&m, "It was Dr. A. K. Raman who spoke."),
            ["A. K. Raman"]
        );
        // Initials without their full stops, as Indian news writes them;
        // not `A` or `I`, which are words.
        assert_eq!(
            surfaces(&m, "The spokesman K Krithivasan said so."),
            ["K Krithivasan"]
        );
        assert_eq!(
            surfaces(&m, "Then India lost B Ivan Horak and Gill."),
            ["B Ivan Horak"]
        );
        assert!(
            !surfaces(&m, "Then India lost I Ivan Horak and Gill.")
                .iter()
                .any(|s| s.starts_with("I ")),
        );
        // No role before, or a title after, or more of a name after.
        for text in [
            "The firm K. Krithivasan runs said so.",
            "The spokesman K. Minister said so.",
            "The spokesman K. Krithivasan Iyer said so.",
        ] {
            assert!(
                !surfaces(&m, text).iter().any(|s| s.starts_with("K. ")),
                "{text}"
            );
        }
    }

    #[test]
    fn ids_join_the_spellings_of_one_name() {
        assert_eq!(canonical("Genya SAVILOV"), "Genya Savilov");
        assert_eq!(canonical("Charles III"), "Charles III");
        assert_eq!(slug("Jean-Luc O’Brien Jr."), "jean-luc-obrien-jr");
    }
}
