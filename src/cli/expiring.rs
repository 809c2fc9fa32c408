//! `warden expiring`

use std::time::Duration;

use clap::Args;

use super::Session;
use crate::error::Result;
use crate::model::Expiring;
use crate::ops::maintenance;
use crate::output::{Output, Row};
use crate::time::{format_duration, local_minute, rough_duration};

/// List what ends soon: users' expiry, backup-user windows, grace periods
///
/// Shows users who expire, backup-user windows that end, and accounts
/// queued for deletion whose grace period ends (and so are purged) after
/// now and no later than DURATION from now (14 days unless --within says
/// otherwise): admins' expiries first, then everything else, soonest first.
#[derive(Debug, Args)]
pub struct ExpiringArgs {
    /// How far ahead to look (1d, 2w, "1d 12h")
    #[arg(long, value_name = "DURATION", default_value = "14d", value_parser = crate::cli::parse_duration_arg)]
    pub within: Duration,
}

/// The moment of the command, for the "in" column.
struct Shown<'a> {
    item: &'a Expiring,
    now: chrono::DateTime<chrono::Utc>,
}

impl serde::Serialize for Shown<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.item.serialize(s)
    }
}

impl Row for Shown<'_> {
    fn cells(&self) -> Vec<String> {
        let left = (self.item.ends_at - self.now).to_std().unwrap_or_default();
        let what = match self.item.kind {
            "user" if self.item.admin => "admin expires",
            "user" => "user expires",
            "backup-user" => "backup-user window ends",
            _ => "account purged",
        };
        let name = match &self.item.backup_user {
            Some(backup) => format!("{} (backup user {backup})", self.item.name),
            None => self.item.name.clone(),
        };
        vec![
            local_minute(self.item.ends_at),
            format!("in {}", rough_duration(left)),
            what.to_string(),
            name,
        ]
    }
}

pub fn run(args: &ExpiringArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let items = maintenance::expiring(&mut store, &session.ctx, args.within)?;
    let now = session.ctx.now;
    let shown: Vec<Shown> = items.iter().map(|item| Shown { item, now }).collect();
    let nothing = format!("Nothing ends within {}.", format_duration(args.within));
    out.rows_or(&shown, &["when", "in", "what", "name"], &nothing)
}
