//! The surname alone, as a context alias of every listed person whose row
//! gives no short name.
//!
//! News names a person in full once and by the surname after that
//! (`Rajnath Singh … Singh said`). A row that lists no one-word alias would
//! lose every later mention, so the gazetteer derives the surname as a
//! context alias: it counts only in a document that names the person
//! plainly, which is the policy for every bare surname (README, Matching
//! rules). Nothing is derived where the last word is not what news calls
//! the person by, or where it would mean something else.

use rustc_hash::FxHashSet;

use super::{Entity, EntityType, Gazetteer, PARTICLES};
use crate::normalize::{fold_name, fold_word};

/// Countries whose names put the family name first (`Li Qiang`, `Kim
/// Jong Un`, `Hun Manet`), or that have no family names (Myanmar's `Min
/// Aung Hlaing`; Ethiopia's and Eritrea's given name and father's name, as
/// in `Abiy Ahmed`), or whose news calls people by the given name (Thai,
/// Malay and Indonesian names: `Anutin`, `Anwar`, `Prabowo`): the last
/// word of their names is not how news names them. Such rows list their
/// short names themselves (gazetteer/README.md).
const NO_SURNAME_LAST: [&str; 13] = [
    "cambodia",
    "china",
    "eritrea",
    "ethiopia",
    "indonesia",
    "laos",
    "malaysia",
    "myanmar",
    "north-korea",
    "singapore",
    "south-korea",
    "taiwan",
    "thailand",
];

/// Countries whose people bear two surnames, the father's and the
/// mother's, and whose news names them by the first (`Daniel Noboa`) or
/// by both (`Daniel Noboa Azin`, `Claudia Sheinbaum Pardo`).
const TWO_SURNAMES: [&str; 20] = [
    "argentina",
    "bolivia",
    "chile",
    "colombia",
    "costa-rica",
    "cuba",
    "dominican-republic",
    "ecuador",
    "el-salvador",
    "equatorial-guinea",
    "guatemala",
    "honduras",
    "mexico",
    "nicaragua",
    "panama",
    "paraguay",
    "peru",
    "spain",
    "uruguay",
    "venezuela",
];

/// Whether the row's country gives its people two surnames (see
/// [`TWO_SURNAMES`]): the matcher widens their full names over a second
/// surname the row lacks.
pub(crate) fn has_two_surnames(e: &Entity) -> bool {
    let country = e.meta.get("country").map(String::as_str).unwrap_or("");
    TWO_SURNAMES.contains(&country)
}

/// Words that end a name but are not a surname (`Romero Brawner Jr.`).
const SUFFIXES: [&str; 6] = ["Jr.", "Jr", "Sr.", "Sr", "Jnr", "Snr"];

