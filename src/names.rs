//! Name rules for users, accounts, strategies and roles (SPEC §3).
//!
//! Names are plain lower-case ASCII so that look-alikes cannot exist: two
//! names that print the same are the same bytes. A name with upper-case
//! letters is refused with the lower-case spelling as a hint rather than
//! silently folded, so that what a script stores is what it wrote.

use crate::error::{Error, Result};

/// What a name names; each kind has its own alphabet and length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    User,
    Account,
    Strategy,
    Role,
}

impl NameKind {
    pub fn noun(self) -> &'static str {
        match self {
            NameKind::User => "user name",
            NameKind::Account => "account name",
            NameKind::Strategy => "strategy name",
            NameKind::Role => "role name",
        }
    }

    fn max_len(self) -> usize {
        match self {
            NameKind::Role => 32,
            _ => 64,
        }
    }

    fn first_ok(self, c: char) -> bool {
        match self {
            NameKind::Role => c.is_ascii_lowercase(),
            _ => c.is_ascii_lowercase() || c.is_ascii_digit(),
        }
    }

    fn rest_ok(self, c: char) -> bool {
        c.is_ascii_lowercase()
            || c.is_ascii_digit()
            || match self {
                NameKind::User => matches!(c, '.' | '_' | '@' | '-'),
                NameKind::Account | NameKind::Strategy => matches!(c, '.' | '_' | '-'),
                NameKind::Role => matches!(c, '_' | '-'),
            }
    }

    fn allowed(self) -> &'static str {
        match self {
            NameKind::User => "a-z 0-9 . _ @ -",
            NameKind::Account | NameKind::Strategy => "a-z 0-9 . _ -",
            NameKind::Role => "a-z 0-9 _ -",
        }
    }
}

/// Checks a name against its kind's rule; the error says which part broke
/// it and, for upper case, suggests the lower-case spelling.
pub fn validate(kind: NameKind, name: &str) -> Result<()> {
    let shown = crate::output::escape(name);
    let refuse = |why: String| {
        Error::usage(format!("invalid {} \"{shown}\": {why}", kind.noun())).with_hint(format!(
            "{} {} starts with {} and uses only {} (at most {} characters)",
            if kind == NameKind::Account { "an" } else { "a" },
            kind.noun(),
            if kind == NameKind::Role {
                "a letter"
            } else {
                "a letter or digit"
            },
            kind.allowed(),
            kind.max_len()
        ))
    };
    if name.is_empty() {
        return Err(refuse("it is empty".into()));
    }
    if name.chars().any(|c| c.is_uppercase()) {
        let lower = name.to_lowercase();
        if lower.chars().enumerate().all(|(i, c)| {
            if i == 0 {
                kind.first_ok(c)
            } else {
                kind.rest_ok(c)
            }
        }) {
            return Err(Error::usage(format!(
                "invalid {} \"{shown}\": names are lower case",
                kind.noun()
            ))
            .with_hint(format!("use \"{lower}\"")));
        }
    }
    if name.len() > kind.max_len() {
        return Err(refuse(format!("it is {} bytes long", name.len())));
    }
    let mut chars = name.chars();
    if let Some(first) = chars.next() {
        if !kind.first_ok(first) {
            return Err(refuse(format!("it cannot start with {}", describe(first))));
        }
    }
    if let Some(bad) = chars.find(|&c| !kind.rest_ok(c)) {
        return Err(refuse(format!("it cannot contain {}", describe(bad))));
    }
    Ok(())
}

fn describe(c: char) -> String {
    match c {
        ' ' => "a space".into(),
        c if c.is_control() => format!("the control character U+{:04X}", c as u32),
        c if !c.is_ascii() => format!("the non-ASCII character U+{:04X}", c as u32),
        c => format!("'{c}'"),
    }
}

/// A light check of an e-mail address: one `@` with text on both sides, no
/// spaces or control characters, at most 254 bytes. Deliverability is the
/// mail system's business, not warden's.
pub fn validate_email(email: &str) -> Result<()> {
    let shown = crate::output::escape(email);
    let refuse = |why: &str| {
        Err(
            Error::usage(format!("invalid e-mail address \"{shown}\": {why}"))
                .with_hint("write it as name@example.com"),
        )
    };
    if email.len() > 254 {
        return refuse("it is longer than 254 bytes");
    }
    if email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return refuse("it contains a space or a control character");
    }
    match email.split_once('@') {
        Some((local, domain))
            if !local.is_empty() && !domain.is_empty() && !domain.contains('@') =>
        {
            Ok(())
        }
        _ => refuse("it needs exactly one @ with text on both sides"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_names_pass() {
        for name in ["admin", "j.doe@example.com", "0ps", "a-b_c.d"] {
            assert!(validate(NameKind::User, name).is_ok(), "{name}");
        }
        assert!(validate(NameKind::Role, "backup_admins").is_ok());
        assert!(validate(NameKind::Account, "acme-01").is_ok());
    }

    #[test]
    fn upper_case_is_refused_with_the_lower_case_suggestion() {
        let err = validate(NameKind::User, "Admin").err();
        assert_eq!(err.and_then(|e| e.hint), Some("use \"admin\"".into()));
    }

    #[test]
    fn hostile_names_are_refused() {
        let long = "a".repeat(65);
        for name in [
            "",
            ".",
            "..",
            "-rf",
            "a b",
            "a:b",
            "a/b",
            "a\u{7}",
            "o'brien",
            "\u{ff41}dmin",
            "ad\u{200d}min",
            long.as_str(),
        ] {
            assert!(validate(NameKind::User, name).is_err(), "{name:?}");
        }
        assert!(validate(NameKind::Account, "a@b").is_err());
        assert!(validate(NameKind::Role, "1role").is_err());
        assert!(validate(NameKind::Role, &"r".repeat(33)).is_err());
    }

    #[test]
    fn email_addresses_need_one_at_and_no_spaces() {
        assert!(validate_email("ops@acme.example").is_ok());
        for bad in [
            "",
            "ops",
            "@acme",
            "ops@",
            "a@b@c",
            "o ps@acme",
            "ops@acme\n",
        ] {
            assert!(validate_email(bad).is_err(), "{bad:?}");
        }
    }
}
