//! The generated files: completion scripts and man pages, rendered from
//! the clap definitions. The checked-in copies under `completions/` and
//! `man/` are compared with these by a test, which rewrites them when run
//! with `WARDEN_REGENERATE=1`.

use clap_complete::Shell;
use clap_mangen::roff::{bold, italic, roman, Roff};
use clap_mangen::Man;

/// The shells warden ships completions for, with their file names.
pub const SHELLS: &[(Shell, &str)] = &[
    (Shell::Bash, "warden.bash"),
    (Shell::Zsh, "_warden"),
    (Shell::Fish, "warden.fish"),
    (Shell::PowerShell, "_warden.ps1"),
    (Shell::Elvish, "warden.elv"),
];

pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut cmd = super::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "warden", &mut buf);
    buf
}

/// Every completion script as (file name, contents).
pub fn completion_files() -> Vec<(String, Vec<u8>)> {
    SHELLS
        .iter()
        .map(|(shell, name)| (name.to_string(), completion_script(*shell)))
        .collect()
}

/// One man page per command, as (file name, contents).
pub fn man_pages() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut cmd = super::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    collect(&cmd, &cmd, &[], &mut pages)?;
    pages.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(pages)
}

fn collect(
    root: &clap::Command,
    cmd: &clap::Command,
    path: &[&str],
    pages: &mut Vec<(String, Vec<u8>)>,
) -> std::io::Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let mut below = path.to_vec();
        below.push(sub.get_name());
        collect(root, sub, &below, pages)?;
    }
    pages.push(page(root, cmd, path)?);
    Ok(())
}

/// One page: clap_mangen's sections, with a synopsis that shows each
/// option's value, the root's own sections, `apply`'s file format, then
/// EXAMPLES and SEE ALSO. Every section comes from the same definitions
/// as `--help`.
fn page(
    root: &clap::Command,
    cmd: &clap::Command,
    path: &[&str],
) -> std::io::Result<(String, Vec<u8>)> {
    // The examples and the file format have sections of their own, not
    // clap's "EXTRA".
    let plain = cmd.clone().after_long_help(None::<&str>);
    let man = Man::new(plain.clone())
        .date("")
        .source(concat!("warden ", env!("CARGO_PKG_VERSION")))
        .manual("warden manual");
    let mut sections: Vec<Vec<u8>> = Vec::new();
    let mut section = |render: &dyn Fn(&mut Vec<u8>) -> std::io::Result<()>| {
        let mut buf = Vec::new();
        render(&mut buf).map(|()| sections.push(buf))
    };
    section(&|w| man.render_title(w))?;
    section(&|w| man.render_name_section(w))?;
    section(&|w| synopsis(&plain, path).to_writer(w))?;
    section(&|w| man.render_description_section(w))?;
    if plain.get_arguments().any(|a| !a.is_hide_set()) {
        section(&|w| man.render_options_section(w))?;
    }
    if plain.has_subcommands() {
        section(&|w| man.render_subcommands_section(w))?;
    }
    if path.is_empty() {
        section(&|w| root_sections().to_writer(w))?;
    }
    if path == ["apply"] {
        section(&|w| file_format(super::apply::FORMAT).to_writer(w))?;
    }
    section(&|w| examples(&path.join(" ")).to_writer(w))?;
    section(&|w| see_also(root, cmd, path).to_writer(w))?;
    section(&|w| man.render_version_section(w))?;
    // Every rendering starts with the same two-line preamble; the page
    // needs it once.
    let mut text = String::new();
    for (i, part) in sections.iter().enumerate() {
        let part = String::from_utf8_lossy(part);
        for line in part.lines() {
            if i > 0 && (line.starts_with(".ie ") || line.starts_with(".el ")) {
                continue;
            }
            text.push_str(line);
            text.push('\n');
        }
    }
    Ok((man.get_filename(), text.into_bytes()))
}

