//! An account's credit balance.

use super::*;

/// Shows, adds to or sets an account's credit balance.
pub fn credits(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    add: Option<i64>,
    set: Option<i64>,
) -> Result<Account> {
    validate(NameKind::Account, name)?;
    if add.is_none() && set.is_none() {
        return show(store, name);
    }
    store.write(|tx| credits_in(tx, ctx, name, add, set))
}

/// [`credits`] inside the caller's write transaction, for an add or a set.
pub(crate) fn credits_in(
    tx: &Db,
    ctx: &Ctx,
    name: &str,
    add: Option<i64>,
    set: Option<i64>,
) -> Result<Account> {
    let now = ctx.now_unix();
    let account = row(tx, name)?;
    let balance = match (add, set) {
        (Some(n), _) => account.credits.checked_add(n).ok_or_else(|| {
            Error::usage(format!(
                "adding {n} to the {} credits of \"{name}\" would pass {}, the most warden can count",
                account.credits,
                i64::MAX
            ))
            .with_hint("add less; nothing was changed")
        })?,
        (None, Some(n)) if n < 0 => {
            return Err(
                Error::usage(format!("a balance cannot be negative ({n})")).with_hint(
                    "give --set 0 or more; --add takes a negative number to take credits away",
                ),
            )
        }
        (None, Some(n)) => n,
        (None, None) => account.credits,
    };
    if balance < 0 {
        return Err(
            Error::refused(format!("the balance of \"{name}\" would become {balance}"))
                .with_hint(format!("it holds {} credits", account.credits)),
        );
    }
    // Adding 0, or setting the balance it has, changes nothing and so
    // records nothing.
    if balance == account.credits {
        return load(tx, name);
    }
    store::credits::set_balance(tx, account.id, balance, now)?;
    record(
        tx,
        ctx,
        "account.credits",
        name,
        json!({ "from": account.credits, "to": balance }),
    )?;
    load(tx, name)
}
