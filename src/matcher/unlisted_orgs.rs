//! Organisations the gazetteer does not list, found by the word that ends
//! their names or begins them (`org_heads.txt`): `Care Quality Commission`,
//! `Election Commission of India`, `SBS News`. Each is an entity of its
//! document only, like an unlisted person (see `unlisted.rs`).
//!
//! Capitalised words are everywhere in news, so the rule asks a lot: three
//! capitalised words or more (two when the other is an acronym or a
//! country's name, or a word that names a university, an institute or a
//! foundation), no other name inside but a country's, no capitalised word
//! right after, nothing in a headline; `and` joins only inside a name,
//! after `of` or `for`. A country inside gives way to the whole name, as
//! the longest name wins.

use std::ops::Range;
use std::sync::LazyLock;

use super::context::{HeadlineCache, starts_sentence};
use super::nicknames::quoted_name_at;
use super::unlisted::{
    NOT_NAMES, SENTENCE_OPENERS, Shape, mention_ending, mention_starting, name_word, overlaps,
    word_before,
};
use super::{Matcher, Mention, MentionKind, Resolution, is_word_char};
use crate::gazetteer::EntityType;
use crate::segment::Segments;

/// Small words that join the words of a name (`Ministry of Digital
/// Transformation`, `Institute for the Study of War`, `Center Against
/// Disinformation`), read forwards from a head word; backwards, only `of`
/// and `for` (`Ministry of Defence Press Service`). `Against` only with
/// its capital, as names write it: in lower case it begins what a body
/// does (`the Ministry of Defence against Russia`).
const JOINERS_AFTER: &[&str] = &[" of ", " for ", " on ", " Against "];
const JOINERS_BEFORE: &[&str] = &["of", "for"];

/// Head words that `and` may join two fields before, in the names of
/// bodies that study or oversee them (see [`Matcher::extend_left`]).
const FIELDS_BEFORE_HEADS: &[&str] = &["Committee", "Subcommittee", "Commission"];

/// Words that join two fields of one name (`Department of Energy and
/// Climate Change`), but also two names (`Britain and France`): taken only
/// after `of` or `for` (see [`Matcher::and_joined`]).
const AND_JOINERS: &[&str] = &[" and ", " & "];

/// How the generic names of a country's ministries begin (see
/// [`Matcher::country_body_goes_on`]).
const GENERIC_HEADS: &[&str] = &["Ministry of ", "Ministry for "];

/// Words for the members a body is made of, which its name gives in the
/// possessive (`New People's Party`, `Peoples' National Party`, `Common
/// Man's Party`, `Workers' Party`): a word of the name, not its owner.
const MEMBERS: &[&str] = &[
    "Children", "Citizens", "Farmers", "Man", "Men", "People", "Peoples", "Teachers", "Veterans",
    "Women", "Workers", "Youth",
];

/// The possessive marks of [`MEMBERS`], the longer first.
const MEMBERS_MARKS: &[&str] = &["'s", "\u{2019}s", "'", "\u{2019}"];

/// Fields of ministries that `titles.txt` lists as the first words of
/// titles (`Finance Minister`): after `and`, alone, they end a ministry's
/// name (see [`Matcher::continues_name`]).
const FIELD_TITLES: &[&str] = &["Defence", "Defense", "Finance", "Foreign", "Interior"];

/// Days and months: capitalised, but no part of a name (`Council of
/// Ministers on Monday`).
pub(super) const DATES: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Capitalised words a name has at least, or two with an acronym or a
/// country's name.
const MIN_WORDS: usize = 3;

/// Head words whose bodies are named by one ordinary word before them, a
/// place or a founder (`McGill University`, `Hudson Institute`), more often
/// than by a word that says what kind they are.
const ONE_WORD_HEADS: &[&str] = &[
    "University",
    "College",
    "Institute",
    "Foundation",
    "Trust",
    "Airlines",
    "Airways",
    "Group",
    "Holdings",
    "Industries",
    "Pharmaceuticals",
    "Technologies",
    "Therapeutics",
    "Partners",
    "Capital",
    "Biosciences",
    "Biotherapeutics",
    "Petroleum",
    "Bancorp",
    "Ventures",
    "Investments",
    "Securities",
    "Logistics",
    "Motors",
    "Foods",
    "Robotics",
    "Labs",
    "Mining",
    "Minerals",
    "Pharma",
    "Biotech",
    "Semiconductor",
    "Chemicals",
    "Electronics",
    "Studios",
    "Brands",
    "Realty",
    "Telecom",
    "Shipping",
    "Bank",
];

/// The last words of the names of a body's organs, which news writes
/// after the body's name (`Hamas Political Bureau`).
const BODY_ORGANS: &[&str] = &[
    "Board",
    "Bureau",
    "Committee",
    "Council",
    "Politburo",
    "Presidium",
    "Secretariat",
];

/// Words of direction that make a place of a head word after them (`the
/// West Bank`, `the Left Bank`), not a body's name.
const SIDES: &[&str] = &["North", "South", "East", "West", "Left", "Right"];

/// Legal forms of companies (`Globex Corp`, `Zentrix AG`): one word before
/// them names a company even as the first word of a sentence (`Globex
/// Corp said…`), where capitals prove nothing else. They are head words
/// whatever `org_heads.txt` holds (see `name_words`).
pub(super) const LEGAL_FORMS: &[&str] = &[
    "AB", "AD", "AG", "ApS", "AS", "ASA", "BHD", "BM", "BV", "Bhd", "Co", "Corp", "DMCC", "FZC",
    "FZCO", "FZE", "GmbH", "Inc", "JSC", "LLC", "LLP", "Limited", "Ltd", "Ltda", "NV", "OAO",
    "OJSC", "OOO", "Oy", "Oyj", "PAO", "PBC", "PJSC", "PLC", "Plc", "Pvt", "SA", "SAC", "SARL",
    "SAS", "SRL", "SpA", "Tbk", "ZAO",
];

/// Words that name a company's parent, after its name and before its
/// legal form (`Acme Group Ltd`) or alone (`DTEK Group`).
const PARENTS: &[&str] = &["Group", "Holdings"];

/// Legal forms of two words, whose first word alone is none: Malaysia's
/// (`Pro Mission SDN BHD`).
const TWO_WORD_FORMS: &[&str] = &["SDN BHD", "Sdn Bhd"];

/// Legal forms written before a company's name, as Russian firms' are
/// (`PJSC Transneft`), or in words after it, as sanctions lists write
/// them (`Promsvyazbank Public Joint Stock Company`).
/// The longer first: `Joint Stock Company` ends `Public Joint Stock
/// Company`.
const FORMS_BEFORE: &[&str] = &[
    "Public Joint Stock Company",
    "Open Joint Stock Company",
    "Closed Joint Stock Company",
    "Joint Stock Company",
    "Limited Liability Company",
    "PJSC",
    "OJSC",
    "JSC",
    "PAO",
    "OAO",
    "ZAO",
    "OOO",
    "LLC",
];

/// `s Office`, searched for in every document: built once.
static S_OFFICE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("s Office"));

/// Head words of military units, which news names by number (`47th
/// Mechanized Brigade`) and often by an honorary name too (`15th Brigade
/// "Kara-Dag"`).
const MILITARY_UNITS: &[&str] = &[
    "Army",
    "Battalion",
    "Brigade",
    "Corps",
    "Division",
    "Regiment",
];

/// Widens a run that ends in a military unit's head word over the unit's
/// number right before it (`1st National Guard Corps`) and its honorary
/// name in quotation marks right after (`1st National Guard Corps
/// "Azov"`): numbered, it is a name with two capitalised words, or with
/// one and the honorary name (`15th Brigade "Kara-Dag"`, not `the 2nd
/// Division`).
fn number_unit(text: &str, run: &mut Run) {
    let Some(number_at) = text[..run.span.start]
        .strip_suffix(' ')
        .and_then(ordinal_start)
    else {
        return;
    };
    let quoted = text[run.span.end..]
        .strip_prefix(' ')
        .and_then(|_| quoted_name_at(text, run.span.end + 1));
    if quoted.is_none() && run.words < 2 {
        return;
    }
    run.span.start = number_at;
    run.span.end = quoted.unwrap_or(run.span.end);
    run.numbered = true;
}

/// Where the ordinal that ends `head` begins (`1st`, `18th`), if `head`
/// ends in one.
pub(super) fn ordinal_start(head: &str) -> Option<usize> {
    let len = head
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    let number = &head[head.len() - len..];
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    let ordinal = digits > 0 && ["st", "nd", "rd", "th"].contains(&&number[digits..]);
    ordinal.then_some(head.len() - len)
}

/// Whether the word at `word` is `Office` followed by `of` or `for`, which
/// begins a body's name (`Federal Office for Civil Protection`) when
/// capitalised words follow (see [`Matcher::enough_words`]): `Office` alone
/// ends places' names as often (`the Oval Office`), so it is no head word
/// of `org_heads.txt`.
pub(super) fn office_of(text: &str, word: Range<usize>) -> bool {
    &text[word.clone()] == "Office"
        && JOINERS_AFTER[..2]
            .iter()
            .any(|j| text[word.end..].starts_with(j))
}

/// Capitalised words a name has at most.
const MAX_WORDS: usize = 8;

/// Words that name a country's body by themselves right after the
/// country's possessive or demonym (`Lebanon's Cabinet`, `the Chilean
/// Senate`, `Ghana's Parliament`), and only there: alone they are a
/// title's word (`Chief Cabinet Secretary`), another country's body or
/// none. Those of `org_heads.txt` among them also end longer names.
pub(super) const OWNED_HEADS: &[&str] = &[
    "Army",
    "Cabinet",
    "Congress",
    "Government",
    "Navy",
    "Parliament",
    "Presidency",
    "Senate",
    "Treasury",
];

/// A name found around a head word, and what it holds.
#[derive(Debug, PartialEq, Eq)]
struct Run {
    span: Range<usize>,
    /// Capitalised words, countries' names counted as one.
    words: usize,
    /// A word in capitals (`SBS`) or a country's name is among them.
    distinctive: bool,
    /// `of`, `for` or `on` joined words after the head word.
    joined: bool,
    /// A country's possessive comes right before it, or its demonym begins
    /// it (`Japan's Foreign Ministry`, `Kenyan Defence Ministry`).
    owned: bool,
    /// A listed organisation's possessive comes before it, with at most
    /// one lower-case word between (`Hezbollah's elite Radwan Force`): a
    /// unit of that organisation.
    unit: bool,
    /// A military unit's number begins it and, when it has one capitalised
    /// word only, its honorary name in quotation marks ends it (`15th
    /// Brigade "Kara-Dag"`).
    numbered: bool,
}

