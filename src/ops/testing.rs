//! What the unit tests of the rules share: a database in memory set up as
//! `warden init` leaves one, a fixed clock, and a way to see that a
//! refused change left the database exactly as it was.

use chrono::DateTime;

use super::init::{self, InitRequest};
use super::user::{self, NewUser};
use super::Ctx;
use crate::error::{Error, Kind, Result};
use crate::store::{self, Store};

/// 2025-06-15T16:00:00Z, the time every test acts at.
pub const NOW: i64 = 1_750_003_200;

/// A database in memory with what `init` creates: the built-in roles, the
/// root account `root` and the admin `admin`, who has no expiry.
pub fn initialised() -> (Store, Ctx) {
    let mut store = Store::in_memory().expect("an in-memory database");
    let ctx = Ctx {
        now: DateTime::from_timestamp(NOW, 0).expect("a valid time"),
        actor: "tester".into(),
    };
    let request = InitRequest {
        root_account: "root".into(),
        admin: "admin".into(),
        email: None,
    };
    // No one logs in here: any text stands in for the password hash.
    store
        .write(|tx| init::seed(tx, &ctx, &request, "not-a-hash"))
        .expect("seeded");
    (store, ctx)
}

/// Adds a user without a password, holding `roles` (the first active).
pub fn add_user(store: &mut Store, ctx: &Ctx, name: &str, roles: &[&str]) {
    let request = NewUser {
        username: name.into(),
        roles: roles.iter().map(|r| r.to_string()).collect(),
        ..NewUser::default()
    };
    user::add(store, ctx, &request, None).expect("user added");
}

/// Every row of the database, to compare before and after.
pub fn snapshot(store: &mut Store) -> Vec<String> {
    store.read(store::db::snapshot).expect("a snapshot")
}

/// Runs `change`, which a rule must refuse with `kind`, and checks that
/// the database is exactly as before. Returns the error for a closer look.
pub fn refused<T: std::fmt::Debug>(
    store: &mut Store,
    kind: Kind,
    change: impl FnOnce(&mut Store) -> Result<T>,
) -> Error {
    let before = snapshot(store);
    let err = change(store).expect_err("the rule must refuse the change");
    assert_eq!(err.kind, kind, "{err:?}");
    assert_eq!(snapshot(store), before, "a refused change left a trace");
    err
}

/// Creates an account below `parent` holding `credits`, with no password.
pub fn add_account(store: &mut Store, ctx: &Ctx, name: &str, parent: &str, credits: i64) {
    let request = super::account::NewAccount {
        name: name.into(),
        parent: Some(parent.into()),
        credits,
        ..Default::default()
    };
    store
        .write(|tx| super::account::create_in(tx, ctx, &request, None))
        .expect("account created");
}

#[test]
fn a_change_shows_in_the_snapshot() {
    let (mut store, ctx) = initialised();
    let before = snapshot(&mut store);
    assert!(before.iter().any(|row| row.starts_with("users: ")));
    add_user(&mut store, &ctx, "bob", &[]);
    assert_ne!(snapshot(&mut store), before);
}
