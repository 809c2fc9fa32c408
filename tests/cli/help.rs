//! What a newcomer sees first: the usage when a subcommand is missing,
//! `warden help`, and the layout of every command's help.

use crate::common::*;

/// The subcommands a help text lists under "Commands:", without `help`.
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

/// Every command path below the root, found by walking the help texts.
fn every_command(sb: &Sandbox) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut todo = vec![Vec::<String>::new()];
    while let Some(path) = todo.pop() {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let out = sb.run(&args);
        out.ok();
        for sub in subcommands(&out.stdout) {
            let mut next = path.clone();
            next.push(sub);
            todo.push(next);
        }
        if !path.is_empty() {
            found.push(path);
        }
    }
    found
}

#[test]
fn a_missing_subcommand_prints_the_usage_and_the_subcommands_whatever_the_environment() {
    let sb = Sandbox::new();
    for (args, path, some) in [
        (vec![], "warden", ["init", "user", "account", "db"]),
        (
            vec!["user"],
            "warden user",
            ["add", "list", "access", "verify"],
        ),
        (vec!["db"], "warden db", ["info", "check", "backup", "info"]),
    ] {
        let mut outputs = Vec::new();
        for env in [
            vec![],
            vec![
                ("WARDEN_DB", "/nonexistent/warden.db"),
                ("WARDEN_ACTOR", "cron"),
            ],
        ] {
            let mut cmd = sb.command();
            cmd.env_remove("WARDEN_DB");
            for (key, value) in &env {
                cmd.env(key, value);
            }
            let out = run_command(cmd.args(&args), b"");
            out.code(2).no_panic();
            assert!(out.stdout.is_empty(), "{}", out.stdout);
            assert!(
                out.stderr
                    .contains(&format!("Usage: {path} [OPTIONS] <COMMAND>")),
                "{args:?} {env:?}:\n{}",
                out.stderr
            );
            assert!(!out.stderr.starts_with("error:"), "{}", out.stderr);
            let listed = subcommands(&out.stderr);
            for name in some {
                assert!(listed.iter().any(|l| l == name), "{name}:\n{}", out.stderr);
            }
            outputs.push(out.stderr);
        }
        assert_eq!(outputs[0], outputs[1], "the environment changed the usage");
    }

    // An option's value is not a subcommand.
    let out = sb.run(&["--actor", "user"]);
    out.code(2);
    assert!(
        out.stderr.contains("Usage: warden [OPTIONS] <COMMAND>"),
        "{}",
        out.stderr
    );

    // With --json, one error object that names the subcommands.
    let out = sb.run(&["user", "--json"]);
    out.code(2);
    let error = out.stderr_json();
    assert_eq!(error["error"]["kind"], "usage");
    let message = error["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("add, list"), "{message}");
}

#[test]
fn help_names_a_command_as_its_help_flag_does() {
    let sb = Sandbox::new();
    for path in [
        vec![],
        vec!["user"],
        vec!["user", "add"],
        vec!["backup-user", "set"],
    ] {
        let mut by_word = vec!["help"];
        by_word.extend(&path);
        let mut by_flag = path.clone();
        by_flag.push("--help");
        let word = sb.run(&by_word);
        word.ok();
        let flag = sb.run(&by_flag);
        flag.ok();
        assert_eq!(word.stdout, flag.stdout, "{path:?}");
    }
    let out = sb.run(&["help", "no-such-noun"]);
    out.code(2).no_panic();
    assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
}

#[test]
fn every_help_lists_its_own_options_then_the_global_options_each_with_a_description() {
    let sb = Sandbox::new();
    let commands = every_command(&sb);
    assert!(
        commands.len() > 60,
        "only {} commands found",
        commands.len()
    );
    for path in commands {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("-h");
        let out = sb.run(&args);
        out.ok();
        let help = &out.stdout;
        let global = help
            .find("\nGlobal options:\n")
            .unwrap_or_else(|| panic!("{path:?}: no Global options heading:\n{help}"));
        let own = help
            .find("\nOptions:\n")
            .unwrap_or_else(|| panic!("{path:?}: no Options heading:\n{help}"));
        assert!(own < global, "{path:?}: global options come first:\n{help}");
        for flag in [
            "--db",
            "--json",
            "--yes",
            "--quiet",
            "--actor",
            "--busy-timeout",
        ] {
            // `audit --actor` is the audit filter, which takes the global
            // option's place there.
            if flag == "--actor" && path == ["audit"] {
                continue;
            }
            let at = help
                .find(&format!(" {flag} "))
                .unwrap_or_else(|| panic!("{path:?}: {flag} missing:\n{help}"));
            assert!(at > global, "{path:?}: {flag} is not under Global options");
        }
        // In the short help an option is one line: its spelling, then its
        // description. A line with the spelling alone has no description.
        for line in help.lines().filter(|l| l.trim_start().starts_with('-')) {
            let described = line
                .split_whitespace()
                .any(|w| !(w.starts_with('-') || w.starts_with('<') || w.starts_with('[')));
            assert!(described, "{path:?}: no description:\n{line}");
        }
    }
}
