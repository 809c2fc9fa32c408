//! Starting points that many tests share, each made by the commands a
//! user would run, so a test begins with one line that names what is
//! there (`let sb = fixtures::bob_backs_up_alice();`) rather than the
//! fifteen that make it. A test that needs something else adds it after.

use crate::common::*;

/// A team: alice (operator), bob and carol (viewers), each with an address
/// at example.com and `USER_PASSWORD`.
pub fn team() -> Sandbox {
    let sb = Sandbox::initialised();
    sb.add_user(
        "alice",
        &["--role", "operator", "--email", "alice@example.com"],
    );
    sb.add_user("bob", &["--role", "viewer", "--email", "bob@example.com"]);
    sb.add_user(
        "carol",
        &["--role", "viewer", "--email", "carol@example.com"],
    );
    sb
}

/// The team, with bob designated as alice's backup user and no window
/// yet; carol is a bystander.
pub fn bob_backs_up_alice() -> Sandbox {
    let sb = team();
    sb.run(&["backup-user", "set", "alice", "bob"]).ok();
    sb
}

/// Creates the account `name` (with `extra`, as `add_account` takes it),
/// disables it and queues it for deletion, at `now` (`NOW`, or a day
/// long enough ago that its grace period is over).
pub fn queued_account(sb: &Sandbox, name: &str, extra: &[&str], now: &str) {
    let at = |args: &[&str], stdin: &str| {
        run_command(
            sb.command().env("WARDEN_NOW", now).args(args),
            stdin.as_bytes(),
        )
        .ok();
    };
    let mut create = vec!["account", "create", name, "--password-stdin"];
    create.extend(extra);
    at(&create, ACCOUNT_PASSWORD);
    at(&["account", "disable", name], "");
    at(&["--yes", "account", "delete", name], "");
}
