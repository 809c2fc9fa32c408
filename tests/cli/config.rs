//! The config file: where the database is when neither `--db` nor
//! `WARDEN_DB` says, its search order, its refusal when others could
//! change it, and its errors.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::common::*;

fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Writes a private config file (its folders made 0700).
fn write_config(path: &Path, text: &str) {
    let dir = path.parent().unwrap();
    std::fs::create_dir_all(dir).unwrap();
    chmod(dir, 0o700);
    std::fs::write(path, text).unwrap();
    chmod(path, 0o600);
}

/// The sandbox's command with neither `WARDEN_DB` nor `WARDEN_CONFIG`:
/// the config file and the default decide.
fn unnamed(sb: &Sandbox) -> Command {
    let mut cmd = sb.command();
    cmd.env_remove("WARDEN_DB").env_remove("WARDEN_CONFIG");
    cmd
}

fn run(cmd: &mut Command, args: &[&str]) -> Outcome {
    run_command(cmd.args(args), b"")
}

fn db_line(sb: &Sandbox) -> String {
    format!("db = {:?}\n", sb.db.to_str().unwrap())
}

/// `db info --json`'s source and config file.
#[track_caller]
fn source(out: &Outcome) -> (String, Option<String>) {
    out.ok();
    let doc = out.json();
    (
        doc["source"].as_str().unwrap().to_string(),
        doc["config_file"].as_str().map(str::to_string),
    )
}

#[test]
fn the_database_is_chosen_by_flag_then_env_then_config_file_then_default() {
    let sb = Sandbox::initialised();
    let home = sb.dir.path();
    let xdg = home.join("xdg");
    let user_file = xdg.join("warden/config.toml");
    let dot_config = home.join(".config/warden/config.toml");
    let named = home.join("etc/config.toml");
    let elsewhere = home.join("elsewhere.db");

    // No config file: the XDG default, which does not exist here.
    let out = run(&mut unnamed(&sb), &["user", "list"]);
    out.code(3);
    let default = home.join(".local/share/warden/warden.db");
    assert!(
        out.stderr.starts_with(&format!(
            "error: no warden database at {}",
            default.display()
        )),
        "{}",
        out.stderr
    );

    // ~/.config/warden/config.toml, when XDG_CONFIG_HOME is unset.
    write_config(&dot_config, &db_line(&sb));
    let out = run(&mut unnamed(&sb), &["--json", "db", "info"]);
    assert_eq!(
        source(&out),
        ("config".into(), Some(dot_config.display().to_string()))
    );
    let out = run(&mut unnamed(&sb), &["db", "info"]);
    out.ok();
    assert!(
        out.stdout.lines().any(|l| l.starts_with("chosen by")
            && l.ends_with(&format!("db in {}", dot_config.display()))),
        "{}",
        out.stdout
    );
    // A change made through the config file's database is in that database.
    run(
        &mut unnamed(&sb),
        &["user", "add", "carol", "--no-password"],
    )
    .ok();
    sb.run(&["user", "show", "carol"]).ok();

    // $XDG_CONFIG_HOME/warden/config.toml comes first; ~/.config is not
    // read at all then (it names a database that is not there).
    write_config(
        &dot_config,
        &format!("db = {:?}\n", elsewhere.to_str().unwrap()),
    );
    write_config(&user_file, &db_line(&sb));
    let mut cmd = unnamed(&sb);
    cmd.env("XDG_CONFIG_HOME", &xdg);
    assert_eq!(
        source(&run(&mut cmd, &["--json", "db", "info"])),
        ("config".into(), Some(user_file.display().to_string()))
    );

    // WARDEN_CONFIG names the file instead of the search; empty, none.
    write_config(&named, &db_line(&sb));
    let mut cmd = unnamed(&sb);
    cmd.env("XDG_CONFIG_HOME", &xdg)
        .env("WARDEN_CONFIG", &named);
    assert_eq!(
        source(&run(&mut cmd, &["--json", "db", "info"])),
        ("config".into(), Some(named.display().to_string()))
    );
    let mut cmd = unnamed(&sb);
    cmd.env("WARDEN_CONFIG", "");
    run(&mut cmd, &["user", "list"]).code(3);

    // WARDEN_DB beats the config file, and --db beats WARDEN_DB.
    let mut cmd = unnamed(&sb);
    cmd.env("WARDEN_DB", &sb.db);
    assert_eq!(
        source(&run(&mut cmd, &["--json", "db", "info"])),
        ("env".into(), Some(dot_config.display().to_string()))
    );
    let mut cmd = unnamed(&sb);
    cmd.env("WARDEN_DB", &elsewhere);
    let out = run(
        &mut cmd,
        &["--db", sb.db.to_str().unwrap(), "--json", "db", "info"],
    );
    assert_eq!(
        source(&out),
        ("flag".into(), Some(dot_config.display().to_string()))
    );
    let mut cmd = unnamed(&sb);
    cmd.env("WARDEN_DB", &elsewhere);
    let out = run(&mut cmd, &["user", "list"]);
    out.code(3);
    assert!(
        out.stderr.contains(&elsewhere.display().to_string()),
        "{}",
        out.stderr
    );
    assert!(!elsewhere.exists(), "nothing was created");
}

