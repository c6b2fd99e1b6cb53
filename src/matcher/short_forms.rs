//! Organisations named again by the head word of their name (short
//! forms): after `the North Atlantic Council`, `the Council said`; after
//! `the Parliamentary Assembly of the Council of Europe`, `the Assembly`;
//! after `The Washington Post`, `the Post notes`. News writes such a short
//! form with a capital and `the`, and only once the full name has told the
//! reader which body it is. The first body named with that head word is
//! the one meant, the story's subject, rather than one named on the way
//! (`the Foreign Affairs Council` … `a resolution of the UN Security
//! Council` … `the Council was also due to review`).

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashMap as FastMap;

use super::context::HeadlineCache;
use super::unlisted::{Found, capital_follows, insert, overlaps};
use super::{GOVERNMENT, Matcher, Mention, MentionKind, Resolution};
use crate::gazetteer::{Entity, EntityType};
use crate::normalize::is_word_char;
use crate::segment::Segments;

/// Words that end a body's name before what it is of or for: the head
/// word comes before them (`Council` of `Council of the European Union`),
/// as it does before a bracket or after a comma. Not `and`, which joins
/// two words of a name before its head (`Independent Electoral and
/// Boundaries Commission`) and after a preposition comes too late to count.
const AFTER_HEAD: &[&str] = &["of", "for", "on", "in", "to"];

/// The shortest head word: `Post`, `Bank`, `Fund`.
const MIN_HEAD: usize = 4;

/// Last words of bodies' names that, after `the`, name no body in
/// particular (`the State must pay`), or another one: `the
/// Administration` is the president's, not the Food and Drug
/// Administration.
const NOT_HEADS: &[&str] = &["State", "News", "Administration"];

/// The head words of a body's organs that its stories write alone, with
/// no full name before (`the Council` in EU news, `the Assembly` in the
/// Council of Europe's): deliberative bodies, not offices, courts or
/// journals (`the Office`, `the Court`, `the Proceedings`).
const ORGAN_HEADS: &[&str] = &["Assembly", "Committee", "Council", "Politburo", "Synod"];

/// The head word of an organisation's mention.
struct Head<'a> {
    /// Where the mention ends: its short form comes after.
    after: usize,
    word: &'a str,
    entity: usize,
    /// Whether the mention is a generic name its country alias resolved
    /// (`Council`), not the body's own.
    generic: bool,
}

impl Matcher {
    /// Adds the short forms (`the Council`) of the organisations `found`
    /// names, each to the first organisation named before it with that
    /// head word.
    pub(super) fn add_short_forms(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
        found: &mut Found,
    ) {
        self.retell_country_aliases(text, found);
        self.retell_name_endings(text, found);
        let new = self.short_forms(text, segments, headline, found);
        if !new.is_empty() {
            found.mentions.extend(new);
            found.mentions.sort_by_key(|m| m.start);
        }
    }

    /// The mentions [`Matcher::add_short_forms`] adds.
    fn short_forms(
        &self,
        text: &str,
        segments: &Segments,
        headline: &mut HeadlineCache,
        found: &Found,
    ) -> Vec<Mention> {
        let mut new = Vec::new();
        // The heads first: a look-up per mention, cheaper than the search
        // for `the`, which runs only where a head may follow it.
        let (named, organs) = self.heads_named(found);
        if named.is_empty() && organs.is_empty() {
            return new;
        }
        let mut taken: Option<Vec<Range<usize>>> = None;
        for span in the_capitalised_words(text).filter(|s| s.len() >= MIN_HEAD) {
            let word = &text[span.clone()];
            // A body named before with that head word, else an organ of a
            // body named before.
            let Some(entity) = [&named, &organs].into_iter().find_map(|heads| {
                heads
                    .iter()
                    .find(|head| head.word == word && head.after <= span.start)
                    .map(|head| head.entity)
            }) else {
                continue;
            };
            let sentence = segments.sentence_at(span.start);
            let taken = taken
                .get_or_insert_with(|| found.mentions.iter().map(|m| m.start..m.end).collect());
            if overlaps(taken, &span)
                || !self.short_form_at(text, &span, &found.mentions)
                || headline.get(text, segments, sentence)
            {
                continue;
            }
            insert(taken, span.clone());
            new.push(Mention::found_at(
                span,
                entity,
                Resolution::ShortForm,
                segments,
            ));
        }
        new
    }

