//! The clock and the time formats of the command line.
//!
//! `WARDEN_NOW` replaces the system clock so scripts and tests can exercise
//! expiry deterministically. WHEN and DURATION values are parsed here, once,
//! so every command accepts and refuses exactly the same spellings.

use chrono::{
    DateTime, Datelike, Local, LocalResult, NaiveDate, NaiveDateTime, SecondsFormat, TimeZone, Utc,
};
use std::time::Duration;

use crate::error::{Error, Result};

/// The environment variable that fixes the clock.
pub const NOW_ENV: &str = "WARDEN_NOW";

/// Latest instant accepted anywhere (end of year 9999), so arithmetic on
/// stored times can never overflow.
const MAX_UNIX: i64 = 253_402_300_799;

/// The system clock, whatever `WARDEN_NOW` says (for logins checked for
/// PAM, where no one may move the clock).
pub fn system_now() -> Result<DateTime<Utc>> {
    from_unix(Utc::now().timestamp())
}

/// The current time, truncated to whole seconds (warden stores seconds).
/// `WARDEN_NOW` replaces it with any WHEN the command line accepts, a
/// relative one (`now`, `today`, `2h`) counted from the system clock.
pub fn now() -> Result<DateTime<Utc>> {
    let clock = system_now()?;
    match std::env::var(NOW_ENV) {
        Ok(text) => parse_bound(&text, clock).map_err(|e| {
            Error::usage(format!("{NOW_ENV}={text:?}: {}", e.message)).with_hint(format!(
                "use a WHEN such as {NOW_ENV}=2026-01-31T09:00:00Z or {NOW_ENV}=\"2026-01-31 09:00\", or unset it"
            ))
        }),
        Err(std::env::VarError::NotPresent) => Ok(clock),
        Err(std::env::VarError::NotUnicode(_)) => Err(Error::usage(format!(
            "{NOW_ENV} is not valid UTF-8"
        ))
        .with_hint(format!("set {NOW_ENV} to a WHEN such as 2026-01-31T09:00:00Z, or unset it"))),
    }
}

/// A stored time (Unix seconds) as a UTC time.
pub fn from_unix(secs: i64) -> Result<DateTime<Utc>> {
    if !(0..=MAX_UNIX).contains(&secs) {
        return Err(Error::usage(format!(
            "time {secs} is outside 1970-01-01 .. 9999-12-31"
        )));
    }
    match Utc.timestamp_opt(secs, 0) {
        LocalResult::Single(t) => Ok(t),
        _ => Err(Error::usage(format!("time {secs} is not representable"))),
    }
}

/// Parses a DURATION: `90m`, `8h`, `3d`, `2w`, `1d 12h`, `500ms`.
/// Negative, fractional, unit-less and overflowing values are refused.
pub fn parse_duration(text: &str) -> Result<Duration> {
    let trimmed = text.trim();
    let bad = |why: &str| {
        Error::usage(format!("invalid duration {text:?}: {why}"))
            .with_hint("write a duration like 90m, 8h, 3d, 2w or \"1d 12h\"")
    };
    if trimmed.is_empty() {
        return Err(bad("it is empty"));
    }
    if trimmed.starts_with('-') {
        return Err(bad("it is negative"));
    }
    if trimmed.contains('.') || trimmed.contains(',') {
        return Err(bad("fractions are not accepted"));
    }
    let value = humantime::parse_duration(trimmed).map_err(|e| bad(&e.to_string()))?;
    // Nothing warden times is finer than a millisecond, and a value must
    // print back (format_duration) as what was given.
    if value.subsec_nanos() % 1_000_000 != 0 {
        return Err(bad("units below a millisecond are not accepted"));
    }
    if value.as_secs() > MAX_UNIX as u64 {
        return Err(bad("it is longer than anything warden can store"));
    }
    Ok(value)
}

/// Parses a WHEN: RFC 3339, `YYYY-MM-DD` (local midnight),
/// `YYYY-MM-DD HH:MM` (local time), `now`, `today`, `yesterday`,
/// `tomorrow` or a weekday name (the next one, never today: local
/// midnight), and `+DURATION` (that long from now).
pub fn parse_when(text: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
    when(text, now, false)
}