#[test]
fn busy_timeout_comes_from_the_config_file_unless_given() {
    let sb = Sandbox::initialised();
    let file = sb.path("config.toml");
    write_config(
        &file,
        &format!("{}busy_timeout = \"300ms\"\n", db_line(&sb)),
    );
    let _lock = hold_write_lock(&sb);
    let mut cmd = unnamed(&sb);
    cmd.env("WARDEN_CONFIG", &file);
    let out = run(&mut cmd, &["user", "add", "dave", "--no-password"]);
    out.code(7);
    assert!(
        out.elapsed < Duration::from_millis(3000),
        "waited {:?}, not the config file's 300ms",
        out.elapsed
    );
    let mut cmd = unnamed(&sb);
    cmd.env("WARDEN_CONFIG", &file);
    let out = run(
        &mut cmd,
        &[
            "--busy-timeout",
            "1500ms",
            "user",
            "add",
            "dave",
            "--no-password",
        ],
    );
    out.code(7);
    assert!(
        out.elapsed >= Duration::from_millis(1400),
        "waited {:?}, not --busy-timeout's 1500ms",
        out.elapsed
    );
}

/// Whoever can change the config file chooses the database root's next
/// command opens (and so whose `notify.command` maintenance runs): it is
/// refused, as the database is, when its group or others can write it or
/// the folder holding it, or when someone else owns it.
#[test]
fn a_config_file_others_could_change_is_refused_and_changes_nothing() {
    let sb = Sandbox::initialised();
    let dir = sb.dir.path().join("conf");
    let file = dir.join("config.toml");
    write_config(&file, &db_line(&sb));
    let before = sb.dump();
    let attempt = |args: &[&str]| {
        let mut cmd = unnamed(&sb);
        cmd.env("WARDEN_CONFIG", &file);
        run(&mut cmd, args)
    };
    let refused = |why: &str| {
        let out = attempt(&["user", "add", "mallory", "--no-password"]);
        out.code(1).no_panic();
        let first = out.stderr.lines().next().unwrap_or_default();
        assert!(
            first.starts_with(&format!("error: refusing to use {}: ", file.display())),
            "{}",
            out.stderr
        );
        assert!(first.contains(why), "{first}");
        assert!(
            out.stderr
                .contains("another user could otherwise point warden at a database of their own"),
            "{}",
            out.stderr
        );
    };
    for mode in [0o620, 0o602, 0o666] {
        chmod(&file, mode);
        refused(&format!(
            "is writable by its group or others (mode {mode:04o})"
        ));
    }
    chmod(&file, 0o600);
    chmod(&dir, 0o777);
    refused(&format!(
        "the folder {} above it is writable by its group or others without the sticky bit (mode 0777)",
        dir.display()
    ));
    // A sticky folder (as /tmp) keeps others from replacing the file.
    chmod(&dir, 0o1777);
    attempt(&["user", "list"]).ok();
    chmod(&dir, 0o700);
    if nix::unistd::geteuid().is_root() {
        let nobody = nix::unistd::User::from_name("nobody")
            .ok()
            .flatten()
            .expect("a nobody user");
        std::os::unix::fs::chown(&file, Some(nobody.uid.as_raw()), None).unwrap();
        refused("is owned by nobody");
        std::os::unix::fs::chown(&file, Some(0), None).unwrap();
        // A link to it, owned by root, in a folder others can write
        // without the sticky bit: whoever can write that folder can point
        // the link elsewhere.
        let shared = sb.dir.path().join("shared");
        std::fs::create_dir(&shared).unwrap();
        chmod(&shared, 0o777);
        let link = shared.join("config.toml");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        let mut cmd = unnamed(&sb);
        cmd.env("WARDEN_CONFIG", &link);
        let out = run(&mut cmd, &["user", "add", "mallory", "--no-password"]);
        out.code(1);
        assert!(
            out.stderr
                .contains("writable by its group or others without the sticky bit"),
            "{}",
            out.stderr
        );
    } else {
        eprintln!(
            "skipped the part of {} about another owner: it needs root",
            module_path!()
        );
    }
    assert_eq!(sb.dump(), before, "the database is unchanged");
}

