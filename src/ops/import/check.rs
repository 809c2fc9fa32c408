//! Step 1: the input alone, every row and every plain password checked.

use super::cores::{on_every_core, Hand, Pending};
use super::*;

/// What the cores check in step 1.
enum Check {
    /// A plain password, against the policy.
    Password(Pending),
    /// Password hashes given, by line and place: their form and their
    /// cost. Sent a batch at a time, since each takes microseconds.
    Hashes(Vec<(u64, String, String)>),
}

/// Hashes sent to the cores together.
const HASH_BATCH: usize = 64;

/// Step 1: reads every row and checks it, before anything is looked up:
/// the fields (as the rows are read), a user named twice, every plain
/// password against the policy in `settings` and every hash given (on
/// every core, while the reading goes on). The first problem in the
/// file's order is the error. A check of the input alone: `apply` checks
/// its own entries.
pub fn check(
    rows: &mut dyn Rows,
    settings: &Settings,
    opts: &Options,
    progress: &dyn Progress,
) -> Result<Checked> {
    use std::sync::atomic::AtomicBool;
    let mut seen = read::Seen::default();
    let mut checked = Checked::default();
    // A refused password or hash found: reading stops, and the first
    // refused row's error wins.
    let failed = AtomicBool::new(false);
    progress.start("checking", 0);
    // The first refusal, by line.
    let mut refused: Option<(u64, Error)> = None;
    let hashes_here = rows.defer_hash_checks();
    let read = on_every_core(
        &Silent,
        |check: &mut Hand<Check>| {
            let mut batch = Vec::new();
            let read = rows.each(&mut |row| {
                if failed.load(Ordering::Relaxed) {
                    return Err(Error::failure("stopped at a refused password"));
                }
                seen.check(row, || (opts.locate)(row))?;
                checked.rows += 1;
                if let Some(secret) = &row.password {
                    checked.plain += 1;
                    check(Check::Password(Pending::of(row, opts, secret, None)))?;
                }
                if let (true, Some(hash)) = (hashes_here, &row.password_hash) {
                    batch.push((row.line, (opts.locate)(row), hash.clone()));
                    if batch.len() == HASH_BATCH {
                        check(Check::Hashes(std::mem::take(&mut batch)))?;
                    }
                }
                progress.advance(1);
                Ok(())
            });
            // The hashes of the rows read before a problem are checked
            // too: one of them may come first in the file.
            if !batch.is_empty() {
                check(Check::Hashes(batch))?;
            }
            read
        },
        |_: &mut (), item: Check| {
            let verdict = match item {
                Check::Password(p) => (
                    p.line,
                    crate::ops::user::check_password(
                        settings,
                        &p.username,
                        p.email.as_deref(),
                        p.secret.expose_secret(),
                    )
                    .map_err(|e| read::at(&p.place, read::field_error("password", e))),
                ),
                Check::Hashes(batch) => batch
                    .into_iter()
                    .find_map(|(line, place, hash)| {
                        crate::password::check_imported_hash(&hash).err().map(|e| {
                            (
                                line,
                                Err(read::at(&place, read::field_error("password_hash", e))),
                            )
                        })
                    })
                    .unwrap_or((0, Ok(()))),
            };
            if verdict.1.is_err() {
                failed.store(true, Ordering::Relaxed);
            }
            verdict
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
    // first refusal among them comes first.
    match (refused, read) {
        (Some((_, err)), _) => Err(err),
        (None, Err(err)) => Err(err),
        (None, Ok(())) => {
            if hashes_here {
                rows.hashes_checked();
            }
            Ok(checked)
        }
    }
}
