//! `warden user import`

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::Session;
use crate::error::{Error, Result};
use crate::ops::import::{
    self, Format, ImportFile, OnConflict, Options, Progress, Silent, WeakHashes,
};
use crate::output::Output;

/// Create or update many users from a CSV, JSON Lines or htpasswd file
///
/// Fields (SPEC order; only username is required): username, email,
/// first_name, last_name, phone, roles, active_role, account, enabled,
/// notify, password, password_hash, allowed_ips, expires, credit_limit.
/// CSV has a header row and separates roles and allowed_ips with ';';
/// JSON Lines has one object per line with lists as arrays. An htpasswd
/// file gives NAME:HASH lines (bcrypt or SHA-crypt).
///
/// A hash too weak to keep (the $apr1$ MD5 that plain htpasswd writes,
/// {SHA}, MD5-crypt, DES crypt) fails the import unless --weak-hashes
/// no-password imports such users without a password: the hash is never
/// stored, they cannot log in until `warden user passwd NAME` sets one,
/// and the last line counts and names them.
///
/// Every row is checked before anything is written: the first bad row
/// stops the import with its line number (exit 2), a user that exists
/// stops it with exit 4 unless --on-conflict says otherwise. Plain
/// passwords must pass the password policy and are hashed on every core;
/// then everything is written in one transaction: all users or none.
/// An update sets the fields the row gives and leaves the others; an empty
/// cell (or null) clears a field. The last line counts the users created,
/// updated, unchanged and skipped.
#[derive(Debug, Args)]
pub struct UserImportArgs {
    /// The file to read, or - for standard input
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// The file's format [default: from its extension: .csv, .jsonl, .htpasswd; standard input needs it]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<ImportFormat>,

    /// Check everything and count what would change, then write nothing
    #[arg(long)]
    pub dry_run: bool,

    /// What to do with a user that already exists
    #[arg(long, value_enum, value_name = "MODE", default_value = "fail")]
    pub on_conflict: ConflictMode,

    /// What to do with a hash too weak to keep ($apr1$, {SHA}, $1$, DES crypt)
    #[arg(long, value_enum, value_name = "MODE", default_value = "fail")]
    pub weak_hashes: WeakHashMode,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum WeakHashMode {
    /// Stop the whole import (exit 2)
    Fail,
    /// Import the user without a password (set one with `user passwd`); the hash is not kept
    NoPassword,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ImportFormat {
    Csv,
    Jsonl,
    Htpasswd,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ConflictMode {
    /// Stop the whole import (exit 4)
    Fail,
    /// Leave the existing user as it is
    Skip,
    /// Set the fields the row gives
    Update,
}

/// A progress bar on stderr, drawn only on a terminal.
struct Bar(ProgressBar);

impl Progress for Bar {
    fn start(&self, phase: &str, total: u64) {
        // 0: not known yet (the first reading of the file).
        if total == 0 {
            self.0.unset_length();
        } else {
            self.0.set_length(total);
        }
        self.0.set_position(0);
        self.0.set_message(phase.to_string());
    }

    fn advance(&self, steps: u64) {
        self.0.inc(steps);
    }
}

fn bar() -> Bar {
    let style = ProgressStyle::with_template("{msg:>20} [{bar:30}] {pos}/{len} ({eta})")
        .map(|s| s.progress_chars("=> "))
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    let bar =
        ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr()).with_style(style);
    Bar(bar)
}

pub fn run(args: &UserImportArgs, session: &Session, out: &mut Output) -> Result<()> {
    let stdin = args.file.as_os_str() == "-";
    let format = match (args.format, stdin) {
        (Some(ImportFormat::Csv), _) => Format::Csv,
        (Some(ImportFormat::Jsonl), _) => Format::Jsonl,
        (Some(ImportFormat::Htpasswd), _) => Format::Htpasswd,
        (None, true) => {
            return Err(Error::usage("cannot tell the format of standard input")
                .with_hint("give --format csv, jsonl or htpasswd"))
        }
        (None, false) => Format::guess(&args.file).ok_or_else(|| {
            Error::usage(format!(
                "cannot tell the format of {} from its name",
                args.file.display()
            ))
            .with_hint(
                "give --format csv, jsonl or htpasswd, or name the file .csv, .jsonl or .htpasswd",
            )
        })?,
    };
    // The database first: a missing one is "not found" before any reading.
    let mut store = session.open(out)?;
    let rows = if stdin {
        ImportFile::stdin(format, session.ctx.now)
    } else {
        ImportFile::open(&args.file, format, session.ctx.now)?
    };
    let mut rows = rows.weak_hashes(match args.weak_hashes {
        WeakHashMode::Fail => WeakHashes::Fail,
        WeakHashMode::NoPassword => WeakHashes::NoPassword,
    });
    let source = rows.source().to_string();
    let locate = |row: &import::UserRow| format!("{source}, line {}", row.line);
    let opts = Options {
        on_conflict: match args.on_conflict {
            ConflictMode::Fail => OnConflict::Fail,
            ConflictMode::Skip => OnConflict::Skip,
            ConflictMode::Update => OnConflict::Update,
        },
        dry_run: args.dry_run,
        source: &source,
        format: format.name(),
        locate: &locate,
        summary_event: true,
        origin: "import",
    };
    let report = if out.shows_progress() && std::io::stderr().is_terminal() {
        let bar = bar();
        let report = import::import(&mut store, &session.ctx, &mut rows, &opts, &bar);
        bar.0.finish_and_clear();
        report?
    } else {
        import::import(&mut store, &session.ctx, &mut rows, &opts, &Silent)?
    };
    if out.is_json() {
        return out.json(&report);
    }
    out.side_effects(&report.side_effects);
    let total = report.created + report.updated + report.unchanged + report.skipped;
    let users = if total == 1 { "user" } else { "users" };
    let without = match report.without_password {
        0 => String::new(),
        n => format!(
            " {n} {} no password (weak hash not imported; set one with `warden user passwd NAME`): {}.",
            if report.dry_run { "would have" } else if n == 1 { "has" } else { "have" },
            crate::text::some_names(&report.without_password_users, 20)
        ),
    };
    if report.dry_run {
        out.line(&format!(
            "Dry run of {source}: {total} {users} read; would create {}, update {}; {} unchanged, {} skipped.{without} Nothing was written.",
            report.created, report.updated, report.unchanged, report.skipped
        ))
    } else {
        out.line(&format!(
            "Imported {total} {users} from {source}: {} created, {} updated, {} unchanged, {} skipped.{without}",
            report.created, report.updated, report.unchanged, report.skipped
        ))
    }
}
