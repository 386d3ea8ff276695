use clap::Parser;
use counterpoint::cli::{Cli, Command, SessionCommand};

/// Extraction makes and drops many small strings and vectors for every
/// statement; mimalloc serves them for fewer instructions than the
/// system's malloc (measured in docs/speed-history.md).
#[global_allocator]
static ALLOCATOR: counterpoint::allocator::Mimalloc = counterpoint::allocator::Mimalloc;

fn main() {
    let cli = Cli::parse();
    let code = match &cli.command {
        Some(Command::Extract(args)) => counterpoint::cli::run_extract(args),
        Some(Command::Samples(args)) => counterpoint::cli::run_samples(args),
        Some(Command::Session(SessionCommand::Build(args))) => counterpoint::cli::run_session_build(args),
        Some(Command::Session(SessionCommand::Export(args))) => counterpoint::cli::run_session_export(args),
        None => open_window(cli.paths),
    };
    std::process::exit(code);
}

#[cfg(feature = "app")]
fn open_window(paths: Vec<std::path::PathBuf>) -> i32 {
    match counterpoint::app::run(paths) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("counterpoint: cannot open the window: {e}");
            eprintln!("counterpoint: `counterpoint extract FILE...` works without a display");
            1
        }
    }
}

#[cfg(not(feature = "app"))]
fn open_window(_paths: Vec<std::path::PathBuf>) -> i32 {
    eprintln!(
        "counterpoint: this build has no window (built without the \"app\" feature); use `counterpoint extract FILE...`"
    );
    2
}
