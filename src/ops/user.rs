//! Users: creation, profile changes, passwords, enabling, deletion, logins.
//!
//! Every change runs in one write transaction with its audit event, and
//! every change that could remove an admin is checked against the
//! last-admin rule inside that same transaction.

use secrecy::ExposeSecret;
use std::net::IpAddr;

use chrono::{DateTime, Utc};
use ipnet::IpNet;
use rusqlite::Connection;
use serde_json::{json, Map, Value};

use super::fields::{check_credit_limit, check_phone, check_text, parse_network};
use super::lookup::{account_id, no_user, role_id, user as load, user_id};
use super::notify::{self, Recipient};
use super::settings::Settings;
use super::{record, AdminGuard, Ctx};
use crate::error::{Error, Result};
use crate::model::{Decision, Event, ExportedUser, User, UserStats};
use crate::names::{validate, validate_email, NameKind};
use crate::password::{self, Secret};
use crate::policy::Unusable;
use crate::store::events::EventFilter;
use crate::store::users::{self as sql, UserFilter};
use crate::store::{self, credits, Commit, Store};

fn ip_allowed(networks: &[String], ip: IpAddr) -> bool {
    networks.is_empty()
        || networks
            .iter()
            .filter_map(|n| n.parse::<IpNet>().ok())
            .any(|n| n.contains(&ip))
}

// ---- add ----

/// Everything `user add` may set.
#[derive(Debug, Clone, Default)]
pub struct NewUser {
    pub username: String,
    pub email: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub phone: Option<String>,
    pub roles: Vec<String>,
    pub account: Option<String>,
    pub allowed_ips: Vec<String>,
    pub expires_at: Option<DateTime<Utc>>,
    pub credit_limit: Option<i64>,
    pub notify: bool,
    pub welcome: bool,
}

impl NewUser {
    /// Checks every field before anything is asked or written.
    pub fn validate(&self, now: DateTime<Utc>) -> Result<()> {
        validate(NameKind::User, &self.username)?;
        if let Some(email) = &self.email {
            validate_email(email)?;
        }
        for (field, value) in [
            ("first name", &self.first_name),
            ("last name", &self.last_name),
        ] {
            if let Some(v) = value {
                check_text(field, v, 100)?;
            }
        }
        if let Some(phone) = &self.phone {
            check_phone(phone)?;
        }
        for role in &self.roles {
            validate(NameKind::Role, role)?;
        }
        if let Some(account) = &self.account {
            validate(NameKind::Account, account)?;
        }
        for ip in &self.allowed_ips {
            parse_network(ip)?;
        }
        if let Some(expires) = self.expires_at {
            if expires <= now {
                return Err(Error::usage(format!(
                    "the expiry {} is not in the future",
                    crate::time::rfc3339(expires)
                ))
                .with_hint("give a later time, or leave --expires out"));
            }
        }
        if let Some(limit) = self.credit_limit {
            check_credit_limit(limit)?;
        }
        if self.welcome && self.email.is_none() {
            return Err(
                Error::usage("--welcome needs an e-mail address").with_hint("add --email ADDRESS")
            );
        }
        Ok(())
    }
}

/// The user, if one by that name exists.
pub fn find(store: &mut Store, ctx: &Ctx, name: &str) -> Result<Option<User>> {
    store.read(|tx| sql::get(tx, name, ctx.now_unix()))
}

pub fn exists_error(name: &str) -> Error {
    Error::conflict(format!("user \"{}\" already exists", name))
        .with_hint("use `warden user edit` to change it, or --if-not-exists to accept it as it is")
}

/// The settings in force (the password policy and hash cost).
pub fn settings(store: &mut Store) -> Result<Settings> {
    store.read(|tx| Settings::load(tx))
}

/// Checks a new password against the policy in force.
pub fn check_password(
    settings: &Settings,
    username: &str,
    email: Option<&str>,
    secret: &str,
) -> Result<()> {
    let inputs: Vec<&str> = [Some(username), email].into_iter().flatten().collect();
    password::check_user_policy(
        secret,
        settings.password_min_length,
        settings.password_min_score,
        &inputs,
    )
}

