//! The `warden` binary: parse, run, map the error to an exit code.

use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;

use warden::cli;
use warden::output::{self, Output};

fn main() -> ExitCode {
    // A panic is a bug. Its message could carry any value the code held,
    // a secret included, so only where it happened is shown; the write
    // transaction it interrupted is rolled back as the stack unwinds.
    panic::set_hook(Box::new(|info| {
        let json = std::env::args_os().any(|a| a == "--json");
        output::stderr_line(&output::panic_report(info.location(), json));
    }));
    warden::unstable::store::sqlite::page_cache_on_demand();
    // The shell asking for the names that complete a word.
    cli::complete::complete_if_asked();
    let cli = match cli::parse() {
        Ok(cli) => cli,
        Err(err) => return ExitCode::from(cli::parse_error(err)),
    };
    let mut out = Output::new(cli.global.json, cli.global.quiet);
    match panic::catch_unwind(AssertUnwindSafe(|| cli::run(cli, &mut out))) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        // A reader that went away (`warden audit | head -1`) is no error.
        Ok(Err(err)) if output::ended_by_closed_stdout(&err) => ExitCode::SUCCESS,
        Ok(Err(err)) => {
            out.error(&err);
            ExitCode::from(cli::exit::code(err.kind))
        }
        Err(_) => ExitCode::FAILURE,
    }
}
