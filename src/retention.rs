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

/// What the rules decide for one snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub time: DateTime<FixedOffset>,
    pub keep: bool,
    pub reasons: Vec<&'static str>,
}

/// Decides every snapshot; the verdicts come back in the order given.
pub fn apply(rules: &Rules, times: &[DateTime<FixedOffset>]) -> Vec<Verdict> {
    let mut verdicts: Vec<Verdict> = times
        .iter()
        .map(|t| Verdict {
            time: *t,
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

/// Reads snapshot times: one RFC 3339 time a line (blank lines and lines
/// starting with `#` are skipped), or a JSON array of times or of objects
/// with a `time` key, as `restic snapshots --json` prints.
pub fn read_snapshots(reader: impl Read, source: &str) -> Result<Vec<DateTime<FixedOffset>>> {
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
                format!(
                    "\"{}\" is not an RFC 3339 time",
                    crate::output::escape(&shown)
                ),
            )
        })?;
        times.push(time);
    }
    Ok(times)
}

fn read_json(text: &str, source: &str) -> Result<Vec<DateTime<FixedOffset>>> {
    let items: Vec<serde_json::Value> = serde_json::from_str(text).map_err(|e| {
        Error::usage(format!("{source}: not a JSON array of snapshots: {e}"))
            .with_hint("give one RFC 3339 time a line, or the JSON of `restic snapshots --json`")
    })?;
    items
        .iter()
        .enumerate()
        .map(|(n, item)| {
            let text = match item {
                serde_json::Value::String(s) => Some(s.as_str()),
                serde_json::Value::Object(o) => o.get("time").and_then(|t| t.as_str()),
                _ => None,
            };
            text.and_then(parse_time).ok_or_else(|| {
                Error::usage(format!(
                    "{source}: item {} has no RFC 3339 time (a string, or an object with \"time\")",
                    n + 1
                ))
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn times(list: &[&str]) -> Vec<DateTime<FixedOffset>> {
        list.iter().map(|t| parse_time(t).expect("time")).collect()
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
        assert!(read_snapshots(&[0xff, 0xfe][..], "stdin").is_err());
    }
}
