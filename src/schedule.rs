//! Strategy schedules: a 5-field cron expression, one of the named forms
//! `hourly`, `daily[@HH:MM]`, `weekly[@DAY[@HH:MM]]`, `monthly[@HH:MM]`, or
//! a crontab nickname (`@hourly`, `@daily`, `@midnight`, `@weekly`,
//! `@monthly`, `@yearly`, `@annually`), since crontab users type those.
//!
//! Every form becomes a cron pattern (parsed and evaluated by the `croner`
//! crate) in the machine's local time zone, as cron itself runs. The named
//! forms default like cron's own nicknames: `daily` is 00:00, `weekly` is
//! Sunday 00:00, `monthly` is the 1st at 00:00. A nickname is stored as
//! the named form that runs at the same times (`@daily` as `daily@00:00`);
//! `@yearly`, which has no named form, as the cron expression `0 0 1 1 *`.

use std::fmt;

use chrono::{DateTime, Local, Utc};
use croner::parser::{CronParser, Seconds, Year};
use croner::Cron;

use crate::error::{Error, Result};

/// A parsed schedule: its canonical text and the cron pattern it runs on.
#[derive(Debug, Clone)]
pub struct Schedule {
    text: String,
    cron: Cron,
}

const FORMS: &str = "a 5-field cron expression (\"0 2 * * *\"), a cron nickname (@hourly, \
                     @daily, @weekly, @monthly, @yearly) or hourly, daily[@HH:MM], \
                     weekly[@DAY[@HH:MM]], monthly[@HH:MM]";

/// crontab's nicknames and the spelling each is stored in.
const NICKNAMES: [(&str, &str); 7] = [
    ("@hourly", "hourly"),
    ("@daily", "daily@00:00"),
    ("@midnight", "daily@00:00"),
    ("@weekly", "weekly@sun@00:00"),
    ("@monthly", "monthly@00:00"),
    ("@yearly", "0 0 1 1 *"),
    ("@annually", "0 0 1 1 *"),
];

const DAYS: [(&str, &str); 7] = [
    ("mon", "monday"),
    ("tue", "tuesday"),
    ("wed", "wednesday"),
    ("thu", "thursday"),
    ("fri", "friday"),
    ("sat", "saturday"),
    ("sun", "sunday"),
];

fn bad(text: &str, why: &str) -> Error {
    Error::usage(format!("bad schedule \"{}\": {why}", text))
        .with_hint(format!("a schedule is {FORMS}"))
}

