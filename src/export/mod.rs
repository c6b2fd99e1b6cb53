//! Writing the graph and the mentions: node-link JSON, DOT, images, JSON
//! Lines. Every file is written to a temporary file in the same folder and
//! renamed into place, so a crash or an error never leaves half a file and
//! the previous output stays intact until the new one is complete.

mod dot;
mod formats;
mod json;
mod mentions;
mod render;

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

pub use dot::{DotOptions, to_dot};
pub use formats::{
    ExportFormat, edges_csv, nodes_csv, stage_export, to_cytoscape, to_gexf, to_graphml,
    write_export,
};
pub use json::{GraphJson, LinkJson, NodeJson, SCHEMA_VERSION, read_graph, to_json};
pub use mentions::{MentionRecord, MentionWriter, mention_records};
pub use render::{Engine, ImageFormat, render};

/// A file being written: invisible under its final name until
/// [`commit`](AtomicFile::commit); dropped uncommitted, it disappears.
pub struct AtomicFile {
    path: PathBuf,
    writer: BufWriter<tempfile::NamedTempFile>,
    /// Bytes written since the last sync was asked for.
    unsynced: usize,
    /// Syncs what is written so far, on its own thread; started by the
    /// first [`SYNC_EVERY`] bytes.
    syncer: Option<Syncer>,
}

/// The output buffer. Writes at least this large skip it (see
/// `BufWriter::write`): the mention writer hands over a few hundred KB at a
/// time, which a buffer of 1 MB copied once more on the way to the file.
const WRITE_BUFFER: usize = 64 << 10;

/// Bytes written between syncs. A large file synced only on commit makes
/// the caller wait for all of it at the end (50 ms for the 200 MB of
/// mentions of 100 MB of text); synced as it grows, on the sync thread,
/// that wait overlaps the work that produces the rest, and only the last
/// step's sync is waited for (8 MB rather than 32 MB took 2-3% off a
/// two-thread build).
const SYNC_EVERY: usize = 8 << 20;

/// A thread that syncs a file to disk when asked, so that the writer does
/// not wait: `strace` counted 0.27 s in `fdatasync` for the 200 MB of
/// mentions of 100 MB of text, a quarter of a two-thread build, when the
/// writer synced itself.
struct Syncer {
    ask: std::sync::mpsc::SyncSender<()>,
    thread: std::thread::JoinHandle<std::io::Result<()>>,
}

impl Syncer {
    fn start(file: std::fs::File) -> Syncer {
        // One request waits at most: a sync asked for while another runs
        // covers everything written before it anyway.
        let (ask, asked) = std::sync::mpsc::sync_channel::<()>(1);
        let thread = std::thread::spawn(move || {
            for () in asked {
                file.sync_data()?;
            }
            Ok(())
        });
        Syncer { ask, thread }
    }

    /// Asks for a sync of what the file holds now, without waiting.
    fn ask(&self) {
        // Full: a sync is already asked for. Disconnected: the thread met
        // an error, which `finish` reports.
        let _ = self.ask.try_send(());
    }

    /// Waits for the syncs asked for, and reports the first error.
    fn finish(self) -> std::io::Result<()> {
        drop(self.ask);
        self.thread
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("the sync thread panicked")))
    }
}

impl AtomicFile {
    /// Starts writing `path` (its folder must exist).
    pub fn create(path: &Path) -> Result<AtomicFile> {
        let dir = folder_of(path);
        let tmp = tempfile::Builder::new()
            .prefix(HIDDEN_PREFIX)
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| Error::io(dir, e))?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            writer: BufWriter::with_capacity(WRITE_BUFFER, tmp),
            unsynced: 0,
            syncer: None,
        })
    }

    /// Flushes, syncs and renames the file into place.
    pub fn commit(self) -> Result<()> {
        self.finish()?.persist()
    }

    /// Flushes and syncs the file, ready to be renamed into place.
    fn finish(self) -> Result<Finished> {
        let path = self.path;
        if let Some(syncer) = self.syncer {
            syncer.finish().map_err(|e| Error::io(&path, e))?;
        }
        let tmp = self
            .writer
            .into_inner()
            .map_err(|e| Error::io(&path, e.into_error()))?;
        tmp.as_file().sync_all().map_err(|e| Error::io(&path, e))?;
        readable_by_all(tmp.as_file()).map_err(|e| Error::io(&path, e))?;
        Ok(Finished { path, tmp })
    }
}

/// A complete temporary file, not yet under its final name.
struct Finished {
    path: PathBuf,
    tmp: tempfile::NamedTempFile,
}

impl Finished {
    fn persist(self) -> Result<()> {
        let path = self.path;
        self.tmp
            .persist(&path)
            .map_err(|e| Error::io(&path, e.error))?;
        Ok(())
    }
}

/// Outputs that replace the previous ones together: every file is written in
/// full to a temporary file first, and none is renamed into place until all
/// are complete. A run that fails part way (a full disk, an error in the
/// last file) leaves every previous output as it was.
#[derive(Default)]
pub struct OutputSet {
    ready: Vec<Finished>,
}

impl OutputSet {
    /// An empty set.
    pub fn new() -> OutputSet {
        OutputSet::default()
    }

    /// Adds a file written through [`AtomicFile`].
    pub fn add(&mut self, file: AtomicFile) -> Result<()> {
        self.ready.push(file.finish()?);
        Ok(())
    }

