use super::*;
use crate::ops::fields::parse_address;

// ---- the last-admin rule ----

use crate::error::Kind;
use crate::ops::testing::{add_account, add_user, initialised, refused};

fn expires_in_a_day(ctx: &Ctx) -> UserEdit {
    UserEdit {
        expires_at: Some(Some(ctx.now + chrono::Duration::days(1))),
        ..UserEdit::default()
    }
}

#[test]
fn the_last_admin_cannot_be_disabled() {
    let (mut store, ctx) = initialised();
    let err = refused(&mut store, Kind::Refused, |s| {
        set_enabled(s, &ctx, &["admin".into()], false)
    });
    assert!(
        err.message
            .contains("disabling \"admin\" would leave no enabled"),
        "{err:?}"
    );
}

#[test]
fn the_last_admin_cannot_be_deleted_nor_rehearse_it() {
    let (mut store, ctx) = initialised();
    for rehearse in [false, true] {
        let err = refused(&mut store, Kind::Refused, |s| {
            delete(s, &ctx, "admin", &OwnedAccounts::Refuse, rehearse)
        });
        assert!(
            err.message
                .contains("deleting \"admin\" would leave no enabled"),
            "{err:?}"
        );
    }
}

#[test]
fn admins_who_all_expire_do_not_count_as_the_last_admin() {
    let (mut store, ctx) = initialised();
    add_user(&mut store, &ctx, "stand-in", &["admin"]);
    edit(&mut store, &ctx, "stand-in", &expires_in_a_day(&ctx)).unwrap();
    // "admin" is the last admin without an expiry: an expiry for them,
    // disabling or deleting them, each would leave a day without one.
    let err = refused(&mut store, Kind::Refused, |s| {
        edit(s, &ctx, "admin", &expires_in_a_day(&ctx))
    });
    assert!(
        err.message.contains("so a day would come with no admin"),
        "{err:?}"
    );
    refused(&mut store, Kind::Refused, |s| {
        set_enabled(s, &ctx, &["admin".into()], false)
    });
    refused(&mut store, Kind::Refused, |s| {
        delete(s, &ctx, "admin", &OwnedAccounts::Refuse, false)
    });
}

#[test]
fn an_admin_may_go_while_another_without_expiry_stays() {
    let (mut store, ctx) = initialised();
    add_user(&mut store, &ctx, "second", &["admin"]);
    set_enabled(&mut store, &ctx, &["admin".into()], false).unwrap();
    delete(&mut store, &ctx, "admin", &OwnedAccounts::Refuse, false).unwrap();
    refused(&mut store, Kind::Refused, |s| {
        set_enabled(s, &ctx, &["second".into()], false)
    });
}

// ---- credit limits ----

fn limited_to(store: &mut Store, ctx: &Ctx, name: &str, limit: i64) {
    let change = UserEdit {
        credit_limit: Some(Some(limit)),
        ..UserEdit::default()
    };
    edit(store, ctx, name, &change).unwrap();
}

#[test]
fn a_charge_beyond_the_credit_limit_is_refused() {
    let (mut store, ctx) = initialised();
    add_account(&mut store, &ctx, "acme", "root", 100);
    limited_to(&mut store, &ctx, "admin", 50);
    charge(&mut store, &ctx, "admin", 30, "restore", Some("acme")).unwrap();
    let err = refused(&mut store, Kind::Refused, |s| {
        charge(s, &ctx, "admin", 21, "restore", Some("acme"))
    });
    assert!(
        err.message
            .contains("would exceed the credit limit of \"admin\": 30 of 50 spent"),
        "{err:?}"
    );
    let stats = charge(&mut store, &ctx, "admin", 20, "restore", Some("acme")).unwrap();
    assert_eq!(stats.credits_spent, 50);
}

#[test]
fn a_charge_beyond_the_account_balance_is_refused() {
    let (mut store, ctx) = initialised();
    add_account(&mut store, &ctx, "acme", "root", 10);
    let err = refused(&mut store, Kind::Refused, |s| {
        charge(s, &ctx, "admin", 11, "restore", Some("acme"))
    });
    assert!(
        err.message.contains("holds 10 credits, fewer than 11"),
        "{err:?}"
    );
    let stats = charge(&mut store, &ctx, "admin", 10, "restore", Some("acme")).unwrap();
    assert_eq!(stats.credits_available, Some(0));
}

#[test]
fn an_empty_list_allows_any_address_and_mapped_addresses_match_ipv4() {
    let nets = vec!["10.0.0.0/8".to_string(), "2001:db8::/32".to_string()];
    let ip = |t: &str| parse_address(t).unwrap_or(IpAddr::from([0, 0, 0, 0]));
    assert!(ip_allowed(&[], ip("192.0.2.1")));
    assert!(ip_allowed(&nets, ip("10.1.2.3")));
    assert!(ip_allowed(&nets, ip("::ffff:10.1.2.3")));
    assert!(ip_allowed(&nets, ip("2001:db8::5")));
    assert!(!ip_allowed(&nets, ip("11.0.0.1")));
    assert!(!ip_allowed(&nets, ip("2001:db9::5")));
}
