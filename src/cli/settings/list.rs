//! `warden settings list`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::settings;
use crate::output::{ListFormat, Output};

/// List every setting with its value, default and meaning
#[derive(Debug, Args)]
pub struct SettingsListArgs {}

pub fn run(_args: &SettingsListArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let all = settings::list(&mut store)?;
    let format = if out.is_json() {
        ListFormat::Json
    } else {
        ListFormat::Table
    };
    let mut list = out.list(format, &["key", "value", "default", "description"]);
    for setting in &all {
        list.push(setting)?;
    }
    list.finish()?;
    Ok(())
}
