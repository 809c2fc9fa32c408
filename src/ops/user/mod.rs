//! Users: creation, profile changes, passwords, enabling, deletion, logins.
//!
//! Every change runs in one write transaction with its audit event, and
//! every change that could remove an admin is checked against the
//! last-admin rule inside that same transaction.

use secrecy::ExposeSecret;
use std::net::IpAddr;

use crate::store::Db;
use chrono::{DateTime, Utc};
use ipnet::IpNet;
use serde_json::{json, Map, Value};

use super::fields::{check_credit_limit, check_profile, parse_network};
use super::notify::{self, Recipient};
use super::settings::Settings;
use super::{record, AdminGuard, Ctx};
use crate::authlog;
use crate::error::{Error, Result};
use crate::lookup::{account_id, no_user, role_id, user as load, user_id};
use crate::model::EventFilter;
use crate::model::{
    Decision, Event, ExportedUser, Profile, ProfileChange, Reason, SideEffect, User, UserStats,
};
use crate::names::{validate, NameKind};
use crate::password::{self, Secret};
use crate::policy::StandIns;
use crate::policy::Unusable;
use crate::store::users::{self as sql, UserFilter};
use crate::store::{self, Commit, Store, Transactions};

mod credits;
mod edit;
mod login;
mod states;

pub use credits::*;
pub use edit::*;
pub use login::*;
pub use states::*;

fn ip_allowed(networks: &[String], ip: IpAddr) -> bool {
    networks.is_empty()
        || networks
            .iter()
            .filter_map(|n| n.parse::<IpNet>().ok())
            .any(|n| n.contains(&ip))
}

/// Everything `user add` may set.
#[derive(Debug, Clone, Default)]
pub struct NewUser {
    pub username: String,
    pub profile: Profile,
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
        check_profile(self.profile.as_deref())?;
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
        if self.welcome && self.profile.email.is_none() {
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
    store.read(Settings::load)
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
                req.profile.email.as_deref(),
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
                email: req.profile.email.as_deref(),
                password_hash: hash.as_deref(),
                account_id: account,
                now,
            },
        )?;
        // The e-mail address went in with the row.
        for (column, value) in req.profile.fields().into_iter().skip(1) {
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
            let to = Recipient { user_id: id, username: &req.username, email: req.profile.email.as_deref(), notify: req.notify };
            let body = format!(
                "Hello {},\n\nan account with the user name \"{}\" was created for you on the backup service.\n{}\n",
                req.profile.first_name.as_deref().unwrap_or(&req.username),
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
fn resolve(tx: &Db, filter: &ListFilter, now: i64) -> Result<UserFilter> {
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
                profile: u.profile,
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
    super::audit::check_range(range.since, range.until)?;
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
        // A deleted user is known by their history, whatever the range.
        if !known && !seen && !store::events::any_about(tx, name)? {
            return Err(no_user(name));
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests;