/// `HH:MM` on the 24-hour clock.
fn clock(text: &str, part: &str) -> Result<(u32, u32)> {
    let parsed = part.split_once(':').and_then(|(h, m)| {
        let digits =
            |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(h) || m.len() != 2 || !digits(m) {
            return None;
        }
        let (h, m) = (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
        (h < 24 && m < 60).then_some((h, m))
    });
    parsed.ok_or_else(|| {
        bad(
            text,
            &format!("\"{part}\" is not a time of day (HH:MM, 00:00 to 23:59)"),
        )
    })
}

/// A day of the week as cron numbers it (0 = Sunday).
fn weekday(text: &str, part: &str) -> Result<u32> {
    DAYS.iter()
        .position(|(short, long)| part == *short || part == *long)
        .map(|i| (i as u32 + 1) % 7)
        .ok_or_else(|| {
            bad(
                text,
                &format!("\"{part}\" is not a day of the week (mon ... sun)"),
            )
        })
}

impl Schedule {
    /// Parses a schedule; a bad one is a usage error (exit 2) that names
    /// what is wrong.
    pub fn parse(text: &str) -> Result<Schedule> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(bad(text, "it is empty"));
        }
        if trimmed.len() > 200 {
            let start: String = trimmed.chars().take(40).collect();
            return Err(bad(&start, "it is too long"));
        }
        let lower = trimmed.to_ascii_lowercase();
        if let Some(nickname) = lower.strip_prefix('@') {
            return match NICKNAMES.iter().find(|(n, _)| n[1..] == *nickname) {
                Some((_, canonical)) => Self::parse(canonical),
                None if nickname == "reboot" => Err(bad(
                    text,
                    "@reboot names no time of day: a strategy runs on a clock",
                )),
                None => Err(bad(
                    text,
                    "the cron nicknames are @hourly, @daily, @midnight, @weekly, @monthly, @yearly and @annually",
                )),
            };
        }
        let fields: Vec<&str> = lower.split_whitespace().collect();
        if fields.len() > 1 {
            return Self::from_cron(text, &fields.join(" "));
        }
        let mut parts = lower.split('@');
        let form = parts.next().unwrap_or_default();
        let rest: Vec<&str> = parts.collect();
        let (canonical, pattern) = match (form, rest.as_slice()) {
            ("hourly", []) => ("hourly".to_string(), "0 * * * *".to_string()),
            ("daily", []) => ("daily@00:00".into(), "0 0 * * *".into()),
            ("daily", [at]) => {
                let (h, m) = clock(text, at)?;
                (format!("daily@{h:02}:{m:02}"), format!("{m} {h} * * *"))
            }
            ("weekly", []) => ("weekly@sun@00:00".into(), "0 0 * * 0".into()),
            ("weekly", [day]) | ("weekly", [day, _]) => {
                let d = weekday(text, day)?;
                let (h, m) = match rest.get(1) {
                    Some(at) => clock(text, at)?,
                    None => (0, 0),
                };
                let short = DAYS[(d as usize + 6) % 7].0;
                (
                    format!("weekly@{short}@{h:02}:{m:02}"),
                    format!("{m} {h} * * {d}"),
                )
            }
            ("monthly", []) => ("monthly@00:00".into(), "0 0 1 * *".into()),
            ("monthly", [at]) => {
                let (h, m) = clock(text, at)?;
                (format!("monthly@{h:02}:{m:02}"), format!("{m} {h} 1 * *"))
            }
            ("hourly" | "daily" | "weekly" | "monthly", _) => {
                return Err(bad(
                    text,
                    &format!("{form} takes no more than what {FORMS} shows"),
                ))
            }
            _ => {
                return Err(bad(
                    text,
                    "not a known form; a cron expression has 5 fields separated by spaces",
                ))
            }
        };
        let cron = Self::compile(text, &pattern)?;
        Ok(Schedule {
            text: canonical,
            cron,
        })
    }

    fn from_cron(text: &str, pattern: &str) -> Result<Schedule> {
        let count = pattern.split(' ').count();
        if count != 5 {
            return Err(bad(
                text,
                &format!("a cron expression has 5 fields (minute hour day-of-month month day-of-week), not {count}"),
            ));
        }
        if pattern.contains('@') {
            return Err(bad(
                text,
                "a cron nickname (@daily, ...) stands alone, without other fields",
            ));
        }
        let cron = Self::compile(text, pattern)?;
        Ok(Schedule {
            text: pattern.to_string(),
            cron,
        })
    }

    fn compile(text: &str, pattern: &str) -> Result<Cron> {
        let cron = CronParser::builder()
            .seconds(Seconds::Disallowed)
            .year(Year::Disallowed)
            .build()
            .parse(pattern)
            .map_err(|e| bad(text, &e.to_string()))?;
        // A pattern that names no real date ("0 0 31 2 *") never runs.
        let start = Local::now();
        let found = cron.find_next_occurrence(&start, false).is_ok()
            || cron
                .find_next_occurrence(&(start + chrono::Duration::days(366 * 8)), false)
                .is_ok();
        if !found {
            return Err(bad(
                text,
                "it names no date that exists, so it would never run",
            ));
        }
        Ok(cron)
    }

    /// The canonical text, as stored and shown.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The next `count` runs strictly after `after`, in local time.
    pub fn next_runs(&self, after: DateTime<Utc>, count: usize) -> Vec<DateTime<Utc>> {
        let start = after.with_timezone(&Local);
        self.cron
            .iter_after(start)
            .take(count)
            .map(|t| t.with_timezone(&Utc))
            .collect()
    }
}

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical(text: &str) -> String {
        Schedule::parse(text)
            .map(|s| s.to_string())
            .unwrap_or_else(|e| format!("error: {}", e.message))
    }

    #[test]
    fn named_forms_are_canonical() {
        assert_eq!(canonical("hourly"), "hourly");
        assert_eq!(canonical("Daily"), "daily@00:00");
        assert_eq!(canonical("daily@2:30"), "daily@02:30");
        assert_eq!(canonical("weekly"), "weekly@sun@00:00");
        assert_eq!(canonical("weekly@Monday"), "weekly@mon@00:00");
        assert_eq!(canonical("weekly@fri@23:59"), "weekly@fri@23:59");
        assert_eq!(canonical("monthly@04:00"), "monthly@04:00");
        assert_eq!(canonical("  0   2 * *  * "), "0 2 * * *");
        assert_eq!(canonical("0 2 * * MON-FRI"), "0 2 * * mon-fri");
    }

    #[test]
    fn cron_nicknames_are_stored_as_the_named_form_that_runs_the_same() {
        for (nickname, stored, pattern) in [
            ("@hourly", "hourly", "0 * * * *"),
            ("@daily", "daily@00:00", "0 0 * * *"),
            ("@midnight", "daily@00:00", "0 0 * * *"),
            ("@weekly", "weekly@sun@00:00", "0 0 * * 0"),
            ("@monthly", "monthly@00:00", "0 0 1 * *"),
            ("@yearly", "0 0 1 1 *", "0 0 1 1 *"),
            (" @Annually ", "0 0 1 1 *", "0 0 1 1 *"),
        ] {
            assert_eq!(canonical(nickname), stored, "{nickname}");
            let (a, b) = (Schedule::parse(nickname), Schedule::parse(pattern));
            let after = "2026-03-01T12:00:00Z".parse().unwrap();
            assert_eq!(
                a.map(|s| s.next_runs(after, 5)).ok(),
                b.map(|s| s.next_runs(after, 5)).ok(),
                "{nickname} runs as {pattern}"
            );
        }
    }

    #[test]
    fn bad_schedules_are_usage_errors() {
        for text in [
            "",
            "daily@24:00",
            "daily@12:60",
            "daily@1200",
            "daily@",
            "weekly@funday",
            "weekly@mon@25:00",
            "weekly@mon@01:00@x",
            "monthly@mon",
            "hourly@05:00",
            "yearly",
            "0 2 * *",
            "0 0 2 * * *",
            "61 * * * *",
            "0 0 31 2 *",
            "@daily x y z w",
            "@daily@02:00",
            "@reboot",
            "@fortnightly",
            "@",
            "0 2 * * @daily",
        ] {
            let err = Schedule::parse(text)
                .err()
                .unwrap_or_else(|| panic!("{text:?} was accepted"));
            assert_eq!(err.kind, crate::error::Kind::Usage, "{text:?}");
            assert!(err.message.starts_with("bad schedule"), "{}", err.message);
        }
    }
}

