//! The command line: clap definitions and dispatch, one folder per noun and
//! one file per verb. A command turns its arguments into plain values, calls
//! an operation in `ops`, and renders the result; it holds no rules itself.

pub mod account;
pub mod apply;
pub mod audit;
pub mod backup_user;
pub mod complete;
pub mod completions;
pub mod config;
pub mod db;
pub mod docs;
pub mod examples;
pub mod exit;
pub mod expiring;
pub mod init;
pub mod maintenance;
pub mod notify;
pub mod role;
pub mod settings;
pub mod strategy;
pub mod user;

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::error::{Error, Result};
use crate::ops::Ctx;
use crate::output::Output;
use crate::store::{OpenOptions, Store};
use crate::ui::PasswordInput;

const ABOUT: &str =
    "Administer the people, roles, stand-ins and backup accounts of a backup service";

const LONG_ABOUT: &str = "\
warden administers the users, roles, backup users, backup accounts and retention \
strategies of a backup service, kept in one local SQLite file or, when several hosts \
share one user base, in a PostgreSQL database (--db postgresql://USER@HOST/DATABASE). \
Every change is one transaction and is recorded in an append-only audit log.

Start with `warden init`, which creates the database, its root account and the first \
admin user.

Who may run warden: warden performs no authorisation of its own. Whoever can write \
the database file can make any change, as whoever can write /etc/shadow can; the \
file's permissions are the authority: keep it 0600, owned by the user who runs warden \
(or root), in a folder only that user can write; warden refuses anything else. --actor, WARDEN_ACTOR and SUDO_USER only name \
who acts in the audit log; they grant nothing.";

/// The topic manual pages beside the commands' own: name, section, what
/// each tells, and the commands whose pages point to it.
pub const TOPICS: &[(&str, &str, &str, &[&str])] = &[
    (
        "warden-config",
        "5",
        "where warden finds its database, and every setting",
        &["settings", "init", "db"],
    ),
    (
        "warden-files",
        "5",
        "the import CSV, JSON Lines and htpasswd files, and the apply TOML",
        &["user import", "user export", "apply"],
    ),
    (
        "warden-concepts",
        "7",
        "how users, roles, accounts, strategies and stand-ins behave",
        &[
            "user",
            "role",
            "account",
            "strategy",
            "backup-user",
            "maintenance",
            "notify",
            "expiring",
        ],
    ),
    (
        "warden-security",
        "7",
        "the threat model, the database file's safety, the decisions",
        &["db", "audit", "user verify"],
    ),
    (
        "warden-postgres",
        "7",
        "several hosts on PostgreSQL: set-up, roles, TLS, failover",
        &["db", "init"],
    ),
    (
        "warden-recipes",
        "7",
        "cron, the systemd timer, CI, syslog, fail2ban, PAM, completion",
        &["maintenance", "user verify", "completions", "notify send"],
    ),
];

/// The end of `warden --help`: where to read more, then the exit codes.
fn exit_codes_help() -> String {
    let mut text = String::from("Manual pages beside each command's own (man warden-user-add):\n");
    for (name, section, what, _) in TOPICS {
        text.push_str(&format!("  {:<20} {what}\n", format!("{name}({section})")));
    }
    text.push_str("\nExit codes:\n");
    for (code, meaning) in exit::EXIT_CODES {
        text.push_str(&format!("  {code}  {meaning}\n"));
    }
    text
}

#[derive(Debug, Parser)]
#[command(name = "warden", version, about = ABOUT, long_about = LONG_ABOUT)]
#[command(propagate_version = true, max_term_width = 100)]
pub struct Line<C: Subcommand> {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: C,
}

/// A parsed command line.
pub type Cli = Line<Command>;

