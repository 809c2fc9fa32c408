//! `warden apply`

use std::io::Read;
use std::path::{Path, PathBuf};

use clap::Args;

use super::Session;
use crate::error::{Error, Kind, Result};
use crate::ops::apply::{self, shown, Action, Change, Report};
use crate::output::Output;

/// The file format, shown after `warden apply --help` and as the FILE
/// FORMAT section of its man page. Lines indented by two spaces are
/// printed as they are; blank lines separate paragraphs.
pub const FORMAT: &str = r#"File format:

Five optional sections. Keys not listed are errors. An empty string clears a text field (email = ""); expires = "never" clears an expiry.

  [settings]                       # keys as `warden settings list` shows them
  "deletion.grace" = "3d"          # values as `warden settings set` takes them
  "password.min_length" = 14

  [[roles]]
  name = "support"
  description = "Helpdesk"
  permissions = ["users.read", "accounts.read"]   # the whole set

  [[strategies]]
  name = "nightly"
  schedule = "daily@02:00"
  keep_daily = 14                  # 0 removes a rule
  keep_weekly = 8
  keep_within = "2d"
  description = "Every night at two"

  [[accounts]]
  name = "acme"
  parent = "root"                  # only when created; default: the root account
  owner = "alice"                  # "" for none
  strategy = "nightly"             # "" to inherit the parent's
  state = "enabled"                # or "disabled"
  credits = 100
  password_file = "secrets/acme.pass"   # first line; needed to create it

  [[users]]
  name = "alice"
  email = "alice@example.com"
  first_name = "Alice"
  last_name = "Example"
  phone = "+1 555 0100"
  roles = ["support"]              # the whole list, in order
  active_role = "support"
  account = "acme"                 # home account
  enabled = true
  notify = true
  allowed_ips = ["10.0.0.0/8"]     # the whole list
  expires = "2027-01-01"
  credit_limit = 100
  password_file = "secrets/alice.pass"  # or password_hash = "$argon2id$..."
  grants = [{ account = "acme", access = "full" }]   # the whole set

  [[users]]
  name = "bob"
  present = false                  # remove bob; takes no other key

For an entity that exists, only the keys given are compared and changed. A new role needs permissions, a new strategy a schedule and a keep rule, a new account a password_file. password_file paths are relative to the file's folder (to the current folder when FILE is -). A user's password is hashed when it does not already match the stored hash; an account's password is used only to create the account (change it with `warden account passwd`). apply does not move an existing account to another parent.

present = false removes: a user as `warden user delete` does (refused while the user owns accounts), a role or strategy only when nobody holds or uses it, an account only when already disabled (it is queued for deletion as `warden account delete` does). Removing what does not exist does nothing. There is no confirmation prompt: the file is the confirmation.

Errors name the file, the entry and the field, such as: site.toml: users[2] "bob", field "expires": ... (entries count from 1). Nothing is changed when anything fails."#;

/// Converge settings, roles, strategies, accounts and users to a TOML file
///
/// Reads FILE, works out the plan (what to create, what to change and,
/// for entries marked present = false, what to remove), prints it one line
/// per change, and applies it in one transaction: all of it or nothing.
/// What the file does not name is never touched, and applying the same
/// file again changes nothing. Every change is audited as the matching
/// command audits it, plus one `apply` event for the file.
///
/// With --dry-run the plan is printed and nothing is changed: the exit
/// code is 0 when nothing would change and 8 when changes are pending.
#[derive(Debug, Args)]
#[command(after_long_help = FORMAT)]
pub struct ApplyArgs {
    /// The TOML file, or - for standard input
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Print the plan and change nothing; exit 8 when changes are pending, 0 when none
    #[arg(long)]
    pub dry_run: bool,
}

/// The most an apply file may hold; far beyond any real one.
const MAX_BYTES: u64 = 64 << 20;

/// The file's text, its name for messages, and the folder its relative
/// paths start from.
fn read_file(path: &Path) -> Result<(String, String, PathBuf)> {
    let stdin = path.as_os_str() == "-";
    let (source, base) = if stdin {
        ("standard input".to_string(), PathBuf::new())
    } else {
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        (path.display().to_string(), base)
    };
    let mut bytes = Vec::new();
    let read = if stdin {
        std::io::stdin()
            .lock()
            .take(MAX_BYTES + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path)
            .map_err(|e| Error::io(format!("cannot open {source}"), &e))?
            .take(MAX_BYTES + 1)
            .read_to_end(&mut bytes)
    };
    read.map_err(|e| Error::io(format!("cannot read {source}"), &e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Error::usage(format!(
            "{source} is larger than {} MiB",
            MAX_BYTES >> 20
        )));
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::usage(format!("{source} is not valid UTF-8 text")))?;
    Ok((text, source, base))
}

pub fn run(args: &ApplyArgs, session: &Session, out: &mut Output) -> Result<()> {
    // The database first: a missing one is "not found" before any reading.
    let mut store = session.open(out)?;
    let (text, source, base) = read_file(&args.file)?;
    let doc = apply::parse(&text, &source, &base, session.ctx.now)?;
    drop(text);
    let report = apply::apply(&mut store, &session.ctx, &doc, args.dry_run)?;
    // As `settings set` warns: a mail command that cannot run sends nothing.
    let command = doc.settings.iter().find(|(k, _)| k == "notify.command");
    if let Some(problem) = command.and_then(|(_, v)| crate::ops::notify::command_problem(v)) {
        out.warn(&format!(
            "notify.command: {problem}; notifications cannot be sent until it can (give the program's full path, as cron's PATH is short)"
        ));
    }
    drop(doc);
    let mut print = || -> Result<()> {
        if out.is_json() {
            return out.json(&report);
        }
        for change in &report.changes {
            out.line(&line(change))?;
        }
        // What the plan does besides the entries it names.
        for effect in &report.side_effects {
            out.line(&format!("! also: {effect}"))?;
        }
        out.line(&summary(&report))
    };
    let printed = print();
    if args.dry_run {
        if report.is_empty() {
            return printed;
        }
        out.status("Dry run: nothing was changed; run without --dry-run to apply the plan.");
        return out.answer(printed, Kind::Pending);
    }
    printed?;
    if !report.is_empty() {
        out.status(&format!("Applied {source}."));
    }
    Ok(())
}

/// One change for people: `+ role support`, `~ user alice: email, roles`,
/// `- strategy old`, `~ setting deletion.grace: 7d → 3d`.
fn line(change: &Change) -> String {
    let sign = match change.action {
        Action::Create => '+',
        Action::Change => '~',
        Action::Remove => '-',
    };
    let head = format!("{sign} {} {}", change.kind, change.name);
    match (&change.from, &change.to) {
        (Some(from), Some(to)) => format!("{head}: {} → {}", shown(from), shown(to)),
        (None, Some(to)) => format!("{head}: {}", shown(to)),
        _ if change.action == Action::Change => format!("{head}: {}", change.fields.join(", ")),
        _ => head,
    }
}

fn summary(report: &Report) -> String {
    if report.is_empty() {
        return "No changes.".to_string();
    }
    format!(
        "Plan: {} to create, {} to change, {} to remove.",
        report.create, report.change, report.remove
    )
}