    /// Gives each generic name that a union's story resolved by a country
    /// alias (`Council`, the Council of the EU's, whose parent is the EU)
    /// to the body the story names in full with that head word, if any
    /// (the `European Council`, the `Foreign Affairs Council`): the first
    /// such body, as for short forms, wherever it is named (a headline's
    /// `Council agenda` comes before it). A country's generic names are
    /// left alone: `Congress` in a story about the US and India is not the
    /// Indian National Congress. But `Government` is, as a union's names
    /// are: the government the story names in full (`the Welsh
    /// Government` … `the Government`).
    fn retell_country_aliases(&self, text: &str, found: &mut Found) {
        let by_union = |m: &Mention| {
            m.resolved_by == Resolution::Country
                && (&text[m.start..m.end] == GOVERNMENT
                    || self
                        .country_of(m.entity as u32)
                        .is_some_and(|home| self.entity(home as usize).kind != EntityType::Country))
        };
        if !found.mentions.iter().any(by_union) {
            return;
        }
        let (named, _) = self.heads_named(found);
        let retold = others_for(&found.mentions, |m| {
            if !by_union(m) {
                return None;
            }
            let word = &text[m.start..m.end];
            let head = named.iter().find(|h| h.word == word && !h.generic)?;
            Some(head.entity).filter(|_| head.entity != m.entity)
        });
        retell(found, retold);
    }

    /// Gives a country's generic name of two words or more (`Court of
    /// Appeal`, resolved by the country a story names) to the body the
    /// gazetteer does not list, named before it, whose name ends with it:
    /// after `the Tunis Court of Appeal`, `the Court of Appeal` is that
    /// court, not Tunisia's in general; after `the Tamale High Court`, `the
    /// High Court` is Tamale's. One word is too little to tell
    /// (`Congress` after `the Indian National Congress`).
    fn retell_name_endings(&self, text: &str, found: &mut Found) {
        let listed = self.gazetteer.len();
        let generic = |m: &Mention| {
            m.resolved_by == Resolution::Country && text[m.start..m.end].contains(' ')
        };
        if !found.mentions.iter().any(generic) || found.unlisted.is_empty() {
            return;
        }
        let bodies: Vec<(usize, &str, usize)> = found
            .mentions
            .iter()
            .filter(|m| m.entity >= listed && m.kind == MentionKind::Name)
            .filter(|m| found.unlisted[m.entity - listed].kind == EntityType::Organization)
            .map(|m| (m.end, &text[m.start..m.end], m.entity))
            .collect();
        let retold = others_for(&found.mentions, |m| {
            if !generic(m) {
                return None;
            }
            let name = &text[m.start..m.end];
            let ends_so = |body: &str| {
                body.strip_suffix(name)
                    .is_some_and(|head| head.ends_with(' '))
            };
            let body = bodies
                .iter()
                .find(|(end, body, _)| *end <= m.start && ends_so(body))?;
            Some(body.2)
        });
        retell(found, retold);
    }

    /// The head words of the organisations `found` names by two words or
    /// more, with where each mention ends and its entity, in the text's
    /// order. The entity's name gives it (`NAC` names the `North Atlantic
    /// Council`). Then the head words of the organs of the organisations it
    /// names (`Council` of the `Council of the European Union` where `EU`
    /// is named).
    fn heads_named<'a>(&'a self, found: &'a Found) -> (Vec<Head<'a>>, Vec<Head<'a>>) {
        let listed = self.org_heads.len();
        let mut out = Vec::new();
        let mut organs = Vec::new();
        for m in &found.mentions {
            if m.kind != MentionKind::Name {
                continue;
            }
            let head = match self.org_heads.get(m.entity) {
                Some(head) => head.as_deref(),
                None => org_head(&found.unlisted[m.entity - listed]),
            };
            if let Some(word) = head {
                out.push(Head {
                    after: m.end,
                    word,
                    entity: m.entity,
                    generic: m.resolved_by == Resolution::Country,
                });
            }
            let of_parent = self.organs.get(&(m.entity as u32)).into_iter().flatten();
            organs.extend(of_parent.map(|(word, organ)| Head {
                after: m.end,
                word,
                entity: *organ as usize,
                generic: false,
            }));
        }
        (out, organs)
    }

    /// Whether the capitalised word at `span`, after `the`, stands alone:
    /// no longer name goes on after it (`the Council of Europe`, `the
    /// Council Presidency`), and no role comes before `of the` (`the
    /// president of the Committee`, `High Representative of the Union`),
    /// where the body is part of a title.
    fn short_form_at(&self, text: &str, span: &Range<usize>, taken: &[Mention]) -> bool {
        let after = &text[span.end..];
        let goes_on =
            after.starts_with(" of ") || after.starts_with('-') || capital_follows(text, span.end);
        if goes_on {
            return false;
        }
        let before = &text[..span.start - "the ".len()];
        match before.strip_suffix("of ") {
            Some(role) => !self.title_cue(role, taken).is_role(),
            None => true,
        }
    }
}

