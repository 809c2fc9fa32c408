//! `user import`: many users at once, all or nothing, in memory bounded by
//! what the transaction needs rather than by the size of the file.
//!
//! The rows stream past as often as needed ([`Rows`]); no step holds them
//! all. Three steps, each finished before the next starts:
//! 1. [`check`]: every row is read and checked (its fields, a user named
//!    twice, the password policy) before anything is looked up; the first
//!    bad row stops everything with its line number;
//! 2. [`prepare`], only when plain passwords must be hashed: against a
//!    read snapshot, every role and account named must exist and each row
//!    creates, updates or skips a user; then the plain passwords are
//!    hashed on every core (an update keeps a stored hash that already
//!    matches), and only the hashes are kept;
//! 3. [`write`]: everything in one `BEGIN IMMEDIATE` transaction, deciding
//!    again from what is stored then, with one audit event per user.
//!
//! The write lock is held only for step 3, which costs microseconds per
//! row; reading the input and the expensive hashing happen before it,
//! without any lock. What stays in memory: the names read (to find a user
//! named twice), the hashes made, and SQLite's page cache.

pub mod read;

use std::collections::HashMap;
use std::sync::atomic::Ordering;

use rusqlite::Connection;
use secrecy::ExposeSecret;
use serde_json::{json, Map, Value};

pub use read::{Format, ImportFile, Spelling, UserRow, WeakHashes};

use super::settings::Settings;
use super::user::{change_profile, created_details, exists_error, UserEdit};
use super::{record, AdminGuard, Ctx};
use crate::error::{Error, Result};
use crate::model::ImportReport;
use crate::password::{self, Secret};
use crate::store::users::{self as sql, FullUser};
use crate::store::{Commit, Store};

/// Where the rows of an import come from. Each step goes over them once:
/// every call of [`Rows::each`] must give the same rows in the same order.
pub trait Rows {
    /// Calls `f` with every row, in order, stopping at the first error.
    fn each(&mut self, f: &mut dyn FnMut(&UserRow) -> Result<()>) -> Result<()>;
}

/// Rows already in memory (`apply`'s users, tests).
impl Rows for &[UserRow] {
    fn each(&mut self, f: &mut dyn FnMut(&UserRow) -> Result<()>) -> Result<()> {
        self.iter().try_for_each(f)
    }
}

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

/// Progress for people: phases with a known number of steps (0 when not
/// known yet). The command line draws a bar on a terminal; everything
/// else passes [`Silent`].
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

/// What step 1 found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Checked {
    /// Rows read.
    pub rows: u64,
    /// Rows with a plain password.
    pub plain: u64,
}

impl Checked {
    /// The counts of rows in memory, whose checks the caller made.
    pub fn of(rows: &[UserRow]) -> Checked {
        Checked {
            rows: rows.len() as u64,
            plain: rows.iter().filter(|r| r.password.is_some()).count() as u64,
        }
    }
}

/// Step 2 done: what [`write`] needs besides the rows.
pub struct Prepared {
    /// The password change of each row with a plain password that is not
    /// skipped, by the row's line.
    passwords: HashMap<u64, Password>,
    settings: Settings,
    rows: u64,
}

/// What happens to a row's password.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Password {
    /// No password in the row, or the stored hash already matches it.
    Keep,
    /// Store this hash; `None` in a dry run, where nothing is hashed.
    Set(Option<String>),
    /// Remove the stored hash: the row's was too weak to keep
    /// (`--weak-hashes no-password`).
    Clear,
}

