//! The mail command: run without a shell, its time limited, its stderr
//! reduced to one line for the error.

use super::*;

/// What is wrong with `notify.command`'s program, when it could not run:
/// the program does not exist (or is not on `PATH`), is not a file, or is
/// not executable. `None` when it looks runnable or the command is empty.
pub fn command_problem(command: &str) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let program = command.split_ascii_whitespace().next()?;
    let shown = program;
    let check = |path: &std::path::Path| -> std::result::Result<(), String> {
        let meta = std::fs::metadata(path).map_err(|e| crate::error::io_reason(&e))?;
        if !meta.is_file() {
            return Err("it is not a file".into());
        }
        if meta.permissions().mode() & 0o111 == 0
            || nix::unistd::access(path, nix::unistd::AccessFlags::X_OK).is_err()
        {
            return Err("it is not executable".into());
        }
        Ok(())
    };
    if program.contains('/') {
        return check(std::path::Path::new(program))
            .err()
            .map(|why| format!("\"{shown}\" cannot be run: {why}"));
    }
    let found = std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| check(&dir.join(program)).is_ok())
    });
    (!found).then(|| format!("\"{shown}\" is not an executable program on this PATH"))
}

/// How often a running command is checked for having exited.
const POLL: Duration = Duration::from_millis(10);

/// How much of the command's stderr is kept for the error message.
const STDERR_KEPT: u64 = 64 * 1024;

/// The longest error text recorded from the command's stderr.
pub(super) const ERROR_CHARS: usize = 200;

/// The configured mail command, split on ASCII whitespace and run
/// directly: no shell, so nothing in a message can reach one.
pub(super) struct Mailer {
    pub(super) argv: Vec<String>,
    pub(super) timeout: Duration,
}

impl Mailer {
    /// Pipes one message to a fresh run of the command. Its stdout is
    /// discarded and its stderr kept for the error; it runs in a process
    /// group of its own, so a timeout kills whatever it started too.
    pub(super) fn deliver(&self, message: &[u8]) -> std::result::Result<(), String> {
        let Some((program, args)) = self.argv.split_first() else {
            return Err("notify.command is empty".into());
        };
        let mut child = Command::new(program)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .process_group(0)
            .spawn()
            .map_err(|e| {
                format!(
                    "cannot run \"{}\": {}",
                    program,
                    crate::error::io_reason(&e)
                )
            })?;
        // Threads feed and drain the pipes, so a command that writes a lot
        // before it reads (or the reverse) cannot deadlock with warden. A
        // command may exit without reading everything: its exit status
        // decides, so write errors are ignored.
        if let Some(mut stdin) = child.stdin.take() {
            let message = message.to_vec();
            thread::spawn(move || {
                let _ = stdin.write_all(&message);
            });
        }
        if let Some(mut stdout) = child.stdout.take() {
            thread::spawn(move || {
                let _ = io::copy(&mut stdout, &mut io::sink());
            });
        }
        let (kept_tx, kept_rx) = mpsc::channel();
        if let Some(mut stderr) = child.stderr.take() {
            thread::spawn(move || {
                let mut kept = Vec::new();
                let _ = (&mut stderr).take(STDERR_KEPT).read_to_end(&mut kept);
                let _ = io::copy(&mut stderr, &mut io::sink());
                let _ = kept_tx.send(kept);
            });
        }

        let deadline = Instant::now() + self.timeout;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) => {}
                Err(e) => {
                    kill_group(&mut child);
                    return Err(format!(
                        "cannot wait for \"{}\": {}",
                        program,
                        crate::error::io_reason(&e)
                    ));
                }
            }
            let now = Instant::now();
            if now >= deadline {
                kill_group(&mut child);
                return Err(format!("timed out after {}", format_duration(self.timeout)));
            }
            thread::sleep(POLL.min(deadline - now));
        };
        if status.success() {
            return Ok(());
        }
        let what = match (status.code(), status.signal()) {
            (Some(code), _) => format!("exit status {code}"),
            (None, Some(signal)) => format!("killed by signal {signal}"),
            (None, None) => "failed".into(),
        };
        // Something the command left running may hold stderr open: wait
        // for it no longer than the timeout allows.
        let stderr = kept_rx
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_default();
        match first_line(&stderr) {
            Some(line) => Err(format!("{what}: {line}")),
            None => Err(what),
        }
    }
}

/// Kills the command and everything in its process group, and reaps it.
fn kill_group(child: &mut Child) {
    let group = i32::try_from(child.id()).map(nix::unistd::Pid::from_raw);
    let killed = group
        .is_ok_and(|pid| nix::sys::signal::killpg(pid, nix::sys::signal::Signal::SIGKILL).is_ok());
    if !killed {
        let _ = child.kill();
    }
    let _ = child.wait();
}

/// The first non-blank line of the command's stderr, escaped and clipped
/// to [`ERROR_CHARS`] characters.
pub(super) fn first_line(stderr: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(stderr);
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let escaped = escape(line);
    if escaped.chars().count() <= ERROR_CHARS {
        return Some(escaped);
    }
    let mut clipped: String = escaped.chars().take(ERROR_CHARS - 3).collect();
    clipped.push_str("...");
    Some(clipped)
}
