//! The logic of the fuzz targets and the invariants they check.
//!
//! Each target in `fuzz_targets/` is one line that calls a function here,
//! so the same code also runs without libFuzzer: `tests/properties.rs`
//! includes this file and feeds the functions generated inputs and every
//! crash input found so far (see `fuzz/README.md`).

use std::collections::HashSet;
use std::io::Write;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

use kg::gazetteer::{Entity, Gazetteer, Source, parse_tsv};
use kg::input::{InputSpec, Item, ReadOptions, Reader};
use kg::matcher::{Matcher, Mention, MentionKind, PARTICLES, Resolution};
use kg::normalize::{fold, fold_name};
use kg::segment::{Segments, segment};

/// The gazetteer of the matcher target: few entities, with every feature
/// the matcher has a rule for (accents, dots, apostrophes, hyphens, nested
/// names, shared context aliases, demonyms, common words, not-entities).
pub const GAZETTEER: &str = "id\ttype\tname\taliases\tcontext_aliases\tdemonyms\n\
    us\tcountry\tUnited States\tU.S.|US|America\t\tAmerican|Americans\n\
    usarmy\torganization\tUS Army\tU.S. Army\t\t\n\
    ukraine\tcountry\tUkraine\t\t\tUkrainian|Ukrainians\n\
    udcg\torganization\tUkraine Defense Contact Group\tUkrainian Defense Contact Group\t\t\n\
    turkey\tcountry\tTurkey\tTürkiye\t\tTurkish\n\
    civ\tcountry\tCôte d'Ivoire\tIvory Coast\t\tIvorian\n\
    gb\tcountry\tGuinea-Bissau\t\t\t\n\
    orban\tperson\tViktor Orbán\tOrbán\t\t\n\
    strasse\torganization\tStraße Institut\tStrasse Institut\t\t\n\
    boris\tperson\tBoris Johnson\t\tJohnson\t\n\
    mike\tperson\tMike Johnson\t\tJohnson\t\n\
    austin\tperson\tLloyd Austin\t\tAustin\t\n\
    seoul\torganization\t대한민국 국회\t국회\t\t\n";

/// Common words of the matcher target's gazetteer.
pub const COMMON_WORDS: &str = "turkey\nguinea\n";

/// Not-entities of the matcher target's gazetteer.
pub const NOT_ENTITIES: &str = "Latin America\nTurkey Trot\n";

/// The matcher target's matcher, compiled once per process.
pub fn fixed_matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| {
        let sources = sources(GAZETTEER, COMMON_WORDS, NOT_ENTITIES);
        Matcher::new(Gazetteer::from_sources(&sources).expect("valid")).expect("compiles")
    })
}

fn sources(tsv: &str, common_words: &str, not_entities: &str) -> [Source; 3] {
    let source = |name: &str, text: &str| Source {
        name: name.into(),
        text: text.into(),
    };
    [
        source("fuzz.tsv", tsv),
        source("common_words.txt", common_words),
        source("not_entities.txt", not_entities),
    ]
}

/// Fuzz target `gazetteer`: the input, if UTF-8, is up to four sections
/// separated by NUL: a TSV file, common words, not-entities, and a text.
/// Parsing and validation must return problems (never panic) that name the
/// file and a line that exists; a gazetteer that validates must compile and
/// match the text within the matcher's invariants.
pub fn gazetteer(data: &[u8]) {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = input.splitn(4, '\0');
    let mut next = || parts.next().unwrap_or("");
    let (tsv, common, not, text) = (next(), next(), next(), next());
    let lines = tsv.lines().count();
    if let Err(problems) = parse_tsv("fuzz.tsv", tsv) {
        assert!(!problems.is_empty(), "an error without problems");
        for p in &problems {
            assert_eq!(p.file, "fuzz.tsv");
            assert!(p.line <= lines, "{p}: the file has {lines} lines");
        }
    }
    match Gazetteer::from_sources(&sources(tsv, common, not)) {
        Ok(g) => {
            assert!(!g.is_empty(), "a validated gazetteer has entities");
            if let Ok(matcher) = Matcher::new(g) {
                check_text(&matcher, text);
            }
        }
        Err(kg::Error::Gazetteer(problems)) => {
            assert!(!problems.is_empty(), "an error without problems");
            for p in &problems {
                assert!(p.line <= lines, "{p}: the file has {lines} lines");
            }
        }
        Err(other) => panic!("a gazetteer error of the wrong kind: {other}"),
    }
}

/// Fuzz target `matcher`: any UTF-8 text, matched with [`fixed_matcher`],
/// keeps every invariant of [`check_mentions`] and [`check_segments`].
pub fn matcher(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        check_text(fixed_matcher(), text);
    }
}

