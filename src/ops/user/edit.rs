//! Changing a user's profile, networks, expiry, credit limit and notifications.

use super::*;

/// What `user edit` changes; `None` leaves a field alone and `Some(None)`
/// clears it.
#[derive(Debug, Clone, Default)]
pub struct UserEdit {
    pub profile: ProfileChange,
    pub account: Option<Option<String>>,
    pub add_ips: Vec<String>,
    pub remove_ips: Vec<String>,
    pub clear_ips: bool,
    pub expires_at: Option<Option<DateTime<Utc>>>,
    pub credit_limit: Option<Option<i64>>,
    pub notify: Option<bool>,
}

impl UserEdit {
    fn is_empty(&self) -> bool {
        self.profile.is_empty()
            && self.account.is_none()
            && self.add_ips.is_empty()
            && self.remove_ips.is_empty()
            && !self.clear_ips
            && self.expires_at.is_none()
            && self.credit_limit.is_none()
            && self.notify.is_none()
    }

    fn validate(&self) -> Result<()> {
        if self.is_empty() {
            return Err(Error::usage("nothing to change")
                .with_hint("`warden user edit --help` lists what can be changed"));
        }
        check_profile(self.profile.set_values())?;
        if let Some(Some(account)) = &self.account {
            validate(NameKind::Account, account)?;
        }
        for ip in self.add_ips.iter().chain(&self.remove_ips) {
            parse_network(ip)?;
        }
        if let Some(Some(limit)) = self.credit_limit {
            check_credit_limit(limit)?;
        }
        Ok(())
    }
}

/// What an edit did.
#[derive(Debug, Clone)]
pub struct Edited {
    pub user: User,
    /// Whether anything changed.
    pub changed: bool,
    /// What a new expiry does to others: the backup-user windows it cuts
    /// short.
    pub side_effects: Vec<SideEffect>,
}

/// Applies an edit.
pub fn edit(store: &mut Store, ctx: &Ctx, name: &str, change: &UserEdit) -> Result<Edited> {
    validate(NameKind::User, name)?;
    change.validate()?;
    let now = ctx.now_unix();
    store.write(|tx| {
        let before = load(tx, name, now)?;
        let id = user_id(tx, name)?;
        let guard = AdminGuard::new(tx, now)?;
        let stand_ins = StandIns::snapshot(tx, now)?;
        let mut changes = Map::new();
        change_profile(tx, id, &before, change, now, &mut changes)?;
        guard.check(tx, now, &format!("expiring \"{name}\""))?;
        let changed = !changes.is_empty();
        let side_effects = StandIns::snapshot(tx, now)?.since(tx, &stand_ins)?;
        if changed {
            record(tx, ctx, "user.update", name, Value::Object(changes))?;
        }
        Ok(Edited {
            user: load(tx, name, now)?,
            changed,
            side_effects,
        })
    })
}

/// Applies the profile part of an edit to user `id`, whose state was
/// `before`, recording each field that really changed in `changes` as
/// `{"from": .., "to": ..}`. Shared by `user edit` and `user import`.
pub(crate) fn change_profile(
    tx: &Db,
    id: i64,
    before: &User,
    change: &UserEdit,
    now: i64,
    changes: &mut Map<String, Value>,
) -> Result<()> {
    let mut text =
        |column: &str, new: &Option<Option<String>>, old: &Option<String>| -> Result<()> {
            if let Some(new) = new {
                if new != old {
                    sql::set_column(tx, id, column, new, now)?;
                    changes.insert(column.to_string(), json!({ "from": old, "to": new }));
                }
            }
            Ok(())
        };
    for ((column, new), (_, old)) in change
        .profile
        .fields()
        .into_iter()
        .zip(before.profile.fields())
    {
        text(column, new, old)?;
    }
    if let Some(account) = &change.account {
        if *account != before.account {
            let new_id = account.as_deref().map(|a| account_id(tx, a)).transpose()?;
            sql::set_column(tx, id, "account_id", &new_id, now)?;
            changes.insert(
                "account".into(),
                json!({ "from": before.account, "to": account }),
            );
        }
    }
    if change.clear_ips || !change.add_ips.is_empty() || !change.remove_ips.is_empty() {
        if change.clear_ips {
            sql::clear_networks(tx, id)?;
        }
        for ip in &change.remove_ips {
            let net = parse_network(ip)?.to_string();
            if !sql::remove_network(tx, id, &net)? && !change.clear_ips {
                return Err(Error::not_found(format!(
                    "user \"{}\" has no allowed network {net}",
                    before.username
                ))
                .with_hint("`warden user show` lists the allowed networks; nothing was changed"));
            }
        }
        for ip in &change.add_ips {
            sql::add_network(tx, id, &parse_network(ip)?.to_string())?;
        }
        let after = sql::networks(tx, id)?;
        if after != before.allowed_ips {
            changes.insert(
                "allowed_ips".into(),
                json!({ "from": before.allowed_ips, "to": after }),
            );
        }
    }
    if let Some(expires) = change.expires_at {
        if expires != before.expires_at {
            sql::set_column(tx, id, "expires_at", &expires.map(|t| t.timestamp()), now)?;
            let shown = |t: Option<DateTime<Utc>>| t.map(crate::time::rfc3339);
            changes.insert(
                "expires_at".into(),
                json!({ "from": shown(before.expires_at), "to": shown(expires) }),
            );
        }
    }
    if let Some(limit) = change.credit_limit {
        if limit != before.credit_limit {
            sql::set_column(tx, id, "credit_limit", &limit, now)?;
            changes.insert(
                "credit_limit".into(),
                json!({ "from": before.credit_limit, "to": limit }),
            );
        }
    }
    if let Some(notify) = change.notify {
        if notify != before.notify {
            sql::set_column(tx, id, "notify", &notify, now)?;
            changes.insert(
                "notify".into(),
                json!({ "from": before.notify, "to": notify }),
            );
        }
    }
    Ok(())
}
