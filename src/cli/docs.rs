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
    } else {
        man.render(&mut buf)?;
    }
    pages.push((man.get_filename(), buf));
    Ok(())
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
    roff.control("SH", ["ENVIRONMENT"]);
    let env: &[(&str, &str)] = &[
        ("WARDEN_DB", "The database file, when --db is not given."),
        ("WARDEN_ACTOR", "Who is acting, for the audit log, when --actor is not given; then SUDO_USER, then USER."),
        ("WARDEN_NOW", "An RFC 3339 time that replaces the system clock, so scripts and tests can exercise expiry."),
        ("XDG_DATA_HOME", "The default database is $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db."),
        ("NO_COLOR", "When set and not empty, no colour is used."),
    ];
    for (name, meaning) in env {
        roff.control("TP", []);
        roff.text([bold(*name)]);
        roff.text([roman(*meaning)]);
    }
    roff.control("SH", ["FILES"]);
    roff.text([roman(
        "One SQLite database in WAL mode, created with mode 0600 (its folder 0700 when warden creates it). \
         Beside it SQLite keeps the -wal and -shm files while the database is in use; copy a database \
         with `warden db backup`, never with cp while it may be written.",
    )]);
    roff
}