/// Options every command takes, shown after each command's own.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]
    #[arg(
        long,
        global = true,
        value_name = "PATH|URL",
        env = "WARDEN_DB",
        hide_env_values = true
    )]
    pub db: Option<PathBuf>,

    /// Whether `db` came from WARDEN_DB rather than --db.
    #[arg(skip)]
    pub db_from_env: bool,

    /// Print results as one JSON document, and errors as a JSON object on stderr
    #[arg(long, global = true)]
    pub json: bool,

    /// Answer yes to confirmations (needed for destructive commands without a terminal)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,

    /// Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]
    #[arg(
        long,
        global = true,
        value_name = "NAME",
        env = "WARDEN_ACTOR",
        hide_env_values = true
    )]
    pub actor: Option<String>,

    /// How long to wait for another process's lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_busy_timeout)]
    pub busy_timeout: Option<Duration>,
}

/// A DURATION argument, for clap's `value_parser`.
pub fn parse_duration_arg(text: &str) -> std::result::Result<Duration, String> {
    crate::time::parse_duration(text).map_err(|e| e.message)
}

fn parse_busy_timeout(text: &str) -> std::result::Result<Duration, String> {
    let d = parse_duration_arg(text)?;
    if d > Duration::from_secs(86_400) {
        return Err("the busy timeout is at most 24h".into());
    }
    Ok(d)
}

/// Declares a list of subcommands twice: the enum itself, which the
/// whole tree and the parsed line use, and a deferred twin, whose
/// commands' arguments and subcommands are built only when a command
/// line reaches them. A group's twin holds its own twin (the type after
/// `=>`), so `user show` builds the `user` group's names and `show`'s
/// arguments, nothing else.
macro_rules! subcommands {
    ($vis:vis enum $name:ident, deferred $deferred:ident {
        $($variant:ident($args:ty $(=> $lazy:ty)?),)*
    }) => {
        #[derive(Debug, clap::Subcommand)]
        $vis enum $name {
            $($variant($args),)*
        }

        /// Only parsed into the matches of the enum above, never
        /// constructed.
        #[derive(clap::Subcommand)]
        #[command(defer = true)]
        #[allow(dead_code)]
        $vis enum $deferred {
            $($variant($crate::cli::subcommands!(@twin $args $(=> $lazy)?)),)*
        }
    };
    (@twin $args:ty) => { $args };
    (@twin $args:ty => $lazy:ty) => { $lazy };
}
pub(crate) use subcommands;

subcommands! {
    pub enum Command, deferred Deferred {
        Init(init::InitArgs),
        User(user::UserArgs => user::Deferred),
        Role(role::RoleArgs => role::Deferred),
        BackupUser(backup_user::BackupUserArgs => backup_user::Deferred),
        Account(account::AccountArgs => account::Deferred),
        Strategy(strategy::StrategyArgs => strategy::Deferred),
        Settings(settings::SettingsArgs => settings::Deferred),
        Notify(notify::NotifyArgs => notify::Deferred),
        Audit(audit::AuditArgs),
        Maintenance(maintenance::MaintenanceArgs),
        Expiring(expiring::ExpiringArgs),
        Apply(apply::ApplyArgs),
        Db(db::DbArgs => db::Deferred),
        Completions(completions::CompletionsArgs),
    }
}

/// How a new password is given (SPEC §3: never as an argument value).
#[derive(Debug, Args)]
pub struct PasswordArgs {
    /// Read the password from the first line of standard input
    #[arg(long, conflicts_with = "password_file")]
    pub password_stdin: bool,

    /// Read the password from the first line of FILE
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
}

impl PasswordArgs {
    pub fn input(&self) -> PasswordInput {
        match (&self.password_file, self.password_stdin) {
            (Some(path), _) => PasswordInput::File(path.clone()),
            (None, true) => PasswordInput::Stdin,
            (None, false) => PasswordInput::Prompt,
        }
    }
}

/// The whole clap command tree, with each command's examples at the end
/// of its long help and the exit codes at the end of `warden --help`:
/// what `--help`, completions and man pages are made from.
pub fn command() -> clap::Command {
    examples::attach(Cli::command().after_long_help(exit_codes_help()))
}

