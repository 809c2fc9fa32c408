//! Rendering for people and for scripts.
//!
//! One model feeds every format: a table for people, one JSON document with
//! `--json`, JSON Lines or CSV where a command offers `--format`. Data goes
//! to stdout; status, warnings and errors to stderr. Control characters in
//! text are escaped so a hostile name cannot rewrite the terminal.

use std::io::{self, BufWriter, IsTerminal, Stdout, Write};

use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;

use crate::error::{Error, Result};
pub use crate::text::escape;
use crate::text::needs_escape;

/// Writes a line to stderr. Unlike `eprintln!`, a closed stderr is
/// ignored instead of panicking: diagnostics are best effort.
pub fn stderr_line(text: &str) {
    let _ = writeln!(io::stderr().lock(), "{text}");
}

fn write_err(err: io::Error) -> Error {
    if err.kind() == io::ErrorKind::BrokenPipe {
        return Error::failure(CLOSED_MESSAGE);
    }
    Error::io("cannot write to standard output", &err)
}

/// The error a write to a closed standard output ends the command with.
const CLOSED_MESSAGE: &str = "standard output was closed";

/// Whether `err` is the end of a command whose reader went away: raised by
/// a write to standard output that found it closed. Any other error, even
/// after such a write, keeps its exit code (a denial stays a denial).
pub fn ended_by_closed_stdout(err: &Error) -> bool {
    stdout_closed() && err.message == CLOSED_MESSAGE
}

/// Set once a write to standard output finds it closed by the reader
/// (`warden audit | head -1`): the command then ends quietly with exit 0.
/// Only stdout's own writes set it, so a broken pipe elsewhere (a mail
/// command that exits early) stays a failure.
static STDOUT_CLOSED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether the reader of standard output has gone.
fn stdout_closed() -> bool {
    STDOUT_CLOSED.load(std::sync::atomic::Ordering::Relaxed)
}