/// Parses a WHEN that bounds a listing (`--since`, `--until`): every form
/// [`parse_when`] accepts, and a DURATION meaning that long ago (`24h`,
/// `7d`).
pub fn parse_bound(text: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
    when(text, now, true)
}

/// The forms of a WHEN, for hints.
const WHEN_FORMS: &str = "2026-03-01, \"2026-03-01 14:30\" (local time), an RFC 3339 time, now, today, yesterday, tomorrow, a weekday (monday: the next one), +3d (from now)";

fn when(text: &str, now: DateTime<Utc>, ago: bool) -> Result<DateTime<Utc>> {
    let trimmed = text.trim();
    let bad = |why: &str| {
        let hint = if ago {
            format!("write a time as {WHEN_FORMS}, or a duration ago such as 24h or 7d")
        } else {
            format!("write a time as {WHEN_FORMS}")
        };
        Error::usage(format!("invalid time {text:?}: {why}")).with_hint(hint)
    };
    if trimmed.is_empty() {
        return Err(bad("it is empty"));
    }
    if trimmed.eq_ignore_ascii_case("now") {
        return Ok(now);
    }
    let duration_of = |text: &str| {
        parse_duration(text).map_err(|e| {
            let why = e
                .message
                .rsplit(": ")
                .next()
                .unwrap_or("not a duration")
                .to_string();
            bad(&why)
        })
    };
    let secs = |span: Duration| i64::try_from(span.as_secs()).unwrap_or(i64::MAX);
    // A duration starts with a digit and has a unit; a date has dashes.
    let duration = ago
        && trimmed.starts_with(|c: char| c.is_ascii_digit())
        && !trimmed.contains(['-', ':'])
        && trimmed.contains(|c: char| c.is_ascii_alphabetic());
    let instant = if let Some(days) = local_day(trimmed, now) {
        let date = now.with_timezone(&Local).date_naive();
        let date = if days >= 0 {
            date.checked_add_days(chrono::Days::new(days.unsigned_abs()))
        } else {
            date.checked_sub_days(chrono::Days::new(days.unsigned_abs()))
        }
        .ok_or_else(|| bad("not a date"))?;
        let midnight = date.and_hms_opt(0, 0, 0).ok_or_else(|| bad("not a date"))?;
        // A midnight skipped by a clock change: the day starts an hour later.
        local_to_unix(midnight)
            .or_else(|| local_to_unix(midnight + chrono::Duration::hours(1)))
            .ok_or_else(|| bad("that local time does not exist (a clock change)"))?
    } else if let Some(ahead) = trimmed.strip_prefix('+') {
        if !ahead.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(bad("a + is followed by a duration, such as +3d or +2w"));
        }
        now.timestamp().saturating_add(secs(duration_of(ahead)?))
    } else if duration {
        now.timestamp().saturating_sub(secs(duration_of(trimmed)?))
    } else if parse_duration(trimmed).is_ok() {
        // A bare duration is "that long ago" only where a WHEN bounds a
        // listing; anywhere else it would be a guess between past and future.
        return Err(bad(&format!(
            "a duration says how long, not when: write +{trimmed} for that long from now"
        )));
    } else if let Ok(t) = DateTime::parse_from_rfc3339(trimmed) {
        t.timestamp()
    } else if let Ok(t) = NaiveDateTime::parse_from_str(trimmed, "%Y-%m-%d %H:%M") {
        local_to_unix(t).ok_or_else(|| bad("that local time does not exist (a clock change)"))?
    } else if let Ok(d) = NaiveDate::parse_from_str(trimmed, "%Y-%m-%d") {
        let midnight = d.and_hms_opt(0, 0, 0).ok_or_else(|| bad("not a date"))?;
        local_to_unix(midnight)
            .ok_or_else(|| bad("that local time does not exist (a clock change)"))?
    } else {
        return Err(bad("not a date or time warden understands"));
    };
    if instant < 0 {
        return Err(bad("times before 1970 are not accepted"));
    }
    from_unix(instant).map_err(|_| bad("times after 9999 are not accepted"))
}

