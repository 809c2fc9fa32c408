//! The settings catalog: every key, its type, range, default and meaning.
//!
//! Only values that were set are stored; everything else is the default
//! here. Values are checked on the way in (a bad value changes nothing) and
//! again on the way out, so a value planted behind warden's back is caught.

use std::collections::HashMap;
use std::time::Duration;

use crate::store::Db;
use serde_json::Value;

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::Setting;
use crate::password::{HashParams, MIN_ITERATIONS, MIN_MEMORY_KIB, MIN_PARALLELISM};
use crate::store::{self, Store};
use crate::time::{format_duration, parse_duration};

const DAY: u64 = 86_400;

/// The type and allowed range of a setting.
#[derive(Debug, Clone, Copy)]
pub enum SettingType {
    /// Seconds, inclusive bounds.
    Duration {
        min: u64,
        max: u64,
    },
    Integer {
        min: i64,
        max: i64,
    },
    /// A shell-free command line; empty means "not configured".
    Command,
    /// An e-mail address; empty means "not set".
    Email,
    /// `true` or `false` (also yes/no, on/off, 1/0).
    Boolean,
    /// A duration in seconds within the bounds, or `off`.
    OptionalDuration {
        min: u64,
        max: u64,
    },
    /// An absolute path to a folder; empty means "not set".
    Folder,
}

/// One key of the catalog.
#[derive(Debug)]
pub struct SettingDef {
    pub key: &'static str,
    pub ty: SettingType,
    pub default: &'static str,
    pub description: &'static str,
}

pub const CATALOG: &[SettingDef] = &[
    SettingDef {
        key: "deletion.grace",
        ty: SettingType::Duration { min: DAY, max: 7 * DAY },
        default: "7d",
        description: "how long a deleted account stays restorable before `account purge` removes it (1d to 7d)",
    },
    SettingDef {
        key: "backup_user.max_duration",
        ty: SettingType::Duration { min: 3_600, max: 365 * DAY },
        default: "30d",
        description: "the longest backup-user window (1h to 365d)",
    },
    SettingDef {
        key: "password.min_length",
        ty: SettingType::Integer { min: 8, max: 256 },
        default: "12",
        description: "the fewest characters a user's password may have (8 to 256)",
    },
    SettingDef {
        key: "password.min_score",
        ty: SettingType::Integer { min: 0, max: 4 },
        default: "2",
        description: "the lowest zxcvbn strength score (0 to 4) a user's password may have; below it a password is refused as too common or too easy to guess (NIST SP 800-63B). Score 0 is always refused. Account passwords are never refused",
    },
    SettingDef {
        key: "auth.lockout_threshold",
        ty: SettingType::Integer { min: 1, max: 1000 },
        default: "5",
        description: "consecutive failed logins that lock a user (1 to 1000)",
    },
    SettingDef {
        key: "auth.lockout_duration",
        ty: SettingType::Duration { min: 60, max: 30 * DAY },
        default: "15m",
        description: "how long a lockout lasts (1m to 30d)",
    },
    SettingDef {
        key: "auth.syslog",
        ty: SettingType::Boolean,
        default: "true",
        description: "whether logins, failed logins and lockouts also go to the system log (facility authpriv, identifier warden), where fail2ban can read them: true or false",
    },
    SettingDef {
        key: "notify.command",
        ty: SettingType::Command,
        default: "",
        description: "sendmail-compatible command that `notify send` pipes each message to, e.g. \"/usr/sbin/sendmail -t\"; split on spaces and run directly, never through a shell (empty: not configured)",
    },
    SettingDef {
        key: "notify.from",
        ty: SettingType::Email,
        default: "",
        description: "the From address of notifications, e.g. backup@example.com (empty: the mail command decides)",
    },
    SettingDef {
        key: "notify.timeout",
        ty: SettingType::Duration { min: 1, max: 600 },
        default: "1m",
        description: "how long `notify send` lets the mail command run for one message before killing it (1s to 10m)",
    },
    SettingDef {
        key: "audit.keep",
        ty: SettingType::OptionalDuration { min: DAY, max: 36_500 * DAY },
        default: "off",
        description: "how long events stay in the database before `maintenance` moves them into archive files in audit.archive_dir (1d to 36500d), or off to archive only when `warden audit archive` is run",
    },
    SettingDef {
        key: "audit.archive_dir",
        ty: SettingType::Folder,
        default: "",
        description: "the folder, an absolute path, that `maintenance` writes audit archives to when audit.keep is set (empty: not set)",
    },
    SettingDef {
        key: "argon2.memory_kib",
        ty: SettingType::Integer { min: MIN_MEMORY_KIB as i64, max: 4_194_304 },
        default: "19456",
        description: "argon2id memory cost in KiB for new password hashes (19456 to 4194304)",
    },
    SettingDef {
        key: "argon2.iterations",
        ty: SettingType::Integer { min: MIN_ITERATIONS as i64, max: 64 },
        default: "2",
        description: "argon2id time cost for new password hashes (2 to 64)",
    },
    SettingDef {
        key: "argon2.parallelism",
        ty: SettingType::Integer { min: MIN_PARALLELISM as i64, max: 64 },
        default: "1",
        description: "argon2id lanes for new password hashes (1 to 64)",
    },
];

