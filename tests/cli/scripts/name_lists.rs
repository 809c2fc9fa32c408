//! Name lists on stdin: the same rules for users and accounts, all or
//! nothing, and a second run that changes nothing.

use super::*;

#[test]
fn name_lists_read_alike_for_users_and_accounts() {
    let sb = office();
    sb.run(&["user", "add", "dave", "--no-password"]).ok();
    sb.add_account("beta", &[]);
    for (noun, first, second) in [("user", "bob", "dave"), ("account", "acme-eu", "beta")] {
        // `account disable` also counts the accounts it takes down: the
        // two named ones, which have nothing below them.
        let result = |changed: &[&str], unchanged: &[&str]| {
            let mut doc = serde_json::json!({ "changed": changed, "unchanged": unchanged });
            if noun == "account" {
                doc["effectively_disabled"] = 2.into();
            } else {
                doc["side_effects"] = serde_json::json!([]);
            }
            doc
        };
        // Blank lines and # comments are skipped; surrounding blanks and a
        // Windows line end are trimmed; a name twice counts once.
        let list = format!("# leavers\n\n  {first}  \r\n{second}\n{first}\n\t\n");
        let out = sb.run_with(&["--json", noun, "disable", "-", second], &list);
        assert_eq!(out.ok().json(), result(&[first, second], &[]), "{noun}");
        let action = format!("{noun}.disable");
        let disables: i64 = sb
            .sql()
            .query_row(
                "SELECT count(*) FROM events WHERE action = ?1",
                [&action],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(disables, 2, "{noun}: one event per name");

        // Run again: exit 0, nothing changed, nothing recorded.
        let before = dump(&sb.db);
        let out = sb.run_with(&["--json", noun, "disable", "-"], &list);
        assert_eq!(out.ok().json(), result(&[], &[first, second]), "{noun}");
        assert_unchanged(&before, &dump(&sb.db), &format!("{noun} disable again"));

        // One unknown name on stdin: exit 3 naming it, and none is enabled.
        let out = sb.run_with(
            &[noun, "enable", "-"],
            &format!("{first}\nghost\n{second}\n"),
        );
        out.code(3);
        one_error_line(&out, noun);
        assert!(out.stderr.contains("ghost"), "{noun}: {}", out.stderr);
        assert_unchanged(
            &before,
            &dump(&sb.db),
            &format!("{noun} enable with a ghost"),
        );

        // A bad name is a usage error, before anything is looked up.
        sb.run_with(&[noun, "enable", "-"], &format!("{first}\nBad Name\n"))
            .code(2);
        // Nothing but blanks and comments: no names, exit 2.
        sb.run_with(&[noun, "enable", "-"], "# nobody\n\n").code(2);
        assert_unchanged(&before, &dump(&sb.db), &format!("{noun} enable refused"));

        sb.run_with(&[noun, "enable", "-"], &list).ok();
    }
}
