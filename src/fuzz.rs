//! Property tests for every parser warden owns: on any input they return a
//! value or an error, never panic, and what they accept re-reads to itself.
//!
//! Each property runs 64 cases by default, so `cargo test` stays fast;
//! `PROPTEST_CASES=N` runs N instead (CI runs them longer).

use chrono::{DateTime, Utc};
use proptest::prelude::*;

use crate::names::{validate, NameKind};
use crate::ops::fields::parse_network;
use crate::ops::import::read::{read, Format};
use crate::schedule::Schedule;
use crate::time::{format_duration, parse_duration, parse_when, rfc3339};

fn config() -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 64;
    }
    // Shrunk failures are reported in the test output, not written beside
    // the sources.
    config.failure_persistence = None;
    config
}

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-01T12:00:00Z")
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

/// Text that is mostly ASCII with the odd control, combining, wide or
/// right-to-left character, which is where parsers break.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        "[ -~]{0,40}",
        "[0-9a-z@:/.%* ,-]{0,40}",
        proptest::collection::vec(
            prop_oneof![
                Just('\u{0}'),
                Just('\u{202e}'),
                Just('\u{200d}'),
                Just('\u{301}'),
                Just('\u{ff41}'),
                Just('é'),
                Just('\n'),
                Just('\r'),
                any::<char>(),
                proptest::char::range(' ', '~'),
            ],
            0..40
        )
        .prop_map(|v| v.into_iter().collect()),
    ]
}

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

fn network_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (any::<[u8; 4]>(), 0u8..40)
            .prop_map(|(a, p)| format!("{}.{}.{}.{}/{p}", a[0], a[1], a[2], a[3])),
        any::<[u8; 4]>().prop_map(|a| format!("{}.{}.{}.{}", a[0], a[1], a[2], a[3])),
        (any::<u128>(), 0u8..140).prop_map(|(a, p)| format!("{}/{p}", std::net::Ipv6Addr::from(a))),
        (any::<[u8; 4]>(), 90u8..130)
            .prop_map(|(a, p)| format!("::ffff:{}.{}.{}.{}/{p}", a[0], a[1], a[2], a[3])),
    ]
}

const CSV_HEADER: &str = "username,email,first_name,last_name,phone,roles,active_role,account,enabled,notify,password,password_hash,allowed_ips,expires,credit_limit";

fn import_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..400),
        proptest::collection::vec(text(), 0..6)
            .prop_map(|cells| { format!("{CSV_HEADER}\n{}\n", cells.join(",")).into_bytes() }),
        proptest::collection::vec(text(), 0..6).prop_map(|lines| lines.join("\n").into_bytes()),
        (text(), text(), text()).prop_map(|(user, field, value)| {
            format!("{{\"username\":{user:?},{field:?}:{value:?}}}\n").into_bytes()
        }),
    ]
}

fn apply_text() -> impl Strategy<Value = String> {
    let section = prop_oneof![
        Just("settings"),
        Just("[roles]]"),
        Just("[[roles]]"),
        Just("[[strategies]]"),
        Just("[[accounts]]"),
        Just("[[users]]"),
        Just("[settings]"),
    ];
    let key = prop_oneof![
        Just("name"),
        Just("schedule"),
        Just("permissions"),
        Just("keep_last"),
        Just("keep_within"),
        Just("parent"),
        Just("expires"),
        Just("allowed_ips"),
        Just("roles"),
        Just("present"),
        Just("\"password.min_length\""),
        Just("deletion.grace"),
    ];
    let value = prop_oneof![
        text().prop_map(|s| format!("{s:?}")),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<bool>().prop_map(|b| b.to_string()),
        proptest::collection::vec(text(), 0..3).prop_map(|v| format!("{v:?}")),
        Just("1979-05-27T07:32:00Z".to_string()),
    ];
    prop_oneof![
        text(),
        proptest::collection::vec(
            (section, proptest::collection::vec((key, value), 0..4)),
            0..4
        )
        .prop_map(|sections| {
            let mut doc = String::new();
            for (header, pairs) in sections {
                doc.push_str(header);
                doc.push('\n');
                for (k, v) in pairs {
                    doc.push_str(&format!("{k} = {v}\n"));
                }
            }
            doc
        }),
    ]
}

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

    #[test]
    fn networks_never_panic_and_canonicalise(input in prop_oneof![text(), network_text()]) {
        if let Ok(net) = parse_network(&input) {
            let shown = net.to_string();
            prop_assert_eq!(parse_network(&shown).ok(), Some(net), "{:?}", input);
            prop_assert_eq!(net.trunc(), net);
            if let ipnet::IpNet::V6(v6) = net {
                prop_assert!(v6.addr().to_ipv4_mapped().is_none() || v6.prefix_len() < 96);
            }
        }
    }

    #[test]
    fn names_are_accepted_exactly_by_the_rule(kind in name_kind(), input in prop_oneof![
        text(),
        "[a-z0-9][a-z0-9._@-]{0,70}",
    ]) {
        prop_assert_eq!(validate(kind, &input).is_ok(), matches_rule(kind, &input), "{:?}", input);
    }

    #[test]
    fn import_files_never_panic(bytes in import_bytes()) {
        for format in [Format::Csv, Format::Jsonl, Format::Htpasswd] {
            if let Ok(rows) = read(&bytes[..], format, "fuzz", now()) {
                for row in rows {
                    prop_assert!(validate(NameKind::User, &row.username).is_ok());
                }
            }
        }
    }

    #[test]
    fn apply_files_never_panic(input in apply_text()) {
        let base = std::path::Path::new("/nonexistent");
        let _ = crate::ops::apply::read::parse(&input, "fuzz.toml", base, now());
    }
}
