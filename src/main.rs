use clap::Parser;
use counterpoint::cli::{Cli, Command};

fn main() {
    let cli = Cli::parse();
    let code = match &cli.command {
        Some(Command::Extract(args)) => counterpoint::cli::run_extract(args),
        None => match counterpoint::app::run(cli.paths) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("counterpoint: cannot open the window: {e}");
                eprintln!("counterpoint: `counterpoint extract FILE...` works without a display");
                1
            }
        },
    };
    std::process::exit(code);
}
