//! `warden db`: information, checks and backups of the database file.

use std::path::Path;
use std::time::Duration;

use super::Ctx;
use crate::error::Result;
use crate::model::{BackupReport, Check, CheckReport, DbInfo};
use crate::store::{db, migrations, Engine, Store};

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
    if store.engine() == Engine::Postgres {
        return store.read(|tx| {
            let server = db::server(tx)?;
            Ok(DbInfo {
                path: path.display().to_string(),
                engine: "postgresql",
                server: Some(server.version),
                schema_version: db::schema_version(tx)?,
                supported_schema_version: migrations::SCHEMA_VERSION,
                size_bytes: server.bytes,
                wal_bytes: 0,
                page_size: server.block_size,
                page_count: server.blocks,
                journal_mode: "server".to_string(),
                counts: db::counts(tx)?,
            })
        });
    }
    store.read(|tx| {
        Ok(DbInfo {
            path: path.display().to_string(),
            engine: "sqlite",
            server: None,
            schema_version: db::schema_version(tx)?,
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

/// The last-admin rule as `db check` reads it: at least one enabled user
/// holds `admin` with no expiry (SPEC §1), so no future moment is without
/// an admin. [`super::AdminGuard`] enforces the same rule on every change.
fn admin_problems(conn: &crate::store::Db, now: i64) -> Result<Vec<String>> {
    let admins = crate::store::users::count_admins(conn, now)?;
    Ok(if admins.unexpired == 0 {
        vec!["no enabled, unexpired user holds the admin role".into()]
    } else if admins.permanent == 0 {
        vec![format!(
            "every enabled user with the admin role has an expiry ({} of them), so a day will come with no admin: give one no expiry",
            admins.unexpired
        )]
    } else {
        vec![]
    })
}

/// Mail that cannot leave: messages wait in the outbox while
/// `notify.command` is not set. Said here, where the nightly check is,
/// rather than by every `maintenance` run; a warning, not a failed check,
/// since the database itself is sound.
fn outbox_warning(conn: &crate::store::Db) -> Result<Option<String>> {
    let pending = crate::store::notifications::pending_count(conn)?;
    if pending == 0
        || !super::settings::Settings::load(conn)?
            .notify_command
            .is_empty()
    {
        return Ok(None);
    }
    Ok(Some(format!(
        "{pending} notification{} wait{} to be sent, and notify.command is not set: set it \
         (warden settings set notify.command \"/usr/sbin/sendmail -t\") so they go out, \
         or see them with `warden notify list --pending`",
        if pending == 1 { "" } else { "s" },
        if pending == 1 { "s" } else { "" },
    )))
}

/// Runs every check; a check that cannot even run (a corrupt page, say)
/// is reported as a problem of that check rather than aborting the rest.
pub fn check(store: &mut Store, ctx: &Ctx, full: bool) -> Result<CheckReport> {
    let path = store.path().display().to_string();
    let now = ctx.now_unix();
    let postgres = store.engine() == Engine::Postgres;
    let (checks, warnings) = store.read(|tx| {
        let run = |name: &'static str, f: &dyn Fn() -> Result<Vec<String>>| {
            // Each check in a savepoint of its own: on PostgreSQL one that
            // fails would otherwise abort the transaction, and every later
            // check with it.
            let _ = tx.execute_batch("SAVEPOINT warden_check");
            let result = f();
            if result.is_err() {
                let _ = tx.execute_batch("ROLLBACK TO SAVEPOINT warden_check");
            }
            let _ = tx.execute_batch("RELEASE SAVEPOINT warden_check");
            let problems = result.unwrap_or_else(|e| {
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
        let checks = vec![
            run("integrity", &|| db::integrity_problems(tx, full)),
            run("foreign_keys", &|| db::foreign_key_problems(tx)),
            run("admin", &|| admin_problems(tx, now)),
            run("account_tree", &|| db::tree_problems(tx)),
            run("active_roles", &|| db::active_role_problems(tx)),
            run("audit_log", &|| db::audit_log_problems(tx)),
            run("settings", &|| super::settings::stored_problems(tx)),
            run("strategies", &|| super::strategy::stored_problems(tx)),
            run("backup_users", &|| super::backup_user::stored_problems(tx)),
        ];
        let mut warnings = if postgres {
            db::audit_log_privileges(tx)?
        } else {
            Vec::new()
        };
        warnings.extend(outbox_warning(tx)?);
        Ok((checks, warnings))
    })?;
    let ok = checks.iter().all(|c| c.ok);
    Ok(CheckReport {
        path,
        full,
        ok,
        checks,
        warnings,
    })
}

/// Takes a consistent copy of the database into `dest` (mode 0600). An
/// existing `dest` is replaced only with `overwrite`.
pub fn backup(
    store: &mut Store,
    dest: &Path,
    overwrite: bool,
    busy_timeout: Duration,
) -> Result<BackupReport> {
    if store.engine() == Engine::Postgres {
        let schema = store.read(db::current_schema)?;
        return Err(crate::error::Error::refused(format!(
            "db backup copies SQLite files; {} is a PostgreSQL database, which pg_dump backs up",
            store.path().display()
        ))
        .with_hint(pg_dump_hint(store.path(), &schema, dest)));
    }
    let Some(conn) = store.conn().sqlite() else {
        return Err(crate::error::Error::failure("no SQLite connection"));
    };
    if let Some(which) = own_file(store.path(), dest) {
        return Err(crate::error::Error::usage(format!(
            "{} is {which}",
            dest.display()
        ))
        .with_hint("write the backup outside the database's own files, for example /var/backups/warden/warden.db; nothing was written"));
    }
    if !overwrite && dest.symlink_metadata().is_ok() {
        return Err(db::exists(dest));
    }
    let pages = db::backup(conn, dest, overwrite, busy_timeout)?;
    Ok(BackupReport {
        source: store.path().display().to_string(),
        destination: dest.display().to_string(),
        size_bytes: file_size(dest),
        pages,
    })
}

/// The `pg_dump` command that backs up a PostgreSQL warden database: its
/// schema, in the custom format, with the URL as given (it holds no
/// password: warden refuses those), except that libpq is asked to verify
/// the server as warden did: its `require` checks neither the host name
/// nor, without a root certificate, the certificate, and pg_dump would
/// send the password file's password to a server warden refuses.
fn pg_dump_hint(url: &Path, schema: &str, dest: &Path) -> String {
    let quote = |text: &str| format!("'{}'", text.replace('\'', "'\\''"));
    let url = crate::store::libpq_url(&url.display().to_string());
    format!(
        "nothing was written; run: pg_dump --format=custom --schema={} --file={} {} (restore with pg_restore)",
        quote(schema),
        quote(&dest.display().to_string()),
        quote(&url)
    )
}

/// Whether `dest` names the database or one of its side files (`-wal`,
/// `-shm`, `-journal`), however it is spelt: through `..`, a link to a
/// folder or to the file, or another hard link of the same file. A copy
/// moved onto one of them would destroy the database or be deleted with
/// the log. Returns what it is.
fn own_file(db: &Path, dest: &Path) -> Option<&'static str> {
    use std::os::unix::fs::MetadataExt;
    const FILES: [(&str, &str); 4] = [
        ("", "the database itself"),
        ("-wal", "the database's write-ahead log"),
        ("-shm", "the database's shared-memory index"),
        ("-journal", "the database's rollback journal"),
    ];
    let real_db = std::fs::canonicalize(db).ok()?;
    let real_dest = resolve(dest);
    let dest_meta = std::fs::metadata(dest).ok();
    FILES.iter().find_map(|(suffix, what)| {
        let mut side = real_db.as_os_str().to_owned();
        side.push(suffix);
        let side = std::path::PathBuf::from(side);
        let same_name = real_dest.as_deref() == Some(side.as_path());
        let same_inode = match (&dest_meta, std::fs::metadata(&side)) {
            (Some(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        };
        (same_name || same_inode).then_some(*what)
    })
}

/// Where a path leads once every link is followed, whether or not the
/// file at the end exists yet: its folder made canonical, links followed
/// (at most 40, as the kernel does).
fn resolve(path: &Path) -> Option<std::path::PathBuf> {
    let mut path = path.to_path_buf();
    for _ in 0..40 {
        if let Ok(real) = std::fs::canonicalize(&path) {
            return Some(real);
        }
        let parent = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => std::path::PathBuf::from("."),
        };
        match std::fs::read_link(&path) {
            // A link to a file that does not exist yet.
            Ok(target) => path = parent.join(target),
            Err(_) => return Some(std::fs::canonicalize(parent).ok()?.join(path.file_name()?)),
        }
    }
    None
}