fn note_closed<T>(result: io::Result<T>) -> io::Result<T> {
    if let Err(e) = &result {
        if e.kind() == io::ErrorKind::BrokenPipe {
            STDOUT_CLOSED.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
    result
}

/// Whether `NO_COLOR` asks for plain output (set and not empty).
fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// The one line a panic prints: where it happened, never its message
/// (which could hold any value, a secret included). Exit 1 follows.
pub fn panic_report(location: Option<&std::panic::Location>, json: bool) -> String {
    let at = location
        .map(|l| format!(" at {}:{}", l.file(), l.line()))
        .unwrap_or_default();
    let message = format!("internal error{at}: this is a bug in warden");
    let hint = "an unfinished change was rolled back; please report the command that caused it";
    if json {
        serde_json::json!({ "error": {
            "code": 1, "kind": "failure", "message": message, "hint": hint,
        }})
        .to_string()
    } else {
        format!("error: {message}\nhint: {hint}")
    }
}

/// Where results go: standard output, or, with `--quiet`, a buffer that
/// is printed only when the command fails, so a successful command prints
/// nothing (cron mails only trouble) and a failing one still shows what it
/// found (`db check`'s FAIL lines).
enum Sink {
    Stdout(BufWriter<Stdout>),
    Held { buf: Vec<u8>, cut: bool },
}

/// The most a quiet command keeps for the case it fails.
const HELD_MAX: usize = 1 << 20;

impl Write for Sink {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(out) => note_closed(out.write(bytes)),
            Sink::Held { buf, cut } => {
                let room = HELD_MAX.saturating_sub(buf.len());
                buf.extend_from_slice(&bytes[..bytes.len().min(room)]);
                *cut |= bytes.len() > room;
                Ok(bytes.len())
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(out) => note_closed(out.flush()),
            Sink::Held { .. } => Ok(()),
        }
    }
}

/// The output channel of one command run.
pub struct Output {
    json: bool,
    quiet: bool,
    color: bool,
    out: Sink,
}

impl Output {
    /// With `quiet` (and without `json`, whose document a script asked
    /// for), results are held back and shown only if the command fails.
    pub fn new(json: bool, quiet: bool) -> Self {
        let out = if quiet && !json {
            Sink::Held {
                buf: Vec::new(),
                cut: false,
            }
        } else {
            Sink::Stdout(BufWriter::new(io::stdout()))
        };
        Output {
            json,
            quiet,
            color: io::stderr().is_terminal() && !no_color(),
            out,
        }
    }

    /// The command's output is data for another program (an export, a
    /// script, ids for restic, a list in a --format asked for): --quiet
    /// does not hold it back, or `warden -q user export > users.jsonl`
    /// would leave an empty file. Status lines stay quiet.
    pub fn deliver(&mut self) {
        if let Sink::Held { buf, .. } = &self.out {
            let mut out = BufWriter::new(io::stdout());
            let _ = out.write_all(buf);
            self.out = Sink::Stdout(out);
        }
    }

    /// A quiet command failed: what it would have printed goes out now,
    /// before the error, since it may say what went wrong.
    fn release_held(&mut self) {
        if let Sink::Held { buf, cut } = &mut self.out {
            let mut stdout = io::stdout().lock();
            let _ = stdout.write_all(buf);
            if *cut {
                let _ = writeln!(stdout, "(output cut after {HELD_MAX} bytes)");
            }
            let _ = stdout.flush();
            buf.clear();
        }
    }

    pub fn is_json(&self) -> bool {
        self.json
    }

    /// Whether a progress bar may be drawn: not with `--json` or `--quiet`
    /// (the caller also checks that stderr is a terminal).
    pub fn shows_progress(&self) -> bool {
        !self.json && !self.quiet
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// A progress or confirmation line for people; silent with `--quiet`
    /// and with `--json` (where the JSON on stdout says it all).
    pub fn status(&self, message: &str) {
        if !self.quiet && !self.json {
            stderr_line(&escape(message));
        }
    }

    /// What a change did besides its target, one "Also: ..." line each,
    /// so nothing reaches another user silently (JSON carries them under
    /// `side_effects`; see [`Output::json_with_side_effects`]).
    pub fn side_effects(&self, effects: &[crate::model::SideEffect]) {
        for effect in effects {
            self.status(&format!("Also: {effect}."));
        }
    }

    /// Writes `value`, an object, with `side_effects` added after its
    /// own keys (in their order).
    pub fn json_with_side_effects<T: Serialize>(
        &mut self,
        value: &T,
        effects: &[crate::model::SideEffect],
    ) -> Result<()> {
        #[derive(Serialize)]
        struct WithEffects<'a, T: Serialize> {
            #[serde(flatten)]
            value: &'a T,
            side_effects: &'a [crate::model::SideEffect],
        }
        self.json(&WithEffects {
            value,
            side_effects: effects,
        })
    }

    /// What an empty listing says to a person at a terminal ("No users
    /// match."); piped, an empty listing is empty, so scripts see nothing.
    pub fn empty(&mut self, message: &str) {
        if !self.json && !self.quiet && io::stdout().is_terminal() {
            let _ = writeln!(self.out, "{}", escape(message));
        }
    }

    /// The status lines of a change to many names: `done` and the names
    /// changed ("Disabled 2 accounts: a, b"), then `already` and the names
    /// that already were so ("Already disabled: c"); at most 20 of each.
    pub fn changes<C: AsRef<str>, U: AsRef<str>>(
        &self,
        done: &str,
        changed: &[C],
        already: &str,
        unchanged: &[U],
    ) {
        if !changed.is_empty() {
            self.status(&format!("{done}: {}", crate::text::some_names(changed, 20)));
        }
        if !unchanged.is_empty() {
            self.status(&format!(
                "{already}: {}",
                crate::text::some_names(unchanged, 20)
            ));
        }
    }

    /// A warning: always shown, as a JSON line with `--json`.
    pub fn warn(&self, message: &str) {
        if self.json {
            // Escaped as for the terminal: serde_json leaves C1 controls
            // and direction overrides raw, and this line goes to stderr.
            let message = escape(message);
            stderr_line(&serde_json::json!({ "warning": { "message": message } }).to_string());
        } else {
            stderr_line(&format!(
                "{} {}",
                self.paint("33", "warning:"),
                escape(message)
            ));
        }
    }

    /// Reports an error: `error:` and `hint:` lines, or one JSON object with
    /// `--json`. A closed stdout is not reported at all.
    pub fn error(&mut self, err: &Error) {
        if ended_by_closed_stdout(err) {
            return;
        }
        // Whatever was printed before the error still goes out first,
        // with --quiet too: a denial (exit 6) or pending changes (exit 8)
        // in cron is trouble worth its mail.
        let _ = self.out.flush();
        self.release_held();
        let err = &crate::cli::exit::in_cli_words(err);
        if err.message.is_empty() {
            return;
        }
        if self.json {
            let mut body = serde_json::json!({
                "code": crate::cli::exit::code(err.kind),
                "kind": crate::cli::exit::name(err.kind),
                "message": escape(&err.message),
            });
            if let Some(hint) = &err.hint {
                body["hint"] = serde_json::Value::String(escape(hint));
            }
            stderr_line(&serde_json::json!({ "error": body }).to_string());
        } else {
            stderr_line(&format!(
                "{} {}",
                self.paint("31", "error:"),
                escape(&err.message)
            ));
            if let Some(hint) = &err.hint {
                stderr_line(&format!("{} {}", self.paint("36", "hint:"), escape(hint)));
            }
        }
    }

    /// Writes one JSON document (pretty, newline-terminated).
    pub fn json<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        serde_json::to_writer_pretty(&mut self.out, value).map_err(|e| {
            match e.io_error_kind() {
                Some(kind) => write_err(io::Error::from(kind)),
                None => Error::from(e),
            }
        })?;
        self.out.write_all(b"\n").map_err(write_err)
    }

    /// Writes a line of text (escaped).
    pub fn line(&mut self, text: &str) -> Result<()> {
        writeln!(self.out, "{}", escape(text)).map_err(write_err)
    }

    /// Writes raw bytes (a generated script, for example).
    pub fn raw(&mut self, bytes: &[u8]) -> Result<()> {
        self.out.write_all(bytes).map_err(write_err)
    }

    /// A table for people; every cell is escaped. On a terminal a table
    /// of modest size is fitted to the terminal's width (long cells wrap);
    /// otherwise, and for long tables, columns are simply aligned, which
    /// costs little memory however many rows there are.
    pub fn table(
        &mut self,
        headers: &[&str],
        rows: impl IntoIterator<Item = Vec<String>>,
    ) -> Result<()> {
        const FITTED_ROWS: usize = 1000;
        let rows: Vec<Vec<String>> = rows
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|c| {
                        if c.chars().any(needs_escape) {
                            escape(&c)
                        } else {
                            c
                        }
                    })
                    .collect()
            })
            .collect();
        if io::stdout().is_terminal() && rows.len() <= FITTED_ROWS {
            self.fitted_table(headers, rows)
        } else {
            self.aligned_table(headers, &rows)
        }
    }

    fn fitted_table(&mut self, headers: &[&str], rows: Vec<Vec<String>>) -> Result<()> {
        let mut table = Table::new();
        // A terminal that gives no width (a bare pseudo-terminal, a serial
        // line) would squeeze every column to a letter: align instead.
        if table.width().is_none_or(|w| w < 20) {
            return self.aligned_table(headers, &rows);
        }
        table
            .load_style(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Dynamic);
        table.set_header(headers.iter().map(|h| h.to_uppercase()).collect::<Vec<_>>());
        for row in rows {
            table.add_row(row);
        }
        for index in 0..headers.len() {
            if let Some(col) = table.column_mut(index) {
                col.set_padding((0, 2));
            }
        }

        for line in table.lines() {
            writeln!(self.out, "{}", line.trim_end()).map_err(write_err)?;
        }
        Ok(())
    }

    /// Columns padded to their widest cell plus two spaces; no wrapping.
    fn aligned_table(&mut self, headers: &[&str], rows: &[Vec<String>]) -> Result<()> {
        use unicode_width::UnicodeWidthStr;
        let headers: Vec<String> = headers.iter().map(|h| h.to_uppercase()).collect();
        let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
        for row in rows {
            for (i, cell) in row.iter().enumerate() {
                match widths.get_mut(i) {
                    Some(w) => *w = (*w).max(cell.width()),
                    None => widths.push(cell.width()),
                }
            }
        }
        let mut line = String::new();
        for row in std::iter::once(&headers).chain(rows) {
            line.clear();
            for (i, cell) in row.iter().enumerate() {
                line.push_str(cell);
                if i + 1 < row.len() {
                    let pad = widths[i] - cell.width() + 2;
                    line.extend(std::iter::repeat_n(' ', pad));
                }
            }
            writeln!(self.out, "{}", line.trim_end()).map_err(write_err)?;
        }
        Ok(())
    }

    /// A detail view for people: one `name  value` line per field.
    pub fn fields(&mut self, fields: &[(&str, String)]) -> Result<()> {
        let width = fields.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        for (key, value) in fields {
            writeln!(self.out, "{key:<width$}  {}", escape(value)).map_err(write_err)?;
        }
        Ok(())
    }

    pub fn flush(&mut self) -> Result<()> {
        self.out.flush().map_err(write_err)
    }

    /// Ends a command whose answer is its exit code (a denial, changes
    /// pending) once `printed`, the attempt to show the answer, is done:
    /// the code stands whatever became of the output, so a reader that
    /// went away or a full disk never turns a "no" into exit 0 or 1.
    pub fn answer(&mut self, printed: Result<()>, kind: crate::error::Kind) -> Result<()> {
        let _ = printed.and_then(|()| self.flush());
        Err(crate::cli::exit::answered(kind))
    }

    /// Prints a list already in memory: a table for people, one JSON array
    /// with `--json`.
    pub fn rows<T: Row>(&mut self, items: &[T], headers: &'static [&'static str]) -> Result<()> {
        self.rows_or(items, headers, "")
    }

    /// [`Output::rows`], saying `empty` ("No users match.") to a person at
    /// a terminal when there is nothing to list.
    pub fn rows_or<T: Row>(
        &mut self,
        items: &[T],
        headers: &'static [&'static str],
        empty: &str,
    ) -> Result<()> {
        let format = if self.json {
            ListFormat::Json
        } else {
            ListFormat::Table
        };
        let mut list = self.list(format, headers).or_say(empty);
        for item in items {
            list.push(item)?;
        }
        list.finish()?;
        Ok(())
    }

    /// Starts a streamed list in the given format. A format for programs
    /// (JSON, JSON Lines, CSV) is data: --quiet does not hold it back.
    pub fn list<'a>(
        &'a mut self,
        format: ListFormat,
        headers: &'static [&'static str],
    ) -> ListWriter<'a> {
        if format != ListFormat::Table {
            self.deliver();
        }
        ListWriter {
            out: self,
            format,
            headers,
            rows: Vec::new(),
            count: 0,
            buf: Vec::with_capacity(1024),
            empty: String::new(),
        }
    }
}

