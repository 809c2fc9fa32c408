//! The import readers on generated files: whatever the bytes, a list of
//! rows or an error, never a panic; every row read has a valid user name.

use proptest::prelude::*;

use super::{read, Format};
use crate::names::{validate, NameKind};
use crate::props::{config, now, text};

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

proptest! {
    #![proptest_config(config())]

    #[test]
    fn import_files_never_panic(bytes in import_bytes()) {
        for format in [Format::Csv, Format::Jsonl, Format::Htpasswd] {
            if let Ok(rows) = read(&bytes[..], format, "generated", now()) {
                for row in rows {
                    prop_assert!(validate(NameKind::User, &row.username).is_ok());
                }
            }
        }
    }
}