/// The mentions that `pick` gives another entity, by index, with it.
fn others_for(
    mentions: &[Mention],
    pick: impl Fn(&Mention) -> Option<usize>,
) -> Vec<(usize, usize)> {
    let picked = mentions.iter().enumerate();
    picked
        .filter_map(|(i, m)| pick(m).map(|e| (i, e)))
        .collect()
}

/// Gives the mentions of `retold` their new entities, as short forms of
/// the bodies named in full.
fn retell(found: &mut Found, retold: Vec<(usize, usize)>) {
    for (i, entity) in retold {
        found.mentions[i].entity = entity;
        found.mentions[i].resolved_by = Resolution::ShortForm;
    }
}

/// Per organisation, its organs: the organisations named `<Head> of the
/// <its name>` or `<Head> of <its name>`, with at most one word before
/// the head (`Council of the European Union`, `Parliamentary Assembly of
/// the Council of Europe`), whose head word is one of [`ORGAN_HEADS`]. A
/// head word two organs of one body share names neither.
pub(super) fn organs(entities: &[Entity]) -> FastMap<u32, Vec<(Box<str>, u32)>> {
    let by_name: FastMap<&str, u32> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Organization)
        .map(|(i, e)| (e.name.as_str(), i as u32))
        .collect();
    let mut out: FastMap<u32, Vec<(Box<str>, u32)>> = FastMap::default();
    for (i, e) in entities.iter().enumerate() {
        let Some((organ, parent)) = e.name.split_once(" of ") else {
            continue;
        };
        let head = organ.rsplit(' ').next().unwrap_or(organ);
        let parent = parent.strip_prefix("the ").unwrap_or(parent);
        let short = organ.split(' ').count() <= 2;
        if e.kind != EntityType::Organization || !short || !ORGAN_HEADS.contains(&head) {
            continue;
        }
        if let Some(&p) = by_name.get(parent).filter(|&&p| p as usize != i) {
            out.entry(p).or_default().push((head.into(), i as u32));
        }
    }
    for organs in out.values_mut() {
        let shared: Vec<Box<str>> = organs
            .iter()
            .filter(|(h, _)| organs.iter().filter(|(o, _)| o == h).count() > 1)
            .map(|(h, _)| h.clone())
            .collect();
        organs.retain(|(h, _)| !shared.contains(h));
    }
    out
}

/// The head word of an organisation's name, if it is one (see
/// [`head_word`]).
pub(super) fn head_of(entity: &Entity) -> Option<Box<str>> {
    org_head(entity).map(Box::from)
}

/// The head word of an organisation's name (see [`head_word`]).
fn org_head(entity: &Entity) -> Option<&str> {
    match entity.kind {
        EntityType::Organization => head_word(&entity.name),
        _ => None,
    }
}

/// The head word of an organisation's name of two words or more: the
/// last word before what the body is of or for (`Council` of `Council of
/// the European Union`, `Assembly` of `Parliamentary Assembly of the
/// Council of Europe`, `Post` of `The Washington Post`), if it is a
/// capitalised word of letters. A name of one word is its own short form.
fn head_word(name: &str) -> Option<&str> {
    let mut words = name.split(' ');
    let mut head = words.next()?;
    let mut one_word = true;
    for word in words {
        one_word = false;
        if head.ends_with(',') || word.starts_with('(') || AFTER_HEAD.contains(&word) {
            break;
        }
        head = word;
    }
    let head = head.trim_end_matches(',');
    let mut chars = head.chars();
    let capitalised = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase());
    let head_word = capitalised && head.len() >= MIN_HEAD && !NOT_HEADS.contains(&head);
    (head_word && !one_word).then_some(head)
}

/// `he `, searched for in every document: built once.
static HE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("he "));