/// How a list is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    /// A table for people (collected, then aligned).
    Table,
    /// One JSON array, streamed one element per line.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// CSV with this header row.
    Csv(&'static [&'static str]),
}

/// A row that can be shown in a table as well as serialised.
pub trait Row: Serialize {
    fn cells(&self) -> Vec<String>;

    /// Appends this item as compact JSON. The default is serde's; a type
    /// listed by the hundred thousand may write itself faster, provided it
    /// writes exactly the same bytes (tested).
    fn write_json(&self, buf: &mut Vec<u8>) -> Result<()> {
        serde_json::to_writer(buf, self)?;
        Ok(())
    }

    /// The fields of a CSV record, matching the header given to
    /// [`ListFormat::Csv`].
    fn csv(&self) -> Vec<String> {
        self.cells()
    }
}

fn csv_line(fields: &[String]) -> Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(fields)
        .map_err(|e| Error::failure(format!("cannot write CSV: {e}")))?;
    writer
        .into_inner()
        .map_err(|e| Error::failure(format!("cannot write CSV: {e}")))
}

/// Writes list items as they arrive, so JSON and JSON Lines need constant
/// memory however long the list.
pub struct ListWriter<'a> {
    out: &'a mut Output,
    format: ListFormat,
    headers: &'static [&'static str],
    rows: Vec<Vec<String>>,
    count: u64,
    /// One item's bytes, reused from item to item.
    buf: Vec<u8>,
    /// What an empty table says at a terminal (nothing when empty).
    empty: String,
}

