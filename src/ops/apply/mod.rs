//! `apply`: converge the database to a declarative TOML file.
//!
//! The file names settings, roles, strategies, accounts and users (with
//! their grants). Everything it names is created or changed to match;
//! entries marked `present = false` are removed; nothing it does not name
//! is touched. For an existing entity only the keys the file gives are
//! compared, so a second run of the same file finds nothing to do.
//!
//! The whole run is one write transaction, in this order: settings, roles,
//! strategies, accounts (parents before children, owners that exist
//! already), users (through the import rules), account owners, grants,
//! then removals (users, accounts, strategies, roles). Each change is made
//! by the same transaction-level operation the matching command uses, with
//! that command's rules and audit event; the plan is the list of changes
//! made. A dry run does exactly the same and rolls back.

pub mod read;

use secrecy::ExposeSecret;
use std::collections::HashSet;

use rusqlite::Connection;
use serde::Serialize;
use serde_json::{json, Value};

pub use read::{parse, Document, Entry};

use self::read::{at, field, AccountSpec};
use super::import::{self, OnConflict, Options, Outcome, Silent, UserRow};
use super::settings::Settings;
use super::user::OwnedAccounts;
use super::{account, lookup, record, role, settings, strategy, user, AdminGuard, Ctx};
use crate::error::{Error, Result};
use crate::model::AccountState;
use crate::password;
use crate::store::{self, Commit, Store};

/// What a change does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Create,
    Change,
    Remove,
}

/// One line of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub action: Action,
    /// `setting`, `role`, `strategy`, `account`, `user` or `grant`.
    pub kind: &'static str,
    /// The entity's name; a grant is named `USER on ACCOUNT`.
    pub name: String,
    /// For a create, the keys the file gives; for a change, the fields
    /// that change.
    pub fields: Vec<String>,
    /// A setting's or a grant's value before the change, when it had one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<Value>,
    /// A setting's or a grant's value after the change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<Value>,
}

/// The plan of one run, and whether it was applied.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub changes: Vec<Change>,
    pub create: u64,
    pub change: u64,
    pub remove: u64,
    /// False for a dry run: nothing was written.
    pub applied: bool,
}

impl Report {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// The plan as it is made, with what this run created (whose later
/// changes belong to their creation).
#[derive(Default)]
struct Plan {
    changes: Vec<Change>,
    created: HashSet<(&'static str, String)>,
}

impl Plan {
    fn push(&mut self, action: Action, kind: &'static str, name: &str, fields: Vec<String>) {
        self.changes.push(Change {
            action,
            kind,
            name: name.to_string(),
            fields,
            from: None,
            to: None,
        });
    }

    fn create(&mut self, kind: &'static str, name: &str, fields: &[String]) {
        self.created.insert((kind, name.to_string()));
        self.push(Action::Create, kind, name, fields.to_vec());
    }

    /// Records changed fields; merged into the entity's earlier change
    /// line, and left out for an entity this run created.
    fn change<S: Into<String>>(
        &mut self,
        kind: &'static str,
        name: &str,
        fields: impl IntoIterator<Item = S>,
    ) {
        if self.created.contains(&(kind, name.to_string())) {
            return;
        }
        let fields: Vec<String> = fields.into_iter().map(Into::into).collect();
        if fields.is_empty() {
            return;
        }
        let earlier = self
            .changes
            .iter_mut()
            .find(|c| c.action == Action::Change && c.kind == kind && c.name == name);
        match earlier {
            Some(change) => {
                for f in fields {
                    if !change.fields.contains(&f) {
                        change.fields.push(f);
                    }
                }
            }
            None => self.push(Action::Change, kind, name, fields),
        }
    }

    fn remove(&mut self, kind: &'static str, name: &str) {
        self.push(Action::Remove, kind, name, Vec::new());
    }

    fn value(
        &mut self,
        action: Action,
        kind: &'static str,
        name: &str,
        field: &str,
        from: Option<Value>,
        to: Option<Value>,
    ) {
        self.changes.push(Change {
            action,
            kind,
            name: name.to_string(),
            fields: vec![field.to_string()],
            from,
            to,
        });
    }

