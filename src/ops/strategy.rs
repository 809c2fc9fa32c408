//! Backup strategies: a schedule and retention rules, applied to accounts.
//!
//! One strategy per account at most; an account without one inherits its
//! nearest ancestor's (the account tree computes that). A strategy cannot
//! be deleted while applied unless forced, which detaches it first.

use crate::store::Db;
use chrono::{DateTime, Utc};
use serde_json::json;

use super::{record, Ctx};
use crate::error::{Error, Result};
use crate::lookup::{no_strategy, strategy_row as row};
use crate::model::Strategy;
use crate::names::{validate, NameKind};
use crate::retention::{self, Rules, Snapshot, Verdict};
use crate::schedule::Schedule;
use crate::store::strategies::{self as sql, StrategyRow};
use crate::store::Store;
use crate::time::format_duration;

/// How many scheduled runs `show` and `list` report.
pub const NEXT_RUNS: usize = 3;

/// The largest count a keep rule takes.
pub const MAX_KEEP: u32 = 1_000_000;

fn no_rules() -> Error {
    Error::usage("a strategy needs at least one keep rule").with_hint(
        "give --keep-last, --keep-hourly, --keep-daily, --keep-weekly, --keep-monthly, --keep-yearly or --keep-within",
    )
}

/// What `create` sets and `edit` changes. In an edit, `None` leaves a
/// value as it is and a count of 0 (or a zero duration) removes a rule.
#[derive(Debug, Clone, Default)]
pub struct StrategyChange {
    pub schedule: Option<Schedule>,
    pub description: Option<String>,
    pub keep_last: Option<u32>,
    pub keep_hourly: Option<u32>,
    pub keep_daily: Option<u32>,
    pub keep_weekly: Option<u32>,
    pub keep_monthly: Option<u32>,
    pub keep_yearly: Option<u32>,
    pub keep_within: Option<std::time::Duration>,
}

impl StrategyChange {
    fn is_empty(&self) -> bool {
        self.schedule.is_none()
            && self.description.is_none()
            && self.counts().iter().all(|c| c.is_none())
            && self.keep_within.is_none()
    }

    fn counts(&self) -> [Option<u32>; 6] {
        [
            self.keep_last,
            self.keep_hourly,
            self.keep_daily,
            self.keep_weekly,
            self.keep_monthly,
            self.keep_yearly,
        ]
    }

    fn check(&self) -> Result<()> {
        if let Some(d) = &self.description {
            super::fields::check_description(d)?;
        }
        if self.counts().iter().flatten().any(|n| *n > MAX_KEEP) {
            return Err(Error::usage(format!("a keep count is at most {MAX_KEEP}")));
        }
        Ok(())
    }

    /// Applies the change to the rules; a 0 removes a rule.
    fn apply_to(&self, rules: &mut Rules) {
        let set = |slot: &mut Option<u32>, value: Option<u32>| {
            if let Some(n) = value {
                *slot = (n > 0).then_some(n);
            }
        };
        set(&mut rules.last, self.keep_last);
        set(&mut rules.hourly, self.keep_hourly);
        set(&mut rules.daily, self.keep_daily);
        set(&mut rules.weekly, self.keep_weekly);
        set(&mut rules.monthly, self.keep_monthly);
        set(&mut rules.yearly, self.keep_yearly);
        if let Some(d) = self.keep_within {
            rules.within = (!d.is_zero()).then_some(d);
        }
    }
}

fn rules_json(rules: &Rules) -> serde_json::Value {
    json!({
        "keep_last": rules.last,
        "keep_hourly": rules.hourly,
        "keep_daily": rules.daily,
        "keep_weekly": rules.weekly,
        "keep_monthly": rules.monthly,
        "keep_yearly": rules.yearly,
        "keep_within": rules.within.map(format_duration),
    })
}

