//! Business rules, one module per concept. Operations take plain values,
//! run inside one store transaction, write their audit events in that same
//! transaction, and return model types. No clap, no printing, no prompts.

pub mod account;
pub mod apply;
pub mod audit;
pub mod backup_user;
pub mod db;
pub mod import;
pub mod init;
pub mod maintenance;
pub mod notify;
pub mod role;
pub mod settings;
pub mod strategy;
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
    conn: &rusqlite::Connection,
    ctx: &Ctx,
    action: &str,
    target: &str,
    details: serde_json::Value,
) -> Result<()> {
    record_cost(conn, ctx, action, target, details, None)
}

/// Records an audit event with its credit cost.
pub fn record_cost(
    conn: &rusqlite::Connection,
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

/// The last-admin rule: at least one enabled, unexpired user holds `admin`.
/// Taken before a change and checked after it, inside the same write
/// transaction, so two concurrent changes cannot each remove one of the
/// last two admins: the second sees the first and is refused.
pub struct AdminGuard {
    before: i64,
}

impl AdminGuard {
    pub fn new(conn: &rusqlite::Connection, now: i64) -> Result<AdminGuard> {
        Ok(AdminGuard {
            before: crate::store::users::count_admins(conn, now)?,
        })
    }

    /// Refuses (exit 5, so the transaction rolls back) when the change took
    /// the count of admins from some to none. `what` names the change.
    pub fn check(self, conn: &rusqlite::Connection, now: i64, what: &str) -> Result<()> {
        if self.before > 0 && crate::store::users::count_admins(conn, now)? == 0 {
            return Err(crate::error::Error::refused(format!(
                "refused: {what} would leave no enabled, unexpired user with the admin role"
            ))
            .with_hint("give another user the admin role first (`warden role grant USER admin`); nothing was changed"));
        }
        Ok(())
    }
}
