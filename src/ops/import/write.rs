//! Step 3: the rows written in one transaction, each user created or
//! updated as the single-user commands would, with their audit events.

use super::*;

/// Imports the rows: everything or nothing. A dry run does all the checks
/// and the writing inside a transaction it then rolls back.
pub fn import(
    store: &mut Store,
    ctx: &Ctx,
    rows: &mut dyn Rows,
    opts: &Options,
    progress: &dyn Progress,
) -> Result<ImportReport> {
    let settings = store.read(Settings::load)?;
    let checked = check(rows, &settings, opts, progress)?;
    let prepared = store.read(|tx| prepare(tx, rows, checked, opts, settings, progress))?;
    progress.start("writing", checked.rows);
    let write = |tx: &crate::store::Db| {
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
    tx: &Db,
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
        side_effects: Vec::new(),
    };
    let stand_ins = StandIns::snapshot(tx, ctx.now_unix())?;
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
    report.side_effects = StandIns::snapshot(tx, ctx.now_unix())?.since(tx, &stand_ins)?;
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
    conn: &Db,
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
    conn: &Db,
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
    tx: &Db,
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
    let profile = row.profile.set_values();
    let id = sql::insert_full(
        tx,
        &FullUser {
            username: &row.username,
            profile,
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
    tx: &Db,
    ctx: &Ctx,
    id: i64,
    row: &UserRow,
    password: &Password,
    names: &mut Names,
    origin: &str,
    fields: Option<&mut Vec<String>>,
) -> Result<bool> {
    let now = ctx.now_unix();
    let before = crate::lookup::user(tx, &row.username, now)?;
    let edit = UserEdit {
        profile: row.profile.clone(),
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
                crate::ops::backup_user::end_for_user(tx, ctx, id, &row.username, false)?;
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
