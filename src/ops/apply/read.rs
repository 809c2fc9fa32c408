//! Reading an `apply` file: a TOML document of settings, roles,
//! strategies, accounts and users. Every entry is checked key by key
//! before anything is looked up or written; the first problem stops the
//! read, and its message names the file, the entry and the field.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde_json::Value as Json;
use toml::Value;

use crate::catalog::AccessLevel;
use crate::error::{Error, Result};
use crate::names::{validate, NameKind};
use crate::ops::import::{Spelling, UserRow};
use crate::ops::strategy::{StrategyChange, MAX_KEEP};
use crate::schedule::Schedule;

/// The sections of an apply file, in the order they are applied.
pub const SECTIONS: &[&str] = &["settings", "roles", "strategies", "accounts", "users"];

const ROLE_KEYS: &[&str] = &["name", "description", "permissions", "present"];
const STRATEGY_KEYS: &[&str] = &[
    "name",
    "schedule",
    "description",
    "keep_last",
    "keep_hourly",
    "keep_daily",
    "keep_weekly",
    "keep_monthly",
    "keep_yearly",
    "keep_within",
    "present",
];
const ACCOUNT_KEYS: &[&str] = &[
    "name",
    "parent",
    "owner",
    "strategy",
    "state",
    "credits",
    "password_file",
    "present",
];
const USER_KEYS: &[&str] = &[
    "name",
    "email",
    "first_name",
    "last_name",
    "phone",
    "roles",
    "active_role",
    "account",
    "enabled",
    "notify",
    "allowed_ips",
    "expires",
    "credit_limit",
    "password_hash",
    "password_file",
    "grants",
    "present",
];
const GRANT_KEYS: &[&str] = &["account", "access"];

/// A whole apply file, checked.
pub struct Document {
    /// The file as named on the command line, for messages and the audit log.
    pub source: String,
    /// `[settings]`: keys and values as `warden settings set` takes them.
    pub settings: Vec<(String, String)>,
    pub roles: Vec<Entry<RoleSpec>>,
    pub strategies: Vec<Entry<StrategySpec>>,
    pub accounts: Vec<Entry<AccountSpec>>,
    pub users: Vec<Entry<UserSpec>>,
    /// The users that must exist, as import rows in file order;
    /// [`UserSpec::row`] points into it.
    pub user_rows: Vec<UserRow>,
}

/// One `[[roles]]`, `[[strategies]]`, `[[accounts]]` or `[[users]]` table.
pub struct Entry<T> {
    /// Where it is, for messages: `site.toml: users[2] "bob"`.
    pub place: String,
    pub name: String,
    /// The keys it gives besides `name` and `present`, sorted.
    pub keys: Vec<String>,
    /// What it asks for; `None` for `present = false`.
    pub spec: Option<T>,
}

pub struct RoleSpec {
    pub description: Option<String>,
    /// The whole set, in catalog order, without repeats.
    pub permissions: Option<Vec<String>>,
}

pub struct StrategySpec {
    /// The keys given, as `strategy edit` would take them.
    pub change: StrategyChange,
}

pub struct AccountSpec {
    pub parent: Option<String>,
    /// `Some(None)`: no owner.
    pub owner: Option<Option<String>>,
    /// `Some(None)`: no strategy of its own (it inherits one).
    pub strategy: Option<Option<String>>,
    pub enabled: Option<bool>,
    pub credits: Option<i64>,
    /// Resolved against the file's folder; read only to create the account.
    pub password_file: Option<PathBuf>,
}

pub struct UserSpec {
    /// Index into [`Document::user_rows`].
    pub row: usize,
    /// The whole set of the user's grants, as (account, access).
    pub grants: Option<Vec<(String, AccessLevel)>>,
}

/// Puts where something happened in front of an error: "PLACE, field
/// "KEY": why" when the error names its field, else "PLACE: why".
pub fn at(place: &str, err: Error) -> Error {
    let sep = if err.message.starts_with("field \"") {
        ", "
    } else {
        ": "
    };
    Error {
        message: format!("{place}{sep}{}", err.message),
        ..err
    }
}

/// Names the field an error is about.
pub fn field(key: &str, err: Error) -> Error {
    Error {
        message: format!("field \"{key}\": {}", err.message),
        ..err
    }
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::String(_) => "a string",
        Value::Integer(_) => "an integer",
        Value::Float(_) => "a decimal number",
        Value::Boolean(_) => "true or false",
        Value::Datetime(_) => "a date",
        Value::Array(_) => "a list",
        Value::Table(_) => "a table",
    }
}

fn expected(want: &str, got: &Value) -> Error {
    Error::usage(format!("expected {want}, found {}", type_name(got)))
}