/// Finds a key in the catalog; an unknown key is a usage error that lists
/// the known ones.
pub fn definition(key: &str) -> Result<&'static SettingDef> {
    CATALOG.iter().find(|d| d.key == key).ok_or_else(|| {
        let keys: Vec<_> = CATALOG.iter().map(|d| d.key).collect();
        Error::usage(format!("unknown setting \"{}\"", key)).with_hint(crate::suggest::hint(
            key,
            &keys,
            &format!("the settings are: {}", keys.join(", ")),
        ))
    })
}

/// A checked value: its stored spelling and its JSON form.
struct Checked {
    stored: String,
    json: Value,
}

/// A duration of whole seconds from `min` to `max`, in canonical spelling;
/// else why not.
fn duration_within(input: &str, min: u64, max: u64) -> std::result::Result<String, String> {
    let d = parse_duration(input).map_err(|e| e.message)?;
    if d.subsec_nanos() != 0 {
        return Err("give whole seconds".into());
    }
    let secs = d.as_secs();
    if secs < min || secs > max {
        return Err(format!(
            "{} is outside {} to {}",
            format_duration(d),
            format_duration(Duration::from_secs(min)),
            format_duration(Duration::from_secs(max))
        ));
    }
    Ok(format_duration(d))
}

fn check(def: &SettingDef, input: &str) -> Result<Checked> {
    let bad = |why: String| {
        Error::usage(format!("invalid value for {}: {why}", def.key))
            .with_hint(format!("{} expects {}", def.key, def.description))
    };
    match def.ty {
        SettingType::OptionalDuration { min, max } => {
            let text = if input.trim().eq_ignore_ascii_case("off") {
                "off".to_string()
            } else {
                duration_within(input, min, max).map_err(bad)?
            };
            Ok(Checked {
                json: Value::String(text.clone()),
                stored: text,
            })
        }
        SettingType::Folder => {
            let text = input.trim();
            if text.chars().any(|c| c.is_control()) {
                return Err(bad("it contains a control character".into()));
            }
            if !text.is_empty() && !text.starts_with('/') {
                return Err(bad(format!("\"{text}\" is not an absolute path")));
            }
            Ok(Checked {
                json: Value::String(text.to_string()),
                stored: text.to_string(),
            })
        }
        SettingType::Duration { min, max } => {
            let text = duration_within(input, min, max).map_err(bad)?;
            Ok(Checked {
                json: Value::String(text.clone()),
                stored: text,
            })
        }
        SettingType::Integer { min, max } => {
            let n: i64 = input
                .trim()
                .parse()
                .map_err(|_| bad(format!("\"{}\" is not a whole number", input)))?;
            if n < min || n > max {
                return Err(bad(format!("{n} is outside {min} to {max}")));
            }
            Ok(Checked {
                stored: n.to_string(),
                json: Value::from(n),
            })
        }
        SettingType::Command => {
            if input.chars().any(|c| c.is_control()) {
                return Err(bad("it contains a control character".into()));
            }
            let text = input.trim().to_string();
            Ok(Checked {
                json: Value::String(text.clone()),
                stored: text,
            })
        }
        SettingType::Boolean => {
            let value = match input.trim().to_ascii_lowercase().as_str() {
                "true" | "yes" | "on" | "1" => true,
                "false" | "no" | "off" | "0" => false,
                _ => return Err(bad(format!("\"{input}\" is neither true nor false"))),
            };
            Ok(Checked {
                stored: value.to_string(),
                json: Value::Bool(value),
            })
        }
        SettingType::Email => {
            let text = input.trim();
            if !text.is_empty() {
                crate::names::validate_email(text).map_err(|e| bad(e.message))?;
            }
            Ok(Checked {
                json: Value::String(text.to_string()),
                stored: text.to_string(),
            })
        }
    }
}