/// Creates a user. `secret` is `None` for a user who cannot log in until
/// `user passwd`.
pub fn add(store: &mut Store, ctx: &Ctx, req: &NewUser, secret: Option<&Secret>) -> Result<User> {
    req.validate(ctx.now)?;
    let settings = settings(store)?;
    let hash = match secret {
        Some(secret) => {
            check_password(
                &settings,
                &req.username,
                req.email.as_deref(),
                secret.expose_secret(),
            )?;
            Some(password::hash(secret.expose_secret(), settings.hash)?)
        }
        None => None,
    };
    let networks: Vec<String> = req
        .allowed_ips
        .iter()
        .map(|n| parse_network(n).map(|n| n.to_string()))
        .collect::<Result<_>>()?;
    let now = ctx.now_unix();
    store.write(|tx| {
        if sql::id_by_name(tx, &req.username)?.is_some() {
            return Err(exists_error(&req.username));
        }
        let account = req.account.as_deref().map(|a| account_id(tx, a)).transpose()?;
        let role_ids: Vec<i64> = req.roles.iter().map(|r| role_id(tx, r)).collect::<Result<_>>()?;
        let id = sql::insert(
            tx,
            &sql::NewUser {
                username: &req.username,
                email: req.email.as_deref(),
                password_hash: hash.as_deref(),
                account_id: account,
                now,
            },
        )?;
        for (column, value) in [("first_name", &req.first_name), ("last_name", &req.last_name), ("phone", &req.phone)] {
            if value.is_some() {
                sql::set_column(tx, id, column, value, now)?;
            }
        }
        sql::set_column(tx, id, "expires_at", &req.expires_at.map(|t| t.timestamp()), now)?;
        sql::set_column(tx, id, "credit_limit", &req.credit_limit, now)?;
        sql::set_column(tx, id, "notify", &req.notify, now)?;
        let mut assigned = Vec::new();
        for (index, role) in role_ids.iter().enumerate() {
            if !assigned.contains(role) {
                sql::assign_role(tx, id, *role, index == 0, now)?;
                assigned.push(*role);
            }
        }
        for network in &networks {
            sql::add_network(tx, id, network)?;
        }
        let user = load(tx, &req.username, now)?;
        let details = created_details(
            &user.roles,
            hash.is_some(),
            user.account.as_deref(),
            &user.allowed_ips,
            user.expires_at,
        );
        record(tx, ctx, "user.create", &req.username, details)?;
        if req.welcome {
            let to = Recipient { user_id: id, username: &req.username, email: req.email.as_deref(), notify: req.notify };
            let body = format!(
                "Hello {},\n\nan account with the user name \"{}\" was created for you on the backup service.\n{}\n",
                req.first_name.as_deref().unwrap_or(&req.username),
                req.username,
                if hash.is_some() {
                    "Your administrator will tell you how to sign in."
                } else {
                    "Your administrator will set a password for it before you can sign in."
                }
            );
            let mail = notify::Mail { kind: "welcome", subject: "Welcome to the backup service", body: &body, times: &[], window: None };
            notify::queue(tx, ctx, &to, &mail)?;
        }
        Ok(user)
    })
}

/// The details of a `user.create` event: what the new user holds.
pub(crate) fn created_details(
    roles: &[String],
    password: bool,
    account: Option<&str>,
    allowed_ips: &[String],
    expires_at: Option<DateTime<Utc>>,
) -> Value {
    let mut details = json!({ "roles": roles, "password": password });
    if let Some(account) = account {
        details["account"] = json!(account);
    }
    if !allowed_ips.is_empty() {
        details["allowed_ips"] = json!(allowed_ips);
    }
    if let Some(expires) = expires_at {
        details["expires_at"] = json!(crate::time::rfc3339(expires));
    }
    details
}

// ---- read ----

pub fn show(store: &mut Store, ctx: &Ctx, name: &str) -> Result<User> {
    validate(NameKind::User, name)?;
    // One statement is one snapshot: no explicit transaction needed.
    load(store.conn(), name, ctx.now_unix())
}

/// Which users to list, by name.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub role: Option<String>,
    pub enabled: Option<bool>,
    pub account: Option<String>,
    /// Only users whose lockout after failed logins is still running.
    pub locked: bool,
    /// Only users whose expiry has passed.
    pub expired: bool,
    /// Only users who expire after now and no later than this from now.
    pub expiring: Option<std::time::Duration>,
}

/// Streams the matching users in name order to `each`.
pub fn for_each(
    store: &mut Store,
    ctx: &Ctx,
    filter: &ListFilter,
    each: impl FnMut(User) -> Result<()>,
) -> Result<()> {
    let now = ctx.now_unix();
    store.read(|tx| sql::for_each(tx, &resolve(tx, filter, now)?, now, each))
}

/// A list filter with its names checked and looked up.
fn resolve(tx: &Connection, filter: &ListFilter, now: i64) -> Result<UserFilter> {
    if let Some(role) = &filter.role {
        validate(NameKind::Role, role)?;
    }
    if let Some(account) = &filter.account {
        validate(NameKind::Account, account)?;
    }
    Ok(UserFilter {
        role_id: filter.role.as_deref().map(|r| role_id(tx, r)).transpose()?,
        enabled: filter.enabled,
        account_id: filter
            .account
            .as_deref()
            .map(|a| account_id(tx, a))
            .transpose()?,
        locked_at: filter.locked.then_some(now),
        expires_after: filter.expiring.map(|_| now),
        expires_by: match (filter.expired, filter.expiring) {
            (true, _) => Some(now),
            (false, Some(within)) => {
                Some(now.saturating_add(i64::try_from(within.as_secs()).unwrap_or(i64::MAX)))
            }
            (false, None) => None,
        },
    })
}

