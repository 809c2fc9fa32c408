//! Shell completion of the names in the database: `warden user show
//! <TAB>` offers the users, `account use <TAB>` the accounts, and so on.
//!
//! The shell asks the binary itself (`WARDEN_COMPLETE=bash warden --
//! WORDS…`, set up by `source <(WARDEN_COMPLETE=bash warden)`), which
//! answers from the database the command line would open: its `--db`, else
//! `WARDEN_DB`, the config file or the default. The database is opened
//! only to read (nothing is migrated or written), at most the first 1,000
//! names of the typed prefix are read through the names' unique index,
//! and anything that goes wrong (no database, a refused one, a server
//! away) completes nothing rather than print an error into the prompt.

use std::ffi::OsStr;
use std::path::PathBuf;

use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};

use crate::names::NameKind;
use crate::store::{OpenOptions, Store};

/// The variable that asks for completions.
pub const VAR: &str = "WARDEN_COMPLETE";

/// At most this many names are offered for one prefix.
const LIMIT: usize = 1000;

/// Answers a completion request and exits, when the shell made one;
/// returns otherwise.
pub fn complete_if_asked() {
    // Only `warden` alone (the shell asking for its script) or `warden --
    // WORDS…` (asking for candidates) is a request: a WARDEN_COMPLETE left
    // in an environment must never turn `user verify` into an exit 0.
    let mut args = std::env::args_os().skip(1);
    let request = match args.next() {
        None => true,
        Some(first) => first == "--",
    };
    if request {
        clap_complete::CompleteEnv::with_factory(command)
            .var(VAR)
            .bin("warden")
            .complete();
    }
}

/// The command tree with a name completer on every argument that takes
/// the name of something that exists.
pub fn command() -> clap::Command {
    super::command().mut_subcommands(|group| {
        let group_name = group.get_name().to_string();
        group.mut_subcommands(|sub| {
            let sub_name = sub.get_name().to_string();
            sub.mut_args(|arg| match kind_of(&group_name, &sub_name, &arg) {
                Some(kind) => arg.add(ArgValueCompleter::new(move |current: &OsStr| {
                    names(kind, current)
                })),
                None => arg,
            })
        })
    })
}

/// Which names an argument takes, by what its help calls its value.
fn kind_of(group: &str, sub: &str, arg: &clap::Arg) -> Option<NameKind> {
    if !arg.get_action().takes_values() {
        return None;
    }
    let value = arg
        .get_value_names()
        .and_then(|names| names.first())
        .map_or_else(|| arg.get_id().as_str().to_uppercase(), |v| v.to_string());
    // What `add` and `create` name does not exist yet.
    let creating = matches!(sub, "add" | "create");
    match value.as_str() {
        "USER" | "DELEGATOR" => Some(NameKind::User),
        "BACKUP" if group == "backup-user" => Some(NameKind::User),
        "ACCOUNT" => Some(NameKind::Account),
        "ROLE" => Some(NameKind::Role),
        "STRATEGY" => Some(NameKind::Strategy),
        "NAME" if !creating => match group {
            "user" => Some(NameKind::User),
            "account" => Some(NameKind::Account),
            "role" => Some(NameKind::Role),
            "strategy" => Some(NameKind::Strategy),
            _ => None,
        },
        _ => None,
    }
}

fn names(kind: NameKind, current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(prefix) = current.to_str() else {
        return Vec::new();
    };
    // Only names warden could have stored reach the prompt.
    read_names(kind, prefix)
        .unwrap_or_default()
        .into_iter()
        .filter(|name| crate::names::validate(kind, name).is_ok())
        .map(CompletionCandidate::new)
        .collect()
}

fn read_names(kind: NameKind, prefix: &str) -> crate::error::Result<Vec<String>> {
    let given = given_database();
    let config = match given {
        Some(_) => super::config::Config::default(),
        None => super::config::load()?,
    };
    let (db, _) = super::choose_database(given, &config)?;
    // A writer holding the lock makes the prompt wait a moment at most.
    let opts = OpenOptions {
        busy_timeout: std::time::Duration::from_millis(200),
        password_file: crate::store::password_file_from_env(),
        ..Default::default()
    };
    let mut store = Store::open_to_read(&db, &opts)?;
    crate::ops::names::starting_with(&mut store, kind, prefix, LIMIT)
}

/// The database the command line being completed names with `--db`, else
/// `WARDEN_DB`. The words being completed follow `--` among the process's
/// own arguments.
fn given_database() -> Option<(PathBuf, super::DbSource)> {
    let words: Vec<String> = std::env::args_os()
        .map(|word| word.to_string_lossy().into_owned())
        .skip_while(|word| word != "--")
        .skip(1)
        .collect();
    let flag = words
        .iter()
        .enumerate()
        .find_map(|(i, word)| match word.strip_prefix("--db=") {
            Some(value) => Some(value.to_string()),
            None if word == "--db" => words.get(i + 1).cloned(),
            None => None,
        });
    if let Some(db) = flag.filter(|db| !db.is_empty()) {
        return Some((PathBuf::from(db), super::DbSource::Flag));
    }
    std::env::var_os("WARDEN_DB")
        .filter(|db| !db.is_empty())
        .map(|db| (PathBuf::from(db), super::DbSource::Env))
}
