//! Reading passwords from standard input and files, with one set of
//! limits: at most [`MAX_BYTES`] bytes, one trailing newline removed,
//! valid UTF-8, no NUL. Prompts on a terminal are the front end's; these
//! are what a script or an `apply` file gives.

use std::io::{self, BufRead, Read};
use std::path::Path;

use zeroize::Zeroizing;

use super::{Secret, MAX_BYTES};
use crate::error::{Error, Result};

/// One line read as a password, before the caller names what is missing.
enum PasswordLine {
    /// The input ended before this line began.
    Missing,
    /// The line is there but holds nothing.
    Empty,
    Given(Secret),
}

/// Reads the next line of `reader` as a password: at most [`MAX_BYTES`]
/// bytes (refused as soon as more arrive, without reading the rest), one
/// trailing `\n` or `\r\n` removed, valid UTF-8.
/// Reads exactly through the newline, so a second password on the next
/// line is still there for the next call.
fn next_line<R: BufRead>(reader: &mut R, source: &str) -> Result<PasswordLine> {
    let limit = MAX_BYTES as u64 + 2;
    let mut buf = Zeroizing::new(Vec::with_capacity(64));
    reader
        .take(limit + 1)
        .read_until(b'\n', &mut buf)
        .map_err(|e| Error::io(format!("cannot read the password from {source}"), &e))?;
    if buf.is_empty() {
        return Ok(PasswordLine::Missing);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    }
    if buf.len() > MAX_BYTES {
        return Err(Error::usage(format!(
            "the password from {source} is longer than {MAX_BYTES} bytes"
        )));
    }
    if buf.is_empty() {
        return Ok(PasswordLine::Empty);
    }
    if buf.contains(&0) {
        return Err(Error::usage(format!(
            "the password from {source} contains a NUL byte"
        )));
    }
    let text = std::str::from_utf8(&buf)
        .map_err(|_| Error::usage(format!("the password from {source} is not valid UTF-8")))?;
    Ok(PasswordLine::Given(Secret::from(text.to_string())))
}

/// Reads the first line of `reader` as the one password it must hold.
fn first_line<R: BufRead>(reader: &mut R, source: &str) -> Result<Secret> {
    match next_line(reader, source)? {
        PasswordLine::Given(secret) => Ok(secret),
        PasswordLine::Missing | PasswordLine::Empty => Err(Error::usage(format!(
            "no password on {source}: the first line is empty"
        ))),
    }
}

/// The first line of standard input, as the one password it must hold.
pub fn from_stdin() -> Result<Secret> {
    first_line(&mut io::stdin().lock(), "standard input")
}

/// The password as `pam_exec expose_authtok` writes it on standard input:
/// the bytes up to a NUL (or the end of input), at most [`MAX_BYTES`],
/// nothing else removed. Empty when PAM had none to give, which is then
/// checked, and fails, as any wrong password does.
pub fn from_pam_exec() -> Result<Secret> {
    let mut buf = Zeroizing::new(Vec::with_capacity(64));
    io::stdin()
        .lock()
        .take(MAX_BYTES as u64 + 2)
        .read_until(0, &mut buf)
        .map_err(|e| Error::io("cannot read the password from pam_exec", &e))?;
    if buf.last() == Some(&0) {
        buf.pop();
    } else if buf.last() == Some(&b'\n') {
        // No NUL: not pam_exec but a person trying the line by hand
        // (`printf '%s\n' ... | warden user verify --pam`). A password
        // typed at a login prompt never ends in a line end.
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    }
    if buf.len() > MAX_BYTES {
        return Err(Error::usage(format!(
            "the password from pam_exec is longer than {MAX_BYTES} bytes"
        )));
    }
    let text = std::str::from_utf8(&buf)
        .map_err(|_| Error::usage("the password from pam_exec is not valid UTF-8"))?;
    Ok(Secret::from(text.to_string()))
}

/// The first line of the file at `path`, as the one password it must hold
/// (`--password-file`, and the `password_file` of `apply` entries).
pub fn from_file(path: &Path) -> Result<Secret> {
    let file = std::fs::File::open(path).map_err(|e| {
        Error::io(
            format!("cannot open the password file {}", path.display()),
            &e,
        )
    })?;
    first_line(&mut io::BufReader::new(file), &path.display().to_string())
}

/// Reads one password a line from a file or stdin, as many as `what`
/// names (for commands that need an old and a new password without a
/// terminal): `what` says what each line holds ("old", "new"), so a short
/// input is refused naming the password that is missing.
pub fn lines(file: Option<&Path>, what: &[&str]) -> Result<Vec<Secret>> {
    const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];
    let (reader, source): (Box<dyn Read>, String) = match file {
        // stdin is read through its own buffer below, like a file.
        Some(path) => (
            Box::new(std::fs::File::open(path).map_err(|e| {
                Error::io(
                    format!("cannot open the password file {}", path.display()),
                    &e,
                )
            })?),
            path.display().to_string(),
        ),
        None => (Box::new(io::stdin()), "standard input".to_string()),
    };
    let layout = what
        .iter()
        .zip(ORDINALS)
        .map(|(w, o)| format!("the {w} password on the {o} line"))
        .collect::<Vec<_>>()
        .join(" and ");
    let mut reader = io::BufReader::new(reader);
    let mut secrets = Vec::new();
    for (w, ordinal) in what.iter().zip(ORDINALS) {
        let problem = match next_line(&mut reader, &source)? {
            PasswordLine::Given(secret) => {
                secrets.push(secret);
                continue;
            }
            PasswordLine::Missing => "is missing",
            PasswordLine::Empty => "is empty",
        };
        return Err(Error::usage(format!(
            "no {w} password on {source}: the {ordinal} line {problem}"
        ))
        .with_hint(format!("give {layout}; nothing was changed")));
    }
    Ok(secrets)
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[test]
    fn one_trailing_newline_is_stripped_and_the_rest_kept() {
        let got = first_line(&mut &b"  pass word \r\nsecond line\n"[..], "test")
            .map(|s| s.expose_secret().to_string())
            .ok();
        assert_eq!(got.as_deref(), Some("  pass word "));
    }

    #[test]
    fn two_lines_give_two_passwords() {
        let mut input = &b"old-password\nnew-password\n"[..];
        let first = first_line(&mut input, "test")
            .map(|s| s.expose_secret().to_string())
            .ok();
        let second = first_line(&mut input, "test")
            .map(|s| s.expose_secret().to_string())
            .ok();
        assert_eq!(
            (first.as_deref(), second.as_deref()),
            (Some("old-password"), Some("new-password"))
        );
    }

    #[test]
    fn overlong_empty_and_nul_passwords_are_refused() {
        let long = vec![b'x'; 10 * 1024 * 1024];
        assert!(first_line(&mut &long[..], "test").is_err());
        assert!(first_line(&mut &b"\n"[..], "test").is_err());
        assert!(first_line(&mut &b"a\0b\n"[..], "test").is_err());
        let exact = vec![b'y'; MAX_BYTES];
        assert_eq!(
            first_line(&mut &exact[..], "test")
                .map(|s| s.expose_secret().len())
                .ok(),
            Some(MAX_BYTES)
        );
    }
}