/// `user export`: every user matching `filter`, in name order, as the
/// fields of an import, with their password hashes only when
/// `include_hashes`. Streams in one read transaction: a consistent
/// snapshot, whatever others write meanwhile.
pub fn export(
    store: &mut Store,
    ctx: &Ctx,
    filter: &ListFilter,
    include_hashes: bool,
    mut each: impl FnMut(ExportedUser) -> Result<()>,
) -> Result<()> {
    let now = ctx.now_unix();
    if include_hashes {
        // Every password hash leaves the database: that is recorded, and
        // recorded first, so an export cut short is on the record too.
        store.write(|tx| {
            let mut details = json!({ "include_hashes": true });
            if let Some(role) = &filter.role {
                details["role"] = json!(role);
            }
            if let Some(enabled) = filter.enabled {
                details["enabled"] = json!(enabled);
            }
            if let Some(account) = &filter.account {
                details["account"] = json!(account);
            }
            resolve(tx, filter, now)?;
            record(tx, ctx, "user.export", "", details)
        })?;
    }
    store.read(|tx| {
        let hashes = if include_hashes {
            sql::hashes(tx)?
        } else {
            Vec::new()
        };
        let mut hashes = hashes.into_iter().peekable();
        sql::for_each(tx, &resolve(tx, filter, now)?, now, |u| {
            // Both lists are in name order: walk them in step.
            while hashes
                .next_if(|(name, _)| name.as_str() < u.username.as_str())
                .is_some()
            {}
            let password_hash = hashes
                .next_if(|(name, _)| *name == u.username)
                .map(|(_, h)| h);
            each(ExportedUser {
                username: u.username,
                email: u.email,
                first_name: u.first_name,
                last_name: u.last_name,
                phone: u.phone,
                roles: u.roles,
                active_role: u.active_role,
                account: u.account,
                enabled: u.enabled,
                notify: u.notify,
                password_hash,
                allowed_ips: u.allowed_ips,
                expires: u.expires_at,
                credit_limit: u.credit_limit,
            })
        })
    })
}

/// A user's history: events about the user or by the user, newest first.
/// A deleted user's history can still be read; an unknown name with no
/// history is "not found".
/// Which part of a history to show: `[since, until)`, at most `limit`.
#[derive(Debug, Clone, Default)]
pub struct EventRange {
    pub since: Option<i64>,
    pub until: Option<i64>,
    pub limit: Option<u64>,
}

/// A user's history, newest first: events about them, by them, and, for a
/// stand-in, the backup-user events that name them.
pub fn events(
    store: &mut Store,
    name: &str,
    range: &EventRange,
    mut each: impl FnMut(Event) -> Result<()>,
) -> Result<()> {
    validate(NameKind::User, name)?;
    store.read(|tx| {
        let known = sql::id_by_name(tx, name)?.is_some();
        let filter = EventFilter {
            since: range.since,
            until: range.until,
            subject: Some(name.to_string()),
            limit: range.limit,
            ..Default::default()
        };
        let mut seen = false;
        store::events::for_each(tx, &filter, |event| {
            seen = true;
            each(event)
        })?;
        if !known && !seen {
            return Err(no_user(name));
        }
        Ok(())
    })
}

// ---- edit ----

/// What `user edit` changes; `None` leaves a field alone and `Some(None)`
/// clears it.
#[derive(Debug, Clone, Default)]
pub struct UserEdit {
    pub email: Option<Option<String>>,
    pub first_name: Option<Option<String>>,
    pub last_name: Option<Option<String>>,
    pub phone: Option<Option<String>>,
    pub account: Option<Option<String>>,
    pub add_ips: Vec<String>,
    pub remove_ips: Vec<String>,
    pub clear_ips: bool,
    pub expires_at: Option<Option<DateTime<Utc>>>,
    pub credit_limit: Option<Option<i64>>,
    pub notify: Option<bool>,
}

impl UserEdit {
    fn is_empty(&self) -> bool {
        self.email.is_none()
            && self.first_name.is_none()
            && self.last_name.is_none()
            && self.phone.is_none()
            && self.account.is_none()
            && self.add_ips.is_empty()
            && self.remove_ips.is_empty()
            && !self.clear_ips
            && self.expires_at.is_none()
            && self.credit_limit.is_none()
            && self.notify.is_none()
    }

    fn validate(&self) -> Result<()> {
        if self.is_empty() {
            return Err(Error::usage("nothing to change")
                .with_hint("`warden user edit --help` lists what can be changed"));
        }
        if let Some(Some(email)) = &self.email {
            validate_email(email)?;
        }
        for (field, value) in [
            ("first name", &self.first_name),
            ("last name", &self.last_name),
        ] {
            if let Some(Some(v)) = value {
                check_text(field, v, 100)?;
            }
        }
        if let Some(Some(phone)) = &self.phone {
            check_phone(phone)?;
        }
        if let Some(Some(account)) = &self.account {
            validate(NameKind::Account, account)?;
        }
        for ip in self.add_ips.iter().chain(&self.remove_ips) {
            parse_network(ip)?;
        }
        if let Some(Some(limit)) = self.credit_limit {
            check_credit_limit(limit)?;
        }
        Ok(())
    }
}

/// Applies an edit; returns the user and whether anything changed.
pub fn edit(store: &mut Store, ctx: &Ctx, name: &str, change: &UserEdit) -> Result<(User, bool)> {
    validate(NameKind::User, name)?;
    change.validate()?;
    let now = ctx.now_unix();
    store.write(|tx| {
        let before = load(tx, name, now)?;
        let id = user_id(tx, name)?;
        let guard = AdminGuard::new(tx, now)?;
        let mut changes = Map::new();
        change_profile(tx, id, &before, change, now, &mut changes)?;
        guard.check(tx, now, &format!("expiring \"{name}\""))?;
        let changed = !changes.is_empty();
        if changed {
            record(tx, ctx, "user.update", name, Value::Object(changes))?;
        }
        Ok((load(tx, name, now)?, changed))
    })
}