/// The command's own arguments with their values (`[--email EMAIL]`,
/// `[--role ROLE] ...`, `NAME`), then `[GLOBAL OPTIONS]`; a command with
/// subcommands takes one of them. Written with the synopsis macros
/// (`.SY`, `.OP`), so an option and its value never part at a line end.
fn synopsis(cmd: &clap::Command, path: &[&str]) -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["SYNOPSIS"]);
    let name = std::iter::once("warden")
        .chain(path.iter().copied())
        .collect::<Vec<_>>()
        .join(" ");
    roff.control("SY", [roff_arg(&name).as_str()]);
    let own = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !a.is_global_set())
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"));
    let (positionals, options): (Vec<&clap::Arg>, Vec<&clap::Arg>) =
        own.partition(|a| a.is_positional());
    for arg in options.iter().chain(&positionals) {
        let repeated = matches!(arg.get_action(), clap::ArgAction::Append)
            || arg.get_num_args().is_some_and(|n| n.max_values() > 1);
        let value = arg
            .get_value_names()
            .and_then(|v| v.first())
            .map_or_else(|| arg.get_id().as_str().to_uppercase(), |v| v.to_string());
        if arg.is_positional() {
            let word = match (arg.is_required_set(), repeated) {
                (true, false) => italic(value),
                (true, true) => italic(format!("{value}...")),
                (false, false) => italic(format!("[{value}]")),
                (false, true) => italic(format!("[{value}...]")),
            };
            roff.text([word]);
            continue;
        }
        let flag = match (arg.get_short(), arg.get_long()) {
            (Some(s), Some(l)) => format!("-{s}|--{l}"),
            (None, Some(l)) => format!("--{l}"),
            (Some(s), None) => format!("-{s}"),
            (None, None) => continue,
        };
        let takes = arg.get_action().takes_values();
        if arg.is_required_set() {
            let mut words = vec![bold(flag)];
            if takes {
                words.extend([roman(" "), italic(value)]);
            }
            roff.text(words);
        } else if takes {
            roff.control("OP", [roff_arg(&flag).as_str(), roff_arg(&value).as_str()]);
        } else {
            roff.control("OP", [roff_arg(&flag).as_str()]);
        }
        if repeated {
            roff.text([roman("...")]);
        }
    }
    if cmd.has_subcommands() {
        roff.text([italic("COMMAND")]);
    }
    roff.text([roman("[GLOBAL OPTIONS]")]);
    roff.control("YS", []);
    roff
}

/// A macro argument as roff reads it: the roff crate writes a control
/// line's arguments as given, and a bare `-` may print as a typographic
/// hyphen, which a shell does not take for the `-` of an option.
fn roff_arg(text: &str) -> String {
    text.replace('\\', r"\\").replace('-', r"\-")
}

/// The EXAMPLES section, from the same examples as `--help`.
fn examples(path: &str) -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["EXAMPLES"]);
    for example in super::examples::of(path) {
        roff.control("PP", []);
        roff.text([roman(example.says)]);
        roff.control("RS", ["4"]);
        roff.control("nf", []);
        roff.text([roman(example.line)]);
        roff.control("fi", []);
        roff.control("RE", []);
    }
    roff
}

/// The SEE ALSO section: warden(1), the page of the command above, and
/// the pages of the commands beside or below this one.
fn see_also(root: &clap::Command, cmd: &clap::Command, path: &[&str]) -> Roff {
    let page = |words: &[&str]| {
        let mut name = String::from("warden");
        for word in words {
            name.push('-');
            name.push_str(word);
        }
        name
    };
    let mut pages: Vec<String> = Vec::new();
    if !path.is_empty() {
        pages.push("warden".to_string());
    }
    if path.len() > 1 {
        pages.push(page(&path[..path.len() - 1]));
    }
    let mut below = |of: &clap::Command, at: &[&str]| {
        for sub in of.get_subcommands().filter(|s| !s.is_hide_set()) {
            let mut words = at.to_vec();
            words.push(sub.get_name());
            let name = page(&words);
            if words != path && !pages.contains(&name) {
                pages.push(name);
            }
        }
    };
    below(cmd, path);
    if let [noun, _] = path {
        if let Some(parent) = root.find_subcommand(noun) {
            below(parent, &path[..1]);
        }
    }
    let mut pages: Vec<(String, &str)> = pages.into_iter().map(|name| (name, "1")).collect();
    // The topic pages: all from warden(1), from a command's page those
    // about its noun or about the command itself.
    let command = path.join(" ");
    for (name, section, _, about) in super::TOPICS {
        let relevant = path.is_empty()
            || about
                .iter()
                .any(|a| *a == command || path.first() == Some(a));
        if relevant {
            pages.push((name.to_string(), section));
        }
    }
    let mut roff = Roff::new();
    roff.control("SH", ["SEE ALSO"]);
    let mut words = Vec::new();
    for (i, (name, section)) in pages.iter().enumerate() {
        if i > 0 {
            words.push(roman(", "));
        }
        words.push(bold(name.clone()));
        words.push(roman(format!("({section})")));
    }
    roff.text(words);
    roff
}

