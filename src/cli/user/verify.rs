//! `warden user verify`

use clap::Args;
use secrecy::ExposeSecret;

use crate::cli::{PasswordArgs, Session};
use crate::error::{Error, Kind, Result};
use crate::ops::user;
use crate::output::Output;
use crate::ui;

/// Check a login: password, enabled, not expired, not locked, allowed
/// network; exit 0 (allowed) or 6 (denied)
///
/// An unknown user and a wrong password give the same answer in the same
/// time. Consecutive failures lock the user (settings auth.*). Every check
/// is audited; the password never is.
///
/// With --pam, as `pam_exec expose_authtok` runs it from a PAM stack's auth
/// line, the user comes from PAM_USER, the address from PAM_RHOST and the
/// password from standard input; nothing is printed, the exit code answers.
#[derive(Debug, Args)]
pub struct UserVerifyArgs {
    /// The user logging in (not with --pam, which reads PAM_USER)
    #[arg(required_unless_present = "pam")]
    pub name: Option<String>,

    /// Check a login for PAM through pam_exec: the user from PAM_USER, the address from PAM_RHOST, the password from stdin as expose_authtok writes it; prints nothing (auth stack only)
    #[arg(long, conflicts_with_all = ["name", "ip", "acting_for", "password_stdin", "password_file"])]
    pub pam: bool,

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
    let Some(name) = args.name.as_deref().filter(|_| !args.pam) else {
        return run_pam(session, out);
    };
    let ip = args
        .ip
        .as_deref()
        .map(crate::ops::fields::parse_address)
        .transpose()?;
    let secret = ui::read_password(&args.password.input(), name)?;
    let mut store = session.open(out)?;
    let login = user::Login {
        user: name,
        secret: secret.expose_secret(),
        ip,
        acting_for: args.acting_for.as_deref(),
    };
    let decision = user::verify(&mut store, &session.ctx, &login, &crate::cli::syslog())?;
    drop(secret);
    super::print_decision(out, &decision)
}

/// `--pam`: what pam_exec gives, in; the exit code, out. Nothing is
/// printed: pam_exec may show a command's output to the person logging in,
/// who must not learn whether the user exists, is locked or disabled (the
/// audit log and syslog say why).
fn run_pam(session: &Session, out: &mut Output) -> Result<()> {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let pam_only = || {
        Error::usage("--pam is for pam_exec, which sets PAM_TYPE, PAM_USER and PAM_RHOST")
            .with_hint("in a PAM stack: auth required pam_exec.so expose_authtok quiet /usr/bin/warden user verify --pam")
    };
    match env("PAM_TYPE").as_deref() {
        Some("auth") => {}
        Some(other) => {
            return Err(Error::usage(format!(
                "--pam checks passwords, in a PAM stack's auth lines only, not for PAM_TYPE {other}"
            ))
            .with_hint("use pam_exec with warden on an auth line"))
        }
        None => return Err(pam_only()),
    }
    let name = env("PAM_USER").ok_or_else(pam_only)?;
    // sshd gives the address (a host name only with UseDNS yes, which is
    // then no address: a user with allowed networks is refused).
    let ip = env("PAM_RHOST").and_then(|rhost| crate::ops::fields::parse_address(&rhost).ok());
    let secret = crate::password::read::from_pam_exec()?;
    // The system clock: a WARDEN_NOW that reached PAM's environment must
    // not move a login past an expiry or the end of a lockout.
    let ctx = crate::ops::Ctx {
        now: crate::time::system_now()?,
        actor: session.ctx.actor.clone(),
    };
    let mut store = session.open(out)?;
    let login = user::Login {
        user: &name,
        secret: secret.expose_secret(),
        ip,
        acting_for: None,
    };
    let decision = user::verify(&mut store, &ctx, &login, &crate::cli::syslog())?;
    drop(secret);
    if decision.allowed {
        Ok(())
    } else {
        Err(crate::cli::exit::answered(Kind::Denied))
    }
}
