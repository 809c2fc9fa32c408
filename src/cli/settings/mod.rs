//! `warden settings`

mod get;
mod list;
mod set;

use clap::{Args, Subcommand};

use super::Session;
use crate::error::Result;
use crate::model::Setting;
use crate::output::{Output, Row};

/// Show and change warden's settings
///
/// Each setting is typed and range-checked: a bad value exits 2 and changes
/// nothing. Every change is recorded in the audit log.
#[derive(Debug, Args)]
pub struct SettingsArgs<C: Subcommand = SettingsCommand> {
    #[command(subcommand)]
    pub command: C,
}

/// `SettingsArgs` as the deferred tree holds it.
pub type Deferred = SettingsArgs<DeferredCommand>;

super::subcommands! {
    pub enum SettingsCommand, deferred DeferredCommand {
        List(list::SettingsListArgs),
        Get(get::SettingsGetArgs),
        Set(set::SettingsSetArgs),
    }
}

pub fn run(args: &SettingsArgs, session: &Session, out: &mut Output) -> Result<()> {
    match &args.command {
        SettingsCommand::List(a) => list::run(a, session, out),
        SettingsCommand::Get(a) => get::run(a, session, out),
        SettingsCommand::Set(a) => set::run(a, session, out),
    }
}

/// A setting's value as people read it: strings bare, numbers as numbers.
fn plain(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) if s.is_empty() => "(none)".into(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

impl Row for Setting {
    fn cells(&self) -> Vec<String> {
        vec![
            self.key.to_string(),
            plain(&self.value),
            plain(&self.default),
            self.description.to_string(),
        ]
    }
}
