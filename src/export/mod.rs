//! Writing the graph and the mentions: node-link JSON, DOT, images, JSON
//! Lines. Every file is written to a temporary file in the same folder and
//! renamed into place, so a crash or an error never leaves half a file and
//! the previous output stays intact until the new one is complete.

mod dot;
mod formats;
mod json;
mod mentions;
mod render;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

pub use dot::{DotOptions, to_dot};
pub use formats::{
    ExportFormat, edges_csv, nodes_csv, to_cytoscape, to_gexf, to_graphml, write_csv, write_export,
};
pub use json::{GraphJson, LinkJson, NodeJson, SCHEMA_VERSION, read_graph, to_json};
pub use mentions::{MentionRecord, mention_records, write_mentions};
pub use render::{Engine, ImageFormat, render};

/// A file being written: invisible under its final name until
/// [`commit`](AtomicFile::commit); dropped uncommitted, it disappears.
///
/// Writes are buffered in a plain `Vec`: serializers write many tiny
/// pieces, and appending to a `Vec` inlines to a copy where `BufWriter`'s
/// `write` is an out-of-line call per piece.
pub struct AtomicFile {
    path: PathBuf,
    file: tempfile::NamedTempFile,
    buffer: Vec<u8>,
    /// Bytes written since the last sync.
    unsynced: usize,
}

/// Bytes buffered before they are written to the file.
const BUFFER: usize = 1 << 20;

/// Bytes written between syncs. A large file synced only on commit makes
/// the caller wait for all of it at the end (50 ms for the 200 MB of
/// mentions of 100 MB of text); synced as it grows, most of that wait
/// overlaps the work that produces the rest.
const SYNC_EVERY: usize = 32 << 20;

impl AtomicFile {
    /// Starts writing `path` (its folder must exist).
    pub fn create(path: &Path) -> Result<AtomicFile> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let tmp = tempfile::Builder::new()
            .prefix(".kg-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| Error::io(dir, e))?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            file: tmp,
            buffer: Vec::with_capacity(BUFFER),
            unsynced: 0,
        })
    }

    /// Flushes, syncs and renames the file into place.
    pub fn commit(self) -> Result<()> {
        let AtomicFile {
            path,
            file: mut tmp,
            buffer,
            ..
        } = self;
        tmp.write_all(&buffer).map_err(|e| Error::io(&path, e))?;
        drop(buffer);
        tmp.as_file().sync_all().map_err(|e| Error::io(&path, e))?;
        readable_by_all(tmp.as_file()).map_err(|e| Error::io(&path, e))?;
        tmp.persist(&path).map_err(|e| Error::io(&path, e.error))?;
        Ok(())
    }
}

impl AtomicFile {
    /// Writes out the buffer when it is full.
    #[inline]
    fn append(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.buffer.extend_from_slice(buf);
        if self.buffer.len() >= BUFFER {
            self.file.write_all(&self.buffer)?;
            self.unsynced += self.buffer.len();
            self.buffer.clear();
            if self.unsynced >= SYNC_EVERY {
                self.file.as_file().sync_data()?;
                self.unsynced = 0;
            }
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    #[inline]
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.append(buf)?;
        Ok(buf.len())
    }

    #[inline]
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.append(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.write_all(&self.buffer)?;
        self.buffer.clear();
        self.file.flush()
    }
}

/// Temporary files are private (0600); outputs are ordinary files.
#[cfg(unix)]
fn readable_by_all(f: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    f.set_permissions(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn readable_by_all(_: &std::fs::File) -> std::io::Result<()> {
    Ok(())
}

/// Writes `bytes` to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut f = AtomicFile::create(path)?;
    f.write_all(bytes).map_err(|e| Error::io(path, e))?;
    f.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uncommitted_file_leaves_the_old_one_intact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        write_atomic(&path, b"old").unwrap();
        {
            let mut f = AtomicFile::create(&path).unwrap();
            f.write_all(b"half a gra").unwrap();
            // dropped without commit, as on an error part way
        }
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "the temporary file is removed");
    }
}
