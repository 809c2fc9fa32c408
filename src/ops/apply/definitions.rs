//! Settings, roles and strategies: what accounts and users refer to, so
//! converged first.

use super::*;

pub(super) fn apply_settings(tx: &Db, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
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

pub(super) fn apply_roles(tx: &Db, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
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

pub(super) fn apply_strategies(tx: &Db, ctx: &Ctx, doc: &Document, plan: &mut Plan) -> Result<()> {
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