#[test]
fn a_broken_config_file_is_one_line_with_a_hint_exit_2_and_changes_nothing() {
    let sb = Sandbox::initialised();
    let file = sb.path("config.toml");
    let before = sb.dump();
    let big = format!("# {}\n{}", "x".repeat(70 * 1024), db_line(&sb));
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (
            b"db = \"/x.db\"\nbogus = 1\n".to_vec(),
            "line 2: unknown field `bogus`",
        ),
        (
            b"db = \"relative.db\"\n".to_vec(),
            "db must be an absolute path or a postgresql:// URL",
        ),
        (b"db = \"\"\n".to_vec(), "db is empty"),
        (b"db = \n".to_vec(), "line 1: "),
        (
            b"busy_timeout = \"3 fortnights\"\n".to_vec(),
            "busy_timeout: ",
        ),
        (
            b"busy_timeout = \"2d\"\n".to_vec(),
            "busy_timeout: the busy timeout is at most 24h",
        ),
        (b"db = 5\n".to_vec(), "line 1: "),
        (b"db = \"/\xff.db\"\n".to_vec(), "not UTF-8 text"),
        (big.into_bytes(), "longer than 64 KiB"),
    ];
    for (text, why) in cases {
        std::fs::write(&file, &text).unwrap();
        chmod(&file, 0o600);
        let mut cmd = unnamed(&sb);
        cmd.env("WARDEN_CONFIG", &file);
        let out = run(&mut cmd, &["user", "add", "eve", "--no-password"]);
        out.code(2).no_panic();
        let lines: Vec<&str> = out.stderr.lines().collect();
        assert_eq!(lines.len(), 2, "one line and a hint:\n{}", out.stderr);
        assert!(
            lines[0].starts_with(&format!("error: {}: ", file.display())) && lines[0].contains(why),
            "{why}:\n{}",
            out.stderr
        );
        assert!(lines[1].starts_with("hint: "), "{}", out.stderr);
    }
    // A folder where the file should be, and a file that is not there.
    let folder = sb.path("folder.toml");
    std::fs::create_dir(&folder).unwrap();
    chmod(&folder, 0o700);
    for (named, why) in [
        (folder.clone(), "is not a regular file"),
        (sb.path("missing.toml"), "WARDEN_CONFIG names"),
    ] {
        let mut cmd = unnamed(&sb);
        cmd.env("WARDEN_CONFIG", &named);
        let out = run(&mut cmd, &["user", "list"]);
        out.code(2).no_panic();
        assert!(out.stderr.contains(why), "{}", out.stderr);
        assert!(out.stderr.contains("hint: "), "{}", out.stderr);
    }
    // A password in the config file's URL is refused and never shown.
    std::fs::write(
        &file,
        "db = \"postgresql://warden:hunter2-secret@db.example/warden\"\n",
    )
    .unwrap();
    let mut cmd = unnamed(&sb);
    cmd.env("WARDEN_CONFIG", &file);
    let out = run(&mut cmd, &["user", "list"]);
    out.code(2);
    assert!(!out.stderr.contains("hunter2-secret"), "{}", out.stderr);
    // With --db and --busy-timeout given the config file cannot matter,
    // and a broken one stands in no one's way.
    std::fs::write(&file, "nonsense").unwrap();
    let mut cmd = unnamed(&sb);
    cmd.env("WARDEN_CONFIG", &file);
    run(
        &mut cmd,
        &[
            "--db",
            sb.db.to_str().unwrap(),
            "--busy-timeout",
            "5s",
            "user",
            "list",
        ],
    )
    .ok();
    assert_eq!(sb.dump(), before, "the database is unchanged");
}

