//! `warden account enable`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::output::Output;

/// Enable accounts again (idempotent)
#[derive(Debug, Args)]
pub struct AccountEnableArgs {
    /// Accounts to enable; `-` reads more names from stdin, one per line
    #[arg(required = true, value_name = "NAME")]
    pub names: Vec<String>,

    /// Enable every account below them too
    #[arg(long)]
    pub recursive: bool,
}

pub fn run(args: &AccountEnableArgs, session: &Session, out: &mut Output) -> Result<()> {
    super::set_enabled(&args.names, true, args.recursive, session, out)
}
