//! `kg` turns news text into an entity knowledge graph.
//!
//! The data flows through one module per stage:
//!
//! 1. [`gazetteer`]: load and validate the entity lists (countries, people,
//!    organisations, with aliases and metadata);
//! 2. [`matcher`]: compile every alias into one Aho-Corasick automaton and
//!    find mentions, with whole-word boundaries, a case policy, Unicode
//!    folding and context rules for ambiguous names;
//! 3. [`segment`]: split documents into paragraphs and sentences;
//! 4. [`graph`]: count co-occurrences of entities per sentence, paragraph
//!    and document into a `petgraph` graph whose edges keep their evidence;
//!    partial graphs merge, so shards can be built in parallel;
//! 5. [`export`]: write node-link JSON, DOT, and images through Graphviz;
//! 6. [`query`]: neighbours, relations with evidence, paths, rankings.
//!
//! [`input`] reads documents (text files, folders, JSON Lines, stdin) and
//! [`pipeline`] runs the stages over them in parallel.
//!
//! # Example
//!
//! ```
//! use kg::gazetteer::{Gazetteer, Source};
//! use kg::matcher::Matcher;
//!
//! let tsv = "id\ttype\tname\taliases\n\
//!            united-states\tcountry\tUnited States\tU.S.|US\n\
//!            donald-trump\tperson\tDonald Trump\tTrump\n";
//! let source = Source { name: "mine.tsv".into(), text: tsv.into() };
//! let matcher = Matcher::new(Gazetteer::from_sources(&[source])?)?;
//!
//! let text = "Trump’s plan for the U.S. economy";
//! let found: Vec<(&str, &str)> = matcher
//!     .find(text)
//!     .iter()
//!     .map(|m| (&text[m.start..m.end], matcher.entity(m.entity).id.as_str()))
//!     .collect();
//! assert_eq!(found, [("Trump", "donald-trump"), ("U.S.", "united-states")]);
//! # Ok::<(), kg::Error>(())
//! ```

pub mod error;
pub mod export;
pub mod gazetteer;
pub mod graph;
pub mod input;
pub mod matcher;
pub mod normalize;
pub mod pipeline;
pub mod query;
pub mod segment;
pub mod stats;

pub use error::{Error, Problem, Result};
pub use gazetteer::{Entity, EntityType, Gazetteer};
pub use graph::{CoGraph, Window};
pub use matcher::{Matcher, Mention};
