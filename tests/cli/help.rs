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
    // The usage line and every subcommand (init, user, account, db...;
    // user add, list, access, verify...; db info, check, backup).
    for (args, path) in [
        (vec![], "warden"),
        (vec!["user"], "warden user"),
        (vec!["db"], "warden db"),
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
            assert!(!out.stderr.starts_with("error:"), "{}", out.stderr);
            outputs.push(out.stderr);
        }
        let name = format!("missing_subcommand_{}", path.replace(' ', "_"));
        insta::assert_snapshot!(name, outputs[0]);
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
        // A short command skips the examples; a help request shows the
        // whole tree's long help, examples and all, word for word.
        let mut cmd = warden::cli::command().term_width(100);
        cmd.build();
        let mut at = &mut cmd;
        for name in &path {
            at = at.find_subcommand_mut(name).unwrap();
        }
        let full = at.render_long_help().to_string();
        if !path.is_empty() {
            assert!(full.contains("Examples:"), "{path:?}: {full}");
        }
        assert_eq!(flag.stdout, full, "{path:?}");
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
            // The line that lists the option (its spelling first), not a
            // description that mentions it (`as --json prints`).
            let lists = |line: &str| {
                line.trim_start().starts_with('-')
                    && line
                        .split_whitespace()
                        .take_while(|w| w.starts_with('-') || w.starts_with('<'))
                        .any(|w| w.trim_end_matches(',') == flag)
            };
            let at = help
                .lines()
                .scan(0, |offset, line| {
                    let at = *offset;
                    *offset += line.len() + 1;
                    Some((at, line))
                })
                .find(|(_, line)| lists(line))
                .map(|(at, _)| at)
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

/// Every command of the tree with its path below `warden`.
fn tree() -> Vec<(String, clap::Command)> {
    fn walk(cmd: &clap::Command, path: &str, found: &mut Vec<(String, clap::Command)>) {
        found.push((path.to_string(), cmd.clone()));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let below = if path.is_empty() {
                sub.get_name().to_string()
            } else {
                format!("{path} {}", sub.get_name())
            };
            walk(sub, &below, found);
        }
    }
    let mut cmd = warden::cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut found = Vec::new();
    walk(&cmd, "", &mut found);
    found
}

#[test]
fn every_argument_has_a_description_and_every_command_examples() {
    let commands = tree();
    assert!(commands.len() > 80, "{}", commands.len());
    for (path, cmd) in &commands {
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            assert!(
                arg.get_help()
                    .is_some_and(|h| !h.to_string().trim().is_empty()),
                "warden {path}: <{}> has no description",
                arg.get_id()
            );
        }
        assert!(
            !warden::cli::examples::of(path).is_empty(),
            "warden {path} has no examples"
        );
    }
    // No examples for a command that does not exist.
    for (path, _) in warden::cli::examples::EXAMPLES {
        assert!(
            commands.iter().any(|(p, _)| p == path),
            "examples for an unknown command: warden {path}"
        );
    }
}

