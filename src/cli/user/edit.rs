//! `warden user edit`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::user::{self, UserEdit};
use crate::output::Output;

/// Change a user's profile, networks, expiry, credit limit or notifications
///
/// An empty value clears a text field (--email ''). Roles are changed with
/// `warden role grant|revoke|switch`, passwords with `warden user passwd`.
#[derive(Debug, Args)]
pub struct UserEditArgs {
    /// The user to change
    pub name: String,

    #[command(flatten)]
    pub profile: super::ProfileArgs,

    /// The user's home account ('' for none)
    #[arg(long, value_name = "ACCOUNT")]
    pub account: Option<String>,

    /// Allow logins from this network too (repeatable)
    #[arg(long = "add-allowed-ip", value_name = "CIDR")]
    pub add_allowed_ips: Vec<String>,

    /// Stop allowing this network (repeatable; exit 3 if it is not there)
    #[arg(long = "remove-allowed-ip", value_name = "CIDR")]
    pub remove_allowed_ips: Vec<String>,

    /// Remove every allowed network: logins from anywhere
    #[arg(long)]
    pub clear_allowed_ips: bool,

    /// When the user stops being able to log in (2027-01-01, friday, +90d; see TIMES in warden(1)), or never
    #[arg(long, value_name = "WHEN|never")]
    pub expires: Option<String>,

    /// The most credits the user may spend, or none for no limit
    #[arg(long, value_name = "N|none", value_parser = super::parse_limit)]
    pub credit_limit: Option<super::CreditLimit>,

    /// Send the user notifications
    #[arg(long, overrides_with = "no_notify")]
    pub notify: bool,

    /// Send the user no notifications
    #[arg(long, overrides_with = "notify")]
    pub no_notify: bool,
}

/// `Some("")` clears, `Some(x)` sets, `None` leaves alone.
fn clearable(value: &Option<String>) -> Option<Option<String>> {
    value
        .as_ref()
        .map(|v| if v.is_empty() { None } else { Some(v.clone()) })
}

pub fn run(args: &UserEditArgs, session: &Session, out: &mut Output) -> Result<()> {
    let expires_at = match args.expires.as_deref() {
        None => None,
        Some(w) if w.trim().eq_ignore_ascii_case("never") => Some(None),
        Some(w) => Some(Some(crate::time::parse_when(w, session.ctx.now)?)),
    };
    let change = UserEdit {
        profile: args.profile.profile().as_ref().map(clearable),
        account: clearable(&args.account),
        add_ips: args.add_allowed_ips.clone(),
        remove_ips: args.remove_allowed_ips.clone(),
        clear_ips: args.clear_allowed_ips,
        expires_at,
        credit_limit: args.credit_limit.map(|l| l.0),
        notify: if args.notify {
            Some(true)
        } else if args.no_notify {
            Some(false)
        } else {
            None
        },
    };
    let mut store = session.open(out)?;
    let edited = user::edit(&mut store, &session.ctx, &args.name, &change)?;
    out.status(&if edited.changed {
        format!("Updated user \"{}\".", edited.user.username)
    } else {
        format!(
            "User \"{}\" already had those values; nothing was changed.",
            edited.user.username
        )
    });
    out.side_effects(&edited.side_effects);
    if out.is_json() {
        return out.json_with_side_effects(&edited.user, &edited.side_effects);
    }
    Ok(())
}
