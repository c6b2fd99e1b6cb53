//! Typed errors of the library. Data errors carry the file and line they come
//! from and say what to fix, so the binary can print them as they are.

use std::fmt;
use std::path::PathBuf;

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One problem found in a data file, at a line (1-based; 0 for the whole file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as the user named it (or `gazetteer/x.tsv` for shipped data).
    pub file: String,
    /// 1-based line number; 0 when the problem concerns the whole file.
    pub line: usize,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl Problem {
    /// A problem at `file:line`.
    pub fn new(file: impl Into<String>, line: usize, message: impl Into<String>) -> Problem {
        Problem {
            file: file.into(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

/// Everything that can go wrong in the library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The gazetteer has one or more problems; nothing was matched.
    #[error("the gazetteer has {} problem(s):\n{}", .0.len(), list(.0))]
    Gazetteer(Vec<Problem>),
    /// An input document could not be read or parsed.
    #[error("{0}")]
    Input(Problem),
    /// A file could not be read or written.
    ///
    /// The OS error is part of the message and deliberately not a `source`:
    /// error reporters that print the chain would say it twice.
    #[error("{}: {error}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        error: std::io::Error,
    },
    /// A graph file is corrupt or of another schema version.
    #[error("{}: {message}", path.display())]
    GraphFile {
        /// The graph file.
        path: PathBuf,
        /// What is wrong and how to fix it.
        message: String,
    },
    /// A query named an entity the graph does not have, or several.
    #[error("{0}")]
    Query(String),
    /// An external program (Graphviz) failed or is missing.
    #[error("{0}")]
    Render(String),
}

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            error: source,
        }
    }
}

fn list(problems: &[Problem]) -> String {
    const SHOWN: usize = 20;
    let mut out: Vec<String> = problems
        .iter()
        .take(SHOWN)
        .map(|p| format!("  {p}"))
        .collect();
    if problems.len() > SHOWN {
        out.push(format!("  … and {} more", problems.len() - SHOWN));
    }
    out.join("\n")
}