/// The tree a command line needs. When it may ask for help (`--help`,
/// `-h`, `help`), the whole tree with the examples, which only help shows.
/// When it names `audit`, the whole tree without them: `audit` has an
/// `--actor` of its own beside the global one, and a deferred command
/// would receive the global option before its own (see [`parse_from`]).
/// Otherwise the deferred tree, in which only the commands the words
/// reach are built: `--version` builds none, `user show` the `user`
/// group. A word that only looks like one of these (a user named `help`
/// or `audit`) costs the larger tree, never a different answer; the
/// tests parse every command line of the suite both ways.
fn command_for(args: &[std::ffi::OsString]) -> clap::Command {
    let words = || args.iter().skip(1).map(|arg| arg.to_string_lossy());
    let asks_for_help = words().any(|arg| {
        arg == "help"
            || arg == "--help"
            || (arg.starts_with('-') && !arg.starts_with("--") && arg.contains('h'))
    });
    if asks_for_help {
        command()
    } else if words().any(|arg| arg == "audit") {
        Cli::command()
    } else if words().any(|arg| Command::has_subcommand(&arg)) {
        Line::<Deferred>::command()
    } else {
        // No command named (`warden --version`): the root alone, which
        // answers the version; anything else it refuses, and the whole
        // tree answers again.
        Line::<NoCommand>::command()
    }
}

/// No command at all: the root of a line that names none.
#[derive(Subcommand)]
enum NoCommand {}

/// Parses the process's arguments. The tree is left to the process's
/// end rather than freed: the process parses once and exits soon, and
/// freeing costs about as much as building the part the words reached.
pub fn parse() -> std::result::Result<Cli, clap::Error> {
    parse_args(std::env::args_os().collect(), std::mem::forget)
}

/// Parses a command line (the program name first).
///
/// `audit --actor NAME` filters the log by actor, and `--actor` is also
/// the global option naming who acts. clap hands a global option's value
/// to every level of the command line, so `WARDEN_ACTOR=ci warden audit`
/// or `warden --actor ops audit` would filter by that actor without
/// anyone asking. The filter is therefore read again from a second parse
/// in which the global `--actor` is neither global nor read from the
/// environment: only what is written after `audit` fills it.
///
/// A line that fails to parse is parsed again with the whole tree, so
/// that errors and help show what only the whole tree knows (the other
/// commands' descriptions, the closest names); the version, which needs
/// nothing more, is answered at once.
pub fn parse_from(args: Vec<std::ffi::OsString>) -> std::result::Result<Cli, clap::Error> {
    parse_args(args, drop)
}

fn parse_args(
    args: Vec<std::ffi::OsString>,
    dispose: fn(clap::Command),
) -> std::result::Result<Cli, clap::Error> {
    let mut tree = command_for(&args);
    let parsed = parse_with(&mut tree, &args);
    dispose(tree);
    match parsed {
        Err(e) if e.kind() != clap::error::ErrorKind::DisplayVersion => parse_from_whole_tree(args),
        parsed => parsed,
    }
}

/// Parses a command line with the whole tree, as `--help` sees it: what
/// [`parse_from`] must always agree with.
pub fn parse_from_whole_tree(
    args: Vec<std::ffi::OsString>,
) -> std::result::Result<Cli, clap::Error> {
    parse_with(&mut command(), &args)
}

fn parse_with(
    tree: &mut clap::Command,
    args: &[std::ffi::OsString],
) -> std::result::Result<Cli, clap::Error> {
    let matches = tree.try_get_matches_from_mut(args)?;
    let mut cli = Cli::from_arg_matches(&matches)?;
    cli.global.db_from_env =
        matches.value_source("db") == Some(clap::parser::ValueSource::EnvVariable);
    if let Command::Audit(audit) = &mut cli.command {
        let local = command_for(args)
            .mut_arg("actor", |arg| arg.global(false).env(None))
            .try_get_matches_from(args)?;
        audit.actor = local
            .subcommand_matches("audit")
            .and_then(|m| m.get_one::<String>("actor"))
            .cloned();
    }
    Ok(cli)
}

