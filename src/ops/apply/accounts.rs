//! Accounts, parents before children, and their owners once the users
//! exist.

use super::*;

/// The accounts in the order they are handled: an account to be created
/// below another one the file creates comes after it. A parent that
/// never comes (a cycle, a typo) is reported when its child is created.
fn account_order(tx: &Db, doc: &Document) -> Result<Vec<usize>> {
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

pub(super) fn apply_accounts(
    tx: &Db,
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
    tx: &Db,
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
    tx: &Db,
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

pub(super) fn apply_owners(tx: &Db, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
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
