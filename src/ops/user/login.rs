//! Logins and permission questions: verify, with the lockout and allowed networks, and can.

use super::*;

/// The message for both an unknown user and a wrong password: they must
/// be indistinguishable.
pub(super) const BAD_LOGIN: &str = "invalid user name or password";

/// How a login attempt with a name no user can have is recorded.
const INVALID_NAME: &str = "(invalid)";

pub(super) fn denied(user: &str, code: Reason, reason: impl Into<String>) -> Decision {
    Decision {
        allowed: false,
        reason: reason.into(),
        code,
        user: user.to_string(),
        acting_for: None,
        permission: None,
        account: None,
    }
}

/// Why a login is refused before (or regardless of) the password: the
/// user is disabled, locked, expired, or the address is not allowed.
/// Returns the typed reason, the audit log's code and the reason shown.
pub(super) fn login_refusal(
    creds: &sql::Credentials,
    networks: &[String],
    ip: Option<IpAddr>,
    now: i64,
) -> Result<Option<(Reason, &'static str, String)>> {
    let unusable = Unusable::of(creds.enabled, creds.expires_at, now);
    Ok(if let Some(Unusable::Disabled) = unusable {
        Some((Reason::Disabled, "disabled", Unusable::Disabled.reason()?))
    } else if let Some(until) = creds.locked_until.filter(|&t| t > now) {
        Some((
            Reason::Locked {
                until: crate::time::from_unix(until)?,
            },
            "locked",
            format!(
                "user is locked until {}",
                crate::time::rfc3339(crate::time::from_unix(until)?)
            ),
        ))
    } else if let Some(expired) = unusable {
        Some((Reason::Expired, "expired", expired.reason()?))
    } else {
        match ip {
            Some(ip) if !ip_allowed(networks, ip) => Some((
                Reason::AddressNotAllowed,
                "address not allowed",
                format!("logins from {ip} are not allowed for this user"),
            )),
            // Fail closed: a list of networks is a promise that logins
            // come only from there, which an unknown address cannot keep.
            None if !networks.is_empty() => Some((
                Reason::NoClientAddress,
                "no client address",
                format!(
                    "no client address given; {} may only log in from {}",
                    creds.username,
                    shown_networks(networks)
                ),
            )),
            _ => None,
        }
    })
}

/// The first few networks of a list, for a message.
pub(super) fn shown_networks(networks: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut text = networks
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if networks.len() > SHOWN {
        text.push_str(&format!(" and {} more", networks.len() - SHOWN));
    }
    text
}

/// What a login wrote to the audit log, for the system log too (unless
/// the setting auth.syslog is off).
struct LoginLog<'a> {
    syslog: bool,
    events: Vec<authlog::Event<'a>>,
}

/// Checks a login: password, enabled, not expired, not locked, address
/// inside the allowed networks. Every attempt is audited; failures count
/// toward the lockout. Attempts, lockouts and logins also go to the system
/// log (see [`crate::authlog`]).
pub fn verify(
    store: &mut impl Transactions,
    ctx: &Ctx,
    login: &Login,
    syslog: &authlog::Syslog,
) -> Result<Decision> {
    let mut log = LoginLog {
        syslog: false,
        events: Vec::new(),
    };
    let decision = check_login(
        store,
        ctx,
        login.user,
        login.secret,
        login.ip,
        login.acting_for,
        &mut log,
    );
    if log.syslog {
        let sent = authlog::send(syslog, &log.events);
        if sent.stalled {
            note_dropped(store, ctx, sent.dropped, syslog);
        }
    }
    decision
}

/// Says in the audit log that login lines are being dropped by a socket
/// that does not take them, at most once an hour (every login of a stall
/// would double the log's writes). Best effort: the login's answer stands
/// whatever happens to this note.
fn note_dropped(store: &mut impl Transactions, ctx: &Ctx, lines: u64, syslog: &authlog::Syslog) {
    const QUIET: i64 = 3600;
    let since = ctx.now_unix() - QUIET;
    let _ = store.write(|tx| {
        if store::events::recent(tx, "syslog.dropped", since)? {
            return Ok(());
        }
        record(
            tx,
            ctx,
            "syslog.dropped",
            "",
            json!({
                "lines": lines,
                "to": format!("{syslog:?}"),
                "note": "the system log did not take login lines; they were dropped (the audit log has every login)",
            }),
        )
    });
}

