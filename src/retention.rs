//! Retention rules with restic's `forget` semantics.
//!
//! Snapshots are taken newest first. Each rule is a set of calendar
//! buckets (every snapshot for `keep-last`, then hours, days, ISO weeks
//! running Monday to Sunday, months, years): a snapshot is kept by a rule
//! when it is the newest one in a bucket the rule has not yet used and
//! the rule still has a count left; the oldest snapshot is kept too while
//! a rule has counts left, which stretches the history as far as it goes.
//! `keep-within` keeps every snapshot newer than the newest one minus the
//! duration. The rules are OR-ed: a snapshot is kept when any rule keeps
//! it, and each rule that does is a reason. Buckets follow each time's own
//! calendar, in the UTC offset it was written with, as restic does.

use std::io::{BufRead, Read};
use std::time::Duration;

use chrono::{DateTime, Datelike, FixedOffset, Timelike};

use crate::error::{Error, Result};

/// The keep rules of a strategy; `None` (or 0) leaves a rule out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rules {
    pub last: Option<u32>,
    pub hourly: Option<u32>,
    pub daily: Option<u32>,
    pub weekly: Option<u32>,
    pub monthly: Option<u32>,
    pub yearly: Option<u32>,
    pub within: Option<Duration>,
}

impl Rules {
    /// True when no rule keeps anything.
    pub fn is_empty(&self) -> bool {
        self.counts().iter().all(|(_, n)| n.unwrap_or(0) == 0)
            && self.within.is_none_or(|d| d.is_zero())
    }

    fn counts(&self) -> [(Bucket, Option<u32>); 6] {
        [
            (Bucket::Last, self.last),
            (Bucket::Hourly, self.hourly),
            (Bucket::Daily, self.daily),
            (Bucket::Weekly, self.weekly),
            (Bucket::Monthly, self.monthly),
            (Bucket::Yearly, self.yearly),
        ]
    }
}

#[derive(Debug, Clone, Copy)]
enum Bucket {
    Last,
    Hourly,
    Daily,
    Weekly,
    Monthly,
    Yearly,
}

impl Bucket {
    fn reason(self) -> &'static str {
        match self {
            Bucket::Last => "keep-last",
            Bucket::Hourly => "keep-hourly",
            Bucket::Daily => "keep-daily",
            Bucket::Weekly => "keep-weekly",
            Bucket::Monthly => "keep-monthly",
            Bucket::Yearly => "keep-yearly",
        }
    }

    /// The bucket a snapshot falls in; `nr` is its place, newest first.
    fn of(self, t: &DateTime<FixedOffset>, nr: usize) -> i64 {
        let (y, m, d, h) = (
            i64::from(t.year()),
            i64::from(t.month()),
            i64::from(t.day()),
            i64::from(t.hour()),
        );
        match self {
            Bucket::Last => nr as i64,
            Bucket::Hourly => ((y * 100 + m) * 100 + d) * 100 + h,
            Bucket::Daily => (y * 100 + m) * 100 + d,
            Bucket::Weekly => {
                let week = t.iso_week();
                i64::from(week.year()) * 100 + i64::from(week.week())
            }
            Bucket::Monthly => y * 100 + m,
            Bucket::Yearly => y,
        }
    }
}

/// One snapshot to decide: its time, and restic's ids of it when the
/// input gives them (`restic snapshots --json`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub time: DateTime<FixedOffset>,
    pub id: Option<String>,
    pub short_id: Option<String>,
}

impl From<DateTime<FixedOffset>> for Snapshot {
    fn from(time: DateTime<FixedOffset>) -> Snapshot {
        Snapshot {
            time,
            id: None,
            short_id: None,
        }
    }
}

/// What the rules decide for one snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub time: DateTime<FixedOffset>,
    pub id: Option<String>,
    pub short_id: Option<String>,
    pub keep: bool,
    pub reasons: Vec<&'static str>,
}