/// The capitalised words of ASCII letters right after `the ` or `The `
/// (in that case).
fn the_capitalised_words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    HE.find_iter(bytes).filter_map(move |i| {
        let t = i.checked_sub(1)?;
        // `“The Council`: a quotation mark is no letter of a word before.
        let article = matches!(bytes[t], b't' | b'T')
            && !text[..t].chars().next_back().is_some_and(is_word_char);
        let start = i + "he ".len();
        if !article || !bytes.get(start).is_some_and(u8::is_ascii_uppercase) {
            return None;
        }
        let end = bytes[start..]
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .map_or(bytes.len(), |n| start + n);
        // A word that goes on in other letters (`the Bancé`).
        let whole = !text[end..].starts_with(is_word_char);
        whole.then_some(start..end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::tests::{all_found, matcher_of_files};

    const GAZ: &str = "id\ttype\tname\taliases\tcontext_aliases\n\
        nac\torganization\tNorth Atlantic Council\tNAC\t\n\
        eucouncil\torganization\tCouncil of the European Union\tEU Council\t\n\
        coe\torganization\tCouncil of Europe\t\t\n\
        nobel\torganization\tNorwegian Nobel Committee\t\t\n\
        wapo\torganization\tThe Washington Post\tWashington Post\t\n";

    /// The short forms found in `text`, as (surface, entity id).
    fn short_forms(text: &str) -> Vec<(String, String)> {
        let m = matcher_of_files(&[("t.tsv", GAZ), ("titles.txt", "president\n")]);
        all_found(&m, text)
            .into_iter()
            .filter(|f| f.how == Resolution::ShortForm)
            .map(|f| (f.surface, f.id))
            .collect()
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected
            .iter()
            .map(|(s, id)| (s.to_string(), id.to_string()))
            .collect()
    }

    #[test]
    fn a_head_word_after_the_names_the_body_named_before_it() {
        let text = "Envoys met at the North Atlantic Council on Monday. \
            The Council heard from the commander, and the Council's statement followed.";
        assert_eq!(
            short_forms(text),
            pairs(&[("Council", "nac"), ("Council", "nac")])
        );
    }

    #[test]
    fn the_first_body_named_with_the_head_word_is_meant() {
        let text = "Ministers met at the EU Council in June, after a resolution of \
            the North Atlantic Council, and the Council agreed on sanctions. The \
            Washington Post said the Post had seen the text.";
        assert_eq!(
            short_forms(text),
            pairs(&[("Council", "eucouncil"), ("Post", "wapo")])
        );
    }

    #[test]
    fn no_short_form_before_the_full_name_or_in_a_longer_name() {
        // Before the full name, `the Council` could be any council; `the
        // Council Presidency` and `the Council of Ministers` are other
        // bodies; lower case is no name.
        let text = "The Council met first. Then the North Atlantic Council met, \
            and the Council Presidency, the Council of Ministers and the council disagreed.";
        assert_eq!(short_forms(text), pairs(&[]));
    }

    #[test]
    fn a_body_in_a_title_is_no_short_form() {
        let text = "The Norwegian Nobel Committee chose her. \
            The president of the Committee called it a hard choice.";
        assert_eq!(short_forms(text), pairs(&[]));
        let text = "The Norwegian Nobel Committee chose her. \
            The members of the Committee called it a hard choice.";
        assert_eq!(short_forms(text), pairs(&[("Committee", "nobel")]));
    }

    #[test]
    fn an_organ_s_head_word_names_it_in_its_parent_s_story() {
        let gaz = "id\ttype\tname\taliases\n\
            eu\torganization\tEuropean Union\tEU\n\
            eucouncil\torganization\tCouncil of the European Union\t\n\
            eucourt\torganization\tGeneral Court of the European Union\t\n\
            unsc\torganization\tUnited Nations Security Council\t\n";
        let m = matcher_of_files(&[("t.tsv", gaz)]);
        let found = |text: &str| -> Vec<(String, String)> {
            all_found(&m, text)
                .into_iter()
                .filter(|f| f.how == Resolution::ShortForm)
                .map(|f| (f.surface, f.id))
                .collect()
        };
        let text = "EU ministers met. The Council will decide in June.";
        assert_eq!(found(text), pairs(&[("Council", "eucouncil")]));
        // Not before the parent is named, not for a court, and a body named
        // with the head word comes first.
        assert!(found("The Council will decide. EU ministers met.").is_empty());
        assert!(found("EU ministers met. The Court will decide.").is_empty());
        let text = "EU ministers met the United Nations Security Council. The Council voted.";
        assert_eq!(found(text), pairs(&[("Council", "unsc")]));
        let organs = organs(m.gazetteer().entities());
        assert_eq!(organs.len(), 1, "{organs:?}");
    }

    #[test]
    fn a_body_named_in_full_outranks_a_country_alias_of_its_head_word() {
        let gaz = "id\ttype\tname\taliases\tcountry_aliases\tparent\n\
            eu\torganization\tEuropean Union\tEU\t\t\n\
            euco\torganization\tEuropean Council\t\t\t\n\
            eucouncil\torganization\tCouncil of the European Union\t\tCouncil\teu\n";
        let m = matcher_of_files(&[("t.tsv", gaz)]);
        let council = |text: &str| -> Vec<(String, Resolution)> {
            all_found(&m, text)
                .into_iter()
                .filter(|f| f.surface == "Council")
                .map(|f| (f.id, f.how))
                .collect()
        };
        let text = "EU leaders met at the European Council. The Council agreed.";
        assert_eq!(council(text), [("euco".to_string(), Resolution::ShortForm)]);
        // Named in full later, the body is still the one meant.
        let text = "EU ministers set a Council agenda. They met at the European Council.";
        assert_eq!(council(text), [("euco".to_string(), Resolution::ShortForm)]);
        // Without the full name, the country alias stands.
        let text = "EU leaders met. The Council agreed.";
        assert_eq!(
            council(text),
            [("eucouncil".to_string(), Resolution::Country)]
        );
    }

    #[test]
    fn a_country_s_generic_name_ending_a_body_named_before_is_that_body() {
        let gaz = "id\ttype\tname\taliases\n\
            tunisia\tcountry\tTunisia\t\n\
            india\tcountry\tIndia\t\n\
            congress\torganization\tIndian National Congress\t\n";
        let m = matcher_of_files(&[
            ("t.tsv", gaz),
            ("country_bodies.txt", "Court of Appeal\nCongress\n"),
            ("org_heads.txt", "Court\n"),
        ]);
        let court = |text: &str| -> Vec<(String, Resolution)> {
            all_found(&m, text)
                .into_iter()
                .filter(|f| f.surface == "Court of Appeal" || f.surface == "Congress")
                .map(|f| (f.id, f.how))
                .collect()
        };
        let text = "In Tunisia, the Tunis Court of Appeal upheld the verdicts. \
            Lawyers said the Court of Appeal ignored the evidence.";
        let tunis = (
            "unlisted:tunis-court-of-appeal".to_string(),
            Resolution::ShortForm,
        );
        assert_eq!(court(text), [tunis]);
        // Named after it, or not at all, the body leaves the country's.
        let text = "In Tunisia, the Court of Appeal upheld the verdicts. \
            Lawyers at the Tunis Court of Appeal objected.";
        let tunisia = ("court-of-appeal-tunisia".to_string(), Resolution::Country);
        assert_eq!(court(text), std::slice::from_ref(&tunisia));
        let text = "In Tunisia, the Court of Appeal upheld the verdicts.";
        assert_eq!(court(text), [tunisia]);
        // One word is too little: `Congress` stays India's.
        let text = "India's Indian National Congress objected. Congress voted.";
        let found = court(text);
        assert!(found.iter().all(|(id, _)| id != "congress"), "{found:?}");
    }

    #[test]
    fn the_head_word_comes_before_what_the_body_is_of() {
        assert_eq!(head_word("North Atlantic Council"), Some("Council"));
        assert_eq!(head_word("Council of the European Union"), Some("Council"));
        assert_eq!(
            head_word("Parliamentary Assembly of the Council of Europe"),
            Some("Assembly")
        );
        assert_eq!(head_word("The Washington Post"), Some("Post"));
        assert_eq!(
            head_word("Special Tribunal for the Crime of Aggression"),
            Some("Tribunal")
        );
        // One word is the name itself; no capital, no head word.
        assert_eq!(head_word("Hamas"), None);
        assert_eq!(head_word("Médecins Sans Frontières"), None);
        assert_eq!(head_word("US Army"), Some("Army"));
        assert_eq!(head_word("Bank of England"), Some("Bank"));
        // `the State` is any state; `the News` no body.
        assert_eq!(head_word("Islamic State"), None);
        assert_eq!(head_word("Fox News"), None);
        // `and` joins words before the head; `the Administration` is the
        // president's.
        assert_eq!(
            head_word("Independent Electoral and Boundaries Commission"),
            Some("Commission")
        );
        assert_eq!(
            head_word("Ministry of Trade and Industry"),
            Some("Ministry")
        );
        assert_eq!(head_word("Food and Drug Administration"), None);
    }

    #[test]
    fn capitalised_words_after_the() {
        let text = "The Council met; then the Assembly, other Post and the council, \
            \u{201C}The Union is\u{201D}, bathe Fund, the Bancé.";
        let words: Vec<&str> = the_capitalised_words(text).map(|s| &text[s]).collect();
        assert_eq!(words, ["Council", "Assembly", "Union"]);
    }
}
