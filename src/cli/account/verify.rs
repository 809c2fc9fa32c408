//! `warden account verify`

use clap::Args;
use secrecy::ExposeSecret;

use crate::cli::{PasswordArgs, Session};
use crate::error::Result;
use crate::ops::account;
use crate::output::Output;
use crate::ui;

/// Check an account password; exit 0 (right) or 6 (wrong)
#[derive(Debug, Args)]
pub struct AccountVerifyArgs {
    /// The account
    pub name: String,

    #[command(flatten)]
    pub password: PasswordArgs,
}

pub fn run(args: &AccountVerifyArgs, session: &Session, out: &mut Output) -> Result<()> {
    crate::names::validate(crate::names::NameKind::Account, &args.name)?;
    let secret = ui::read_password(&args.password.input(), &args.name)?;
    let mut store = session.open(out)?;
    let decision = account::verify(&mut store, &session.ctx, &args.name, secret.expose_secret())?;
    crate::cli::user::print_decision(out, &decision)
}
