//! Business rules, one module per concept. Operations take plain values,
//! run inside one store transaction, write their audit events in that same
//! transaction, and return model types. No clap, no printing, no prompts.

pub mod audit;
pub mod db;
pub mod init;
pub mod settings;

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
    events::insert(
        conn,
        &NewEvent {
            at: ctx.now_unix(),
            actor: &ctx.actor,
            action,
            target,
            details: &details,
            credits: None,
        },
    )?;
    Ok(())
}
