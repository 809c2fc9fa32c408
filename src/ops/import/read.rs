//! Reading import files: CSV with a header row, JSON Lines, and Apache
//! htpasswd files. Each becomes a list of [`UserRow`]s, every field checked
//! before anything is looked up or written; the first bad row stops the
//! read with its line number.

use secrecy::ExposeSecret;
use std::collections::{HashMap, HashSet};
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use chrono::{DateTime, Utc};
use serde_json::Value;
use zeroize::Zeroize;

use crate::error::{Error, Result};
use crate::names::{validate, validate_email, NameKind};
use crate::ops::fields::{check_credit_limit, check_phone, check_text, parse_network};
use crate::password::{self, Secret};

/// The formats `user import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Jsonl,
    Htpasswd,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Jsonl => "jsonl",
            Format::Htpasswd => "htpasswd",
        }
    }

    /// The format a file name suggests: `.csv`, `.jsonl`/`.ndjson`/`.json`,
    /// or `.htpasswd`/`htpasswd`/`*.htpasswd`.
    pub fn guess(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let ext = name.rsplit_once('.').map(|(_, e)| e);
        match ext {
            Some("csv") => Some(Format::Csv),
            Some("jsonl" | "ndjson" | "json") => Some(Format::Jsonl),
            Some("htpasswd") => Some(Format::Htpasswd),
            _ if name == "htpasswd" => Some(Format::Htpasswd),
            _ => None,
        }
    }
}

/// The fields of an import row (SPEC §3), in order.
pub const FIELDS: &[&str] = &[
    "username",
    "email",
    "first_name",
    "last_name",
    "phone",
    "roles",
    "active_role",
    "account",
    "enabled",
    "notify",
    "password",
    "password_hash",
    "allowed_ips",
    "expires",
    "credit_limit",
];

/// What `user import` does with a hash of a family too weak to keep
/// (`--weak-hashes`); `apply` has no such choice and passes `None`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum WeakHashes {
    /// Refuse the whole import (exit 2), naming the flag in the hint.
    #[default]
    Fail,
    /// Import the user without a password; the hash is dropped, never
    /// stored.
    NoPassword,
}

/// The longest line (or CSV record line) read, so a file with no line
/// breaks cannot fill the memory.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// One user as a row gives it. A field the row does not name is `None` and
/// is left alone on an update; `Some(None)` (an empty cell, a JSON `null`)
/// clears it.
#[derive(Debug, Default)]
pub struct UserRow {
    /// The line the row starts on (or the entry's position, for `apply`).
    pub line: u64,
    pub username: String,
    pub email: Option<Option<String>>,
    pub first_name: Option<Option<String>>,
    pub last_name: Option<Option<String>>,
    pub phone: Option<Option<String>>,
    /// The whole list, in order, without repeats.
    pub roles: Option<Vec<String>>,
    pub active_role: Option<Option<String>>,
    pub account: Option<Option<String>>,
    pub enabled: Option<bool>,
    pub notify: Option<bool>,
    pub password: Option<Secret>,
    pub password_hash: Option<String>,
    /// The family of a weak hash the row gave and that was left out
    /// (`--weak-hashes no-password`): the user has no password after the
    /// import. The hash itself is not kept.
    pub weak_hash: Option<&'static str>,
    /// Canonical networks, sorted, without repeats.
    pub allowed_ips: Option<Vec<String>>,
    pub expires: Option<Option<DateTime<Utc>>>,
    pub credit_limit: Option<Option<i64>>,
}

/// Prefixes an error's message with where it happened.
pub fn at(place: &str, err: Error) -> Error {
    Error {
        message: format!("{place}: {}", err.message),
        ..err
    }
}

/// Prefixes an error's message with the field it is about.
pub fn field_error(field: &str, err: Error) -> Error {
    at(&format!("field \"{field}\""), err)
}

/// How a row's values are spelt: CSV and htpasswd cells are all text;
/// JSON Lines and TOML carry types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spelling {
    Text,
    Typed,
}