/// Applies the profile part of an edit to user `id`, whose state was
/// `before`, recording each field that really changed in `changes` as
/// `{"from": .., "to": ..}`. Shared by `user edit` and `user import`.
pub(crate) fn change_profile(
    tx: &Connection,
    id: i64,
    before: &User,
    change: &UserEdit,
    now: i64,
    changes: &mut Map<String, Value>,
) -> Result<()> {
    let mut text =
        |column: &str, new: &Option<Option<String>>, old: &Option<String>| -> Result<()> {
            if let Some(new) = new {
                if new != old {
                    sql::set_column(tx, id, column, new, now)?;
                    changes.insert(column.to_string(), json!({ "from": old, "to": new }));
                }
            }
            Ok(())
        };
    text("email", &change.email, &before.email)?;
    text("first_name", &change.first_name, &before.first_name)?;
    text("last_name", &change.last_name, &before.last_name)?;
    text("phone", &change.phone, &before.phone)?;
    if let Some(account) = &change.account {
        if *account != before.account {
            let new_id = account.as_deref().map(|a| account_id(tx, a)).transpose()?;
            sql::set_column(tx, id, "account_id", &new_id, now)?;
            changes.insert(
                "account".into(),
                json!({ "from": before.account, "to": account }),
            );
        }
    }
    if change.clear_ips || !change.add_ips.is_empty() || !change.remove_ips.is_empty() {
        if change.clear_ips {
            sql::clear_networks(tx, id)?;
        }
        for ip in &change.remove_ips {
            let net = parse_network(ip)?.to_string();
            if !sql::remove_network(tx, id, &net)? && !change.clear_ips {
                return Err(Error::not_found(format!(
                    "user \"{}\" has no allowed network {net}",
                    before.username
                ))
                .with_hint("`warden user show` lists the allowed networks; nothing was changed"));
            }
        }
        for ip in &change.add_ips {
            sql::add_network(tx, id, &parse_network(ip)?.to_string())?;
        }
        let after = sql::networks(tx, id)?;
        if after != before.allowed_ips {
            changes.insert(
                "allowed_ips".into(),
                json!({ "from": before.allowed_ips, "to": after }),
            );
        }
    }
    if let Some(expires) = change.expires_at {
        if expires != before.expires_at {
            sql::set_column(tx, id, "expires_at", &expires.map(|t| t.timestamp()), now)?;
            let shown = |t: Option<DateTime<Utc>>| t.map(crate::time::rfc3339);
            changes.insert(
                "expires_at".into(),
                json!({ "from": shown(before.expires_at), "to": shown(expires) }),
            );
        }
    }
    if let Some(limit) = change.credit_limit {
        if limit != before.credit_limit {
            sql::set_column(tx, id, "credit_limit", &limit, now)?;
            changes.insert(
                "credit_limit".into(),
                json!({ "from": before.credit_limit, "to": limit }),
            );
        }
    }
    if let Some(notify) = change.notify {
        if notify != before.notify {
            sql::set_column(tx, id, "notify", &notify, now)?;
            changes.insert(
                "notify".into(),
                json!({ "from": before.notify, "to": notify }),
            );
        }
    }
    Ok(())
}

// ---- passwords, locks, states ----

/// Sets a new password (the policy in force applies) and clears a lockout.
pub fn passwd(store: &mut Store, ctx: &Ctx, name: &str, secret: &Secret) -> Result<User> {
    validate(NameKind::User, name)?;
    let settings = settings(store)?;
    let email = store.read(|tx| load(tx, name, ctx.now_unix()))?.email;
    check_password(&settings, name, email.as_deref(), secret.expose_secret())?;
    let hash = password::hash(secret.expose_secret(), settings.hash)?;
    let now = ctx.now_unix();
    store.write(|tx| {
        let creds = sql::credentials(tx, name)?.ok_or_else(|| no_user(name))?;
        sql::set_password(tx, creds.id, Some(&hash), now)?;
        record(
            tx,
            ctx,
            "user.passwd",
            name,
            json!({ "lockout_cleared": creds.locked_until.is_some_and(|t| t > now) }),
        )?;
        let to = Recipient {
            user_id: creds.id,
            username: name,
            email: creds.email.as_deref(),
            notify: creds.notify,
        };
        let body = format!(
            "The password of the user \"{name}\" on the backup service was reset by {} at {}.\n\
             If you did not expect this, contact your administrator.\n",
            ctx.actor,
            crate::time::mail_time(ctx.now)
        );
        let mail = notify::Mail {
            kind: "password_reset",
            subject: "Your password was reset",
            body: &body,
            times: &[("Reset-At", now)],
            window: None,
        };
        notify::queue(tx, ctx, &to, &mail)?;
        load(tx, name, now)
    })
}

/// Clears a lockout; returns the user and whether one was in force.
pub fn unlock(store: &mut Store, ctx: &Ctx, name: &str) -> Result<(User, bool)> {
    validate(NameKind::User, name)?;
    let now = ctx.now_unix();
    store.write(|tx| {
        let creds = sql::credentials(tx, name)?.ok_or_else(|| no_user(name))?;
        let locked = creds.locked_until.is_some_and(|t| t > now);
        if locked || creds.failed_logins > 0 {
            sql::unlock(tx, creds.id, now)?;
        }
        if locked {
            record(tx, ctx, "user.unlock", name, json!({}))?;
        }
        Ok((load(tx, name, now)?, locked))
    })
}