fn string(value: &Value) -> Result<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        other => Err(expected("a string", other)),
    }
}

fn integer(value: &Value) -> Result<i64> {
    match value {
        Value::Integer(n) => Ok(*n),
        other => Err(expected("a whole number", other)),
    }
}

fn boolean(value: &Value) -> Result<bool> {
    match value {
        Value::Boolean(b) => Ok(*b),
        other => Err(expected("true or false", other)),
    }
}

fn strings(value: &Value) -> Result<Vec<String>> {
    match value {
        Value::Array(items) => items.iter().map(string).collect(),
        other => Err(expected("a list of strings", other)),
    }
}

/// A TOML value as JSON, for the import rules. TOML dates become their
/// text, which the WHEN parser reads.
fn to_json(value: &Value) -> Json {
    match value {
        Value::String(s) => Json::String(s.clone()),
        Value::Integer(n) => Json::from(*n),
        Value::Float(f) => serde_json::Number::from_f64(*f)
            .map(Json::Number)
            .unwrap_or_else(|| Json::String(f.to_string())),
        Value::Boolean(b) => Json::Bool(*b),
        Value::Datetime(d) => Json::String(d.to_string()),
        Value::Array(items) => Json::Array(items.iter().map(to_json).collect()),
        Value::Table(t) => Json::Object(t.iter().map(|(k, v)| (k.clone(), to_json(v))).collect()),
    }
}

/// A path from the file, relative to the file's folder.
fn resolve(base: &Path, text: &str) -> Result<PathBuf> {
    if text.trim().is_empty() {
        return Err(Error::usage("the path is empty"));
    }
    Ok(base.join(text))
}

/// A TOML syntax error, with the line and column it was found at.
fn syntax_error(text: &str, source: &str, err: &toml::de::Error) -> Error {
    let reason: Vec<&str> = err
        .message()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let reason = reason.join("; ");
    let place = match err.span() {
        Some(span) => {
            let start = span.start.min(text.len());
            let before = text.get(..start).unwrap_or(text);
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("{source}, line {line}, column {column}")
        }
        None => source.to_string(),
    };
    Error::usage(format!("{place}: {reason}"))
        .with_hint("the file is TOML; `warden apply --help` shows its format; nothing was changed")
}

/// Reads an apply file. `base` is the folder that relative
/// `password_file` paths start from; `now` reads times such as `now`.
pub fn parse(text: &str, source: &str, base: &Path, now: DateTime<Utc>) -> Result<Document> {
    let table: toml::Table = toml::from_str(text).map_err(|e| syntax_error(text, source, &e))?;
    if let Some(key) = table.keys().find(|k| !SECTIONS.contains(&k.as_str())) {
        return Err(
            Error::usage(format!("{source}: unknown section \"{}\"", key)).with_hint(
                crate::suggest::hint(
                    key,
                    SECTIONS,
                    &format!("the sections are {}", SECTIONS.join(", ")),
                ),
            ),
        );
    }
    let mut doc = Document {
        source: source.to_string(),
        settings: Vec::new(),
        roles: Vec::new(),
        strategies: Vec::new(),
        accounts: Vec::new(),
        users: Vec::new(),
        user_rows: Vec::new(),
    };
    if let Some(value) = table.get("settings") {
        doc.settings = settings(source, value)?;
    }
    if let Some(value) = table.get("roles") {
        for raw in entries(source, "roles", value, ROLE_KEYS, NameKind::Role)? {
            let spec = raw.spec(role).map_err(|e| at(&raw.place, e))?;
            doc.roles.push(raw.finish(spec));
        }
    }
    if let Some(value) = table.get("strategies") {
        for raw in entries(
            source,
            "strategies",
            value,
            STRATEGY_KEYS,
            NameKind::Strategy,
        )? {
            let spec = raw.spec(strategy).map_err(|e| at(&raw.place, e))?;
            doc.strategies.push(raw.finish(spec));
        }
    }
    if let Some(value) = table.get("accounts") {
        for raw in entries(source, "accounts", value, ACCOUNT_KEYS, NameKind::Account)? {
            let spec = raw
                .spec(|t| account(t, base))
                .map_err(|e| at(&raw.place, e))?;
            doc.accounts.push(raw.finish(spec));
        }
    }
    if let Some(value) = table.get("users") {
        for raw in entries(source, "users", value, USER_KEYS, NameKind::User)? {
            let spec = raw
                .spec(|t| user(t, raw.index, &raw.name, base, now, &mut doc.user_rows))
                .map_err(|e| at(&raw.place, e))?;
            doc.users.push(raw.finish(spec));
        }
    }
    Ok(doc)
}

