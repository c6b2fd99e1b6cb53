//! What the word right before a name says of it: a person's role or rank
//! (`Minister`, `spokesman`, `Rep.`), a title that may begin a body's name
//! (`Foreign`, `Army`, `Monday`), or nothing. The rules for people the
//! gazetteer does not list (`unlisted.rs`) read it.

use super::unlisted::{overlaps, word_before};
use super::{Matcher, Mention};

/// What the word right before a name says of it (see
/// [`Matcher::title_cue`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TitleCue {
    /// Nothing: no title, or the end of a sentence.
    None,
    /// A capitalised word of `titles.txt` that is no role in lower case:
    /// it may begin a body's name (`Foreign Trade Chamber`) or date one.
    Title,
    /// A person's role or rank (`Minister`, `spokesman`, `Rep.`).
    Role,
    /// A role in lower case written with a capital (`Councillor`,
    /// `Teacher`): often the first word of a title or a body's name too
    /// (`Teacher Appreciation Week`, `Resident Evil`).
    CapitalisedRole,
}

impl TitleCue {
    /// Whether it names a person's role, with a capital or not.
    pub(super) fn is_role(self) -> bool {
        matches!(self, TitleCue::Role | TitleCue::CapitalisedRole)
    }
}

impl Matcher {
    /// Whether a title or role word comes right before a name that begins
    /// after `before` (`Defence Minister Jane Doe`, `analysts Jane Doe`),
    /// or a role and a comma (`the PTI senator, Jane Doe`, `Cameroon's
    /// Trade Minister, Jane Doe`, `The chairman of the CEC, Jane Doe`; not
    /// `On Monday, Jane Doe`).
    pub(super) fn after_title_or_role(&self, before: &str, taken: &[Mention]) -> bool {
        self.title_cue(before, taken) != TitleCue::None
    }

    /// What the word before a name that begins after `before` says of it.
    pub(super) fn title_cue(&self, before: &str, taken: &[Mention]) -> TitleCue {
        let free =
            |head: &str, word: &str| !overlaps(taken, &(head.len() - word.len()..head.len()));
        // `the PTI senator, Jane Doe`; `three LR deputies (Jane Doe, John
        // Roe and …)`.
        if let Some(head) = before
            .strip_suffix(", ")
            .or_else(|| before.strip_suffix(" ("))
        {
            let word = word_before(head, head.len());
            let cue = self.word_cue(word);
            if cue.is_role() && free(head, word) {
                return cue;
            }
            if let Some(role) = role_of_body(head)
                && self.word_cue(role) == TitleCue::Role
            {
                return TitleCue::Role;
            }
        }
        let Some(head) = before.strip_suffix(' ') else {
            return TitleCue::None;
        };
        let word = word_before(head, head.len());
        match self.word_cue(word) {
            // `Interior` is a title too (`Interior Minister`).
            TitleCue::None | TitleCue::Title if self.office_of_fields(head, word) => TitleCue::Role,
            TitleCue::None => TitleCue::None,
            cue if free(head, word) => cue,
            _ => TitleCue::None,
        }
    }

    /// Whether `head`, whose last word is `last`, ends in a role and the
    /// capitalised fields of its office (`Minister of Internal Affairs`,
    /// `Minister of Tourism and Sports`): the last field is no title
    /// itself, yet the name after it is the office holder's. The last field
    /// ends some ministry's name in the gazetteer, so that no word inside
    /// the fields begins a name (`Affairs Jane Doe`); nor does a body's
    /// name (`Bank of England`).
    fn office_of_fields(&self, head: &str, last: &str) -> bool {
        // The look-up first: most capitalised words end no ministry.
        if !self.name_word_kind(last).field {
            return false;
        }
        let before_last = head.split_whitespace().rev().skip(1);
        office_before_fields(before_last, 5).is_some_and(|(office, _)| {
            office.starts_with(char::is_uppercase) && self.word_cue(office) == TitleCue::Role
        })
    }

    /// What `word`, right before a name, says of it (see [`TitleCue`]).
    fn word_cue(&self, word: &str) -> TitleCue {
        // A plural role in lower case: `analysts Jane Doe`, `deputies
        // (Jane Doe, John Roe…)`.
        let is_role = |w: &str| self.gazetteer.is_title(w) || self.name_word_kind(w).plural_role;
        if let Some((first, last)) = word.rsplit_once('-') {
            // `writer-director`, `then-Gov.`, `Governor-elect`: a role in
            // one part, and no other use of the word (`mid-March`).
            let part = match last {
                "elect" | "designate" => first.rsplit_once('-').map_or(first, |(_, p)| p),
                _ => last,
            };
            return match self.word_cue(part) {
                TitleCue::Title => TitleCue::None,
                cue => cue,
            };
        }
        if let Some(short) = word.strip_suffix('.') {
            // An abbreviation (`Rep.`, `Gen.`), not the end of a sentence.
            let title = short.starts_with(char::is_uppercase) && is_role(short);
            return if title {
                TitleCue::Role
            } else {
                TitleCue::None
            };
        }
        if word.starts_with(char::is_lowercase) {
            return if is_role(word) {
                TitleCue::Role
            } else {
                TitleCue::None
            };
        }
        // A capitalised word: a title that is also a role (`Minister`,
        // `Colonel`), a role written with a capital (`Councillor`), or a
        // title that is no role (`Monday`, `Army`, `Gen`).
        match (
            self.gazetteer.is_title(word),
            self.name_word_kind(word).role,
        ) {
            (true, true) => TitleCue::Role,
            (false, true) => TitleCue::CapitalisedRole,
            (true, false) => TitleCue::Title,
            (false, false) => TitleCue::None,
        }
    }
}

/// The body a role is held in may stand between the role and the comma
/// (`The chairman of the CEC, Jane Doe`, `the head of the commission,
/// Jane Doe`): the word before `of`, when at most three words follow it
/// (`the` aside), none of them `and`.
fn role_of_body(head: &str) -> Option<&str> {
    // Three words and `of the` are seldom longer than this.
    let mut near = head.len().saturating_sub(48);
    while !head.is_char_boundary(near) {
        near += 1;
    }
    let at = head[near..].rfind(" of ")? + near;
    let body = &head[at + 4..];
    let body = body.strip_prefix("the ").unwrap_or(body);
    let words = body.split(' ');
    if words.clone().count() > 3 || words.clone().any(|w| w == "and") {
        return None;
    }
    Some(word_before(head, at))
}

/// The word before `of` or `for` that capitalised fields follow at the end
/// of `words` (read backwards, at most `max` of them), with how many fields
/// there are: `Minister` and 2 before `Minister of Internal Affairs`, read
/// from `Affairs`. `and`, `&` and `the` join fields.
pub(super) fn office_before_fields<'a>(
    mut words: impl Iterator<Item = &'a str>,
    max: usize,
) -> Option<(&'a str, usize)> {
    let mut fields = 0;
    for word in words.by_ref().take(max) {
        match word {
            "of" | "for" => return words.next().map(|office| (office, fields)),
            "and" | "&" | "the" => {}
            _ if word.starts_with(char::is_uppercase) => fields += 1,
            _ => return None,
        }
    }
    None
}
