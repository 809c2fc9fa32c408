//! `warden init`

use clap::Args;

use super::{PasswordArgs, Session};
use crate::error::Result;
use crate::ops::init::{self, InitRequest};
use crate::output::Output;
use crate::ui;

/// Create the database with its root account and first admin user
///
/// The database file is created with mode 0600 (its folder 0700 when warden
/// makes it). The admin's password is asked twice on a terminal, or read
/// with --password-stdin or --password-file. Running init on an initialised
/// database changes nothing and exits 4.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Name of the root account, the one account every other descends from
    #[arg(long, value_name = "NAME", default_value = "root")]
    pub root_account: String,

    /// Name of the first admin user
    #[arg(long, value_name = "NAME", default_value = "admin")]
    pub admin: String,

    /// E-mail address of the first admin user
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,

    #[command(flatten)]
    pub password: PasswordArgs,
}

pub fn run(args: &InitArgs, session: &Session, out: &mut Output) -> Result<()> {
    let request = InitRequest {
        root_account: args.root_account.clone(),
        admin: args.admin.clone(),
        email: args.email.clone(),
    };
    request.validate()?;
    // Refuse an initialised database before asking for a password.
    init::precheck(&session.db, &session.open).map_err(|e| session.explain_denied(e))?;
    let secret = ui::read_new_password(&args.password.input(), &request.admin, &|p| {
        request.check_password(p)
    })?;
    let (report, warnings) = init::run(&session.db, &session.open, &session.ctx, &request, &secret)
        .map_err(|e| session.explain_denied(e))?;
    drop(secret);
    for warning in warnings {
        out.warn(&warning);
    }
    if out.is_json() {
        return out.json(&report);
    }
    out.status(&format!(
        "Initialised {} (schema version {}): root account \"{}\", admin user \"{}\".",
        report.database, report.schema_version, report.root_account, report.admin
    ));
    Ok(())
}
