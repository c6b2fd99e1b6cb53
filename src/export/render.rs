//! Images through Graphviz (`dot -K<engine> -T<format>`), written atomically.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::error::{Error, Result};

/// Image formats Graphviz can write for us.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    /// Scalable vector graphics.
    Svg,
    /// Raster image.
    Png,
    /// Portable document.
    Pdf,
}

impl ImageFormat {
    /// The `-T` argument and the file extension.
    pub fn as_str(self) -> &'static str {
        match self {
            ImageFormat::Svg => "svg",
            ImageFormat::Png => "png",
            ImageFormat::Pdf => "pdf",
        }
    }
}

/// Graphviz layout engines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// Hierarchical layers.
    Dot,
    /// Spring model (the default: suits undirected co-occurrence graphs).
    Neato,
    /// Force-directed.
    Fdp,
    /// Force-directed, scalable to large graphs.
    Sfdp,
    /// Circular.
    Circo,
}

impl Engine {
    /// The `-K` argument.
    pub fn as_str(self) -> &'static str {
        match self {
            Engine::Dot => "dot",
            Engine::Neato => "neato",
            Engine::Fdp => "fdp",
            Engine::Sfdp => "sfdp",
            Engine::Circo => "circo",
        }
    }
}

/// The message when Graphviz is missing.
pub const INSTALL_HINT: &str = "Graphviz is not installed (no `dot` program on PATH): install it \
     (`apt-get install graphviz` on Debian/Ubuntu, `brew install graphviz` on macOS), then run \
     `kg render`";

/// Renders DOT text to `out` with Graphviz.
pub fn render(dot: &str, format: ImageFormat, engine: Engine, out: &Path) -> Result<()> {
    let mut child = Command::new("dot")
        .arg(format!("-K{}", engine.as_str()))
        .arg(format!("-T{}", format.as_str()))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::Render(INSTALL_HINT.into()),
            _ => Error::Render(format!("cannot run Graphviz `dot`: {e}")),
        })?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let text = dot.to_owned();
    // Feed stdin from a thread so a large output cannot deadlock the pipe.
    let feeder = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| Error::Render(format!("Graphviz `dot` failed: {e}")))?;
    let _ = feeder.join();
    if !output.status.success() || output.stdout.is_empty() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(Error::Render(format!(
            "Graphviz `dot` could not render {}: {}",
            out.display(),
            stderr.trim()
        )));
    }
    super::write_atomic(out, &output.stdout)
}