impl UserRow {
    /// Builds and checks a row from named values. Unknown fields, a missing
    /// username and every field-level rule are errors naming the field.
    pub fn from_fields<'a>(
        line: u64,
        fields: impl IntoIterator<Item = (&'a str, &'a Value)>,
        spelling: Spelling,
        now: DateTime<Utc>,
        weak: Option<WeakHashes>,
    ) -> Result<UserRow> {
        let mut row = UserRow {
            line,
            ..UserRow::default()
        };
        let mut username = None;
        for (name, value) in fields {
            let fail = |e: Error| field_error(name, e);
            match name {
                "username" => username = text(value).map_err(fail)?,
                "email" => {
                    let email = text(value).map_err(fail)?;
                    if let Some(e) = &email {
                        validate_email(e).map_err(fail)?;
                    }
                    row.email = Some(email);
                }
                "first_name" | "last_name" => {
                    let v = text(value).map_err(fail)?;
                    if let Some(v) = &v {
                        check_text(&name.replace('_', " "), v, 100).map_err(fail)?;
                    }
                    if name == "first_name" {
                        row.first_name = Some(v);
                    } else {
                        row.last_name = Some(v);
                    }
                }
                "phone" => {
                    let v = text(value).map_err(fail)?;
                    if let Some(v) = &v {
                        check_phone(v).map_err(fail)?;
                    }
                    row.phone = Some(v);
                }
                "roles" => {
                    let mut roles: Vec<String> = Vec::new();
                    for role in list(value, spelling).map_err(fail)? {
                        validate(NameKind::Role, &role).map_err(fail)?;
                        if !roles.contains(&role) {
                            roles.push(role);
                        }
                    }
                    row.roles = Some(roles);
                }
                "active_role" => {
                    let v = text(value).map_err(fail)?;
                    if let Some(v) = &v {
                        validate(NameKind::Role, v).map_err(fail)?;
                    }
                    row.active_role = Some(v);
                }
                "account" => {
                    let v = text(value).map_err(fail)?;
                    if let Some(v) = &v {
                        validate(NameKind::Account, v).map_err(fail)?;
                    }
                    row.account = Some(v);
                }
                "enabled" => row.enabled = boolean(value, spelling).map_err(fail)?,
                "notify" => row.notify = boolean(value, spelling).map_err(fail)?,
                "password" => {
                    if let Some(secret) = text(value).map_err(fail)? {
                        row.password = Some(Secret::from(secret));
                    }
                }
                "password_hash" => {
                    if let Some(hash) = text(value).map_err(fail)? {
                        match (password::weak_family(&hash), weak) {
                            (Some(family), Some(WeakHashes::NoPassword)) => {
                                row.weak_hash = Some(family);
                            }
                            (Some(_), Some(WeakHashes::Fail)) => {
                                let err = password::check_imported_hash(&hash)
                                    .err()
                                    .unwrap_or_else(|| Error::usage("a weak hash"));
                                return Err(fail(weak_hint(err)));
                            }
                            _ => {
                                password::check_imported_hash(&hash).map_err(fail)?;
                                row.password_hash = Some(hash);
                            }
                        }
                    }
                }
                "allowed_ips" => {
                    let mut nets = list(value, spelling)
                        .map_err(fail)?
                        .iter()
                        .map(|n| parse_network(n).map(|n| n.to_string()))
                        .collect::<Result<Vec<_>>>()
                        .map_err(fail)?;
                    nets.sort();
                    nets.dedup();
                    row.allowed_ips = Some(nets);
                }
                "expires" => {
                    row.expires = Some(match text(value).map_err(fail)? {
                        None => None,
                        Some(t) if t.trim().eq_ignore_ascii_case("never") => None,
                        Some(t) => Some(crate::time::parse_when(&t, now).map_err(fail)?),
                    })
                }
                "credit_limit" => {
                    let limit = integer(value, spelling).map_err(fail)?;
                    if let Some(l) = limit {
                        check_credit_limit(l).map_err(fail)?;
                    }
                    row.credit_limit = Some(limit);
                }
                other => return Err(unknown_field(other)),
            }
        }
        row.username = username.ok_or_else(|| {
            Error::usage("the username is missing").with_hint("every row needs a username")
        })?;
        validate(NameKind::User, &row.username).map_err(|e| field_error("username", e))?;
        row.check()?;
        Ok(row)
    }

    /// Rules between fields.
    fn check(&self) -> Result<()> {
        if self.password.is_some() && (self.password_hash.is_some() || self.weak_hash.is_some()) {
            return Err(Error::usage("both password and password_hash are given")
                .with_hint("give one of them: a plain password to hash, or a hash to keep"));
        }
        if let Some(secret) = &self.password {
            let secret = secret.expose_secret();
            if secret.len() > password::MAX_BYTES || secret.contains('\0') {
                return Err(field_error(
                    "password",
                    Error::usage(format!(
                        "the password is longer than {} bytes or contains a NUL",
                        password::MAX_BYTES
                    )),
                ));
            }
        }
        if let (Some(roles), Some(Some(active))) = (&self.roles, &self.active_role) {
            if !roles.contains(active) {
                return Err(field_error(
                    "active_role",
                    Error::usage(format!(
                        "the active role \"{active}\" is not among the roles given"
                    ))
                    .with_hint("add it to roles, or leave active_role empty"),
                ));
            }
        }
        Ok(())
    }
}