/// A login to check.
#[derive(Clone, Copy)]
pub struct Login<'a> {
    pub user: &'a str,
    pub secret: &'a str,
    /// The client's address, when known.
    pub ip: Option<IpAddr>,
    /// The user a backup user acts for.
    pub acting_for: Option<&'a str>,
}

impl std::fmt::Debug for Login<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Login")
            .field("user", &self.user)
            .field("ip", &self.ip)
            .field("acting_for", &self.acting_for)
            .finish_non_exhaustive()
    }
}

fn check_login<'a, S: Transactions>(
    store: &mut S,
    ctx: &Ctx,
    name: &'a str,
    secret: &str,
    ip: Option<IpAddr>,
    acting_for: Option<&'a str>,
    log: &mut LoginLog<'a>,
) -> Result<Decision> {
    if let Some(delegator) = acting_for {
        validate(NameKind::User, delegator)?;
    }
    let failed = |reason: &'static str| authlog::Event::Failed {
        user: name,
        from: ip,
        reason,
        acting_for,
    };
    let now = ctx.now_unix();
    let shown_ip = ip.map(|i| i.to_string());
    // Anything can be typed at a login prompt, and sshd passes invalid
    // names through: a name no user can have is recorded as `(invalid)`
    // with its length, never its text (often a password typed one field
    // early), so the append-only log stays bounded and free of secrets.
    let valid = validate(NameKind::User, name).is_ok();
    let target = if valid { name } else { INVALID_NAME };
    let (settings, creds, networks) = store.read(|tx| {
        let creds = match valid {
            true => sql::credentials(tx, name)?,
            false => None,
        };
        let networks = match &creds {
            Some(c) => sql::networks(tx, c.id)?,
            None => Vec::new(),
        };
        Ok((Settings::load(tx)?, creds, networks))
    })?;
    log.syslog = settings.auth_syslog;
    let audit_failure = |store: &mut S, reason: &str| {
        let mut details = json!({ "reason": reason, "ip": shown_ip });
        if !valid {
            details["name_bytes"] = json!(name.len());
        }
        store.write(|tx| record(tx, ctx, "user.login_failed", target, details))
    };
    let Some(creds) = creds else {
        password::dummy_verify(secret, settings.hash);
        let reason = if valid {
            "unknown user"
        } else {
            "invalid user name"
        };
        audit_failure(store, reason)?;
        log.events.push(failed(reason));
        return Ok(denied(target, Reason::BadCredentials, BAD_LOGIN));
    };
    // Refusals that need no password check, and cost no argon2 work.
    if let Some((typed, code, reason)) = login_refusal(&creds, &networks, ip, now)? {
        audit_failure(store, code)?;
        log.events.push(failed(code));
        return Ok(denied(name, typed, reason));
    }
    // A stored hash warden cannot verify (planted, or from a family it
    // refuses) matches nothing, after the same work as no password at all.
    let usable = creds
        .password_hash
        .as_deref()
        .filter(|hash| password::check_hash(hash).is_ok());
    let matched = match usable {
        Some(hash) => password::verify_padded(secret, hash, settings.hash),
        None => password::dummy_verify(secret, settings.hash),
    };
    if !matched {
        let lockout = store.write(|tx| {
            let failures = sql::record_failure(tx, creds.id)?;
            let mut details = json!({ "reason": "wrong password", "ip": shown_ip, "failures": failures });
            let mut lockout = None;
            if failures >= i64::from(settings.lockout_threshold) {
                let until = now + settings.lockout_duration.as_secs() as i64;
                sql::lock(tx, creds.id, until)?;
                let shown_until = crate::time::rfc3339(crate::time::from_unix(until)?);
                details["locked_until"] = json!(shown_until);
                lockout = Some(authlog::Event::Lockout { user: name, from: ip, failures, until: shown_until });
                let to = Recipient { user_id: creds.id, username: name, email: creds.email.as_deref(), notify: creds.notify };
                let body = format!(
                    "The user \"{name}\" on the backup service was locked after {failures} failed logins, until {}.\n\
                     If these attempts were not yours, tell your administrator.\n",
                    crate::time::mail_time(crate::time::from_unix(until)?)
                );
                let mail = notify::Mail { kind: "lockout", subject: "Your account was locked", body: &body, times: &[("Locked-Until", until)], window: None };
                notify::queue(tx, ctx, &to, &mail)?;
            }
            record(tx, ctx, "user.login_failed", name, details)?;
            Ok(lockout)
        })?;
        log.events.push(failed("wrong password"));
        log.events.extend(lockout);
        return Ok(denied(name, Reason::BadCredentials, BAD_LOGIN));
    }
    let rehash = match &creds.password_hash {
        Some(hash) if password::needs_rehash(hash, settings.hash) => {
            Some(password::hash(secret, settings.hash)?)
        }
        _ => None,
    };
    // The checks above read a snapshot taken before the argon2 work; another
    // process may have disabled, locked, deleted or re-passworded the user
    // meanwhile. Decide again under the write lock, where the login is
    // recorded, so a change committed first always wins.
    let accepted = store.write(|tx| {
        let fresh = sql::credentials(tx, name)?;
        let refusal = match &fresh {
            Some(f) if f.id == creds.id && f.password_hash == creds.password_hash => {
                login_refusal(f, &sql::networks(tx, f.id)?, ip, now)?
            }
            _ => Some((
                Reason::BadCredentials,
                "changed during the check",
                BAD_LOGIN.to_string(),
            )),
        };
        if let Some((typed, code, reason)) = refusal {
            record(tx, ctx, "user.login_failed", name, json!({ "reason": code, "ip": shown_ip }))?;
            return Ok(Err((typed, code, reason)));
        }
        // Acting for someone else: the password was right, and now the
        // window decides. A refusal here is audited but is not a failed
        // password.
        let window = match acting_for {
            Some(delegator) => match crate::policy::active_window(tx, now, name, delegator)? {
                Ok(active) => Some(active.describe()?),
                Err((typed, why)) => {
                    record(
                        tx,
                        ctx,
                        "user.login_failed",
                        name,
                        json!({ "reason": "no active backup-user window", "acting_for": acting_for, "ip": shown_ip }),
                    )?;
                    return Ok(Err((typed, "no active backup-user window", why)));
                }
            },
            None => None,
        };
        sql::record_login(tx, creds.id, rehash.as_deref(), now)?;
        record(
            tx,
            ctx,
            "user.login",
            name,
            json!({ "ip": shown_ip, "rehashed": rehash.is_some(), "acting_for": acting_for }),
        )?;
        Ok(Ok(window))
    })?;
    let window = match accepted {
        Ok(window) => {
            log.events.push(authlog::Event::Accepted {
                user: name,
                from: ip,
                acting_for,
            });
            window
        }
        Err((typed, code, why)) => {
            log.events.push(failed(code));
            return Ok(Decision {
                acting_for: acting_for.map(str::to_string),
                ..denied(name, typed, why)
            });
        }
    };
    let reason = match (window, acting_for) {
        (Some(window), Some(delegator)) => {
            format!("password accepted; acting for {delegator} through {window}")
        }
        _ => "password accepted".to_string(),
    };
    Ok(Decision {
        allowed: true,
        reason,
        acting_for: acting_for.map(str::to_string),
        ..denied(name, Reason::PasswordAccepted, "")
    })
}

/// `user can`: the permission decision for one user, read-only.
pub fn can(
    store: &mut impl Transactions,
    ctx: &Ctx,
    name: &str,
    permission: &str,
    account: Option<&str>,
    acting_for: Option<&str>,
) -> Result<Decision> {
    // A name that cannot exist is a usage error, so the answer never
    // carries text that is not a valid name back to the caller.
    validate(NameKind::User, name)?;
    crate::policy::check_permission(permission)?;
    if let Some(account) = account {
        validate(NameKind::Account, account)?;
    }
    let now = ctx.now_unix();
    match acting_for {
        Some(delegator) => {
            validate(NameKind::User, delegator)?;
            store.read(|tx| crate::policy::decide_as(tx, now, name, delegator, permission, account))
        }
        // Without an account the decision is one statement, its own
        // snapshot: no transaction around it (one round trip to a server).
        None if account.is_none() => {
            store.read_one(|db| crate::policy::decide(db, now, name, permission, None))
        }
        None => store.read(|tx| crate::policy::decide(tx, now, name, permission, account)),
    }
}