/// Adds the derived surnames to the people's `context_aliases`. A surname is left out when another entity
/// already claims it as a name (`Meta`, a company, is not Ilir Meta's
/// surname here) or it is a place of `places.txt` (`Kaunas`), so the derived names never need the validation that
/// file names get; people may share one (`Singh`), as context aliases may.
/// `words` holds the word lists (its own entities are not read).
pub(super) fn derive(entities: &mut [Entity], words: &Gazetteer) {
    // People's surnames may be shared (they are context aliases), so of a
    // person only the plain names claim a word; of anything else, every name
    // but its context aliases: those count only where the body is named in
    // full, as a surname only where its person is (a football club's
    // `Coventry` does not take Kirsty Coventry's).
    let bodies = entities.iter().filter(|e| e.kind != EntityType::Person);
    let claimed: FxHashSet<String> = entities
        .iter()
        .flat_map(Entity::plain_names)
        .chain(bodies.flat_map(|e| {
            let others = [&e.country_aliases, &e.demonyms];
            others.into_iter().flatten().map(String::as_str)
        }))
        // A place too: `London` in a story that names Sarah London is
        // the city (`places.txt`).
        .chain(
            words
                .places()
                .iter()
                .flat_map(|p| p.words.iter().map(String::as_str)),
        )
        // A surname is one word, so only names of one word can be one.
        .filter(|name| !name.contains(' '))
        .map(fold_name)
        .collect();
    for e in entities.iter_mut() {
        if let Some(surname) = surname(e, words).filter(|s| !claimed.contains(&fold_name(s))) {
            e.context_aliases.push(surname);
        }
        if let Some((both, first)) = two_surnames(e, words) {
            // A country of two surnames names people by the first too
            // (`Hugo Aguilar Ortiz` is `Aguilar`), and news abroad by the
            // last (`Ibáñez Carranza` is `Carranza`).
            let first =
                Some(first).filter(|f| has_two_surnames(e) && !claimed.contains(&fold_name(f)));
            for name in std::iter::once(both).chain(first) {
                if !e.all_names().any(|n| n == name) {
                    e.context_aliases.push(name);
                }
            }
        }
        if let Some(family) = family_name(e, words).filter(|f| !claimed.contains(&fold_name(f))) {
            e.context_aliases.push(family);
        }
        if let Some(given) = given_name(e, words).filter(|g| !claimed.contains(&fold_name(g))) {
            e.context_aliases.push(given);
        }
        if let Some(last) = last_word_abroad(e, words).filter(|l| !claimed.contains(&fold_name(l)))
        {
            e.context_aliases.push(last);
        }
        let mut bare = without_article(e);
        bare.retain(|s| !claimed.contains(&fold_name(s)));
        e.context_aliases.extend(bare);
    }
}

/// Countries whose names put the family name first and whose news goes on
/// calling people by it after naming them in full (`Kim Moon-soo … Kim
/// conceded`, `Lee Jae-myung … Lee`, `Xi Jinping … Xi`).
const FAMILY_NAME_FIRST: [&str; 4] = ["china", "north-korea", "south-korea", "taiwan"];

/// The family name of a person of a [`FAMILY_NAME_FIRST`] country whose row
/// lists no short name: the first word, when the name is written family
/// name first. A first word that is a given name elsewhere is taken only
/// from a name of three words or a hyphened given name (`Kim Jong Un`,
/// `Kim Moon-soo`), since `Joseph Wu` and `Li Qiang` look alike otherwise.
fn family_name(e: &Entity, words: &Gazetteer) -> Option<String> {
    if !person_of(e, &FAMILY_NAME_FIRST) || has_short_name(e) {
        return None;
    }
    let (first, rest) = e.name.split_once(' ')?;
    let family_first =
        rest.contains(['-', ' ']) || !words.given_names().contains(fold_word(first).as_ref());
    (family_first && names_alone(e, first, words)).then(|| first.to_string())
}

/// Countries whose news calls people by the given name, the first word of
/// their names (`Anutin`, `Sjafrie`, `Anwar`), and goes on doing so after
/// naming them in full.
const BY_GIVEN_NAME: [&str; 3] = ["indonesia", "malaysia", "thailand"];

/// Words that begin many names there, or are honorifics or titles of
/// birth in them, and so name no one in particular (`Muhammad`, `Siti`,
/// `Tengku`, `Wan`, `Sri`).
const SHARED_FIRST_WORDS: [&str; 24] = [
    "Abang", "Abdul", "Abu", "Ahmad", "Che", "Haji", "Megat", "Mohamad", "Mohamed", "Mohammad",
    "Mohd", "Muhamad", "Muhammad", "Nik", "Nur", "Raja", "Siti", "Sri", "Syed", "Tengku", "Tuan",
    "Tun", "Tunku", "Wan",
];

