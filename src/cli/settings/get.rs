//! `warden settings get`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::settings;
use crate::output::Output;

/// Print the value of one setting
///
/// Prints the bare value, so scripts can use it directly:
/// `grace=$(warden settings get deletion.grace)`.
#[derive(Debug, Args)]
pub struct SettingsGetArgs {
    /// The setting, for example deletion.grace (see `warden settings list`)
    pub key: String,
}

pub fn run(args: &SettingsGetArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let setting = settings::get(&mut store, &args.key)?;
    if out.is_json() {
        return out.json(&setting);
    }
    match &setting.value {
        serde_json::Value::String(s) => out.line(s),
        other => out.line(&other.to_string()),
    }
}
