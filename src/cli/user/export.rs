//! `warden user export`

use clap::{Args, ValueEnum};

use crate::cli::Session;
use crate::error::Result;
use crate::model::ExportedUser;
use crate::ops::user::{self, ListFilter};
use crate::output::{ListFormat, Output, Row};
use crate::time::rfc3339;

/// Write users as JSON Lines, JSON or CSV, in the fields `user import` reads
///
/// One user per line (JSONL), one array (json, as --json prints it), or a
/// record each (CSV, with a header row; roles and allowed_ips joined by
/// ';'), in name order, from one consistent snapshot.
/// No password hash leaves the database unless --include-hashes is given;
/// a plain password never does. Written as read, in constant memory.
#[derive(Debug, Args)]
pub struct UserExportArgs {
    /// Output format [default: jsonl; json: one array of the same records]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<ExportFormat>,

    /// Include each user's password hash, so an import restores their logins
    #[arg(long)]
    pub include_hashes: bool,

    /// Only users holding this role
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,

    /// Only enabled users
    #[arg(long, conflicts_with = "disabled")]
    pub enabled: bool,

    /// Only disabled users
    #[arg(long)]
    pub disabled: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Jsonl,
    Json,
    Csv,
}

/// The import fields, in SPEC order.
pub use crate::ops::import::read::FIELDS;

impl Row for ExportedUser {
    fn cells(&self) -> Vec<String> {
        self.csv()
    }

    fn csv(&self) -> Vec<String> {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        vec![
            self.username.clone(),
            opt(&self.profile.email),
            opt(&self.profile.first_name),
            opt(&self.profile.last_name),
            opt(&self.profile.phone),
            self.roles.join(";"),
            opt(&self.active_role),
            opt(&self.account),
            self.enabled.to_string(),
            self.notify.to_string(),
            String::new(),
            opt(&self.password_hash),
            self.allowed_ips.join(";"),
            self.expires.map(rfc3339).unwrap_or_default(),
            self.credit_limit.map(|c| c.to_string()).unwrap_or_default(),
        ]
    }
}

/// Whether standard output is a file that others than its owner may read.
fn stdout_shared() -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata("/proc/self/fd/1")
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o077 != 0)
}

pub fn run(args: &UserExportArgs, session: &Session, out: &mut Output) -> Result<()> {
    let filter = ListFilter {
        role: args.role.clone(),
        enabled: super::state_filter(args.enabled, args.disabled),
        ..ListFilter::default()
    };
    if args.include_hashes && stdout_shared() {
        out.warn("the export holds password hashes and goes to a file that others may read; chmod 600 it");
    }
    // --json asks for one document; a --format given as well wins, as in
    // `user list` and `audit`.
    let format = match (args.format, out.is_json()) {
        (Some(ExportFormat::Jsonl), _) | (None, false) => ListFormat::Jsonl,
        (Some(ExportFormat::Csv), _) => ListFormat::Csv(FIELDS),
        (Some(ExportFormat::Json), _) | (None, true) => ListFormat::Json,
    };
    let mut store = session.open(out)?;
    let mut list = out.list(format, FIELDS);
    user::export(
        &mut store,
        &session.ctx,
        &filter,
        args.include_hashes,
        |u| list.push(&u),
    )?;
    let count = list.finish()?;
    out.status(&format!(
        "Exported {count} user{}{}.",
        if count == 1 { "" } else { "s" },
        if args.include_hashes {
            ", with password hashes"
        } else {
            ""
        }
    ));
    Ok(())
}
