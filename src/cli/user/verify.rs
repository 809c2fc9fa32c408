//! `warden user verify`

use clap::Args;
use secrecy::ExposeSecret;

use crate::cli::{PasswordArgs, Session};
use crate::error::Result;
use crate::ops::user;
use crate::output::Output;
use crate::ui;

/// Check a login: password, enabled, not expired, not locked, allowed
/// network; exit 0 (allowed) or 6 (denied)
///
/// An unknown user and a wrong password give the same answer in the same
/// time. Consecutive failures lock the user (settings auth.*). Every check
/// is audited; the password never is.
#[derive(Debug, Args)]
pub struct UserVerifyArgs {
    pub name: String,

    /// The address the login comes from; a user with allowed networks is refused without it
    #[arg(long, value_name = "ADDR")]
    pub ip: Option<String>,

    /// Log in as DELEGATOR's backup user: NAME's own password, address and
    /// lock state are checked, then an active backup-user window from DELEGATOR
    #[arg(long = "as", value_name = "DELEGATOR")]
    pub acting_for: Option<String>,

    #[command(flatten)]
    pub password: PasswordArgs,
}

pub fn run(args: &UserVerifyArgs, session: &Session, out: &mut Output) -> Result<()> {
    let ip = args
        .ip
        .as_deref()
        .map(crate::ops::fields::parse_address)
        .transpose()?;
    let secret = ui::read_password(&args.password.input(), &args.name)?;
    let mut store = session.open(out)?;
    let decision = user::verify(
        &mut store,
        &session.ctx,
        &args.name,
        secret.expose_secret(),
        ip,
        args.acting_for.as_deref(),
    )?;
    drop(secret);
    super::print_decision(out, &decision)
}
