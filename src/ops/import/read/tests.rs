use super::*;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-01T12:00:00Z")
        .map(|t| t.with_timezone(&Utc))
        .unwrap()
}

fn csv(text: &str) -> Result<Vec<UserRow>> {
    read(text.as_bytes(), Format::Csv, "users.csv", now())
}

fn names(rows: &mut ImportFile) -> Result<Vec<String>> {
    use crate::ops::import::Rows;
    let mut names = Vec::new();
    rows.each(&mut |row| {
        names.push(row.username.clone());
        Ok(())
    })?;
    Ok(names)
}

/// Every pass over a file or a stream gives the same rows; a file that
/// changes between passes is an error, not a mix of two files.
#[test]
fn import_files_read_again_and_refuse_a_change_between_readings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("u.csv");
    std::fs::write(&path, "username\nalice\nbob\n").unwrap();
    let mut file = ImportFile::open(&path, Format::Csv, now()).unwrap();
    let first = names(&mut file).unwrap();
    assert_eq!(first, ["alice", "bob"]);
    assert_eq!(names(&mut file).unwrap(), first);
    std::fs::write(&path, "username\nalice\nmallory\n").unwrap();
    let err = names(&mut file).unwrap_err();
    assert_eq!(
        err.message,
        format!(
            "{} changed while it was being imported; nothing was written",
            path.display()
        )
    );

    let bytes = b"username\ncarol\ndave\n".to_vec();
    let mut stream = ImportFile::stream(Box::new(io::Cursor::new(bytes)), "-", Format::Csv, now());
    for _ in 0..3 {
        assert_eq!(names(&mut stream).unwrap(), ["carol", "dave"]);
    }
    // More than one block of kept bytes reads back whole.
    let many: String = (0..100_000).map(|i| format!("u{i:06}\n")).collect();
    let mut stream = ImportFile::stream(
        Box::new(io::Cursor::new(format!("username\n{many}").into_bytes())),
        "-",
        Format::Csv,
        now(),
    );
    let once = names(&mut stream).unwrap();
    assert_eq!(once.len(), 100_000);
    assert_eq!(names(&mut stream).unwrap(), once);
}

/// A later pass does not check the hashes again (the first one did, on
/// the same bytes): a file rewritten between passes with a hash the check
/// refuses (bcrypt at cost 15, hours a guess) never yields that hash as
/// checked; the pass ends in the error that makes the import write
/// nothing. The same file left alone reads the same row every time.
#[test]
fn a_hash_is_checked_once_and_a_file_changed_after_the_check_is_refused() {
    let good = "$2y$10$4xYswNrMQJW1d4CknJcHfuQHg3TltZ6E.Hl4EikMtz0oxHhTYW1vK";
    let costly = good.replace("$10$", "$15$");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("u.csv");
    std::fs::write(&path, format!("username,password_hash\nalice,{good}\n")).unwrap();
    let mut file = ImportFile::open(&path, Format::Csv, now()).unwrap();
    let hashes = |file: &mut ImportFile| -> Result<Vec<Option<String>>> {
        use crate::ops::import::Rows;
        let mut hashes = Vec::new();
        file.each(&mut |row| {
            hashes.push(row.password_hash.clone());
            Ok(())
        })?;
        Ok(hashes)
    };
    for _ in 0..3 {
        assert_eq!(hashes(&mut file).unwrap(), [Some(good.to_string())]);
    }
    std::fs::write(&path, format!("username,password_hash\nalice,{costly}\n")).unwrap();
    let err = hashes(&mut file).unwrap_err();
    assert!(err
        .message
        .ends_with("changed while it was being imported; nothing was written"));
    // Read first, the same file is refused for the hash itself.
    let mut fresh = ImportFile::open(&path, Format::Csv, now()).unwrap();
    let err = hashes(&mut fresh).unwrap_err();
    assert!(err.message.contains("bcrypt cost 15"), "{}", err.message);
}

