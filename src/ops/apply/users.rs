//! Users through the import rules, then their grants.

use super::*;

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

pub(super) fn apply_users(
    tx: &Db,
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
                let email = row.profile.set_values().email;
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

pub(super) fn apply_grants(tx: &Db, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
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