/// Where the command line sends its lines for the system log (logins, the
/// audit head): `WARDEN_SYSLOG_SOCKET` when set, else the system log.
pub(crate) fn syslog() -> crate::authlog::Syslog {
    match std::env::var_os("WARDEN_SYSLOG_SOCKET").filter(|p| !p.is_empty()) {
        Some(path) => crate::authlog::Syslog::Socket(path.into()),
        None => crate::authlog::Syslog::System,
    }
}

/// What every command needs besides its own arguments.
pub struct Session {
    pub db: PathBuf,
    /// What chose the database.
    pub db_source: DbSource,
    /// The config file read, if any.
    pub config_file: Option<PathBuf>,
    pub open: OpenOptions,
    pub ctx: Ctx,
    pub yes: bool,
}

impl Session {
    fn new(global: &GlobalArgs) -> Result<Session> {
        // A config file is read only when it could matter: a broken one
        // stands in the way of no command that names its database and
        // its timeout.
        let config = if global.db.is_some() && global.busy_timeout.is_some() {
            config::Config::default()
        } else {
            config::load()?
        };
        let given = global.db.clone().map(|db| {
            let source = if global.db_from_env {
                DbSource::Env
            } else {
                DbSource::Flag
            };
            (db, source)
        });
        let (db, db_source) = choose_database(given, &config)?;
        Ok(Session {
            db,
            db_source,
            config_file: config.file,
            open: OpenOptions {
                busy_timeout: global
                    .busy_timeout
                    .or(config.busy_timeout)
                    .unwrap_or(Duration::from_secs(5)),
                password_file: crate::store::password_file_from_env(),
                ..OpenOptions::default()
            },
            ctx: Ctx {
                now: crate::time::now()?,
                actor: actor(global.actor.as_deref())?,
            },
            yes: global.yes,
        })
    }

    /// The warden command line that runs `args` on this session's
    /// database, for people to copy and run. A database named by --db or
    /// WARDEN_DB is spelled out as an absolute --db, since the shell the
    /// line is run in may not have the variable or the same folder; each
    /// word is quoted for a POSIX shell where it needs to be.
    pub fn command_line(&self, args: &[&str]) -> String {
        let mut words = vec!["warden".to_string()];
        if matches!(self.db_source, DbSource::Flag | DbSource::Env) {
            let db = if crate::store::is_postgres_url(&self.db) {
                self.db.clone()
            } else {
                std::path::absolute(&self.db).unwrap_or_else(|_| self.db.clone())
            };
            words.push("--db".into());
            words.push(shell_word(&db.to_string_lossy()));
        }
        words.extend(args.iter().map(|a| shell_word(a)));
        words.join(" ")
    }

    /// Opens the existing database and shows any warning about it.
    pub fn open(&self, out: &Output) -> Result<Store> {
        let mut store = Store::open(&self.db, &self.open).map_err(|e| self.explain_denied(e))?;
        for warning in store.take_warnings() {
            out.warn(&warning);
        }
        Ok(store)
    }

    /// A name that does not exist, with the nearest that does when one is
    /// close (`no role "operatr"; did you mean "operator"?`): read on this
    /// error path only, from the same database, read-only, waiting a
    /// moment at most for a writer; any trouble leaves the error as it is.
    fn nearest_name(&self, mut err: crate::error::Error) -> crate::error::Error {
        let Some((kind, name)) = err.missing.clone() else {
            return err;
        };
        let opts = OpenOptions {
            busy_timeout: Duration::from_millis(200),
            password_file: crate::store::password_file_from_env(),
            ..Default::default()
        };
        let known = Store::open_to_read(&self.db, &opts)
            .and_then(|mut store| crate::ops::names::near(&mut store, kind, &name, 100_000));
        let known = known.unwrap_or_default();
        let known: Vec<&str> = known
            .iter()
            .map(String::as_str)
            .filter(|k| *k != name)
            .collect();
        if let Some(near) = crate::suggest::nearest(&name, &known) {
            err.message.push_str(&format!("; did you mean \"{near}\"?"));
        }
        err
    }