fn view(def: &'static SettingDef, stored: Option<&str>) -> Result<Setting> {
    let default = check(def, def.default)?.json;
    let value = match stored {
        Some(text) => check(def, text).map_err(|e| planted(def.key, e))?.json,
        None => default.clone(),
    };
    Ok(Setting {
        key: def.key,
        value,
        default,
        is_set: stored.is_some(),
        description: def.description,
    })
}

fn planted(key: &str, err: Error) -> Error {
    Error::failure(format!(
        "the stored value of setting {key} is invalid: {}",
        err.message
    ))
    .with_hint(format!(
        "set it again with `warden settings set {key} VALUE`"
    ))
}

pub fn list(store: &mut Store) -> Result<Vec<Setting>> {
    let stored = store.read(store::settings::all)?;
    CATALOG
        .iter()
        .map(|def| view(def, stored.get(def.key).map(String::as_str)))
        .collect()
}

pub fn get(store: &mut Store, key: &str) -> Result<Setting> {
    let def = definition(key)?;
    let stored = store.read(|tx| store::settings::get(tx, key))?;
    view(def, stored.as_deref())
}

/// Sets a value after checking its type and range; the change and its old
/// value are audited in the same transaction. Setting the current value
/// again changes nothing and records nothing.
pub fn set(store: &mut Store, ctx: &Ctx, key: &str, input: &str) -> Result<Setting> {
    let def = definition(key)?;
    let checked = check(def, input)?;
    store
        .write(|tx| set_checked(tx, ctx, def, &checked))
        .map(|(setting, _)| setting)
}

/// [`set`] inside the caller's write transaction (for `apply`). Returns
/// the setting and, when it changed, what it was before.
pub(crate) fn set_in(tx: &Db, ctx: &Ctx, key: &str, input: &str) -> Result<(Setting, Previous)> {
    let def = definition(key)?;
    let checked = check(def, input)?;
    set_checked(tx, ctx, def, &checked)
}

/// Checks a value for a key as `set` would, without storing it.
pub fn check_value(key: &str, input: &str) -> Result<()> {
    check(definition(key)?, input).map(|_| ())
}

/// The value a setting had before a change, and whether it was set then
/// (otherwise it was the default).
pub type Previous = Option<(Value, bool)>;

fn set_checked(
    tx: &Db,
    ctx: &Ctx,
    def: &'static SettingDef,
    checked: &Checked,
) -> Result<(Setting, Previous)> {
    let key = def.key;
    let old = store::settings::get(tx, key)?;
    if old.as_deref() == Some(checked.stored.as_str()) {
        return Ok((view(def, old.as_deref())?, None));
    }
    // An invalid stored value (planted behind warden's back) is what
    // this command repairs, so it is recorded as it was, not refused.
    let was_set = old.is_some();
    let from = match view(def, old.as_deref()) {
        Ok(before) => before.value,
        Err(_) => Value::String(old.unwrap_or_default()),
    };
    store::settings::set(tx, key, &checked.stored, ctx.now_unix())?;
    let details = serde_json::json!({ "from": from, "to": checked.json });
    super::record(tx, ctx, "settings.set", key, details)?;
    Ok((view(def, Some(&checked.stored))?, Some((from, was_set))))
}

/// Problems with stored settings (unknown keys, invalid values), for `db check`.
pub fn stored_problems(conn: &Db) -> Result<Vec<String>> {
    let stored = store::settings::all(conn)?;
    let mut problems: Vec<String> = stored
        .iter()
        .filter_map(|(key, value)| match CATALOG.iter().find(|d| d.key == key) {
            None => Some(format!("unknown setting {} is stored", key)),
            Some(def) => check(def, value)
                .err()
                .map(|e| format!("setting {key}: {}", e.message)),
        })
        .collect();
    problems.sort();
    Ok(problems)
}

/// The settings in force, typed, for the rules that depend on them.
#[derive(Debug, Clone)]
pub struct Settings {
    pub deletion_grace: Duration,
    pub backup_user_max_duration: Duration,
    pub password_min_length: u32,
    pub password_min_score: u8,
    pub lockout_threshold: u32,
    pub lockout_duration: Duration,
    /// Whether logins go to the system log.
    pub auth_syslog: bool,
    /// Empty when not configured.
    pub notify_command: String,
    /// Empty when the mail command picks the sender.
    pub notify_from: String,
    pub notify_timeout: Duration,
    /// How long events stay in the database; none: until archived by hand.
    pub audit_keep: Option<Duration>,
    /// Where `maintenance` archives; empty when not set.
    pub audit_archive_dir: String,
    pub hash: HashParams,
}

