//! Name rules for users, accounts, strategies and roles (SPEC §3).
//!
//! Names are plain lower-case ASCII so that look-alikes cannot exist: two
//! names that print the same are the same bytes. A name with upper-case
//! letters is refused with the lower-case spelling as a hint rather than
//! silently folded, so that what a script stores is what it wrote.

use crate::error::{Error, Result};

pub use crate::catalog::NameKind;

/// Checks a name against its kind's rule; the error says which part broke
/// it and, for upper case, suggests the lower-case spelling.
pub fn validate(kind: NameKind, name: &str) -> Result<()> {
    // A name comes from anywhere (a login prompt through PAM, a file): the
    // error shows a bounded start of it.
    let shown = shortened(name);
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
        if lower.len() <= kind.max_len()
            && lower.chars().enumerate().all(|(i, c)| {
                if i == 0 {
                    kind.first_ok(c)
                } else {
                    kind.rest_ok(c)
                }
            })
        {
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

/// At most 64 characters of a name for a message, marked when cut.
fn shortened(name: &str) -> std::borrow::Cow<'_, str> {
    const SHOWN: usize = 64;
    match name.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}...", &name[..end]).into(),
        None => name.into(),
    }
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
    use email_address::{EmailAddress, Error as Bad, Options};
    let shown = email;
    let refuse = |why: &str| {
        Err(
            Error::usage(format!("invalid e-mail address \"{shown}\": {why}"))
                .with_hint("give exactly one address, written as name@example.com"),
        )
    };
    if email.len() > 254 {
        return refuse("it is longer than 254 bytes");
    }
    if email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return refuse("it contains a space or a control character");
    }
    // A quoted local part may hold commas, `@` and angle brackets: one
    // address to RFC 5322, but a mailer that reads quotes carelessly sees
    // several. No one needs one for a user.
    if email.contains('"') {
        return refuse("a quoted name (\"...\"@example.com) is not accepted");
    }
    // Exactly one RFC 5322 addr-spec: no list ("a@x,root"), no display
    // name, no domain literal. The address reaches `sendmail -t` in a To:
    // header, where a second address would be a second recipient.
    let options = Options::default()
        .without_display_text()
        .without_domain_literal();
    match EmailAddress::parse_with_options(email, options) {
        Ok(_) => Ok(()),
        Err(Bad::MissingSeparator) => refuse("it needs an @"),
        Err(Bad::LocalPartEmpty) => refuse("there is nothing before the @"),
        Err(Bad::DomainEmpty) => refuse("there is nothing after the @"),
        Err(Bad::UnsupportedDisplayName) => refuse("a display name is not accepted"),
        Err(Bad::UnsupportedDomainLiteral) => {
            refuse("a domain literal ([192.0.2.1]) is not accepted")
        }
        Err(Bad::InvalidCharacter) => refuse(
            "it is not one address: a list, a comma, angle brackets or a second @ are not accepted",
        ),
        Err(other) => refuse(&other.to_string().trim_end_matches('.').to_lowercase()),
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
    fn a_huge_name_is_shown_bounded() {
        for name in ["x".repeat(120_000), "X".repeat(120_000), "é".repeat(70_000)] {
            let err = validate(NameKind::User, &name).err().unwrap();
            let text = format!("{} {}", err.message, err.hint.unwrap_or_default());
            assert!(text.len() < 400, "{}", text.len());
            assert!(err.message.contains("..."), "{}", err.message);
        }
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
    fn email_addresses_are_exactly_one_addr_spec() {
        for good in [
            "ops@acme.example",
            "root@localhost",
            "first.last+tag@mail.example.org",
            "o'brien@acme.example",
        ] {
            assert!(validate_email(good).is_ok(), "{good:?}");
        }
        for bad in [
            "",
            "ops",
            "@acme",
            "ops@",
            "a@b@c",
            "o ps@acme",
            "ops@acme\n",
            "u1@example.com,root",
            "root,u1@example.com",
            "u1@example.com;root@example.com",
            "Ops <ops@acme.example>",
            "<ops@acme.example>",
            "ops@[127.0.0.1]",
            "ops@acme..example",
            "ops@-acme.example",
            "ops.@acme.example",
            "\"x,root@evil.example\"@acme.example",
            "\"ops\"@acme.example",
        ] {
            assert!(validate_email(bad).is_err(), "{bad:?}");
        }
    }
}

#[cfg(test)]
mod props {
    use proptest::prelude::*;

    use super::{validate, NameKind};
    use crate::props::{config, text};

    fn name_kind() -> impl Strategy<Value = NameKind> {
        prop_oneof![
            Just(NameKind::User),
            Just(NameKind::Account),
            Just(NameKind::Strategy),
            Just(NameKind::Role),
        ]
    }

    type ByteRule = fn(u8) -> bool;

    /// SPEC §3's name regexes, written out by hand.
    fn matches_rule(kind: NameKind, name: &str) -> bool {
        let (first, rest, max): (ByteRule, ByteRule, usize) = match kind {
            NameKind::User => (
                |b| b.is_ascii_lowercase() || b.is_ascii_digit(),
                |b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._@-".contains(&b),
                64,
            ),
            NameKind::Account | NameKind::Strategy => (
                |b| b.is_ascii_lowercase() || b.is_ascii_digit(),
                |b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b),
                64,
            ),
            NameKind::Role => (
                |b| b.is_ascii_lowercase(),
                |b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_-".contains(&b),
                32,
            ),
        };
        let bytes = name.as_bytes();
        !bytes.is_empty()
            && bytes.len() <= max
            && first(bytes[0])
            && bytes[1..].iter().all(|&b| rest(b))
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn names_are_accepted_exactly_by_the_rule(kind in name_kind(), input in prop_oneof![
            text(),
            "[a-z0-9][a-z0-9._@-]{0,70}",
        ]) {
            prop_assert_eq!(validate(kind, &input).is_ok(), matches_rule(kind, &input), "{:?}", input);
        }
    }
}
