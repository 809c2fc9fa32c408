//! Talking to the person at the terminal: password input.
//!
//! A password is never an argument value. It comes from a hidden prompt on
//! a terminal (asked twice), the first line of standard input, or the first
//! line of a file; without a terminal and without either option the command
//! stops with a usage error that names the options.

use secrecy::ExposeSecret;
use std::io::{self, BufRead, IsTerminal, Read};
use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::output::stderr_line;
use crate::password::{read, Secret, MAX_BYTES};

/// Where a password comes from.
#[derive(Debug, Clone)]
pub enum PasswordInput {
    Prompt,
    Stdin,
    File(PathBuf),
}

/// How many times the prompt asks before giving up.
const PROMPT_TRIES: usize = 3;

fn no_terminal() -> Error {
    Error::usage("no terminal to ask for the password on")
        .with_hint("pipe it in with --password-stdin, or name a file with --password-file FILE")
}

fn read_from(input: &PasswordInput) -> Option<Result<Secret>> {
    match input {
        PasswordInput::Prompt => None,
        PasswordInput::Stdin => Some(read::from_stdin()),
        PasswordInput::File(path) => Some(read::from_file(path)),
    }
}

/// Reads and wipes the password a script piped in for a change that turned
/// out not to need it (`--if-not-exists` found the thing). Left unread, the
/// writer of `printf … | warden … --password-stdin` could die of SIGPIPE,
/// which `set -o pipefail` turns into the script's failure. What is read is
/// dropped, and a missing or bad line does not matter here.
pub fn discard_unused_password(input: &PasswordInput) {
    if let PasswordInput::Stdin = input {
        drop(read::from_stdin());
    }
}

/// Gets a new password and checks it with `validate`. On a terminal the
/// prompt asks twice; a mismatch or a refused password asks again, up to
/// three times.
pub fn read_new_password(
    input: &PasswordInput,
    who: &str,
    validate: &dyn Fn(&str) -> Result<()>,
) -> Result<Secret> {
    if let Some(secret) = read_from(input) {
        let secret = secret?;
        validate(secret.expose_secret())?;
        return Ok(secret);
    }
    if !io::stdin().is_terminal() {
        return Err(no_terminal());
    }
    for attempt in 1..=PROMPT_TRIES {
        let first = prompt(&format!(
            "New password for {}: ",
            crate::output::escape(who)
        ))?;
        if let Err(e) = validate(first.expose_secret()) {
            stderr_line(&e.message);
            if let Some(hint) = e.hint {
                stderr_line(&format!("hint: {hint}"));
            }
            continue;
        }
        let second = prompt("Repeat the password: ")?;
        if first.expose_secret() == second.expose_secret() {
            return Ok(first);
        }
        if attempt < PROMPT_TRIES {
            stderr_line("The passwords do not match; try again.");
        }
    }
    Err(Error::usage(format!(
        "no password was set after {PROMPT_TRIES} tries"
    )))
}

/// Gets an existing password (for a login check): one hidden prompt on a
/// terminal, or the first line of stdin or a file.
pub fn read_password(input: &PasswordInput, who: &str) -> Result<Secret> {
    if let Some(secret) = read_from(input) {
        return secret;
    }
    if !io::stdin().is_terminal() {
        return Err(no_terminal());
    }
    prompt(&format!("Password for {}: ", crate::output::escape(who)))
}

/// Asks before a destructive change, such as "delete user \"bob\"".
/// `--yes` answers for the user; without a terminal and without `--yes`
/// the change is refused (exit 5).
pub fn confirm(action: &str, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !can_ask() {
        return Err(Error::refused(format!(
            "will not {action} without confirmation, and there is no terminal to ask on"
        ))
        .with_hint("pass --yes to confirm; nothing was changed"));
    }
    let mut question = action.to_string();
    if let Some(first) = question.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    ask(&format!("{question}?"))
}

/// Whether there is a person to ask: standard input and standard error
/// are both terminals. A command whose input is a pipe (cron, a script,
/// names on stdin) never waits for an answer.
pub fn can_ask() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

/// Asks a yes/no question on the terminal (the default is no); a no is a
/// refusal (exit 5) that changed nothing. Call only when [`can_ask`].
pub fn ask(question: &str) -> Result<()> {
    let answer = dialoguer::Confirm::new()
        .with_prompt(crate::output::escape(question))
        .default(false)
        .interact()
        .map_err(|e| Error::failure(format!("cannot read the answer: {e}")))?;
    if answer {
        Ok(())
    } else {
        Err(Error::refused("not confirmed; nothing was changed"))
    }
}