    /// A database another user's permissions keep from this one (root's,
    /// chosen by /etc/warden/config.toml, say) gets a hint that says so
    /// and what to do: run as its owner, or use a database of one's own.
    pub fn explain_denied(&self, err: crate::error::Error) -> crate::error::Error {
        if crate::store::is_postgres_url(&self.db) || nix::unistd::geteuid().is_root() {
            return err;
        }
        // access(2) asks without opening anything (a FIFO named as the
        // database would block an open): the file must be readable and
        // writable, and its folder writable for SQLite's side files.
        use nix::unistd::{access, AccessFlags};
        let denied =
            |path: &std::path::Path, flags| access(path, flags) == Err(nix::errno::Errno::EACCES);
        let folder = self
            .db
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new("."));
        let db_denied = denied(&self.db, AccessFlags::R_OK | AccessFlags::W_OK);
        // A folder closed to this user matters when the file cannot even
        // be seen (or is to be made, by init).
        let folder_denied =
            !self.db.exists() && denied(folder, AccessFlags::W_OK | AccessFlags::X_OK);
        if !db_denied && !folder_denied {
            return err;
        }
        // The first place on the way whose owner can be seen.
        let owner = self
            .db
            .ancestors()
            .find_map(|p| std::fs::metadata(p).ok())
            .and_then(|m| {
                use std::os::unix::fs::MetadataExt;
                nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(m.uid()))
                    .ok()
                    .flatten()
            })
            .map_or_else(|| "another user".to_string(), |u| u.name);
        let sudo = if owner == "root" {
            "run the command with sudo"
        } else {
            "run the command as its owner"
        };
        err.with_hint(format!(
            "the database {} is {owner}'s (chosen by {}) and you may not use it: {sudo}, or use a database of your own with WARDEN_DB or --db (`WARDEN_DB=~/warden.db warden init` makes one)",
            self.db.display(),
            self.db_source
        ))
    }
}

/// A word as a POSIX shell reads it back: as it is when it holds only
/// characters no shell treats specially, else in single quotes. Control
/// characters are escaped, so the line prints inertly (such a word no
/// longer runs as it was, but it is never passed to a terminal raw).
fn shell_word(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "%+,-./:@_".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        return word.to_string();
    }
    format!("'{}'", crate::output::escape(word).replace('\'', r"'\''"))
}

/// What chose the database: `--db`, `WARDEN_DB`, a config file, or the
/// XDG default, in that order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbSource {
    Flag,
    Env,
    Config(PathBuf),
    Default,
}

impl DbSource {
    /// The name `db info --json` gives it.
    pub fn key(&self) -> &'static str {
        match self {
            DbSource::Flag => "flag",
            DbSource::Env => "env",
            DbSource::Config(_) => "config",
            DbSource::Default => "default",
        }
    }
}

impl std::fmt::Display for DbSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DbSource::Flag => f.write_str("--db"),
            DbSource::Env => f.write_str("WARDEN_DB"),
            DbSource::Config(file) => write!(f, "db in {}", file.display()),
            DbSource::Default => {
                f.write_str("the default (no --db, WARDEN_DB or db in a config file)")
            }
        }
    }
}

/// The database named on the command line or in WARDEN_DB (with which),
/// else by the config file, else the XDG default.
pub fn choose_database(
    given: Option<(PathBuf, DbSource)>,
    config: &config::Config,
) -> Result<(PathBuf, DbSource)> {
    let (db, source) = match (given, &config.db, &config.file) {
        (Some(given), _, _) => given,
        (None, Some(db), Some(file)) => (db.clone(), DbSource::Config(file.clone())),
        _ => (default_database()?, DbSource::Default),
    };
    if db.as_os_str().is_empty() {
        return Err(Error::usage("the database path is empty")
            .with_hint("give --db PATH, or unset WARDEN_DB"));
    }
    Ok((db, source))
}

/// The XDG data folder's database.
fn default_database() -> Result<PathBuf> {
    let env_dir = |name: &str| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    if let Some(data) = env_dir("XDG_DATA_HOME") {
        return Ok(data.join("warden").join("warden.db"));
    }
    if let Some(home) = env_dir("HOME") {
        return Ok(home.join(".local/share/warden/warden.db"));
    }
    Err(
        Error::usage("cannot tell where the database is: neither XDG_DATA_HOME nor HOME is set")
            .with_hint("give --db PATH, set WARDEN_DB, or set db in /etc/warden/config.toml"),
    )
}

