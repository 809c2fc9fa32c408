//! `warden audit`

use clap::{Args, ValueEnum};

use super::Session;
use crate::error::Result;
use crate::model::Event;
use crate::model::EventFilter;
use crate::ops;
use crate::output::{ListFormat, Output, Row};

/// List the audit log, newest first
///
/// Every change, login and switch is recorded with its time, actor, action,
/// target and details (never a secret). The log is append-only: the
/// database refuses to change or delete an event.
#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only events at or after WHEN: a time, today, yesterday, or a duration ago (24h, 7d)
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,

    /// Only events before WHEN (same forms as --since), so --since yesterday --until today is yesterday
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,

    /// Only events by exactly this actor; only this flag, given after `audit`, filters (never the global --actor or WARDEN_ACTOR)
    #[arg(long, visible_alias = "by", value_name = "NAME")]
    pub actor: Option<String>,

    /// Only this action (settings.set), or with a trailing * every action that starts with the rest (settings.*, user.*); no other wildcard
    #[arg(long, value_name = "ACTION")]
    pub action: Option<String>,

    /// Only events about exactly this target (a user, account, setting, ...); no wildcard
    #[arg(long, value_name = "NAME")]
    pub target: Option<String>,

    /// At most N events (the newest)
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,

    /// Output format (--json prints one JSON array instead)
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<EventFormat>,
}

/// How a list of events is printed: `--format table|jsonl`, else by `--json`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum EventFormat {
    Table,
    Jsonl,
}

impl EventFormat {
    pub fn choose(given: Option<EventFormat>, out: &Output) -> ListFormat {
        match (given, out.is_json()) {
            (Some(EventFormat::Jsonl), _) => ListFormat::Jsonl,
            (Some(EventFormat::Table), _) | (None, false) => ListFormat::Table,
            (None, true) => ListFormat::Json,
        }
    }
}

/// A `--since`/`--until` value as Unix seconds.
pub fn bound(text: Option<&str>, session: &Session) -> Result<Option<i64>> {
    text.map(|t| crate::time::parse_bound(t, session.ctx.now).map(|t| t.timestamp()))
        .transpose()
}

/// The table headers of event lists.
pub const HEADERS: &[&str] = &["time", "actor", "action", "target", "details"];

/// Details as `key=value` pairs for the table.
fn details_text(details: &serde_json::Value) -> String {
    match details {
        serde_json::Value::Object(map) => map
            .iter()
            .map(|(k, v)| match v {
                serde_json::Value::String(s) => format!("{k}={s}"),
                other => format!("{k}={other}"),
            })
            .collect::<Vec<_>>()
            .join(" "),
        other => other.to_string(),
    }
}

impl Row for Event {
    fn cells(&self) -> Vec<String> {
        let mut details = details_text(&self.details);
        if let Some(credits) = self.credits {
            details = format!("credits={credits} {details}")
                .trim_end()
                .to_string();
        }
        vec![
            crate::time::local(self.at),
            self.actor.clone(),
            self.action.clone(),
            self.target.clone(),
            details,
        ]
    }
}

pub fn run(args: &AuditArgs, session: &Session, out: &mut Output) -> Result<()> {
    let filter = EventFilter {
        since: bound(args.since.as_deref(), session)?,
        until: bound(args.until.as_deref(), session)?,
        actor: args.actor.clone(),
        action: args.action.clone(),
        target: args.target.clone(),
        subject: None,
        limit: args.limit,
    };
    let format = EventFormat::choose(args.format, out);
    let mut store = session.open(out)?;
    let mut list = out.list(format, HEADERS).or_say("No events.");
    ops::audit::for_each(&mut store, &filter, |event| list.push(&event))?;
    list.finish()?;
    Ok(())
}