/// The days from today's local date that a named day means: `today` 0,
/// `yesterday` -1, `tomorrow` 1, a weekday (`monday`, `mon`, `next
/// monday`) the next one, 1 to 7 days ahead: never today, whose midnight
/// has passed.
fn local_day(text: &str, now: DateTime<Utc>) -> Option<i64> {
    let text = text.to_ascii_lowercase();
    match text.as_str() {
        "today" => return Some(0),
        "yesterday" => return Some(-1),
        "tomorrow" => return Some(1),
        _ => {}
    }
    let name = text.strip_prefix("next ").unwrap_or(&text).trim();
    let day: chrono::Weekday = name.parse().ok()?;
    let today = now.with_timezone(&Local).date_naive().weekday();
    let ahead = (day.num_days_from_monday() + 7 - today.num_days_from_monday()) % 7;
    Some(if ahead == 0 { 7 } else { i64::from(ahead) })
}

fn local_to_unix(t: NaiveDateTime) -> Option<i64> {
    match Local.from_local_datetime(&t) {
        LocalResult::Single(v) => Some(v.timestamp()),
        // In an autumn overlap take the earlier instant, as `date` does.
        LocalResult::Ambiguous(a, _) => Some(a.timestamp()),
        LocalResult::None => None,
    }
}

/// A time for JSON: RFC 3339 in UTC, whole seconds.
pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A time for people: local time, to the second.
pub fn local(t: DateTime<Utc>) -> String {
    t.with_timezone(&Local)
        .format("%Y-%m-%d %H:%M:%S")
        .to_string()
}

/// A time for people where seconds are noise (an expiry, a deadline):
/// local time, to the minute.
pub fn local_minute(t: DateTime<Utc>) -> String {
    t.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string()
}