#[test]
fn another_user_refused_by_roots_database_is_told_about_sudo_and_a_database_of_their_own() {
    let test =
        "another_user_refused_by_roots_database_is_told_about_sudo_and_a_database_of_their_own";
    crate::sqlite_only!("postgres::the_runtime_role_cannot_rewrite_events");
    if !crate::tools::root(test) || !crate::tools::have("setpriv", "util-linux", test) {
        return;
    }
    // As the package sets it up: root's database in a 0700 folder, chosen
    // by a config file everyone may read.
    let sb = Sandbox::new();
    chmod(sb.dir.path(), 0o755);
    let folder = sb.path("var/lib/warden");
    std::fs::create_dir_all(&folder).unwrap();
    for dir in [sb.path("var"), sb.path("var/lib")] {
        chmod(&dir, 0o755);
    }
    chmod(&folder, 0o700);
    let db = folder.join("warden.db");
    run_command(
        sb.command()
            .env("WARDEN_DB", &db)
            .args(["init", "--password-stdin"]),
        format!("{PASSWORD}\n").as_bytes(),
    )
    .ok();
    let config = sb.path("config.toml");
    std::fs::write(&config, format!("db = {:?}\n", db.to_str().unwrap())).unwrap();
    chmod(&config, 0o644);
    // The binary where nobody can run it.
    let bin = sb.path("warden");
    std::fs::copy(BIN, &bin).unwrap();
    chmod(&bin, 0o755);
    let before = dump(&db);
    for args in [&["user", "list"][..], &["init", "--password-stdin"]] {
        let out = run_command(
            Command::new("setpriv")
                .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
                .arg(&bin)
                .args(args)
                .env_clear()
                .env("HOME", "/nonexistent")
                .env("PATH", "/usr/bin:/bin")
                .env("WARDEN_CONFIG", &config)
                .current_dir("/"),
            format!("{PASSWORD}\n").as_bytes(),
        );
        out.code(1).no_panic();
        let lines: Vec<&str> = out.stderr.lines().collect();
        assert_eq!(lines.len(), 2, "{args:?}: {}", out.stderr);
        assert!(lines[0].starts_with("error: "), "{}", out.stderr);
        assert_eq!(
            lines[1],
            format!(
                "hint: the database {} is root's (chosen by db in {}) and you may not use it: run the command with sudo, or use a database of your own with WARDEN_DB or --db (`WARDEN_DB=~/warden.db warden init` makes one)",
                db.display(),
                config.display()
            ),
            "{args:?}"
        );
    }
    assert_eq!(dump(&db), before);
}
