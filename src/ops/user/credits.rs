//! What a user has spent, and charging credits against an account.

use super::*;
use crate::ops::fields::check_text;

pub(super) fn stats_of(conn: &Db, name: &str, now: i64) -> Result<UserStats> {
    let user = load(conn, name, now)?;
    let id = user_id(conn, name)?;
    let spent = store::credits::spent(conn, id)?;
    let balance = match &user.account {
        Some(a) => Some(store::credits::balance(conn, a)?.credits),
        None => None,
    };
    Ok(stats_from(user, spent, balance))
}

/// A user's stats from what is known of them: credits spent, and the
/// balance of their home account.
fn stats_from(user: User, spent: i64, balance: Option<i64>) -> UserStats {
    let by_limit = user.credit_limit.map(|l| (l - spent).max(0));
    let available = match (by_limit, balance) {
        (Some(l), Some(b)) => Some(l.min(b)),
        (l, b) => l.or(b),
    };
    UserStats {
        username: user.username,
        roles: user.roles,
        active_role: user.active_role,
        credit_limit: user.credit_limit,
        created_at: user.created_at,
        account: user.account,
        account_credits: balance,
        credits_spent: spent,
        credits_available: available,
    }
}

/// `user stats`: roles, credit limit, created, credits spent and available.
pub fn stats(store: &mut Store, ctx: &Ctx, name: &str) -> Result<UserStats> {
    validate(NameKind::User, name)?;
    store.read(|tx| stats_of(tx, name, ctx.now_unix()))
}

/// Spends credits for a user: debits the account (default: the user's home
/// account). Needs `credits.spend`; refused (exit 5, nothing changed) when
/// the user's credit limit or the account's balance would be exceeded.
pub fn charge(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    amount: i64,
    reason: &str,
    account: Option<&str>,
) -> Result<UserStats> {
    validate(NameKind::User, name)?;
    if amount <= 0 {
        return Err(Error::usage(format!(
            "the amount must be a whole number above 0, not {amount}"
        )));
    }
    if reason.trim().is_empty() {
        return Err(
            Error::usage("--reason cannot be empty").with_hint("say what the credits pay for")
        );
    }
    check_text("reason", reason, 200)?;
    if let Some(a) = account {
        validate(NameKind::Account, a)?;
    }
    let now = ctx.now_unix();
    store.write(|tx| {
        let user = load(tx, name, now)?;
        let account_name = match account.map(str::to_string).or(user.account.clone()) {
            Some(a) => a,
            None => {
                return Err(Error::usage(format!("user \"{name}\" has no home account to charge"))
                    .with_hint("name one with --account"))
            }
        };
        let decision = crate::policy::decide(tx, now, name, "credits.spend", Some(&account_name))?;
        if !decision.allowed {
            return Err(Error::refused(format!("\"{name}\" may not spend credits: {}", decision.reason)));
        }
        let store::credits::Balance {
            account_id,
            credits: balance,
        } = store::credits::balance(tx, &account_name)?;
        // Disabling an account stops what it does, spending included.
        if let Some(blocked) = crate::policy::Blocked::of(tx, account_id)? {
            let by = &blocked.by;
            let hint = if blocked.queued {
                format!("restore it first (`warden account restore {by}`); nothing was changed")
            } else {
                format!("enable it first (`warden account enable {by}`); nothing was changed")
            };
            return Err(Error::refused(format!(
                "cannot charge {}: it {}",
                blocked.which(&account_name, "\""),
                blocked.state()
            ))
            .with_hint(hint));
        }
        let id = user_id(tx, name)?;
        let already = store::credits::spent(tx, id)?;
        // Checked: an amount near i64::MAX must not wrap past the limit.
        let total = already.checked_add(amount);
        if let Some(limit) = user.credit_limit {
            if total.is_none_or(|t| t > limit) {
                return Err(Error::refused(format!(
                    "charging {amount} would exceed the credit limit of \"{name}\": {already} of {limit} spent"
                ))
                .with_hint("raise it with `warden user edit --credit-limit`; nothing was changed"));
            }
        }
        if total.is_none() {
            return Err(Error::refused(format!(
                "charging {amount} would take the credits spent by \"{name}\" past {}, the most warden can count",
                i64::MAX
            ))
            .with_hint("nothing was changed"));
        }
        if balance < amount {
            return Err(Error::refused(format!("account \"{account_name}\" holds {balance} credits, fewer than {amount}"))
                .with_hint("add some with `warden account credits --add`; nothing was changed"));
        }
        store::credits::charge(
            tx,
            &store::credits::Charge {
                user_id: id,
                account_id,
                amount,
                reason,
                at: now,
            },
        )?;
        crate::ops::record_cost(tx, ctx, "user.charge", name, json!({ "account": account_name, "reason": reason }), Some(amount))?;
        // What was read above, after the charge: no second round of reads
        // (each one a round trip to a server, under the write lock).
        let spent = already + amount;
        if user.account.as_deref() == Some(account_name.as_str()) {
            Ok(stats_from(user, spent, Some(balance - amount)))
        } else {
            stats_of(tx, name, now)
        }
    })
}
