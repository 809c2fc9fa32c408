//! The config file: where the database is when neither `--db` nor
//! `WARDEN_DB` says, and how long to wait for a lock.
//!
//! One file is read, the first that exists of
//! `$XDG_CONFIG_HOME/warden/config.toml` (else
//! `~/.config/warden/config.toml`) and `/etc/warden/config.toml`;
//! `WARDEN_CONFIG=FILE` names it instead, and an empty `WARDEN_CONFIG`
//! reads none. It never holds a secret (a password in a URL is refused
//! there as anywhere). Whoever can change it chooses the database warden
//! opens, so it is refused unless it and the folders on the way to it
//! belong to the user running warden or root, by the rules warden applies
//! to the database itself.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::error::{Error, Result};

/// The system-wide config file.
pub const SYSTEM_FILE: &str = "/etc/warden/config.toml";

/// A config file is a few lines; anything far longer is not one.
const MAX_BYTES: u64 = 64 * 1024;

/// The keys a config file may set.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Keys {
    db: Option<String>,
    busy_timeout: Option<String>,
}

/// What a config file set, and which file it was.
#[derive(Debug, Default)]
pub struct Config {
    /// The file read, if any.
    pub file: Option<PathBuf>,
    pub db: Option<PathBuf>,
    pub busy_timeout: Option<Duration>,
}

/// The file to read: `WARDEN_CONFIG`, else the user's, else the system's
/// when it exists; `None` when there is none.
fn locate() -> Result<Option<PathBuf>> {
    if let Some(named) = std::env::var_os("WARDEN_CONFIG") {
        if named.is_empty() {
            return Ok(None);
        }
        let file = PathBuf::from(named);
        if std::fs::symlink_metadata(&file).is_err() {
            return Err(Error::usage(format!(
                "WARDEN_CONFIG names {}, which does not exist",
                file.display()
            ))
            .with_hint(
                "unset WARDEN_CONFIG to look for a config file, or set it empty to read none",
            ));
        }
        return Ok(Some(file));
    }
    let absolute = |name: &str| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    let user = absolute("XDG_CONFIG_HOME")
        .or_else(|| absolute("HOME").map(|home| home.join(".config")))
        .map(|dir| dir.join("warden").join("config.toml"));
    Ok([user, Some(PathBuf::from(SYSTEM_FILE))]
        .into_iter()
        .flatten()
        .find(|file| std::fs::symlink_metadata(file).is_ok()))
}

/// Reads the config file, if there is one.
pub fn load() -> Result<Config> {
    match locate()? {
        Some(file) => read(&file),
        None => Ok(Config::default()),
    }
}

fn bad(file: &Path, message: impl std::fmt::Display) -> Error {
    Error::usage(format!("{}: {message}", file.display())).with_hint(
        "a config file sets `db = \"PATH or URL\"` and `busy_timeout = \"DURATION\"`; see warden(1), FILES",
    )
}

fn read(file: &Path) -> Result<Config> {
    let real = crate::store::strict::check_config(file)?;
    let mut text = String::new();
    std::fs::File::open(&real)
        .and_then(|f| f.take(MAX_BYTES + 1).read_to_string(&mut text))
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::InvalidData => bad(file, "not UTF-8 text"),
            _ => Error::io(format!("cannot read {}", file.display()), &e),
        })?;
    if text.len() as u64 > MAX_BYTES {
        return Err(bad(file, format!("longer than {} KiB", MAX_BYTES / 1024)));
    }
    let keys: Keys = toml::from_str(&text).map_err(|e| {
        // toml's message spans lines (the offending line and a caret);
        // its first line says what is wrong.
        let message = e
            .message()
            .lines()
            .next()
            .unwrap_or("not valid TOML")
            .to_string();
        match e.span() {
            Some(span) => {
                let before = text.get(..span.start).unwrap_or_default();
                let line = before.matches('\n').count() + 1;
                bad(file, format!("line {line}: {message}"))
            }
            None => bad(file, message),
        }
    })?;
    let db = match keys.db {
        None => None,
        Some(db) if db.is_empty() => return Err(bad(file, "db is empty")),
        Some(db) => {
            let path = PathBuf::from(&db);
            if !crate::store::is_postgres_url(&path) && !path.is_absolute() {
                return Err(bad(
                    file,
                    format!("db must be an absolute path or a postgresql:// URL, not {db:?}"),
                ));
            }
            Some(path)
        }
    };
    let busy_timeout = keys
        .busy_timeout
        .map(|text| {
            super::parse_busy_timeout(&text).map_err(|e| bad(file, format!("busy_timeout: {e}")))
        })
        .transpose()?;
    Ok(Config {
        file: Some(file.to_path_buf()),
        db,
        busy_timeout,
    })
}