/// Decides every snapshot; the verdicts come back in the order given,
/// each with the snapshot's ids.
pub fn apply(rules: &Rules, snapshots: &[Snapshot]) -> Vec<Verdict> {
    let times: Vec<DateTime<FixedOffset>> = snapshots.iter().map(|s| s.time).collect();
    let mut verdicts: Vec<Verdict> = snapshots
        .iter()
        .map(|s| Verdict {
            time: s.time,
            id: s.id.clone(),
            short_id: s.short_id.clone(),
            keep: false,
            reasons: Vec::new(),
        })
        .collect();
    // Newest first; equal times keep their input order (a stable sort).
    let mut order: Vec<usize> = (0..times.len()).collect();
    order.sort_by(|a, b| times[*b].cmp(&times[*a]));
    let Some(&newest) = order.first() else {
        return verdicts;
    };
    let cutoff = rules.within.filter(|d| !d.is_zero()).map(|d| {
        let span = chrono::Duration::from_std(d).unwrap_or(chrono::Duration::MAX);
        times[newest]
            .checked_sub_signed(span)
            .map(|t| t.timestamp())
            .unwrap_or(i64::MIN)
    });
    let mut buckets: Vec<(Bucket, u32, Option<i64>)> = rules
        .counts()
        .iter()
        .filter_map(|(b, n)| n.filter(|n| *n > 0).map(|n| (*b, n, None)))
        .collect();
    let oldest = order.len() - 1;
    for (nr, &i) in order.iter().enumerate() {
        let t = times[i];
        let verdict = &mut verdicts[i];
        if cutoff.is_some_and(|c| t.timestamp() > c) {
            verdict.keep = true;
            verdict.reasons.push("keep-within");
        }
        for (bucket, left, last) in buckets.iter_mut() {
            if *left == 0 {
                continue;
            }
            let value = bucket.of(&t, nr);
            if *last != Some(value) || nr == oldest {
                verdict.keep = true;
                verdict.reasons.push(bucket.reason());
                *last = Some(value);
                *left -= 1;
            }
        }
    }
    verdicts
}

/// The most snapshot input read, so a runaway pipe cannot exhaust memory.
const MAX_INPUT: u64 = 64 << 20;

fn bad_line(source: &str, line: usize, why: String) -> Error {
    Error::usage(format!("{source}, line {line}: {why}"))
        .with_hint("give one RFC 3339 time a line (2026-03-01T02:00:00Z), or the JSON of `restic snapshots --json`")
}

fn parse_time(text: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(text).ok()
}

/// Reads snapshots: one RFC 3339 time a line (blank lines and lines
/// starting with `#` are skipped), or a JSON array of times or of objects
/// with a `time` key and restic's `id` and `short_id`, as `restic
/// snapshots --json` prints.
pub fn read_snapshots(reader: impl Read, source: &str) -> Result<Vec<Snapshot>> {
    let mut limited = std::io::BufReader::new(reader.take(MAX_INPUT + 1));
    let mut text = Vec::new();
    limited
        .read_to_end(&mut text)
        .map_err(|e| Error::io(format!("cannot read {source}"), &e))?;
    if text.len() as u64 > MAX_INPUT {
        return Err(
            Error::usage(format!("{source} is larger than {} MiB", MAX_INPUT >> 20))
                .with_hint("preview fewer snapshots at a time"),
        );
    }
    let text = std::str::from_utf8(&text)
        .map_err(|_| Error::usage(format!("{source} is not UTF-8 text")))?;
    if text.trim_start().starts_with('[') {
        return read_json(text, source);
    }
    let mut times = Vec::new();
    for (n, line) in text.as_bytes().lines().enumerate() {
        let line = line.map_err(|e| Error::io(format!("cannot read {source}"), &e))?;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let shown: String = line.chars().take(60).collect();
        let time = parse_time(line).ok_or_else(|| {
            bad_line(
                source,
                n + 1,
                format!("\"{}\" is not an RFC 3339 time", &shown),
            )
        })?;
        times.push(Snapshot::from(time));
    }
    Ok(times)
}

/// The longest snapshot id taken: restic's are 64 hexadecimal digits.
const MAX_ID: usize = 64;

/// A restic snapshot id from an item, when it has one: hexadecimal digits
/// only, since `--forget-ids` hands them to a shell unquoted, where
/// anything else could split or become an option.
fn snapshot_id(
    item: &serde_json::Map<String, serde_json::Value>,
    key: &str,
    source: &str,
    n: usize,
) -> Result<Option<String>> {
    let Some(value) = item.get(key) else {
        return Ok(None);
    };
    let id = value.as_str().filter(|id| {
        (1..=MAX_ID).contains(&id.len())
            && id
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    });
    match id {
        Some(id) => Ok(Some(id.to_string())),
        None => Err(Error::usage(format!(
            "{source}: item {n}: \"{key}\" is not a snapshot id (1 to {MAX_ID} lower-case hexadecimal digits)"
        ))
        .with_hint("give the JSON of `restic snapshots --json` as restic printed it")),
    }
}