impl Run {
    /// Widens the run over the capitalised word at `word`.
    fn take(&mut self, text: &str, word: Range<usize>) {
        self.span = self.span.start.min(word.start)..self.span.end.max(word.end);
        self.words += 1;
        self.distinctive |= is_acronym(&text[word]);
    }
}

impl Matcher {
    /// The organisations around `heads` (spans of head words outside
    /// mentions), sorted and without overlaps.
    pub(super) fn unlisted_orgs(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
        listed: &[Mention],
        heads: &[Range<usize>],
    ) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = Vec::new();
        for head in heads {
            if out.last().is_some_and(|last| last.end > head.start) {
                continue;
            }
            let Some(run) = self.run_around(text, segments, head, listed) else {
                continue;
            };
            let enough = self.enough_words(text, segments, &run, head);
            let described = after_article(&text[..run.span.start]);
            // A later head word's name may hold the last one whole (`Zaas
            // Shipping & Trading Co` after `Zaas Shipping`): it wins.
            let holds_last = out
                .last()
                .is_some_and(|last| run.span.start <= last.start && last.end < run.span.end);
            let kept = enough
                && !described
                && run.words <= MAX_WORDS
                && !office_name(&text[run.span.clone()])
                && !self.state_name(text, &run.span, listed)
                && (holds_last || out.last().is_none_or(|last| last.end <= run.span.start))
                && !headline.get(text, segments, segments.sentence_at(run.span.start));
            if kept {
                if holds_last {
                    out.pop();
                }
                out.push(run.span);
            }
        }
        out
    }

    /// Offices named by a title's possessive (`the Prime Minister's
    /// Office`, `the Prosecutor General's Office`, `the Istanbul Public
    /// Prosecutor's Office`): the body that serves the office holder, a
    /// title or role word before `'s Office` and the capitalised words
    /// before it, in no listed name. `Office` is no head word (`the Oval
    /// Office`, `Office of the President`), so these are looked for apart.
    /// Sorted.
    pub(super) fn title_offices(&self, text: &str, listed: &[Mention]) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        for s in S_OFFICE.find_iter(text.as_bytes()) {
            // The apostrophe before, straight or curly.
            let Some(at) = text[..s].strip_suffix(['\'', '’']).map(str::len) else {
                continue;
            };
            let end = s + "s Office".len();
            if text[end..].starts_with(is_word_char) {
                continue;
            }
            let start = self.title_words_before(text, at, listed);
            if start < at && !overlaps(listed, &(start..end)) {
                out.push(start..end);
            }
        }
        out
    }

    /// Whether `span` is a word of [`STATE_WORDS`], `of` and a country's
    /// name the document names there (`Federation of Nigeria`).
    fn state_name(&self, text: &str, span: &Range<usize>, listed: &[Mention]) -> bool {
        let name = &text[span.clone()];
        let Some((word, _)) = name.split_once(" of ") else {
            return false;
        };
        let at = span.start + word.len() + " of ".len();
        STATE_WORDS.contains(&word)
            && mention_starting(listed, at).is_some_and(|m| {
                m.end == span.end && self.named_kind(m) == Some(EntityType::Country)
            })
    }

    /// Where the name of an office that ends at `end` begins: a capitalised
    /// title or role word right before (`Prime Minister's`), and the
    /// capitalised words before it (`Istanbul Public Prosecutor's`), four
    /// words at most, none a possessive (`Ukraine's`) or a listed name;
    /// `end` when there is no title word.
    fn title_words_before(&self, text: &str, end: usize, listed: &[Mention]) -> usize {
        let is_title = |w: &str| self.gazetteer.is_title(w) || self.name_word_kind(w).role;
        let last = word_before(text, end);
        if !last.starts_with(char::is_uppercase) || !is_title(last) {
            return end;
        }
        let mut start = end - last.len();
        for _ in 0..3 {
            let Some(head) = text[..start].strip_suffix(' ') else {
                break;
            };
            let word = word_before(head, head.len());
            let at = head.len() - word.len();
            let kept = word.starts_with(char::is_uppercase)
                && !word.contains(['\'', '’'])
                && !NOT_NAMES.contains(&word)
                && !DATES.contains(&word)
                && mention_ending(listed, head.len()).is_none();
            if !kept {
                break;
            }
            start = at;
        }
        start
    }

    /// Whether the run has words enough to be a name: three, or two with
    /// an acronym, a country or a possessive country, or one that names the
    /// body (see [`Matcher::named_by_one_word`]); a head word of a country's
    /// body alone after the country's possessive. A head word that is only
    /// a country's body (`Cabinet`) makes a name only so.
    fn enough_words(
        &self,
        text: &str,
        segments: &Segments,
        run: &Run,
        head: &Range<usize>,
    ) -> bool {
        let word = &text[head.clone()];
        // `number_unit` has checked a numbered unit's words.
        if run.numbered {
            return true;
        }
        // Words taken after `Office of`: no `Oval Office for the talks`.
        let office = run.span.end > head.end && office_of(text, head.clone());
        if !self.name_word_kind(word).org_head && !office {
            return run.owned && run.words <= 2 && !capitalised_after(text, run.span.end);
        }
        match run.words {
            // Not before a title's next word: `Britain's Cabinet Secretary`,
            // `Spain's Treasury Minister`.
            1 => run.owned && OWNED_HEADS.contains(&word) && !capitalised_after(text, run.span.end),
            2 => {
                run.distinctive
                    || run.owned
                    || run.unit
                    || self.named_by_one_word(text, segments, run, head)
                    || self.university_of(text, run, head)
            }
            _ => run.words >= MIN_WORDS,
        }
    }

    /// Whether the run is one capitalised word before a head word of
    /// [`ONE_WORD_HEADS`] or [`LEGAL_FORMS`] that names the body (`McGill
    /// University`, `Globex Corp`): not the first of its sentence (`Every
    /// University`) unless a legal form follows, no title or common
    /// word, and no word that says what kind of body it is (`Electoral
    /// College`, see [`describes_a_kind`]).
    fn named_by_one_word(
        &self,
        text: &str,
        segments: &Segments,
        run: &Run,
        head: &Range<usize>,
    ) -> bool {
        let head_word = &text[head.clone()];
        if !ONE_WORD_HEADS.contains(&head_word) && !LEGAL_FORMS.contains(&head_word) {
            return false;
        }
        let Some(word) = text[run.span.start..head.start].strip_suffix(' ') else {
            return false;
        };
        let sentence = segments.sentence_at(run.span.start);
        let legal_form = LEGAL_FORMS.contains(&head_word);
        !word.contains(' ')
            && !describes_a_kind(word)
            && !SIDES.contains(&word)
            && self.plain_name_word(word)
            && (legal_form || !starts_sentence(text, segments, sentence, run.span.start))
    }

    /// Whether the run is `University of` and one word (`University of
    /// Kent`): a university is named by its town that way, and the words
    /// make no other thing (a `Ministry of Energy` is a country's body,
    /// left to `country_bodies.txt`).
    fn university_of(&self, text: &str, run: &Run, head: &Range<usize>) -> bool {
        head.start == run.span.start
            && &text[head.clone()] == "University"
            && text[head.end..run.span.end]
                .strip_prefix(" of ")
                .is_some_and(|place| !place.contains(' ') && self.plain_name_word(place))
    }

    /// Whether one word may name a body by itself: no title and no common
    /// word (`Every University`, `University of Life`).
    fn plain_name_word(&self, word: &str) -> bool {
        !self.gazetteer.is_title(word) && !self.gazetteer.is_common_word(word)
    }

    /// The capitalised words around a head word, if they make one name
    /// that runs into no other name but a country's.
    fn run_around(
        &self,
        text: &str,
        segments: &Segments,
        head: &Range<usize>,
        listed: &[Mention],
    ) -> Option<Run> {
        let mut run = Run {
            span: head.clone(),
            words: 1,
            distinctive: false,
            joined: false,
            owned: false,
            unit: false,
            numbered: false,
        };
        while self.extend_left(text, segments, &mut run, listed)? {}
        run.owned |= self
            .possessive_country_before(text, run.span.start, listed)
            .is_some();
        run.unit = self.organisation_owns(text, run.span.start, listed);
        while self.extend_right(text, &mut run, listed)? {}
        // A capitalised word right after: the name goes on in a way the
        // rule does not follow (`Whipps Cross University Hospital`).
        let next = text[run.span.end..].strip_prefix(' ');
        if let Some(next) = next
            && let Some((end, _)) = self.name_word_at(next, 0)
            && !self.gazetteer.is_title(&next[..end])
        {
            return None;
        }
        if head.end == run.span.end && MILITARY_UNITS.contains(&&text[head.clone()]) {
            number_unit(text, &mut run);
        }
        if head.end == run.span.end && FIRST_OF_TWO.contains(&&text[head.clone()]) {
            run.span.end += second_form_len(&text[run.span.end..]);
        }
        if ABBREVIATED.contains(&word_before(text, run.span.end)) {
            run.span.end += abbreviation_stop(&text[run.span.end..]);
        }
        Some(run)
    }

    /// Takes the word before the run into it, with a joiner before that
    /// word's own (`Ministry of Defence Press Service`). `Some(false)` when
    /// the run begins here, `None` when it runs into another name.
    fn extend_left(
        &self,
        text: &str,
        segments: &Segments,
        run: &mut Run,
        listed: &[Mention],
    ) -> Option<bool> {
        let Some(head) = text[..run.span.start].strip_suffix(' ') else {
            return Some(false);
        };
        if let Some(m) = mention_ending(listed, head.len()) {
            // A listed organisation's name before two capitalised words
            // or more that end in an organ's word names that organ of it
            // (`Hamas Political Bureau`; not `NATO Europe Command`, `UEFA
            // Conference League`).
            let last = text[run.span.clone()].rsplit(' ').next().unwrap_or("");
            if run.words >= 2
                && BODY_ORGANS.contains(&last)
                && self.named_kind(m) == Some(EntityType::Organization)
            {
                run.span.start = m.start;
                run.words += 1;
                run.unit = true;
                return Some(false);
            }
            let taken = self.take_country(run, m, m.start..run.span.end);
            run.owned |= m.kind == MentionKind::Demonym;
            return taken;
        }
        // `&` joins the words of one name (`Projekt System & Management
        // GmbH`, `Procter & Gamble Co.`): news writes `and` between two.
        if let Some(before) = head.strip_suffix(" &")
            && mention_ending(listed, before.len()).is_none()
            && let Some(start) = self.name_word_before(before)
            && !self.gazetteer.is_title(&before[start..])
        {
            run.take(text, start..before.len());
            return Some(true);
        }
        // `and` joins two fields before the head word of a committee's or a
        // commission's name (`Foreign Affairs and National Defense
        // Committee`); a head word or a listed name before it begins
        // another name (`the Senate and Armed Services Committee`).
        if let Some(before) = head.strip_suffix(" and")
            && text[run.span.clone()]
                .rsplit(' ')
                .next()
                .is_some_and(|last| FIELDS_BEFORE_HEADS.contains(&last))
            && mention_ending(listed, before.len()).is_none()
            && let Some(start) = self.name_word_before(before)
            && !self.gazetteer.is_title(&before[start..])
            && !self.name_word_kind(&before[start..]).org_head
        {
            run.take(text, start..before.len());
            return Some(true);
        }
        let word = word_before(head, head.len());
        if JOINERS_BEFORE.contains(&word)
            && let Some(before) = text[..head.len() - word.len()].strip_suffix(' ')
            && mention_ending(listed, before.len()).is_none()
            && let Some(start) = self.name_word_before(before)
            // `Chief of Defence Forces` is an office; a sentence's first
            // word is capitalised whatever it is (`Creditors of First
            // Brands Group are…`), and two capitalised words before `of`
            // are a person's name (`Jane Doe of Acme Capital`) unless the
            // second names bodies (`Ministry of`, `the House of Commons
            // Defence Committee`).
            && !self.gazetteer.is_title(&before[start..])
            && (self.name_word_kind(&before[start..]).org_head
                || (!starts_sentence(text, segments, segments.sentence_at(start), start)
                    && !self.name_word_after_another(before, start)))
        {
            run.take(text, start..before.len());
            return Some(true);
        }
        let Some(start) = self.name_word_before(head) else {
            return Some(false);
        };
        // A sentence's first word that is an adverb or a common word is
        // capitalised for its place alone (`Later Zeta Capital paid`).
        let first = &head[start..];
        if (SENTENCE_OPENERS.contains(&first) || self.gazetteer.is_common_word(first))
            && starts_sentence(text, segments, segments.sentence_at(start), start)
        {
            return Some(false);
        }
        run.take(text, start..head.len());
        Some(true)
    }

    /// Whether a capitalised word stands right before the one that begins
    /// at `start` in `head`.
    fn name_word_after_another(&self, head: &str, start: usize) -> bool {
        head[..start]
            .strip_suffix(' ')
            .is_some_and(|before| self.name_word_before(before).is_some())
    }

    /// Takes `of`, `for` or `on` (and `the`), or `and` after `of` or `for`,
    /// and the capitalised words after it into the run (`Election
    /// Commission of India`). `Some(false)` when the run ends here, `None`
    /// when it runs into another name.
    fn extend_right(&self, text: &str, run: &mut Run, listed: &[Mention]) -> Option<bool> {
        let rest = &text[run.span.end..];
        if run.words >= 2
            && (self.body_of_its_own(rest) || self.national_body_after(text, run.span.end, listed))
        {
            return Some(false);
        }
        if let Some(joined) = JOINERS_AFTER.iter().find_map(|j| rest.strip_prefix(j)) {
            run.joined = true;
            let joined = joined.strip_prefix("the ").unwrap_or(joined);
            return self.take_words(text, text.len() - joined.len(), run, listed);
        }
        if let Some(fields) = self.comma_joined(text, run, listed) {
            return self.take_words(text, text.len() - fields.len(), run, listed);
        }
        let Some(joined) = self.and_joined(text, run, listed) else {
            return Some(false);
        };
        // The words after `and` count towards the three a name needs
        // (`Ministry of Labour and Employment`). Left out of the count
        // until session 41 (b73d44d), they lost such names to save one
        // false name on a clean set, which counting them no longer makes.
        self.take_words(text, text.len() - joined.len(), run, listed)
    }

    /// Whether `rest`, after a name of two words or more, begins `of the`
    /// and another body's name in `X of Y` form (`Special Tasks Department
    /// of the Ministry of Internal Affairs`): a unit with a name of its own
    /// and the body it belongs to are two names.
    fn body_of_its_own(&self, rest: &str) -> bool {
        let Some(after) = rest.strip_prefix(" of the ") else {
            return false;
        };
        let Some((end, _)) = self.name_word_at(after, 0) else {
            return false;
        };
        self.name_word_kind(&after[..end]).org_head && after[end..].starts_with(" of ")
    }

    /// Whether `of the` after a name of two words or more comes before a
    /// listed organisation, or a demonym and capitalised words that end in
    /// a head word (`National Reference Laboratory of the Ethiopian Public
    /// Health Institute`): a unit and the national body it belongs to are
    /// two names.
    fn national_body_after(&self, text: &str, end: usize, listed: &[Mention]) -> bool {
        if !text[end..].starts_with(" of the ") {
            return false;
        }
        let Some(first) = mention_starting(listed, end + " of the ".len()) else {
            return false;
        };
        if self.named_kind(first) == Some(EntityType::Organization) {
            return true;
        }
        let mut at = first.end;
        let mut head = false;
        while let Some(next) = text[at..].strip_prefix(' ')
            && let Some((word_end, _)) = self.name_word_at(next, 0)
        {
            head = self.name_word_kind(&next[..word_end]).org_head;
            at = text.len() - next.len() + word_end;
        }
        first.kind == MentionKind::Demonym && head
    }

    /// Takes the capitalised words from `at` into the run, up to a
    /// possessive. `Some(false)` when there are none, `None` when they run
    /// into another name.
    fn take_words(&self, text: &str, at: usize, run: &mut Run, listed: &[Mention]) -> Option<bool> {
        let mut at = at;
        let mut taken = false;
        loop {
            let end = if let Some(m) = mention_starting(listed, at) {
                if run.joined && self.field_named_like_a_body(text, m) {
                    run.take(text, at..m.end);
                } else {
                    self.take_country(run, m, run.span.start..m.end)?;
                }
                m.end
            } else {
                match self.name_word_at(text, at) {
                    Some((end, _)) => {
                        run.take(text, at..end);
                        end
                    }
                    None => return Some(taken),
                }
            };
            taken = true;
            let next = text[end..].strip_prefix(' ');
            match next.and_then(|next| self.name_word_at(next, 0)) {
                Some((_, false)) => at = end + 1,
                _ => return Some(true),
            }
        }
    }

    /// The text after a comma right after the run, if the name goes on
    /// past it with a list of fields that `and` ends (`Department of Trade,
    /// Industry and Competition`, `Ministry of Economy, Trade and
    /// Industry`): only once `of`, `for` or `on` has joined, and only
    /// capitalised words that go on with the name (see
    /// [`Matcher::continues_name`]) between the commas.
    fn comma_joined<'t>(&self, text: &'t str, run: &Run, listed: &[Mention]) -> Option<&'t str> {
        if !run.joined {
            return None;
        }
        let after = text[run.span.end..].strip_prefix(", ")?;
        let mut at = text.len() - after.len();
        loop {
            if !self.continues_name(text, at, listed) {
                return None;
            }
            // Past the field's capitalised words.
            while let Some((end, _)) = self.name_word_at(text, at) {
                let another = text[end..]
                    .strip_prefix(' ')
                    .is_some_and(|next| next.starts_with(char::is_uppercase));
                at = if another { end + 1 } else { end };
                if !another {
                    break;
                }
            }
            let rest = &text[at..];
            // The serial comma too (`Local Government, Chieftaincy, and
            // Religious Affairs`).
            if rest.starts_with(" and ") || rest.starts_with(", and ") {
                return Some(after);
            }
            at += rest.strip_prefix(", ").map(|_| 2)?;
        }
    }

    /// The text after an `and` (or `&`) right after the run, if the name
    /// goes on past it: only once `of`, `for` or `on` has joined
    /// (`Britain and France` are two names; `House Committee on Good
    /// Government and Public Accountability` is one), after a capitalised word that is no
    /// country's name, and before capitalised words that go on with the
    /// name (see [`Matcher::continues_name`]).
    fn and_joined<'t>(&self, text: &'t str, run: &Run, listed: &[Mention]) -> Option<&'t str> {
        let country_last = mention_ending(listed, run.span.end)
            .is_some_and(|m| !self.field_named_like_a_body(text, m));
        if !run.joined || country_last {
            return None;
        }
        let rest = &text[run.span.end..];
        // The serial comma ends a list of fields the run has taken
        // (`Local Government, Chieftaincy, and Religious Affairs`), not one
        // field (`the Ministry of Defence, and Airbus`).
        let serial = || {
            rest.strip_prefix(", and ")
                .filter(|_| text[run.span.clone()].contains(", "))
        };
        let joined = AND_JOINERS
            .iter()
            .find_map(|j| rest.strip_prefix(j))
            .or_else(serial)?;
        self.continues_name(text, text.len() - joined.len(), listed)
            .then_some(joined)
    }

    /// Whether `m`, a country's ministry found by its generic name
    /// (`Ministry of Health`, a name of a body of `country_bodies.txt`), is
    /// only the start of a longer name that the rules here read in full:
    /// more fields (`Ministry of Health and Social Protection`, `Ministry
    /// of Health, Labour and Welfare`) or its country (`Ministry of Health
    /// of Uganda`). It is then dropped, so that the longer name is found.
    /// Any other body a country alias names goes on only with `of` and a
    /// name the gazetteer does not list (see [`Matcher::owned_by_unlisted`]).
    pub(super) fn country_body_goes_on(&self, text: &str, m: &Mention, listed: &[Mention]) -> bool {
        let name = &text[m.start..m.end];
        if m.resolved_by != Resolution::Country {
            return false;
        }
        let rest = &text[m.end..];
        if !GENERIC_HEADS.iter().any(|h| name.starts_with(h)) {
            return self.owned_by_unlisted(text, m, listed);
        }
        if let Some(after) = rest.strip_prefix(" of ") {
            let after = after.strip_prefix("the ").unwrap_or(after);
            return after.starts_with(char::is_uppercase);
        }
        if let Some(joined) = AND_JOINERS.iter().find_map(|j| rest.strip_prefix(j)) {
            return self.continues_name(text, text.len() - joined.len(), listed);
        }
        let run = Run {
            span: m.start..m.end,
            words: name.split(' ').count(),
            distinctive: false,
            joined: true,
            owned: false,
            unit: false,
            numbered: false,
        };
        self.comma_joined(text, &run, listed).is_some()
    }

    /// Whether `m`, a body that a country alias names (`Supreme Court`),
    /// goes on with `of` and a name the gazetteer does not list: the longer
    /// name is another body's (`the Supreme Court of Victoria`, a state's;
    /// `Government of …` never gets here: `no_government` drops it before
    /// any country, as the rule below does not). After `of the`, only a place
    /// of `places.txt` counts (`of the Northern Territory`, not `through
    /// Parliament of the Criminal Code Amendment`). A listed name after
    /// `of` (`Parliament of Georgia`) leaves `m` as it is.
    fn owned_by_unlisted(&self, text: &str, m: &Mention, listed: &[Mention]) -> bool {
        let Some(after) = text[m.end..].strip_prefix(" of ") else {
            return false;
        };
        let (after, article) = match after.strip_prefix("the ") {
            Some(rest) => (rest, true),
            None => (after, false),
        };
        let at = text.len() - after.len();
        let owner = if article {
            self.whole_word_at(text, at)
                .is_some_and(|hit| self.claims.place(hit.pattern).is_some())
        } else {
            after.starts_with(char::is_uppercase) && !self.titled_holder(after)
        };
        owner
            && self.entity(m.entity).kind == EntityType::Organization
            && mention_starting(listed, at).is_none()
    }

    /// Whether `after` begins with a title and a capitalised word, a
    /// holder named by office (`the Labour Party of Prime Minister Jonas
    /// Gahr Store`, `the party of President Ruto`): the body before `of` is
    /// theirs, and no part of a longer name.
    fn titled_holder(&self, after: &str) -> bool {
        let Some((word, rest)) = after.split_once(' ') else {
            return false;
        };
        self.gazetteer.is_title(word) && rest.starts_with(char::is_uppercase)
    }

    /// Whether the capitalised words at `at`, after an `and`, go on with a
    /// name rather than begin another one: none is a listed name, a head
    /// word (`the Ministry of Defence and Foreign Ministry`) or a title
    /// (`and Chief of Staff`; a field that begins titles is a field here,
    /// `Ministry of Economy and Finance`, unless a title follows, `and
    /// Finance Minister`), and the first is no given name (`and Jane
    /// Doe`). A head word that stands alone is a field, not a name
    /// (`Ministry of Trade, Industry and Energy`). A `the` after `and`
    /// begins another name: it is no capitalised word.
    fn continues_name(&self, text: &str, at: usize, listed: &[Mention]) -> bool {
        let mut at = at;
        let mut first = true;
        while let Some((end, _)) = self.name_word_at(text, at) {
            let word = &text[at..end];
            let kind = self.name_word_kind(word);
            // A head word alone is a field (`Trade, Industry and Energy`):
            // it begins no name of its own.
            let alone = first
                && text[end..]
                    .strip_prefix(' ')
                    .is_none_or(|next| !next.starts_with(char::is_uppercase));
            if mention_starting(listed, at).is_some()
                || (kind.org_head && !alone)
                || (self.gazetteer.is_title(word) && !FIELD_TITLES.contains(&word))
                || (first && kind.given)
            {
                return false;
            }
            first = false;
            match text[end..].strip_prefix(' ') {
                Some(_) => at = end + 1,
                None => break,
            }
        }
        !first
    }

    /// Whether `m`, after `of` or `for` in a body's name, is the field the
    /// body works in though an organisation has that name: a one-word
    /// organisation (`Labour` in `Ministry of Labour and Employment`), or
    /// one whose last word ends ministries' names too (`Law and Justice` in
    /// `Standing Committee on Law and Justice`), but not a body's generic
    /// name (`Aircraft Systems for the Air Force`); no acronym. (After
    /// `and`, [`Matcher::continues_name`] still stops at a listed name: `Ministry of
    /// Petroleum and Mineral Resources` is two names.)
    fn field_named_like_a_body(&self, text: &str, m: &Mention) -> bool {
        let name = &text[m.start..m.end];
        let last = name.rsplit(' ').next().unwrap_or(name);
        let field = self.named_kind(m) == Some(EntityType::Organization)
            && m.resolved_by != Resolution::Country
            && self.name_word_kind(last).field;
        (self.one_word_organisation(text, m) || field) && !is_acronym(name)
    }

    /// Widens the run to `span` over `m` if `m` names a country or is its
    /// demonym (`India`, `United States`, `Kenyan`); otherwise the run is
    /// another name's.
    fn take_country(&self, run: &mut Run, m: &Mention, span: Range<usize>) -> Option<bool> {
        if self.entity(m.entity).kind != EntityType::Country {
            return None;
        }
        run.span = span;
        run.words += 1;
        run.distinctive = true;
        Some(true)
    }

    /// Where the capitalised word that ends `head` begins, if it may be a
    /// word of an organisation's name and no possessive.
    fn name_word_before(&self, head: &str) -> Option<usize> {
        // A possessive of members ends the word (`New People's`).
        let bare = MEMBERS_MARKS
            .iter()
            .find_map(|m| head.strip_suffix(m))
            .filter(|bare| MEMBERS.contains(&word_before(bare, bare.len())))
            .unwrap_or(head);
        let word = word_before(bare, bare.len());
        let start = bare.len() - word.len();
        match self.name_word_at(head, start) {
            Some((end, false)) if end == head.len() => Some(start),
            _ => None,
        }
    }

    /// The end of the capitalised word at `at`, if it may be a word of an
    /// organisation's name (not `The`), and whether a possessive follows.
    fn name_word_at(&self, text: &str, at: usize) -> Option<(usize, bool)> {
        let (end, shape) = name_word(text, at)?;
        let word = &text[at..end];
        let possessive = text[end..].starts_with(['\'', '’']);
        // `Lviv-based`, `Iran-backed`: an adjective before the name.
        let adjective = word
            .rsplit_once('-')
            .is_some_and(|(_, last)| last.starts_with(char::is_lowercase));
        // A month in capitals too (`the Central Committee of MAY.2024`).
        let date = DATES.iter().any(|d| d.eq_ignore_ascii_case(word));
        let kept = shape == Shape::Capitalised && !adjective && !NOT_NAMES.contains(&word) && !date;
        if kept && possessive && MEMBERS.contains(&word) {
            // Of a name's words, not its owner (`New People's Party`).
            let mark = MEMBERS_MARKS.iter().find(|m| text[end..].starts_with(*m))?;
            return Some((end + mark.len(), false));
        }
        kept.then_some((end, possessive))
    }
}

