//! `warden backup-user enable`

use std::time::Duration;

use clap::{ArgGroup, Args};

use crate::cli::Session;
use crate::error::{Error, Result};
use crate::ops::backup_user;
use crate::output::Output;
use crate::time::{local, parse_when};

/// Open a window in which USER's backup user may act for them
///
/// The window runs from --from (default: now) for --for DURATION or until
/// --until WHEN; it is at most backup_user.max_duration long (exit 5
/// beyond). Enabling again replaces the current window (and its notices
/// not sent yet). Both users are notified; a warning names either one
/// without an e-mail address or with notifications off.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("end").required(true).args(["length", "until"])))]
pub struct BackupUserEnableArgs {
    /// The user who is away (their backup user acts for them)
    pub user: String,

    /// How long the window lasts (8h, 3d, 2w, "1d 12h")
    #[arg(long = "for", value_name = "DURATION", value_parser = crate::cli::parse_duration_arg)]
    pub length: Option<Duration>,

    /// When the window ends: 2026-07-15, "2026-07-15 18:00" (local time), an RFC 3339 time, tomorrow, +2w, or a weekday, whose midnight ends it (saturday lets it run through Friday); see TIMES in warden(1)
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,

    /// When the window starts, in the same forms as --until: monday (the next one, at midnight), +3d [default: now]
    #[arg(long, value_name = "WHEN")]
    pub from: Option<String>,
}

pub fn run(args: &BackupUserEnableArgs, session: &Session, out: &mut Output) -> Result<()> {
    let now = session.ctx.now;
    let starts = match &args.from {
        Some(text) => parse_when(text, now)?,
        None => now,
    };
    let ends = match (&args.length, &args.until) {
        (_, Some(text)) => parse_when(text, now)?,
        (Some(length), None) => chrono::Duration::from_std(*length)
            .ok()
            .and_then(|d| starts.checked_add_signed(d))
            .ok_or_else(|| Error::usage("the window would end after the year 9999"))?,
        (None, None) => return Err(Error::usage("give --for DURATION or --until WHEN")),
    };
    let mut store = session.open(out)?;
    let (enabled, changed) =
        backup_user::enable(&mut store, &session.ctx, &args.user, starts, ends)?;
    let (from, until) = (
        enabled.starts_at.map(local).unwrap_or_default(),
        enabled.ends_at.map(local).unwrap_or_default(),
    );
    if changed {
        out.status(&format!(
            "{} can act for {} from {from} until {until}.",
            enabled.backup_user, enabled.user,
        ));
        super::warn_unreachable(out, &mut store, &args.user)?;
    } else {
        out.status(&format!(
            "{} can already act for {} from {from} until {until}; nothing was changed.",
            enabled.backup_user, enabled.user,
        ));
    }
    super::print(out, &enabled)
}
