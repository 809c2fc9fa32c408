//! Business rules, one module per concept. Operations take plain values,
//! run inside one store transaction, write their audit events in that same
//! transaction, and return model types. No clap, no printing, no prompts.
//!
//! How the modules lean on each other, always one way:
//! - leaves every module may use: `fields` (free-form field checks),
//!   `settings` (typed settings) and `notify` (queueing a message); names
//!   become keys, or their not-found errors, in `crate::lookup`, below
//!   both `ops` and `policy`;
//! - cascades: deleting or disabling a user ends their backup-user windows
//!   (`user` and `import` → `backup_user`) and deleting a user queues the
//!   accounts they own (`user` → `account`); `maintenance` purges through
//!   `account`; `access` reads the relations of `backup_user`;
//! - composites that call the operations they combine: `apply` (→
//!   `import`, `user`, `account`, `role`, `strategy`) and `db` (the stored
//!   invariants of `backup_user` and `strategy`).
//!
//! Nothing points back up: `account`, `backup_user`, `role` and `strategy`
//! import no other operation module but the leaves.

pub mod access;
pub mod account;
pub mod apply;
pub mod archive;
pub mod audit;
pub mod backup_user;
pub mod db;
pub mod fields;
pub mod import;
pub mod init;
pub mod maintenance;
pub mod names;
pub mod notify;
pub mod role;
pub mod settings;
pub mod strategy;
#[cfg(test)]
pub(crate) mod testing;
pub mod user;

use chrono::{DateTime, Utc};

use crate::error::Result;
use crate::store::events::{self, NewEvent};

/// Who is acting, and when: the same for every step of one command.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub now: DateTime<Utc>,
    pub actor: String,
}

impl Ctx {
    pub fn now_unix(&self) -> i64 {
        self.now.timestamp()
    }
}

/// Records an audit event; call inside the transaction of the change.
pub fn record(
    conn: &crate::store::Db,
    ctx: &Ctx,
    action: &str,
    target: &str,
    details: serde_json::Value,
) -> Result<()> {
    record_cost(conn, ctx, action, target, details, None)
}

/// Records an audit event with its credit cost.
pub fn record_cost(
    conn: &crate::store::Db,
    ctx: &Ctx,
    action: &str,
    target: &str,
    details: serde_json::Value,
    credits: Option<i64>,
) -> Result<()> {
    events::insert(
        conn,
        &NewEvent {
            at: ctx.now_unix(),
            actor: &ctx.actor,
            action,
            target,
            details: &details,
            credits,
        },
    )?;
    Ok(())
}

/// The last-admin rule (SPEC §1): at least one enabled user holds `admin`
/// with no expiry, so that no future moment can be without an admin.
/// Taken before a change and checked after it, inside the same write
/// transaction, so two concurrent changes cannot each remove one of the
/// last two admins: the second sees the first and is refused.
pub struct AdminGuard {
    before: crate::store::users::AdminCount,
}

impl AdminGuard {
    pub fn new(conn: &crate::store::Db, now: i64) -> Result<AdminGuard> {
        Ok(AdminGuard {
            before: crate::store::users::count_admins(conn, now)?,
        })
    }

    /// Refuses (exit 5, so the transaction rolls back) when the change
    /// leaves no enabled admin without an expiry. A database already in
    /// that state (made by an older warden) is not made worse: a change
    /// that lowers the number of unexpired admins is refused too, while
    /// others pass. `what` names the change.
    pub fn check(self, conn: &crate::store::Db, now: i64, what: &str) -> Result<()> {
        let after = crate::store::users::count_admins(conn, now)?;
        let worse = self.before.permanent > 0 || after.unexpired < self.before.unexpired;
        if after.permanent > 0 || !worse {
            return Ok(());
        }
        let message = if after.unexpired == 0 {
            format!("refused: {what} would leave no enabled, unexpired user with the admin role")
        } else {
            format!(
                "refused: {what} would leave every enabled user with the admin role with an expiry, \
                 so a day would come with no admin"
            )
        };
        Err(crate::error::Error::refused(message).with_hint(
            "keep one admin without an expiry (`warden user edit NAME --expires never`), or give \
             the admin role to another user first (`warden role grant USER admin`); nothing was changed",
        ))
    }
}