/// The given name of a person of a [`BY_GIVEN_NAME`] country, the first
/// word of a name of two words or more, when the row does not list it as
/// a name of its own: a word that means something else (a common word, a
/// title, a first name that is a word elsewhere, a body's head word) or
/// begins many names is left out.
fn given_name(e: &Entity, words: &Gazetteer) -> Option<String> {
    if !person_of(e, &BY_GIVEN_NAME) {
        return None;
    }
    let (first, _) = e.name.split_once(' ')?;
    (names_alone(e, first, words) && !SHARED_FIRST_WORDS.contains(&first))
        .then(|| first.to_string())
}

/// Whether `e` is a person of one of `countries`, and no journalist or
/// photographer listed for bylines and credits.
fn person_of(e: &Entity, countries: &[&str]) -> bool {
    let country = e.meta.get("country").map(String::as_str).unwrap_or("");
    e.kind == EntityType::Person && countries.contains(&country) && !credited(e)
}

/// Whether the word `word` of `e`'s name may name `e` alone: it looks
/// like a name, is no particle, means nothing else (a common word, a
/// title, a body's head word) and the row does not list it already.
fn names_alone(e: &Entity, word: &str, words: &Gazetteer) -> bool {
    let meaningful =
        words.is_common_word(word) || words.is_title(word) || words.org_heads().contains(word);
    let listed = e.all_names().any(|n| n == word);
    surname_shaped(word) && !is_particle(word) && !meaningful && !listed
}

/// Countries whose people the news agencies abroad also call by the last
/// word of their names, as if it were a surname, though their own news
/// does not (`Sadewa said` for Purbaya Yudhi Sadewa, `Subianto` for
/// Prabowo Subianto, in AP's stories).
const LAST_WORD_ABROAD: [&str; 1] = ["indonesia"];

/// The last word of the name of a person of a [`LAST_WORD_ABROAD`]
/// country, when it may name the person alone (see [`names_alone`]) and is
/// no first name.
fn last_word_abroad(e: &Entity, words: &Gazetteer) -> Option<String> {
    if !person_of(e, &LAST_WORD_ABROAD) {
        return None;
    }
    let (_, last) = e.name.rsplit_once(' ')?;
    (names_alone(e, last, words) && !words.is_first_name(last)).then(|| last.to_string())
}

/// A person's one-word surnames with an Arabic article (`al-Hayya`,
/// `el-Sisi`) without it, which news writes too (`according to Hayya`),
/// where the row lacks them: words the row names already are left out.
fn without_article(e: &Entity) -> Vec<String> {
    if e.kind != EntityType::Person {
        return Vec::new();
    }
    let last_words = e
        .plain_names()
        .chain(e.context_aliases.iter().map(String::as_str))
        .filter_map(|name| name.rsplit(' ').next());
    let mut out: Vec<String> = Vec::new();
    for rest in last_words.filter_map(without_arabic_article) {
        if !e.all_names().any(|n| n == rest) && !out.iter().any(|w| w == rest) {
            out.push(rest.to_string());
        }
    }
    out
}

/// A one-word surname with an Arabic article (`al-Hayya`, `El-Baba`)
/// without it (`Hayya`), if what is left is a capitalised word of three
/// letters or more.
pub(crate) fn without_arabic_article(word: &str) -> Option<&str> {
    let (article, rest) = word.split_once('-')?;
    let bare = ["al", "el", "Al", "El"].contains(&article)
        && rest.chars().count() >= 3
        && rest.starts_with(char::is_uppercase)
        && !rest.contains('-');
    bare.then_some(rest)
}

/// The surname of a person's canonical name, when news would name them by
/// it alone and their row gives no one-word name already.
fn surname(e: &Entity, words: &Gazetteer) -> Option<String> {
    let last = last_name_word(e, words)?;
    // A surname that is also a given name (`Randy George`, `Ken Paxton`)
    // is kept: the matcher counts it only where its person is named in
    // full, not after a title (`Prince George`).
    // A word that ends bodies' names (`Court`, `Council`) is the body's
    // there: `the Federal Court` is no Margaret Court.
    let meaningful = means_a_word(last, words) || words.is_first_name(last) || is_numeral(last);
    (!meaningful).then(|| last.to_string())
}

