//! Names in quotation marks inside or after a name: a person's nickname or
//! call sign between the given name and the surname (`Jorge "Tuto"
//! Quiroga`, `Denys "Redis" Prokopenko`), a unit's honorary name after its
//! number and kind (`15th Brigade "Kara-Dag"`). News prints them as part
//! of the name, and the annotation guidelines' spans keep them.

use std::borrow::Cow;

/// Opening and closing quotation marks, straight and typeset.
const QUOTES: &[(char, char)] = &[('"', '"'), ('“', '”'), ('\'', '\''), ('‘', '’')];

/// Words a quoted name has at most (`"El Chapo"`).
const MAX_WORDS: usize = 2;

/// Where a quoted name that begins at `at` ends, after its closing mark:
/// one or two capitalised words in matching marks (`"Tuto"`, `“El
/// Chapo”`, `"Kara-Dag"`).
pub(super) fn quoted_name_at(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let open = rest.chars().next()?;
    let &(_, close) = QUOTES.iter().find(|(o, _)| *o == open)?;
    let inside = &rest[open.len_utf8()..];
    let len = inside.find(close)?;
    is_quoted_name(&inside[..len]).then_some(at + open.len_utf8() + len + close.len_utf8())
}

/// Where a quoted name that ends at `end` (right after its closing mark)
/// begins, at its opening mark, when a space comes before that.
pub(super) fn quoted_name_before(text: &str, end: usize) -> Option<usize> {
    let head = &text[..end];
    let close = head.chars().next_back()?;
    let &(open, _) = QUOTES.iter().find(|(_, c)| *c == close)?;
    let inside = &head[..head.len() - close.len_utf8()];
    let start = inside.rfind(open)?;
    let fits = is_quoted_name(&inside[start + open.len_utf8()..]) && inside[..start].ends_with(' ');
    fits.then_some(start)
}

/// `name` without a quoted name inside it (`Jorge "Tuto" Quiroga` →
/// `Jorge Quiroga`), for the id and name of a person found in the text.
pub(super) fn without_quoted_name(name: &str) -> Cow<'_, str> {
    // A quoted name begins after a space, never the name itself.
    let found = name
        .match_indices(' ')
        .find_map(|(i, _)| quoted_name_at(name, i + 1).map(|end| (i + 1, end)));
    match found {
        Some((start, end)) => {
            let rest = name[end..].strip_prefix(' ').unwrap_or(&name[end..]);
            Cow::Owned(format!("{}{rest}", &name[..start]))
        }
        None => Cow::Borrowed(name),
    }
}

/// Whether `inside`, what stands between the marks, is one or two
/// capitalised words of letters and hyphens.
fn is_quoted_name(inside: &str) -> bool {
    let words = inside.split(' ');
    let mut count = 0;
    for word in words {
        count += 1;
        let letters = word.chars().all(|c| c.is_alphabetic() || c == '-');
        if count > MAX_WORDS || !letters || !word.starts_with(char::is_uppercase) {
            return false;
        }
    }
    // One capital alone is an initial, no name.
    inside.chars().nth(1).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_name_is_one_or_two_capitalised_words_in_matching_marks() {
        let text = r#"Jorge "Tuto" Quiroga and Joaquín “El Chapo” Guzmán, 'Kara-Dag'"#;
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(quoted_name_at(text, at("\"Tuto")), Some(at(" Quiroga")));
        assert_eq!(quoted_name_at(text, at("“El")), Some(at(" Guzmán")));
        assert_eq!(quoted_name_at(text, at("'Kara")), Some(text.len()));
        assert_eq!(quoted_name_before(text, at(" Quiroga")), Some(at("\"Tuto")));
        assert_eq!(quoted_name_before(text, at(" Guzmán")), Some(at("“El")));
        for text in [
            r#""tuto" x"#,
            r#""Three Word Name" x"#,
            r#""A" x"#,
            r#""Tuto x"#,
            r#""Tuto” x"#,
            r#""Tuto, Jr" x"#,
        ] {
            assert_eq!(quoted_name_at(text, 0), None, "{text}");
        }
        // The opening mark follows a space.
        assert_eq!(quoted_name_before(r#"Jane "Peace" Jones"#, 12), Some(5));
        assert_eq!(quoted_name_before(r#"Jane"Peace" Jones"#, 11), None);
    }

    #[test]
    fn a_person_s_name_leaves_out_the_quoted_name() {
        assert_eq!(
            without_quoted_name(r#"Jorge "Tuto" Quiroga"#),
            "Jorge Quiroga"
        );
        assert_eq!(
            without_quoted_name("Joaquín “El Chapo” Guzmán"),
            "Joaquín Guzmán"
        );
        assert_eq!(without_quoted_name("Jane Doe"), "Jane Doe");
    }
}