fn read_json(text: &str, source: &str) -> Result<Vec<Snapshot>> {
    let items: Vec<serde_json::Value> = serde_json::from_str(text).map_err(|e| {
        Error::usage(format!("{source}: not a JSON array of snapshots: {e}"))
            .with_hint("give one RFC 3339 time a line, or the JSON of `restic snapshots --json`")
    })?;
    // Where each id was first seen: a snapshot listed twice could be kept
    // once and dropped once, and forgetting it would drop what is kept.
    let mut seen = std::collections::HashMap::new();
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let n = i + 1;
            let no_time = || {
                Error::usage(format!(
                    "{source}: item {n} has no RFC 3339 time (a string, or an object with \"time\")"
                ))
            };
            let snapshot = match item {
                serde_json::Value::String(s) => parse_time(s).map(Snapshot::from),
                serde_json::Value::Object(o) => match o.get("time").and_then(|t| t.as_str()) {
                    Some(t) => parse_time(t)
                        .map(|time| -> Result<Snapshot> {
                            Ok(Snapshot {
                                time,
                                id: snapshot_id(o, "id", source, n)?,
                                short_id: snapshot_id(o, "short_id", source, n)?,
                            })
                        })
                        .transpose()?,
                    None => None,
                },
                _ => None,
            }
            .ok_or_else(no_time)?;
            if let Some(id) = &snapshot.id {
                if let Some(first) = seen.insert(id.clone(), n) {
                    return Err(Error::usage(format!(
                        "{source}: item {n} is snapshot {id} again (first as item {first})"
                    ))
                    .with_hint("list each snapshot once"));
                }
            }
            Ok(snapshot)
        })
        .collect()
}