/// Fuzz target `jsonl`: the bytes as a `.jsonl` file. Reading never
/// panics; every line that is not blank gives one document or one skipped
/// line (a bad line loses nothing after it); every skipped line names a
/// line of the file; ids are unique; every document's text matches within
/// the invariants.
pub fn jsonl(data: &[u8]) {
    let mut file = tempfile::Builder::new()
        .suffix(".jsonl")
        .tempfile()
        .expect("a temporary file");
    file.write_all(data).expect("written");
    let lines = data.split(|&b| b == b'\n').count();
    let spec = InputSpec::Path(file.path().to_path_buf());
    let reader = Reader::new(&[spec], ReadOptions::default()).expect("the file exists");
    let not_blank = data
        .split(|&b| b == b'\n')
        .filter(|l| !String::from_utf8_lossy(l).trim().is_empty())
        .count();
    let mut ids = HashSet::new();
    let mut items = 0;
    for item in reader {
        match item {
            Item::Doc(doc) => {
                items += 1;
                assert!(ids.insert(doc.id.clone()), "duplicate id {:?}", doc.id);
                check_text(fixed_matcher(), &doc.text);
            }
            Item::Skipped(p) => {
                items += 1;
                assert!(
                    (1..=lines).contains(&p.line),
                    "{p}: the file has {lines} lines"
                );
            }
            Item::Warning(p) => assert!(p.line <= lines, "{p}: the file has {lines} lines"),
        }
    }
    assert_eq!(items, not_blank, "one document or skipped line per line");
}

/// Segments and matches `text` and checks both results; panics with the
/// text and the broken invariant.
pub fn check_text(matcher: &Matcher, text: &str) {
    let seg = segment(text);
    if let Err(e) = check_segments(text, &seg) {
        panic!("{e}\ntext: {text:?}");
    }
    let mentions = matcher.find_in(text, &seg);
    if let Err(e) = check_mentions(matcher, text, &seg, &mentions) {
        panic!("{e}\ntext: {text:?}");
    }
    assert_eq!(mentions, matcher.find(text), "find and find_in agree");
}

/// The matcher's Title Case: the first letter of every word after a space
/// or hyphen raised. Restated here so the checks state the documented rule.
pub fn title_case(s: &str) -> String {
    let mut out = String::new();
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

/// The folded forms an alias matches: as written, ALL CAPS, Title Case
/// (folded with whitespace runs made one space, as the matcher does), and
/// with its name particles in lower case before a later word; the same
/// forms of the alias with its umlauts and Nordic letters spelled out; and
/// an acronym of two to five capitals with a full stop after each.
pub fn variants(alias: &str) -> Vec<String> {
    let mut out = case_forms(alias).to_vec();
    if let Some(spelled) = spelled_out(alias) {
        out.extend(case_forms(&spelled));
    }
    let acronym = (2..=5).contains(&alias.len()) && alias.bytes().all(|b| b.is_ascii_uppercase());
    if acronym {
        out.push(alias.chars().flat_map(|c| [c, '.']).collect());
    }
    out
}

fn case_forms(alias: &str) -> [String; 4] {
    let f = fold_name(alias);
    let words: Vec<&str> = f.split(' ').collect();
    let lowered: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            let particle = i + 1 < words.len() && PARTICLES.contains(&lower.as_str());
            if particle { lower } else { w.to_string() }
        })
        .collect();
    [
        f.clone(),
        f.to_uppercase(),
        title_case(&f),
        lowered.join(" "),
    ]
}

/// The alias with `ä ö ü ø å æ ß ð þ` written out (`Soeder`, `Klaebo`,
/// `Strauss`, `Thordis`), as the README's matching rules state it.
fn spelled_out(alias: &str) -> Option<String> {
    let mut out = String::new();
    for c in alias.nfc() {
        let two = match c {
            'ä' | 'æ' => "ae",
            'Ä' | 'Æ' => "Ae",
            'ö' | 'ø' => "oe",
            'Ö' | 'Ø' => "Oe",
            'ü' => "ue",
            'Ü' => "Ue",
            'å' => "aa",
            'Å' => "Aa",
            'ß' => "ss",
            'ð' => "d",
            'Ð' => "D",
            'þ' => "th",
            'Þ' => "Th",
            c => {
                out.push(c);
                continue;
            }
        };
        out.push_str(two);
    }
    (out != alias.nfc().collect::<String>()).then_some(out)
}

/// The aliases of `e` that a mention of this kind and resolution comes
/// from: demonyms, context aliases, or the name and plain aliases.
fn aliases_for<'e>(e: &'e Entity, m: &Mention) -> Vec<&'e str> {
    if m.kind == MentionKind::Demonym {
        e.demonyms.iter().map(String::as_str).collect()
    } else if matches!(
        m.resolved_by,
        Resolution::Context | Resolution::Nearest | Resolution::MostNamed
    ) {
        e.context_aliases.iter().map(String::as_str).collect()
    } else {
        e.plain_names().collect()
    }
}

