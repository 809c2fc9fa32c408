//! A user entry: the import rules for the fields a user import has, and
//! apply's own password file and grants.

use super::*;

pub(super) fn user(
    table: &toml::Table,
    index: usize,
    name: &str,
    base: &Path,
    now: DateTime<Utc>,
    rows: &mut Vec<UserRow>,
) -> Result<UserSpec> {
    if table.contains_key("password_hash") && table.contains_key("password_file") {
        return Err(field(
            "password_file",
            Error::usage("both password_hash and password_file are given"),
        )
        .with_hint("give one of them: a file with the password to hash, or a hash to keep"));
    }
    // The import rules read every field a user import has; `name` is its
    // `username`, and grants and the password file are apply's own.
    let username = Json::String(name.to_string());
    let values: Vec<(&str, Json)> = table
        .iter()
        .filter(|(k, _)| *k != "name" && !USER_OWN_KEYS.contains(&k.as_str()))
        .map(|(k, v)| (k.as_str(), to_json(v)))
        .collect();
    let mut row = UserRow::from_fields(
        index as u64,
        std::iter::once(("username", &username)).chain(values.iter().map(|(k, v)| (*k, v))),
        Spelling::Typed,
        now,
        None,
        false,
    )?;
    if let Some(value) = table.get("password_file") {
        let fail = |e: Error| field("password_file", e);
        let path = resolve(base, &string(value).map_err(fail)?).map_err(fail)?;
        row.password = Some(crate::password::read::from_file(&path).map_err(fail)?);
    }
    let grants = match table.get("grants") {
        Some(value) => Some(grants(value)?),
        None => None,
    };
    rows.push(row);
    Ok(UserSpec {
        row: rows.len() - 1,
        grants,
    })
}

fn grants(value: &Value) -> Result<Vec<(String, AccessLevel)>> {
    let Value::Array(items) = value else {
        return Err(field(
            "grants",
            expected(
                "a list of tables such as { account = \"acme\", access = \"full\" }",
                value,
            ),
        ));
    };
    let mut out: Vec<(String, AccessLevel)> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let at_key = |key: &str| format!("grants[{}].{key}", i + 1);
        let Value::Table(table) = item else {
            return Err(field(
                &format!("grants[{}]", i + 1),
                expected("a table", item),
            ));
        };
        if let Some(key) = table.keys().find(|k| !GRANT_KEYS.contains(&k.as_str())) {
            return Err(field(
                &format!("grants[{}]", i + 1),
                Error::usage(format!("unknown key \"{}\"", key)).with_hint(crate::suggest::hint(
                    key,
                    GRANT_KEYS,
                    "a grant is { account = \"ACCOUNT\", access = \"limited\" or \"full\" }",
                )),
            ));
        }
        let get = |key: &str| -> Result<String> {
            let value = table.get(key).ok_or_else(|| {
                field(&at_key(key), Error::usage(format!("the {key} is missing")))
            })?;
            string(value).map_err(|e| field(&at_key(key), e))
        };
        let account = get("account")?;
        validate(NameKind::Account, &account).map_err(|e| field(&at_key("account"), e))?;
        let access: AccessLevel = get("access")?.parse().map_err(|e: String| {
            field(
                &at_key("access"),
                Error::usage(e).with_hint("use limited or full"),
            )
        })?;
        if out.iter().any(|(a, _)| *a == account) {
            return Err(field(
                &at_key("account"),
                Error::usage(format!("the account \"{account}\" appears twice")),
            )
            .with_hint("a user has one grant per account"));
        }
        out.push((account, access));
    }
    Ok(out)
}
