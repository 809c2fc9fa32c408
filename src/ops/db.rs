//! `warden db`: information, checks and backups of the database file.

use std::path::Path;
use std::time::Duration;

use super::Ctx;
use crate::error::Result;
use crate::model::{BackupReport, Check, CheckReport, DbInfo};
use crate::store::{db, migrations, Store};

fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

fn wal_path(path: &Path) -> std::path::PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push("-wal");
    p.into()
}

pub fn info(store: &mut Store) -> Result<DbInfo> {
    let path = store.path().to_path_buf();
    store.read(|tx| {
        Ok(DbInfo {
            path: path.display().to_string(),
            schema_version: db::pragma_i64(tx, "user_version")?,
            supported_schema_version: migrations::SCHEMA_VERSION,
            size_bytes: file_size(&path),
            wal_bytes: file_size(&wal_path(&path)),
            page_size: db::pragma_i64(tx, "page_size")?,
            page_count: db::pragma_i64(tx, "page_count")?,
            journal_mode: db::journal_mode(tx)?,
            counts: db::counts(tx)?,
        })
    })
}

/// Runs every check; a check that cannot even run (a corrupt page, say)
/// is reported as a problem of that check rather than aborting the rest.
pub fn check(store: &mut Store, ctx: &Ctx) -> Result<CheckReport> {
    let path = store.path().display().to_string();
    let now = ctx.now_unix();
    let checks = store.read(|tx| {
        let run = |name: &'static str, f: &dyn Fn() -> Result<Vec<String>>| {
            let problems = f().unwrap_or_else(|e| {
                let reason = if e.message.starts_with(crate::error::CORRUPT) {
                    "the pages it reads are corrupt".to_string()
                } else {
                    e.message
                };
                vec![format!("the check could not run: {reason}")]
            });
            Check {
                name,
                ok: problems.is_empty(),
                problems,
            }
        };
        Ok(vec![
            run("integrity", &|| db::integrity_problems(tx)),
            run("foreign_keys", &|| db::foreign_key_problems(tx)),
            run("admin", &|| db::admin_problems(tx, now)),
            run("account_tree", &|| db::tree_problems(tx)),
            run("active_roles", &|| db::active_role_problems(tx)),
            run("audit_log", &|| db::audit_log_problems(tx)),
            run("settings", &|| super::settings::stored_problems(tx)),
            run("strategies", &|| super::strategy::stored_problems(tx)),
            run("backup_users", &|| super::backup_user::stored_problems(tx)),
        ])
    })?;
    let ok = checks.iter().all(|c| c.ok);
    Ok(CheckReport { path, ok, checks })
}

/// Takes a consistent copy of the database into `dest` (mode 0600). An
/// existing `dest` is replaced only with `overwrite`.
pub fn backup(
    store: &mut Store,
    dest: &Path,
    overwrite: bool,
    busy_timeout: Duration,
) -> Result<BackupReport> {
    if !overwrite && dest.exists() {
        return Err(db::exists(dest));
    }
    if same_file(store.path(), dest) {
        return Err(crate::error::Error::usage(format!(
            "{} is the database itself",
            dest.display()
        ))
        .with_hint("write the backup to another file"));
    }
    let pages = db::backup(store.conn(), dest, overwrite, busy_timeout)?;
    Ok(BackupReport {
        source: store.path().display().to_string(),
        destination: dest.display().to_string(),
        size_bytes: file_size(dest),
        pages,
    })
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
