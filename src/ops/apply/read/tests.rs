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

/// A `[[users]]` entry takes the import's fields, `name` for `username`
/// and without the plain `password`, plus apply's own keys.
#[test]
fn user_keys_are_the_import_fields_and_apply_own_keys() {
    let mut from_import: Vec<&str> = crate::ops::import::read::FIELDS
        .iter()
        .filter(|f| **f != "password")
        .map(|f| if *f == "username" { "name" } else { f })
        .chain(USER_OWN_KEYS.iter().copied())
        .collect();
    let mut keys = USER_KEYS.to_vec();
    from_import.sort_unstable();
    keys.sort_unstable();
    assert_eq!(keys, from_import);
}