impl Matcher {
    /// Widens each mention of a listed company over a legal form right
    /// after it, which is part of the name as printed (`Nestlé SA`,
    /// `Binance Holdings Limited`), or over the end of its web address
    /// (`Shutterstock.com` in a photo credit), a news outlet's over `News`
    /// (`Reuters News`); and a listed organisation's over a capitalised
    /// `Party` that its name lacks, as papers add it (`Linyon Demokratik
    /// Seselwa Party`).
    pub(super) fn widen_to_legal_forms(&self, text: &str, mentions: &mut [Mention]) {
        for i in 0..mentions.len() {
            let m = &mentions[i];
            if self.named_kind(m) != Some(EntityType::Organization) {
                continue;
            }
            let named = &text[m.start..m.end];
            let last = named.rsplit_once(' ').map(|(_, last)| last);
            let len = if last.is_some_and(|w| ABBREVIATED.contains(&w)) {
                // A listed name that ends in the form (`Toyota Motor
                // Corp`) takes the full stop after it.
                text[m.end..].starts_with('.').then_some(1)
            } else {
                let rest = &text[m.end..];
                legal_form_len(rest)
                    .or_else(|| domain_len(rest))
                    .or_else(|| self.unit_len(m.entity, rest))
                    .or_else(|| self.news_len(m.entity, rest))
                    .or_else(|| party_len(named, rest))
            };
            let Some(len) = len else {
                continue;
            };
            let mut end = m.end + len;
            // A second form after the first (`Co., Ltd`).
            end += legal_form_len(&text[end..]).unwrap_or(0);
            if mentions.get(i + 1).is_none_or(|next| next.start >= end) {
                mentions[i].end = end;
            }
        }
    }

