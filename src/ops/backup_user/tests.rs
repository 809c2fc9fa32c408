use super::*;
use crate::error::Kind;
use crate::ops::testing::{add_user, initialised, refused};

fn after(ctx: &Ctx, seconds: i64) -> DateTime<Utc> {
    ctx.now + chrono::Duration::seconds(seconds)
}

#[test]
fn an_admin_permission_is_never_named_for_a_backup_user() {
    let (mut store, ctx) = initialised();
    add_user(&mut store, &ctx, "bob", &["operator"]);
    for permission in NEVER_DELEGATED {
        let err = refused(&mut store, Kind::Usage, |s| {
            set(s, &ctx, "admin", "bob", &[permission.to_string()])
        });
        assert!(err.message.contains("is never delegated"), "{err:?}");
    }
}

#[test]
fn the_scope_of_everything_held_leaves_the_admin_permissions_out() {
    let (mut store, ctx) = initialised();
    add_user(&mut store, &ctx, "bob", &["operator"]);
    let scope = set(&mut store, &ctx, "admin", "bob", &[])
        .unwrap()
        .backup_user
        .permissions;
    assert!(scope.iter().any(|p| p == "accounts.manage"), "{scope:?}");
    for permission in NEVER_DELEGATED {
        assert!(!scope.iter().any(|p| p == permission), "{scope:?}");
    }
}

#[test]
fn an_admin_permission_in_a_stored_scope_is_still_denied() {
    let (mut store, ctx) = initialised();
    add_user(&mut store, &ctx, "bob", &["operator"]);
    set(&mut store, &ctx, "admin", "bob", &["accounts.read".into()]).unwrap();
    // A scope no command makes: written past `set`'s checks.
    let planted: Vec<String> = NEVER_DELEGATED.iter().map(|p| p.to_string()).collect();
    store
        .write(|tx| {
            let (admin, bob) = (creds(tx, "admin")?.id, creds(tx, "bob")?.id);
            sql::set(tx, admin, bob, &planted, ctx.now_unix())
        })
        .unwrap();
    enable(&mut store, &ctx, "admin", ctx.now, after(&ctx, 3_600)).unwrap();
    for permission in NEVER_DELEGATED {
        let decision = store
            .read(|tx| {
                crate::policy::decide_as(tx, ctx.now_unix(), "bob", "admin", permission, None)
            })
            .unwrap();
        assert!(!decision.allowed, "{decision:?}");
        assert!(
            decision.reason.contains("is never delegated"),
            "{decision:?}"
        );
    }
}

#[test]
fn a_window_longer_than_the_maximum_is_refused() {
    let (mut store, ctx) = initialised();
    add_user(&mut store, &ctx, "bob", &["operator"]);
    set(&mut store, &ctx, "admin", "bob", &["accounts.read".into()]).unwrap();
    let max = store
        .read(Settings::load)
        .unwrap()
        .backup_user_max_duration
        .as_secs() as i64;
    let err = refused(&mut store, Kind::Refused, |s| {
        enable(s, &ctx, "admin", ctx.now, after(&ctx, max + 1))
    });
    assert!(
        err.message.contains("longer than backup_user.max_duration"),
        "{err:?}"
    );
    enable(&mut store, &ctx, "admin", ctx.now, after(&ctx, max)).unwrap();
}