/// `--actor`, `WARDEN_ACTOR`, `SUDO_USER`, `USER`, `LOGNAME` (which cron
/// sets), the user name of the process's uid, else "unknown". A label for
/// the audit log, never an authorisation.
fn actor(given: Option<&str>) -> Result<String> {
    let from_env = || {
        ["SUDO_USER", "USER", "LOGNAME"]
            .iter()
            .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()))
    };
    let from_uid = || {
        nix::unistd::User::from_uid(nix::unistd::getuid())
            .ok()
            .flatten()
            .map(|user| user.name)
            .filter(|name| !name.is_empty())
    };
    let name = match given {
        Some(name) => name.to_string(),
        None => from_env()
            .or_else(from_uid)
            .unwrap_or_else(|| "unknown".to_string()),
    };
    if name.is_empty() || name.len() > 128 || name.chars().any(char::is_control) {
        return Err(Error::usage(
            "the actor name must be 1 to 128 characters without control characters",
        )
        .with_hint("set --actor NAME or WARDEN_ACTOR"));
    }
    Ok(name)
}

/// Runs a parsed command line.
pub fn run(cli: Cli, out: &mut Output) -> Result<()> {
    // `completions` needs neither a database nor a clock.
    if let Command::Completions(args) = &cli.command {
        completions::run(args, out)?;
        return out.flush();
    }
    let session = Session::new(&cli.global)?;
    match &cli.command {
        Command::Init(args) => init::run(args, &session, out),
        Command::User(args) => user::run(args, &session, out),
        Command::Role(args) => role::run(args, &session, out),
        Command::BackupUser(args) => backup_user::run(args, &session, out),
        Command::Account(args) => account::run(args, &session, out),
        Command::Strategy(args) => strategy::run(args, &session, out),
        Command::Settings(args) => settings::run(args, &session, out),
        Command::Notify(args) => notify::run(args, &session, out),
        Command::Audit(args) => audit::run(args, &session, out),
        Command::Maintenance(args) => maintenance::run(args, &session, out),
        Command::Expiring(args) => expiring::run(args, &session, out),
        Command::Apply(args) => apply::run(args, &session, out),
        Command::Db(args) => db::run(args, &session, out),
        Command::Completions(args) => completions::run(args, out),
    }
    .map_err(|e| session.nearest_name(e))?;
    out.flush()
}

/// Handles a command line clap could not parse: help and version go to
/// stdout with exit 0; anything else is a usage error (exit 2), printed
/// like every other error: one `error:` line and a `hint:` line, or one
/// JSON object when `--json` was among the arguments.
pub fn parse_error(err: clap::Error) -> u8 {
    use clap::error::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let _ = err.print();
        return 0;
    }
    let json = std::env::args_os().any(|a| a == "--json");
    if matches!(
        err.kind(),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        return missing_subcommand(json);
    }
    let text = err.to_string();
    // The message may go on over several lines (the missing arguments,
    // say); the usage and tips that follow are for terminals.
    let message = text
        .lines()
        .take_while(|l| !l.starts_with("Usage:"))
        .map(str::trim)
        .filter(|l| {
            !l.is_empty() && !l.starts_with("tip:") && !l.starts_with("For more information")
        })
        .collect::<Vec<_>>()
        .join(" ");
    let message = message.trim_start_matches("error: ");
    let hint = match text.lines().find_map(|l| l.trim().strip_prefix("tip: ")) {
        Some(tip) => tip.to_string(),
        None => format!("run `{} --help` for the usage", command_path()),
    };
    Output::new(json, false).error(&Error::usage(message).with_hint(hint));
    2
}

