use clap::Parser;
use counterpoint::cli::{Cli, Command};

fn main() {
    let cli = Cli::parse();
    let code = match &cli.command {
        Some(Command::Extract(args)) => counterpoint::cli::run_extract(args),
        None => {
            eprintln!("counterpoint: the window is not built yet; use `counterpoint extract FILE...`");
            2
        }
    };
    std::process::exit(code);
}
