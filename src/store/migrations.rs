//! Embedded forward migrations, versioned in `PRAGMA user_version` on
//! SQLite and in the `warden_meta` row on PostgreSQL.
//!
//! Migration N (1-based) turns a version N-1 schema into version N; each
//! engine has its own text of it, and the numbers are the same. They run
//! inside the caller's write transaction (under the write lock) together
//! with the version bump, so a killed upgrade leaves the old version intact. Kept
//! by hand rather than through a crate because the only extra rule warden
//! needs — refuse a newer file before touching it — sits outside any
//! migration runner.

use std::path::Path;

use super::sql::{Db, Engine};
use crate::error::{Error, Result};

/// The migrations, oldest first. Never edit a released one; append.
const MIGRATIONS: &[&str] = &[
    include_str!("schema/001_initial.sql"),
    include_str!("schema/002_account_indexes.sql"),
    include_str!("schema/003_backup_users_and_reminders.sql"),
    include_str!("schema/004_readable_notifications.sql"),
    include_str!("schema/005_audit_chain.sql"),
    include_str!("schema/006_audit_archives.sql"),
];

/// The same migrations for PostgreSQL, one for one.
const POSTGRES_MIGRATIONS: &[&str] = &[
    include_str!("schema/postgres/001_initial.sql"),
    include_str!("schema/postgres/002_account_indexes.sql"),
    include_str!("schema/postgres/003_backup_users_and_reminders.sql"),
    include_str!("schema/postgres/004_readable_notifications.sql"),
    include_str!("schema/postgres/005_audit_chain.sql"),
    include_str!("schema/postgres/006_audit_archives.sql"),
];

const _: () = assert!(MIGRATIONS.len() == POSTGRES_MIGRATIONS.len());

/// The version that brought the audit chain.
const CHAIN_VERSION: i64 = 5;

/// The schema version this warden writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Refuses a database written by a newer warden, naming both versions.
pub fn refuse_newer(path: &Path, version: i64) -> Result<()> {
    if version > SCHEMA_VERSION {
        return Err(Error::failure(format!(
            "{} has schema version {version}, newer than the version {SCHEMA_VERSION} this warden understands",
            path.display()
        ))
        .with_hint("use a newer warden for this database; it was left untouched"));
    }
    Ok(())
}

fn user_version(conn: &Db) -> Result<i64> {
    if conn.engine() == Engine::Postgres {
        let exists: bool = conn.query_row(
            "SELECT to_regclass(quote_ident(current_schema()) || '.warden_meta') IS NOT NULL",
            [],
            |r| r.get(0),
        )?;
        if !exists {
            return Ok(0);
        }
        return Ok(conn.query_row(
            "SELECT coalesce((SELECT schema_version FROM warden_meta), 0)",
            [],
            |r| r.get(0),
        )?);
    }
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Brings the schema from its current version up to [`SCHEMA_VERSION`].
/// Call inside a write transaction; re-reads the version under the lock so
/// two processes upgrading at once apply each step once.
pub fn upgrade(conn: &Db) -> Result<()> {
    let from = user_version(conn)?;
    if from >= SCHEMA_VERSION {
        return Ok(());
    }
    let steps = match conn.engine() {
        Engine::Sqlite => MIGRATIONS,
        Engine::Postgres => POSTGRES_MIGRATIONS,
    };
    for (index, sql) in steps.iter().enumerate().skip(from.max(0) as usize) {
        conn.execute_batch(sql)
            .map_err(|e| Error::failure(format!("schema migration {} failed: {e}", index + 1)))?;
    }
    // Version 5 chains the audit log: the events already there are
    // chained by the upgrade, in the same transaction.
    if from < CHAIN_VERSION {
        super::chain::extend(conn)?;
    }
    match conn {
        Db::Sqlite(c) => {
            c.pragma_update(None, "application_id", super::value::APPLICATION_ID)?;
            c.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        }
        #[cfg(feature = "postgres")]
        Db::Postgres(_) => {
            conn.execute(
                "INSERT INTO warden_meta (one, schema_version, application_id) VALUES (TRUE, ?1, ?2)
                 ON CONFLICT (one) DO UPDATE SET schema_version = excluded.schema_version",
                [SCHEMA_VERSION, i64::from(super::value::APPLICATION_ID)],
            )?;
            conn.forget_statements();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_database_upgrades_to_the_current_version_once() -> Result<()> {
        let conn = Db::Sqlite(rusqlite::Connection::open_in_memory()?);
        upgrade(&conn)?;
        assert_eq!(user_version(&conn)?, SCHEMA_VERSION);
        upgrade(&conn)?; // a second run is a no-op, not a "table exists" error
        let tables: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
            [],
            |r| r.get(0),
        )?;
        assert!(tables >= 14, "{tables} tables");
        Ok(())
    }

    #[test]
    fn newer_versions_are_refused_with_both_numbers() {
        let err = refuse_newer(Path::new("x.db"), SCHEMA_VERSION + 1).err();
        let msg = err.map(|e| e.message).unwrap_or_default();
        assert!(
            msg.contains(&format!("version {}", SCHEMA_VERSION + 1))
                && msg.contains(&format!("{SCHEMA_VERSION}"))
        );
    }
}
