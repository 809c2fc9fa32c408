//! `warden audit`

use clap::{Args, Subcommand, ValueEnum};

use super::Session;
use crate::error::Result;
use crate::model::Event;
use crate::model::EventFilter;
use crate::ops;
use crate::output::{ListFormat, Output, Row};

/// List the audit log, newest first; verify its chain
///
/// Every change, login and switch is recorded with its time, actor, action,
/// target and details (never a secret). Newest first: by time when --since
/// or --until is given, else in the order recorded. The log is append-only: the
/// database refuses to change or delete an event, and a SHA-256 chain over
/// every event in id order shows any change made past that refusal
/// (`audit verify`), anchored outside by the head (`audit head`).
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub command: Option<AuditCommand>,

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

    /// List the events in these archive files (written by `audit archive`; a folder stands for the archive files in it) instead of the database, with the same filters; each file's links are checked as it is read
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub archive: Vec<std::path::PathBuf>,
}

/// What `audit` does besides listing.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    Verify(VerifyArgs),
    Head(HeadArgs),
    Archive(ArchiveArgs),
}

/// Verify the SHA-256 chain over every event; exit 9 when it is broken
///
/// Chains the events recorded since the chain was last extended, then
/// recomputes every link from the first event to the newest: an event
/// changed, removed, put in later or moved, or a trigger that keeps the log
/// append-only gone, is named with its id. With --head, proves that the
/// event of a head kept elsewhere (a syslog line, a mail, another host)
/// still has that hash, which catches a log rewritten consistently.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// A head printed earlier by `warden audit head` (ID:HASH), kept outside this database
    #[arg(long, value_name = "ID:HASH")]
    pub head: Option<String>,

    /// Also verify these archive files (all of them, written by `audit archive`; a folder stands for the archive files in it) as the chain before the database's: each follows the one before it and matches what the database recorded of it
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub archive: Vec<std::path::PathBuf>,

    #[command(flatten)]
    pub acting: Acting,
}

/// Move the events recorded before WHEN out of the database into compressed archive files
///
/// Writes the oldest events, from the last archive on up to the first one
/// recorded at or after WHEN, into gzip-compressed JSON Lines files in DIR
/// (`audit-FIRST-LAST.jsonl.gz`, at most --per-file events each) that carry
/// every event's link and end with a closing line; each file is synced and
/// named before one transaction records it (with an `audit.archived` event
/// naming its SHA-256) and removes its events. A broken chain is never
/// archived. Killed at any moment, a run loses and duplicates nothing: run
/// it again and it finishes the job. Keep the files: `audit verify
/// --archive` proves them and the database as one chain.
#[derive(Debug, Args)]
pub struct ArchiveArgs {
    /// Archive the events recorded before WHEN: a time, today, yesterday, or a duration ago (90d, 1y)
    #[arg(long, value_name = "WHEN")]
    pub before: String,

    /// The folder the files go to (it must exist)
    #[arg(long, value_name = "DIR")]
    pub to: std::path::PathBuf,

    /// At most N events a file
    #[arg(long, value_name = "N", default_value_t = ops::archive::MAX_EVENTS_PER_FILE, value_parser = clap::value_parser!(u64).range(1..))]
    pub per_file: u64,

    #[command(flatten)]
    pub acting: Acting,
}

/// The global `--actor`, which `audit`'s own filter of the same name keeps
/// from reaching the verbs below it: accepted there as everywhere (they
/// record no event, so it names no one).
#[derive(Debug, Args)]
pub struct Acting {
    /// Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]
    #[arg(
        long,
        value_name = "NAME",
        env = "WARDEN_ACTOR",
        hide_env_values = true,
        help_heading = "Global options"
    )]
    pub actor: Option<String>,
}

/// Print the id and hash of the newest chained event, one line (ID:HASH)
///
/// Chains the events recorded since the chain was last extended first.
/// Keep the line outside the database (maintenance also sends it to the
/// system log): `audit verify --head` proves it later.
#[derive(Debug, Args)]
pub struct HeadArgs {
    #[command(flatten)]
    pub acting: Acting,
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
    match &args.command {
        Some(AuditCommand::Verify(verify_args)) => return verify(verify_args, session, out),
        Some(AuditCommand::Head(_)) => return head(session, out),
        Some(AuditCommand::Archive(archive_args)) => return archive(archive_args, session, out),
        None => {}
    }
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
    if !args.archive.is_empty() {
        let mut list = out.list(format, HEADERS).or_say("No events.");
        ops::audit::for_each_archived(&args.archive, &filter, |event| list.push(&event))?;
        list.finish()?;
        return Ok(());
    }
    let mut store = session.open(out)?;
    let mut list = out.list(format, HEADERS).or_say("No events.");
    ops::audit::for_each(&mut store, &filter, |event| list.push(&event))?;
    list.finish()?;
    Ok(())
}

