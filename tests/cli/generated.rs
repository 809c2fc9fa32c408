//! The generated files under completions/ and man/ match the clap
//! definitions; the README keeps its promises. Run with
//! `WARDEN_REGENERATE=1 cargo test generated` to rewrite the files.

use std::path::{Path, PathBuf};

use crate::common::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Compares (or, with WARDEN_REGENERATE=1, rewrites) a folder of
/// generated files, including files that should no longer be there.
fn check_folder(dir: &Path, files: Vec<(String, Vec<u8>)>) {
    let regenerate = std::env::var_os("WARDEN_REGENERATE").is_some();
    if regenerate {
        let _ = std::fs::remove_dir_all(dir);
        std::fs::create_dir_all(dir).unwrap();
        for (name, contents) in &files {
            std::fs::write(dir.join(name), contents).unwrap();
        }
    }
    let mut stale = Vec::new();
    for (name, contents) in &files {
        if std::fs::read(dir.join(name)).ok().as_deref() != Some(contents.as_slice()) {
            stale.push(name.clone());
        }
    }
    let present: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    for name in present {
        if !files.iter().any(|(n, _)| *n == name) {
            stale.push(format!("{name} (no longer generated)"));
        }
    }
    assert!(
        stale.is_empty(),
        "{} is stale: {stale:?}\nrun `WARDEN_REGENERATE=1 cargo test generated` and commit the result",
        dir.display()
    );
}

#[test]
fn generated_completions_are_fresh() {
    check_folder(
        &root().join("completions"),
        warden::cli::docs::completion_files(),
    );
}

#[test]
fn generated_man_pages_are_fresh() {
    let mut pages = warden::cli::docs::man_pages().unwrap();
    pages.extend(crate::topics::pages());
    check_folder(&root().join("man"), pages);
}

#[test]
fn there_is_a_man_page_for_every_command_and_the_root_has_the_exit_codes() {
    let pages = warden::cli::docs::man_pages().unwrap();
    let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    for expected in [
        "warden.1",
        "warden-init.1",
        "warden-settings-set.1",
        "warden-audit.1",
        "warden-db-backup.1",
        "warden-completions.1",
        "warden-apply.1",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
    let root_page = String::from_utf8(
        pages
            .iter()
            .find(|(n, _)| n == "warden.1")
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    assert!(root_page.contains("EXIT STATUS"));
    assert!(
        root_page.contains(".SH TIMES") && root_page.contains("yesterday"),
        "the root page lacks the time formats"
    );
    for page in ["warden-user-access.1", "warden-help.1"] {
        assert_eq!(names.contains(&page), page != "warden-help.1", "{page}");
    }
    let apply_page = pages
        .iter()
        .find(|(n, _)| n == "warden-apply.1")
        .map(|(_, p)| String::from_utf8_lossy(p).into_owned())
        .unwrap();
    assert!(
        apply_page.contains(".SH \"FILE FORMAT\"") && apply_page.contains("\n[[users]]\n"),
        "warden-apply.1 lacks the file format"
    );
    for (code, _) in warden::cli::exit::EXIT_CODES {
        assert!(
            root_page.contains(&format!("\\fB{code}\\fR")),
            "exit code {code} missing from the man page"
        );
    }
}

#[test]
fn the_completions_command_prints_the_checked_in_script() {
    let sb = Sandbox::new();
    let out = sb.run(&["completions", "fish"]);
    assert_eq!(
        out.ok().stdout.as_bytes(),
        bytes(&root().join("completions/warden.fish")).as_slice()
    );
}

#[test]
fn the_readme_gives_the_two_setup_commands_and_the_exit_codes() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(
        readme.contains("\ncargo run --release -- init\n"),
        "README lacks the set-up command"
    );
    assert!(
        readme.contains("\ncargo test\n"),
        "README lacks the test command"
    );
    for (code, meaning) in warden::cli::exit::EXIT_CODES {
        assert!(
            readme.contains(&format!("| {code} | {meaning} |")),
            "README exit-code row {code} differs from the code"
        );
    }
    let ci = std::fs::read_to_string(root().join(".ci/run")).unwrap();
    assert!(
        ci.contains("cargo test"),
        ".ci/run must run the README's test command"
    );
}

#[test]
fn init_on_the_default_database_path_uses_xdg_then_home() {
    let sb = Sandbox::new();
    let out = run_command(
        sb.command()
            .env_remove("WARDEN_DB")
            .args(["init", "--password-stdin"]),
        PASSWORD.as_bytes(),
    );
    out.ok();
    let default = sb.dir.path().join(".local/share/warden/warden.db");
    assert_eq!(mode(&default), 0o600);
    let xdg = sb.path("xdg");
    run_command(
        sb.command()
            .env_remove("WARDEN_DB")
            .env("XDG_DATA_HOME", &xdg)
            .args(["init", "--password-stdin"]),
        PASSWORD.as_bytes(),
    )
    .ok();
    assert!(xdg.join("warden/warden.db").exists());
}
