//! `warden settings set`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::settings;
use crate::output::Output;

/// Change a setting
///
/// Durations are written like 90m, 8h, 3d or "1d 12h". Setting a value that
/// is already in force changes nothing and records nothing. A notify.command
/// whose program does not exist or is not executable is stored with a
/// warning: it could not send anything yet.
#[derive(Debug, Args)]
pub struct SettingsSetArgs {
    /// The setting, for example deletion.grace (see `warden settings list`)
    pub key: String,
    /// The new value
    #[arg(allow_hyphen_values = true)]
    pub value: String,
}

pub fn run(args: &SettingsSetArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let setting = settings::set(&mut store, &session.ctx, &args.key, &args.value)?;
    if setting.key == "notify.command" {
        if let Some(problem) = crate::ops::notify::command_problem(&args.value) {
            out.warn(&format!(
                "notify.command: {problem}; notifications cannot be sent until it can (give the program's full path, as cron's PATH is short)"
            ));
        }
    }
    if out.is_json() {
        return out.json(&setting);
    }
    out.status(&format!(
        "{} = {}",
        setting.key,
        super::plain(&setting.value)
    ));
    Ok(())
}