/// A counter on standard error while a long step runs on a terminal.
fn counter(out: &Output, what: &'static str) -> Option<indicatif::ProgressBar> {
    out.shows_progress().then(|| {
        let style = indicatif::ProgressStyle::with_template("{spinner} {msg} {human_pos} events")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner());
        let bar =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr())
                .with_style(style)
                .with_message(what);
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    })
}

fn archive(args: &ArchiveArgs, session: &Session, out: &mut Output) -> Result<()> {
    let before = crate::time::parse_bound(&args.before, session.ctx.now)?.timestamp();
    let mut store = session.open(out)?;
    let bar = counter(out, "archiving");
    let archived = ops::archive::run(
        &mut store,
        &session.ctx,
        before,
        &args.to,
        args.per_file,
        &mut |n| {
            if let Some(bar) = &bar {
                bar.set_position(n);
            }
        },
    );
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let archived = archived?;
    for leftover in &archived.leftovers_removed {
        out.warn(&format!("removed {leftover}, left by an interrupted run"));
    }
    if out.is_json() {
        return out.json(&archived);
    }
    if archived.files.is_empty() {
        out.status("Nothing to archive: no event since the last archive was recorded before then.");
        return Ok(());
    }
    for file in &archived.files {
        out.line(&format!(
            "Archived events {} to {} ({}) to {} (sha256 {}).",
            file.first_id, file.last_id, file.events, file.file, file.sha256
        ))?;
    }
    Ok(())
}

fn head(session: &Session, out: &mut Output) -> Result<()> {
    // The line is data for another program (a mail, a file elsewhere):
    // --quiet does not hold it back.
    out.deliver();
    let mut store = session.open(out)?;
    let head = ops::audit::head(&mut store)?;
    if out.is_json() {
        return out.json(&head);
    }
    match head {
        Some(head) => out.line(&head.to_string()),
        None => {
            out.empty("No events yet: the chain has no head.");
            Ok(())
        }
    }
}

fn verify(args: &VerifyArgs, session: &Session, out: &mut Output) -> Result<()> {
    let expected = args
        .head
        .as_deref()
        .map(ops::audit::Head::parse)
        .transpose()?;
    let mut store = session.open(out)?;
    let bar = counter(out, "verifying");
    let verified = ops::audit::verify(&mut store, expected, &args.archive, &mut |n| {
        if let Some(bar) = &bar {
            bar.set_position(n);
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let verified = verified?;
    if out.is_json() {
        out.json(&verified)?;
    } else {
        for problem in &verified.problems {
            out.line(&format!("broken: {}", problem.message))?;
        }
        let range = match (verified.first, &verified.head) {
            (Some(first), Some(head)) => format!(", events {first} to {}", head.id),
            _ => String::new(),
        };
        let range = match (verified.archives, verified.archived_through) {
            (0, Some(through)) => format!(
                "{range} (events up to {through} are archived; give the files with --archive to check them too)"
            ),
            (0, None) => range,
            (files, _) => format!(
                "{range}, {} of them in {files} archive file{}",
                verified.archived_checked,
                if files == 1 { "" } else { "s" }
            ),
        };
        let verdict = if verified.intact {
            "the chain is intact"
        } else {
            "the chain is BROKEN"
        };
        out.line(&format!(
            "Checked {} events{range}: {verdict}.",
            verified.checked
        ))?;
        if let Some(head) = &verified.head {
            out.line(&format!("head {head}"))?;
        }
        if verified.unchained > 0 {
            out.warn(&format!(
                "{} recorded since the chain was last extended are not covered: the database cannot be written here (`warden audit head` where it can covers them)",
                if verified.unchained == 1 { "1 event".to_string() } else { format!("{} events", verified.unchained) }
            ));
        }
    }
    if verified.intact {
        Ok(())
    } else {
        Err(crate::cli::exit::answered(crate::error::Kind::Tampered))
    }
}