#[cfg(test)]
mod props {
    use proptest::prelude::*;

    use super::Schedule;
    use crate::props::{config, now, text};

    fn schedule_text() -> impl Strategy<Value = String> {
        let field = prop_oneof![
            Just("*".to_string()),
            (0u32..70).prop_map(|n| n.to_string()),
            (1u32..20).prop_map(|n| format!("*/{n}")),
            (0u32..40, 0u32..40).prop_map(|(a, b)| format!("{a}-{b}")),
            (0u32..40, 0u32..40).prop_map(|(a, b)| format!("{a},{b}")),
            Just("mon".to_string()),
            Just("L".to_string()),
        ];
        let named = prop_oneof![
            Just("hourly".to_string()),
            Just("daily".to_string()),
            Just("weekly".to_string()),
            Just("monthly".to_string()),
            (0u32..30, 0u32..70).prop_map(|(h, m)| format!("daily@{h:02}:{m:02}")),
            (0u32..30, 0u32..70).prop_map(|(h, m)| format!("monthly@{h}:{m:02}")),
            (
                prop_oneof![Just("mon"), Just("Friday"), Just("sun"), Just("xyz")],
                0u32..30,
                0u32..70
            )
                .prop_map(|(d, h, m)| format!("weekly@{d}@{h:02}:{m:02}")),
        ];
        prop_oneof![
            named,
            proptest::collection::vec(field, 4..7).prop_map(|f| f.join(" ")),
        ]
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn schedules_never_panic_and_canonicalise(input in prop_oneof![text(), schedule_text()]) {
            if let Ok(schedule) = Schedule::parse(&input) {
                let canonical = schedule.as_str().to_string();
                let again = Schedule::parse(&canonical);
                prop_assert_eq!(again.as_ref().map(|s| s.as_str()).ok(), Some(canonical.as_str()));
                // A schedule that was accepted runs at least once.
                prop_assert!(!schedule.next_runs(now(), 1).is_empty(), "{:?}", input);
            }
        }
    }
}