/// The surname of a person's canonical name that [`derive`] leaves out
/// because it is a word too (`Friday` of `Godwin Friday`, `May` of `Theresa
/// May`, `Cook` of `Tim Cook`): the matcher counts it only right after a
/// form of address or a title, where the person is named in full (`Dr
/// Friday`, `Mrs May`).
pub(crate) fn word_surname<'e>(e: &'e Entity, words: &Gazetteer) -> Option<&'e str> {
    let last = last_name_word(e, words)?;
    (means_a_word(last, words) && !words.is_first_name(last)).then_some(last)
}

/// Whether `word` means something else in the news: a common word, a title
/// or a word that ends bodies' names.
fn means_a_word(word: &str, words: &Gazetteer) -> bool {
    words.is_common_word(word) || words.is_title(word) || words.org_heads().contains(word)
}

/// The last word of a person's canonical name, when it looks like the
/// surname news would name them by and their row gives no one-word name
/// already.
fn last_name_word<'e>(e: &'e Entity, words: &Gazetteer) -> Option<&'e str> {
    if e.kind != EntityType::Person || has_short_name(e) || surname_not_last(e) || credited(e) {
        return None;
    }
    let mut parts: Vec<&str> = e.name.split_whitespace().collect();
    // A generation's numeral after a surname goes as a suffix does
    // (`Faustino Dy III`); a monarch's after a name alone (`Felipe VI`)
    // leaves no surname.
    if parts
        .last()
        .is_some_and(|w| SUFFIXES.contains(w) || (parts.len() > 2 && is_numeral(w)))
    {
        parts.pop();
    }
    let [first, .., last] = parts[..] else {
        return None;
    };
    let before = parts[parts.len() - 2];
    // A surname of two letters (`Dy`, `Ba`, `Ng`) only where the row's
    // country says the last word is one: without a country, `Chen Yu` may
    // be written family name first.
    let has_country = e.meta.get("country").is_some_and(|c| !c.is_empty());
    let shaped = surname_shaped(last) || (has_country && two_letter_surname(last));
    // A lower-case word before the surname belongs to it (`von der
    // Leyen`), and so does a particle in any case (`Bart De Wever`): such
    // surnames are listed by hand.
    let plain_before = !before.starts_with(char::is_lowercase) && !is_particle(before);
    (shaped && plain_before && !words.is_title(first)).then_some(last)
}

/// Whether `word` looks like a surname: three letters or more, a capital
/// first and a lower-case letter after it, letters, hyphens and
/// apostrophes only. `al-Ahmad`, `Al-Mashat`: the particle is part of the
/// surname, and news writes it with it, so the word after the hyphen must
/// look like one.
fn surname_shaped(word: &str) -> bool {
    let core = match word.split_once('-') {
        Some((particle, rest)) if is_particle(particle) => rest,
        _ => word,
    };
    core.chars().count() >= 3
        && core.starts_with(char::is_uppercase)
        && core.chars().skip(1).any(char::is_lowercase)
        && core
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

/// Whether `word` is a capital and a lower-case letter (`Dy`, `Ng`).
fn two_letter_surname(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(a), Some(b), None) if a.is_uppercase() && b.is_lowercase()
    )
}

