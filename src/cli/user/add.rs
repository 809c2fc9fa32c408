//! `warden user add`

use clap::Args;

use crate::cli::{PasswordArgs, Session};
use crate::error::Result;
use crate::model::User;
use crate::ops::user::{self, NewUser};
use crate::output::Output;
use crate::ui;

/// Create a user
///
/// The password is asked twice on a terminal, or read with --password-stdin
/// or --password-file; --no-password creates a user who cannot log in until
/// `warden user passwd`. The first --role becomes the active role.
#[derive(Debug, Args)]
pub struct UserAddArgs {
    /// User name: lower case, starting with a letter or digit; a-z 0-9 . _ @ -
    pub name: String,

    #[command(flatten)]
    pub profile: super::ProfileArgs,

    /// A role to hold (repeat for several; the first is active)
    #[arg(long = "role", value_name = "ROLE")]
    pub roles: Vec<String>,

    /// The user's home account
    #[arg(long, value_name = "ACCOUNT")]
    pub account: Option<String>,

    /// A network the user may log in from (repeat; none means anywhere)
    #[arg(long = "allowed-ip", value_name = "CIDR")]
    pub allowed_ips: Vec<String>,

    /// When the user stops being able to log in: 2027-01-01, "2027-01-01 18:00", tomorrow, friday, +90d (see TIMES in warden(1))
    #[arg(long, value_name = "WHEN")]
    pub expires: Option<String>,

    /// The most credits the user may spend
    #[arg(long, value_name = "N", value_parser = super::parse_credits)]
    pub credit_limit: Option<i64>,

    /// Send the user notifications (the default)
    #[arg(long, overrides_with = "no_notify")]
    pub notify: bool,

    /// Send the user no notifications
    #[arg(long, overrides_with = "notify")]
    pub no_notify: bool,

    /// Queue a welcome message to the user's e-mail address
    #[arg(long)]
    pub welcome: bool,

    /// Succeed without changes when the user already exists
    #[arg(long)]
    pub if_not_exists: bool,

    #[command(flatten)]
    pub password: PasswordArgs,

    /// Create the user without a password (cannot log in until `user passwd`)
    #[arg(long, conflicts_with_all = ["password_stdin", "password_file"])]
    pub no_password: bool,
}

pub fn run(args: &UserAddArgs, session: &Session, out: &mut Output) -> Result<()> {
    let expires_at = args
        .expires
        .as_deref()
        .map(|w| crate::time::parse_when(w, session.ctx.now))
        .transpose()?;
    let request = NewUser {
        username: args.name.clone(),
        profile: args.profile.profile(),
        roles: args.roles.clone(),
        account: args.account.clone(),
        allowed_ips: args.allowed_ips.clone(),
        expires_at,
        credit_limit: args.credit_limit,
        notify: !args.no_notify,
        welcome: args.welcome,
    };
    request.validate(session.ctx.now)?;
    let mut store = session.open(out)?;
    // Settle "already exists" before asking for a password.
    if let Some(existing) = user::find(&mut store, &session.ctx, &args.name)? {
        if !args.if_not_exists {
            return Err(user::exists_error(&args.name));
        }
        if !args.no_password {
            ui::discard_unused_password(&args.password.input());
        }
        return accepted(out, &existing);
    }
    let secret = if args.no_password {
        None
    } else {
        let settings = user::settings(&mut store)?;
        let check =
            |p: &str| user::check_password(&settings, &args.name, args.profile.email.as_deref(), p);
        Some(ui::read_new_password(
            &args.password.input(),
            &args.name,
            &check,
        )?)
    };
    let created = match user::add(&mut store, &session.ctx, &request, secret.as_ref()) {
        // Another process created it between the check and the lock.
        Err(e) if args.if_not_exists && e.kind == crate::error::Kind::Conflict => {
            let existing = user::find(&mut store, &session.ctx, &args.name)?.ok_or(e)?;
            return accepted(out, &existing);
        }
        other => other?,
    };
    drop(secret);
    out.status(&format!("Created user \"{}\".", created.username));
    if args.no_password {
        out.status(&format!(
            "It cannot log in until `warden user passwd {}`.",
            created.username
        ));
    }
    super::print_user_if_json(out, &created)
}

/// `--if-not-exists` found the user: it is accepted as it is.
fn accepted(out: &mut Output, existing: &User) -> Result<()> {
    out.status(&format!(
        "User \"{}\" already exists; nothing was changed.",
        existing.username
    ));
    super::print_user_if_json(out, existing)
}
