//! `user import`: many users at once, all or nothing.
//!
//! Four steps, each finished before the next starts:
//! 1. read and check every row ([`read`]); the first bad row stops
//!    everything with its line number;
//! 2. plan against a read snapshot: which rows create, update or skip a
//!    user, and whether every role and account they name exists;
//! 3. check the plain passwords against the policy, then hash them (or, for
//!    an update, check whether the stored hash already matches), on every
//!    core;
//! 4. write everything in one `BEGIN IMMEDIATE` transaction, deciding
//!    again from what is stored then, with one audit event per user.
//!
//! The write lock is held only for step 4, which costs microseconds per
//! row; the expensive hashing happens before it, without any lock.

pub mod read;

use secrecy::ExposeSecret;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use rusqlite::Connection;
use serde_json::{json, Map, Value};

pub use read::{Format, Spelling, UserRow};

use super::settings::Settings;
use super::user::{change_profile, created_details, exists_error, UserEdit};
use super::{record, AdminGuard, Ctx};
use crate::error::{Error, Result};
use crate::model::ImportReport;
use crate::password;
use crate::store::users::{self as sql, FullUser};
use crate::store::Store;

/// What to do with a row whose user already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnConflict {
    /// Refuse the whole import (exit 4).
    Fail,
    /// Leave the existing user as it is.
    Skip,
    /// Set the fields the row gives; leave the others.
    Update,
}

/// Progress for people: phases with a known number of steps. The command
/// line draws a bar on a terminal; everything else passes [`Silent`].
pub trait Progress: Sync {
    fn start(&self, phase: &str, total: u64);
    fn advance(&self, steps: u64);
}

/// No progress shown.
pub struct Silent;

impl Progress for Silent {
    fn start(&self, _: &str, _: u64) {}
    fn advance(&self, _: u64) {}
}

/// How an import runs.
pub struct Options<'a> {
    pub on_conflict: OnConflict,
    pub dry_run: bool,
    /// The file, for the summary event and the report.
    pub source: &'a str,
    pub format: &'a str,
    /// Where a row is, for errors: "users.csv, line 12".
    pub locate: &'a (dyn Fn(&UserRow) -> String + Sync),
    /// Record one `user.import` event summing up (off for `apply`, which
    /// records its own).
    pub summary_event: bool,
    /// The command named as `source` in each user's audit event:
    /// `import` or `apply`.
    pub origin: &'a str,
}

/// What a write did with one row, for callers that list the changes
/// (`apply`); collected only when asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Created,
    /// The fields that changed, as the audit event names them
    /// (`email`, `roles`, `expires_at`, `enabled`, ...).
    Changed(Vec<String>),
    Unchanged,
    Skipped,
}

/// Steps 2 and 3 done: what [`write`] needs besides the rows.
pub struct Prepared {
    passwords: Vec<Password>,
    settings: Settings,
}

/// What happens to a row's password.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Password {
    /// No password in the row, or the stored hash already matches it.
    Keep,
    /// Store this hash; `None` in a dry run, where nothing is hashed.
    Set(Option<String>),
}

/// The plan for one row against one snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Plan {
    Create,
    Update { id: i64 },
    Skip,
}

/// Role and account ids by name, looked up once each.
struct Names {
    roles: HashMap<String, i64>,
    accounts: HashMap<String, i64>,
}

impl Names {
    fn new() -> Names {
        Names {
            roles: HashMap::new(),
            accounts: HashMap::new(),
        }
    }

    fn role(&mut self, conn: &Connection, name: &str) -> Result<i64> {
        if let Some(id) = self.roles.get(name) {
            return Ok(*id);
        }
        let id = super::user::role_id(conn, name)?;
        self.roles.insert(name.to_string(), id);
        Ok(id)
    }

    fn account(&mut self, conn: &Connection, name: &str) -> Result<i64> {
        if let Some(id) = self.accounts.get(name) {
            return Ok(*id);
        }
        let id = crate::policy::account_id(conn, name)?;
        self.accounts.insert(name.to_string(), id);
        Ok(id)
    }