impl ListWriter<'_> {
    /// Says `message` ("No events.") instead of an empty table when
    /// standard output is a terminal; piped, an empty list prints nothing.
    pub fn or_say(mut self, message: impl Into<String>) -> Self {
        self.empty = message.into();
        self
    }

    pub fn push<T: Row>(&mut self, item: &T) -> Result<()> {
        match self.format {
            ListFormat::Table => self.rows.push(item.cells()),
            ListFormat::Json => {
                self.buf.clear();
                self.buf
                    .extend_from_slice(if self.count == 0 { b"[\n" } else { b",\n" });
                item.write_json(&mut self.buf)?;
                self.out.out.write_all(&self.buf).map_err(write_err)?;
            }
            ListFormat::Jsonl => {
                self.buf.clear();
                item.write_json(&mut self.buf)?;
                self.buf.push(b'\n');
                self.out.out.write_all(&self.buf).map_err(write_err)?;
            }
            ListFormat::Csv(headers) => {
                if self.count == 0 {
                    let header: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
                    self.out
                        .out
                        .write_all(&csv_line(&header)?)
                        .map_err(write_err)?;
                }
                self.out
                    .out
                    .write_all(&csv_line(&item.csv())?)
                    .map_err(write_err)?;
            }
        }
        self.count += 1;
        Ok(())
    }

    /// Ends the list; returns how many items it had.
    pub fn finish(self) -> Result<u64> {
        match self.format {
            ListFormat::Table if self.count > 0 => self.out.table(self.headers, self.rows)?,
            ListFormat::Table if !self.empty.is_empty() => self.out.empty(&self.empty),
            ListFormat::Table => {}
            ListFormat::Json if self.count == 0 => {
                self.out.out.write_all(b"[]\n").map_err(write_err)?
            }
            ListFormat::Json => self.out.out.write_all(b"\n]\n").map_err(write_err)?,
            ListFormat::Jsonl | ListFormat::Csv(_) => {}
        }
        Ok(self.count)
    }
}