/// The refusal of a weak hash in `user import`, whose hint offers the way
/// to import such users without their password.
fn weak_hint(err: Error) -> Error {
    err.with_hint(
        "it is too fast to compute to protect a password; give --weak-hashes no-password \
         to import such users without one, then set it with `warden user passwd NAME`",
    )
}

fn unknown_field(name: &str) -> Error {
    Error::usage(format!("unknown field \"{}\"", name)).with_hint(crate::suggest::hint(
        name,
        FIELDS,
        &format!("the fields are {}", FIELDS.join(", ")),
    ))
}

fn wrong_type(want: &str, got: &Value) -> Error {
    let seen = match got {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    };
    Error::usage(format!("expected {want}, found {seen}"))
}

/// A text value; empty and null are "none".
fn text(value: &Value) -> Result<Option<String>> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) if s.is_empty() => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        other => Err(wrong_type("a string", other)),
    }
}

fn boolean(value: &Value, spelling: Spelling) -> Result<Option<bool>> {
    match (value, spelling) {
        (Value::Null, _) => Ok(None),
        (Value::Bool(b), _) => Ok(Some(*b)),
        (Value::String(s), Spelling::Text) => match s.trim().to_ascii_lowercase().as_str() {
            "" => Ok(None),
            "true" | "yes" | "1" => Ok(Some(true)),
            "false" | "no" | "0" => Ok(Some(false)),
            _ => Err(Error::usage(format!("\"{}\" is not true or false", s))
                .with_hint("write true or false (yes/no and 1/0 are read too)")),
        },
        (other, _) => Err(wrong_type("true or false", other)),
    }
}

fn integer(value: &Value, spelling: Spelling) -> Result<Option<i64>> {
    match (value, spelling) {
        (Value::Null, _) => Ok(None),
        (Value::Number(n), _) => n
            .as_i64()
            .map(Some)
            .ok_or_else(|| Error::usage(format!("{n} is not a whole number"))),
        (Value::String(s), Spelling::Text) if s.trim().is_empty() => Ok(None),
        (Value::String(s), Spelling::Text) => s
            .trim()
            .parse::<i64>()
            .map(Some)
            .map_err(|_| Error::usage(format!("\"{}\" is not a whole number", s))),
        (Value::String(s), Spelling::Typed) if s.is_empty() => Ok(None),
        (other, _) => Err(wrong_type("a whole number", other)),
    }
}