    /// Adds `bytes` as the new content of `path`.
    pub fn write(&mut self, path: &Path, bytes: &[u8]) -> Result<()> {
        let mut f = AtomicFile::create(path)?;
        f.write_all(bytes).map_err(|e| Error::io(path, e))?;
        self.add(f)
    }

    /// Renames every file into place and returns their paths. A destination
    /// that a rename cannot replace (a folder) is found before the first
    /// rename, so it fails the whole set rather than half of it.
    pub fn commit(self) -> Result<Vec<PathBuf>> {
        self.commit_keeping_replaced().map(|(paths, _)| paths)
    }

    /// Commits as [`OutputSet::commit`] does, but the files the set
    /// replaces stay, under hidden names, until the [`Replaced`] returned
    /// is dropped. Replacing a file makes the kernel free the old one's
    /// pages, 0.1-0.5 s for a 200 MB `mentions.jsonl` on this kind of
    /// machine, and the caller may have other work to do meanwhile.
    pub fn commit_keeping_replaced(self) -> Result<(Vec<PathBuf>, Replaced)> {
        for f in &self.ready {
            if f.path.is_dir() {
                let e = std::io::Error::other("a folder stands where the file goes");
                return Err(Error::io(&f.path, e));
            }
        }
        let paths = self.ready.iter().map(|f| f.path.clone()).collect();
        let mut replaced = Replaced(Vec::new());
        for f in self.ready {
            replaced.0.extend(hidden_link(&f.path));
            f.persist()?;
        }
        Ok((paths, replaced))
    }
}

/// How the files `kg` writes beside its outputs begin: the temporary
/// files of [`AtomicFile`] (`.kg-*.tmp`) and the replaced outputs of
/// [`Replaced`] (`.kg-*.old`).
const HIDDEN_PREFIX: &str = ".kg-";

/// How a replaced output kept by [`Replaced`] ends.
const REPLACED_SUFFIX: &str = ".old";

/// The folder `path` is in (`.` for a bare file name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Files an [`OutputSet`] replaced, removed when this is dropped.
pub struct Replaced(Vec<tempfile::NamedTempFile<()>>);

/// Removes the replaced files a run killed before it dropped its
/// [`Replaced`] left in `dir` (`.kg-*.old`). They only delay the freeing
/// of old outputs, so removing one another run still holds loses nothing.
pub fn remove_replaced_leftovers(dir: &Path) -> Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(dir, e)),
    };
    for entry in entries {
        let path = entry.map_err(|e| Error::io(dir, e))?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with(HIDDEN_PREFIX) && name.ends_with(REPLACED_SUFFIX) {
            std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
        }
    }
    Ok(())
}

/// A second, hidden name for the file at `path`, if there is one, so that
/// a rename over `path` does not free it. `None` where the file system
/// has no hard links: the rename then frees it, as it would anyway.
fn hidden_link(path: &Path) -> Option<tempfile::NamedTempFile<()>> {
    if !path.is_file() {
        return None;
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(HIDDEN_PREFIX).suffix(REPLACED_SUFFIX);
    builder
        .make_in(folder_of(path), |link| std::fs::hard_link(path, link))
        .ok()
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.writer.write(buf)?;
        self.unsynced += n;
        if self.unsynced >= SYNC_EVERY {
            self.writer.flush()?;
            let syncer = match self.syncer.take() {
                Some(syncer) => syncer,
                None => Syncer::start(self.writer.get_ref().as_file().try_clone()?),
            };
            self.syncer.insert(syncer).ask();
            self.unsynced = 0;
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.writer.flush()
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
    let mut set = OutputSet::new();
    set.write(path, bytes)?;
    set.commit().map(drop)
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

    #[test]
    fn replaced_files_stay_until_dropped_and_leave_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mentions.jsonl");
        write_atomic(&path, b"old").unwrap();
        let mut set = OutputSet::new();
        set.write(&path, b"new").unwrap();
        let (paths, replaced) = set.commit_keeping_replaced().unwrap();
        assert_eq!(paths, std::slice::from_ref(&path));
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        let others: Vec<Vec<u8>> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p != &path)
            .map(|p| std::fs::read(p).unwrap())
            .collect();
        assert_eq!(others, [b"old".to_vec()], "the old file is kept aside");
        drop(replaced);
        let files = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(files, 1, "nothing is left once dropped");
    }

    #[test]
    fn leftovers_of_a_killed_run_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            ".kg-a1B2c3.old",
            ".kg-x9Y8z7.tmp",
            "graph.json",
            "notes.old",
        ] {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        remove_replaced_leftovers(dir.path()).unwrap();
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(left, [".kg-x9Y8z7.tmp", "graph.json", "notes.old"]);
        let missing = dir.path().join("not-made-yet");
        remove_replaced_leftovers(&missing).unwrap();
    }

    #[test]
    fn a_file_synced_as_it_grows_is_whole_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mentions.jsonl");
        let mut f = AtomicFile::create(&path).unwrap();
        // Past two sync points, so the sync thread runs while lines are
        // still written.
        let chunk: Vec<u8> = (0..1 << 20).map(|i| b'a' + (i % 26) as u8).collect();
        let chunks = 2 * SYNC_EVERY / chunk.len() + 3;
        for _ in 0..chunks {
            f.write_all(&chunk).unwrap();
        }
        assert!(f.syncer.is_some(), "a sync was asked for");
        f.commit().unwrap();
        let written = std::fs::read(&path).unwrap();
        assert_eq!(written.len(), chunks * chunk.len());
        assert!(written.chunks(chunk.len()).all(|c| c == chunk.as_slice()));
        let files = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(files, 1, "no temporary file is left");
    }
}
