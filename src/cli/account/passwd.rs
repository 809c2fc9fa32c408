//! `warden account passwd`

use secrecy::ExposeSecret;
use std::path::PathBuf;

use clap::Args;

use crate::cli::Session;
use crate::error::{Error, Result};
use crate::ops::account;
use crate::output::Output;
use crate::ui::{self, PasswordInput};

/// Change an account password: the old one first, then the new one
///
/// On a terminal both are asked for. Without one, --password-stdin reads
/// the old password from the first line of stdin and the new one from the
/// second; --password-file reads them from the first two lines of FILE.
#[derive(Debug, Args)]
pub struct AccountPasswdArgs {
    /// The account whose password changes
    pub name: String,

    /// Read the old and the new password from the first two lines of stdin
    #[arg(long, conflicts_with = "password_file")]
    pub password_stdin: bool,

    /// Read the old and the new password from the first two lines of FILE
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
}

pub fn run(args: &AccountPasswdArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    account::show(&mut store, &args.name)?;
    let (old, new) = match (&args.password_file, args.password_stdin) {
        (None, false) => {
            let old = ui::read_password(&PasswordInput::Prompt, &format!("{} (old)", args.name))?;
            let new = ui::read_new_password(&PasswordInput::Prompt, &args.name, &|_| Ok(()))?;
            (old, new)
        }
        (file, _) => {
            let lines = crate::password::read::lines(file.as_deref(), &["old", "new"])?;
            let mut lines = lines.into_iter();
            match (lines.next(), lines.next()) {
                (Some(old), Some(new)) => (old, new),
                _ => {
                    return Err(Error::usage(
                        "give the old password on the first line and the new one on the second",
                    ))
                }
            }
        }
    };
    let score = account::passwd(
        &mut store,
        &session.ctx,
        &args.name,
        old.expose_secret(),
        &new,
    )?;
    out.status(&format!(
        "Changed the password of account \"{}\".",
        args.name
    ));
    super::strength_note(out, score);
    if out.is_json() {
        return out.json(&serde_json::json!({ "account": args.name, "strength": score }));
    }
    Ok(())
}
