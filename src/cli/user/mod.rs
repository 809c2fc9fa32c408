//! `warden user`

mod access;
mod add;
mod can;
mod charge;
mod delete;
mod disable;
mod edit;
mod enable;
mod events;
mod export;
mod import;
mod list;
mod passwd;
mod show;
mod stats;
mod unlock;
mod verify;

use clap::{Args, Subcommand};

use super::Session;
use crate::error::{Kind, Result};
use crate::model::{Decision, User};
use crate::output::{Output, Row};
use crate::time::{local, rfc3339};

/// Manage users: profiles, passwords, states, logins and permissions
#[derive(Debug, Args)]
pub struct UserArgs<C: Subcommand = UserCommand> {
    #[command(subcommand)]
    pub command: C,
}

/// `UserArgs` as the deferred tree holds it.
pub type Deferred = UserArgs<DeferredCommand>;

super::subcommands! {
    pub enum UserCommand, deferred DeferredCommand {
        Add(add::UserAddArgs),
        List(list::UserListArgs),
        Import(import::UserImportArgs),
        Export(export::UserExportArgs),
        Show(show::UserShowArgs),
        Access(access::UserAccessArgs),
        Edit(edit::UserEditArgs),
        Passwd(passwd::UserPasswdArgs),
        Disable(disable::UserDisableArgs),
        Enable(enable::UserEnableArgs),
        Unlock(unlock::UserUnlockArgs),
        Delete(delete::UserDeleteArgs),
        Events(events::UserEventsArgs),
        Verify(verify::UserVerifyArgs),
        Can(can::UserCanArgs),
        Charge(charge::UserChargeArgs),
        Stats(stats::UserStatsArgs),
    }
}

pub fn run(args: &UserArgs, session: &Session, out: &mut Output) -> Result<()> {
    match &args.command {
        UserCommand::Add(a) => add::run(a, session, out),
        UserCommand::List(a) => list::run(a, session, out),
        UserCommand::Import(a) => import::run(a, session, out),
        UserCommand::Export(a) => export::run(a, session, out),
        UserCommand::Show(a) => show::run(a, session, out),
        UserCommand::Access(a) => access::run(a, session, out),
        UserCommand::Edit(a) => edit::run(a, session, out),
        UserCommand::Passwd(a) => passwd::run(a, session, out),
        UserCommand::Disable(a) => disable::run(a, session, out),
        UserCommand::Enable(a) => enable::run(a, session, out),
        UserCommand::Unlock(a) => unlock::run(a, session, out),
        UserCommand::Delete(a) => delete::run(a, session, out),
        UserCommand::Events(a) => events::run(a, session, out),
        UserCommand::Verify(a) => verify::run(a, session, out),
        UserCommand::Can(a) => can::run(a, session, out),
        UserCommand::Charge(a) => charge::run(a, session, out),
        UserCommand::Stats(a) => stats::run(a, session, out),
    }
}

/// The profile fields `user add` sets and `user edit` changes (where an
/// empty value clears the field).
#[derive(Debug, Args)]
pub struct ProfileArgs {
    /// E-mail address, used for notifications
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,

    /// Given name, shown in listings and notifications
    #[arg(long, value_name = "NAME")]
    pub first_name: Option<String>,

    /// Family name, shown in listings and notifications
    #[arg(long, value_name = "NAME")]
    pub last_name: Option<String>,

    /// Phone number: digits, spaces and + - ( ) .
    #[arg(long, value_name = "PHONE")]
    pub phone: Option<String>,
}

impl ProfileArgs {
    /// The flags as the profile they give.
    pub fn profile(&self) -> crate::model::Profile {
        crate::model::Profile {
            email: self.email.clone(),
            first_name: self.first_name.clone(),
            last_name: self.last_name.clone(),
            phone: self.phone.clone(),
        }
    }
}

/// The CSV header of `user list --format csv`: the JSON keys.
pub const CSV_HEADERS: &[&str] = &[
    "username",
    "email",
    "first_name",
    "last_name",
    "phone",
    "roles",
    "active_role",
    "enabled",
    "locked_until",
    "expires_at",
    "allowed_ips",
    "notify",
    "credit_limit",
    "account",
    "created_at",
    "updated_at",
    "last_login_at",
];

/// `--enabled` / `--disabled` as a filter (clap makes them exclusive).
fn state_filter(enabled: bool, disabled: bool) -> Option<bool> {
    match (enabled, disabled) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    }
}

fn opt(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

/// enabled, disabled, locked or expired: what matters at a glance.
fn state(user: &User) -> &'static str {
    match crate::time::now() {
        Ok(now) => user.state(now),
        // The clock was checked when the command started.
        Err(_) => user.state(chrono::Utc::now()),
    }
}