/// A FILE FORMAT section from text whose paragraphs are separated by
/// blank lines and whose lines indented by two spaces are an example, kept
/// line for line. The first line ("File format:") is the heading.
fn file_format(text: &str) -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["FILE FORMAT"]);
    let lines: Vec<&str> = text.lines().skip(1).collect();
    let mut example = false;
    for (i, line) in lines.iter().enumerate() {
        let code = line.strip_prefix("  ");
        let next_is_code = lines.get(i + 1).is_some_and(|l| l.starts_with("  "));
        match code {
            Some(code) => {
                if !example {
                    roff.control("RS", ["4"]);
                    roff.control("nf", []);
                    example = true;
                }
                roff.text([roman(code)]);
            }
            None if line.trim().is_empty() && example && next_is_code => {
                roff.text([roman("")]);
            }
            None => {
                if example {
                    roff.control("fi", []);
                    roff.control("RE", []);
                    example = false;
                }
                if line.trim().is_empty() {
                    roff.control("PP", []);
                } else {
                    roff.text([roman(*line)]);
                }
            }
        }
    }
    if example {
        roff.control("fi", []);
        roff.control("RE", []);
    }
    roff
}

/// The sections only the root page has: exit status, environment, files.
fn root_sections() -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in super::exit::EXIT_CODES {
        roff.control("TP", []);
        roff.text([bold(code.to_string())]);
        roff.text([roman(*meaning)]);
    }
    roff.control("SH", ["TIMES"]);
    roff.text([roman(
        "A WHEN is 2026-03-01 (local midnight), \"2026-03-01 14:30\" (local time), an RFC 3339 time, \
         now, today, yesterday or tomorrow (local midnight), a weekday name such as monday or mon \
         (the next one at local midnight, 1 to 7 days ahead, never today; next monday says the same; \
         as an end, a day's midnight begins it: --until saturday runs through Friday), \
         or +DURATION, that long from now (+3d, +2w, \"+1d 12h\"). A bare DURATION is refused where \
         a WHEN says when something starts or ends, since it could mean either way. Where a WHEN bounds a listing (audit --since and \
         --until, user events --since and --until) a DURATION also means that long ago: --since 24h, \
         --since 7d. --since is inclusive and --until exclusive, so --since yesterday --until today \
         is exactly yesterday. A DURATION is 90m, 8h, 3d, 2w or \"1d 12h\".",
    )]);
    roff.control("SH", ["ENVIRONMENT"]);
    let env: &[(&str, &str)] = &[
        ("WARDEN_DB", "The database file or PostgreSQL URL, when --db is not given."),
        ("WARDEN_CONFIG", "The config file to read instead of looking for one (see FILES); empty: read no config file."),
        ("WARDEN_SYSLOG_SOCKET", "The syslog socket logins are written to, instead of /dev/log (the setting auth.syslog turns them off)."),
        ("WARDEN_COMPLETE", "Set by the shell's completion script (source <(WARDEN_COMPLETE=bash warden)): warden then prints completions instead of running."),
        ("XDG_CONFIG_HOME", "The user's config file is $XDG_CONFIG_HOME/warden/config.toml, else ~/.config/warden/config.toml."),
        ("WARDEN_ACTOR", "Who is acting, a label for the audit log that grants nothing, when --actor is not given; then SUDO_USER, USER, LOGNAME (which cron sets) and the user name of the process's uid."),
        ("WARDEN_NOW", "A WHEN (any form below) that replaces the system clock, so scripts and tests can exercise expiry; a relative one (now, today, 2h) counts from the system clock."),
        ("XDG_DATA_HOME", "The default database is $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db."),
        ("NO_COLOR", "When set and not empty, no colour is used."),
    ];
    for (name, meaning) in env {
        roff.control("TP", []);
        roff.text([bold(*name)]);
        roff.text([roman(*meaning)]);
    }
    roff.control("SH", ["FILES"]);
    roff.control("TP", []);
    roff.text([
        bold("$XDG_CONFIG_HOME/warden/config.toml"),
        roman(", else "),
        bold("~/.config/warden/config.toml"),
        roman(", else "),
        bold("/etc/warden/config.toml"),
    ]);
    roff.text([roman(
        "The config file: the first of these that exists is read (WARDEN_CONFIG names another). \
         It is TOML and may set db (an absolute path or a PostgreSQL URL), used when neither --db nor \
         WARDEN_DB is given, and busy_timeout (a DURATION), used when --busy-timeout is not given. \
         It never holds a secret. It is refused, as the database is, unless it and the folders on the \
         way to it belong to the user running warden or root and no one else can write it. \
         `warden db info` says what chose the database.",
    )]);
    roff.control("TP", []);
    roff.text([bold("the database")]);
    roff.text([roman(
        "One SQLite database in WAL mode, created with mode 0600 (its folder 0700 when warden creates it). \
         Beside it SQLite keeps the -wal and -shm files while the database is in use; copy a database \
         with `warden db backup`, never with cp while it may be written.",
    )]);
    roff
}