/// The ids of the snapshots the verdicts drop, in the order given, for
/// `restic forget`: every snapshot must have one (its `id`, else its
/// `short_id`), or nothing is printed.
pub fn forget_ids<'a>(verdicts: &'a [Verdict], source: &str) -> Result<Vec<&'a str>> {
    let mut ids = Vec::new();
    for (i, v) in verdicts.iter().enumerate() {
        let id = v.id.as_deref().or(v.short_id.as_deref()).ok_or_else(|| {
            Error::usage(format!(
                "{source}: snapshot {} ({}) has no id to forget it by",
                i + 1,
                v.time.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
            ))
            .with_hint("--forget-ids needs the JSON of `restic snapshots --json`, which names each snapshot")
        })?;
        if !v.keep {
            ids.push(id);
        }
    }
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn times(list: &[&str]) -> Vec<Snapshot> {
        list.iter()
            .map(|t| Snapshot::from(parse_time(t).expect("time")))
            .collect()
    }

    fn kept(rules: &Rules, list: &[&str]) -> Vec<String> {
        apply(rules, &times(list))
            .into_iter()
            .filter(|v| v.keep)
            .map(|v| v.time.to_rfc3339())
            .collect()
    }

    #[test]
    fn no_snapshots_no_verdicts() {
        let rules = Rules {
            last: Some(3),
            ..Rules::default()
        };
        assert!(apply(&rules, &[]).is_empty());
    }

    #[test]
    fn verdicts_come_back_in_input_order() {
        let rules = Rules {
            last: Some(1),
            ..Rules::default()
        };
        let list = [
            "2026-01-01T00:00:00Z",
            "2026-01-03T00:00:00Z",
            "2026-01-02T00:00:00Z",
        ];
        let verdicts = apply(&rules, &times(&list));
        let keeps: Vec<bool> = verdicts.iter().map(|v| v.keep).collect();
        assert_eq!(keeps, [false, true, false]);
        assert_eq!(verdicts[1].reasons, ["keep-last"]);
    }

    #[test]
    fn weeks_run_monday_to_sunday() {
        // Sunday 2026-03-08 and Monday 2026-03-09 are in different weeks;
        // Monday 03-02 and Sunday 03-08 are in the same one.
        let rules = Rules {
            weekly: Some(5),
            ..Rules::default()
        };
        let list = [
            "2026-03-02T10:00:00Z",
            "2026-03-08T10:00:00Z",
            "2026-03-09T10:00:00Z",
        ];
        assert_eq!(
            kept(&rules, &list),
            [
                "2026-03-02T10:00:00+00:00",
                "2026-03-08T10:00:00+00:00",
                "2026-03-09T10:00:00+00:00"
            ]
            .map(String::from),
            "the newest of each week, and the oldest while counts are left"
        );
        let rules = Rules {
            weekly: Some(1),
            ..Rules::default()
        };
        assert_eq!(kept(&rules, &list), ["2026-03-09T10:00:00+00:00"]);
    }

    #[test]
    fn buckets_follow_the_written_offset() {
        // Both are on the 1st in UTC, yet on different days where they
        // were taken.
        let rules = Rules {
            daily: Some(10),
            ..Rules::default()
        };
        let list = ["2026-03-01T23:30:00+02:00", "2026-03-02T00:30:00+02:00"];
        assert_eq!(kept(&rules, &list).len(), 2);
    }

    #[test]
    fn within_counts_from_the_newest_snapshot() {
        let rules = Rules {
            within: Some(Duration::from_secs(2 * 86_400)),
            ..Rules::default()
        };
        let list = [
            "2020-01-01T00:00:00Z",
            "2020-01-02T00:00:00Z",
            "2020-01-03T00:00:00Z",
            "2020-01-03T00:00:01Z",
        ];
        // Newer than 2020-01-01T00:00:01Z, strictly.
        assert_eq!(kept(&rules, &list).len(), 3);
    }

    #[test]
    fn reads_lines_and_restic_json() {
        let text = "# taken by cron\n2026-03-01T02:00:00Z\n\n  2026-03-02T02:00:00+01:00  \r\n";
        assert_eq!(
            read_snapshots(text.as_bytes(), "stdin")
                .map(|t| t.len())
                .ok(),
            Some(2)
        );
        let json =
            r#"[{"time":"2026-03-01T02:00:00.123456789+01:00","id":"ab"}, "2026-03-02T00:00:00Z"]"#;
        assert_eq!(
            read_snapshots(json.as_bytes(), "stdin")
                .map(|t| t.len())
                .ok(),
            Some(2)
        );
        let err = read_snapshots("2026-03-01T02:00:00Z\nyesterday\n".as_bytes(), "snaps.txt")
            .err()
            .map(|e| e.message);
        assert_eq!(
            err.as_deref(),
            Some("snaps.txt, line 2: \"yesterday\" is not an RFC 3339 time")
        );
        assert!(read_snapshots("[{\"id\":1}]".as_bytes(), "stdin").is_err());
        let ids = r#"[{"time":"2026-03-01T02:00:00Z","id":"0a1b","short_id":"0a"},{"time":"2026-03-02T02:00:00Z"}]"#;
        let read = read_snapshots(ids.as_bytes(), "stdin").unwrap();
        assert_eq!(
            (read[0].id.as_deref(), read[0].short_id.as_deref()),
            (Some("0a1b"), Some("0a"))
        );
        assert_eq!(
            (read[1].id.as_deref(), read[1].short_id.as_deref()),
            (None, None)
        );
        for bad in [
            r#"[{"time":"2026-03-01T02:00:00Z","id":"--dry-run"}]"#,
            r#"[{"time":"2026-03-01T02:00:00Z","id":"ab cd"}]"#,
            r#"[{"time":"2026-03-01T02:00:00Z","id":"ABCD"}]"#,
            r#"[{"time":"2026-03-01T02:00:00Z","id":""}]"#,
            r#"[{"time":"2026-03-01T02:00:00Z","id":12}]"#,
            r#"[{"time":"2026-03-01T02:00:00Z","short_id":"$(rm)"}]"#,
        ] {
            let err = read_snapshots(bad.as_bytes(), "stdin")
                .err()
                .map(|e| e.message);
            assert!(
                err.as_deref()
                    .is_some_and(|e| e.contains("is not a snapshot id")),
                "{bad}: {err:?}"
            );
        }
        let twice = r#"[{"time":"2026-03-01T02:00:00Z","id":"ab"},{"time":"2026-03-02T02:00:00Z","id":"ab"}]"#;
        let err = read_snapshots(twice.as_bytes(), "s.json")
            .err()
            .map(|e| e.message);
        assert_eq!(
            err.as_deref(),
            Some("s.json: item 2 is snapshot ab again (first as item 1)")
        );
        assert!(read_snapshots(&[0xff, 0xfe][..], "stdin").is_err());
    }
}
