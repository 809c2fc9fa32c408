//! The entries marked `present = false`, removed last: users, accounts,
//! strategies, roles, so nothing still refers to what goes.

use super::*;

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

pub(super) fn remove_users(tx: &Db, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
    let mut cleared = Vec::new();
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
        let deleted = user::delete_in(tx, ctx, name, &OwnedAccounts::Refuse)?;
        cleared.extend(
            deleted
                .side_effects
                .into_iter()
                .filter(|e| matches!(e, crate::model::SideEffect::BackupUserCleared { .. })),
        );
        Ok(true)
    })?;
    plan.cleared.extend(cleared);
    Ok(())
}

pub(super) fn remove_accounts(tx: &Db, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
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

pub(super) fn remove_strategies(tx: &Db, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
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

pub(super) fn remove_roles(tx: &Db, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
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
