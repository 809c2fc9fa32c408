//! The account password: the only key to an account's data, changed only by giving the old one.

use super::*;

/// Checks an account password; every check is audited (never the password).
pub fn verify(store: &mut Store, ctx: &Ctx, name: &str, secret: &str) -> Result<Decision> {
    Ok(check_password(store, ctx, name, secret)?.0)
}

/// [`verify`], also returning the stored hash the password was checked
/// against.
pub(super) fn check_password(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    secret: &str,
) -> Result<(Decision, Option<String>)> {
    validate(NameKind::Account, name)?;
    let account = store.read(|tx| row(tx, name))?;
    let ok = match &account.password_hash {
        Some(hash) => crate::password::verify(secret, hash),
        None => crate::password::dummy_verify(secret, store.read(Settings::load)?.hash),
    };
    let action = if ok {
        "account.verify"
    } else {
        "account.verify_failed"
    };
    store.write(|tx| record(tx, ctx, action, name, json!({})))?;
    let decision = Decision {
        allowed: ok,
        code: if ok {
            Reason::AccountPasswordAccepted
        } else {
            Reason::WrongAccountPassword
        },
        reason: if ok {
            "account password accepted".into()
        } else {
            "wrong account password".into()
        },
        user: String::new(),
        acting_for: None,
        permission: None,
        account: Some(name.to_string()),
    };
    Ok((decision, account.password_hash))
}

/// Changes an account password, which needs the old one (it is the only key
/// to the account's data). Returns the new password's strength.
pub fn passwd(store: &mut Store, ctx: &Ctx, name: &str, old: &str, new: &Secret) -> Result<u8> {
    validate(NameKind::Account, name)?;
    let (decision, checked) = check_password(store, ctx, name, old)?;
    if !decision.allowed {
        return Err(Error::denied(format!(
            "the old password of account \"{name}\" is wrong; nothing was changed"
        )));
    }
    let settings = store.read(Settings::load)?;
    let hash = crate::password::hash(new.expose_secret(), settings.hash)?;
    let score = strength(name, new.expose_secret());
    let now = ctx.now_unix();
    store.write(|tx| {
        let account = row(tx, name)?;
        // Another change may have committed while the old password was
        // being checked: the password given is then no longer the old one.
        if account.password_hash != checked {
            return Err(Error::denied(format!(
                "the password of account \"{name}\" was changed while the old one was being checked; nothing was changed"
            ))
            .with_hint("run the command again with the current password"));
        }
        sql::set_password(tx, account.id, &hash, now)?;
        record(
            tx,
            ctx,
            "account.passwd",
            name,
            json!({ "strength": score }),
        )
    })?;
    Ok(score)
}