    /// Checks that every role and account the row names exists.
    fn check(&mut self, conn: &Connection, row: &UserRow) -> Result<()> {
        for role in row.roles.iter().flatten() {
            self.role(conn, role)?;
        }
        if let Some(Some(role)) = &row.active_role {
            self.role(conn, role)?;
        }
        if let Some(Some(account)) = &row.account {
            self.account(conn, account)?;
        }
        Ok(())
    }
}

/// Every user id by name: one scan, then lookups in memory.
fn user_ids(conn: &Connection) -> Result<HashMap<String, i64>> {
    let mut stmt = conn.prepare("SELECT username, id FROM users")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn plan(
    conn: &Connection,
    rows: &[UserRow],
    opts: &Options,
    names: &mut Names,
) -> Result<Vec<Plan>> {
    let existing = user_ids(conn)?;
    rows.iter()
        .map(|row| {
            let place = || (opts.locate)(row);
            names.check(conn, row).map_err(|e| read::at(&place(), e))?;
            Ok(match (existing.get(&row.username), opts.on_conflict) {
                (None, _) => Plan::Create,
                (Some(_), OnConflict::Fail) => {
                    return Err(read::at(&place(), conflict(&row.username)))
                }
                (Some(_), OnConflict::Skip) => Plan::Skip,
                (Some(&id), OnConflict::Update) => Plan::Update { id },
            })
        })
        .collect()
}

fn conflict(name: &str) -> Error {
    exists_error(name).with_hint(
        "give --on-conflict skip to leave existing users alone, or --on-conflict update to change them; nothing was written",
    )
}

/// Runs `f` over `items` on every core, in any order, returning the
/// results in the items' order.
fn parallel<T: Sync, R: Send>(
    items: &[T],
    progress: &dyn Progress,
    f: impl Fn(&T) -> R + Sync,
) -> Result<Vec<R>> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if workers <= 1 {
        return Ok(items
            .iter()
            .map(|item| {
                let r = f(item);
                progress.advance(1);
                r
            })
            .collect());
    }
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    std::thread::scope(|scope| -> Result<()> {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, f(item)));
                        progress.advance(1);
                    }
                    done
                })
            })
            .collect();
        for handle in handles {
            let done = handle
                .join()
                .map_err(|_| Error::failure("a hashing thread failed"))?;
            for (i, r) in done {
                slots[i] = Some(r);
            }
        }
        Ok(())
    })?;
    slots
        .into_iter()
        .map(|r| r.ok_or_else(|| Error::failure("a hashing thread left a row undone")))
        .collect()
}

