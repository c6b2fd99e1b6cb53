//! `kg mentions`: the JSON Lines contract.

use crate::{data, jsonl, kg, run, shipped_mentions, stdout};

#[test]
fn every_line_has_the_documented_keys_and_exact_offsets() {
    let out = run(&["mentions", "seeds", "-q"]);
    assert!(out.status.success());
    let lines = jsonl(&stdout(&out));
    assert!(lines.len() > 100);
    for m in &lines {
        for key in [
            "doc",
            "start",
            "end",
            "text",
            "entity",
            "name",
            "type",
            "sentence",
            "paragraph",
            "resolved_by",
            "mention",
        ] {
            assert!(m.get(key).is_some(), "{key} missing in {m}");
        }
        let doc =
            std::fs::read_to_string(crate::root().join("seeds").join(m["doc"].as_str().unwrap()))
                .unwrap();
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&doc[s..e], m["text"].as_str().unwrap());
    }
    assert!(
        lines
            .iter()
            .any(|m| m["type"] == "demonym" && m["entity"] == "ukraine")
    );
}

#[test]
fn stdin_and_jsonl_inputs() {
    let out = kg()
        .args(["mentions", "-", "-q", "--no-default-gazetteer", "-g"])
        .arg(data("gazetteer/tiny.tsv"))
        .write_stdin("Trump’s call with Zelensky. Lloyd Austin and Austin.")
        .output()
        .unwrap();
    assert!(out.status.success());
    let got: Vec<(String, String, String)> = jsonl(&stdout(&out))
        .iter()
        .map(|m| {
            (
                m["doc"].as_str().unwrap().into(),
                m["text"].as_str().unwrap().into(),
                m["resolved_by"].as_str().unwrap().into(),
            )
        })
        .collect();
    let want = [
        ("-", "Trump", "alias"),
        ("-", "Zelensky", "alias"),
        ("-", "Lloyd Austin", "alias"),
        ("-", "Austin", "context"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("news.jsonl");
    std::fs::write(&file, "{\"id\": \"a1\", \"text\": \"Putin and Trump.\", \"source\": \"x\"}\n\n{\"id\": \"a2\", \"text\": \"NATO\"}\n").unwrap();
    let out = kg()
        .args(["mentions", "-q", "--no-default-gazetteer", "-g"])
        .arg(data("gazetteer/tiny.tsv"))
        .arg(&file)
        .output()
        .unwrap();
    let docs: Vec<String> = jsonl(&stdout(&out))
        .iter()
        .map(|m| m["doc"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(docs, ["a1", "a1", "a2"]);
}

/// Places, teams, clubs and bodies whose names begin with a given name, in
/// the places where news names people (after a verb of speech, before a
/// description, in a list, in a credit): the shipped gazetteer's rules for
/// people it does not list must take none of them for a person.
#[test]
fn places_teams_and_bodies_named_like_people_are_no_one() {
    let text = "\
The fires spread across Santa Clara, Santa Monica and Santa Barbara on Sunday.

The Orlando Magic, Charlotte Hornets and Indiana Pacers all lost on Sunday night.

The exhibition at Madison Square Garden said tickets would go on sale.

Visitors to Santa Monica Pier, the landmark, have fallen in number.

Fans of Charlotte FC said the club would move to a new stadium.

According to Lincoln Center, the concert will go ahead on Friday.

Officials in Jefferson County said the roads were closed on Monday.

Virginia Tech said classes would resume on Monday.

Sales of Resident Evil Village, a game from Capcom, rose this year.

Schools marked Teacher Appreciation Week, the annual event, with gifts.

Photo: Victoria Station/AP
";
    let people: Vec<String> = shipped_mentions(text)
        .iter()
        .filter(|m| m["type"] == "person")
        .map(|m| m["text"].as_str().unwrap().to_string())
        .collect();
    assert!(people.is_empty(), "taken for people: {people:?}");
}

/// Companies and charities named like people are in the shipped gazetteer
/// (session 20), so the rules for people it does not list no longer take
/// them for people; a designer's name alone stays a person's.
#[test]
fn companies_named_like_people_are_organisations() {
    let text = "\
Grant Thornton said the audit would be delayed.

Christian Aid said the convoy had reached the camp.

Martin Marietta said demand for aggregates fell.

Kaiser Permanente said it would cut 500 jobs.

Ralph Lauren said the collection would open the show.
";
    let typed: Vec<(String, String)> = shipped_mentions(text)
        .iter()
        .map(|m| {
            (
                m["text"].as_str().unwrap().to_string(),
                m["type"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let org = |name: &str| (name.to_string(), "organization".to_string());
    assert_eq!(
        typed,
        [
            org("Grant Thornton"),
            org("Christian Aid"),
            org("Martin Marietta"),
            org("Kaiser Permanente"),
            ("Ralph Lauren".to_string(), "person".to_string()),
        ]
    );
}