    /// Widens each mention of a listed organisation back over a legal
    /// form written before the name, as Russian firms' are (`PJSC
    /// Transneft`).
    pub(super) fn widen_back_to_legal_forms(&self, text: &str, mentions: &mut [Mention]) {
        for i in 0..mentions.len() {
            let m = &mentions[i];
            let Some(before) = text[..m.start].strip_suffix(' ') else {
                continue;
            };
            let Some(form) = FORMS_BEFORE.iter().find(|f| before.ends_with(*f)) else {
                continue;
            };
            let start = before.len() - form.len();
            let whole = !text[..start].ends_with(is_word_char);
            let free = i == 0 || mentions[i - 1].end <= start;
            if whole && free && self.named_kind(m) == Some(EntityType::Organization) {
                mentions[i].start = start;
            }
        }
    }

    /// Joins two listed mentions one space apart into one where a
    /// country's name is part of the other's: before a body of that
    /// country, as the body is named so (`the U.S. Health and Human
    /// Services Department`, as `US Army`), or after a company, as news
    /// names the company's branch there (`MBDA France`, `Thales UK`); the
    /// joined mention is the body's or the company's. A demonym joins the
    /// generic name of its country's body (`Swedish Parliament`) but stays
    /// apart from a name of the body's own (`Russian Patriotic Bloc`), and
    /// so does a news organisation (`told Reuters Ukraine
    /// would…`, see [`crate::gazetteer::Entity::is_company`]). A mention
    /// joins one other at most.
    pub(super) fn join_countries(&self, text: &str, mentions: &mut Vec<Mention>) {
        // In place: most documents join nothing, and pay no allocation.
        let (mut kept, mut i) = (0, 0);
        while i < mentions.len() {
            let one = mentions
                .get(i + 1)
                .filter(|next| &text[mentions[i].end..next.start] == " ")
                .and_then(|next| self.joined(text, &mentions[i], next));
            let step = match one {
                Some(one) => {
                    mentions[i] = one;
                    2
                }
                None => 1,
            };
            mentions.swap(kept, i);
            kept += 1;
            i += step;
        }
        mentions.truncate(kept);
    }