/// Steps 3: the policy for every plain password that will be stored,
/// then the hashes. Returns each row's password change.
fn passwords(
    conn: &Connection,
    rows: &[UserRow],
    plans: &[Plan],
    settings: &Settings,
    opts: &Options,
    progress: &dyn Progress,
) -> Result<Vec<Password>> {
    let plain: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].password.is_some() && plans[i] != Plan::Skip)
        .collect();
    if !plain.is_empty() {
        progress.start("checking passwords", plain.len() as u64);
        let checked = parallel(&plain, progress, |&i| {
            let row = &rows[i];
            let email = row.email.as_ref().and_then(|e| e.as_deref());
            let secret = row.password.as_ref().map_or("", |s| s.expose_secret());
            super::user::check_password(settings, &row.username, email, secret)
        })?;
        if let Some((i, err)) = plain
            .iter()
            .zip(checked)
            .find_map(|(&i, r)| r.err().map(|e| (i, e)))
        {
            return Err(read::at(
                &(opts.locate)(&rows[i]),
                read::field_error("password", err),
            ));
        }
    }
    // The stored hashes the updated rows' passwords are compared with.
    let mut stored: HashMap<usize, Option<String>> = HashMap::new();
    for (i, (row, plan)) in rows.iter().zip(plans).enumerate() {
        if let (Plan::Update { .. }, true) =
            (plan, row.password.is_some() || row.password_hash.is_some())
        {
            let hash = sql::credentials(conn, &row.username)?.and_then(|c| c.password_hash);
            stored.insert(i, hash);
        }
    }
    let work: Vec<usize> = plain
        .iter()
        .copied()
        .filter(|i| !opts.dry_run || stored.contains_key(i))
        .collect();
    let mut hashed: HashMap<usize, Password> = HashMap::with_capacity(work.len());
    if !work.is_empty() {
        progress.start(
            if opts.dry_run {
                "comparing passwords"
            } else {
                "hashing passwords"
            },
            work.len() as u64,
        );
        let params = settings.hash;
        let results = parallel(&work, progress, |&i| -> Result<Password> {
            let secret = rows[i].password.as_ref().map_or("", |s| s.expose_secret());
            if let Some(Some(old)) = stored.get(&i) {
                if password::verify(secret, old) && !password::needs_rehash(old, params) {
                    return Ok(Password::Keep);
                }
            }
            if opts.dry_run {
                return Ok(Password::Set(None));
            }
            password::hash(secret, params).map(|h| Password::Set(Some(h)))
        })?;
        for (&i, r) in work.iter().zip(results) {
            hashed.insert(i, r?);
        }
    }
    Ok(rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            if let Some(change) = hashed.remove(&i) {
                return change;
            }
            if row.password.is_some() && plans[i] != Plan::Skip {
                // A dry run's new user: it would get a hash.
                return Password::Set(None);
            }
            match (&row.password_hash, stored.get(&i)) {
                (Some(hash), Some(Some(old))) if old == hash => Password::Keep,
                (Some(hash), _) => Password::Set(Some(hash.clone())),
                (None, _) => Password::Keep,
            }
        })
        .collect())
}

/// Imports `rows`: everything or nothing. A dry run does all the checks
/// and the writing inside a transaction it then rolls back.
pub fn import(
    store: &mut Store,
    ctx: &Ctx,
    rows: &[UserRow],
    opts: &Options,
    progress: &dyn Progress,
) -> Result<ImportReport> {
    let settings = store.read(|tx| Settings::load(tx))?;
    let prepared = store.read(|tx| prepare(tx, rows, opts, settings, progress))?;
    progress.start("writing", rows.len() as u64);
    let write = |tx: &rusqlite::Transaction| {
        let now = ctx.now_unix();
        let guard = AdminGuard::new(tx, now)?;
        let report = write(tx, ctx, rows, prepared, opts, progress, None)?;
        guard.check(tx, now, &format!("importing {}", opts.source))?;
        Ok(report)
    };
    if opts.dry_run {
        store.rehearse(write)
    } else {
        store.write(write)
    }
}

/// Steps 2 and 3 against `conn`: plans every row (every role and account
/// named must exist), checks the plain passwords against the policy in
/// `settings`, and hashes them (in a dry run only compares them with the
/// stored hashes). `user import` runs this in a read transaction before
/// it takes the write lock; `apply` inside its write transaction.
pub fn prepare(
    conn: &Connection,
    rows: &[UserRow],
    opts: &Options,
    settings: Settings,
    progress: &dyn Progress,
) -> Result<Prepared> {
    let plans = plan(conn, rows, opts, &mut Names::new())?;
    let passwords = passwords(conn, rows, &plans, &settings, opts, progress)?;
    Ok(Prepared {
        passwords,
        settings,
    })
}