/// Whether `surface` is a name of `e` widened over one or two middle names
/// to its given name (`Bola Ahmed Tinubu` for `Bola Tinubu` or `Tinubu`),
/// or to its given name spelled another way right before a one-word name
/// (`Bolla Tinubu`).
fn widened(e: &Entity, surface: &str) -> bool {
    let words: Vec<&str> = surface.split(' ').collect();
    let givens = || {
        e.all_names()
            .filter_map(|n| n.split_once(' ').map(|(first, _)| first))
    };
    let named_from = |k: usize| {
        let rest = fold(&words[k..].join(" "));
        e.all_names().any(|n| variants(n).contains(&rest))
    };
    let given = givens().any(|g| g == words[0]);
    let middle = (2..=3).filter(|&k| k < words.len()).any(named_from);
    let spelled = words.len() == 2 && givens().any(|g| spelling_of(g, words[0])) && named_from(1);
    (given && middle) || spelled
}

/// The matcher's rule for two spellings of one given name, restated: the
/// same first three letters, four letters or more each, lengths one apart
/// at most (`Sergei`, `Sergey`).
fn spelling_of(a: &str, b: &str) -> bool {
    let prefix = |w: &str| {
        w.chars()
            .take(3)
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let (la, lb) = (a.chars().count(), b.chars().count());
    la >= 4 && lb >= 4 && la.abs_diff(lb) <= 1 && prefix(a) == prefix(b)
}

/// The invariants of mentions: on char boundaries, non-empty, sorted, not
/// overlapping; the surface folds to a variant of one of the entity's
/// aliases of the right class; sentence and paragraph agree with the
/// segmentation.
pub fn check_mentions(
    matcher: &Matcher,
    text: &str,
    seg: &Segments,
    mentions: &[Mention],
) -> Result<(), String> {
    for (i, m) in mentions.iter().enumerate() {
        if m.start >= m.end || m.end > text.len() {
            return Err(format!("mention {i} {m:?} is empty or out of range"));
        }
        if !(text.is_char_boundary(m.start) && text.is_char_boundary(m.end)) {
            return Err(format!("mention {i} {m:?} is not on char boundaries"));
        }
        if let Some(next) = mentions.get(i + 1)
            && next.start < m.end
        {
            return Err(format!(
                "mentions {i} and {} overlap or are unsorted",
                i + 1
            ));
        }
        let surface = &text[m.start..m.end];
        let folded = fold(surface);
        let e = matcher.entity(m.entity);
        let named = if m.resolved_by == Resolution::MiddleName {
            widened(e, surface)
        } else {
            aliases_for(e, m)
                .iter()
                .any(|a| variants(a).contains(&folded))
        };
        if !named {
            return Err(format!(
                "mention {i} {surface:?} (folded {folded:?}, {:?}, {:?}) is no alias of {:?}",
                m.kind, m.resolved_by, e.id
            ));
        }
        if m.sentence != seg.sentence_at(m.start) {
            return Err(format!("mention {i} {m:?} has the wrong sentence"));
        }
        if let Some(s) = seg.sentences.get(m.sentence)
            && s.paragraph != m.paragraph
        {
            return Err(format!("mention {i} {m:?} has the wrong paragraph"));
        }
    }
    Ok(())
}

/// The invariants of segmentation: paragraphs and sentences non-empty,
/// trimmed, sorted, not overlapping; every sentence inside its paragraph.
pub fn check_segments(text: &str, seg: &Segments) -> Result<(), String> {
    let trimmed = |a: usize, b: usize| {
        a < b
            && b <= text.len()
            && text.is_char_boundary(a)
            && text.is_char_boundary(b)
            && text[a..b].trim() == &text[a..b]
    };
    for (i, p) in seg.paragraphs.iter().enumerate() {
        if !trimmed(p.start, p.end) {
            return Err(format!("paragraph {i} {p:?} is empty or not trimmed"));
        }
        if let Some(next) = seg.paragraphs.get(i + 1)
            && next.start < p.end
        {
            return Err(format!("paragraphs {i} and {} overlap", i + 1));
        }
    }
    for (i, s) in seg.sentences.iter().enumerate() {
        if !trimmed(s.start, s.end) {
            return Err(format!("sentence {i} {s:?} is empty or not trimmed"));
        }
        let Some(p) = seg.paragraphs.get(s.paragraph) else {
            return Err(format!("sentence {i} names a missing paragraph"));
        };
        if s.start < p.start || s.end > p.end {
            return Err(format!("sentence {i} {s:?} is outside paragraph {p:?}"));
        }
        if let Some(next) = seg.sentences.get(i + 1)
            && (next.start < s.end || next.paragraph < s.paragraph)
        {
            return Err(format!("sentences {i} and {} overlap", i + 1));
        }
    }
    Ok(())
}
