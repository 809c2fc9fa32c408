//! What the command line makes of an error: its exit code, its name in
//! JSON, its remedy in the command line's words, and an answer already
//! given. The library's [`Error`] knows none of this; the kinds map one to
//! one onto the table below.

use crate::catalog::NameKind;
use crate::error::{Error, Kind, Remedy, CORRUPT};

/// The exit-code table as documented in the README and warden(1).
pub const EXIT_CODES: &[(u8, &str)] = &[
    (0, "success; allowed"),
    (1, "unexpected failure (I/O, corrupt database)"),
    (2, "usage error (bad flag, bad value, missing password input)"),
    (3, "not found (user, account, role, strategy, database not initialised)"),
    (4, "conflict (already exists, name reserved)"),
    (5, "refused by a rule (last admin, account not disabled, confirmation missing, limit exceeded)"),
    (6, "denied (verify, can, switch said no)"),
    (7, "busy (the database stayed locked past --busy-timeout, no PostgreSQL server answered within connect_timeout, or the connection was lost before the commit)"),
    (8, "apply --dry-run: changes are pending"),
    (9, "audit verify: the audit log's chain is broken (an event changed, removed, inserted or moved, a protecting trigger gone, the head kept elsewhere not matched, or an archive file missing, changed or cut short); `audit archive` and `audit --archive` on a broken chain or file"),
];

/// The exit code of an error's kind.
pub fn code(kind: Kind) -> u8 {
    match kind {
        Kind::Failure => 1,
        Kind::Usage => 2,
        Kind::NotFound => 3,
        Kind::Conflict => 4,
        Kind::Refused => 5,
        Kind::Denied => 6,
        Kind::Busy => 7,
        Kind::Pending => 8,
        Kind::Tampered => 9,
    }
}

/// A stable machine name for the kind, used in JSON errors.
pub fn name(kind: Kind) -> &'static str {
    match kind {
        Kind::Failure => "failure",
        Kind::Usage => "usage",
        Kind::NotFound => "not_found",
        Kind::Conflict => "conflict",
        Kind::Refused => "refused",
        Kind::Denied => "denied",
        Kind::Busy => "busy",
        Kind::Pending => "pending",
        Kind::Tampered => "tampered",
    }
}

/// The error as the command line says it: a typed remedy becomes the
/// flags and commands that carry it out (`--busy-timeout`, `warden init`);
/// an error without one is shown as it is.
pub fn in_cli_words(err: &Error) -> Error {
    let Some(remedy) = &err.remedy else {
        return err.clone();
    };
    let mut worded = err.clone();
    let hint = match remedy {
        Remedy::WaitLonger => {
            "try again, or allow a longer wait with --busy-timeout (for example --busy-timeout 30s)"
                .to_string()
        }
        // Corruption is reported on one line: the advice is part of it.
        Remedy::CheckAndRestore => {
            worded.message = format!(
                "{CORRUPT}; `warden db check` lists the damage, then restore a `warden db backup` copy"
            );
            worded.hint = None;
            return worded;
        }
        // One line, no hint: the message says what to check.
        Remedy::CheckLocation => {
            worded.message.push_str(" (check --db or WARDEN_DB)");
            worded.hint = None;
            return worded;
        }
        Remedy::NameTheFile => {
            "give the path of the database file itself, for example --db /var/lib/warden/warden.db"
                .to_string()
        }
        Remedy::Initialise { schema: None } => {
            "run `warden init` to create one, or point --db or WARDEN_DB at an existing database"
                .to_string()
        }
        Remedy::Initialise { schema: Some(schema) } => format!(
            "looked in the schema {schema} (the first of the search_path this role may use); run `warden init` to create one there, or check the role's USAGE on warden's schema and the URL's search_path"
        ),
        Remedy::LookAtIt => {
            "nothing was changed; use `warden db info` to see what it holds".to_string()
        }
        Remedy::Migrate => "run any warden command on it to migrate it".to_string(),
        Remedy::ListNames(kind) => match kind {
            NameKind::User => "`warden user list` shows the users",
            NameKind::Role => "`warden role list` shows the roles",
            NameKind::Account => "`warden account list` shows the accounts",
            NameKind::Strategy => "`warden strategy list` shows the strategies",
        }
        .to_string(),
        Remedy::UsePrimary => "this server is a standby or the session is read-only; point --db at the primary \
             (several hosts with target_session_attrs=read-write find it); nothing was changed"
            .to_string(),
        Remedy::ReadOnly => "check the permissions of the database file and its folder".to_string(),
        Remedy::LookBeforeRetrying => {
            "look before running the command again (`warden audit --limit 5` shows the last changes)"
                .to_string()
        }
        Remedy::ChooseAnotherFile => {
            "choose another file name, or pass --force to replace it".to_string()
        }
        Remedy::NameAConfigFile => {
            "point WARDEN_CONFIG at a config file, or remove what is in its place".to_string()
        }
    };
    worded.hint = Some(hint);
    worded
}

/// An exit code whose answer was already printed on stdout (a denied
/// `verify` or `can`, pending changes): nothing more is shown on stderr.
pub fn answered(kind: Kind) -> Error {
    Error::new(kind, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_row_in_the_table() {
        for kind in [
            Kind::Failure,
            Kind::Usage,
            Kind::NotFound,
            Kind::Conflict,
            Kind::Refused,
            Kind::Denied,
            Kind::Busy,
            Kind::Pending,
            Kind::Tampered,
        ] {
            assert!(EXIT_CODES.iter().any(|(c, _)| *c == code(kind)), "{kind:?}");
        }
    }
}