/// Step 4, inside the caller's write transaction: decides again from what
/// is stored now (another writer may have come between) and writes. The
/// last-admin rule is the caller's to check around it. With `outcomes`,
/// pushes what happened to each row, in order.
pub fn write(
    tx: &Connection,
    ctx: &Ctx,
    rows: &[UserRow],
    prepared: Prepared,
    opts: &Options,
    progress: &dyn Progress,
    mut outcomes: Option<&mut Vec<Outcome>>,
) -> Result<ImportReport> {
    crate::store::room_for_many(tx, rows.len())?;
    let Prepared {
        mut passwords,
        settings,
    } = prepared;
    let mut names = Names::new();
    let plans = plan(tx, rows, opts, &mut names)?;
    let mut report = ImportReport {
        source: opts.source.to_string(),
        format: opts.format.to_string(),
        dry_run: opts.dry_run,
        created: 0,
        updated: 0,
        unchanged: 0,
        skipped: 0,
    };
    for ((row, plan), password) in rows.iter().zip(&plans).zip(passwords.iter_mut()) {
        let place = || (opts.locate)(row);
        let outcome = match plan {
            Plan::Create => {
                // Planned as an update whose password matched, the user has
                // gone since: the new one needs a hash after all.
                if let (Some(secret), Password::Keep, false) =
                    (&row.password, &password, opts.dry_run)
                {
                    *password =
                        Password::Set(Some(password::hash(secret.expose_secret(), settings.hash)?));
                }
                create(tx, ctx, row, password, &mut names, opts.origin)
                    .map_err(|e| read::at(&place(), e))?;
                report.created += 1;
                Outcome::Created
            }
            Plan::Update { id } => {
                let mut fields = outcomes.as_ref().map(|_| Vec::new());
                let changed = update(
                    tx,
                    ctx,
                    *id,
                    row,
                    password,
                    &mut names,
                    opts.origin,
                    fields.as_mut(),
                )
                .map_err(|e| read::at(&place(), e))?;
                if changed {
                    report.updated += 1;
                    Outcome::Changed(fields.unwrap_or_default())
                } else {
                    report.unchanged += 1;
                    Outcome::Unchanged
                }
            }
            Plan::Skip => {
                report.skipped += 1;
                Outcome::Skipped
            }
        };
        if let Some(list) = outcomes.as_deref_mut() {
            list.push(outcome);
        }
        progress.advance(1);
    }
    // An import that changed nothing leaves no trace, so a job can rerun.
    if opts.summary_event && report.created + report.updated > 0 {
        record(
            tx,
            ctx,
            "user.import",
            opts.source,
            json!({
                "format": opts.format,
                "on_conflict": format!("{:?}", opts.on_conflict).to_lowercase(),
                "created": report.created,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "skipped": report.skipped,
            }),
        )?;
    }
    Ok(report)
}

/// A role id and whether it is the active one.
type RoleSlot = (i64, bool);

/// The role ids to store, in order, with the active one flagged: the one
/// named, else `keep` when it is among them, else the first.
fn role_list(
    conn: &Connection,
    names: &mut Names,
    roles: &[String],
    active: Option<&str>,
    keep: Option<&str>,
) -> Result<(Vec<RoleSlot>, Option<String>)> {
    let active = active
        .or(keep.filter(|k| roles.iter().any(|r| r == k)))
        .or(roles.first().map(String::as_str))
        .map(str::to_string);
    let ids = roles
        .iter()
        .map(|r| Ok((names.role(conn, r)?, Some(r) == active.as_ref())))
        .collect::<Result<_>>()?;
    Ok((ids, active))
}

fn create(
    tx: &Connection,
    ctx: &Ctx,
    row: &UserRow,
    password: &Password,
    names: &mut Names,
    origin: &str,
) -> Result<()> {
    let now = ctx.now_unix();
    let flat = |v: &Option<Option<String>>| v.clone().flatten();
    let account = flat(&row.account);
    let account_id = account
        .as_deref()
        .map(|a| names.account(tx, a))
        .transpose()?;
    let hash = match password {
        Password::Set(h) => h.as_deref(),
        Password::Keep => None,
    };
    let has_password = matches!(password, Password::Set(_));
    let expires = row.expires.flatten();
    let (email, first, last, phone) = (
        flat(&row.email),
        flat(&row.first_name),
        flat(&row.last_name),
        flat(&row.phone),
    );
    let id = sql::insert_full(
        tx,
        &FullUser {
            username: &row.username,
            email: email.as_deref(),
            first_name: first.as_deref(),
            last_name: last.as_deref(),
            phone: phone.as_deref(),
            password_hash: hash,
            enabled: row.enabled.unwrap_or(true),
            expires_at: expires.map(|t| t.timestamp()),
            notify: row.notify.unwrap_or(true),
            credit_limit: row.credit_limit.flatten(),
            account_id,
            now,
        },
    )?;
    let roles = row.roles.clone().unwrap_or_default();
    if !roles.is_empty() {
        let active = row.active_role.clone().flatten();
        let (ids, _) = role_list(tx, names, &roles, active.as_deref(), None)?;
        sql::insert_roles(tx, id, &ids, now)?;
    }
    let ips = row.allowed_ips.clone().unwrap_or_default();
    for net in &ips {
        sql::add_network(tx, id, net)?;
    }
    let mut details = created_details(&roles, has_password, account.as_deref(), &ips, expires);
    details["source"] = json!(origin);
    record(tx, ctx, "user.create", &row.username, details)
}

