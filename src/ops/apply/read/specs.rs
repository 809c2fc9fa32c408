//! What a role, a strategy or an account entry asks for, key by key.

use super::*;

pub(super) fn role(table: &toml::Table) -> Result<RoleSpec> {
    let description = match table.get("description") {
        Some(v) => {
            let d = string(v).map_err(|e| field("description", e))?;
            crate::ops::fields::check_description(&d).map_err(|e| field("description", e))?;
            Some(d)
        }
        None => None,
    };
    let permissions = match table.get("permissions") {
        Some(v) => {
            let given = strings(v).map_err(|e| field("permissions", e))?;
            for p in &given {
                crate::policy::check_permission(p).map_err(|e| field("permissions", e))?;
            }
            if given.is_empty() {
                return Err(field(
                    "permissions",
                    Error::usage("a role needs at least one permission")
                        .with_hint("`warden role permissions` lists them"),
                ));
            }
            let set: Vec<String> = crate::catalog::PERMISSIONS
                .iter()
                .filter(|p| given.iter().any(|g| g == *p))
                .map(|p| p.to_string())
                .collect();
            Some(set)
        }
        None => None,
    };
    Ok(RoleSpec {
        description,
        permissions,
    })
}

pub(super) fn strategy(table: &toml::Table) -> Result<StrategySpec> {
    let mut change = StrategyChange::default();
    for (key, value) in table {
        let fail = |e: Error| field(key, e);
        match key.as_str() {
            "schedule" => {
                let text = string(value).map_err(fail)?;
                change.schedule = Some(Schedule::parse(&text).map_err(fail)?);
            }
            "description" => {
                let d = string(value).map_err(fail)?;
                crate::ops::fields::check_description(&d).map_err(fail)?;
                change.description = Some(d);
            }
            "keep_within" => {
                let text = string(value).map_err(fail)?;
                change.keep_within = Some(crate::time::parse_duration(&text).map_err(fail)?);
            }
            "keep_last" | "keep_hourly" | "keep_daily" | "keep_weekly" | "keep_monthly"
            | "keep_yearly" => {
                let n = integer(value).map_err(fail)?;
                let n = u32::try_from(n)
                    .ok()
                    .filter(|n| *n <= MAX_KEEP)
                    .ok_or_else(|| {
                        fail(Error::usage(format!(
                            "{n} is outside 0 to {MAX_KEEP} (0 removes the rule)"
                        )))
                    })?;
                let slot = match key.as_str() {
                    "keep_last" => &mut change.keep_last,
                    "keep_hourly" => &mut change.keep_hourly,
                    "keep_daily" => &mut change.keep_daily,
                    "keep_weekly" => &mut change.keep_weekly,
                    "keep_monthly" => &mut change.keep_monthly,
                    _ => &mut change.keep_yearly,
                };
                *slot = Some(n);
            }
            _ => {}
        }
    }
    Ok(StrategySpec { change })
}

/// A name, or `""` for none.
fn optional_name(value: &Value, kind: NameKind) -> Result<Option<String>> {
    let text = string(value)?;
    if text.is_empty() {
        return Ok(None);
    }
    validate(kind, &text)?;
    Ok(Some(text))
}

pub(super) fn account(table: &toml::Table, base: &Path) -> Result<AccountSpec> {
    let mut spec = AccountSpec {
        parent: None,
        owner: None,
        strategy: None,
        enabled: None,
        credits: None,
        password_file: None,
    };
    for (key, value) in table {
        let fail = |e: Error| field(key, e);
        match key.as_str() {
            "parent" => {
                let parent = string(value).map_err(fail)?;
                validate(NameKind::Account, &parent).map_err(fail)?;
                spec.parent = Some(parent);
            }
            "owner" => spec.owner = Some(optional_name(value, NameKind::User).map_err(fail)?),
            "strategy" => {
                spec.strategy = Some(optional_name(value, NameKind::Strategy).map_err(fail)?)
            }
            "state" => {
                spec.enabled = Some(match string(value).map_err(fail)?.as_str() {
                    "enabled" => true,
                    "disabled" => false,
                    other => return Err(fail(
                        Error::usage(format!("unknown state \"{}\"", other)).with_hint(
                            "write enabled or disabled; an account is deleted with present = false",
                        ),
                    )),
                })
            }
            "credits" => {
                let n = integer(value).map_err(fail)?;
                if n < 0 {
                    return Err(fail(Error::usage("credits cannot be negative")));
                }
                spec.credits = Some(n);
            }
            "password_file" => {
                let text = string(value).map_err(fail)?;
                spec.password_file = Some(resolve(base, &text).map_err(fail)?);
            }
            _ => {}
        }
    }
    Ok(spec)
}
