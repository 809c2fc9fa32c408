//! What the property tests share. Each parser's properties live beside it
//! in a module named `props` (`time::props`, `names::props`, ...): on any
//! input the parser returns a value or an error, never panics, and what it
//! accepts re-reads to itself. `cargo test --lib props` runs them all.
//!
//! Each property runs 64 cases by default, so `cargo test` stays fast;
//! `PROPTEST_CASES=N` runs N instead (CI runs them longer).

use chrono::{DateTime, Utc};
use proptest::prelude::*;

pub fn config() -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 64;
    }
    // Shrunk failures are reported in the test output, not written beside
    // the sources.
    config.failure_persistence = None;
    config
}

pub fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-01T12:00:00Z")
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

/// Text that is mostly ASCII with the odd control, combining, wide or
/// right-to-left character, which is where parsers break.
pub fn text() -> impl Strategy<Value = String> {
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
