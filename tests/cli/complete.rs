//! Shell completion of names, driven through bash itself: the function
//! `source <(WARDEN_COMPLETE=bash warden)` registers is called as bash's
//! programmable completion calls it, and what it puts in COMPREPLY is what
//! a user would be offered.

use std::process::Command;

use crate::common::*;

/// Loads warden's bash completion, then completes each line (words
/// separated by spaces; the last word, possibly empty, is the one being
/// completed) and prints `LINE => CANDIDATES` for each.
fn complete(sb: &Sandbox, env: &[(&str, &str)], lines: &[&str]) -> Outcome {
    let mut script = String::from(
        r#"set -u
source <(WARDEN_COMPLETE=bash "$WARDEN_BIN") || exit 9
fn=$(complete -p warden | sed -n 's/.* -F \([^ ]*\) .*/\1/p')
[ -n "$fn" ] || { echo "no completion registered for warden" >&2; exit 9; }
comp() {
    COMP_LINE=$1
    read -r -a COMP_WORDS <<<"$1"
    case $1 in *' ') COMP_WORDS+=("") ;; esac
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_POINT=${#COMP_LINE}
    COMP_TYPE=9
    COMPREPLY=()
    "$fn" warden "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    echo "$1 => ${COMPREPLY[*]}"
}
"#,
    );
    for line in lines {
        script.push_str(&format!("comp '{line}'\n"));
    }
    let base = sb.command();
    let mut bash = Command::new("bash");
    bash.arg("-c")
        .arg(&script)
        .env_clear()
        .envs(base.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .env("WARDEN_BIN", BIN)
        .envs(env.iter().copied())
        .current_dir(sb.dir.path());
    run_command(&mut bash, b"")
}

/// The candidates printed for `line`.
#[track_caller]
fn offered<'a>(out: &'a Outcome, line: &str) -> Vec<&'a str> {
    let prefix = format!("{line} => ");
    let found = out
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix(prefix.as_str()))
        .unwrap_or_else(|| panic!("no answer for {line:?}:\n{}\n{}", out.stdout, out.stderr));
    found.split_whitespace().collect()
}

#[test]
fn bash_completes_the_names_in_the_database_without_changing_it() {
    let sb = Sandbox::initialised();
    for name in ["alice", "alfred", "bob"] {
        sb.add_user(name, &[]);
    }
    sb.add_account("reports", &[]);
    sb.run(&[
        "strategy",
        "create",
        "nightly",
        "--schedule",
        "daily",
        "--keep-last",
        "3",
    ])
    .ok();
    let before = sb.dump();
    let out = complete(
        &sb,
        &[],
        &[
            "warden user show al",
            "warden user show ",
            "warden role grant alice o",
            "warden account use r",
            "warden strategy apply n",
            "warden backup-user switch bob a",
            "warden user can bob backups.read --as b",
            "warden user add a",
            "warden user show zz",
        ],
    );
    out.ok();
    assert_eq!(out.stderr, "", "nothing on the terminal but the candidates");
    assert_eq!(offered(&out, "warden user show al"), ["alfred", "alice"]);
    let all = offered(&out, "warden user show ");
    for name in ["admin", "alfred", "alice", "bob"] {
        assert!(all.contains(&name), "{all:?}");
    }
    assert_eq!(offered(&out, "warden role grant alice o"), ["operator"]);
    assert_eq!(offered(&out, "warden account use r"), ["reports", "root"]);
    assert_eq!(offered(&out, "warden strategy apply n"), ["nightly"]);
    assert_eq!(
        offered(&out, "warden backup-user switch bob a"),
        ["admin", "alfred", "alice"]
    );
    assert_eq!(
        offered(&out, "warden user can bob backups.read --as b"),
        ["bob"]
    );
    // A new name is not completed from the old ones.
    assert!(offered(&out, "warden user add a").is_empty());
    assert!(offered(&out, "warden user show zz").is_empty());
    assert_eq!(sb.dump(), before, "completion changed nothing");
}

#[test]
fn completion_reads_the_database_the_line_names_and_is_silent_without_one() {
    let sb = Sandbox::initialised();
    sb.add_user("bob", &[]);
    let missing = sb.path("missing.db");
    let missing = missing.to_str().unwrap();
    let db = sb.db.to_str().unwrap();
    let with_db = format!("warden --db {db} user show b");
    let with_db_equals = format!("warden --db={db} user show b");
    let out = complete(
        &sb,
        &[("WARDEN_DB", missing)],
        &["warden user show b", &with_db, &with_db_equals],
    );
    out.ok();
    assert_eq!(out.stderr, "", "no error reaches the prompt");
    assert!(offered(&out, "warden user show b").is_empty());
    assert_eq!(offered(&out, &with_db), ["bob"]);
    assert_eq!(offered(&out, &with_db_equals), ["bob"]);
    assert!(
        !std::path::Path::new(missing).exists(),
        "no database was created"
    );
}

#[test]
fn completion_offers_at_most_the_first_thousand_names_of_a_prefix() {
    let sb = Sandbox::initialised();
    let csv = sb.path("many.csv");
    let mut text = String::from("username\n");
    for i in 0..1205 {
        text.push_str(&format!("u{i:05}\n"));
    }
    std::fs::write(&csv, text).unwrap();
    sb.run(&["user", "import", csv.to_str().unwrap()]).ok();
    let out = complete(&sb, &[], &["warden user show u", "warden user show u012"]);
    out.ok();
    let first = offered(&out, "warden user show u");
    assert_eq!(first.len(), 1000);
    assert_eq!(first[0], "u00000");
    assert_eq!(first[999], "u00999");
    let tail = offered(&out, "warden user show u012");
    assert_eq!(tail, ["u01200", "u01201", "u01202", "u01203", "u01204"]);
}

/// A WARDEN_COMPLETE left in an environment (a shell's, PAM's) never
/// turns a command into printing a script and exiting 0: only `warden`
/// alone or `warden -- WORDS…` is a completion request.
#[test]
fn a_stray_completion_variable_never_answers_for_a_command() {
    let sb = Sandbox::initialised();
    let mut cmd = sb.command();
    cmd.env("WARDEN_COMPLETE", "bash");
    let out = run_command(
        cmd.args(["user", "verify", "admin", "--password-stdin"]),
        b"not-the-password\n",
    );
    out.code(6);
    assert_eq!(out.stdout, "denied: invalid user name or password\n");
    let mut cmd = sb.command();
    cmd.env("WARDEN_COMPLETE", "bash");
    let out = run_command(&mut cmd, b"");
    out.ok();
    assert!(out.stdout.contains("complete "), "{}", out.stdout);
}
