use super::*;

// ---- deletion only when disabled ----

use crate::error::Kind;
use crate::ops::testing::{add_account, initialised, refused};

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|n| n.to_string()).collect()
}

#[test]
fn an_enabled_account_is_not_deleted_nor_rehearse_it() {
    let (mut store, ctx) = initialised();
    add_account(&mut store, &ctx, "acme", "root", 0);
    for rehearse in [false, true] {
        let err = refused(&mut store, Kind::Refused, |s| {
            delete(s, &ctx, &names(&["acme"]), false, rehearse)
        });
        assert!(
            err.message
                .contains("only a disabled account can be deleted"),
            "{err:?}"
        );
    }
}

#[test]
fn an_enabled_account_below_stops_the_deletion_of_a_disabled_one() {
    let (mut store, ctx) = initialised();
    add_account(&mut store, &ctx, "acme", "root", 0);
    add_account(&mut store, &ctx, "acme-eu", "acme", 0);
    set_enabled(&mut store, &ctx, &names(&["acme"]), false, false).unwrap();
    let err = refused(&mut store, Kind::Refused, |s| {
        delete(s, &ctx, &names(&["acme"]), true, false)
    });
    assert!(err.message.contains("is still enabled: acme-eu"), "{err:?}");
}

#[test]
fn a_disabled_account_is_queued_for_deletion() {
    let (mut store, ctx) = initialised();
    add_account(&mut store, &ctx, "acme", "root", 0);
    set_enabled(&mut store, &ctx, &names(&["acme"]), false, false).unwrap();
    let queued = delete(&mut store, &ctx, &names(&["acme"]), false, false).unwrap();
    assert_eq!(queued[0].state, PENDING);
}

fn node(id: i64, parent_id: Option<i64>, due: Option<&str>) -> sql::PurgeNode {
    sql::PurgeNode {
        id,
        parent_id,
        due: due.map(String::from),
    }
}

#[test]
fn due_accounts_wait_for_anything_below_them_that_is_not_due() {
    // 1 root > 2 a > 3 b > 4 c (not due); 2 a > 5 d > 6 e; 1 root > 7 f
    let nodes = vec![
        node(6, Some(5), Some("e")),
        node(1, None, None),
        node(4, Some(3), None),
        node(3, Some(2), Some("b")),
        node(2, Some(1), Some("a")),
        node(5, Some(2), Some("d")),
        node(7, Some(1), Some("f")),
    ];
    let (mut due, mut waiting) = due_accounts(nodes);
    due.sort();
    waiting.sort();
    assert_eq!(
        due,
        vec![(5, "d".into(), 2), (6, "e".into(), 3), (7, "f".into(), 1)]
    );
    assert_eq!(waiting, vec!["a".to_string(), "b".to_string()]);
}

#[test]
fn due_accounts_the_root_does_not_reach_are_left_alone() {
    // 2 and 3 point at each other; 5 points at a missing account.
    let nodes = vec![
        node(1, None, None),
        node(2, Some(3), Some("x")),
        node(3, Some(2), Some("y")),
        node(4, Some(1), Some("z")),
        node(5, Some(99), Some("w")),
    ];
    let (due, waiting) = due_accounts(nodes);
    assert_eq!(due, vec![(4, "z".into(), 1)]);
    assert!(waiting.is_empty());
}