/// Enables or disables several users at once, all or nothing. Already in
/// the wanted state is success. Returns (changed, already so).
pub fn set_enabled(
    store: &mut Store,
    ctx: &Ctx,
    names: &[String],
    enabled: bool,
) -> Result<(Vec<User>, Vec<String>)> {
    for name in names {
        validate(NameKind::User, name)?;
    }
    let now = ctx.now_unix();
    store.write(|tx| {
        let guard = AdminGuard::new(tx, now)?;
        let (mut changed, mut unchanged) = (Vec::new(), Vec::new());
        for name in names {
            let creds = sql::credentials(tx, name)?.ok_or_else(|| no_user(name))?;
            if creds.enabled == enabled {
                if !unchanged.contains(name) && !changed.iter().any(|u: &User| u.username == *name)
                {
                    unchanged.push(name.clone());
                }
                continue;
            }
            sql::set_column(tx, creds.id, "enabled", &enabled, now)?;
            if !enabled {
                super::backup_user::end_for_user(tx, ctx, creds.id, name, false)?;
            }
            record(
                tx,
                ctx,
                if enabled {
                    "user.enable"
                } else {
                    "user.disable"
                },
                name,
                json!({}),
            )?;
            changed.push(load(tx, name, now)?);
        }
        if !enabled {
            let names: Vec<_> = changed
                .iter()
                .map(|u| format!("\"{}\"", u.username))
                .collect();
            guard.check(tx, now, &format!("disabling {}", names.join(", ")))?;
        }
        Ok((changed, unchanged))
    })
}

/// What happens to the accounts of a user being deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnedAccounts {
    /// Refuse when the user owns any (the default).
    Refuse,
    /// Give them to this user, each move audited.
    TransferTo(String),
    /// Disable and queue each for deletion, with the accounts below it.
    Delete,
}

/// What deleting a user did to the accounts it owned.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Deleted {
    /// With [`OwnedAccounts::Delete`]: every account queued for deletion
    /// (the owned ones and the accounts below them).
    pub queued_accounts: Vec<String>,
    /// When the queued accounts' grace period ends.
    pub purge_after: Option<DateTime<Utc>>,
}

/// Deletes a user. One who owns accounts is deleted only when `owned` says
/// what becomes of them. With `rehearse`, every rule is checked and
/// nothing is changed; the report says what would be done.
pub fn delete(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    owned: &OwnedAccounts,
    rehearse: bool,
) -> Result<Deleted> {
    validate(NameKind::User, name)?;
    if let OwnedAccounts::TransferTo(to) = owned {
        validate(NameKind::User, to)?;
        if to == name {
            return Err(Error::usage("--transfer-to names the user being deleted")
                .with_hint("give another user"));
        }
    }
    store.transaction(Commit::unless(rehearse), |tx| {
        delete_in(tx, ctx, name, owned)
    })
}

/// [`delete`] inside the caller's write transaction.
pub(crate) fn delete_in(
    tx: &Connection,
    ctx: &Ctx,
    name: &str,
    owned: &OwnedAccounts,
) -> Result<Deleted> {
    let now = ctx.now_unix();
    let id = user_id(tx, name)?;
    let mut report = Deleted::default();
    let guard = AdminGuard::new(tx, now)?;
    let accounts = sql::owned_accounts(tx, id)?;
    let mut details = json!({});
    if !accounts.is_empty() {
        match owned {
            OwnedAccounts::Refuse => {
                let shown: Vec<_> = accounts.iter().take(10).map(String::as_str).collect();
                return Err(Error::refused(format!(
                    "user \"{name}\" owns {} account{}: {}{}",
                    accounts.len(),
                    if accounts.len() == 1 { "" } else { "s" },
                    shown.join(", "),
                    if accounts.len() > 10 { ", ..." } else { "" }
                ))
                .with_hint("pass --transfer-to USER to give them away, or --delete-owned to queue them for deletion; nothing was changed"));
            }
            OwnedAccounts::TransferTo(to) => {
                let target = user_id(tx, to)?;
                sql::transfer_accounts(tx, id, target, now)?;
                for account in &accounts {
                    record(
                        tx,
                        ctx,
                        "account.transfer",
                        account,
                        json!({ "from": name, "to": to }),
                    )?;
                }
                details = json!({ "transferred_accounts": accounts, "to": to });
            }
            OwnedAccounts::Delete => {
                let (queued, purge_after) = super::account::queue_owned(tx, ctx, &accounts)?;
                // Their owner is going: a restored account has none.
                sql::disown_accounts(tx, id, now)?;
                details = json!({ "queued_accounts": queued });
                report = Deleted {
                    queued_accounts: queued,
                    purge_after: Some(crate::time::from_unix(purge_after)?),
                };
            }
        }
    }
    super::backup_user::end_for_user(tx, ctx, id, name, true)?;
    sql::delete(tx, id)?;
    guard.check(tx, now, &format!("deleting \"{name}\""))?;
    record(tx, ctx, "user.delete", name, details)?;
    Ok(report)
}

// ---- logins ----

/// The message for both an unknown user and a wrong password: they must
/// be indistinguishable.
const BAD_LOGIN: &str = "invalid user name or password";

