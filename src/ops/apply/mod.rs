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

mod accounts;
mod definitions;
mod removals;
mod users;

use accounts::{apply_accounts, apply_owners};
use definitions::{apply_roles, apply_settings, apply_strategies};
use removals::{remove_accounts, remove_roles, remove_strategies, remove_users};
use users::{apply_grants, apply_users};

use secrecy::ExposeSecret;
use std::collections::HashSet;

use crate::store::Db;
use serde::Serialize;
use serde_json::{json, Value};

pub use read::{parse, Document, Entry};

use self::read::{at, field, AccountSpec};
use super::import::{self, OnConflict, Options, Outcome, Silent, UserRow};
use super::settings::Settings;
use super::user::OwnedAccounts;
use super::{account, record, role, settings, strategy, user, AdminGuard, Ctx};
use crate::error::{Error, Result};
use crate::lookup;
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
    /// What the run did besides the entries it names: backup-user windows
    /// ended or cut short, stand-ins who can do less.
    pub side_effects: Vec<crate::model::SideEffect>,
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
    /// What removing users did that no window shows: the users they
    /// stood in for, left without a backup user.
    cleared: Vec<crate::model::SideEffect>,
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
            side_effects: Vec::new(),
        }
    }
}

/// Converges the database to `doc` in one transaction; with `dry_run`,
/// does the same and rolls it back. Returns the plan: the changes made
/// (or that would be made), in the order they were made.
pub fn apply(store: &mut Store, ctx: &Ctx, doc: &Document, dry_run: bool) -> Result<Report> {
    let run = |tx: &crate::store::Db| -> Result<Report> {
        let now = ctx.now_unix();
        let guard = AdminGuard::new(tx, now)?;
        let stand_ins = crate::policy::StandIns::snapshot(tx, now)?;
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
        let cleared = std::mem::take(&mut plan.cleared);
        let mut report = plan.report(!dry_run);
        report.side_effects = crate::policy::StandIns::snapshot(tx, now)?.since(tx, &stand_ins)?;
        report.side_effects.extend(cleared);
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

/// A JSON value as a person reads it: text without quotes.
pub fn shown(value: &Value) -> String {
    match value {
        Value::String(s) if s.is_empty() => "\"\"".to_string(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