fn settings(source: &str, value: &Value) -> Result<Vec<(String, String)>> {
    let place = format!("{source}: settings");
    let Value::Table(table) = value else {
        return Err(at(&place, expected("a table ([settings])", value)));
    };
    let mut out = Vec::with_capacity(table.len());
    for (key, value) in table {
        crate::ops::settings::definition(key).map_err(|e| at(&place, e))?;
        let input = match value {
            Value::String(s) => s.clone(),
            Value::Integer(n) => n.to_string(),
            other => {
                return Err(at(
                    &place,
                    field(key, expected("a string or a whole number", other)),
                ))
            }
        };
        crate::ops::settings::check_value(key, &input).map_err(|e| at(&place, field(key, e)))?;
        out.push((key.clone(), input));
    }
    Ok(out)
}

/// One table of a section, before its own keys are read.
struct RawEntry<'a> {
    /// Its position in the section, counted from 1.
    index: usize,
    place: String,
    name: String,
    present: bool,
    table: &'a toml::Table,
    keys: Vec<String>,
}

impl RawEntry<'_> {
    /// Reads the entry's own keys, unless it says `present = false`.
    fn spec<T>(&self, read: impl FnOnce(&toml::Table) -> Result<T>) -> Result<Option<T>> {
        if self.present {
            read(self.table).map(Some)
        } else {
            Ok(None)
        }
    }

    fn finish<T>(self, spec: Option<T>) -> Entry<T> {
        Entry {
            place: self.place,
            name: self.name,
            keys: self.keys,
            spec,
        }
    }
}

/// The tables of one section (`[[roles]]` ...), each with a valid name
/// given once, known keys only, and nothing but `name` beside
/// `present = false`.
fn entries<'a>(
    source: &str,
    section: &str,
    value: &'a Value,
    allowed: &[&str],
    kind: NameKind,
) -> Result<Vec<RawEntry<'a>>> {
    let Value::Array(items) = value else {
        return Err(Error::usage(format!(
            "{source}: {section}: expected a list of tables ([[{section}]]), found {}",
            type_name(value)
        )));
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let index = i + 1;
        let bare = format!("{source}: {section}[{index}]");
        let Value::Table(table) = item else {
            return Err(at(&bare, expected("a table", item)));
        };
        let name = match table.get("name") {
            Some(v) => string(v).map_err(|e| at(&bare, field("name", e)))?,
            None => {
                return Err(at(&bare, Error::usage("the name is missing"))
                    .with_hint(format!("every [[{section}]] table needs name = \"...\"")))
            }
        };
        validate(kind, &name).map_err(|e| at(&bare, field("name", e)))?;
        let place = format!("{bare} \"{name}\"");
        if let Some(key) = table.keys().find(|k| !allowed.contains(&k.as_str())) {
            return Err(at(
                &place,
                Error::usage(format!("unknown key \"{}\"", key)).with_hint(crate::suggest::hint(
                    key,
                    allowed,
                    &format!("the keys of [[{section}]] are {}", allowed.join(", ")),
                )),
            ));
        }
        let present = match table.get("present") {
            Some(v) => boolean(v).map_err(|e| at(&place, field("present", e)))?,
            None => true,
        };
        let mut keys: Vec<String> = table
            .keys()
            .filter(|k| *k != "name" && *k != "present")
            .cloned()
            .collect();
        keys.sort();
        if let (false, Some(key)) = (present, keys.first()) {
            return Err(at(
                &place,
                field(
                    key,
                    Error::usage("an entry with present = false takes only its name"),
                ),
            )
            .with_hint("remove the other keys of the entry, or the line present = false"));
        }
        if let Some(first) = seen.insert(name.clone(), index) {
            return Err(at(
                &place,
                Error::usage(format!(
                    "\"{name}\" appears again (first as {section}[{first}])"
                )),
            )
            .with_hint(format!("each name appears once in [[{section}]]")));
        }
        out.push(RawEntry {
            index,
            place,
            name,
            present,
            table,
            keys,
        });
    }
    Ok(out)
}

