//! `warden account disable`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::output::Output;

/// Disable accounts: their backups stop, their data stays (idempotent)
///
/// Everything below a disabled account is effectively disabled too.
#[derive(Debug, Args)]
pub struct AccountDisableArgs {
    /// Accounts to disable; `-` reads more names from stdin, one per line
    #[arg(required = true, value_name = "NAME")]
    pub names: Vec<String>,

    /// Disable every account below them too
    #[arg(long)]
    pub recursive: bool,
}

pub fn run(args: &AccountDisableArgs, session: &Session, out: &mut Output) -> Result<()> {
    super::set_enabled(&args.names, false, args.recursive, session, out)
}