/// The strategy as shown, with the accounts it is applied to and its next
/// runs after `now`.
fn load(conn: &Db, row: StrategyRow, now: DateTime<Utc>) -> Result<Strategy> {
    let accounts = sql::accounts(conn, row.id)?
        .into_iter()
        .map(|(_, name)| name)
        .collect();
    // A schedule stored by this version always parses; one that does not
    // (edited by hand) shows no runs rather than failing the listing.
    let next_runs = Schedule::parse(&row.schedule)
        .map(|s| s.next_runs(now, NEXT_RUNS))
        .unwrap_or_default();
    Ok(Strategy {
        name: row.name,
        description: row.description,
        schedule: row.schedule,
        keep_last: row.rules.last,
        keep_hourly: row.rules.hourly,
        keep_daily: row.rules.daily,
        keep_weekly: row.rules.weekly,
        keep_monthly: row.rules.monthly,
        keep_yearly: row.rules.yearly,
        keep_within: row.rules.within.map(format_duration),
        accounts,
        next_runs,
    })
}

/// The strategy, when one by that name exists.
pub fn find(store: &mut Store, ctx: &Ctx, name: &str) -> Result<Option<Strategy>> {
    validate(NameKind::Strategy, name)?;
    store.read(|tx| {
        sql::get(tx, name)?
            .map(|r| load(tx, r, ctx.now))
            .transpose()
    })
}

pub fn show(store: &mut Store, ctx: &Ctx, name: &str) -> Result<Strategy> {
    validate(NameKind::Strategy, name)?;
    store.read(|tx| match sql::get(tx, name)? {
        Some(row) => load(tx, row, ctx.now),
        None => Err(no_strategy(name)),
    })
}

pub fn list(store: &mut Store, ctx: &Ctx) -> Result<Vec<Strategy>> {
    store.read(|tx| {
        sql::list(tx)?
            .into_iter()
            .map(|r| load(tx, r, ctx.now))
            .collect()
    })
}

/// Creates a strategy; its schedule and at least one keep rule are
/// required. A taken name is a conflict (exit 4).
pub fn create(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    change: &StrategyChange,
) -> Result<Strategy> {
    validate(NameKind::Strategy, name)?;
    // Checked before the write lock is taken, and again inside.
    new_strategy(change)?;
    store.write(|tx| create_in(tx, ctx, name, change))
}

/// What a new strategy starts with: its schedule, rules and description.
fn new_strategy(change: &StrategyChange) -> Result<(&Schedule, Rules, String)> {
    change.check()?;
    let schedule = change
        .schedule
        .as_ref()
        .ok_or_else(|| Error::usage("a strategy needs a --schedule"))?;
    let mut rules = Rules::default();
    change.apply_to(&mut rules);
    if rules.is_empty() {
        return Err(no_rules());
    }
    Ok((
        schedule,
        rules,
        change.description.clone().unwrap_or_default(),
    ))
}

/// [`create`] inside the caller's write transaction.
pub(crate) fn create_in(
    tx: &Db,
    ctx: &Ctx,
    name: &str,
    change: &StrategyChange,
) -> Result<Strategy> {
    let (schedule, rules, description) = new_strategy(change)?;
    if sql::get(tx, name)?.is_some() {
        return Err(
            Error::conflict(format!("strategy \"{name}\" already exists")).with_hint(
                "use `warden strategy edit` to change it, or --if-not-exists to accept it as it is",
            ),
        );
    }
    sql::insert(
        tx,
        name,
        &description,
        schedule.as_str(),
        &rules,
        ctx.now_unix(),
    )?;
    let mut details = rules_json(&rules);
    details["schedule"] = json!(schedule.as_str());
    details["description"] = json!(description);
    record(tx, ctx, "strategy.create", name, details)?;
    load(tx, row(tx, name)?, ctx.now)
}

/// Changes a strategy's schedule, rules or description; the result must
/// keep at least one rule.
pub fn edit(store: &mut Store, ctx: &Ctx, name: &str, change: &StrategyChange) -> Result<Strategy> {
    validate(NameKind::Strategy, name)?;
    if change.is_empty() {
        return Err(Error::usage("nothing to change")
            .with_hint("give --schedule, --description or a --keep-* option (0 removes a rule)"));
    }
    change.check()?;
    store
        .write(|tx| edit_in(tx, ctx, name, change))
        .map(|(strategy, _)| strategy)
}