/// A person's two surnames and the first of them, when a name of three
/// words or more ends in two words that both look like surnames and the
/// first of them is no given name (`Aguilar Ortiz` and `Aguilar` of `Hugo
/// Aguilar Ortiz`, `Kwakye Ofosu` of `Felix Kwakye Ofosu`; not `Antonio
/// Kast` of `José Antonio Kast`): news names such people by both. The
/// name may be an alias that goes on after the row's name (`Petro Urrego`
/// of `Gustavo Petro Urrego`, listed as `Gustavo Petro`). Not for names
/// whose last word is not the surname (see [`NO_SURNAME_LAST`]).
fn two_surnames(e: &Entity, words: &Gazetteer) -> Option<(String, String)> {
    if e.kind != EntityType::Person || surname_not_last(e) || credited(e) {
        return None;
    }
    // The name of the row, or of an alias that goes on after its surname
    // (`Gustavo Petro Urrego` of `Gustavo Petro`): that surname is no
    // given name there, even where it is one elsewhere (`Petro`).
    let surname = e.name.rsplit(' ').next().unwrap_or_default();
    let longer = e.aliases.iter().find_map(|a| {
        let parts: Vec<&str> = a.split_whitespace().collect();
        let [.., first, _] = parts[..] else {
            return None;
        };
        (first == surname && a.starts_with(e.name.split(' ').next()?)).then_some(parts)
    });
    let parts: Vec<&str> = longer.unwrap_or_else(|| e.name.split_whitespace().collect());
    let [_, .., first, last] = parts[..] else {
        return None;
    };
    if SUFFIXES.contains(&last) {
        return None;
    }
    let plain = |w: &str| {
        surname_shaped(w)
            && !is_particle(w)
            && !words.is_common_word(w)
            && !words.is_title(w)
            && !words.org_heads().contains(w)
    };
    let given = first != surname && words.given_names().contains(fold_word(first).as_ref());
    (plain(first) && plain(last) && !given).then(|| (format!("{first} {last}"), first.to_string()))
}

/// Whether the row already gives a name of one word (`Zelensky`), which
/// says how news shortens this name.
fn has_short_name(e: &Entity) -> bool {
    let one_word = |a: &String| !a.trim().contains(char::is_whitespace);
    e.aliases.iter().chain(&e.context_aliases).any(one_word)
}

/// Whether the row is a journalist's or photographer's, listed for the
/// bylines and credits that name them (`journalist (byline: Reuters)`):
/// news does not call its own reporters by the surname, so a bare surname
/// in the story is someone else's (gazetteer/README.md).
fn credited(e: &Entity) -> bool {
    let description = e.meta.get("description").map(String::as_str).unwrap_or("");
    description.contains("(byline:") || description.contains("(credited:")
}

/// Whether the row's country writes names so that the last word is not
/// the surname news uses (see [`NO_SURNAME_LAST`]).
fn surname_not_last(e: &Entity) -> bool {
    let country = e.meta.get("country").map(String::as_str).unwrap_or("");
    NO_SURNAME_LAST.contains(&country)
}

/// Whether `word` is a particle of names, in any case ([`PARTICLES`]:
/// `De`, `van`, `Al`, `bin`), or `Abu`, which begins names (`Abu Obeida`)
/// though its capital never varies.
fn is_particle(word: &str) -> bool {
    word == "Abu" || PARTICLES.contains(&word.to_lowercase().as_str())
}