/// Fast compact-JSON pieces for [`Row::write_json`] overrides; each
/// writes what serde_json would.
pub mod json {
    use chrono::{DateTime, Datelike, Timelike, Utc};

    /// A JSON string. Text that needs no escaping (nearly all of it) is
    /// copied as is; anything else goes through serde_json.
    pub fn string(buf: &mut Vec<u8>, text: &str) {
        // A fold without an early exit, so the scan vectorises.
        let special = text.bytes().fold(false, |acc, b| {
            acc | (b < 0x20) | (b == b'"') | (b == b'\\') | (b == 0x7f)
        });
        if special {
            // serde_json leaves DEL alone; only this branch decides it.
            let _ = serde_json::to_writer(&mut *buf, text);
        } else {
            buf.push(b'"');
            buf.extend_from_slice(text.as_bytes());
            buf.push(b'"');
        }
    }

    pub fn opt_string(buf: &mut Vec<u8>, text: Option<&str>) {
        match text {
            Some(t) => string(buf, t),
            None => buf.extend_from_slice(b"null"),
        }
    }

    /// Appends a pre-quoted key such as `,"email":` in one copy.
    pub fn raw(buf: &mut Vec<u8>, text: &[u8]) {
        buf.extend_from_slice(text);
    }

    pub fn bool(buf: &mut Vec<u8>, value: bool) {
        buf.extend_from_slice(if value { b"true" } else { b"false" });
    }

    pub fn opt_int(buf: &mut Vec<u8>, value: Option<i64>) {
        match value {
            Some(n) => buf.extend_from_slice(n.to_string().as_bytes()),
            None => buf.extend_from_slice(b"null"),
        }
    }

    pub fn strings(buf: &mut Vec<u8>, items: &[String]) {
        buf.push(b'[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                buf.push(b',');
            }
            string(buf, item);
        }
        buf.push(b']');
    }

    fn digits(buf: &mut Vec<u8>, value: u32, width: usize) {
        let mut tmp = [b'0'; 10];
        let mut v = value;
        for slot in tmp[..width].iter_mut().rev() {
            *slot = b'0' + (v % 10) as u8;
            v /= 10;
        }
        buf.extend_from_slice(&tmp[..width]);
    }

    /// `"2026-03-01T12:00:00Z"`, as [`crate::time::rfc3339`] writes it
    /// (years 1970 to 9999, the only ones warden stores).
    pub fn time(buf: &mut Vec<u8>, t: DateTime<Utc>) {
        buf.push(b'"');
        digits(buf, t.year().clamp(0, 9999) as u32, 4);
        buf.push(b'-');
        digits(buf, t.month(), 2);
        buf.push(b'-');
        digits(buf, t.day(), 2);
        buf.push(b'T');
        digits(buf, t.hour(), 2);
        buf.push(b':');
        digits(buf, t.minute(), 2);
        buf.push(b':');
        digits(buf, t.second(), 2);
        buf.extend_from_slice(b"Z\"");
    }

    pub fn opt_time(buf: &mut Vec<u8>, t: Option<DateTime<Utc>>) {
        match t {
            Some(t) => time(buf, t),
            None => buf.extend_from_slice(b"null"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn control_and_direction_characters_are_escaped() {
        assert_eq!(escape("plain"), "plain");
        assert_eq!(escape("a\nb\tc"), "a\\nb\\tc");
        assert_eq!(escape("\x1b[31mred"), "\\u{001b}[31mred");
        assert_eq!(escape("evil\u{202e}txt"), "evil\\u{202e}txt");
    }

    #[test]
    fn a_panic_report_names_the_place_and_never_the_message() {
        let secret = "violet-harbor-lantern";
        let caught = std::panic::catch_unwind(|| {
            let location = std::panic::Location::caller();
            (
                super::panic_report(Some(location), false),
                super::panic_report(Some(location), true),
            )
        });
        let (text, json) = caught.unwrap_or_default();
        assert!(
            text.starts_with("error: internal error at src/output.rs:"),
            "{text}"
        );
        assert_eq!(text.lines().count(), 2);
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(doc["error"]["code"], 1);
        // The hook is given nothing but the location: no payload to leak.
        assert!(!text.contains(secret) && !json.contains(secret));
    }
}
