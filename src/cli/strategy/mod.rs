//! `warden strategy`

mod apply;
mod create;
mod delete;
mod detach;
mod edit;
mod list;
mod preview;
mod show;

use std::time::Duration;

use clap::{Args, Subcommand};

use super::Session;
use crate::error::Result;
use crate::model::Strategy;
use crate::ops::strategy::{Applied, StrategyChange, MAX_KEEP};
use crate::output::{Output, Row};
use crate::schedule::Schedule;
use crate::time::local;

/// Manage backup strategies: when backups run and which snapshots are kept
///
/// A schedule is a 5-field cron expression ("0 2 * * *") or hourly,
/// daily[@HH:MM], weekly[@DAY[@HH:MM]] or monthly[@HH:MM], in local time.
/// Retention follows restic's `forget`: the keep rules are OR-ed, calendar
/// buckets follow natural boundaries (weeks run Monday to Sunday), and
/// --keep-within counts back from the newest snapshot. An account without
/// a strategy of its own inherits its nearest ancestor's.
#[derive(Debug, Args)]
pub struct StrategyArgs<C: Subcommand = StrategyCommand> {
    #[command(subcommand)]
    pub command: C,
}

/// `StrategyArgs` as the deferred tree holds it.
pub type Deferred = StrategyArgs<DeferredCommand>;

super::subcommands! {
    pub enum StrategyCommand, deferred DeferredCommand {
        Create(create::StrategyCreateArgs),
        Edit(edit::StrategyEditArgs),
        List(list::StrategyListArgs),
        Show(show::StrategyShowArgs),
        Delete(delete::StrategyDeleteArgs),
        Apply(apply::StrategyApplyArgs),
        Detach(detach::StrategyDetachArgs),
        Preview(preview::StrategyPreviewArgs),
    }
}

pub fn run(args: &StrategyArgs, session: &Session, out: &mut Output) -> Result<()> {
    match &args.command {
        StrategyCommand::Create(a) => create::run(a, session, out),
        StrategyCommand::Edit(a) => edit::run(a, session, out),
        StrategyCommand::List(a) => list::run(a, session, out),
        StrategyCommand::Show(a) => show::run(a, session, out),
        StrategyCommand::Delete(a) => delete::run(a, session, out),
        StrategyCommand::Apply(a) => apply::run(a, session, out),
        StrategyCommand::Detach(a) => detach::run(a, session, out),
        StrategyCommand::Preview(a) => preview::run(a, session, out),
    }
}

fn keep_count() -> clap::builder::RangedI64ValueParser<u32> {
    clap::value_parser!(u32).range(0..=i64::from(MAX_KEEP))
}

/// The retention rules and description, shared by `create` and `edit`.
#[derive(Debug, Args)]
pub struct RuleArgs {
    /// Keep the N newest snapshots
    #[arg(long, value_name = "N", value_parser = keep_count(), allow_negative_numbers = true)]
    pub keep_last: Option<u32>,

    /// Keep the newest snapshot of each of the last N hours that have one
    #[arg(long, value_name = "N", value_parser = keep_count(), allow_negative_numbers = true)]
    pub keep_hourly: Option<u32>,

    /// Keep the newest snapshot of each of the last N days that have one
    #[arg(long, value_name = "N", value_parser = keep_count(), allow_negative_numbers = true)]
    pub keep_daily: Option<u32>,

    /// Keep the newest snapshot of each of the last N weeks (Monday to Sunday) that have one
    #[arg(long, value_name = "N", value_parser = keep_count(), allow_negative_numbers = true)]
    pub keep_weekly: Option<u32>,

    /// Keep the newest snapshot of each of the last N months that have one
    #[arg(long, value_name = "N", value_parser = keep_count(), allow_negative_numbers = true)]
    pub keep_monthly: Option<u32>,

    /// Keep the newest snapshot of each of the last N years that have one
    #[arg(long, value_name = "N", value_parser = keep_count(), allow_negative_numbers = true)]
    pub keep_yearly: Option<u32>,

    /// Keep every snapshot taken within DURATION of the newest one (30d, 1d 12h)
    #[arg(long, value_name = "DURATION", value_parser = crate::cli::parse_duration_arg, allow_hyphen_values = true)]
    pub keep_within: Option<Duration>,

    /// A description for people
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

impl RuleArgs {
    /// The change these options ask for, with the schedule parsed.
    fn change(&self, schedule: Option<&str>) -> Result<StrategyChange> {
        Ok(StrategyChange {
            schedule: schedule.map(Schedule::parse).transpose()?,
            description: self.description.clone(),
            keep_last: self.keep_last,
            keep_hourly: self.keep_hourly,
            keep_daily: self.keep_daily,
            keep_weekly: self.keep_weekly,
            keep_monthly: self.keep_monthly,
            keep_yearly: self.keep_yearly,
            keep_within: self.keep_within,
        })
    }
}

/// "last 7, daily 14, within 30d".
fn keep_summary(s: &Strategy) -> String {
    let counts = [
        ("last", s.keep_last),
        ("hourly", s.keep_hourly),
        ("daily", s.keep_daily),
        ("weekly", s.keep_weekly),
        ("monthly", s.keep_monthly),
        ("yearly", s.keep_yearly),
    ];
    let mut parts: Vec<String> = counts
        .iter()
        .filter_map(|(rule, n)| n.map(|n| format!("{rule} {n}")))
        .collect();
    if let Some(within) = &s.keep_within {
        parts.push(format!("within {within}"));
    }
    parts.join(", ")
}

impl Row for Strategy {
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.schedule.clone(),
            keep_summary(self),
            self.accounts.len().to_string(),
            self.next_runs
                .first()
                .map(|t| local(*t))
                .unwrap_or_default(),
            self.description.clone(),
        ]
    }
}

/// Prints one strategy: details for people, the object with `--json`.
pub fn print_strategy(out: &mut Output, s: &Strategy) -> Result<()> {
    if out.is_json() {
        return out.json(s);
    }
    let mut fields = vec![
        ("name", s.name.clone()),
        (
            "description",
            if s.description.is_empty() {
                "-".into()
            } else {
                s.description.clone()
            },
        ),
        ("schedule", s.schedule.clone()),
        ("keep", keep_summary(s)),
        (
            "accounts",
            if s.accounts.is_empty() {
                "none".into()
            } else {
                s.accounts.join(", ")
            },
        ),
    ];
    let runs: Vec<String> = s.next_runs.iter().map(|t| local(*t)).collect();
    fields.push(("next runs", runs.join(", ")));
    out.fields(&fields)
}

/// The status lines of `apply` and `detach`.
fn report(out: &Output, verb: &str, done: &Applied, already: &str) {
    let what = format!(
        "{verb} {} account{}",
        done.changed.len(),
        if done.changed.len() == 1 { "" } else { "s" },
    );
    out.changes(&what, &done.changed, already, &done.unchanged);
}