/// Regnal numbers (`Charles III`, `Leo XIV`).
fn is_numeral(word: &str) -> bool {
    word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::{Gazetteer, Source, parse_tsv};

    const HEADER: &str = "id\ttype\tname\taliases\tcontext_aliases\tcountry\tdescription\n";

    /// The surnames derived for each row of `rows`, loaded with a few
    /// word lists.
    fn derived(rows: &str) -> Vec<(String, Vec<String>)> {
        let tsv = format!("{HEADER}{rows}");
        let source = |name: &str, text: &str| Source {
            name: name.into(),
            text: text.into(),
        };
        let sources = [
            source("t.tsv", &tsv),
            source("common_words.txt", "may\nrice\nbrown\n"),
            source("titles.txt", "King\nPope\nPresident\n"),
            source(
                "given_names.txt",
                "George\nPaul\nTaha\nAntonio\nPetro\nJoseph\nKim\n",
            ),
            source("org_heads.txt", "Court\n"),
        ];
        let loaded = Gazetteer::from_sources(&sources).expect("valid rows");
        let listed = parse_tsv("t.tsv", &tsv).expect("valid rows");
        // Only what was derived: the row's own context aliases come first.
        loaded
            .entities()
            .iter()
            .zip(listed)
            .map(|(e, row)| {
                (
                    e.id.clone(),
                    e.context_aliases[row.context_aliases.len()..].to_vec(),
                )
            })
            .collect()
    }

    fn surname_of(row: &str) -> Vec<String> {
        derived(row).remove(0).1
    }

    #[test]
    fn the_last_word_of_a_name_without_a_short_form_is_its_surname() {
        let cases = [
            ("a\tperson\tRajnath Singh\t\t\t\t\n", vec!["Singh"]),
            ("a\tperson\tKaja Kallas\t\t\t\t\n", vec!["Kallas"]),
            ("a\tperson\tRomero Brawner Jr.\t\t\t\t\n", vec!["Brawner"]),
            ("a\tperson\tSahle-Work Zewde\t\t\t\t\n", vec!["Zewde"]),
            ("a\tperson\tJean-Noël Barrot\t\t\t\t\n", vec!["Barrot"]),
            // A given name too: the matcher keeps it from titles.
            ("a\tperson\tRandy George\t\t\t\t\n", vec!["George"]),
            // The particle joined to the surname stays with it, and the
            // surname without it is one too.
            (
                "a\tperson\tRania Al-Mashat\t\t\t\t\n",
                vec!["Al-Mashat", "Mashat"],
            ),
            (
                "a\tperson\tMohammed Taha al-Ahmad\t\t\t\t\n",
                vec!["al-Ahmad", "Ahmad"],
            ),
            // So it is for a short name the row gives.
            (
                "a\tperson\tKhalil al-Hayya\tal-Hayya\t\t\t\n",
                vec!["Hayya"],
            ),
        ];
        for (row, want) in cases {
            assert_eq!(surname_of(row), want, "{row:?}");
        }
    }

    #[test]
    fn a_name_that_ends_in_two_surnames_is_named_by_both() {
        let cases = [
            // Both, and the last; a country of two surnames, the first too.
            (
                "a\tperson\tHugo Aguilar Ortiz\t\t\tmexico\t\n",
                vec!["Ortiz", "Aguilar Ortiz", "Aguilar"],
            ),
            (
                "a\tperson\tFelix Kwakye Ofosu\t\t\tghana\t\n",
                vec!["Ofosu", "Kwakye Ofosu"],
            ),
            // Not after a given name, a particle, or for two words.
            ("a\tperson\tJosé Antonio Kast\t\t\tchile\t\n", vec!["Kast"]),
            (
                "a\tperson\tUrsula von der Leyen\tvon der Leyen\t\t\t\n",
                vec![],
            ),
            ("a\tperson\tKaja Kallas\t\t\testonia\t\n", vec!["Kallas"]),
            // An alias that goes on after the row's surname, which is a
            // given name elsewhere.
            (
                "a\tperson\tGustavo Petro\tGustavo Petro Urrego\t\tcolombia\t\n",
                vec!["Petro", "Petro Urrego"],
            ),
        ];
        let countries = "mexico\tcountry\tMexico\t\t\t\t\n\
            colombia\tcountry\tColombia\t\t\t\t\n\
            ghana\tcountry\tGhana\t\t\t\t\n\
            chile\tcountry\tChile\t\t\t\t\n\
            estonia\tcountry\tEstonia\t\t\t\t\n";
        for (row, want) in cases {
            assert_eq!(surname_of(&format!("{row}{countries}")), want, "{row:?}");
        }
    }

    #[test]
    fn nothing_is_derived_where_the_last_word_is_no_surname_news_uses() {
        for row in [
            // The row's own short name says how news shortens it.
            "a\tperson\tJoko Widodo\tJokowi\t\t\t\n",
            "a\tperson\tLloyd Austin\t\tAustin\t\t\n",
            // Words, bodies' words, titles, numerals, particles.
            "a\tperson\tPavel Polityuk\t\t\t\tjournalist (byline: Reuters)\n",
            "a\tperson\tTheresa May\t\t\t\t\n",
            "a\tperson\tMargaret Court\t\t\t\t\n",
            "a\tperson\tKing Salman\t\t\t\t\n",
            "a\tperson\tCharles III\t\t\t\t\n",
            "a\tperson\tUrsula von der Leyen\t\t\t\t\n",
            "a\tperson\tBart De Wever\t\t\t\t\n",
            "a\tperson\tMohammed bin Salman\t\t\t\t\n",
            // Too short, one word, not a person.
            "a\tperson\tChen Yu\t\t\t\t\n",
            "a\tperson\tVajiralongkorn\t\t\t\t\n",
            "a\torganization\tLockheed Martin\t\t\t\t\n",
        ] {
            assert_eq!(surname_of(row), Vec::<String>::new(), "{row:?}");
        }
    }

    #[test]
    fn names_that_put_the_surname_first_keep_none_and_those_called_by_the_given_name_keep_it() {
        let rows = "china\tcountry\tChina\t\t\t\t\n\
                    thailand\tcountry\tThailand\t\t\t\t\n\
                    malaysia\tcountry\tMalaysia\t\t\t\t\n\
                    a\tperson\tLi Qiang\t\t\tchina\t\n\
                    b\tperson\tSrettha Thavisin\t\t\tthailand\t\n\
                    c\tperson\tAnwar Ibrahim\t\t\tmalaysia\t\n\
                    d\tperson\tMuhammad Yusof\t\t\tmalaysia\t\n\
                    e\tperson\tMaris Sangiampong\tMaris\t\tthailand\t\n\
                    f\tperson\tKing Vajiralongkorn\t\t\tthailand\t\n";
        let expected: [(&str, &[&str]); 6] = [
            ("a", &[]),
            ("b", &["Srettha"]),
            ("c", &["Anwar"]),
            // A word that begins many names, one listed already, a title.
            ("d", &[]),
            ("e", &[]),
            ("f", &[]),
        ];
        let found: Vec<_> = derived(rows).into_iter().skip(3).collect();
        for ((id, aliases), (want_id, want)) in found.iter().zip(expected) {
            assert_eq!(id, want_id);
            assert_eq!(aliases, want, "{id}");
        }
    }

    #[test]
    fn korean_and_chinese_names_give_their_family_name_first() {
        let rows = "south-korea\tcountry\tSouth Korea\t\t\t\t\n\
                    china\tcountry\tChina\t\t\t\t\n\
                    taiwan\tcountry\tTaiwan\t\t\t\t\n\
                    a\tperson\tKim Moon-soo\t\t\tsouth-korea\t\n\
                    b\tperson\tWang Yi\t\t\tchina\t\n\
                    c\tperson\tJoseph Wu\t\t\ttaiwan\t\n\
                    d\tperson\tLai Ching-te\tLai\t\ttaiwan\t\n\
                    e\tperson\tKim Yo Jong\t\t\tsouth-korea\t\n";
        let expected: [(&str, &[&str]); 5] = [
            // `Kim` is a given name elsewhere, not before a hyphened one.
            ("a", &["Kim"]),
            ("b", &["Wang"]),
            // A given name first, and nothing to say the name is written
            // family name first: `Joseph Wu` is called `Wu`, listed by hand.
            ("c", &[]),
            // A short name listed already.
            ("d", &[]),
            ("e", &["Kim"]),
        ];
        let found: Vec<_> = derived(rows).into_iter().skip(3).collect();
        for ((id, aliases), (want_id, want)) in found.iter().zip(expected) {
            assert_eq!(id, want_id);
            assert_eq!(aliases, want, "{id}");
        }
    }

    #[test]
    fn an_indonesian_is_named_by_the_last_word_too() {
        let rows = "indonesia\tcountry\tIndonesia\t\t\t\t\n\
                    a\tperson\tSjafrie Sjamsoeddin\t\t\tindonesia\t\n\
                    b\tperson\tPurbaya Yudhi Sadewa\tPurbaya\t\tindonesia\t\n\
                    c\tperson\tBudi Gunadi Sadikin\t\tSadikin\tindonesia\t\n\
                    d\tperson\tJoko Widodo\tJokowi|Widodo\t\tindonesia\t\n";
        let expected: [(&str, &[&str]); 4] = [
            ("a", &["Sjafrie", "Sjamsoeddin"]),
            ("b", &["Sadewa"]),
            // Listed already, as a context alias or a plain one.
            ("c", &["Budi"]),
            ("d", &["Joko"]),
        ];
        let found: Vec<_> = derived(rows).into_iter().skip(1).collect();
        for ((id, aliases), (want_id, want)) in found.iter().zip(expected) {
            assert_eq!(id, want_id);
            assert_eq!(aliases, want, "{id}");
        }
    }

    #[test]
    fn a_generation_s_numeral_goes_and_a_two_letter_surname_needs_a_country() {
        let rows = "philippines\tcountry\tPhilippines\t\t\t\t\n\
                    spain\tcountry\tSpain\t\t\t\t\n\
                    a\tperson\tFaustino Dy III\t\t\tphilippines\t\n\
                    b\tperson\tAmadou Ba\t\t\tphilippines\t\n\
                    c\tperson\tChen Yu\t\t\t\t\n\
                    d\tperson\tFelipe VI\t\t\tspain\t\n";
        let got = derived(rows);
        assert_eq!(got[2].1, vec!["Dy"]);
        assert_eq!(got[3].1, vec!["Ba"]);
        assert_eq!(got[4].1, Vec::<String>::new());
        assert_eq!(got[5].1, Vec::<String>::new());
    }

    #[test]
    fn a_surname_another_entity_claims_is_left_to_it_and_two_people_may_share_one() {
        let rows = "meta\torganization\tMeta\t\t\t\t\n\
                    a\tperson\tIlir Meta\t\t\t\t\n\
                    b\tperson\tRajnath Singh\t\t\t\t\n\
                    c\tperson\tManmohan Singh\t\t\t\t\n\
                    d\tperson\tJagmeet Singh\t\tSingh\t\t\n";
        let got = derived(rows);
        assert_eq!(got[1].1, Vec::<String>::new());
        assert_eq!(got[2].1, vec!["Singh"]);
        assert_eq!(got[3].1, vec!["Singh"]);
    }

    #[test]
    fn a_place_s_name_is_no_derived_surname() {
        let tsv = format!(
            "{HEADER}lithuania\tcountry\tLithuania\t\t\t\t\n\
             a\tperson\tRobertas Kaunas\t\t\t\t\n\
             b\tperson\tKaja Kallas\t\t\t\t\n"
        );
        let sources = [
            Source {
                name: "t.tsv".into(),
                text: tsv,
            },
            Source {
                name: "places.txt".into(),
                text: "lithuania\tVilnius|Kaunas\n".into(),
            },
        ];
        let loaded = Gazetteer::from_sources(&sources).expect("valid rows");
        let aliases: Vec<&[String]> = loaded.entities()[1..]
            .iter()
            .map(|e| e.context_aliases.as_slice())
            .collect();
        assert_eq!(aliases, [&[][..], &["Kallas".to_string()][..]]);
    }

    #[test]
    fn a_body_s_context_alias_leaves_a_person_the_same_surname() {
        let rows = "club\torganization\tCoventry City\t\tCoventry\t\t\n\
                    a\tperson\tKirsty Coventry\t\t\t\t\n";
        assert_eq!(derived(rows)[1].1, vec!["Coventry"]);
    }
}