/// How long until something, for people: the two largest units, down to
/// the minute (`13d 23h`, `5h 12m`, `45m`), `<1m` below a minute.
pub fn rough_duration(d: Duration) -> String {
    let secs = d.as_secs();
    if secs < 60 {
        return "<1m".to_string();
    }
    let units = [("d", 86_400), ("h", 3_600), ("m", 60)];
    let Some(first) = units.iter().position(|&(_, size)| secs >= size) else {
        return "<1m".to_string();
    };
    units[first..]
        .iter()
        .take(2)
        .scan(secs, |left, &(unit, size)| {
            let n = *left / size;
            *left %= size;
            Some((n, unit))
        })
        .filter(|&(n, _)| n > 0)
        .map(|(n, unit)| format!("{n}{unit}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A time for a person reading a notification: the server's local time to
/// the minute with its zone's abbreviation, `2026-12-14 22:53 CET`. The
/// zone is `TZ`, else `/etc/localtime`, read from the tz database in
/// `/usr/share/zoneinfo` by `jiff` (chrono knows offsets, not zone
/// names). A zone without an ASCII abbreviation shows its offset
/// (`+05:30`), so the text can stand in a mail subject.
pub fn mail_time(t: DateTime<Utc>) -> String {
    static ZONE: std::sync::OnceLock<jiff::tz::TimeZone> = std::sync::OnceLock::new();
    mail_time_in(t, ZONE.get_or_init(jiff::tz::TimeZone::system))
}

fn mail_time_in(t: DateTime<Utc>, zone: &jiff::tz::TimeZone) -> String {
    use jiff::fmt::strtime;
    let Ok(instant) = jiff::Timestamp::from_second(t.timestamp()) else {
        return rfc3339(t);
    };
    let zoned = instant.to_zoned(zone.clone());
    let Ok(clock) = strtime::format("%Y-%m-%d %H:%M", &zoned) else {
        return rfc3339(t);
    };
    let name = strtime::format("%Z", &zoned)
        .ok()
        .filter(|a| {
            !a.is_empty()
                && a.len() <= 10
                && a.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'-')
        })
        .or_else(|| match zoned.offset().seconds() {
            0 => Some("UTC".to_string()),
            _ => strtime::format("%:z", &zoned).ok(),
        })
        .unwrap_or_default();
    format!("{clock} {name}")
}

/// A duration in warden's own compact spelling: `7d`, `1d 12h`, `15m`, `0s`;
/// it parses back to the same value.
pub fn format_duration(d: Duration) -> String {
    let mut secs = d.as_secs();
    if secs == 0 {
        return if d.subsec_millis() > 0 {
            format!("{}ms", d.subsec_millis())
        } else {
            "0s".into()
        };
    }
    let mut parts = Vec::new();
    // Days are the largest unit: "14d" reads better than "2w" in a settings table.
    for (unit, size) in [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)] {
        if secs >= size {
            parts.push(format!("{}{unit}", secs / size));
            secs %= size;
        }
    }
    // Milliseconds only for the durations that have them (--busy-timeout),
    // so "1500ms" prints as "1s 500ms", not as the shorter "1s".
    if d.subsec_millis() > 0 {
        parts.push(format!("{}ms", d.subsec_millis()));
    }
    parts.join(" ")
}

/// Serde helpers that write stored times as RFC 3339 UTC strings.
pub mod serde_rfc3339 {
    use chrono::{DateTime, Utc};
    use serde::Serializer;

    pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::rfc3339(*t))
    }

    pub mod vec {
        use chrono::{DateTime, Utc};
        use serde::ser::{SerializeSeq, Serializer};

        pub fn serialize<S: Serializer>(ts: &[DateTime<Utc>], s: S) -> Result<S::Ok, S::Error> {
            let mut seq = s.serialize_seq(Some(ts.len()))?;
            for t in ts {
                seq.serialize_element(&super::super::rfc3339(*t))?;
            }
            seq.end()
        }
    }

    pub mod option {
        use chrono::{DateTime, Utc};
        use serde::Serializer;

        pub fn serialize<S: Serializer>(
            t: &Option<DateTime<Utc>>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match t {
                Some(t) => s.serialize_str(&super::super::rfc3339(*t)),
                None => s.serialize_none(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Timelike;

    #[test]
    fn mail_times_are_local_with_the_zone_abbreviation() {
        // The tz database comes with Debian's tzdata, which CI installs.
        let Ok(paris) = jiff::tz::TimeZone::get("Europe/Paris") else {
            assert!(
                std::env::var_os("WARDEN_TEST_REQUIRE_TOOLS").is_none_or(|v| v != "1"),
                "the tz database (Debian package tzdata) is required"
            );
            eprintln!("skipped: no tz database (Debian package tzdata)");
            return;
        };
        assert_eq!(
            mail_time_in(at("2026-12-14T21:53:40Z"), &paris),
            "2026-12-14 22:53 CET"
        );
        assert_eq!(
            mail_time_in(at("2026-07-01T12:00:00Z"), &paris),
            "2026-07-01 14:00 CEST"
        );
        assert_eq!(
            mail_time_in(at("2026-07-01T12:00:00Z"), &jiff::tz::TimeZone::UTC),
            "2026-07-01 12:00 UTC"
        );
        let posix = jiff::tz::TimeZone::posix("<+0530>-5:30").unwrap();
        assert_eq!(
            mail_time_in(at("2026-07-01T12:00:00Z"), &posix),
            "2026-07-01 17:30 +0530"
        );
    }

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default()
    }

    #[test]
    fn durations_in_the_documented_spellings_parse() {
        assert_eq!(parse_duration("90m").ok(), Some(Duration::from_secs(5400)));
        assert_eq!(
            parse_duration("1d 12h").ok(),
            Some(Duration::from_secs(129_600))
        );
        assert_eq!(
            parse_duration("2w").ok(),
            Some(Duration::from_secs(1_209_600))
        );
        assert_eq!(
            parse_duration("500ms").ok(),
            Some(Duration::from_millis(500))
        );
    }

    #[test]
    fn bad_durations_are_usage_errors() {
        for text in ["", "-1h", "1.5h", "abc", "99999999999d", "5", "1d -2h"] {
            let err = parse_duration(text).err();
            assert_eq!(
                err.map(|e| e.kind),
                Some(crate::error::Kind::Usage),
                "{text:?}"
            );
        }
    }

    #[test]
    fn when_accepts_rfc3339_dates_and_now() {
        let now = at("2026-05-01T10:00:00Z");
        assert_eq!(parse_when("now", now).ok(), Some(now));
        assert_eq!(
            parse_when("2026-05-02T00:00:00+02:00", now).ok(),
            Some(at("2026-05-01T22:00:00Z"))
        );
        assert!(parse_when("2026-05-02", now).is_ok());
        assert!(parse_when("2026-05-02 14:30", now).is_ok());
    }

    #[test]
    fn when_refuses_impossible_and_out_of_range_dates() {
        let now = at("2026-05-01T10:00:00Z");
        for text in [
            "",
            "2025-02-30",
            "1969-12-31",
            "24h",
            "+",
            "+-3d",
            "+3",
            "+1.5d",
            "next",
            "next week",
            "mondays",
            "2026-13-01",
            "1969-12-31T23:59:59Z",
        ] {
            assert!(parse_when(text, now).is_err(), "{text:?}");
        }
    }

    #[test]
    fn bounds_accept_durations_ago_today_and_yesterday() {
        let now = at("2026-05-01T10:00:00Z");
        assert_eq!(
            parse_bound("24h", now).ok(),
            Some(at("2026-04-30T10:00:00Z"))
        );
        assert_eq!(
            parse_bound("7d", now).ok(),
            Some(at("2026-04-24T10:00:00Z"))
        );
        assert_eq!(
            parse_bound("1d 12h", now).ok(),
            Some(at("2026-04-29T22:00:00Z"))
        );
        assert_eq!(parse_bound("now", now).ok(), Some(now));
        assert_eq!(
            parse_bound("2026-04-02T00:00:00Z", now).ok(),
            Some(at("2026-04-02T00:00:00Z"))
        );
        // today and yesterday are local midnights: one day apart, today's
        // at or before now and less than a day before it.
        let today = parse_bound("today", now).ok();
        let yesterday = parse_bound("Yesterday", now).ok();
        match (today, yesterday) {
            (Some(t), Some(y)) => {
                assert!(t <= now && now - t < chrono::Duration::days(1), "{t}");
                assert!(
                    t - y >= chrono::Duration::hours(23) && t - y <= chrono::Duration::hours(25)
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bounds_refuse_what_is_not_a_time() {
        let now = at("2026-05-01T10:00:00Z");
        for text in [
            "",
            "-1h",
            "1.5h",
            "99999d",
            "5",
            "24 hours ago",
            "2026-13-01",
        ] {
            let err = parse_bound(text, now).err();
            assert_eq!(
                err.map(|e| e.kind),
                Some(crate::error::Kind::Usage),
                "{text:?}"
            );
        }
    }

    #[test]
    fn future_days_durations_and_weekdays_count_from_now() {
        let now = at("2026-05-01T10:00:00Z");
        assert_eq!(
            parse_when("+3d", now).ok(),
            Some(at("2026-05-04T10:00:00Z"))
        );
        assert_eq!(
            parse_when("+2w", now).ok(),
            Some(at("2026-05-15T10:00:00Z"))
        );
        assert_eq!(
            parse_when(" +1d 12h ", now).ok(),
            Some(at("2026-05-02T22:00:00Z"))
        );
        assert_eq!(
            parse_bound("+90m", now).ok(),
            Some(at("2026-05-01T11:30:00Z"))
        );
        let day = chrono::Duration::days(1);
        let today = parse_when("today", now).ok().unwrap_or_default();
        let tomorrow = parse_when("Tomorrow", now).ok().unwrap_or_default();
        assert!(tomorrow > now && tomorrow - today >= day - chrono::Duration::hours(1));
        // Every weekday is a local midnight 1 to 7 days ahead, the seven of
        // them seven different days; its own name is a week ahead, never
        // today.
        let local_today = now.with_timezone(&Local).weekday();
        let mut seen = std::collections::BTreeSet::new();
        for name in [
            "monday",
            "Tue",
            "wednesday",
            "thu",
            "FRIDAY",
            "sat",
            "next sunday",
        ] {
            let t = parse_when(name, now).ok().unwrap_or_default();
            let local = t.with_timezone(&Local);
            assert_eq!((local.hour(), local.minute()), (0, 0), "{name}");
            assert!(t > now && t - now <= day * 7, "{name}: {t}");
            assert!(seen.insert(local.date_naive()), "{name}");
            if local.weekday() == local_today {
                assert!(t - today >= day * 7 - chrono::Duration::hours(1), "{name}");
            }
        }
        assert_eq!(seen.len(), 7);
    }

    #[test]
    fn rough_durations_stop_at_the_minute() {
        let d = |secs: u64| rough_duration(Duration::from_secs(secs));
        assert_eq!(d(14 * 86_400 - 1), "13d 23h");
        assert_eq!(d(5 * 3_600 + 12 * 60 + 59), "5h 12m");
        assert_eq!(d(86_400 + 59), "1d");
        assert_eq!(d(45 * 60 + 30), "45m");
        assert_eq!(d(59), "<1m");
        assert_eq!(d(0), "<1m");
    }

    #[test]
    fn durations_format_compactly() {
        assert_eq!(format_duration(Duration::from_secs(7 * 86_400)), "7d");
        assert_eq!(format_duration(Duration::from_secs(10 * 86_400)), "10d");
        assert_eq!(format_duration(Duration::from_secs(129_600)), "1d 12h");
        assert_eq!(format_duration(Duration::from_secs(900)), "15m");
        assert_eq!(format_duration(Duration::from_millis(250)), "250ms");
        assert_eq!(format_duration(Duration::from_millis(1_001)), "1s 1ms");
    }

    #[test]
    fn durations_finer_than_a_millisecond_are_refused() {
        for text in ["1ns", "5us", "1s 1ns"] {
            assert!(parse_duration(text).is_err(), "{text:?}");
        }
    }
}

#[cfg(test)]
mod props {
    use proptest::prelude::*;

    use super::{format_duration, parse_duration, parse_when, rfc3339};
    use crate::props::{config, now, text};

    /// A duration in the spellings the documentation shows.
    fn duration_text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            (
                0u64..100_000,
                prop_oneof![
                    Just("ms"),
                    Just("s"),
                    Just("m"),
                    Just("h"),
                    Just("d"),
                    Just("w")
                ],
            ),
            1..4,
        )
        .prop_map(|parts| {
            parts
                .iter()
                .map(|(n, unit)| format!("{n}{unit}"))
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    fn when_text() -> impl Strategy<Value = String> {
        (
            1960i32..10_100,
            0u32..14,
            0u32..33,
            0u32..25,
            0u32..61,
            0u8..4,
        )
            .prop_map(|(y, mo, d, h, mi, form)| match form {
                0 => format!("{y:04}-{mo:02}-{d:02}"),
                1 => format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}"),
                2 => format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:00Z"),
                _ => format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:00+05:30"),
            })
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn durations_never_panic_and_round_trip(input in prop_oneof![text(), duration_text()]) {
            if let Ok(value) = parse_duration(&input) {
                let shown = format_duration(value);
                prop_assert_eq!(parse_duration(&shown).ok(), Some(value), "{:?} -> {:?}", input, shown);
            }
        }

        #[test]
        fn documented_durations_are_accepted(input in duration_text()) {
            prop_assert!(parse_duration(&input).is_ok(), "{:?}", input);
        }

        #[test]
        fn when_never_panics_and_round_trips(input in prop_oneof![text(), when_text()]) {
            if let Ok(t) = parse_when(&input, now()) {
                prop_assert!(t.timestamp() >= 0);
                prop_assert_eq!(parse_when(&rfc3339(t), now()).ok(), Some(t), "{:?}", input);
            }
        }
    }
}