/// Sets what the row gives on an existing user; returns whether anything
/// changed, and with `fields` names what did. Each change is audited as
/// `user edit`, `role grant` and `user disable` would audit it.
#[allow(clippy::too_many_arguments)]
fn update(
    tx: &Connection,
    ctx: &Ctx,
    id: i64,
    row: &UserRow,
    password: &Password,
    names: &mut Names,
    origin: &str,
    fields: Option<&mut Vec<String>>,
) -> Result<bool> {
    let now = ctx.now_unix();
    let before = super::user::load(tx, &row.username, now)?;
    let edit = UserEdit {
        email: row.email.clone(),
        first_name: row.first_name.clone(),
        last_name: row.last_name.clone(),
        phone: row.phone.clone(),
        account: row.account.clone(),
        add_ips: row.allowed_ips.clone().unwrap_or_default(),
        remove_ips: Vec::new(),
        clear_ips: row.allowed_ips.is_some(),
        expires_at: row.expires,
        credit_limit: row.credit_limit,
        notify: row.notify,
    };
    let mut changes = Map::new();
    change_profile(tx, id, &before, &edit, now, &mut changes)?;
    if row.roles.is_some() || matches!(row.active_role, Some(Some(_))) {
        let roles = row.roles.clone().unwrap_or_else(|| before.roles.clone());
        let wanted = row.active_role.clone().flatten();
        if let Some(active) = &wanted {
            if !roles.contains(active) {
                return Err(Error::usage(format!(
                    "field \"active_role\": user \"{}\" does not hold the role \"{active}\"",
                    row.username
                ))
                .with_hint("give the roles too, or grant the role first"));
            }
        }
        let (ids, active) = role_list(
            tx,
            names,
            &roles,
            wanted.as_deref(),
            before.active_role.as_deref(),
        )?;
        if roles != before.roles || active != before.active_role {
            sql::set_roles(tx, id, &ids, now)?;
            if roles != before.roles {
                changes.insert("roles".into(), json!({ "from": before.roles, "to": roles }));
            }
            if active != before.active_role {
                changes.insert(
                    "active_role".into(),
                    json!({ "from": before.active_role, "to": active }),
                );
            }
        }
    }
    if let Password::Set(hash) = password {
        sql::set_password(tx, id, hash.as_deref(), now)?;
        changes.insert("password".into(), json!("changed"));
    }
    let mut changed = !changes.is_empty();
    let mut fields = fields;
    if let Some(fields) = fields.as_deref_mut() {
        fields.extend(changes.keys().cloned());
    }
    if changed {
        changes.insert("source".into(), json!(origin));
        record(
            tx,
            ctx,
            "user.update",
            &row.username,
            Value::Object(changes),
        )?;
    }
    if let Some(enabled) = row.enabled {
        if enabled != before.enabled {
            sql::set_column(tx, id, "enabled", &enabled, now)?;
            if !enabled {
                super::backup_user::end_for_user(tx, ctx, id, &row.username, false)?;
            }
            let action = if enabled {
                "user.enable"
            } else {
                "user.disable"
            };
            record(tx, ctx, action, &row.username, json!({ "source": origin }))?;
            if let Some(fields) = fields {
                fields.push("enabled".into());
            }
            changed = true;
        }
    }
    Ok(changed)
}
