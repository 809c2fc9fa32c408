//! The examples of every command: the end of its `--help` and the EXAMPLES
//! section of its man page. Each is a command line as a script runs it
//! (no terminal: passwords from a file or standard input, `--yes` where a
//! terminal would be asked), on the names the README's tour uses; a test
//! parses every one against the command tree, so none can name a flag or
//! a value that does not exist.

/// One example: what it does, then the command line.
pub struct Example {
    pub says: &'static str,
    pub line: &'static str,
}

const fn ex(says: &'static str, line: &'static str) -> Example {
    Example { says, line }
}

/// Every command's examples, by its path below `warden` (`""` is warden
/// itself).
pub const EXAMPLES: &[(&str, &[Example])] = &[
    (
        "",
        &[
            ex(
                "Create the default database, asking for the admin's password twice on a terminal",
                "warden init",
            ),
            ex(
                "Work on another database, a file or a PostgreSQL server",
                "WARDEN_DB=postgresql://warden@db1.example.org/warden warden user list",
            ),
            ex(
                "Everything alice can reach, and why",
                "warden user access alice",
            ),
        ],
    ),
    (
        "user add",
        &[
            ex(
                "Create alice, an operator who may also act as viewer, her password from a file",
                "warden user add alice --email alice@acme.example --role operator --role viewer --password-file alice.pw",
            ),
            ex(
                "Seed a user in CI: nothing happens when bob exists",
                "warden user add bob --no-password --role viewer --if-not-exists",
            ),
            ex(
                "A contractor who may log in only from one network, until the end of March",
                "printf '%s\\n' \"$PW\" | warden user add carol --allowed-ip 203.0.113.0/24 --expires 2027-03-31 --password-stdin",
            ),
        ],
    ),
];

/// The examples of the command at `path` (`"user add"`), if it has any.
pub fn of(path: &str) -> &'static [Example] {
    EXAMPLES
        .iter()
        .find(|(p, _)| *p == path)
        .map_or(&[], |(_, examples)| examples)
}

/// The examples as the end of `--help` shows them.
pub fn help_text(examples: &[Example]) -> String {
    let mut text = String::from("Examples:\n");
    for example in examples {
        text.push_str(&format!("  # {}\n  {}\n", example.says, example.line));
    }
    text
}

/// The tree with each command's examples at the end of its long help
/// (`--help`), after what that help already ends with.
pub fn attach(cmd: clap::Command) -> clap::Command {
    fn walk(cmd: clap::Command, path: &str) -> clap::Command {
        let examples = of(path);
        let cmd = if examples.is_empty() {
            cmd
        } else {
            let before = cmd
                .get_after_long_help()
                .map(|h| format!("{h}\n"))
                .unwrap_or_default();
            cmd.after_long_help(format!("{before}{}", help_text(examples)))
        };
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        names.into_iter().fold(cmd, |cmd, name| {
            let sub = if path.is_empty() {
                name.clone()
            } else {
                format!("{path} {name}")
            };
            cmd.mut_subcommand(name, |s| walk(s, &sub))
        })
    }
    walk(cmd, "")
}
