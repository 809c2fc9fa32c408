//! The types that flow from `ops` to the front ends. Each serialises to the
//! JSON keys of SPEC §4; none carries a password or a hash.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::time::serde_rfc3339;

/// One audit-log entry.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub id: i64,
    #[serde(with = "serde_rfc3339")]
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub details: serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credits: Option<i64>,
}

/// A setting with its current value and where that value comes from.
#[derive(Debug, Clone, Serialize)]
pub struct Setting {
    pub key: &'static str,
    /// Typed: a number for counts and sizes, a string for durations and commands.
    pub value: serde_json::Value,
    pub default: serde_json::Value,
    /// `true` when the value was set, `false` when it is the default.
    pub is_set: bool,
    pub description: &'static str,
}

/// What `init` created.
#[derive(Debug, Clone, Serialize)]
pub struct InitReport {
    pub database: String,
    pub schema_version: i64,
    pub root_account: String,
    pub admin: String,
}

/// The row count of one table, for `db info`.
#[derive(Debug, Clone, Serialize)]
pub struct TableCount {
    pub table: String,
    pub rows: i64,
}

/// `db info`.
#[derive(Debug, Clone, Serialize)]
pub struct DbInfo {
    pub path: String,
    pub schema_version: i64,
    pub supported_schema_version: i64,
    pub size_bytes: u64,
    pub wal_bytes: u64,
    pub page_size: i64,
    pub page_count: i64,
    pub journal_mode: String,
    pub counts: Vec<TableCount>,
}

/// One check of `db check`.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub ok: bool,
    /// What is wrong, one entry per problem; empty when `ok`.
    pub problems: Vec<String>,
}

/// `db check`.
#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    pub path: String,
    pub ok: bool,
    pub checks: Vec<Check>,
}

/// `db backup`.
#[derive(Debug, Clone, Serialize)]
pub struct BackupReport {
    pub source: String,
    pub destination: String,
    pub size_bytes: u64,
    pub pages: i64,
}
