//! The three formats, line by line: CSV with a header row, JSON Lines
//! objects and htpasswd `NAME:HASH` lines, none with a line longer than
//! [`MAX_LINE_BYTES`].

use super::*;

/// A reader that refuses a line longer than [`MAX_LINE_BYTES`], naming it.
struct LineGuard<R> {
    inner: R,
    line: u64,
    run: usize,
}

impl<R: Read> Read for LineGuard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        for &b in &buf[..n] {
            if b == b'\n' {
                self.line += 1;
                self.run = 0;
            } else {
                self.run += 1;
                if self.run > MAX_LINE_BYTES {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!(
                            "line {} is longer than {} MiB",
                            self.line,
                            MAX_LINE_BYTES >> 20
                        ),
                    ));
                }
            }
        }
        Ok(n)
    }
}

fn guard<R: Read>(inner: R) -> LineGuard<R> {
    LineGuard {
        inner,
        line: 1,
        run: 0,
    }
}

fn read_error(source: &str, err: &io::Error) -> Error {
    if err.kind() == io::ErrorKind::InvalidData {
        return Error::usage(format!("{source}: {err}"))
            .with_hint("an import file has one user per line; nothing was written");
    }
    Error::io(format!("cannot read {source}"), err)
}

/// Reads an import file row by row, handing each checked row to `each` as
/// soon as it is read: nothing but the current line is held. `source`
/// names the file in errors. An error from `each` ends the read as it is.
pub fn each(
    input: impl Read,
    format: Format,
    source: &str,
    (now, weak, checked): (DateTime<Utc>, WeakHashes, bool),
    mut each: impl FnMut(UserRow) -> Result<()>,
) -> Result<()> {
    match format {
        Format::Csv => each_csv(input, source, (now, weak, checked), &mut each),
        Format::Jsonl => each_line(
            input,
            source,
            |line, text| {
                let mut members: Members = serde_json::from_str(text).map_err(|e| {
                    Error::usage(format!("not a JSON object: {e}")).with_hint(
                        "JSON Lines has one object per line, such as {\"username\":\"alice\"}",
                    )
                })?;
                let row = match &members.repeated {
                    Some(key) => Err(field_error(
                        key,
                        Error::usage("the field appears twice in the object").with_hint(
                            "give each field once: with a repeated key, which one counts is anyone's guess",
                        ),
                    )),
                    None => UserRow::from_fields(
                        line,
                        members.fields.iter().map(|(k, v)| (k.as_str(), v)),
                        Spelling::Typed,
                        now,
                        Some(weak),
                        checked,
                    ),
                };
                for (key, value) in &mut members.fields {
                    if let ("password", Value::String(secret)) = (key.as_str(), value) {
                        secret.zeroize();
                    }
                }
                row.map(Some)
            },
            &mut each,
        ),
        Format::Htpasswd => each_line(
            input,
            source,
            |line, text| {
                if text.starts_with('#') {
                    return Ok(None);
                }
                let (name, hash) = text.split_once(':').ok_or_else(|| {
                    Error::usage("not an htpasswd line").with_hint("each line is NAME:HASH")
                })?;
                let (name, hash) = (Value::String(name.into()), Value::String(hash.into()));
                UserRow::from_fields(
                    line,
                    [("username", &name), ("password_hash", &hash)],
                    Spelling::Text,
                    now,
                    Some(weak),
                    checked,
                )
                .map(Some)
            },
            &mut each,
        ),
    }
}

/// Reads every row of an import file into memory, refusing a user named
/// twice (for tests and small files; `user import` streams with [`each`]).
pub fn read(
    input: impl Read,
    format: Format,
    source: &str,
    now: DateTime<Utc>,
) -> Result<Vec<UserRow>> {
    let mut rows = Vec::new();
    let mut seen = Seen::default();
    each(
        input,
        format,
        source,
        (now, WeakHashes::Fail, false),
        |row| {
            seen.check(&row, || format!("{source}, line {}", row.line))?;
            rows.push(row);
            Ok(())
        },
    )?;
    Ok(rows)
}

/// A JSON object's members in the order written, and the first key given
/// twice. serde_json's own map keeps only the last of a repeated key, so
/// `{"roles":["viewer"],"roles":["admin"]}` would quietly make an admin.
struct Members {
    fields: Vec<(String, Value)>,
    repeated: Option<String>,
}

impl<'de> serde::Deserialize<'de> for Members {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Members;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Members, A::Error> {
                let mut members = Members {
                    fields: Vec::new(),
                    repeated: None,
                };
                // A set, not a scan: a hostile line may hold many keys.
                let mut seen = HashSet::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value = map.next_value::<Value>()?;
                    if !seen.insert(key.clone()) && members.repeated.is_none() {
                        members.repeated = Some(key.clone());
                    }
                    members.fields.push((key, value));
                }
                Ok(members)
            }
        }
        deserializer.deserialize_map(Visit)
    }
}

