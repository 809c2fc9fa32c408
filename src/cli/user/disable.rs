//! `warden user disable`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::output::Output;

/// Disable users: they can no longer log in (idempotent)
///
/// All names are checked first and the change is all or nothing. Disabling
/// the last enabled admin is refused (exit 5).
#[derive(Debug, Args)]
pub struct UserDisableArgs {
    /// Users to disable; `-` reads more names from stdin, one per line
    #[arg(required = true, value_name = "NAME")]
    pub names: Vec<String>,
}

pub fn run(args: &UserDisableArgs, session: &Session, out: &mut Output) -> Result<()> {
    super::set_enabled(&args.names, false, session, out)
}