#[test]
fn every_example_parses_as_the_command_line_it_shows() {
    let sb = Sandbox::new();
    // Each example runs in bash with `warden` a function that notes its
    // arguments, so quoting, pipes and substitutions are read as a shell
    // reads them; files it reads with `<` exist, empty.
    let log = sb.path("calls");
    // A file in a folder (`< examples/leavers.txt`) gets its folder.
    let touch = |file: &str| {
        let path = sb.path(file);
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = std::fs::write(path, "");
    };
    for (path, examples) in warden::cli::examples::EXAMPLES {
        for example in examples.iter() {
            for word in example.line.split_whitespace() {
                if let Some(file) = word.strip_prefix('<').filter(|f| !f.is_empty()) {
                    touch(file);
                }
            }
            let mut words = example.line.split_whitespace().peekable();
            while let Some(word) = words.next() {
                if word == "<" {
                    if let Some(file) = words.peek() {
                        touch(file);
                    }
                }
            }
            let _ = std::fs::remove_file(&log);
            let script = format!(
                "warden() {{ printf '%s\\0' warden \"$@\" >> {log}; printf '\\n' >> {log}; }}\n{}",
                example.line,
                log = log.display()
            );
            let out = run_command(
                std::process::Command::new("bash")
                    .args(["-c", &script])
                    .current_dir(sb.dir.path())
                    .env("PATH", "/usr/bin:/bin"),
                b"",
            );
            let calls = std::fs::read(&log).unwrap_or_default();
            let calls: Vec<Vec<String>> = calls
                .split(|b| *b == b'\n')
                .filter(|c| !c.is_empty())
                .map(|c| {
                    c.split(|b| *b == 0)
                        .filter(|w| !w.is_empty())
                        .map(|w| String::from_utf8_lossy(w).into_owned())
                        .collect()
                })
                .collect();
            assert!(
                !calls.is_empty(),
                "warden {path}: the example never runs warden: {}\n{}",
                example.line,
                out.stderr
            );
            for args in calls {
                let args: Vec<std::ffi::OsString> = args.iter().map(Into::into).collect();
                // Parsed with only the commands it reaches built, and with
                // the whole tree: the same line, or the same error.
                let deferred = warden::cli::parse_from(args.clone());
                let whole = warden::cli::parse_from_whole_tree(args);
                assert_eq!(
                    format!(
                        "{:?}",
                        deferred.as_ref().map_err(|e| e.render().to_string())
                    ),
                    format!("{:?}", whole.as_ref().map_err(|e| e.render().to_string())),
                    "warden {path}: {}",
                    example.line
                );
                if let Err(e) = deferred {
                    use clap::error::ErrorKind;
                    assert!(
                        matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion),
                        "warden {path}: {}\n{e}",
                        example.line
                    );
                }
            }
        }
    }
}

#[test]
fn every_man_page_has_a_synopsis_with_values_examples_and_see_also_and_renders() {
    let pages = warden::cli::docs::man_pages().unwrap();
    let man = crate::tools::have(
        "man",
        "man-db",
        "every_man_page_has_a_synopsis_with_values_examples_and_see_also_and_renders (rendering)",
    );
    let dir = tempfile::tempdir().unwrap();
    for (name, page) in &pages {
        let text = String::from_utf8_lossy(page);
        for section in [
            ".SH SYNOPSIS\n.SY ",
            ".SH EXAMPLES\n.PP\n",
            ".SH \"SEE ALSO\"\n",
        ] {
            assert!(text.contains(section), "{name}: no {section:?}");
        }
        assert_eq!(
            text.matches(".ie \\n(.g").count(),
            1,
            "{name}: one preamble"
        );
        if name == "warden-user-add.1" {
            assert!(text.contains(".OP \\-\\-email EMAIL\n"), "{text}");
            // `\&` keeps the line that starts with `...` text.
            assert!(text.contains(".OP \\-\\-role ROLE\n\\&...\n"), "{text}");
        }
        if man {
            let out = crate::topics::man_l(dir.path(), name, page);
            assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{name}");
            assert!(out.stdout.contains("EXAMPLES"), "{name}: {}", out.stdout);
        }
    }
    let root = pages.iter().find(|(n, _)| n == "warden.1").unwrap();
    let root = String::from_utf8_lossy(&root.1);
    assert!(
        root.contains("PostgreSQL"),
        "warden(1) does not mention PostgreSQL"
    );
}

#[test]
fn every_example_fits_a_help_line() {
    // --help shows an example two spaces in, in at most 100 columns; a
    // longer one would wrap in the middle of the command line.
    for (path, examples) in warden::cli::examples::EXAMPLES {
        for example in examples.iter() {
            assert!(
                example.line.chars().count() <= 96,
                "warden {path}: {} characters: {}",
                example.line.chars().count(),
                example.line
            );
            assert!(
                example.says.chars().count() <= 94,
                "warden {path}: {}",
                example.says
            );
        }
    }
}