impl Row for User {
    fn cells(&self) -> Vec<String> {
        vec![
            self.username.clone(),
            self.active_role.clone().unwrap_or_else(|| "-".into()),
            self.roles.join(","),
            state(self).to_string(),
            self.expires_at
                .map(crate::time::local_minute)
                .unwrap_or_else(|| "never".into()),
            opt(&self.profile.email),
            opt(&self.account),
            self.last_login_at
                .map(local)
                .unwrap_or_else(|| "never".into()),
        ]
    }

    fn write_json(&self, buf: &mut Vec<u8>) -> Result<()> {
        write_user_json(self, buf);
        Ok(())
    }

    fn csv(&self) -> Vec<String> {
        let time = |t: Option<chrono::DateTime<chrono::Utc>>| t.map(rfc3339).unwrap_or_default();
        vec![
            self.username.clone(),
            opt(&self.profile.email),
            opt(&self.profile.first_name),
            opt(&self.profile.last_name),
            opt(&self.profile.phone),
            self.roles.join(";"),
            opt(&self.active_role),
            self.enabled.to_string(),
            time(self.locked_until),
            time(self.expires_at),
            self.allowed_ips.join(";"),
            self.notify.to_string(),
            self.credit_limit.map(|c| c.to_string()).unwrap_or_default(),
            opt(&self.account),
            rfc3339(self.created_at),
            rfc3339(self.updated_at),
            time(self.last_login_at),
        ]
    }
}

/// A user as compact JSON, byte for byte what serde writes, but without
/// its per-byte escaping loop: `user list --json` writes 100,000 of these.
fn write_user_json(user: &User, buf: &mut Vec<u8>) {
    use crate::output::json::*;
    raw(buf, b"{\"username\":");
    string(buf, &user.username);
    for (key, value) in user.profile.fields() {
        raw(buf, b",\"");
        raw(buf, key.as_bytes());
        raw(buf, b"\":");
        opt_string(buf, value.as_deref());
    }
    raw(buf, b",\"roles\":");
    strings(buf, &user.roles);
    raw(buf, b",\"active_role\":");
    opt_string(buf, user.active_role.as_deref());
    raw(buf, b",\"enabled\":");
    bool(buf, user.enabled);
    raw(buf, b",\"locked_until\":");
    opt_time(buf, user.locked_until);
    raw(buf, b",\"expires_at\":");
    opt_time(buf, user.expires_at);
    raw(buf, b",\"allowed_ips\":");
    strings(buf, &user.allowed_ips);
    raw(buf, b",\"notify\":");
    bool(buf, user.notify);
    raw(buf, b",\"credit_limit\":");
    opt_int(buf, user.credit_limit);
    raw(buf, b",\"account\":");
    opt_string(buf, user.account.as_deref());
    raw(buf, b",\"created_at\":");
    time(buf, user.created_at);
    raw(buf, b",\"updated_at\":");
    time(buf, user.updated_at);
    raw(buf, b",\"last_login_at\":");
    opt_time(buf, user.last_login_at);
    buf.push(b'}');
}

/// The table headers of `user list`.
pub const TABLE_HEADERS: &[&str] = &[
    "username",
    "active role",
    "roles",
    "state",
    "expires",
    "email",
    "account",
    "last login",
];

/// Prints one user: a detail view for people, the object with `--json`.
pub fn print_user(out: &mut Output, user: &User) -> Result<()> {
    if out.is_json() {
        return out.json(user);
    }
    user_fields(out, user, Vec::new())
}