    /// The one mention two listed mentions one space apart make, if they
    /// make one (see [`Matcher::join_countries`]).
    fn joined(&self, text: &str, m: &Mention, next: &Mention) -> Option<Mention> {
        let country = |m: &Mention| self.named_kind(m) == Some(EntityType::Country);
        let organisation = |m: &Mention| self.named_kind(m) == Some(EntityType::Organization);
        let of_country =
            organisation(next) && self.country_of(next.entity as u32) == Some(m.entity as u32);
        // A demonym before a body's generic name is part of its name
        // (`Swedish Parliament`), as it is not before a name of the
        // body's own (`Russian Patriotic Bloc`).
        let generic = || {
            let name = &text[next.start..next.end];
            self.entity(next.entity)
                .country_aliases
                .iter()
                .any(|a| a == name)
        };
        if of_country && (country(m) || (m.kind == MentionKind::Demonym && generic())) {
            return Some(Mention {
                start: m.start,
                ..next.clone()
            });
        }
        let branch = country(next) && organisation(m) && self.entity(m.entity).is_company();
        branch.then(|| Mention {
            end: next.end,
            ..m.clone()
        })
    }

    /// Whether a listed organisation's possessive ends before `start`,
    /// right before it or one lower-case word before it (`Hezbollah's
    /// elite `).
    fn organisation_owns(&self, text: &str, start: usize, listed: &[Mention]) -> bool {
        let Some(mut before) = text[..start].strip_suffix(' ') else {
            return false;
        };
        if let Some((rest, word)) = before.rsplit_once(' ')
            && word.starts_with(|c: char| c.is_ascii_lowercase())
            && word.chars().all(|c| c.is_alphabetic())
        {
            before = rest;
        }
        let before = before.strip_suffix('s').unwrap_or(before);
        let Some(owner) = before.strip_suffix(['\'', '’']) else {
            return false;
        };
        mention_ending(listed, owner.len())
            .is_some_and(|m| self.named_kind(m) == Some(EntityType::Organization))
    }

    /// The country whose possessive ends right before `start` (`Japan's
    /// `, `Belarus' `, straight or curly), if one does.
    pub(super) fn possessive_country_before(
        &self,
        text: &str,
        start: usize,
        listed: &[Mention],
    ) -> Option<usize> {
        let before = text[..start].strip_suffix(' ')?;
        let before = before.strip_suffix('s').unwrap_or(before);
        let owner = before.strip_suffix(['\'', '’'])?;
        let m = mention_ending(listed, owner.len())?;
        (self.named_kind(m) == Some(EntityType::Country)).then_some(m.entity)
    }
}

/// The length of a web address's end right at the start of `rest`
/// (`.com`, `.org`…), with no letter after it.
fn domain_len(rest: &str) -> Option<usize> {
    [".com", ".org", ".net", ".co.uk"]
        .iter()
        .find(|d| rest.starts_with(*d) && !rest[d.len()..].starts_with(is_word_char))
        .map(|d| d.len())
}

/// Legal forms written after a comma (`Acme Petrochemical Co., Ltd`,
/// `Globex, Inc.`): only those that are no other word there (`, AG` may
/// be an attorney general).
const COMMA_FORMS: &[&str] = &["Ltd", "Inc", "LLC", "LLP", "Limited", "Corp", "PLC", "plc"];

/// Legal forms written short, whose full stop is part of the name as
/// printed (`Ford Motor Co.`, `Tesla Inc.`).
const ABBREVIATED: &[&str] = &["Co", "Corp", "Inc", "Ltd", "Pvt"];

/// Legal forms that a second one follows (`Co., Ltd`, `Pvt. Ltd.`, as
/// Chinese and Indian firms are named).
const FIRST_OF_TWO: &[&str] = &["Co", "Pvt"];

/// The length of the legal form that `rest` begins with, after a space,
/// with `Group` or `Holdings` before it if they are there (` SA`, ` Holdings
/// Limited`, ` Group Inc`, ` SDN BHD`, [`TWO_WORD_FORMS`], ` Public Joint
/// Stock Company`, [`FORMS_BEFORE`]), or after a
/// comma (`, Ltd`, [`COMMA_FORMS`]),
/// and the full stop after a short one (` Co.`, `, Inc.`).
fn legal_form_len(rest: &str) -> Option<usize> {
    if let Some(after) = rest.strip_prefix(", ") {
        return form_len(after, COMMA_FORMS).map(|n| ", ".len() + n);
    }
    let forms = || {
        TWO_WORD_FORMS
            .iter()
            .chain(FORMS_BEFORE)
            .chain(LEGAL_FORMS)
            .chain(&["Limited", "Corporation"])
    };
    let rest = rest.strip_prefix(' ')?;
    let parent = PARENTS.iter().find_map(|p| {
        let after = rest.strip_prefix(p)?.strip_prefix(' ')?;
        form_len(after, forms()).map(|n| p.len() + 1 + n)
    });
    parent.or_else(|| form_len(rest, forms())).map(|n| 1 + n)
}

/// The length of the form of `forms` that `rest` begins with as a whole
/// word, with the full stop after a short one.
fn form_len<'f>(rest: &str, forms: impl IntoIterator<Item = &'f &'f str>) -> Option<usize> {
    let f = forms.into_iter().find(|f| {
        rest.strip_prefix(**f)
            .is_some_and(|after| !after.starts_with(is_word_char))
    })?;
    let stop = ABBREVIATED.contains(f) && rest[f.len()..].starts_with('.');
    Some(f.len() + usize::from(stop))
}

/// What follows a party's name in some papers, and is then part of it.
const PARTY: &str = " Party";

/// The length of ` Party` right after a name that lacks the word
/// (`Labour Party Party` is no name).
fn party_len(named: &str, rest: &str) -> Option<usize> {
    let whole = rest
        .strip_prefix(PARTY)
        .is_some_and(|after| !after.starts_with(is_word_char));
    (whole && !named.contains("Party")).then_some(PARTY.len())
}

/// Last words of a company's units and subsidiaries named after it
/// (`Piaggio Aviation`, `Piaggio Aero Industries`, `Emirates NBD Bank`).
const UNIT_ENDS: &[&str] = &[
    "Aerospace",
    "Airlines",
    "Aviation",
    "Bank",
    "Defence",
    "Defense",
    "Division",
    "Energy",
    "Industries",
    "Logistics",
    "Pharmaceuticals",
    "Power",
    "Services",
    "Shipping",
    "Systems",
    "Technologies",
];

impl Matcher {
    /// The length of a unit's name right after the name of a listed
    /// company: `Group` or `Holdings` (the company as its owners call it:
    /// `DTEK Group`) or a word of [`UNIT_ENDS`], with one capitalised word
    /// before it or none (` Aero Industries`, ` Aviation`). News names the
    /// unit so; the mention takes its whole name.
    fn unit_len(&self, company: usize, rest: &str) -> Option<usize> {
        let rest = rest.strip_prefix(' ')?;
        let word = |at: usize| {
            let w = &rest[at..];
            &w[..w.find(|c: char| !c.is_alphabetic()).unwrap_or(w.len())]
        };
        let unit_end = |w: &str| UNIT_ENDS.contains(&w) || PARENTS.contains(&w);
        let first = word(0);
        let (end, last) = if unit_end(first) {
            (first.len(), first)
        } else {
            let capitalised = first.starts_with(char::is_uppercase)
                && !self.gazetteer.is_common_word(first)
                && rest[first.len()..].starts_with(' ');
            if !capitalised {
                return None;
            }
            let second = word(first.len() + 1);
            (first.len() + 1 + second.len(), second)
        };
        let whole = !rest[end..].starts_with(is_word_char);
        (whole && unit_end(last) && self.entity(company).is_company()).then_some(1 + end)
    }

    /// The length of ` News` right after a news outlet's name, which names
    /// its newsroom or service (`told Reuters News`, `Source: Yonhap
    /// News`): the outlet's name as printed.
    fn news_len(&self, outlet: usize, rest: &str) -> Option<usize> {
        let after = rest.strip_prefix(" News")?;
        let whole = !after.starts_with(is_word_char);
        (whole && self.entity(outlet).is_news_outlet()).then_some(" News".len())
    }
}

/// The length of the full stop after a short legal form that ends a name
/// (`HKN Energy Ltd., the operator`, `SyndiGate Media Inc.
/// (Syndigate.info)`), also where it ends the sentence (`… to Osprey Power
/// Ltd.`): the name is written with it, as the development sets' gold
/// spans almost always have it. 1 or 0.
fn abbreviation_stop(rest: &str) -> usize {
    usize::from(rest.starts_with('.'))
}

/// The length of a second legal form after one of [`FIRST_OF_TWO`] and
/// what joins them (`Shenyang Network Technology Co., Ltd`, `Alchemical
/// Solutions Pvt. Ltd.`), or 0.
fn second_form_len(rest: &str) -> usize {
    let stop = usize::from(rest.starts_with('.'));
    let comma = usize::from(rest[stop..].starts_with(','));
    legal_form_len(&rest[stop + comma..]).map_or(0, |len| stop + comma + len)
}

/// Whether a capitalised word follows `end` after one space.
fn capitalised_after(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(char::is_uppercase))
}

/// Whether `before` ends with the article `a` or `an`: capitals after it
/// make a kind, not a name (`a Foreign Terrorist Organization`).
fn after_article(before: &str) -> bool {
    ["a ", "an ", "A ", "An "].iter().any(|article| {
        before
            .strip_suffix(article)
            .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
    })
}

/// Whether `word` has the ending of an adjective (`Electoral`, `Medical`,
/// `Islamic`, `Executive`, `Advanced`): a word that says what kind of body
/// follows rather than which one.
fn describes_a_kind(word: &str) -> bool {
    ["al", "ic", "ive", "ary", "ed", "ing"]
        .iter()
        .any(|ending| word.ends_with(ending))
}

/// Words that name a country's state before `of` and its name (`Laws of
/// the Federation of Nigeria`): the country, not a body.
const STATE_WORDS: &[&str] = &["Federation", "Republic", "Kingdom", "Commonwealth", "State"];

/// Whether `name` begins with a compound title, with a hyphen or
/// without (`Inspector-General of Police`, `Director General of Military
/// Operations`): an office, whose holder the story names, not a body
/// (a body's word before `General` makes a body: `Directorate General of
/// Health Services`), or with `Chief of` (`Chief of Defence Forces`,
/// `Chief of Army Staff`): a commander's post, which no body is called.
pub(super) fn office_name(name: &str) -> bool {
    let mut words = name.split(' ');
    let first = words.next().unwrap_or("");
    let second = words.next();
    first.ends_with("-General")
        || first.ends_with("-general")
        || (OFFICERS.contains(&first) && second == Some("General"))
        || (first == "Chief" && second == Some("of"))
}

/// Officers whose title `General` follows (`Director General`, `Auditor
/// General`).
const OFFICERS: &[&str] = &[
    "Accountant",
    "Adjutant",
    "Attorney",
    "Auditor",
    "Director",
    "Inspector",
    "Postmaster",
    "Procurator",
    "Prosecutor",
    "Secretary",
    "Solicitor",
    "Surgeon",
];