/// [`edit`] inside the caller's write transaction, with the change already
/// checked. Returns the strategy and the names of the fields that changed
/// (none when the change sets what is already there).
pub(crate) fn edit_in(
    tx: &Db,
    ctx: &Ctx,
    name: &str,
    change: &StrategyChange,
) -> Result<(Strategy, Vec<&'static str>)> {
    let mut current = row(tx, name)?;
    let before = current.clone();
    if let Some(schedule) = &change.schedule {
        current.schedule = schedule.as_str().to_string();
    }
    if let Some(d) = &change.description {
        current.description = d.clone();
    }
    change.apply_to(&mut current.rules);
    if current.rules.is_empty() {
        return Err(no_rules().with_hint(
            "a strategy keeps at least one rule: set another before removing this one",
        ));
    }
    let mut changed = Vec::new();
    if current != before {
        let (old, new) = (&before.rules, &current.rules);
        for (field, differs) in [
            ("schedule", before.schedule != current.schedule),
            ("description", before.description != current.description),
            ("keep_last", old.last != new.last),
            ("keep_hourly", old.hourly != new.hourly),
            ("keep_daily", old.daily != new.daily),
            ("keep_weekly", old.weekly != new.weekly),
            ("keep_monthly", old.monthly != new.monthly),
            ("keep_yearly", old.yearly != new.yearly),
            ("keep_within", old.within != new.within),
        ] {
            if differs {
                changed.push(field);
            }
        }
        sql::update(tx, &current, ctx.now_unix())?;
        let mut details = rules_json(&current.rules);
        details["schedule"] = json!(current.schedule);
        details["description"] = json!(current.description);
        record(tx, ctx, "strategy.edit", name, details)?;
    }
    Ok((load(tx, current, ctx.now)?, changed))
}

/// Deletes a strategy. While applied it is refused (exit 5) unless
/// `force`, which detaches it from its accounts first (each audited).
/// Returns the accounts detached.
pub fn delete(store: &mut Store, ctx: &Ctx, name: &str, force: bool) -> Result<Vec<String>> {
    validate(NameKind::Strategy, name)?;
    store.write(|tx| delete_in(tx, ctx, name, force))
}

/// [`delete`] inside the caller's write transaction.
pub(crate) fn delete_in(tx: &Db, ctx: &Ctx, name: &str, force: bool) -> Result<Vec<String>> {
    let now = ctx.now_unix();
    let found = row(tx, name)?;
    let applied = sql::accounts(tx, found.id)?;
    if !applied.is_empty() && !force {
        let names: Vec<String> = applied.iter().map(|(_, n)| n.clone()).collect();
        let first: Vec<&str> = names.iter().take(10).map(String::as_str).collect();
        return Err(Error::refused(format!(
            "strategy \"{name}\" is applied to {}",
            count_names(&names)
        ))
        .with_hint(format!(
            "detach it first (warden strategy detach {}{}), or pass --force to detach it and delete it; nothing was changed",
            first.join(" "),
            if names.len() > 10 { " ..." } else { "" }
        )));
    }
    let mut detached = Vec::with_capacity(applied.len());
    for (id, account) in applied {
        sql::set_account_strategy(tx, id, None, now)?;
        record(
            tx,
            ctx,
            "strategy.detach",
            &account,
            json!({ "strategy": name }),
        )?;
        detached.push(account);
    }
    sql::delete(tx, found.id)?;
    record(
        tx,
        ctx,
        "strategy.delete",
        name,
        json!({ "detached": detached.len() }),
    )?;
    Ok(detached)
}

/// "3 accounts: a, b, c" with at most ten names shown.
pub fn count_names(names: &[String]) -> String {
    format!(
        "{} account{}: {}",
        names.len(),
        if names.len() == 1 { "" } else { "s" },
        crate::text::some_names(names, 10)
    )
}