/// Expands a name list for commands that take many: `-` reads more names
/// from stdin, one per line (blank lines and `#` comments skipped).
pub fn read_names(args: &[String]) -> Result<Vec<String>> {
    const MAX_NAMES: usize = 1_000_000;
    const MAX_LINE_BYTES: usize = 4096;
    let mut names = Vec::new();
    for arg in args {
        if arg != "-" {
            names.push(arg.clone());
            continue;
        }
        let mut stdin = io::stdin().lock();
        let mut buf = Vec::new();
        for number in 1.. {
            // A line is read only up to its limit, so a stream without line
            // breaks is refused without being held in memory.
            buf.clear();
            (&mut stdin)
                .take(MAX_LINE_BYTES as u64 + 1)
                .read_until(b'\n', &mut buf)
                .map_err(|e| Error::io("cannot read names from standard input", &e))?;
            if buf.is_empty() {
                break;
            }
            if buf.len() > MAX_LINE_BYTES && buf.last() != Some(&b'\n') {
                return Err(Error::usage(format!(
                    "line {number} of standard input is longer than {MAX_LINE_BYTES} bytes"
                ))
                .with_hint("give one name a line"));
            }
            let line = std::str::from_utf8(&buf).map_err(|_| {
                Error::usage(format!(
                    "line {number} of standard input is not valid UTF-8"
                ))
            })?;
            let name = line.trim();
            if name.is_empty() || name.starts_with('#') {
                continue;
            }
            if names.len() >= MAX_NAMES {
                return Err(Error::usage(format!(
                    "more than {MAX_NAMES} names on standard input"
                )));
            }
            names.push(name.to_string());
        }
    }
    if names.is_empty() {
        return Err(Error::usage("no names given")
            .with_hint("name them as arguments, or pass - and one name per line on stdin"));
    }
    Ok(names)
}

/// The terminal and its settings from before the first hidden prompt.
///
/// The settings are kept as the plain C struct (through nix's own libc),
/// not as nix's `Termios`: that type holds its struct in a `RefCell`, so
/// it cannot sit in a static read by a signal handler (it is not `Sync`,
/// and a handler could find it mid-borrow). The handler builds a `Termios`
/// on its own stack from a copy instead.
static TERMINAL: std::sync::OnceLock<(std::fs::File, nix::libc::termios)> =
    std::sync::OnceLock::new();

/// Puts the terminal's settings back and dies of the same signal. A hidden
/// prompt turns echo off; Ctrl-C (or a hang-up, or a kill) at the prompt
/// would otherwise leave the terminal silent after warden is gone. Only
/// async-signal-safe calls: copies on the stack, tcsetattr, write, signal
/// and raise; nothing allocates or locks.
extern "C" fn restore_terminal_and_die(signal: std::ffi::c_int) {
    use nix::sys::signal::{self, SigHandler, Signal};
    use nix::sys::termios::{tcsetattr, SetArg, Termios};
    if let Some((tty, saved)) = TERMINAL.get() {
        // On Linux nix's flag sets name every bit the kernel defines, so
        // the settings go back exactly as they were read.
        let _ = tcsetattr(tty, SetArg::TCSANOW, &Termios::from(*saved));
        let _ = nix::unistd::write(tty, b"\n");
    }
    let Ok(signal) = Signal::try_from(signal) else {
        return;
    };
    // SAFETY: signal and raise are async-signal-safe; the default action
    // ends the process as the signal would have, so the shell reports
    // 128 + signal.
    unsafe {
        let _ = signal::signal(signal, SigHandler::SigDfl);
    }
    let _ = signal::raise(signal);
}

/// Saves the terminal's settings once and restores them when a signal ends
/// the process, before the first hidden prompt changes them.
fn guard_terminal() {
    use nix::sys::signal::{self, SigHandler, Signal};
    if TERMINAL.get().is_some() {
        return;
    }
    let Ok(tty) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")
    else {
        return;
    };
    let Ok(settings) = nix::sys::termios::tcgetattr(&tty) else {
        return;
    };
    // The terminal stays open for the handler, for the process's life.
    if TERMINAL.set((tty, settings.into())).is_err() {
        return;
    }
    for signal in [Signal::SIGINT, Signal::SIGTERM, Signal::SIGHUP] {
        // SAFETY: the handler only makes async-signal-safe calls. A signal
        // that was ignored (under nohup, say) stays ignored.
        unsafe {
            let handler = SigHandler::Handler(restore_terminal_and_die);
            if let Ok(SigHandler::SigIgn) = signal::signal(signal, handler) {
                let _ = signal::signal(signal, SigHandler::SigIgn);
            }
        }
    }
}

fn prompt(text: &str) -> Result<Secret> {
    guard_terminal();
    let answer = rpassword::prompt_password(text)
        .map_err(|e| Error::io("cannot read the password from the terminal", &e))?;
    let answer = Secret::from(answer);
    if answer.expose_secret().len() > MAX_BYTES {
        return Err(Error::usage(format!(
            "the password is longer than {MAX_BYTES} bytes"
        )));
    }
    Ok(answer)
}