/// A later pass reads on a thread of its own: the rows still come in
/// order, and an error of the caller's at a row stops there and is the
/// error.
#[test]
fn a_later_pass_gives_the_rows_in_order_and_stops_at_the_first_error() {
    use crate::ops::import::Rows;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("u.csv");
    let text: String = (0..1000).map(|i| format!("u{i:04}\n")).collect();
    std::fs::write(&path, format!("username\n{text}")).unwrap();
    let mut file = ImportFile::open(&path, Format::Csv, now()).unwrap();
    let first = names(&mut file).unwrap();
    let mut seen = Vec::new();
    file.each(&mut |row| {
        seen.push(row.username.clone());
        Ok(())
    })
    .unwrap();
    assert_eq!(seen, first);
    let mut seen = 0;
    let err = file
        .each(&mut |row| {
            seen += 1;
            if row.username == "u0700" {
                return Err(Error::usage("stop here"));
            }
            Ok(())
        })
        .unwrap_err();
    assert_eq!((err.message.as_str(), seen), ("stop here", 701));
    // The file rewritten: refused before a row is handed over.
    let bad: String = (0..1000)
        .map(|i| {
            if i == 500 {
                "u 0500\n".to_string()
            } else {
                format!("u{i:04}\n")
            }
        })
        .collect();
    std::fs::write(&path, format!("username\n{bad}")).unwrap();
    let mut seen = 0;
    let err = file
        .each(&mut |_| {
            seen += 1;
            Ok(())
        })
        .unwrap_err();
    assert_eq!(seen, 0);
    assert!(err
        .message
        .ends_with("changed while it was being imported; nothing was written"));
}

/// A row holding a plain password can be formatted with `{:?}` (by a
/// future log line, an error or a panic) without showing it.
#[test]
fn debug_of_a_row_never_shows_its_password() {
    let rows = csv("username,password\nalice,violet-harbor-lantern\n").unwrap();
    let row = &rows[0];
    assert!(row.password.is_some());
    for shown in [
        format!("{row:?}"),
        format!("{rows:#?}"),
        format!("{:?}", row.password),
    ] {
        assert!(!shown.contains("violet-harbor-lantern"), "{shown}");
        assert!(!shown.contains("violet"), "{shown}");
        assert!(shown.contains("REDACTED"), "{shown}");
    }
    let jsonl = read(
        "{\"username\":\"bob\",\"password\":\"copper-meadow-signal\"}\n".as_bytes(),
        Format::Jsonl,
        "u.jsonl",
        now(),
    )
    .unwrap();
    assert!(!format!("{jsonl:?}").contains("copper-meadow-signal"));
}

#[test]
fn formats_are_guessed_from_the_name() {
    for (name, format) in [
        ("users.csv", Some(Format::Csv)),
        ("USERS.CSV", Some(Format::Csv)),
        ("a.jsonl", Some(Format::Jsonl)),
        ("a.ndjson", Some(Format::Jsonl)),
        ("/etc/apache2/.htpasswd", Some(Format::Htpasswd)),
        ("htpasswd", Some(Format::Htpasswd)),
        ("site.htpasswd", Some(Format::Htpasswd)),
        ("users.txt", None),
        ("-", None),
    ] {
        assert_eq!(Format::guess(Path::new(name)), format, "{name}");
    }
}

#[test]
fn csv_cells_become_typed_fields_and_empty_cells_clear() {
    let rows = csv(
        "username,roles,enabled,credit_limit,allowed_ips,expires,email\n\
         alice,operator; auditor ;,no,12,10.0.0.7;10.0.0.0/8;10.0.0.7,2027-01-01,\n",
    )
    .unwrap();
    let r = &rows[0];
    assert_eq!(r.line, 2);
    assert_eq!(
        r.roles.as_deref(),
        Some(&["operator".to_string(), "auditor".to_string()][..])
    );
    assert_eq!(r.enabled, Some(false));
    assert_eq!(r.credit_limit, Some(Some(12)));
    assert_eq!(
        r.allowed_ips.as_deref(),
        Some(&["10.0.0.0/8".to_string(), "10.0.0.7/32".to_string()][..])
    );
    assert!(matches!(r.expires, Some(Some(_))));
    assert_eq!(r.profile.email, Some(None), "an empty cell clears");
    assert_eq!(r.profile.phone, None, "a missing column leaves alone");
}

#[test]
fn errors_name_the_line_and_the_field() {
    let err = csv("username,email\nalice,a@example.com\nbob,not-an-address\n").unwrap_err();
    assert!(
        err.message
            .starts_with("users.csv, line 3: field \"email\""),
        "{}",
        err.message
    );
    let err = csv("username,colour\nalice,blue\n").unwrap_err();
    assert!(
        err.message
            .contains("line 1 (the header): unknown field \"colour\""),
        "{}",
        err.message
    );
    let err = csv("email\na@example.com\n").unwrap_err();
    assert!(
        err.message.contains("no username column"),
        "{}",
        err.message
    );
    let err = csv("username,email\nalice\n").unwrap_err();
    assert!(
        err.message.contains("line 2: the record has 1 fields"),
        "{}",
        err.message
    );
    let err = csv("username\nalice\nbob\nalice\n").unwrap_err();
    assert!(
        err.message
            .contains("line 4: the user \"alice\" appears again (first on line 2)"),
        "{}",
        err.message
    );
    let err = csv("").unwrap_err();
    assert!(err.message.contains("empty"), "{}", err.message);
    let err = csv("username,password,password_hash\nalice,long-enough-secret,$2y$10$4xYswNrMQJW1d4CknJcHfuQHg3TltZ6E.Hl4EikMtz0oxHhTYW1vK\n").unwrap_err();
    assert!(
        err.message.contains("both password and password_hash"),
        "{}",
        err.message
    );
    let err = csv("username,roles,active_role\nalice,operator,admin\n").unwrap_err();
    assert!(
        err.message.contains("not among the roles"),
        "{}",
        err.message
    );
}