/// The plan for one row against one snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
        let id = super::lookup::role_id(conn, name)?;
        self.roles.insert(name.to_string(), id);
        Ok(id)
    }

    fn account(&mut self, conn: &Connection, name: &str) -> Result<i64> {
        if let Some(id) = self.accounts.get(name) {
            return Ok(*id);
        }
        let id = super::lookup::account_id(conn, name)?;
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

/// Plans one row against `conn`: what it names must exist, and its user
/// is created, updated or skipped (an existing one under `fail` is a
/// conflict, exit 4).
fn plan(conn: &Connection, row: &UserRow, opts: &Options, names: &mut Names) -> Result<Plan> {
    let place = || (opts.locate)(row);
    names.check(conn, row).map_err(|e| read::at(&place(), e))?;
    Ok(
        match (sql::id_by_name(conn, &row.username)?, opts.on_conflict) {
            (None, _) => Plan::Create,
            (Some(_), OnConflict::Fail) => return Err(read::at(&place(), conflict(&row.username))),
            (Some(_), OnConflict::Skip) => Plan::Skip,
            (Some(id), OnConflict::Update) => Plan::Update { id },
        },
    )
}

fn conflict(name: &str) -> Error {
    exists_error(name).with_hint(
        "give --on-conflict skip to leave existing users alone, or --on-conflict update to change them; nothing was written",
    )
}

/// Runs `work` on every core over the items `feed` hands over, while
/// `feed` is still reading: a few items wait at most, and each result goes
/// to `collect` as soon as it is back, so memory does not grow with the
/// input. The same threads serve the whole run (fresh threads for each
/// part would each leave an argon2-sized heap behind), and each keeps its
/// own state (`S`, argon2 memory) throughout. Returns `feed`'s result.
fn on_every_core<T: Send, S: Default, R: Send>(
    progress: &dyn Progress,
    feed: impl FnOnce(&mut Hand<T>) -> Result<()>,
    work: impl Fn(&mut S, T) -> R + Sync,
    mut collect: impl FnMut(R),
) -> Result<()> {
    use std::sync::{mpsc, Mutex};
    // One core, or no thread to be had: the work is done as it is fed.
    let here = |feed: &mut dyn FnMut(&mut Hand<T>) -> Result<()>, collect: &mut dyn FnMut(R)| {
        let mut state = S::default();
        feed(&mut |item| {
            collect(work(&mut state, item));
            progress.advance(1);
            Ok(())
        })
    };
    let mut feed = Some(feed);
    let mut feed = |hand: &mut Hand<T>| feed.take().map_or(Ok(()), |feed| feed(hand));
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    if workers <= 1 {
        return here(&mut feed, &mut collect);
    }
    // Outside the scope, which the threads may not outlive.
    let (to_work, queue) = mpsc::sync_channel::<T>(2 * workers);
    let queue = Mutex::new(queue);
    let (to_main, done) = mpsc::channel::<Option<R>>();
    std::thread::scope(|scope| {
        let mut started = 0;
        for _ in 0..workers {
            let (queue, to_main, work) = (&queue, to_main.clone(), &work);
            let spawned = std::thread::Builder::new().spawn_scoped(scope, move || {
                let mut state = S::default();
                loop {
                    let next = queue
                        .lock()
                        .map_err(|_| ())
                        .and_then(|q| q.recv().map_err(|_| ()));
                    let Ok(item) = next else { break };
                    // A worker that panicked would leave the feed waiting on
                    // a full queue: it reports the failure and goes on.
                    let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        work(&mut state, item)
                    }));
                    if to_main.send(done.ok()).is_err() {
                        break;
                    }
                    progress.advance(1);
                }
            });
            started += usize::from(spawned.is_ok());
        }
        drop(to_main);
        if started == 0 {
            return here(&mut feed, &mut collect);
        }
        let panicked = std::cell::Cell::new(false);
        let mut take = |result: Option<R>| match result {
            Some(r) => collect(r),
            None => panicked.set(true),
        };
        let fed = feed(&mut |item| {
            to_work
                .send(item)
                .map_err(|_| Error::failure("the hashing threads stopped"))?;
            while let Ok(result) = done.try_recv() {
                take(result);
            }
            Ok(())
        });
        // Closing the queue lets the workers finish what waits, then stop.
        drop(to_work);
        for result in done {
            take(result);
        }
        if panicked.get() {
            return Err(Error::failure("a hashing thread failed"));
        }
        fed
    })
}

/// Hands one item over to [`on_every_core`]'s workers.
type Hand<'a, T> = dyn FnMut(T) -> Result<()> + 'a;

/// A plain password waiting for the cores, with what its check needs.
struct Pending {
    line: u64,
    place: String,
    username: String,
    email: Option<String>,
    secret: Secret,
    /// For an update: the hash stored now, which may already match.
    stored: Option<String>,
}

impl Pending {
    fn of(row: &UserRow, opts: &Options, secret: &Secret, stored: Option<String>) -> Pending {
        Pending {
            line: row.line,
            place: (opts.locate)(row),
            username: row.username.clone(),
            email: row.email.clone().flatten(),
            secret: secret.clone(),
            stored,
        }
    }
}

