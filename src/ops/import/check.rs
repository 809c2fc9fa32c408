//! Step 1: the input alone, every row and every plain password checked.

use super::cores::{on_every_core, Hand, Pending};
use super::*;

/// Step 1: reads every row and checks it, before anything is looked up:
/// the fields (as the rows are read), a user named twice, and every plain
/// password against the policy in `settings` (on every core). The first
/// problem in the file's order is the error. A check of the input alone:
/// `apply` checks its own entries.
pub fn check(
    rows: &mut dyn Rows,
    settings: &Settings,
    opts: &Options,
    progress: &dyn Progress,
) -> Result<Checked> {
    use std::sync::atomic::AtomicBool;
    let mut seen = read::Seen::default();
    let mut checked = Checked::default();
    // A weak password found: reading stops, and that row's error wins.
    let failed = AtomicBool::new(false);
    progress.start("checking", 0);
    // The first refused password, by line.
    let mut refused: Option<(u64, Error)> = None;
    let read = on_every_core(
        &Silent,
        |check: &mut Hand<Pending>| {
            rows.each(&mut |row| {
                if failed.load(Ordering::Relaxed) {
                    return Err(Error::failure("stopped at a refused password"));
                }
                seen.check(row, || (opts.locate)(row))?;
                checked.rows += 1;
                if let Some(secret) = &row.password {
                    checked.plain += 1;
                    check(Pending::of(row, opts, secret, None))?;
                }
                progress.advance(1);
                Ok(())
            })
        },
        |_: &mut (), p: Pending| {
            let verdict = crate::ops::user::check_password(
                settings,
                &p.username,
                p.email.as_deref(),
                p.secret.expose_secret(),
            )
            .map_err(|e| read::at(&p.place, read::field_error("password", e)));
            if verdict.is_err() {
                failed.store(true, Ordering::Relaxed);
            }
            (p.line, verdict)
        },
        |(line, verdict): (u64, Result<()>)| {
            if let Err(err) = verdict {
                if refused.as_ref().is_none_or(|(first, _)| line < *first) {
                    refused = Some((line, err));
                }
            }
        },
    );
    // Every row before the one that stopped the reading was checked: the
    // first refused password among them comes first.
    match (refused, read) {
        (Some((_, err)), _) => Err(err),
        (None, read) => read.map(|()| checked),
    }
}