fn denied(user: &str, reason: impl Into<String>) -> Decision {
    Decision {
        allowed: false,
        reason: reason.into(),
        user: user.to_string(),
        acting_for: None,
        permission: None,
        account: None,
    }
}

/// Why a login is refused before (or regardless of) the password: the
/// user is disabled, locked, expired, or the address is not allowed.
/// Returns the audit code and the reason shown.
fn login_refusal(
    creds: &sql::Credentials,
    networks: &[String],
    ip: Option<IpAddr>,
    now: i64,
) -> Result<Option<(&'static str, String)>> {
    let unusable = Unusable::of(creds.enabled, creds.expires_at, now);
    Ok(if let Some(Unusable::Disabled) = unusable {
        Some(("disabled", Unusable::Disabled.reason()?))
    } else if let Some(until) = creds.locked_until.filter(|&t| t > now) {
        Some((
            "locked",
            format!(
                "user is locked until {}",
                crate::time::rfc3339(crate::time::from_unix(until)?)
            ),
        ))
    } else if let Some(expired) = unusable {
        Some(("expired", expired.reason()?))
    } else {
        match ip {
            Some(ip) if !ip_allowed(networks, ip) => Some((
                "address not allowed",
                format!("logins from {ip} are not allowed for this user"),
            )),
            // Fail closed: a list of networks is a promise that logins
            // come only from there, which an unknown address cannot keep.
            None if !networks.is_empty() => Some((
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
fn shown_networks(networks: &[String]) -> String {
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

/// Checks a login: password, enabled, not expired, not locked, address
/// inside the allowed networks. Every attempt is audited; failures count
/// toward the lockout.
pub fn verify(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    secret: &str,
    ip: Option<IpAddr>,
    acting_for: Option<&str>,
) -> Result<Decision> {
    if let Some(delegator) = acting_for {
        validate(NameKind::User, delegator)?;
    }
    let now = ctx.now_unix();
    let shown_ip = ip.map(|i| i.to_string());
    let (settings, creds, networks) = store.read(|tx| {
        let creds = sql::credentials(tx, name)?;
        let networks = match &creds {
            Some(c) => sql::networks(tx, c.id)?,
            None => Vec::new(),
        };
        Ok((Settings::load(tx)?, creds, networks))
    })?;
    let audit_failure = |store: &mut Store, reason: &str| {
        store.write(|tx| {
            record(
                tx,
                ctx,
                "user.login_failed",
                name,
                json!({ "reason": reason, "ip": shown_ip }),
            )
        })
    };
    let Some(creds) = creds else {
        password::dummy_verify(secret, settings.hash);
        audit_failure(store, "unknown user")?;
        return Ok(denied(name, BAD_LOGIN));
    };
    // Refusals that need no password check, and cost no argon2 work.
    if let Some((code, reason)) = login_refusal(&creds, &networks, ip, now)? {
        audit_failure(store, code)?;
        return Ok(denied(name, reason));
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
        store.write(|tx| {
            let failures = sql::record_failure(tx, creds.id)?;
            let mut details = json!({ "reason": "wrong password", "ip": shown_ip, "failures": failures });
            if failures >= i64::from(settings.lockout_threshold) {
                let until = now + settings.lockout_duration.as_secs() as i64;
                sql::lock(tx, creds.id, until)?;
                details["locked_until"] = json!(crate::time::rfc3339(crate::time::from_unix(until)?));
                let to = Recipient { user_id: creds.id, username: name, email: creds.email.as_deref(), notify: creds.notify };
                let body = format!(
                    "The user \"{name}\" on the backup service was locked after {failures} failed logins, until {}.\n\
                     If these attempts were not yours, tell your administrator.\n",
                    crate::time::mail_time(crate::time::from_unix(until)?)
                );
                let mail = notify::Mail { kind: "lockout", subject: "Your account was locked", body: &body, times: &[("Locked-Until", until)], window: None };
                notify::queue(tx, ctx, &to, &mail)?;
            }
            record(tx, ctx, "user.login_failed", name, details)
        })?;
        return Ok(denied(name, BAD_LOGIN));
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
            _ => Some(("changed during the check", BAD_LOGIN.to_string())),
        };
        if let Some((code, reason)) = refusal {
            record(tx, ctx, "user.login_failed", name, json!({ "reason": code, "ip": shown_ip }))?;
            return Ok(Err(reason));
        }
        // Acting for someone else: the password was right, and now the
        // window decides. A refusal here is audited but is not a failed
        // password.
        let window = match acting_for {
            Some(delegator) => match crate::policy::active_window(tx, now, name, delegator)? {
                Ok(active) => Some(active.describe()?),
                Err(why) => {
                    record(
                        tx,
                        ctx,
                        "user.login_failed",
                        name,
                        json!({ "reason": "no active backup-user window", "acting_for": acting_for, "ip": shown_ip }),
                    )?;
                    return Ok(Err(why));
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
        Ok(window) => window,
        Err(why) => {
            return Ok(Decision {
                acting_for: acting_for.map(str::to_string),
                ..denied(name, why)
            })
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
        ..denied(name, "")
    })
}

/// `user can`: the permission decision for one user, read-only.
pub fn can(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    permission: &str,
    account: Option<&str>,
    acting_for: Option<&str>,
) -> Result<Decision> {
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
        None => store.read(|tx| crate::policy::decide(tx, now, name, permission, account)),
    }
}

// ---- credits ----

fn stats_of(conn: &Connection, name: &str, now: i64) -> Result<UserStats> {
    let user = load(conn, name, now)?;
    let id = user_id(conn, name)?;
    let spent = credits::spent(conn, id)?;
    let balance = match &user.account {
        Some(a) => Some(credits::balance(conn, a)?.credits),
        None => None,
    };
    let by_limit = user.credit_limit.map(|l| (l - spent).max(0));
    let available = match (by_limit, balance) {
        (Some(l), Some(b)) => Some(l.min(b)),
        (l, b) => l.or(b),
    };
    Ok(UserStats {
        username: user.username,
        roles: user.roles,
        active_role: user.active_role,
        credit_limit: user.credit_limit,
        created_at: user.created_at,
        account: user.account,
        account_credits: balance,
        credits_spent: spent,
        credits_available: available,
    })
}

/// `user stats`: roles, credit limit, created, credits spent and available.
pub fn stats(store: &mut Store, ctx: &Ctx, name: &str) -> Result<UserStats> {
    validate(NameKind::User, name)?;
    store.read(|tx| stats_of(tx, name, ctx.now_unix()))
}

/// Spends credits for a user: debits the account (default: the user's home
/// account). Needs `credits.spend`; refused (exit 5, nothing changed) when
/// the user's credit limit or the account's balance would be exceeded.
pub fn charge(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    amount: i64,
    reason: &str,
    account: Option<&str>,
) -> Result<UserStats> {
    validate(NameKind::User, name)?;
    if amount <= 0 {
        return Err(Error::usage(format!(
            "the amount must be a whole number above 0, not {amount}"
        )));
    }
    if reason.trim().is_empty() {
        return Err(
            Error::usage("--reason cannot be empty").with_hint("say what the credits pay for")
        );
    }
    check_text("reason", reason, 200)?;
    if let Some(a) = account {
        validate(NameKind::Account, a)?;
    }
    let now = ctx.now_unix();
    store.write(|tx| {
        let user = load(tx, name, now)?;
        let account_name = match account.map(str::to_string).or(user.account.clone()) {
            Some(a) => a,
            None => {
                return Err(Error::usage(format!("user \"{name}\" has no home account to charge"))
                    .with_hint("name one with --account"))
            }
        };
        let decision = crate::policy::decide(tx, now, name, "credits.spend", Some(&account_name))?;
        if !decision.allowed {
            return Err(Error::refused(format!("\"{name}\" may not spend credits: {}", decision.reason)));
        }
        let credits::Balance {
            account_id,
            credits: balance,
        } = credits::balance(tx, &account_name)?;
        // Disabling an account stops what it does, spending included.
        if let Some(blocked) = crate::policy::Blocked::of(tx, account_id)? {
            let by = &blocked.by;
            let hint = if blocked.queued {
                format!("restore it first (`warden account restore {by}`); nothing was changed")
            } else {
                format!("enable it first (`warden account enable {by}`); nothing was changed")
            };
            return Err(Error::refused(format!(
                "cannot charge {}: it {}",
                blocked.which(&account_name, "\""),
                blocked.state()
            ))
            .with_hint(hint));
        }
        let id = user_id(tx, name)?;
        let already = credits::spent(tx, id)?;
        // Checked: an amount near i64::MAX must not wrap past the limit.
        let total = already.checked_add(amount);
        if let Some(limit) = user.credit_limit {
            if total.is_none_or(|t| t > limit) {
                return Err(Error::refused(format!(
                    "charging {amount} would exceed the credit limit of \"{name}\": {already} of {limit} spent"
                ))
                .with_hint("raise it with `warden user edit --credit-limit`; nothing was changed"));
            }
        }
        if total.is_none() {
            return Err(Error::refused(format!(
                "charging {amount} would take the credits spent by \"{name}\" past {}, the most warden can count",
                i64::MAX
            ))
            .with_hint("nothing was changed"));
        }
        if balance < amount {
            return Err(Error::refused(format!("account \"{account_name}\" holds {balance} credits, fewer than {amount}"))
                .with_hint("add some with `warden account credits --add`; nothing was changed"));
        }
        credits::charge(
            tx,
            &credits::Charge {
                user_id: id,
                account_id,
                amount,
                reason,
                at: now,
            },
        )?;
        super::record_cost(tx, ctx, "user.charge", name, json!({ "account": account_name, "reason": reason }), Some(amount))?;
        stats_of(tx, name, now)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::fields::parse_address;

    // ---- the last-admin rule ----

    use crate::error::Kind;
    use crate::ops::testing::{add_account, add_user, initialised, refused};

    fn expires_in_a_day(ctx: &Ctx) -> UserEdit {
        UserEdit {
            expires_at: Some(Some(ctx.now + chrono::Duration::days(1))),
            ..UserEdit::default()
        }
    }

    #[test]
    fn the_last_admin_cannot_be_disabled() {
        let (mut store, ctx) = initialised();
        let err = refused(&mut store, Kind::Refused, |s| {
            set_enabled(s, &ctx, &["admin".into()], false)
        });
        assert!(
            err.message
                .contains("disabling \"admin\" would leave no enabled"),
            "{err:?}"
        );
    }

    #[test]
    fn the_last_admin_cannot_be_deleted_nor_rehearse_it() {
        let (mut store, ctx) = initialised();
        for rehearse in [false, true] {
            let err = refused(&mut store, Kind::Refused, |s| {
                delete(s, &ctx, "admin", &OwnedAccounts::Refuse, rehearse)
            });
            assert!(
                err.message
                    .contains("deleting \"admin\" would leave no enabled"),
                "{err:?}"
            );
        }
    }

    #[test]
    fn admins_who_all_expire_do_not_count_as_the_last_admin() {
        let (mut store, ctx) = initialised();
        add_user(&mut store, &ctx, "stand-in", &["admin"]);
        edit(&mut store, &ctx, "stand-in", &expires_in_a_day(&ctx)).unwrap();
        // "admin" is the last admin without an expiry: an expiry for them,
        // disabling or deleting them, each would leave a day without one.
        let err = refused(&mut store, Kind::Refused, |s| {
            edit(s, &ctx, "admin", &expires_in_a_day(&ctx))
        });
        assert!(
            err.message.contains("so a day would come with no admin"),
            "{err:?}"
        );
        refused(&mut store, Kind::Refused, |s| {
            set_enabled(s, &ctx, &["admin".into()], false)
        });
        refused(&mut store, Kind::Refused, |s| {
            delete(s, &ctx, "admin", &OwnedAccounts::Refuse, false)
        });
    }

    #[test]
    fn an_admin_may_go_while_another_without_expiry_stays() {
        let (mut store, ctx) = initialised();
        add_user(&mut store, &ctx, "second", &["admin"]);
        set_enabled(&mut store, &ctx, &["admin".into()], false).unwrap();
        delete(&mut store, &ctx, "admin", &OwnedAccounts::Refuse, false).unwrap();
        refused(&mut store, Kind::Refused, |s| {
            set_enabled(s, &ctx, &["second".into()], false)
        });
    }

    // ---- credit limits ----

    fn limited_to(store: &mut Store, ctx: &Ctx, name: &str, limit: i64) {
        let change = UserEdit {
            credit_limit: Some(Some(limit)),
            ..UserEdit::default()
        };
        edit(store, ctx, name, &change).unwrap();
    }

    #[test]
    fn a_charge_beyond_the_credit_limit_is_refused() {
        let (mut store, ctx) = initialised();
        add_account(&mut store, &ctx, "acme", "root", 100);
        limited_to(&mut store, &ctx, "admin", 50);
        charge(&mut store, &ctx, "admin", 30, "restore", Some("acme")).unwrap();
        let err = refused(&mut store, Kind::Refused, |s| {
            charge(s, &ctx, "admin", 21, "restore", Some("acme"))
        });
        assert!(
            err.message
                .contains("would exceed the credit limit of \"admin\": 30 of 50 spent"),
            "{err:?}"
        );
        let stats = charge(&mut store, &ctx, "admin", 20, "restore", Some("acme")).unwrap();
        assert_eq!(stats.credits_spent, 50);
    }

    #[test]
    fn a_charge_beyond_the_account_balance_is_refused() {
        let (mut store, ctx) = initialised();
        add_account(&mut store, &ctx, "acme", "root", 10);
        let err = refused(&mut store, Kind::Refused, |s| {
            charge(s, &ctx, "admin", 11, "restore", Some("acme"))
        });
        assert!(
            err.message.contains("holds 10 credits, fewer than 11"),
            "{err:?}"
        );
        let stats = charge(&mut store, &ctx, "admin", 10, "restore", Some("acme")).unwrap();
        assert_eq!(stats.credits_available, Some(0));
    }

    #[test]
    fn networks_are_canonical() {
        let canon = |t: &str| parse_network(t).map(|n| n.to_string()).ok();
        assert_eq!(canon("203.0.113.7"), Some("203.0.113.7/32".into()));
        assert_eq!(canon("203.0.113.7/24"), Some("203.0.113.0/24".into()));
        assert_eq!(canon("2001:db8::1/32"), Some("2001:db8::/32".into()));
        assert_eq!(canon("::ffff:10.0.0.1"), Some("10.0.0.1/32".into()));
        assert_eq!(canon("0.0.0.0/0"), Some("0.0.0.0/0".into()));
        for bad in [
            "",
            "10.0.0.0/33",
            "010.0.0.1",
            "fe80::1%eth0",
            "host.example",
            "10.0.0.0/-1",
        ] {
            assert!(parse_network(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_empty_list_allows_any_address_and_mapped_addresses_match_ipv4() {
        let nets = vec!["10.0.0.0/8".to_string(), "2001:db8::/32".to_string()];
        let ip = |t: &str| parse_address(t).unwrap_or(IpAddr::from([0, 0, 0, 0]));
        assert!(ip_allowed(&[], ip("192.0.2.1")));
        assert!(ip_allowed(&nets, ip("10.1.2.3")));
        assert!(ip_allowed(&nets, ip("::ffff:10.1.2.3")));
        assert!(ip_allowed(&nets, ip("2001:db8::5")));
        assert!(!ip_allowed(&nets, ip("11.0.0.1")));
        assert!(!ip_allowed(&nets, ip("2001:db9::5")));
    }
}
