//! `warden user can`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::user;
use crate::output::Output;

/// Decide whether a user may do something; exit 0 (allowed) or 6 (denied)
///
/// The active role decides first; with --account, an access grant on that
/// account or its nearest ancestor can allow what the role does not. The
/// answer carries its reason.
#[derive(Debug, Args)]
pub struct UserCanArgs {
    /// The user asking
    pub name: String,

    /// A permission of the catalog (see `warden role permissions`)
    pub permission: String,

    /// The account the permission is asked for
    #[arg(long, value_name = "ACCOUNT")]
    pub account: Option<String>,

    /// Decide for NAME acting as DELEGATOR's backup user: allowed only inside
    /// an active window, within its scope, and never users.manage,
    /// roles.manage or settings.manage
    #[arg(long = "as", value_name = "DELEGATOR")]
    pub acting_for: Option<String>,
}

pub fn run(args: &UserCanArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let decision = user::can(
        &mut store,
        &session.ctx,
        &args.name,
        &args.permission,
        args.account.as_deref(),
        args.acting_for.as_deref(),
    )?;
    // The command line answers an unknown account as every command does:
    // not found (exit 3), with the nearest names.
    if let (crate::model::Reason::UnknownAccount, Some(account)) =
        (decision.code, args.account.as_deref())
    {
        return Err(crate::lookup::no_account(account));
    }
    super::print_decision(out, &decision)
}
