//! The generated files: completion scripts and man pages, rendered from
//! the clap definitions. The checked-in copies under `completions/` and
//! `man/` are compared with these by a test, which rewrites them when run
//! with `WARDEN_REGENERATE=1`.

use clap_complete::Shell;
use clap_mangen::roff::{bold, roman, Roff};
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
    collect(&cmd, true, &mut pages)?;
    pages.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(pages)
}

fn collect(
    cmd: &clap::Command,
    root: bool,
    pages: &mut Vec<(String, Vec<u8>)>,
) -> std::io::Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, false, pages)?;
    }
    let man = Man::new(cmd.clone())
        .date("")
        .source(concat!("warden ", env!("CARGO_PKG_VERSION")))
        .manual("warden manual");
    let mut buf = Vec::new();
    if root {
        man.render_title(&mut buf)?;
        man.render_name_section(&mut buf)?;
        man.render_synopsis_section(&mut buf)?;
        man.render_description_section(&mut buf)?;
        man.render_options_section(&mut buf)?;
        man.render_subcommands_section(&mut buf)?;
        root_sections().to_writer(&mut buf)?;
        man.render_version_section(&mut buf)?;
    } else if man.get_filename() == "warden-apply.1" {
        // The file format is a section of its own (instead of clap's
        // "EXTRA"), with the example printed as written.
        let plain = cmd.clone().after_long_help(None::<&str>);
        let man = Man::new(plain)
            .date("")
            .source(concat!("warden ", env!("CARGO_PKG_VERSION")))
            .manual("warden manual");
        man.render(&mut buf)?;
        let page = String::from_utf8_lossy(&buf).into_owned();
        let section = file_format(super::apply::FORMAT).to_roff();
        // Every rendering starts with the same two-line preamble; the page
        // has it already.
        let section: String = section
            .lines()
            .skip_while(|l| l.starts_with(".ie ") || l.starts_with(".el "))
            .map(|l| format!("{l}\n"))
            .collect();
        let at = page.find(".SH VERSION").unwrap_or(page.len());
        buf = format!("{}{section}{}", &page[..at], &page[at..]).into_bytes();
    } else {
        man.render(&mut buf)?;
    }
    pages.push((man.get_filename(), buf));
    Ok(())
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
    for (code, meaning) in crate::error::EXIT_CODES {
        roff.control("TP", []);
        roff.text([bold(code.to_string())]);
        roff.text([roman(*meaning)]);
    }
    roff.control("SH", ["TIMES"]);
    roff.text([roman(
        "A WHEN is 2026-03-01 (local midnight), \"2026-03-01 14:30\" (local time), an RFC 3339 time, \
         now, today, yesterday or tomorrow (local midnight), a weekday name such as monday or mon \
         (the next one at local midnight, 1 to 7 days ahead, never today; next monday says the same), \
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
