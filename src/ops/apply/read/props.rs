//! The apply reader on generated TOML: a document or an error, never a
//! panic.

use proptest::prelude::*;

use super::parse;
use crate::props::{config, now, text};

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

proptest! {
    #![proptest_config(config())]

    #[test]
    fn apply_files_never_panic(input in apply_text()) {
        let base = std::path::Path::new("/nonexistent");
        let _ = parse(&input, "generated.toml", base, now());
    }
}
