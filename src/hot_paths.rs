//! The library's hot paths compile nothing once warm: every statement of
//! `can`, `can_as`, `verify` and `access` is prepared on the first call
//! and then only run, never prepared or re-prepared again.

use std::ffi::{c_char, c_int, c_void};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::Duration;

use crate::catalog::AccessLevel;
use crate::ops::testing::{add_account, add_user};
use crate::ops::{self, Ctx};
use crate::password::Secret;
use crate::store::sql::Db;
use crate::store::Store;
use crate::Warden;

/// Counts the authorizer's calls: SQLite asks it about every statement
/// it compiles (a first prepare or a re-prepare), and never when one runs.
extern "C" fn count_compiles(
    seen: *mut c_void,
    action: c_int,
    a: *const c_char,
    b: *const c_char,
    _c: *const c_char,
    _d: *const c_char,
) -> c_int {
    // SAFETY: `seen` is the Compiles the test keeps alive while the
    // authorizer is set; SQLite's strings are NUL-terminated or null.
    let text = |p: *const c_char| {
        if p.is_null() {
            String::new()
        } else {
            unsafe { std::ffi::CStr::from_ptr(p) }
                .to_string_lossy()
                .into_owned()
        }
    };
    let seen = unsafe { &*(seen as *const Compiles) };
    seen.count.fetch_add(1, Ordering::Relaxed);
    if let Ok(mut what) = seen.what.lock() {
        what.push(format!("{action} {} {}", text(a), text(b)));
    }
    rusqlite::ffi::SQLITE_OK
}

/// What the authorizer saw: how many questions, and each (its action
/// code and the names it was about), to say which statement compiled.
#[derive(Default)]
struct Compiles {
    count: AtomicU64,
    what: std::sync::Mutex<Vec<String>>,
}

/// The statements a connection holds: (how many, re-prepares in all, the
/// statements' addresses).
fn statements(conn: &rusqlite::Connection) -> (usize, i64, Vec<usize>) {
    let (mut reprepared, mut addresses) = (0, Vec::new());
    // SAFETY: the connection is open and used by this thread alone;
    // sqlite3_next_stmt walks its own list of statements.
    unsafe {
        let db = conn.handle();
        let mut stmt = rusqlite::ffi::sqlite3_next_stmt(db, std::ptr::null_mut());
        while !stmt.is_null() {
            reprepared += i64::from(rusqlite::ffi::sqlite3_stmt_status(
                stmt,
                rusqlite::ffi::SQLITE_STMTSTATUS_REPREPARE,
                0,
            ));
            addresses.push(stmt as usize);
            stmt = rusqlite::ffi::sqlite3_next_stmt(db, stmt);
        }
    }
    addresses.sort_unstable();
    (addresses.len(), reprepared, addresses)
}

/// Runs `f` on the handle's one SQLite connection, between calls.
fn on_sqlite<T>(warden: &Warden, f: impl FnOnce(&rusqlite::Connection) -> T) -> T {
    warden
        .on_idle(|store| match store.conn() {
            Db::Sqlite(conn) => f(conn),
            #[cfg(feature = "postgres")]
            Db::Postgres(_) => unreachable!("an in-memory database is SQLite"),
        })
        .expect("the connection is idle between calls")
}

/// A service's world on the system clock: carol reaches `acme-eu-x`
/// through a grant two levels up, and dave is her backup user with an
/// open window.
fn world() -> Warden {
    let mut store = Store::in_memory().unwrap();
    let ctx = Ctx {
        now: crate::time::now().unwrap(),
        actor: "tester".into(),
    };
    let request = ops::init::InitRequest {
        root_account: "root".into(),
        admin: "admin".into(),
        email: None,
    };
    store
        .write(|tx| ops::init::seed(tx, &ctx, &request, "not-a-hash"))
        .unwrap();
    add_user(&mut store, &ctx, "carol", &["viewer"]);
    add_user(&mut store, &ctx, "dave", &["viewer"]);
    ops::user::passwd(
        &mut store,
        &ctx,
        "carol",
        &Secret::new("tangerine-otter-bicycle".into()),
    )
    .unwrap();
    add_account(&mut store, &ctx, "acme", "root", 0);
    add_account(&mut store, &ctx, "acme-eu", "acme", 0);
    add_account(&mut store, &ctx, "acme-eu-x", "acme-eu", 0);
    ops::account::grant(&mut store, &ctx, "acme", "carol", AccessLevel::Full).unwrap();
    ops::backup_user::set(&mut store, &ctx, "carol", "dave", &[]).unwrap();
    ops::backup_user::enable(
        &mut store,
        &ctx,
        "carol",
        ctx.now,
        ctx.now + Duration::days(1),
    )
    .unwrap();
    Warden::from_store(store)
}

#[test]
fn warm_hot_paths_never_prepare_or_reprepare_a_statement() {
    let warden = world();
    let calls = |w: &Warden, round: usize| {
        let d = w
            .can("carol", "backups.download", Some("acme-eu-x"))
            .unwrap();
        assert!(d.allowed, "{}", d.reason);
        let d = w.can("admin", "users.manage", None).unwrap();
        assert!(d.allowed, "{}", d.reason);
        let d = w
            .can_as("dave", "carol", "backups.read", Some("acme-eu-x"))
            .unwrap();
        assert!(d.allowed, "{}", d.reason);
        w.access("carol", Some("acme-eu-x")).unwrap();
        // argon2 is the cost of a login: a few rounds prove the point.
        if round < 2 || round.is_multiple_of(25) {
            let d = w.verify("carol", "tangerine-otter-bicycle", None).unwrap();
            assert!(d.allowed, "{}", d.reason);
            let d = w.verify("carol", "wrong password", None).unwrap();
            assert!(!d.allowed, "{}", d.reason);
        }
    };
    // The first round prepares what the paths need.
    calls(&warden, 0);
    let compiles = Box::new(Compiles::default());
    let counter = &*compiles as *const Compiles as *mut c_void;
    // SAFETY: the handle belongs to this thread; the counter outlives the
    // authorizer, which is removed below before `compiles` is dropped.
    unsafe {
        on_sqlite(&warden, |conn| {
            rusqlite::ffi::sqlite3_set_authorizer(conn.handle(), Some(count_compiles), counter)
        });
    }
    // Setting an authorizer expires every statement: one more round
    // compiles them again, once.
    calls(&warden, 1);
    let warm = compiles.count.load(Ordering::Relaxed);
    let warm_seen = compiles.what.lock().map(|w| w.len()).unwrap_or_default();
    assert!(warm > 0, "the authorizer sees compilations");
    let (count, reprepared, addresses) = on_sqlite(&warden, statements);
    for round in 2..300 {
        calls(&warden, round);
    }
    let after = on_sqlite(&warden, statements);
    // SAFETY: as above.
    unsafe {
        on_sqlite(&warden, |conn| {
            rusqlite::ffi::sqlite3_set_authorizer(conn.handle(), None, std::ptr::null_mut())
        });
    }
    let late: Vec<String> = compiles
        .what
        .lock()
        .map(|w| w[warm_seen..].to_vec())
        .unwrap_or_default();
    assert_eq!(
        compiles.count.load(Ordering::Relaxed),
        warm,
        "a warm call compiled a statement (authorizer action, names): {late:?}"
    );
    assert_eq!(after.0, count, "the number of statements changed");
    assert_eq!(
        after.2, addresses,
        "a statement was dropped and prepared again"
    );
    assert_eq!(after.1, reprepared, "a statement was re-prepared");
}
