//! The `warden` binary: parse, run, map the error to an exit code.

use std::process::ExitCode;

use clap::Parser;
use warden::cli::{self, Cli};
use warden::output::Output;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return ExitCode::from(cli::parse_error(err)),
    };
    let mut out = Output::new(cli.global.json, cli.global.quiet);
    match cli::run(cli, &mut out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            out.error(&err);
            ExitCode::from(err.exit_code())
        }
    }
}