    fn report(self, applied: bool) -> Report {
        let count = |a: Action| self.changes.iter().filter(|c| c.action == a).count() as u64;
        Report {
            create: count(Action::Create),
            change: count(Action::Change),
            remove: count(Action::Remove),
            changes: self.changes,
            applied,
        }
    }
}

/// Converges the database to `doc` in one transaction; with `dry_run`,
/// does the same and rolls it back. Returns the plan: the changes made
/// (or that would be made), in the order they were made.
pub fn apply(store: &mut Store, ctx: &Ctx, doc: &Document, dry_run: bool) -> Result<Report> {
    let run = |tx: &rusqlite::Transaction| -> Result<Report> {
        let now = ctx.now_unix();
        let guard = AdminGuard::new(tx, now)?;
        let mut plan = Plan::default();
        apply_settings(tx, ctx, doc, &mut plan)?;
        apply_roles(tx, ctx, doc, &mut plan)?;
        apply_strategies(tx, ctx, doc, &mut plan)?;
        apply_accounts(tx, ctx, doc, dry_run, &mut plan)?;
        apply_users(tx, ctx, doc, dry_run, &mut plan)?;
        apply_owners(tx, ctx, doc, &mut plan)?;
        apply_grants(tx, ctx, doc, &mut plan)?;
        remove_users(tx, ctx, doc, &mut plan)?;
        remove_accounts(tx, ctx, doc, &mut plan)?;
        remove_strategies(tx, ctx, doc, &mut plan)?;
        remove_roles(tx, ctx, doc, &mut plan)?;
        guard.check(tx, now, &format!("applying {}", doc.source))?;
        let report = plan.report(!dry_run);
        if !report.is_empty() {
            record(
                tx,
                ctx,
                "apply",
                &doc.source,
                json!({ "create": report.create, "change": report.change, "remove": report.remove }),
            )?;
        }
        Ok(report)
    };
    store.transaction(Commit::unless(dry_run), run)
}

/// The entries that must exist, with what they ask for.
fn present<T>(entries: &[Entry<T>]) -> impl Iterator<Item = (&Entry<T>, &T)> {
    entries
        .iter()
        .filter_map(|e| e.spec.as_ref().map(|spec| (e, spec)))
}

/// The entries marked `present = false`.
fn absent<T>(entries: &[Entry<T>]) -> impl Iterator<Item = &Entry<T>> {
    entries.iter().filter(|e| e.spec.is_none())
}

// ---- settings, roles, strategies ----

fn apply_settings(tx: &Connection, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
    let place = format!("{}: settings", doc.source);
    for (key, input) in &doc.settings {
        let (setting, previous) =
            settings::set_in(tx, ctx, key, input).map_err(|e| at(&place, field(key, e)))?;
        if let Some((from, was_set)) = previous {
            let from = if was_set {
                from
            } else {
                json!(format!("{} (default)", shown(&from)))
            };
            plan.value(
                Action::Change,
                "setting",
                key,
                "value",
                Some(from),
                Some(setting.value),
            );
        }
    }
    Ok(())
}

/// A JSON value as a person reads it: text without quotes.
pub fn shown(value: &Value) -> String {
    match value {
        Value::String(s) if s.is_empty() => "\"\"".to_string(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn apply_roles(tx: &Connection, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
    for (entry, spec) in present(&doc.roles) {
        let name = entry.name.as_str();
        let mut step = || -> Result<()> {
            let Some(current) = store::roles::get(tx, name)? else {
                let permissions = spec.permissions.as_deref().ok_or_else(|| {
                    field(
                        "permissions",
                        Error::usage("a new role needs its permissions")
                            .with_hint("`warden role permissions` lists them"),
                    )
                })?;
                let description = spec.description.as_deref().unwrap_or_default();
                role::create_in(tx, ctx, name, permissions, description, false)?;
                plan.create("role", name, &entry.keys);
                return Ok(());
            };
            let (mut add, mut remove) = (Vec::new(), Vec::new());
            if let Some(wanted) = &spec.permissions {
                add = wanted
                    .iter()
                    .filter(|p| !current.permissions.contains(p))
                    .cloned()
                    .collect();
                remove = current
                    .permissions
                    .iter()
                    .filter(|p| !wanted.contains(p))
                    .cloned()
                    .collect();
            }
            let description = spec
                .description
                .as_deref()
                .filter(|d| *d != current.description);
            let mut fields = Vec::new();
            if !add.is_empty() || !remove.is_empty() {
                fields.push("permissions");
            }
            if description.is_some() {
                fields.push("description");
            }
            if !fields.is_empty() {
                role::edit_in(tx, ctx, name, &add, &remove, description)?;
                plan.change("role", name, fields);
            }
            Ok(())
        };
        step().map_err(|e| at(&entry.place, e))?;
    }
    Ok(())
}

fn apply_strategies(tx: &Connection, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
    for (entry, spec) in present(&doc.strategies) {
        let name = entry.name.as_str();
        let mut step = || -> Result<()> {
            if store::strategies::get(tx, name)?.is_none() {
                let change = &spec.change;
                if change.schedule.is_none() {
                    return Err(field(
                        "schedule",
                        Error::usage("a new strategy needs a schedule")
                            .with_hint("for example schedule = \"daily@02:00\""),
                    ));
                }
                strategy::create_in(tx, ctx, name, change).map_err(|e| {
                    if e.message.contains("keep rule") {
                        e.with_hint("give keep_last, keep_hourly, keep_daily, keep_weekly, keep_monthly, keep_yearly or keep_within")
                    } else {
                        e
                    }
                })?;
                plan.create("strategy", name, &entry.keys);
                return Ok(());
            }
            let (_, fields) = strategy::edit_in(tx, ctx, name, &spec.change)?;
            plan.change("strategy", name, fields);
            Ok(())
        };
        step().map_err(|e| at(&entry.place, e))?;
    }
    Ok(())
}

// ---- accounts ----

/// The accounts in the order they are handled: an account to be created
/// below another one the file creates comes after it. A parent that
/// never comes (a cycle, a typo) is reported when its child is created.
fn account_order(tx: &Connection, doc: &Document) -> Result<Vec<usize>> {
    let mut missing = HashSet::new();
    for (entry, _) in present(&doc.accounts) {
        if store::accounts::id_by_name(tx, &entry.name)?.is_none() {
            missing.insert(entry.name.as_str());
        }
    }
    let waits_for = |i: usize| -> Option<&str> {
        let entry = &doc.accounts[i];
        let parent = entry.spec.as_ref()?.parent.as_deref()?;
        (missing.contains(entry.name.as_str()) && missing.contains(parent)).then_some(parent)
    };
    let mut done: HashSet<&str> = HashSet::new();
    let mut order = Vec::with_capacity(doc.accounts.len());
    let mut pending: Vec<usize> = (0..doc.accounts.len()).collect();
    loop {
        let before = pending.len();
        let mut waiting = Vec::new();
        for i in pending {
            match waits_for(i) {
                Some(parent) if !done.contains(parent) => waiting.push(i),
                _ => {
                    done.insert(doc.accounts[i].name.as_str());
                    order.push(i);
                }
            }
        }
        pending = waiting;
        if pending.is_empty() || pending.len() == before {
            break;
        }
    }
    order.extend(pending);
    Ok(order)
}

fn apply_accounts(
    tx: &Connection,
    ctx: &Ctx,
    doc: &Document,
    dry_run: bool,
    plan: &mut Plan,
) -> Result<()> {
    for i in account_order(tx, doc)? {
        let entry = &doc.accounts[i];
        let Some(spec) = &entry.spec else { continue };
        let mut step = || -> Result<()> {
            match store::accounts::get(tx, &entry.name)? {
                None => create_account(tx, ctx, entry, spec, dry_run, plan),
                Some(current) => update_account(tx, ctx, entry, spec, &current, plan),
            }
        };
        step().map_err(|e| at(&entry.place, e))?;
    }
    Ok(())
}

fn create_account(
    tx: &Connection,
    ctx: &Ctx,
    entry: &Entry<AccountSpec>,
    spec: &AccountSpec,
    dry_run: bool,
    plan: &mut Plan,
) -> Result<()> {
    let name = entry.name.as_str();
    let parent = match &spec.parent {
        Some(parent) => {
            lookup::account_row(tx, parent).map_err(|e| field("parent", e))?;
            parent.clone()
        }
        None => store::accounts::root_name(tx)?,
    };
    let own_strategy = spec.strategy.clone().flatten();
    if let Some(s) = &own_strategy {
        lookup::strategy_row(tx, s).map_err(|e| field("strategy", e))?;
    }
    // An owner the file creates later gets the account after the users.
    let owner = match &spec.owner {
        Some(Some(o)) if store::users::id_by_name(tx, o)?.is_some() => Some(o.clone()),
        _ => None,
    };
    let path = spec.password_file.as_deref().ok_or_else(|| {
        field(
            "password_file",
            Error::usage("a new account needs a password").with_hint(
                "name a file whose first line is the account password: password_file = \"secrets/NAME.pass\"",
            ),
        )
    })?;
    let secret = crate::password::read::from_file(path).map_err(|e| field("password_file", e))?;
    let hash = if dry_run {
        None
    } else {
        Some(password::hash(
            secret.expose_secret(),
            Settings::load(tx)?.hash,
        )?)
    };
    drop(secret);
    let request = account::NewAccount {
        name: name.to_string(),
        parent: Some(parent),
        owner,
        strategy: own_strategy,
        credits: spec.credits.unwrap_or(0),
    };
    account::create_in(tx, ctx, &request, hash.as_deref())?;
    if spec.enabled == Some(false) {
        account::set_enabled_in(tx, ctx, &[name.to_string()], false, false)?;
    }
    plan.create("account", name, &entry.keys);
    Ok(())
}

fn update_account(
    tx: &Connection,
    ctx: &Ctx,
    entry: &Entry<AccountSpec>,
    spec: &AccountSpec,
    current: &crate::model::Account,
    plan: &mut Plan,
) -> Result<()> {
    let name = entry.name.as_str();
    if current.state == AccountState::PendingDeletion {
        return Err(Error::refused(format!(
            "account \"{name}\" is queued for deletion"
        ))
        .with_hint(format!(
            "restore it with `warden account restore {name}`, or mark the entry present = false; nothing was changed"
        )));
    }
    if let Some(parent) = &spec.parent {
        if current.parent.as_deref() != Some(parent.as_str()) {
            let now = match &current.parent {
                Some(p) => format!("is below \"{p}\""),
                None => "is the root account".to_string(),
            };
            return Err(field(
                "parent",
                Error::refused(format!(
                    "account \"{name}\" {now}, not below \"{parent}\": apply does not move accounts"
                ))
                .with_hint("moving an account changes who can reach its backups; change the file's parent to match, or recreate the account"),
            ));
        }
    }
    let names = [name.to_string()];
    if let Some(wanted) = &spec.strategy {
        if *wanted != current.strategy {
            match wanted {
                Some(s) => {
                    lookup::strategy_row(tx, s).map_err(|e| field("strategy", e))?;
                    strategy::apply_in(tx, ctx, s, &names, false)?;
                }
                None => {
                    strategy::detach_in(tx, ctx, &names, false)?;
                }
            }
            plan.change("account", name, ["strategy"]);
        }
    }
    if let Some(enabled) = spec.enabled {
        if enabled != (current.state == AccountState::Enabled) {
            account::set_enabled_in(tx, ctx, &names, enabled, false)?;
            plan.change("account", name, ["state"]);
        }
    }
    if let Some(credits) = spec.credits {
        if credits != current.credits {
            account::credits_in(tx, ctx, name, None, Some(credits))?;
            plan.change("account", name, ["credits"]);
        }
    }
    Ok(())
}

fn apply_owners(tx: &Connection, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
    for (entry, spec) in present(&doc.accounts) {
        let Some(owner) = &spec.owner else { continue };
        let mut step = || -> Result<()> {
            if let Some(o) = owner {
                lookup::user_id(tx, o).map_err(|e| field("owner", e))?;
            }
            if account::set_owner_in(tx, ctx, &entry.name, owner.as_deref())? {
                plan.change("account", &entry.name, ["owner"]);
            }
            Ok(())
        };
        step().map_err(|e| at(&entry.place, e))?;
    }
    Ok(())
}

// ---- users and grants ----

/// The field names of the import's audit events as the file spells them.
fn file_field(name: &str) -> &str {
    match name {
        "expires_at" => "expires",
        other => other,
    }
}

/// An error from the import rules, already placed, written like ours:
/// `PLACE, field "KEY": ...`.
fn tidy(err: Error) -> Error {
    let message = err.message.replacen("\": field \"", "\", field \"", 1);
    Error { message, ..err }
}

fn apply_users(
    tx: &Connection,
    ctx: &Ctx,
    doc: &Document,
    dry_run: bool,
    plan: &mut Plan,
) -> Result<()> {
    if doc.user_rows.is_empty() {
        return Ok(());
    }
    // What the rows name must exist, said with the field that names it.
    let settings = Settings::load(tx)?;
    for (entry, spec) in present(&doc.users) {
        let row = &doc.user_rows[spec.row];
        let check = || -> Result<()> {
            for r in row.roles.iter().flatten() {
                lookup::role_id(tx, r).map_err(|e| field("roles", e))?;
            }
            if let Some(Some(r)) = &row.active_role {
                lookup::role_id(tx, r).map_err(|e| field("active_role", e))?;
            }
            if let Some(Some(a)) = &row.account {
                lookup::account_id(tx, a).map_err(|e| field("account", e))?;
            }
            if let Some(secret) = &row.password {
                let email = row.email.as_ref().and_then(|e| e.as_deref());
                user::check_password(&settings, &row.username, email, secret.expose_secret())
                    .map_err(|e| field("password_file", e))?;
            }
            Ok(())
        };
        check().map_err(|e| at(&entry.place, e))?;
    }
    let source = doc.source.as_str();
    let locate = |row: &UserRow| format!("{source}: users[{}] \"{}\"", row.line, row.username);
    let opts = Options {
        on_conflict: OnConflict::Update,
        dry_run,
        source,
        format: "toml",
        locate: &locate,
        summary_event: false,
        origin: "apply",
    };
    let mut rows: &[UserRow] = &doc.user_rows;
    let checked = import::Checked::of(rows);
    let prepared =
        import::prepare(tx, &mut rows, checked, &opts, settings, &Silent).map_err(tidy)?;
    let mut outcomes = Vec::with_capacity(doc.user_rows.len());
    import::write(
        tx,
        ctx,
        &mut rows,
        prepared,
        &opts,
        &Silent,
        Some(&mut outcomes),
    )
    .map_err(tidy)?;
    for (entry, spec) in present(&doc.users) {
        match outcomes.get(spec.row) {
            Some(Outcome::Created) => plan.create("user", &entry.name, &entry.keys),
            Some(Outcome::Changed(fields)) => plan.change(
                "user",
                &entry.name,
                fields.iter().map(|f| file_field(f).to_string()),
            ),
            _ => {}
        }
    }
    Ok(())
}

fn apply_grants(tx: &Connection, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
    for (entry, spec) in present(&doc.users) {
        let Some(wanted) = &spec.grants else { continue };
        let user = entry.name.as_str();
        let mut step = || -> Result<()> {
            let current = account::grants_of(tx, user)?;
            for (i, (account_name, access)) in wanted.iter().enumerate() {
                lookup::account_row(tx, account_name)
                    .map_err(|e| field(&format!("grants[{}].account", i + 1), e))?;
                let name = format!("{user} on {account_name}");
                match current.iter().find(|(a, _)| a == account_name) {
                    Some((_, old)) if old == access => {}
                    Some((_, old)) => {
                        account::grant_in(tx, ctx, account_name, user, *access)?;
                        plan.value(
                            Action::Change,
                            "grant",
                            &name,
                            "access",
                            Some(json!(old)),
                            Some(json!(access)),
                        );
                    }
                    None => {
                        account::grant_in(tx, ctx, account_name, user, *access)?;
                        plan.value(
                            Action::Create,
                            "grant",
                            &name,
                            "access",
                            None,
                            Some(json!(access)),
                        );
                    }
                }
            }
            for (account_name, _) in &current {
                if !wanted.iter().any(|(a, _)| a == account_name) {
                    account::revoke_in(tx, ctx, account_name, user)?;
                    plan.remove("grant", &format!("{user} on {account_name}"));
                }
            }
            Ok(())
        };
        step().map_err(|e| at(&entry.place, e))?;
    }
    Ok(())
}

// ---- removals ----

/// Runs `remove` for each `present = false` entry, errors placed at the
/// entry; an entry whose `remove` did something (returned true) joins the
/// plan.
fn remove_each<T>(
    entries: &[Entry<T>],
    kind: &'static str,
    plan: &mut Plan,
    mut remove: impl FnMut(&str) -> Result<bool>,
) -> Result<()> {
    for entry in absent(entries) {
        if remove(&entry.name).map_err(|e| at(&entry.place, e))? {
            plan.remove(kind, &entry.name);
        }
    }
    Ok(())
}

fn remove_users(tx: &Connection, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
    remove_each(&doc.users, "user", plan, |name| {
        let Some(id) = store::users::id_by_name(tx, name)? else {
            return Ok(false);
        };
        let owned = store::users::owned_accounts(tx, id)?;
        if !owned.is_empty() {
            return Err(Error::refused(format!(
                "user \"{name}\" owns {}: {}",
                if owned.len() == 1 { "an account" } else { "accounts" },
                crate::text::some_names(&owned, 10)
            ))
            .with_hint("give the accounts another owner in the file (owner = \"USER\"), or delete them with `warden user delete --transfer-to` or `--delete-owned`; nothing was changed"));
        }
        user::delete_in(tx, ctx, name, &OwnedAccounts::Refuse)?;
        Ok(true)
    })
}

fn remove_accounts(tx: &Connection, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
    remove_each(
        &doc.accounts,
        "account",
        plan,
        |name| match store::accounts::row(tx, name)? {
            None => Ok(false),
            Some(row) if row.state == AccountState::PendingDeletion => Ok(false),
            Some(_) => {
                account::delete_in(tx, ctx, &[name.to_string()], false)?;
                Ok(true)
            }
        },
    )
}

/// Adds `hint` to an error whose message contains `marker`.
fn hint_when(marker: &str, hint: &str) -> impl Fn(Error) -> Error {
    let (marker, hint) = (marker.to_string(), hint.to_string());
    move |e| {
        if e.message.contains(&marker) {
            e.with_hint(hint.clone())
        } else {
            e
        }
    }
}

fn remove_strategies(tx: &Connection, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
    remove_each(&doc.strategies, "strategy", plan, |name| {
        if store::strategies::get(tx, name)?.is_none() {
            return Ok(false);
        }
        strategy::delete_in(tx, ctx, name, false).map_err(hint_when(
            " is applied to ",
            "give these accounts another strategy first (strategy = \"\" makes them inherit one); nothing was changed",
        ))?;
        Ok(true)
    })
}

fn remove_roles(tx: &Connection, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
    remove_each(&doc.roles, "role", plan, |name| {
        if store::roles::find(tx, name)?.is_none() {
            return Ok(false);
        }
        role::delete_in(tx, ctx, name, false).map_err(hint_when(
            " is held by ",
            "take the role from these users first (their roles in the file, or `warden role revoke`); nothing was changed",
        ))?;
        Ok(true)
    })
}
