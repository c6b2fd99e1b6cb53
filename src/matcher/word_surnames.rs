//! Surnames that are words too (`Friday`, `May`, `Cook`), counted right
//! after a form of address or a title (`Dr Friday`, `Mrs May`, `Prime
//! Minister May`) in a story that names the person in full.
//!
//! The gazetteer derives no context alias from such a surname (see
//! `gazetteer/surnames.rs`): `on Friday` and `may` would name the person
//! everywhere. A title before the word says it is a name, and the full
//! name elsewhere says whose.

use std::ops::Range;

use super::context::word_ending_at;
use super::unlisted::overlaps;
use super::unlisted_orgs::DATES;
use super::{Matcher, Mention, MentionKind, Resolution};
use crate::normalize::is_word_char;
use crate::segment::Segments;

impl Matcher {
    /// Adds the word surnames of the people `mentions` names (see the
    /// module's comment). Two people of one such surname leave it to
    /// neither.
    pub(super) fn add_word_surnames(
        &self,
        text: &str,
        segments: &Segments,
        mentions: &mut Vec<Mention>,
    ) {
        let mut people: Vec<(usize, &str)> = mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Name)
            .filter_map(|m| Some((m.entity, &**self.word_surnames.get(&(m.entity as u32))?)))
            .collect();
        if people.is_empty() {
            return;
        }
        people.sort_unstable();
        people.dedup();
        let mut new = Vec::new();
        for &(person, surname) in &people {
            if people.iter().any(|&(p, s)| s == surname && p != person) {
                continue;
            }
            for span in self.titled_word_surnames(text, surname) {
                if !overlaps(mentions, &span) {
                    new.push(Mention::found_at(
                        span,
                        person,
                        Resolution::WordSurname,
                        segments,
                    ));
                }
            }
        }
        if !new.is_empty() {
            mentions.extend(new);
            mentions.sort_by_key(|m| m.start);
        }
    }

    /// Where `surname` stands as a whole word right after a form of
    /// address or a title (`Dr Friday`, `Dr. Friday's`).
    fn titled_word_surnames<'t>(
        &'t self,
        text: &'t str,
        surname: &'t str,
    ) -> impl Iterator<Item = Range<usize>> + 't {
        text.match_indices(surname)
            .map(move |(at, _)| at..at + surname.len())
            .filter(move |span| {
                let whole = !text[span.end..].starts_with(is_word_char)
                    && !text[..span.start].ends_with(is_word_char);
                whole && self.title_before(text, span.start)
            })
    }

    /// Whether a title of `titles.txt` ends a space (and maybe a full stop:
    /// `Dr.`) before `at`. Not a day nor a month, which `titles.txt` lists
    /// as they are capitalised after names: before a surname they are
    /// dates (`on Monday May 5`).
    fn title_before(&self, text: &str, at: usize) -> bool {
        let Some(before) = text[..at].strip_suffix(' ') else {
            return false;
        };
        let (_, word) = word_ending_at(before.strip_suffix('.').unwrap_or(before));
        word.starts_with(char::is_uppercase)
            && !DATES.contains(&word)
            && self.gazetteer.is_title(word)
    }
}
