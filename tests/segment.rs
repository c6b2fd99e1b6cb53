//! Sentence splitting on the seed articles: abbreviations, dates and dotted
//! acronyms stay inside their sentence.

use kg::segment::segment;

fn sentences(file: &str) -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(file);
    let text = std::fs::read_to_string(path).unwrap();
    segment(&text)
        .sentences
        .iter()
        .map(|s| text[s.start..s.end].to_string())
        .collect()
}

fn has_sentence(list: &[String], start: &str, end: &str) -> bool {
    list.iter()
        .any(|s| s.starts_with(start) && s.ends_with(end))
}

#[test]
fn seeds_split_at_sentence_ends_only() {
    let s003 = sentences("003_b9c0dc62adebd794.txt");
    assert!(
        has_sentence(
            &s003,
            "A T-72 tank during special training",
            "Jan. 11, 2024."
        ),
        "{s003:#?}"
    );
    assert!(has_sentence(
        &s003,
        "The U.S. co-leads two of the group",
        "with France."
    ));
    assert!(has_sentence(
        &s003,
        "Defense Secretary Lloyd Austin, who attended",
        "interceptors.”"
    ));
    let s000 = sentences("000_9c642064cdc59907.txt");
    assert!(has_sentence(
        &s000,
        "Observers consider that shifts in U.S. policy",
        "support."
    ));
    assert!(has_sentence(
        &s000,
        "In the political conversations surrounding a future U.S. administration",
        "Donbass."
    ));
    let s001 = sentences("001_f2ca2d74749ae164.txt");
    assert_eq!(
        s001.len(),
        16,
        "15 lines, one of them two sentences: {s001:#?}"
    );
    assert!(
        has_sentence(&s001, "The second group", "invasion.’"),
        "closing quote stays"
    );
    assert!(has_sentence(
        &s001,
        "This dual-pronged approach",
        "deterrence."
    ));
    let s002 = sentences("002_880b25906b529e1e.txt");
    assert!(has_sentence(
        &s002,
        "Retired US Army Colonel Richard Williams",
        "moment."
    ));
}