/// The detail view of a user, with `extra` fields at the end.
fn user_fields(out: &mut Output, user: &User, extra: Vec<(&str, String)>) -> Result<()> {
    let time = |t: Option<chrono::DateTime<chrono::Utc>>, none: &str| {
        t.map(local).unwrap_or_else(|| none.to_string())
    };
    let name = [
        user.profile.first_name.as_deref(),
        user.profile.last_name.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let roles = user
        .roles
        .iter()
        .map(|r| {
            if Some(r) == user.active_role.as_ref() {
                format!("{r} (active)")
            } else {
                r.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    let fields = [
        ("username", user.username.clone()),
        ("name", name),
        ("email", opt(&user.profile.email)),
        ("phone", opt(&user.profile.phone)),
        (
            "roles",
            if roles.is_empty() {
                "none".into()
            } else {
                roles
            },
        ),
        ("state", state(user).to_string()),
        ("locked until", time(user.locked_until, "-")),
        ("expires", time(user.expires_at, "never")),
        (
            "allowed ips",
            if user.allowed_ips.is_empty() {
                "any".into()
            } else {
                user.allowed_ips.join(", ")
            },
        ),
        ("notify", if user.notify { "on" } else { "off" }.into()),
        (
            "credit limit",
            user.credit_limit
                .map(|c| c.to_string())
                .unwrap_or_else(|| "none".into()),
        ),
        ("account", opt(&user.account)),
        ("created", local(user.created_at)),
        ("updated", local(user.updated_at)),
        ("last login", time(user.last_login_at, "never")),
    ]
    .into_iter()
    .chain(extra)
    .collect::<Vec<_>>();
    out.fields(&fields)
}

/// Prints a decision on stdout and turns a denial into exit 6 without an
/// error line: "no" is an answer, not a failure.
pub fn print_decision(out: &mut Output, decision: &Decision) -> Result<()> {
    let printed = if out.is_json() {
        out.json(decision)
    } else {
        out.line(&format!(
            "{}: {}",
            if decision.allowed {
                "allowed"
            } else {
                "denied"
            },
            decision.reason
        ))
    };
    if decision.allowed {
        printed
    } else {
        out.answer(printed, Kind::Denied)
    }
}

/// A credit limit given as `N` or `none` (no limit). A newtype, because
/// clap reads `Option<Option<T>>` as a flag with an optional value.
#[derive(Debug, Clone, Copy)]
pub struct CreditLimit(pub Option<i64>);

fn parse_limit(text: &str) -> std::result::Result<CreditLimit, String> {
    if text.trim().eq_ignore_ascii_case("none") {
        return Ok(CreditLimit(None));
    }
    parse_credits(text).map(|n| CreditLimit(Some(n)))
}

/// A whole, non-negative credit amount.
fn parse_credits(text: &str) -> std::result::Result<i64, String> {
    match text.trim().parse::<i64>() {
        Ok(n) if n >= 0 => Ok(n),
        _ => Err(format!(
            "\"{text}\" is not a whole number of credits (0 or more)"
        )),
    }
}

/// Mutations print the resulting user with `--json`, and nothing on stdout
/// otherwise (the status line on stderr says what happened).
fn print_user_if_json(out: &mut Output, user: &User) -> Result<()> {
    if out.is_json() {
        out.json(user)
    } else {
        Ok(())
    }
}

/// `user disable` and `user enable`: one transaction for every name.
fn set_enabled(names: &[String], enabled: bool, session: &Session, out: &mut Output) -> Result<()> {
    let names = crate::ui::read_names(names)?;
    let mut store = session.open(out)?;
    let done = crate::ops::user::set_enabled(&mut store, &session.ctx, &names, enabled)?;
    let changed: Vec<&str> = done.changed.iter().map(|u| u.username.as_str()).collect();
    let verb = if enabled { "enabled" } else { "disabled" };
    out.changes(
        &capitalised(verb),
        &changed,
        &format!("Already {verb}"),
        &done.unchanged,
    );
    out.side_effects(&done.side_effects);
    // Names in both lists, as `account disable|enable` and `strategy
    // detach` print them, so one `jq '.changed[]'` serves them all.
    if out.is_json() {
        return out.json(&serde_json::json!({
            "changed": changed,
            "unchanged": done.unchanged,
            "side_effects": done.side_effects,
        }));
    }
    Ok(())
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn sample(text: &str) -> User {
        let t = |s: i64| chrono::Utc.timestamp_opt(s, 0).single().unwrap_or_default();
        User {
            username: "a.b@c".into(),
            profile: crate::model::Profile {
                email: Some(text.into()),
                first_name: Some("Zoë \u{1F600}".into()),
                last_name: None,
                phone: Some("+1 (555) 0100".into()),
            },
            roles: vec!["operator".into(), "viewer".into()],
            active_role: Some("operator".into()),
            enabled: false,
            locked_until: Some(t(1_900_000_000)),
            expires_at: None,
            allowed_ips: vec!["10.0.0.0/8".into(), "2001:db8::/32".into()],
            notify: true,
            credit_limit: Some(-0),
            account: Some("root".into()),
            created_at: t(0),
            updated_at: t(253_402_300_799),
            last_login_at: None,
        }
    }

    /// The CSV columns are the keys of a user's JSON, in the same order,
    /// so a field added to the model cannot be left out of one of them.
    #[test]
    fn csv_headers_are_the_json_keys_in_order() {
        let mut json = Vec::new();
        write_user_json(&sample("plain@x.example"), &mut json);
        let json = String::from_utf8_lossy(&json);
        let object: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&json).unwrap_or_default();
        let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
        let mut headers = CSV_HEADERS.to_vec();
        keys.sort_unstable();
        headers.sort_unstable();
        assert_eq!(keys, headers);
        let at: Vec<usize> = CSV_HEADERS
            .iter()
            .map(|h| json.find(&format!("\"{h}\":")).unwrap_or(usize::MAX))
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{json}");
        assert_eq!(sample("x").csv().len(), CSV_HEADERS.len());
    }

    #[test]
    fn the_fast_user_json_is_byte_for_byte_serdes() {
        for text in [
            "plain@x.example",
            "quote\"back\\slash",
            "ctl\u{1}\n\t",
            "del\u{7f}",
            "é\u{202e}",
        ] {
            let user = sample(text);
            let mut fast = Vec::new();
            write_user_json(&user, &mut fast);
            let slow = serde_json::to_vec(&user).unwrap_or_default();
            assert_eq!(
                String::from_utf8_lossy(&fast),
                String::from_utf8_lossy(&slow)
            );
        }
    }
}