/// The accounts a name list (and `recursive`) covers, each once, in
/// order, with their own strategies.
fn members(conn: &Db, names: &[String], recursive: bool) -> Result<Vec<sql::Member>> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for name in names {
        let top = crate::lookup::account_row(conn, name)?;
        for member in sql::members(conn, top.id, recursive)? {
            if seen.insert(member.0) {
                out.push(member);
            }
        }
    }
    Ok(out)
}

/// What `apply` and `detach` did: the accounts changed and those that
/// already were so.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    pub changed: Vec<String>,
    pub unchanged: Vec<String>,
}

fn check_names(names: &[String]) -> Result<()> {
    names
        .iter()
        .try_for_each(|n| validate(NameKind::Account, n))
}

/// Applies a strategy to accounts (with `recursive`, to every account
/// below them too, replacing their own). Idempotent; all or nothing.
pub fn apply(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    accounts: &[String],
    recursive: bool,
) -> Result<(Strategy, Applied)> {
    validate(NameKind::Strategy, name)?;
    check_names(accounts)?;
    store.write(|tx| apply_in(tx, ctx, name, accounts, recursive))
}

/// [`apply`] inside the caller's write transaction.
pub(crate) fn apply_in(
    tx: &Db,
    ctx: &Ctx,
    name: &str,
    accounts: &[String],
    recursive: bool,
) -> Result<(Strategy, Applied)> {
    let now = ctx.now_unix();
    let strategy = row(tx, name)?;
    let mut done = Applied::default();
    for (id, account, own, replaced) in members(tx, accounts, recursive)? {
        if own == Some(strategy.id) {
            done.unchanged.push(account);
            continue;
        }
        sql::set_account_strategy(tx, id, Some(strategy.id), now)?;
        record(
            tx,
            ctx,
            "strategy.apply",
            &account,
            json!({ "strategy": name, "replaced": replaced, "recursive": recursive }),
        )?;
        done.changed.push(account);
    }
    Ok((load(tx, strategy, ctx.now)?, done))
}

/// Takes accounts' own strategies away, so they inherit their nearest
/// ancestor's again. Idempotent; all or nothing.
pub fn detach(
    store: &mut Store,
    ctx: &Ctx,
    accounts: &[String],
    recursive: bool,
) -> Result<Applied> {
    check_names(accounts)?;
    store.write(|tx| detach_in(tx, ctx, accounts, recursive))
}

/// [`detach`] inside the caller's write transaction.
pub(crate) fn detach_in(
    tx: &Db,
    ctx: &Ctx,
    accounts: &[String],
    recursive: bool,
) -> Result<Applied> {
    let now = ctx.now_unix();
    let mut done = Applied::default();
    for (id, account, _, own) in members(tx, accounts, recursive)? {
        let Some(strategy) = own else {
            done.unchanged.push(account);
            continue;
        };
        sql::set_account_strategy(tx, id, None, now)?;
        record(
            tx,
            ctx,
            "strategy.detach",
            &account,
            json!({ "strategy": strategy, "recursive": recursive }),
        )?;
        done.changed.push(account);
    }
    Ok(done)
}

/// For `db check`: every stored strategy has a schedule this version
/// parses and at least one keep rule.
pub(crate) fn stored_problems(conn: &Db) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    for s in sql::list(conn)? {
        let name = &s.name;
        if let Err(e) = Schedule::parse(&s.schedule) {
            problems.push(format!("strategy {name}: {}", e.message));
        }
        if s.rules.is_empty() {
            problems.push(format!("strategy {name} has no keep rule"));
        }
    }
    Ok(problems)
}

/// What the strategy's retention rules decide for the given snapshots.
pub fn preview(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    snapshots: &[Snapshot],
) -> Result<(Strategy, Vec<Verdict>)> {
    validate(NameKind::Strategy, name)?;
    let (strategy, rules) = store.read(|tx| {
        let found = row(tx, name)?;
        let rules = found.rules.clone();
        Ok((load(tx, found, ctx.now)?, rules))
    })?;
    Ok((strategy, retention::apply(&rules, snapshots)))
}