impl Settings {
    /// Reads the settings in force; a planted invalid value is an error.
    pub fn load(conn: &Db) -> Result<Settings> {
        Self::from_stored(&store::settings::all(conn)?)
    }

    /// The defaults, as a fresh database has them.
    pub fn defaults() -> Result<Settings> {
        Self::from_stored(&HashMap::new())
    }

    fn from_stored(stored: &HashMap<String, String>) -> Result<Settings> {
        let value = |key: &str| -> Result<Value> {
            let def = definition(key)?;
            Ok(view(def, stored.get(key).map(String::as_str))?.value)
        };
        let duration = |key: &str| -> Result<Duration> {
            match value(key)? {
                Value::String(text) => parse_duration(&text),
                other => Err(Error::failure(format!(
                    "setting {key} holds {other}, not a duration"
                ))),
            }
        };
        let text = |key: &str| -> Result<String> {
            Ok(value(key)?.as_str().unwrap_or_default().to_string())
        };
        let number = |key: &str| -> Result<u32> {
            value(key)?
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .ok_or_else(|| Error::failure(format!("setting {key} is not a number")))
        };
        Ok(Settings {
            deletion_grace: duration("deletion.grace")?,
            backup_user_max_duration: duration("backup_user.max_duration")?,
            password_min_length: number("password.min_length")?,
            password_min_score: u8::try_from(number("password.min_score")?)
                .map_err(|_| Error::failure("setting password.min_score is out of range"))?,
            lockout_threshold: number("auth.lockout_threshold")?,
            lockout_duration: duration("auth.lockout_duration")?,
            auth_syslog: value("auth.syslog")?
                .as_bool()
                .ok_or_else(|| Error::failure("setting auth.syslog is not true or false"))?,
            notify_command: text("notify.command")?,
            notify_from: text("notify.from")?,
            notify_timeout: duration("notify.timeout")?,
            audit_keep: match text("audit.keep")?.as_str() {
                "off" => None,
                kept => Some(parse_duration(kept)?),
            },
            audit_archive_dir: text("audit.archive_dir")?,
            hash: HashParams {
                memory_kib: number("argon2.memory_kib")?,
                iterations: number("argon2.iterations")?,
                parallelism: number("argon2.parallelism")?,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_is_valid_for_its_own_type() {
        for def in CATALOG {
            assert!(check(def, def.default).is_ok(), "{}", def.key);
        }
        let s = Settings::defaults().ok();
        assert_eq!(s.as_ref().map(|s| s.password_min_length), Some(12));
        assert_eq!(s.map(|s| s.hash), Some(HashParams::default()));
    }

    #[test]
    fn out_of_range_values_are_usage_errors() {
        let cases = [
            ("deletion.grace", "12h"),
            ("deletion.grace", "8d"),
            ("password.min_length", "7"),
            ("argon2.memory_kib", "19455"),
            ("argon2.iterations", "1"),
            ("argon2.parallelism", "0"),
            ("auth.lockout_threshold", "-1"),
            ("auth.lockout_duration", "abc"),
            ("notify.command", "sendmail\n-t"),
            ("notify.from", "no-at-sign"),
            ("notify.from", "a b@example.com"),
            ("notify.timeout", "0s"),
            ("notify.timeout", "11m"),
            ("auth.syslog", "maybe"),
            ("audit.keep", "12h"),
            ("audit.keep", "never"),
            ("audit.archive_dir", "relative/path"),
        ];
        for (key, value) in cases {
            let kind = definition(key)
                .and_then(|d| check(d, value))
                .err()
                .map(|e| e.kind);
            assert_eq!(kind, Some(crate::error::Kind::Usage), "{key}={value}");
        }
    }

    #[test]
    fn durations_are_stored_in_canonical_spelling() {
        let def = definition("deletion.grace").ok();
        let stored = def.and_then(|d| check(d, "72h").ok()).map(|c| c.stored);
        assert_eq!(stored.as_deref(), Some("3d"));
    }

    #[test]
    fn the_notification_settings_default_to_unset_and_one_minute() {
        let s = Settings::defaults().ok();
        assert_eq!(
            s.map(|s| (s.notify_command, s.notify_from, s.notify_timeout)),
            Some((String::new(), String::new(), Duration::from_secs(60)))
        );
        let def = definition("notify.from").ok();
        let stored = def.and_then(|d| check(d, " ops@example.com ").ok());
        assert_eq!(stored.map(|c| c.stored).as_deref(), Some("ops@example.com"));
    }
}