/// Step 1: reads every row and checks it, before anything is looked up:
/// the fields (as the rows are read), a user named twice, and every plain
/// password against the policy in `settings` (on every core). The first
/// problem in the file's order is the error. A check of the input alone:
/// `apply` checks its own entries.
pub fn check(
    rows: &mut dyn Rows,
    settings: &Settings,
    opts: &Options,
    progress: &dyn Progress,
) -> Result<Checked> {
    use std::sync::atomic::AtomicBool;
    let mut seen = read::Seen::default();
    let mut checked = Checked::default();
    // A weak password found: reading stops, and that row's error wins.
    let failed = AtomicBool::new(false);
    progress.start("checking", 0);
    // The first refused password, by line.
    let mut refused: Option<(u64, Error)> = None;
    let read = on_every_core(
        &Silent,
        |check: &mut Hand<Pending>| {
            rows.each(&mut |row| {
                if failed.load(Ordering::Relaxed) {
                    return Err(Error::failure("stopped at a refused password"));
                }
                seen.check(row, || (opts.locate)(row))?;
                checked.rows += 1;
                if let Some(secret) = &row.password {
                    checked.plain += 1;
                    check(Pending::of(row, opts, secret, None))?;
                }
                progress.advance(1);
                Ok(())
            })
        },
        |_: &mut (), p: Pending| {
            let verdict = super::user::check_password(
                settings,
                &p.username,
                p.email.as_deref(),
                p.secret.expose_secret(),
            )
            .map_err(|e| read::at(&p.place, read::field_error("password", e)));
            if verdict.is_err() {
                failed.store(true, Ordering::Relaxed);
            }
            (p.line, verdict)
        },
        |(line, verdict): (u64, Result<()>)| {
            if let Err(err) = verdict {
                if refused.as_ref().is_none_or(|(first, _)| line < *first) {
                    refused = Some((line, err));
                }
            }
        },
    );
    // Every row before the one that stopped the reading was checked: the
    // first refused password among them comes first.
    match (refused, read) {
        (Some((_, err)), _) => Err(err),
        (None, read) => read.map(|()| checked),
    }
}

/// Step 2 against `conn`: plans every row (every role and account named
/// must exist), then hashes the plain passwords of the rows not skipped,
/// on every core (in a dry run only compares them with the stored
/// hashes). With no plain password there is nothing to do before the
/// write, which plans every row itself. `user import` runs this in a read
/// transaction before it takes the write lock; `apply` inside its write
/// transaction.
pub fn prepare(
    conn: &Connection,
    rows: &mut dyn Rows,
    checked: Checked,
    opts: &Options,
    settings: Settings,
    progress: &dyn Progress,
) -> Result<Prepared> {
    let mut prepared = Prepared {
        passwords: HashMap::new(),
        settings,
        rows: checked.rows,
    };
    if checked.plain == 0 {
        return Ok(prepared);
    }
    // Every look-up first, so that no hashing is wasted on a file that a
    // later row makes fail.
    let mut names = Names::new();
    let mut work = 0u64;
    rows.each(&mut |row| {
        let planned = plan(conn, row, opts, &mut names)?;
        if row.password.is_some() && planned != Plan::Skip {
            work += 1;
        }
        Ok(())
    })?;
    progress.start(
        if opts.dry_run {
            "comparing passwords"
        } else {
            "hashing passwords"
        },
        work,
    );
    let params = prepared.settings.hash;
    let dry_run = opts.dry_run;
    let mut hashed: HashMap<u64, Password> = HashMap::new();
    let mut failed: Option<Error> = None;
    let passwords = &mut prepared.passwords;
    let fed = on_every_core(
        progress,
        |hash: &mut Hand<Pending>| {
            rows.each(&mut |row| {
                let Some(secret) = &row.password else {
                    return Ok(());
                };
                let stored = match plan(conn, row, opts, &mut names)? {
                    Plan::Skip => return Ok(()),
                    // A new user in a dry run: it would get a hash; none is made.
                    Plan::Create if dry_run => {
                        passwords.insert(row.line, Password::Set(None));
                        return Ok(());
                    }
                    Plan::Create => None,
                    Plan::Update { .. } => {
                        sql::credentials(conn, &row.username)?.and_then(|c| c.password_hash)
                    }
                };
                hash(Pending::of(row, opts, secret, stored))
            })
        },
        |memory: &mut password::Argon2Memory, p: Pending| {
            let secret = p.secret.expose_secret();
            let change = match &p.stored {
                Some(old) if !password::needs_rehash(old, params) && memory.verify(secret, old) => {
                    Ok(Password::Keep)
                }
                _ if dry_run => Ok(Password::Set(None)),
                _ => memory.hash(secret, params).map(|h| Password::Set(Some(h))),
            };
            (p.line, change)
        },
        |(line, change): (u64, Result<Password>)| match change {
            Ok(change) => {
                hashed.insert(line, change);
            }
            Err(err) => failed = failed.take().or(Some(err)),
        },
    );
    fed?;
    if let Some(err) = failed {
        return Err(err);
    }
    prepared.passwords.extend(hashed);
    Ok(prepared)
}

/// Imports the rows: everything or nothing. A dry run does all the checks
/// and the writing inside a transaction it then rolls back.
pub fn import(
    store: &mut Store,
    ctx: &Ctx,
    rows: &mut dyn Rows,
    opts: &Options,
    progress: &dyn Progress,
) -> Result<ImportReport> {
    let settings = store.read(|tx| Settings::load(tx))?;
    let checked = check(rows, &settings, opts, progress)?;
    let prepared = store.read(|tx| prepare(tx, rows, checked, opts, settings, progress))?;
    progress.start("writing", checked.rows);
    let write = |tx: &rusqlite::Transaction| {
        let now = ctx.now_unix();
        let guard = AdminGuard::new(tx, now)?;
        let report = write(tx, ctx, rows, prepared, opts, progress, None)?;
        guard.check(tx, now, &format!("importing {}", opts.source))?;
        Ok(report)
    };
    store.transaction(Commit::unless(opts.dry_run), write)
}

