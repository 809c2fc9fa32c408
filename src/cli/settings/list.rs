//! `warden settings list`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::settings;
use crate::output::Output;

/// List every setting with its value, default and meaning
#[derive(Debug, Args)]
pub struct SettingsListArgs {}

pub fn run(_args: &SettingsListArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let all = settings::list(&mut store)?;
    out.rows(&all, &["key", "value", "default", "description"])
}
