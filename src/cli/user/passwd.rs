//! `warden user passwd`

use clap::Args;

use crate::cli::{PasswordArgs, Session};
use crate::error::Result;
use crate::ops::user;
use crate::output::Output;
use crate::ui;

/// Set a new password for a user (a reset), clearing any lockout
///
/// The user is notified when notifications are on. The password policy in
/// force applies.
#[derive(Debug, Args)]
pub struct UserPasswdArgs {
    /// The user whose password is set
    pub name: String,

    #[command(flatten)]
    pub password: PasswordArgs,
}

pub fn run(args: &UserPasswdArgs, session: &Session, out: &mut Output) -> Result<()> {
    crate::names::validate(crate::names::NameKind::User, &args.name)?;
    let mut store = session.open(out)?;
    let existing = user::show(&mut store, &session.ctx, &args.name)?;
    let settings = user::settings(&mut store)?;
    let check =
        |p: &str| user::check_password(&settings, &args.name, existing.profile.email.as_deref(), p);
    let secret = ui::read_new_password(&args.password.input(), &args.name, &check)?;
    let updated = user::passwd(&mut store, &session.ctx, &args.name, &secret)?;
    drop(secret);
    out.status(&format!("Set a new password for \"{}\".", updated.username));
    super::print_user_if_json(out, &updated)
}