/// Line-based formats: blank lines are skipped; `parse` gets the line's
/// number and its text without the line break, and may skip it (`None`).
fn each_line(
    input: impl Read,
    source: &str,
    mut parse: impl FnMut(u64, &str) -> Result<Option<UserRow>>,
    each: &mut dyn FnMut(UserRow) -> Result<()>,
) -> Result<()> {
    let mut reader = BufReader::new(guard(input));
    let mut buf = Vec::new();
    let mut line = 0u64;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| read_error(source, &e))?;
        if n == 0 {
            return Ok(());
        }
        line += 1;
        let place = || format!("{source}, line {line}");
        let text = std::str::from_utf8(&buf)
            .map_err(|_| at(&place(), Error::usage("the line is not valid UTF-8")))?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let text = text.trim_end_matches(['\n', '\r']);
        if text.trim().is_empty() {
            continue;
        }
        let parsed = parse(line, text).map_err(|e| at(&place(), e));
        // The line may hold a plain password.
        buf.zeroize();
        if let Some(row) = parsed? {
            each(row)?;
        }
    }
}

fn each_csv(
    input: impl Read,
    source: &str,
    (now, weak, checked): (DateTime<Utc>, WeakHashes, bool),
    each: &mut dyn FnMut(UserRow) -> Result<()>,
) -> Result<()> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(guard(input));
    let csv_error = |e: csv::Error| -> Error {
        let line = e.position().map(|p| p.line());
        let message = match e.kind() {
            csv::ErrorKind::Io(io) => return read_error(source, io),
            csv::ErrorKind::Utf8 { .. } => "the record is not valid UTF-8".to_string(),
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => {
                format!("the record has {len} fields, the header has {expected_len}")
            }
            _ => e.to_string(),
        };
        let place = match line {
            Some(l) => format!("{source}, line {l}"),
            None => source.to_string(),
        };
        at(&place, Error::usage(message))
    };
    let header = reader.headers().map_err(csv_error)?.clone();
    if header.is_empty() || header.iter().all(str::is_empty) {
        return Err(at(
            source,
            Error::usage("the file is empty: a CSV import starts with a header row")
                .with_hint(format!("the fields are {}", FIELDS.join(","))),
        ));
    }
    // A spreadsheet saved in a locale whose list separator is ';' (or a
    // tab): one long column name that holds the real ones.
    for separator in [';', '\t'] {
        let split = header.iter().any(|name| {
            name.contains(separator)
                && name
                    .split(separator)
                    .any(|part| FIELDS.contains(&part.trim().trim_start_matches('\u{feff}')))
        });
        if split {
            let shown = if separator == ';' { "';'" } else { "tabs" };
            return Err(at(
                &format!("{source}, line 1 (the header)"),
                Error::usage(format!(
                    "the columns are separated by {shown}, but a CSV import is separated by commas"
                ))
                .with_hint(
                    "save the file with ',' as the field separator (inside a field, roles and allowed_ips stay separated by ';'); nothing was imported",
                ),
            ));
        }
    }
    let mut columns: Vec<&'static str> = Vec::new();
    for (i, name) in header.iter().enumerate() {
        let name = name.trim();
        let name = if i == 0 {
            name.trim_start_matches('\u{feff}')
        } else {
            name
        };
        let place = format!("{source}, line 1 (the header)");
        let known = FIELDS
            .iter()
            .find(|f| **f == name)
            .ok_or_else(|| at(&place, unknown_field(name)))?;
        if columns.contains(known) {
            return Err(at(
                &place,
                Error::usage(format!("the column \"{name}\" appears twice")),
            ));
        }
        columns.push(known);
    }
    if !columns.contains(&"username") {
        return Err(at(
            &format!("{source}, line 1 (the header)"),
            Error::usage("there is no username column")
                .with_hint(format!("the fields are {}", FIELDS.join(","))),
        ));
    }
    let mut record = csv::StringRecord::new();
    let mut values: Vec<Value> = Vec::with_capacity(columns.len());
    while reader.read_record(&mut record).map_err(csv_error)? {
        let line = record.position().map_or(0, |p| p.line());
        values.clear();
        values.extend(record.iter().map(|cell| Value::String(cell.to_string())));
        let row = UserRow::from_fields(
            line,
            columns.iter().copied().zip(values.iter()),
            Spelling::Text,
            now,
            Some(weak),
            checked,
        )
        .map_err(|e| at(&format!("{source}, line {line}"), e));
        // The cells may hold a plain password.
        values.iter_mut().for_each(|v| {
            if let Value::String(text) = v {
                text.zeroize();
            }
        });
        each(row?)?;
    }
    Ok(())
}
