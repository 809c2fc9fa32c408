//! `warden user enable`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::output::Output;

/// Enable users again (idempotent)
#[derive(Debug, Args)]
pub struct UserEnableArgs {
    /// Users to enable; `-` reads more names from stdin, one per line
    #[arg(required = true, value_name = "NAME")]
    pub names: Vec<String>,
}

pub fn run(args: &UserEnableArgs, session: &Session, out: &mut Output) -> Result<()> {
    super::set_enabled(&args.names, true, session, out)
}