/// A list: `;`-separated text, or an array of strings. Items are trimmed
/// and empty ones dropped; null and an empty cell are the empty list.
fn list(value: &Value, spelling: Spelling) -> Result<Vec<String>> {
    let items: Vec<String> = match (value, spelling) {
        (Value::Null, _) => Vec::new(),
        (Value::String(s), Spelling::Text) => s.split(';').map(str::to_string).collect(),
        (Value::Array(items), _) => items
            .iter()
            .map(|v| match v {
                Value::String(s) => Ok(s.clone()),
                other => Err(wrong_type("a list of strings", other)),
            })
            .collect::<Result<_>>()?,
        (other, _) => return Err(wrong_type("a list of strings", other)),
    };
    Ok(items
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect())
}

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
    (now, weak): (DateTime<Utc>, WeakHashes),
    mut each: impl FnMut(UserRow) -> Result<()>,
) -> Result<()> {
    match format {
        Format::Csv => each_csv(input, source, (now, weak), &mut each),
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
    each(input, format, source, (now, WeakHashes::Fail), |row| {
        seen.check(&row, || format!("{source}, line {}", row.line))?;
        rows.push(row);
        Ok(())
    })?;
    Ok(rows)
}

/// An import file as [`super::Rows`]: read again from the start for each
/// pass over it, so no more than one row is in memory at a time.
///
/// A regular file is read where it lies, and must stay unchanged from the
/// first pass to the last (same file, size and change time; the change
/// time moves with every write, and only root can set it), or the import
/// fails before anything is committed. Anything else (standard input, a
/// pipe) can be read only once: the first pass keeps a copy of the bytes,
/// wiped when the import ends, since it may hold plain passwords.
pub struct ImportFile {
    format: Format,
    source: String,
    now: DateTime<Utc>,
    weak: WeakHashes,
    input: Input,
    /// A digest of a regular file's bytes, from the first full reading.
    digest: Option<u64>,
}

enum Input {
    File(std::fs::File, Stamp),
    Stream(Box<dyn Read>),
    Kept(Blocks),
    /// A stream whose first pass failed half-way.
    Spent,
}

/// What identifies one state of a file's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    dev: u64,
    ino: u64,
    len: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

impl Stamp {
    fn of(file: &std::fs::File) -> io::Result<Stamp> {
        use std::os::unix::fs::MetadataExt;
        let m = file.metadata()?;
        Ok(Stamp {
            dev: m.dev(),
            ino: m.ino(),
            len: m.len(),
            mtime: (m.mtime(), m.mtime_nsec()),
            ctime: (m.ctime(), m.ctime_nsec()),
        })
    }
}

impl ImportFile {
    /// Standard input, read once and kept for the later passes.
    pub fn stdin(format: Format, now: DateTime<Utc>) -> ImportFile {
        Self::stream(Box::new(io::stdin()), "-", format, now)
    }

    /// Any reader, read once and kept for the later passes.
    pub fn stream(
        reader: Box<dyn Read>,
        source: &str,
        format: Format,
        now: DateTime<Utc>,
    ) -> ImportFile {
        ImportFile {
            format,
            source: source.into(),
            now,
            weak: WeakHashes::default(),
            input: Input::Stream(reader),
            digest: None,
        }
    }

    /// A file by its path; a regular file is read again for each pass.
    pub fn open(path: &Path, format: Format, now: DateTime<Utc>) -> Result<ImportFile> {
        let source = path.display().to_string();
        let file = std::fs::File::open(path)
            .map_err(|e| Error::io(format!("cannot open {source}"), &e))?;
        let meta = file
            .metadata()
            .map_err(|e| Error::io(format!("cannot read {source}"), &e))?;
        let input = if meta.is_file() {
            let stamp =
                Stamp::of(&file).map_err(|e| Error::io(format!("cannot read {source}"), &e))?;
            Input::File(file, stamp)
        } else {
            Input::Stream(Box::new(file))
        };
        Ok(ImportFile {
            format,
            source,
            now,
            weak: WeakHashes::default(),
            input,
            digest: None,
        })
    }

    /// What to do with a weak hash (default: refuse the import).
    pub fn weak_hashes(mut self, weak: WeakHashes) -> ImportFile {
        self.weak = weak;
        self
    }

    /// The name errors give the file.
    pub fn source(&self) -> &str {
        &self.source
    }

    fn unchanged(&self, file: &std::fs::File, stamp: Stamp) -> Result<()> {
        match Stamp::of(file) {
            Ok(now) if now == stamp => Ok(()),
            Ok(_) => Err(self.changed()),
            Err(e) => Err(Error::io(format!("cannot read {}", self.source), &e)),
        }
    }

    fn changed(&self) -> Error {
        Error::failure(format!(
            "{} changed while it was being imported; nothing was written",
            self.source
        ))
        .with_hint("let whatever writes it finish, then run the import again")
    }
}

impl super::Rows for ImportFile {
    fn each(&mut self, f: &mut dyn FnMut(&UserRow) -> Result<()>) -> Result<()> {
        let (format, now) = (self.format, (self.now, self.weak));
        match std::mem::replace(&mut self.input, Input::Spent) {
            Input::File(mut file, stamp) => {
                let read = (|| {
                    use std::io::Seek;
                    self.unchanged(&file, stamp)?;
                    file.rewind()
                        .map_err(|e| Error::io(format!("cannot read {}", self.source), &e))?;
                    // The times may not move for a write within one clock
                    // tick of the file system: the bytes must match too.
                    let mut digest = Digest {
                        inner: &mut file,
                        hasher: std::hash::DefaultHasher::new(),
                    };
                    each(&mut digest, format, &self.source, now, |row| f(&row))?;
                    let digest = std::hash::Hasher::finish(&digest.hasher);
                    if *self.digest.get_or_insert(digest) != digest {
                        return Err(self.changed());
                    }
                    self.unchanged(&file, stamp)
                })();
                self.input = Input::File(file, stamp);
                read
            }
            Input::Stream(stream) => {
                let mut kept = Blocks::default();
                let tee = Tee {
                    inner: stream,
                    copy: &mut kept,
                };
                let read = each(tee, format, &self.source, now, |row| f(&row));
                if read.is_ok() {
                    self.input = Input::Kept(kept);
                }
                read
            }
            Input::Kept(kept) => {
                let read = each(kept.reader(), format, &self.source, now, |row| f(&row));
                self.input = Input::Kept(kept);
                read
            }
            Input::Spent => Err(Error::failure(format!(
                "{} cannot be read again",
                self.source
            ))),
        }
    }
}

/// What a stream gave, in blocks of 1 MiB: kept at its own size, never
/// copied into a bigger buffer (which would leave an unwiped copy behind),
/// and wiped when dropped.
#[derive(Default)]
struct Blocks(Vec<zeroize::Zeroizing<Vec<u8>>>);

impl Blocks {
    const SIZE: usize = 1 << 20;

    fn push(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            let room = self.0.last().map_or(0, |b| Self::SIZE - b.len());
            if room == 0 {
                self.0
                    .push(zeroize::Zeroizing::new(Vec::with_capacity(Self::SIZE)));
                continue;
            }
            let (now, later) = bytes.split_at(room.min(bytes.len()));
            if let Some(block) = self.0.last_mut() {
                block.extend_from_slice(now);
            }
            bytes = later;
        }
    }

    fn reader(&self) -> impl Read + '_ {
        struct Reader<'a> {
            blocks: &'a [zeroize::Zeroizing<Vec<u8>>],
            at: usize,
        }
        impl Read for Reader<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                while let Some((block, rest)) = self.blocks.split_first() {
                    let left = &block[self.at..];
                    if left.is_empty() {
                        (self.blocks, self.at) = (rest, 0);
                        continue;
                    }
                    let n = left.len().min(buf.len());
                    buf[..n].copy_from_slice(&left[..n]);
                    self.at += n;
                    return Ok(n);
                }
                Ok(0)
            }
        }
        Reader {
            blocks: &self.0,
            at: 0,
        }
    }
}