fn role(table: &toml::Table) -> Result<RoleSpec> {
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

fn strategy(table: &toml::Table) -> Result<StrategySpec> {
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

fn account(table: &toml::Table, base: &Path) -> Result<AccountSpec> {
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

fn user(
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
        .filter(|(k, _)| !matches!(k.as_str(), "name" | "present" | "grants" | "password_file"))
        .map(|(k, v)| (k.as_str(), to_json(v)))
        .collect();
    let mut row = UserRow::from_fields(
        index as u64,
        std::iter::once(("username", &username)).chain(values.iter().map(|(k, v)| (*k, v))),
        Spelling::Typed,
        now,
        None,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-03-01T12:00:00Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap()
    }

    fn read(text: &str) -> Result<Document> {
        parse(text, "site.toml", Path::new("/nowhere"), now())
    }

    #[test]
    fn every_section_is_read() {
        let doc = read(
            "[settings]\n\"deletion.grace\" = \"72h\"\n\"password.min_length\" = 14\n\
             [[roles]]\nname = \"support\"\npermissions = [\"users.read\", \"accounts.read\", \"users.read\"]\n\
             [[strategies]]\nname = \"nightly\"\nschedule = \"daily@02:00\"\nkeep_daily = 14\n\
             [[accounts]]\nname = \"acme\"\nowner = \"\"\nstate = \"disabled\"\n\
             [[users]]\nname = \"alice\"\nroles = [\"support\"]\nexpires = 2027-01-01\n\
             grants = [{ account = \"acme\", access = \"full\" }]\n\
             [[users]]\nname = \"bob\"\npresent = false\n",
        )
        .unwrap();
        assert_eq!(doc.settings.len(), 2);
        let role = doc.roles[0].spec.as_ref().unwrap();
        assert_eq!(
            role.permissions.as_deref(),
            Some(&["users.read".to_string(), "accounts.read".to_string()][..])
        );
        assert_eq!(doc.strategies[0].keys, vec!["keep_daily", "schedule"]);
        let account = doc.accounts[0].spec.as_ref().unwrap();
        assert_eq!(
            (account.owner.clone(), account.enabled),
            (Some(None), Some(false))
        );
        assert_eq!(doc.user_rows.len(), 1);
        assert!(matches!(doc.user_rows[0].expires, Some(Some(_))));
        assert!(doc.users[1].spec.is_none());
    }

    #[test]
    fn errors_name_the_file_the_entry_and_the_field() {
        for (text, want) in [
            (
                "[[users]]\nname = \"alice\"\n[[users]]\nname = \"bob\"\nexpires = \"soon\"\n",
                "site.toml: users[2] \"bob\", field \"expires\": invalid time",
            ),
            (
                "[[roles]]\nname = \"r\"\ncolour = \"blue\"\n",
                "site.toml: roles[1] \"r\": unknown key \"colour\"",
            ),
            ("[colours]\n", "site.toml: unknown section \"colours\""),
            (
                "[settings]\ncolour = \"blue\"\n",
                "site.toml: settings: unknown setting \"colour\"",
            ),
            (
                "[settings]\n\"deletion.grace\" = \"9d\"\n",
                "site.toml: settings, field \"deletion.grace\": invalid value",
            ),
            (
                "[[accounts]]\nname = \"a\"\nstate = \"gone\"\n",
                "site.toml: accounts[1] \"a\", field \"state\": unknown state",
            ),
            (
                "[[users]]\nname = \"a\"\ngrants = [{ account = \"x\", access = \"all\" }]\n",
                "site.toml: users[1] \"a\", field \"grants[1].access\"",
            ),
            (
                "[[users]]\nname = \"a\"\ngrants = [{ account = \"x\", level = \"full\" }]\n",
                "field \"grants[1]\": unknown key \"level\"",
            ),
            (
                "[[strategies]]\nname = \"s\"\nkeep_daily = -1\n",
                "site.toml: strategies[1] \"s\", field \"keep_daily\"",
            ),
            (
                "[[roles]]\nname = \"r\"\npresent = false\ndescription = \"x\"\n",
                "field \"description\": an entry with present = false takes only its name",
            ),
            (
                "[[roles]]\nname = \"r\"\n[[roles]]\nname = \"r\"\n",
                "roles[2] \"r\": \"r\" appears again (first as roles[1])",
            ),
            (
                "[[users]]\nemail = \"a@b.c\"\n",
                "users[1]: the name is missing",
            ),
            ("[[users]]\nname = \"Alice\"\n", "users[1], field \"name\""),
            ("roles = 3\n", "site.toml: roles: expected a list of tables"),
            (
                "[[users]]\nname = \"a\"\npassword_file = \"p\"\n",
                "users[1] \"a\", field \"password_file\": cannot open the password file /nowhere/p",
            ),
        ] {
            let err = read(text).err().unwrap();
            assert!(err.message.contains(want), "{text}\n{}", err.message);
            // A file that cannot be read is an I/O failure, as with
            // --password-file; everything else is a bad value.
            let want_kind = if want.contains("cannot open") {
                crate::error::Kind::Failure
            } else {
                crate::error::Kind::Usage
            };
            assert_eq!(err.kind, want_kind, "{}", err.message);
        }
    }

    #[test]
    fn syntax_errors_give_the_line_and_column() {
        let err = read("[[roles]]\nname = \"r\"\npermissions = [\n")
            .err()
            .unwrap();
        assert!(
            err.message.starts_with("site.toml, line 3, column"),
            "{}",
            err.message
        );
    }
}