#[test]
fn quoted_cells_are_read_whole_and_line_breaks_in_them_refused() {
    let rows = csv("username,last_name\nalice,\"O'Brien, \"\"Jr\"\"\"\n").unwrap();
    assert_eq!(
        rows[0].profile.last_name,
        Some(Some("O'Brien, \"Jr\"".to_string()))
    );
    let err = csv("username,first_name\nalice,\"Al\nice\"\nBob,x\n").unwrap_err();
    assert!(
        err.message
            .starts_with("users.csv, line 2: field \"first_name\""),
        "{}",
        err.message
    );
}

#[test]
fn jsonl_is_typed_and_strict() {
    let read = |text: &str| read(text.as_bytes(), Format::Jsonl, "u.jsonl", now());
    let rows = read("{\"username\":\"alice\",\"roles\":[\"operator\"],\"enabled\":false}\n\n{\"username\":\"bob\"}\n").unwrap();
    assert_eq!((rows[0].line, rows[1].line), (1, 3));
    assert_eq!(rows[0].enabled, Some(false));
    for (text, want) in [
        (
            "{\"username\":\"a\",\"enabled\":\"no\"}",
            "expected true or false, found a string",
        ),
        (
            "{\"username\":\"a\",\"roles\":\"x;y\"}",
            "expected a list of strings",
        ),
        ("[1]", "expected a JSON object"),
        ("{\"username\":", "not a JSON object"),
        (
            "{\"username\":\"a\",\"credit_limit\":1.5}",
            "not a whole number",
        ),
    ] {
        let err = read(text).unwrap_err();
        assert!(err.message.contains(want), "{text}: {}", err.message);
        assert!(
            err.message.starts_with("u.jsonl, line 1: "),
            "{}",
            err.message
        );
    }
    // A repeated key is refused, whichever value would have won.
    let err =
        read("{\"username\":\"x\",\"roles\":[\"viewer\"],\"roles\":[\"admin\"]}").unwrap_err();
    assert_eq!(
        err.message,
        "u.jsonl, line 1: field \"roles\": the field appears twice in the object"
    );
    let err = read("{\"username\":\"x\"}\n{\"username\":\"y\",\"username\":\"y\"}").unwrap_err();
    assert!(
        err.message
            .starts_with("u.jsonl, line 2: field \"username\""),
        "{}",
        err.message
    );
    let err = read("{\"username\":\"a\"}\n\u{0}\u{ff}\n").unwrap_err();
    assert!(
        err.message.starts_with("u.jsonl, line 2"),
        "{}",
        err.message
    );
    let mut bytes = b"{\"username\":\"a\"}\n".to_vec();
    bytes.extend([0xff, 0xfe, b'\n']);
    let err = super::read(&bytes[..], Format::Jsonl, "u.jsonl", now()).unwrap_err();
    assert!(
        err.message.contains("line 2: the line is not valid UTF-8"),
        "{}",
        err.message
    );
}

#[test]
fn a_line_without_end_is_refused_early() {
    let long = vec![b'a'; MAX_LINE_BYTES + 10];
    let err = read(&long[..], Format::Jsonl, "big.jsonl", now()).unwrap_err();
    assert!(
        err.message.contains("line 1 is longer than 1 MiB"),
        "{}",
        err.message
    );
    let err = read(&long[..], Format::Csv, "big.csv", now()).unwrap_err();
    assert!(
        err.message.contains("line 1 is longer than 1 MiB"),
        "{}",
        err.message
    );
}

#[test]
fn htpasswd_lines_carry_names_and_hashes() {
    let text = "# made by htpasswd\nalice:$2y$05$ctlcPuRRAX5ss2/vJ6.ML.gsiJ1aXKApMD4165r4wkpNVIYugRA1m\n\nbob:$apr1$x$y\n";
    let err = read(text.as_bytes(), Format::Htpasswd, "h", now()).unwrap_err();
    assert!(
        err.message
            .starts_with("h, line 4: field \"password_hash\": Apache MD5"),
        "{}",
        err.message
    );
    let rows = read(
        &text.as_bytes()[..text.find("\nbob").unwrap()],
        Format::Htpasswd,
        "h",
        now(),
    )
    .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].username, "alice");
    assert_eq!(rows[0].line, 2);
}
