//! The document's shape: known sections, and in each a list of tables
//! with a valid name given once and known keys only.

use super::*;

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
            value.found()
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