/// Whether `word` is an acronym: two capitals or more and no lower case.
pub(super) fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::EntityType;
    use crate::matcher::Matcher;
    use crate::matcher::tests::{all_found, matcher_of_files};

    const GAZ: &str = "id\ttype\tname\taliases\tcontext_aliases\n\
        india\tcountry\tIndia\t\t\n\
        eu\torganization\tEuropean Union\tEU\t\n\
        labour\torganization\tLabour Party\tLabour\t\n\
        pis\torganization\tLaw and Justice\t\t\n\
        moj\torganization\tMinistry of Justice\t\t\n\
        biden\tperson\tJoe Biden\tBiden\t\n";

    fn matcher() -> Matcher {
        matcher_of_files(&[
            ("t.tsv", GAZ),
            (
                "org_heads.txt",
                "Commission\nCouncil\nNews\nMinistry\nForces\nOrganization\nCenter\n\
                 University\nCollege\nInstitute\nFoundation\nGovernment\nGroup\nCapital\n",
            ),
            ("titles.txt", "Chief\nPresident\nPolice\n"),
            ("common_words.txt", "reform\n"),
        ])
    }

    /// The mentions of `text` as (surface, entity id, type).
    fn found(m: &Matcher, text: &str) -> Vec<(String, String, EntityType)> {
        all_found(m, text)
            .into_iter()
            .map(|f| (f.surface, f.id, f.kind))
            .collect()
    }

    #[test]
    fn the_shipped_head_words_end_teams_and_programmes() {
        let m = crate::matcher::tests::shipped_matcher();
        let text = "He works for the Incident Management Support Team (IMST) on mpox. \
            A manager of the Expanded Programme on Immunisation spoke.";
        let orgs: Vec<String> = found(m, text)
            .into_iter()
            .filter(|f| f.2 == EntityType::Organization)
            .map(|f| f.0)
            .collect();
        assert_eq!(
            orgs,
            [
                "Incident Management Support Team",
                "IMST",
                "Expanded Programme on Immunisation"
            ]
        );
    }

    #[test]
    fn a_short_legal_form_takes_its_full_stop() {
        let m = matcher();
        let text = "The field is run by Kestrel Energy Ltd., which said so. \
            Kestrel Energy later closed it, and the work went to Osprey Power Ltd.";
        let surfaces: Vec<String> = found(&m, text).into_iter().map(|f| f.0).collect();
        // Where the stop ends the sentence too.
        assert_eq!(
            surfaces,
            ["Kestrel Energy Ltd.", "Kestrel Energy", "Osprey Power Ltd."]
        );
        let text = "Provided by Kestrel Energy Ltd. (kestrel.example).";
        assert_eq!(found(&m, text)[0].0, "Kestrel Energy Ltd.");
        // An Israeli company's (`Ba'am`).
        let text = "The fund sold its shares in Kestrel Energy BM last week.";
        assert_eq!(found(&m, text)[0].0, "Kestrel Energy BM");
    }

    #[test]
    fn a_body_named_in_full_counts_again_and_a_company_without_its_last_word() {
        let m = matcher();
        let text = "The deal was signed last week by Acme Brands Group, and later \
            Acme Brands paid, as the Care Quality Commission agreed. The deal \
            with Acme Brands Holdings was another, and it was not signed.";
        let found = found(&m, text);
        let ids: Vec<(&str, &str)> = found
            .iter()
            .map(|(surface, id, _)| (surface.as_str(), id.as_str()))
            .collect();
        assert_eq!(
            ids,
            [
                ("Acme Brands Group", "unlisted:acme-brands-group"),
                ("Acme Brands", "unlisted:acme-brands-group"),
                (
                    "Care Quality Commission",
                    "unlisted:care-quality-commission"
                ),
            ]
        );
        // One word left is a person's or a place's name as often.
        let text = "The deal was signed by the Adani Group, and Adani later said so.";
        assert_eq!(orgs(&m, text), ["Adani Group"]);
        // Nor is the name inside a longer one.
        let text = "The loan came from Zeta Capital last year, and Zeta Capital \
            Financial later paid it back in full.";
        assert_eq!(orgs(&m, text), ["Zeta Capital"]);
        let text = "The loan came from Zeta Capital last year. Later Zeta Capital \
            paid it back in full.";
        assert_eq!(orgs(&m, text), ["Zeta Capital", "Zeta Capital"]);
    }

    #[test]
    fn a_listed_body_s_name_before_an_organ_s_name_is_part_of_it() {
        let m = matcher();
        let text = "She sits on the EU Political Council, which met today.";
        assert_eq!(orgs(&m, text), ["EU Political Council"]);
        // Not before what is no organ's word.
        let text = "She runs the EU Policy Research Center, which met today.";
        assert_eq!(orgs(&m, text), Vec::<String>::new());
    }

    #[test]
    fn against_with_its_capital_joins_a_body_s_name() {
        let m = matcher();
        let text = "Officials at the Center Against Disinformation Studies said so.";
        assert_eq!(orgs(&m, text), ["Center Against Disinformation Studies"]);
        // In lower case it says what the body does.
        let text = "The Defence Research Center against Russian Propaganda said so.";
        assert_eq!(orgs(&m, text), ["Defence Research Center"]);
    }

    #[test]
    fn a_month_in_capitals_ends_a_body_s_name() {
        let m = matcher();
        let text = "Members backed him at the Electoral Commission of MAY.2024 that chose him.";
        assert_eq!(orgs(&m, text), Vec::<String>::new());
        let text = "Members backed him at the Electoral Commission of Vanuatu that chose him.";
        assert_eq!(orgs(&m, text), ["Electoral Commission of Vanuatu"]);
    }

    fn orgs(m: &Matcher, text: &str) -> Vec<String> {
        found(m, text)
            .into_iter()
            .filter(|(_, id, kind)| {
                id.starts_with("unlisted:") && *kind == EntityType::Organization
            })
            .map(|(surface, _, _)| surface)
            .collect()
    }

    /// Asserts that each text of `found` gives exactly its organisation
    /// and that each of `none` gives none.
    fn assert_orgs(m: &Matcher, found: &[(&str, &str)], none: &[&str]) {
        for (text, org) in found {
            assert_eq!(orgs(m, text), [*org], "{text}");
        }
        for text in none {
            assert_eq!(orgs(m, text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn three_capitalised_words_around_a_head_word_are_an_organisation() {
        let m = matcher();
        let text = "The Care Quality Commission said that hospitals were failing.";
        assert_eq!(
            found(&m, text),
            [(
                "Care Quality Commission".to_string(),
                "unlisted:care-quality-commission".to_string(),
                EntityType::Organization
            )]
        );
        for (text, org) in [
            // Joined by `of`, a possessive after, a day after.
            (
                "He said that the Ministry of Digital Transformation would look into it.",
                "Ministry of Digital Transformation",
            ),
            (
                "The Digital Transformation Ministry's plan failed.",
                "Digital Transformation Ministry",
            ),
            (
                "The Quality Care Council on Monday voted against the plan, which failed.",
                "Quality Care Council",
            ),
            // Two words, one an acronym.
            (
                "SBS News reported that talks would resume later.",
                "SBS News",
            ),
        ] {
            assert_eq!(orgs(&m, text), [org], "{text}");
        }
    }

    #[test]
    fn a_unit_named_of_the_body_it_belongs_to_is_a_name_of_its_own() {
        let m = matcher();
        let text = "He was deputy head of the Special Tasks Council of the Ministry of \
            Internal Affairs until last year.";
        assert_eq!(
            orgs(&m, text),
            ["Special Tasks Council", "Ministry of Internal Affairs"]
        );
        // One word before `of the` is no name by itself; nor is a body
        // after it unless it is in `X of Y` form.
        let whole = [
            (
                "The Council of the Ministry of Internal Affairs met until late.",
                "Council of the Ministry of Internal Affairs",
            ),
            (
                "The Special Tasks Council of the Interior Ministry met until late.",
                "Special Tasks Council of the Interior Ministry",
            ),
        ];
        assert_orgs(&m, &whole, &[]);
        // So is a body after it the gazetteer lists, or one a demonym
        // begins.
        let text = "He chaired the Special Tasks Council of the European Union until May.";
        assert_eq!(orgs(&m, text), ["Special Tasks Council"]);
        let m = owned_matcher();
        let text = "Tests ran at the National Reference Ministry of the Japanese Public \
            Health Army until late.";
        assert_eq!(
            orgs(&m, text),
            ["National Reference Ministry", "Japanese Public Health Army"]
        );
    }

    #[test]
    fn office_begins_a_name_before_of_or_for_only() {
        let m = matcher();
        assert_orgs(
            &m,
            &[
                (
                    "He said that officials from the Federal Office for Civil Protection would meet.",
                    "Federal Office for Civil Protection",
                ),
                (
                    "He said the Office of Strategic Planning would look into it.",
                    "Office of Strategic Planning",
                ),
            ],
            &[
                "He sat in the Grand Oval Office for the talks.",
                "He said the Federal Main Office would look into it.",
            ],
        );
    }

    #[test]
    fn a_hyphened_adjective_before_a_name_is_no_word_of_it() {
        let m = matcher();
        assert_orgs(
            &m,
            &[(
                "He said that, according to the Lviv-based Institute of Mass Information, \
                 more journalists died.",
                "Institute of Mass Information",
            )],
            &[],
        );
    }

    #[test]
    fn a_military_unit_takes_its_number_and_its_honorary_name() {
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            ("org_heads.txt", "Brigade\nCorps\nDivision\n"),
        ]);
        let text = "He said that the commander of the 1st National Guard Corps \"Azov\" \
            and soldiers of the 15th Brigade \"Kara-Dag\" and of the 12th Special \
            Forces Brigade were freed.";
        assert_eq!(
            orgs(&m, text),
            [
                "1st National Guard Corps \"Azov\"",
                "15th Brigade \"Kara-Dag\"",
                "12th Special Forces Brigade"
            ]
        );
        // A number and one word are no name without the honorary name.
        assert_eq!(
            orgs(&m, "He said that fans of the 2nd Division cheered loudly."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn co_is_a_legal_form_and_takes_ltd_after_it() {
        let m = matcher();
        assert_orgs(
            &m,
            &[
                (
                    "He said the Treasury listed Shenyang Geumpungri Network Technology \
                     Co., Ltd, a front company, on Monday.",
                    "Shenyang Geumpungri Network Technology Co., Ltd",
                ),
                // The longer name of a later head word holds the first.
                (
                    "He said that the firm Zaas Capital & Trading Co was listed as well.",
                    "Zaas Capital & Trading Co",
                ),
            ],
            &[],
        );
    }

    #[test]
    fn malaysia_s_form_is_one_in_two_halves() {
        assert_eq!(
            super::legal_form_len(" SDN BHD, the firm"),
            Some(" SDN BHD".len())
        );
        assert_eq!(super::legal_form_len(" Sdn Bhd."), Some(" Sdn Bhd".len()));
        // The first half alone is no form.
        assert_eq!(super::legal_form_len(" SDN said"), None);
    }

    #[test]
    fn a_form_in_words_after_the_name_is_the_longest() {
        let rest = " Public Joint Stock Company (PSB) was listed.";
        let want = " Public Joint Stock Company".len();
        assert_eq!(super::legal_form_len(rest), Some(want));
        assert_eq!(super::legal_form_len(" Joint Stock Company."), Some(20));
        assert_eq!(super::legal_form_len(" Joint venture"), None);
    }

    #[test]
    fn pvt_takes_ltd_after_it_and_fzc_ends_a_name() {
        let m = matcher();
        assert_orgs(
            &m,
            &[
                (
                    "He said the Treasury listed Alchemical Solutions Pvt. Ltd. of Mumbai.",
                    "Alchemical Solutions Pvt. Ltd.",
                ),
                (
                    "He said the Treasury listed Rabya for Trading FZC on Monday.",
                    "Rabya for Trading FZC",
                ),
            ],
            &[],
        );
    }

    #[test]
    fn a_sentence_s_first_preposition_is_no_word_of_a_company_s_name() {
        let m = matcher();
        assert_orgs(
            &m,
            &[(
                "The firm was listed in 1997. Besides Jood SARL, the Treasury named others.",
                "Jood SARL",
            )],
            &[],
        );
    }

    #[test]
    fn a_government_is_named_by_its_country() {
        let m = matcher();
        assert_eq!(
            orgs(
                &m,
                "Reliance will follow the Government of India guidelines."
            ),
            ["Government of India"]
        );
        // Two words, neither an acronym nor a country's name.
        assert_eq!(
            orgs(&m, "He spoke at Government House on Monday, and left."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_country_in_an_organisation_s_name_gives_way_to_it() {
        let m = matcher();
        for (text, org) in [
            (
                "Officials of the Election Commission of India said they would meet again.",
                "Election Commission of India",
            ),
            (
                "India News reported that talks would resume later.",
                "India News",
            ),
        ] {
            let all = found(&m, text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
            assert_eq!(all[0].0, org, "{text}");
        }
    }

    #[test]
    fn an_article_is_a_word_of_its_own() {
        assert!(super::after_article("It is a "));
        assert!(super::after_article("An "));
        assert!(!super::after_article("the USA "));
        assert!(!super::after_article("Kenya "));
    }

    #[test]
    fn other_capitalised_words_are_no_organisation() {
        let m = matcher();
        for text in [
            // Two ordinary words.
            "The Quality Commission said that hospitals were failing.",
            // A kind, not a name.
            "It was named a Foreign Terrorist Organization in May.",
            // Another name runs into it, or a capitalised word follows.
            "The EU Care Quality Commission said that hospitals were failing.",
            "The Care Quality Commission Report said that hospitals were failing.",
            // An office, not a body.
            "He said he would stay on as Chief of Defence Forces until the elections.",
            // A headline.
            "Hospitals Are Failing, Says the Care Quality Commission",
        ] {
            assert_eq!(orgs(&m, text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn and_joins_the_fields_of_a_name_after_of_for_or_on() {
        let m = matcher();
        for (text, org) in [
            (
                "The Quality Care Council on Digital Affairs and Trade met to talk about the plan.",
                "Quality Care Council on Digital Affairs and Trade",
            ),
            (
                "He heads the National Center for Immunization and Respiratory Diseases, which tracks measles.",
                "National Center for Immunization and Respiratory Diseases",
            ),
            (
                "Officials at the National Center for Digital Affairs & Communications said it was too early to tell.",
                "National Center for Digital Affairs & Communications",
            ),
            // Two words and a country: enough without the words after `and`.
            (
                "The Ministry of Trade and Industry of India said exports grew.",
                "Ministry of Trade and Industry of India",
            ),
            // Commas between fields that `and` ends.
            (
                "It signed with the Ministry of Trade, Industry and Competition last week.",
                "Ministry of Trade, Industry and Competition",
            ),
            (
                "It signed with the Ministry of Agriculture, Forestry, Water and Fisheries.",
                "Ministry of Agriculture, Forestry, Water and Fisheries",
            ),
        ] {
            assert_eq!(orgs(&m, text), [org], "{text}");
        }
        // A comma with no `and` after the fields: the name ends there.
        let text = "The Ministry of Digital Transformation, Finance, said so.";
        assert_eq!(orgs(&m, text), ["Ministry of Digital Transformation"]);
    }

    #[test]
    fn and_joins_no_two_names() {
        let m = matcher();
        for (text, want) in [
            (
                "The Care Quality Commission and Digital Watch said it was too early to tell.",
                &["Care Quality Commission"][..],
            ),
            // `the`, a head word, a title, a given name or a listed name
            // after it begins another name.
            (
                "The Ministry of Digital Transformation and the Health Watch met to talk about the plan.",
                &["Ministry of Digital Transformation"],
            ),
            (
                "The Ministry of Digital Transformation and Quality Care Council met to talk about the plan.",
                &["Ministry of Digital Transformation", "Quality Care Council"],
            ),
            (
                "The Ministry of Digital Transformation and Chief of Staff Jane Doe met to talk about the plan.",
                &["Ministry of Digital Transformation"],
            ),
            (
                "The Ministry of Digital Transformation and Joe Smith met to talk about the plan.",
                &["Ministry of Digital Transformation"],
            ),
            (
                "The Ministry of Digital Transformation and EU Affairs met to talk about the plan.",
                &["Ministry of Digital Transformation"],
            ),
            // A country's name before it ends the name.
            (
                "The Commission of India and Digital Affairs met to talk about the plan.",
                &["Commission of India"],
            ),
            // The words after it count towards the three a name needs.
            (
                "The Ministry of Energy and Climate Change said it was too early to tell.",
                &["Ministry of Energy and Climate Change"],
            ),
            // A one-word party's name after `of` is the body's field, and
            // so is a longer one that ends as ministries' names do.
            (
                "The Ministry of Labour and Employment has called in the firm.",
                &["Ministry of Labour and Employment"],
            ),
            (
                "The Standing Commission on Law and Justice tabled its report on Monday.",
                &["Standing Commission on Law and Justice"],
            ),
        ] {
            assert_eq!(orgs(&m, text), want, "{text}");
        }
    }

    #[test]
    fn one_word_names_a_university_an_institute_or_a_foundation() {
        let m = matcher();
        for (text, org) in [
            (
                "She studied at McGill University before the war.",
                "McGill University",
            ),
            (
                "He is a fellow of the Hudson Institute, a think tank.",
                "Hudson Institute",
            ),
        ] {
            assert_eq!(orgs(&m, text), [org], "{text}");
        }
        for text in [
            // Another head word.
            "The talks went on in the Digital Council until late.",
            // The first word of a sentence, an adjective, a title or a
            // common word.
            "Every University must report its figures.",
            "He lost the vote in the Electoral College that year.",
            "He trained at the Police College for two years.",
            "He spoke at the Reform Institute on Tuesday.",
            // Joined by `of`.
            "He joined the Friends of Foundation, a charity.",
        ] {
            assert_eq!(orgs(&m, text), Vec::<String>::new(), "{text}");
        }
    }

    fn owned_matcher() -> Matcher {
        matcher_of_files(&[
            (
                "t.tsv",
                "id\ttype\tname\taliases\tcontext_aliases\tdemonyms\n\
                 japan\tcountry\tJapan\t\t\tJapanese\n\
                 lebanon\tcountry\tLebanon\t\t\tLebanese\n\
                 trump\tperson\tDonald Trump\tTrump\t\t\n",
            ),
            ("org_heads.txt", "Ministry\nArmy\n"),
            ("titles.txt", "Secretary\nMinister\n"),
        ])
    }

    #[test]
    fn an_organisation_s_possessive_makes_two_words_its_unit() {
        let m = matcher_of_files(&[
            (
                "t.tsv",
                "id\ttype\tname\taliases\n\
                 hezbollah\torganization\tHezbollah\t\n\
                 trump\tperson\tDonald Trump\tTrump\n",
            ),
            ("org_heads.txt", "Force\n"),
        ]);
        assert_orgs(
            &m,
            &[
                ("He led Hezbollah's Radwan Force for years.", "Radwan Force"),
                ("He led Hezbollah’s elite Radwan Force.", "Radwan Force"),
            ],
            &[
                // No owner, a person's possessive, two words between.
                "He led the elite Radwan Force for years.",
                "He praised Trump's Space Force on Monday.",
                "He led Hezbollah's most elite Radwan Force.",
            ],
        );
    }

    #[test]
    fn a_country_s_possessive_makes_two_words_a_body_of_that_country() {
        let m = owned_matcher();
        let text = "Japan's Foreign Ministry summoned the envoy on Monday.";
        let org = found(&m, text).pop().unwrap();
        assert_eq!(org.0, "Foreign Ministry");
        // Named with its country: the graph keeps apart the foreign
        // ministries of the countries its documents name.
        assert_eq!(org.1, "unlisted:foreign-ministry-japan");
        assert_orgs(
            &m,
            &[("Lebanon’s Defence Ministry said so.", "Defence Ministry")],
            &[
                "The Foreign Ministry summoned the envoy on Monday.",
                "Trump's Foreign Ministry, he joked, was Twitter.",
            ],
        );
    }

    #[test]
    fn a_country_s_body_may_be_one_word_after_its_possessive_or_demonym() {
        let m = owned_matcher();
        assert_orgs(
            &m,
            &[
                ("Lebanon’s Cabinet adopted the plan.", "Cabinet"),
                ("Japan's Army said so.", "Army"),
                ("The Lebanese Cabinet adopted the plan.", "Lebanese Cabinet"),
                (
                    "The Japanese Army Ministry was abolished.",
                    "Japanese Army Ministry",
                ),
                ("The Lebanese Army said so.", "Lebanese Army"),
                ("The Lebanese Presidency said so.", "Lebanese Presidency"),
            ],
            &[
                // No owner, or a person's possessive.
                "The Cabinet adopted the plan.",
                "Trump's Cabinet met on Monday.",
                "The Presidency said so.",
                // A head word that is no body alone, and a title's first word.
                "Japan's Ministry said so.",
                "Lebanon's Cabinet Secretary said so.",
                "The Lebanese Cabinet Secretary said so.",
            ],
        );
    }

    #[test]
    fn a_legal_form_makes_one_word_a_company_even_first_in_its_sentence() {
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            // Legal forms are head words without being listed.
            ("org_heads.txt", "Holdings\nGroup\n"),
            ("titles.txt", "President\n"),
        ]);
        assert_orgs(
            &m,
            &[
                ("Globex Corp said it would cut jobs.", "Globex Corp"),
                ("The regulator fined Zentrix AG on Monday.", "Zentrix AG"),
                // French, Gulf free-zone and Serbian forms.
                ("The Commission fined Zentrix SAS on Monday.", "Zentrix SAS"),
                (
                    "The Treasury spared Zentrix Industrija AD.",
                    "Zentrix Industrija AD",
                ),
                (
                    "Treasury listed Ace Petrochem FZE on Monday.",
                    "Ace Petrochem FZE",
                ),
                (
                    "It sold Babylon Navigation DMCC a tanker.",
                    "Babylon Navigation DMCC",
                ),
                (
                    "He sold his stake in Hooli Holdings last year.",
                    "Hooli Holdings",
                ),
                ("Analysts at the Eurasia Group said so.", "Eurasia Group"),
                // `&` joins two words of one name.
                (
                    "The contract went to Projekt System & Management GmbH on Monday.",
                    "Projekt System & Management GmbH",
                ),
            ],
            &[
                // A company word other than a legal form, first in its
                // sentence: capitals prove nothing there.
                "Hooli Holdings fell by a tenth.",
                // A title, a word that says what kind of group it is.
                "He met the President Group on Monday.",
                "Talks in the Working Group failed.",
            ],
        );
    }

    #[test]
    fn an_industry_s_word_after_one_word_names_a_firm_not_a_person() {
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            ("org_heads.txt", "Foods\nBank\nLogistics\n"),
            ("given_names.txt", "Emma\n"),
        ]);
        assert_orgs(
            &m,
            &[
                ("Workers at Pellham Foods voted to strike.", "Pellham Foods"),
                (
                    "The lender Northmark Bank reported a loss.",
                    "Northmark Bank",
                ),
            ],
            // A word of direction makes a place of it.
            &["Settlers raided a village in the occupied West Bank again."],
        );
        // A given name before a firm's word: the firm, not a woman.
        assert_eq!(
            found(&m, "Officials said Emma Logistics had filed the claim."),
            [(
                "Emma Logistics".to_string(),
                "unlisted:emma-logistics".to_string(),
                EntityType::Organization
            )]
        );
    }

    #[test]
    fn a_company_named_first_without_its_last_word_is_the_same_company() {
        let m = matcher_of_files(&[("t.tsv", GAZ), ("org_heads.txt", "Brands\nGroup\n")]);
        let text = "The advisers of First Brands quit on Monday, and the creditors of \
            First Brands Group went to court.";
        let ids: Vec<String> = found(&m, text).into_iter().map(|(_, id, _)| id).collect();
        assert_eq!(
            ids,
            ["unlisted:first-brands-group", "unlisted:first-brands-group"]
        );
    }

    #[test]
    fn a_news_outlet_takes_news_after_it() {
        let m = matcher_of_files(&[(
            "t.tsv",
            "id\ttype\tname\taliases\tcontext_aliases\tqid\tdescription\n\
             reuters\torganization\tReuters\t\t\t\tBritish news agency\n\
             nestle\torganization\tNestlé\t\t\t\tSwiss food company\n",
        )]);
        let surfaces = |text: &str| -> Vec<String> {
            found(&m, text).into_iter().map(|(s, _, _)| s).collect()
        };
        assert_eq!(
            surfaces("She told Reuters News from hospital."),
            ["Reuters News"]
        );
        // Not a company's name, nor a longer word.
        assert_eq!(surfaces("She told Nestlé News from hospital."), ["Nestlé"]);
        assert_eq!(surfaces("She told Reuters Newsroom staff."), ["Reuters"]);
    }

    #[test]
    fn a_listed_company_takes_the_legal_form_after_it() {
        let m = matcher_of_files(&[
            (
                "t.tsv",
                "id\ttype\tname\taliases\tcontext_aliases\n\
                 nestle\torganization\tNestlé\t\t\n\
                 globex\torganization\tGlobex Corp\t\t\n\
                 lds\torganization\tLinyon Demokratik Seselwa\t\t\n\
                 lab\torganization\tLabour Party\tLabour\t\n\
                 biden\tperson\tJoe Biden\tBiden\t\n",
            ),
            ("org_heads.txt", "SA\n"),
        ]);
        let surfaces = |text: &str| -> Vec<String> {
            found(&m, text).into_iter().map(|(s, _, _)| s).collect()
        };
        assert_eq!(surfaces("Nestlé SA plans to cut jobs."), ["Nestlé SA"]);
        // A US public benefit corporation's too (`Planet Labs PBC`).
        assert_eq!(
            surfaces("A picture from Nestlé PBC shows it."),
            ["Nestlé PBC"]
        );
        assert_eq!(
            surfaces("Nestlé Holdings Limited agreed."),
            ["Nestlé Holdings Limited"]
        );
        // A person takes none, and a longer word is no legal form.
        assert_eq!(surfaces("He met Biden SA staff."), ["Biden"]);
        assert_eq!(surfaces("Nestlé SAYS so."), ["Nestlé"]);
        // A short form takes its full stop, also where the listed name
        // ends in the form.
        assert_eq!(
            surfaces("Nestlé Co. has begun, and Nestlé Inc said so."),
            ["Nestlé Co.", "Nestlé Inc"]
        );
        assert_eq!(surfaces("Then Nestlé Corp. grew."), ["Nestlé Corp."]);
        assert_eq!(surfaces("Then Globex Corp. grew."), ["Globex Corp."]);
        // After a comma, a form that is no other word there.
        assert_eq!(
            surfaces("Sanctions hit Nestlé Co., Ltd on Monday and Nestlé, Inc. later."),
            ["Nestlé Co., Ltd", "Nestlé, Inc."]
        );
        assert_eq!(surfaces("Nestlé, AG Paxton said."), ["Nestlé"]);
        // A party's name takes a `Party` it lacks, as papers add it; not a
        // person's, not twice, not as part of a longer word.
        assert_eq!(
            surfaces("It took the seat from the Linyon Demokratik Seselwa Party."),
            ["Linyon Demokratik Seselwa Party"]
        );
        assert_eq!(surfaces("Biden Party members met."), ["Biden"]);
        assert_eq!(surfaces("The Labour Party Party met."), ["Labour Party"]);
        assert_eq!(
            surfaces("The Linyon Demokratik Seselwa Partyline."),
            ["Linyon Demokratik Seselwa"]
        );
        // The end of its web address too, but not a longer word.
        assert_eq!(
            surfaces("The photo came from Nestlé.com and Nestlé.community today."),
            ["Nestlé.com", "Nestlé"]
        );
    }

    #[test]
    fn a_sentence_s_first_word_before_of_is_no_word_of_the_name() {
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            ("org_heads.txt", "Holdings\nCommittee\nMinistry\n"),
        ]);
        assert_orgs(
            &m,
            &[
                ("Creditors of Acme Holdings are pressing.", "Acme Holdings"),
                // Not first in its sentence, or a word that names bodies.
                (
                    "He wrote to the House of Digital Committee.",
                    "House of Digital Committee",
                ),
                (
                    "Ministry of Digital Transformation Committee members met to discuss the budget.",
                    "Ministry of Digital Transformation Committee",
                ),
            ],
            &[],
        );
    }

    #[test]
    fn a_firm_s_word_makes_one_word_before_it_a_firm_and_a_person_of_it_stays_out() {
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            ("org_heads.txt", "Capital\nPartners\nCommittee\n"),
        ]);
        assert_orgs(
            &m,
            &[
                (
                    "Earlier this week he met Anna Smith of Guggenheim Partners to talk about the deal.",
                    "Guggenheim Partners",
                ),
                (
                    "In the words of Bryn Talkington of Requisite Capital, the chipmaker is investing heavily.",
                    "Requisite Capital",
                ),
                // One capitalised word before `of` goes on with the name.
                (
                    "The report of the House of Digital Committee was read out in the chamber.",
                    "House of Digital Committee",
                ),
            ],
            &[],
        );
    }

    #[test]
    fn a_title_s_office_is_an_organisation() {
        let m = matcher_of_files(&[
            ("t.tsv", GAZ),
            (
                "titles.txt",
                "Prime\nMinister\nPresident\nGeneral\nprosecutor\n",
            ),
        ]);
        assert_orgs(
            &m,
            &[
                (
                    "The Prime Minister's Office said so.",
                    "Prime Minister's Office",
                ),
                (
                    "He wrote to the Prosecutor General’s Office.",
                    "Prosecutor General’s Office",
                ),
                (
                    "The Istanbul Public Prosecutor's Office charged him.",
                    "Istanbul Public Prosecutor's Office",
                ),
                // A listed name before the title is no word of the office.
                (
                    "India's Prime Minister's Office said so.",
                    "Prime Minister's Office",
                ),
            ],
            &[
                // A person's office, a room, a plural.
                "Biden's Office said so.",
                "He sat in the Oval Office.",
                "The Prime Minister's Offices were closed.",
            ],
        );
    }

    #[test]
    fn a_non_breaking_hyphen_joins_the_words_of_a_name_as_a_hyphen_does() {
        let m = matcher();
        for hyphen in ['-', '\u{2010}', '\u{2011}'] {
            let text = format!(
                "The result was certified by the Miami{hyphen}Dade County Commission \
                 on Monday, officials said."
            );
            assert_eq!(
                orgs(&m, &text),
                [format!("Miami{hyphen}Dade County Commission")],
                "{hyphen:?}"
            );
        }
    }

    #[test]
    fn a_university_is_named_by_its_town_after_of() {
        let m = matcher();
        let text = "She graduated from the University of Wolverhampton last year, \
            and he studied at the University of Kent.";
        assert_eq!(
            orgs(&m, text),
            ["University of Wolverhampton", "University of Kent"]
        );
        // Other heads need a third word: a country's ministry is its body.
        let text = "The plan was sent to the Ministry of Energy on Monday.";
        assert!(orgs(&m, text).is_empty());
    }
}