/// A reader that digests what it reads.
struct Digest<R> {
    inner: R,
    hasher: std::hash::DefaultHasher,
}

impl<R: Read> Read for Digest<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        std::hash::Hasher::write(&mut self.hasher, &buf[..n]);
        Ok(n)
    }
}

/// A reader that keeps a copy of what it reads.
struct Tee<'a, R> {
    inner: R,
    copy: &'a mut Blocks,
}

impl<R: Read> Read for Tee<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.copy.push(&buf[..n]);
        Ok(n)
    }
}

/// The user names read so far, to refuse one named twice as soon as the
/// second mention is read.
#[derive(Default)]
pub struct Seen(HashMap<String, u64>);

impl Seen {
    /// A user named twice in one file is an error at the second mention;
    /// `place` says where that is.
    pub fn check(&mut self, row: &UserRow, place: impl FnOnce() -> String) -> Result<()> {
        match self.0.insert(row.username.clone(), row.line) {
            None => Ok(()),
            Some(first) => Err(at(
                &place(),
                Error::usage(format!(
                    "the user \"{}\" appears again (first on line {first})",
                    row.username
                ))
                .with_hint("each user appears once in an import file"),
            )),
        }
    }
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
    (now, weak): (DateTime<Utc>, WeakHashes),
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

#[cfg(test)]
mod tests {
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
        use super::super::Rows;
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
        let mut stream =
            ImportFile::stream(Box::new(io::Cursor::new(bytes)), "-", Format::Csv, now());
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
        assert_eq!(r.email, Some(None), "an empty cell clears");
        assert_eq!(r.phone, None, "a missing column leaves alone");
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
        assert_eq!(rows[0].last_name, Some(Some("O'Brien, \"Jr\"".to_string())));
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
        let err =
            read("{\"username\":\"x\"}\n{\"username\":\"y\",\"username\":\"y\"}").unwrap_err();
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
}
