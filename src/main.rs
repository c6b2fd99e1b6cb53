//! The `kg` command line: parses arguments and calls the library.

mod cli;

use std::process::ExitCode;

/// mimalloc: batches are allocated on one thread and freed on another, and
/// many small vectors come and go per document; with glibc's allocator a
/// build took 7–20% longer (README, dependencies).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match cli::run() {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("kg: error: {err:#}");
            ExitCode::from(cli::EXIT_FAILURE)
        }
    }
}

/// `kg mentions | head` closes the pipe early; that is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