/// `warden` or `warden user` alone: the usage and the list of
/// subcommands on stderr, exit 2, whatever the environment holds. With
/// `--json`, one error object naming the subcommands.
fn missing_subcommand(json: bool) -> u8 {
    let (path, mut cmd) = named_command();
    if json {
        let names: Vec<&str> = cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set())
            .map(|s| s.get_name())
            .collect();
        let error = Error::usage(format!("`{path}` needs a subcommand: {}", names.join(", ")))
            .with_hint(format!("run `{path} --help` for the usage"));
        Output::new(true, false).error(&error);
    } else {
        let help = cmd.render_help().to_string();
        let _ = std::io::Write::write_all(&mut std::io::stderr(), help.as_bytes());
    }
    2
}

/// The command the arguments name ("warden user add"), so the hint points
/// at the help that explains it.
fn command_path() -> String {
    named_command().0
}

/// The deepest command the arguments name, with its path.
fn named_command() -> (String, clap::Command) {
    let mut cmd = command();
    cmd.build();
    let mut path = vec!["warden".to_string()];
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let Some(word) = arg.to_str() else { continue };
        // The value of an option is never a subcommand: `--actor user`.
        let takes_value = cmd
            .get_arguments()
            .filter(|a| a.get_action().takes_values())
            .any(|a| {
                a.get_long()
                    .is_some_and(|long| word.strip_prefix("--") == Some(long))
            });
        if takes_value {
            args.next();
            continue;
        }
        if let Some(sub) = cmd.find_subcommand(word).cloned() {
            path.push(word.to_string());
            cmd = sub;
        }
    }
    (path.join(" "), cmd)
}

#[cfg(test)]
mod tests {
    use super::shell_word;

    /// What a parse gives, as text: the parsed line, or the error as
    /// clap renders it.
    fn parsed(result: std::result::Result<super::Cli, clap::Error>) -> String {
        match result {
            Ok(cli) => format!("{cli:?}"),
            Err(e) => format!("{:?}: {}", e.kind(), e.render()),
        }
    }

    #[test]
    fn the_deferred_tree_parses_as_the_whole_tree_does() {
        // Good lines at every depth, and the mistakes clap answers itself;
        // the examples of every command are compared too (tests/cli/help.rs).
        let lines = [
            "warden --version",
            "warden -V",
            "warden --db /tmp/x.db --json --version",
            "warden --actor user --version",
            "warden --json",
            "warden --bogus",
            "warden user --version",
            "warden --json user show alice",
            "warden user show alice --json --db /tmp/x.db",
            "warden --actor ops user add bob --role viewer --password-stdin",
            "warden user add bob --role viewer --password-stdin --yes -q",
            "warden account tree --busy-timeout 2s",
            "warden user list --json --role admin",
            "warden db check",
            "warden apply site.toml --dry-run",
            "warden completions bash",
            "warden audit --actor ops --since 1h",
            "warden --actor ci audit",
            "warden",
            "warden user",
            "warden usr show alice",
            "warden user shwo alice",
            "warden user show",
            "warden user show alice --jsn",
            "warden user add bob --password alice",
            "warden account tree --busy-timeout forever",
            "warden --busy-timeout 48h user list",
            "warden user list --limit -3",
            "warden audit --since yesterday --actor",
        ];
        for line in lines {
            let args: Vec<std::ffi::OsString> = line.split(' ').map(Into::into).collect();
            assert_eq!(
                parsed(super::parse_from(args.clone())),
                parsed(super::parse_from_whole_tree(args)),
                "{line}"
            );
        }
    }

    #[test]
    fn shell_words_are_quoted_only_when_a_shell_would_change_them() {
        assert_eq!(shell_word("acme-eu"), "acme-eu");
        assert_eq!(
            shell_word("/var/lib/warden/warden.db"),
            "/var/lib/warden/warden.db"
        );
        assert_eq!(shell_word("/srv/my db"), "'/srv/my db'");
        assert_eq!(shell_word("it's"), r"'it'\''s'");
        assert_eq!(shell_word("$HOME;rm"), "'$HOME;rm'");
        assert_eq!(shell_word("=ls"), "'=ls'");
        assert_eq!(shell_word("~root"), "'~root'");
        assert_eq!(shell_word(""), "''");
        assert_eq!(shell_word("a\nb"), r"'a\nb'");
    }
}
