//! `kg query stats` on the seeds graph.

use serde_json::Value;

use crate::{run, seeds_build, stderr, stdout};

fn stats(extra: &[&str]) -> std::process::Output {
    let graph = seeds_build().join("graph.json");
    let mut args = vec!["query", "--graph", graph.to_str().unwrap(), "stats"];
    args.extend_from_slice(extra);
    run(&args)
}

fn stats_json() -> Value {
    let o = stats(&["--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_str(&stdout(&o)).unwrap()
}

fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect()
}

#[test]
fn ukraine_is_the_most_central_entity_of_the_seeds() {
    let st = stats_json();
    for measure in ["degree", "weighted_degree", "pagerank", "betweenness"] {
        let top = ids(&st["central"][measure]);
        assert_eq!(top.first(), Some(&"ukraine"), "{measure}: {top:?}");
        assert!(top.len() <= 10, "{measure}");
        let values: Vec<f64> = st["central"][measure]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["value"].as_f64().unwrap())
            .collect();
        assert!(values.windows(2).all(|w| w[0] >= w[1]), "{measure} sorted");
    }
}

#[test]
fn counts_agree_with_graph_json() {
    let st = stats_json();
    let g = crate::read_json(&seeds_build().join("graph.json"));
    let nodes = g["nodes"].as_array().unwrap();
    let links = g["links"].as_array().unwrap();
    assert_eq!(st["nodes"], nodes.len());
    assert_eq!(st["edges"], links.len());
    let n = nodes.len() as f64;
    let density = 2.0 * links.len() as f64 / (n * (n - 1.0));
    assert!((st["density"].as_f64().unwrap() - density).abs() < 1e-12);
    let countries = nodes.iter().filter(|x| x["type"] == "country").count();
    assert_eq!(st["types"]["country"], countries);
    // Ukraine's degree is its number of links.
    let degree = links
        .iter()
        .filter(|l| l["source"] == "ukraine" || l["target"] == "ukraine")
        .count();
    assert_eq!(st["central"]["degree"][0]["value"], degree as f64);
    let sizes: Vec<u64> = st["components"]["sizes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_u64().unwrap())
        .collect();
    assert_eq!(
        sizes.len() as u64,
        st["components"]["count"].as_u64().unwrap()
    );
    assert_eq!(sizes.iter().sum::<u64>(), nodes.len() as u64);
}

#[test]
fn communities_cover_every_entity_once() {
    let st = stats_json();
    let communities = st["communities"]["list"].as_array().unwrap();
    assert_eq!(st["communities"]["method"], "louvain");
    let mut members: Vec<&str> = communities
        .iter()
        .flat_map(|c| ids(&c["members"]))
        .collect();
    let total = members.len();
    members.sort();
    members.dedup();
    assert_eq!(total, members.len(), "no entity in two communities");
    assert_eq!(Value::from(total), st["nodes"]);
    let sizes: Vec<u64> = communities
        .iter()
        .map(|c| c["size"].as_u64().unwrap())
        .collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "largest first");
    // Ukraine and the United States co-occur in every seed article.
    let with_ukraine = communities
        .iter()
        .find(|c| ids(&c["members"]).contains(&"ukraine"))
        .unwrap();
    assert!(ids(&with_ukraine["members"]).contains(&"united-states"));
    let q = st["communities"]["modularity"].as_f64().unwrap();
    assert!(q > 0.0 && q < 1.0, "{q}");
}

#[test]
fn table_shows_counts_rankings_and_communities() {
    let o = stats(&["--top", "3"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.starts_with("entities     "), "{text}");
    // The centrality table: a header, then one row per rank, then a blank line.
    let table: Vec<&str> = text
        .lines()
        .skip_while(|l| !(l.starts_with('#') && l.contains("weighted degree")))
        .take_while(|l| !l.is_empty())
        .collect();
    assert!(table[0].contains("pagerank") && table[0].contains("betweenness"));
    assert_eq!(table.len(), 4, "a header and --top 3 rows: {table:?}");
    assert!(
        table[1].starts_with("1 ") && table[1].contains("Ukraine"),
        "{table:?}"
    );
    assert!(text.contains("communities (louvain, modularity "), "{text}");
}
