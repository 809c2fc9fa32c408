//! What the command line makes of an error: its exit code, its name in
//! JSON, and an answer already given. The library's [`Error`] knows none
//! of this; the kinds map one to one onto the table below.

use crate::error::{Error, Kind};

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
    }
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
        ] {
            assert!(EXIT_CODES.iter().any(|(c, _)| *c == code(kind)), "{kind:?}");
        }
    }
}
