//! `kg mentions` on the seeds against the gold annotations, scored the way
//! `shared/eval/score.py` scores: a hit has the gold span's exact offsets
//! and type; spans on demonyms, other locations, nested or ambiguous names
//! are neither rewarded nor penalised.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

use crate::{data, jsonl, read_json, run, stdout};

const TYPES: [&str; 3] = ["country", "person", "organization"];

/// Whole-word occurrences of `surface` in `text`, as byte spans.
fn word_spans(text: &str, surface: &str) -> Vec<(usize, usize)> {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    text.match_indices(surface)
        .filter(|(i, _)| {
            !is_word(text[..*i].chars().next_back())
                && !is_word(text[i + surface.len()..].chars().next())
        })
        .map(|(i, _)| (i, i + surface.len()))
        .collect()
}

#[test]
fn seeds_every_gold_entity_found_and_no_false_positive() {
    let gold = read_json(&data("gold/seeds-gold.json"));
    let spans = read_json(&data("gold/seeds-gold-mentions.json"));
    let out = run(&["mentions", "seeds", "-q"]);
    assert!(out.status.success());
    let mut system: HashMap<String, Vec<Value>> = HashMap::new();
    for m in jsonl(&stdout(&out)) {
        system
            .entry(m["doc"].as_str().unwrap().to_string())
            .or_default()
            .push(m);
    }
    let mut missed = Vec::new();
    let mut wrong = Vec::new();
    let mut ids_per_gold: HashMap<(String, String), BTreeSet<String>> = HashMap::new();
    for (doc, entry) in spans.as_object().unwrap() {
        let text = std::fs::read_to_string(crate::root().join("seeds").join(doc)).unwrap();
        let mut want: HashMap<(usize, usize), (&str, &str)> = HashMap::new();
        let mut dont_care: BTreeSet<(usize, usize)> = BTreeSet::new();
        for m in entry["mentions"].as_array().unwrap() {
            let span = (
                m["byte_start"].as_u64().unwrap() as usize,
                m["byte_end"].as_u64().unwrap() as usize,
            );
            if m["category"] == "entity" {
                want.insert(
                    span,
                    (m["type"].as_str().unwrap(), m["name"].as_str().unwrap()),
                );
            } else {
                dont_care.insert(span);
            }
        }
        for key in ["_ambiguous", "_nested"] {
            for a in gold[doc][key].as_array().unwrap() {
                dont_care.extend(word_spans(&text, a["surface"].as_str().unwrap()));
            }
        }
        let mut found = BTreeSet::new();
        for m in system.get(doc).map(Vec::as_slice).unwrap_or(&[]) {
            let ty = m["type"].as_str().unwrap();
            if !TYPES.contains(&ty) {
                continue;
            }
            let span = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                &text[span.0..span.1],
                m["text"].as_str().unwrap(),
                "offsets in {doc}"
            );
            match want.get(&span) {
                Some((t, name)) if *t == ty => {
                    found.insert(span);
                    ids_per_gold
                        .entry((doc.clone(), name.to_string()))
                        .or_default()
                        .insert(m["entity"].as_str().unwrap().to_string());
                }
                _ if dont_care.contains(&span)
                    || (!want.contains_key(&span)
                        && dont_care.iter().any(|d| d.0 < span.1 && span.0 < d.1)) => {}
                _ => wrong.push(format!("{doc}: {ty} {:?}", m["text"])),
            }
        }
        for (span, (ty, name)) in &want {
            if !found.contains(span) {
                missed.push(format!("{doc}: {ty} {name} at {span:?}"));
            }
        }
    }
    assert!(missed.is_empty(), "missed gold mentions: {missed:#?}");
    assert!(wrong.is_empty(), "false positives: {wrong:#?}");
    let splits: Vec<_> = ids_per_gold
        .iter()
        .filter(|(_, ids)| ids.len() > 1)
        .collect();
    assert!(
        splits.is_empty(),
        "one gold entity under several ids: {splits:?}"
    );
}
