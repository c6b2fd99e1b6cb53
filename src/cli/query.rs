//! `kg query`: questions to a built graph, as tables or JSON.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Result, bail};
use kg::EntityType;
use kg::export;
use kg::graph::CoGraph;
use kg::query::{self, Filter, RankBy, RelationRow};
use serde::Serialize;

/// Ask the graph: entities, neighbours, relations with evidence, paths.
///
/// Names resolve through any alias, ignoring case and diacritics
/// ("zelensky", "Zelenskyy" and "President Zelensky" are one person). A name
/// that matches nothing exits with 1 and suggests the nearest names.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kg query entity Zelensky\n  kg query neighbors Ukraine --type person --limit 5\n  kg query relation Trump Putin\n  kg query path Latvia Trump\n  kg query top --by npmi --types country,person"
)]
pub struct Args {
    /// The graph to ask.
    #[arg(
        long,
        default_value = "out/graph.json",
        global = true,
        value_name = "PATH"
    )]
    graph: PathBuf,
    /// Print JSON instead of a table.
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    question: Question,
}

#[derive(Debug, clap::Subcommand)]
enum Question {
    /// An entity's type, aliases, Wikidata id, counts and strongest neighbours.
    Entity {
        name: String,
        /// Neighbours shown.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// The entities that co-occur with NAME, strongest first.
    #[command(alias = "neighbours")]
    Neighbors {
        name: String,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// All the weights of the relation between A and B, and its evidence.
    Relation { a: String, b: String },
    /// The shortest chain of relations from A to B (strongest among equals).
    Path { a: String, b: String },
    /// The strongest relations of the graph.
    Top {
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Counts, components, the most central entities, and communities.
    Stats {
        /// Entities shown per centrality measure.
        #[arg(long, default_value_t = 10, value_name = "N")]
        top: usize,
    },
}

#[derive(Debug, Clone, clap::Args)]
struct FilterArgs {
    /// Keep only these types (comma-separated: country,person,organization).
    #[arg(long, alias = "type", value_name = "TYPES")]
    types: Option<String>,
    /// Keep only relations of at least this weight.
    #[arg(long, default_value_t = 0, value_name = "W")]
    min_weight: u64,
    /// Show at most N rows (0: all).
    #[arg(long, default_value_t = 20, value_name = "N")]
    limit: usize,
    /// Rank by co-occurrence count, NPMI, or documents.
    #[arg(long, value_enum, default_value = "count")]
    by: ByArg,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ByArg {
    Count,
    Npmi,
    Docs,
}

impl FilterArgs {
    fn filter(&self) -> Result<Filter> {
        Ok(Filter {
            types: parse_types(self.types.as_deref())?,
            min_weight: self.min_weight,
            limit: self.limit,
            by: match self.by {
                ByArg::Count => RankBy::Count,
                ByArg::Npmi => RankBy::Npmi,
                ByArg::Docs => RankBy::Docs,
            },
        })
    }
}

/// Parses `country,person`.
pub fn parse_types(list: Option<&str>) -> Result<Vec<EntityType>> {
    let Some(list) = list else {
        return Ok(Vec::new());
    };
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| match EntityType::parse(s) {
            Some(t) => Ok(t),
            None => bail!("unknown type {s:?}: use country, person or organization"),
        })
        .collect()
}

pub fn run(args: Args) -> Result<ExitCode> {
    let g = export::read_graph(&args.graph)?;
    let json = args.json;
    match args.question {
        Question::Entity { name, limit } => {
            let card = query::entity(&g, query::resolve(&g, &name)?, limit);
            if json {
                return print_json(&card);
            }
            println!("{} ({}, {})", card.name, card.kind, card.id);
            if let Some(q) = &card.qid {
                println!("wikidata     {q}");
            }
            if let Some(d) = &card.description {
                println!("description  {d}");
            }
            if !card.aliases.is_empty() {
                println!("aliases      {}", card.aliases.join(", "));
            }
            println!(
                "mentions     {} in {} documents",
                card.mentions, card.documents
            );
            println!();
            print_rows(&card.neighbors, false);
            Ok(ExitCode::SUCCESS)
        }
        Question::Neighbors { name, filter } => {
            let node = query::resolve(&g, &name)?;
            let rows = query::neighbors(&g, node, &filter.filter()?);
            finish_rows(&rows, json, false)
        }
        Question::Top { filter } => finish_rows(&query::top(&g, &filter.filter()?), json, true),
        Question::Relation { a, b } => relation(&g, &a, &b, json),
        Question::Path { a, b } => path(&g, &a, &b, json),
        Question::Stats { top } => stats(&g, top, json),
    }
}

fn relation(g: &CoGraph, a: &str, b: &str, json: bool) -> Result<ExitCode> {
    let (na, nb) = (query::resolve(g, a)?, query::resolve(g, b)?);
    let Some(rel) = query::relation(g, na, nb) else {
        eprintln!(
            "kg: {} and {} never co-occur within a {}; try `kg query path`",
            g.graph[na].name,
            g.graph[nb].name,
            g.info.window.as_str()
        );
        return Ok(ExitCode::from(super::EXIT_FAILURE));
    };
    if json {
        return print_json(&rel);
    }
    let r = &rel.row;
    println!("{} — {}", r.source_name, r.target_name);
    println!(
        "co-occurrences  {} (sentence {}, paragraph {}, document {})",
        r.weight, rel.counts[0], rel.counts[1], rel.counts[2]
    );
    println!("documents       {}", r.documents);
    println!("npmi            {:.3}", r.npmi);
    println!(
        "evidence        {} of {}",
        rel.evidence.len(),
        rel.evidence_total
    );
    let names = [&g.graph[na], &g.graph[nb]];
    for e in &rel.evidence {
        println!();
        println!("  [{} · sentence {}]", e.doc, e.sentence + 1);
        println!("  {}", highlight(&e.text, &names));
    }
    Ok(ExitCode::SUCCESS)
}

fn path(g: &CoGraph, a: &str, b: &str, json: bool) -> Result<ExitCode> {
    let (na, nb) = (query::resolve(g, a)?, query::resolve(g, b)?);
    let Some(hops) = query::path(g, na, nb) else {
        eprintln!(
            "kg: no path between {} and {}",
            g.graph[na].name, g.graph[nb].name
        );
        return Ok(ExitCode::from(super::EXIT_FAILURE));
    };
    if json {
        return print_json(&hops);
    }
    for (i, hop) in hops.iter().enumerate() {
        let r = &hop.row;
        println!(
            "{}. {} — {}  (weight {})",
            i + 1,
            r.source_name,
            r.target_name,
            r.weight
        );
        if let Some(e) = &hop.evidence {
            let ends = [
                &g.graph[g.node(&r.source).expect("node")],
                &g.graph[g.node(&r.target).expect("node")],
            ];
            println!("   [{}] {}", e.doc, highlight(&e.text, &ends));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Bold names on a terminal; plain text otherwise.
fn highlight(text: &str, nodes: &[&kg::graph::Node]) -> String {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return text.to_string();
    }
    let mut out = text.to_string();
    for n in nodes {
        let mut names: Vec<&String> = std::iter::once(&n.name).chain(&n.aliases).collect();
        names.sort_by_key(|s| std::cmp::Reverse(s.len()));
        for name in names {
            if out.contains(name.as_str()) {
                out = out.replace(name.as_str(), &format!("\x1b[1;33m{name}\x1b[0m"));
                break;
            }
        }
    }
    out
}

/// Prints relation rows; `both_types` shows the types of both ends (for
/// rankings), otherwise the type of the neighbour.
fn finish_rows(rows: &[RelationRow], json: bool, both_types: bool) -> Result<ExitCode> {
    if json {
        return print_json(&rows);
    }
    if rows.is_empty() {
        eprintln!("kg: no relation matches");
        return Ok(ExitCode::from(super::EXIT_FAILURE));
    }
    print_rows(rows, both_types);
    Ok(ExitCode::SUCCESS)
}

fn print_rows(rows: &[RelationRow], both_types: bool) {
    let table: Vec<[String; 6]> = rows
        .iter()
        .map(|r| {
            let kind = match both_types {
                true => format!("{}–{}", r.source_type, r.kind),
                false => r.kind.to_string(),
            };
            [
                r.source_name.clone(),
                r.target_name.clone(),
                kind,
                r.weight.to_string(),
                r.documents.to_string(),
                format!("{:.3}", r.npmi),
            ]
        })
        .collect();
    let kinds = if both_types { "types" } else { "type" };
    let header = ["from", "to", kinds, "weight", "docs", "npmi"].map(String::from);
    let mut widths = header.clone().map(|h| h.chars().count());
    for row in &table {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&table) {
        let cells: Vec<String> = row
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(i, (c, w))| {
                if i >= 3 {
                    format!("{c:>w$}")
                } else {
                    format!("{c:<w$}")
                }
            })
            .collect();
        println!("{}", cells.join("  ").trim_end());
    }
}

fn print_json(value: &impl Serialize) -> Result<ExitCode> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(ExitCode::SUCCESS)
}

fn stats(g: &CoGraph, top: usize, json: bool) -> Result<ExitCode> {
    let st = kg::stats::stats(g, top);
    if json {
        return print_json(&st);
    }
    let types: Vec<String> = st.types.iter().map(|(t, n)| format!("{n} {t}")).collect();
    let sizes: Vec<String> = st.components.sizes.iter().map(usize::to_string).collect();
    println!("entities     {} ({})", st.nodes, types.join(", "));
    println!("relations    {}", st.edges);
    println!("density      {:.3}", st.density);
    println!(
        "components   {} (sizes {})",
        st.components.count,
        sizes.join(", ")
    );
    println!();
    print_central(&st.central);
    println!();
    print_communities(&st.communities);
    Ok(ExitCode::SUCCESS)
}

/// One column per measure, one row per rank.
fn print_central(c: &kg::stats::Central) {
    let columns: [(&str, &[kg::stats::Ranked], usize); 4] = [
        ("degree", &c.degree, 0),
        ("weighted degree", &c.weighted_degree, 0),
        ("pagerank", &c.pagerank, 3),
        ("betweenness", &c.betweenness, 3),
    ];
    let cells: Vec<Vec<String>> = columns
        .iter()
        .map(|(_, list, digits)| {
            list.iter()
                .map(|r| format!("{} {:.*}", r.name, digits, r.value))
                .collect()
        })
        .collect();
    let rows = cells.iter().map(Vec::len).max().unwrap_or(0);
    let header: Vec<String> = std::iter::once("#")
        .chain(columns.iter().map(|(h, _, _)| *h))
        .map(String::from)
        .collect();
    let mut table = vec![header];
    for i in 0..rows {
        let mut row = vec![(i + 1).to_string()];
        row.extend(cells.iter().map(|c| c.get(i).cloned().unwrap_or_default()));
        table.push(row);
    }
    print_table(&table);
}

fn print_communities(c: &kg::stats::Communities) {
    println!("communities ({}, modularity {:.3})", c.method, c.modularity);
    let mut table = vec![["#", "size", "members"].map(String::from).to_vec()];
    for (i, community) in c.list.iter().enumerate() {
        let names: Vec<&str> = community.members.iter().map(|m| m.name.as_str()).collect();
        table.push(vec![
            (i + 1).to_string(),
            community.size.to_string(),
            names.join(", "),
        ]);
    }
    let width = |col: usize| table.iter().map(|r| r[col].len()).max().unwrap_or(0);
    let indent = width(0) + 2 + width(1) + 2;
    for row in &mut table {
        row[2] = wrap(&row[2], 100 - indent.min(60), indent);
    }
    print_table(&table);
}

/// Breaks a comma-separated list into lines of at most `width` characters
/// (a longer name gets a line of its own), indenting the continuation lines.
fn wrap(list: &str, width: usize, indent: usize) -> String {
    let mut lines: Vec<String> = vec![String::new()];
    for item in list.split(", ") {
        let line = lines.last_mut().expect("one line");
        if !line.is_empty() && line.chars().count() + item.chars().count() + 2 > width {
            line.push(',');
            lines.push(String::new());
        } else if !line.is_empty() {
            line.push_str(", ");
        }
        lines.last_mut().expect("one line").push_str(item);
    }
    lines.join(&format!("\n{}", " ".repeat(indent)))
}

/// Left-aligned columns two spaces apart.
fn print_table(rows: &[Vec<String>]) {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        println!("{}", cells.join("  ").trim_end());
    }
}