/// Step 3, inside the caller's write transaction: decides again from what
/// is stored now (another writer may have come between) and writes. The
/// last-admin rule is the caller's to check around it. With `outcomes`,
/// pushes what happened to each row, in order.
pub fn write(
    tx: &Connection,
    ctx: &Ctx,
    rows: &mut dyn Rows,
    prepared: Prepared,
    opts: &Options,
    progress: &dyn Progress,
    mut outcomes: Option<&mut Vec<Outcome>>,
) -> Result<ImportReport> {
    crate::store::room_for_import(tx, prepared.rows)?;
    let Prepared {
        mut passwords,
        settings,
        ..
    } = prepared;
    let mut names = Names::new();
    let mut report = ImportReport {
        source: opts.source.to_string(),
        format: opts.format.to_string(),
        dry_run: opts.dry_run,
        created: 0,
        updated: 0,
        unchanged: 0,
        skipped: 0,
        without_password: 0,
        without_password_users: Vec::new(),
    };
    rows.each(&mut |row| {
        let place = || (opts.locate)(row);
        let planned = plan(tx, row, opts, &mut names)?;
        let password = match passwords.remove(&row.line) {
            // Planned as an update whose password matched, the user has
            // gone since: the new one needs a hash after all.
            Some(Password::Keep) if planned == Plan::Create && !opts.dry_run => {
                row_password(row, planned, tx, &settings, opts.dry_run)?
            }
            Some(password) => password,
            None => row_password(row, planned, tx, &settings, opts.dry_run)?,
        };
        let outcome = match planned {
            Plan::Create => {
                create(tx, ctx, row, &password, &mut names, opts.origin)
                    .map_err(|e| read::at(&place(), e))?;
                report.created += 1;
                Outcome::Created
            }
            Plan::Update { id } => {
                let mut fields = outcomes.as_ref().map(|_| Vec::new());
                let changed = update(
                    tx,
                    ctx,
                    id,
                    row,
                    &password,
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
        if row.weak_hash.is_some() && planned != Plan::Skip {
            report.without_password += 1;
            report.without_password_users.push(row.username.clone());
        }
        if let Some(list) = outcomes.as_deref_mut() {
            list.push(outcome);
        }
        progress.advance(1);
        Ok(())
    })?;
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
                "without_password": report.without_password,
            }),
        )?;
    }
    Ok(report)
}

/// The password change of a row that step 2 did not prepare: a hash given
/// (kept when it is the stored one), a plain password (hashed now; only
/// when the user appeared or went between the steps), or none.
fn row_password(
    row: &UserRow,
    planned: Plan,
    conn: &Connection,
    settings: &Settings,
    dry_run: bool,
) -> Result<Password> {
    if planned == Plan::Skip {
        return Ok(Password::Keep);
    }
    if let Some(secret) = &row.password {
        if dry_run {
            return Ok(Password::Set(None));
        }
        return Ok(Password::Set(Some(password::hash(
            secret.expose_secret(),
            settings.hash,
        )?)));
    }
    if row.weak_hash.is_some() {
        // The row's hash was left out: a new user gets none, an existing
        // one loses the one stored, which the file no longer vouches for.
        let stored = match planned {
            Plan::Update { .. } => {
                sql::credentials(conn, &row.username)?.and_then(|c| c.password_hash)
            }
            _ => None,
        };
        return Ok(if stored.is_some() {
            Password::Clear
        } else {
            Password::Keep
        });
    }
    let Some(hash) = &row.password_hash else {
        return Ok(Password::Keep);
    };
    if let Plan::Update { .. } = planned {
        let stored = sql::credentials(conn, &row.username)?.and_then(|c| c.password_hash);
        if stored.as_ref() == Some(hash) {
            return Ok(Password::Keep);
        }
    }
    Ok(Password::Set(Some(hash.clone())))
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
        Password::Keep | Password::Clear => None,
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
    if let Some(family) = row.weak_hash {
        details["weak_hash_left_out"] = json!(family);
    }
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
    let before = super::lookup::user(tx, &row.username, now)?;
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
    match password {
        Password::Set(hash) => {
            sql::set_password(tx, id, hash.as_deref(), now)?;
            changes.insert("password".into(), json!("changed"));
        }
        Password::Clear => {
            sql::set_password(tx, id, None, now)?;
            changes.insert("password".into(), json!("removed"));
            if let Some(family) = row.weak_hash {
                changes.insert("weak_hash_left_out".into(), json!(family));
            }
        }
        Password::Keep => {}
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
