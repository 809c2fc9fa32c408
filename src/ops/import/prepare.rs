//! Step 2: plans against a read snapshot, then the plain passwords hashed
//! before the write lock is taken.

use super::cores::{on_every_core, Hand, Pending};
use super::*;

/// Step 2 against `conn`: plans every row (every role and account named
/// must exist), then hashes the plain passwords of the rows not skipped,
/// on every core (in a dry run only compares them with the stored
/// hashes). With no plain password there is nothing to do before the
/// write, which plans every row itself. `user import` runs this in a read
/// transaction before it takes the write lock; `apply` inside its write
/// transaction.
pub fn prepare(
    conn: &Db,
    rows: &mut dyn Rows,
    checked: Checked,
    opts: &Options,
    settings: Settings,
    progress: &dyn Progress,
) -> Result<Prepared> {
    let mut prepared = Prepared {
        passwords: HashMap::new(),
        settings,
        rows: checked.rows,
    };
    if checked.plain == 0 {
        return Ok(prepared);
    }
    // Every look-up first, so that no hashing is wasted on a file that a
    // later row makes fail.
    let mut names = Names::new();
    let mut work = 0u64;
    rows.each(&mut |row| {
        let planned = plan(conn, row, opts, &mut names)?;
        if row.password.is_some() && planned != Plan::Skip {
            work += 1;
        }
        Ok(())
    })?;
    progress.start(
        if opts.dry_run {
            "comparing passwords"
        } else {
            "hashing passwords"
        },
        work,
    );
    let params = prepared.settings.hash;
    let dry_run = opts.dry_run;
    let mut hashed: HashMap<u64, Password> = HashMap::new();
    let mut failed: Option<Error> = None;
    let passwords = &mut prepared.passwords;
    let fed = on_every_core(
        progress,
        |hash: &mut Hand<Pending>| {
            rows.each(&mut |row| {
                let Some(secret) = &row.password else {
                    return Ok(());
                };
                let stored = match plan(conn, row, opts, &mut names)? {
                    Plan::Skip => return Ok(()),
                    // A new user in a dry run: it would get a hash; none is made.
                    Plan::Create if dry_run => {
                        passwords.insert(row.line, Password::Set(None));
                        return Ok(());
                    }
                    Plan::Create => None,
                    Plan::Update { .. } => {
                        sql::credentials(conn, &row.username)?.and_then(|c| c.password_hash)
                    }
                };
                hash(Pending::of(row, opts, secret, stored))
            })
        },
        |memory: &mut password::Argon2Memory, p: Pending| {
            let secret = p.secret.expose_secret();
            let change = match &p.stored {
                Some(old) if !password::needs_rehash(old, params) && memory.verify(secret, old) => {
                    Ok(Password::Keep)
                }
                _ if dry_run => Ok(Password::Set(None)),
                _ => memory.hash(secret, params).map(|h| Password::Set(Some(h))),
            };
            (p.line, change)
        },
        |(line, change): (u64, Result<Password>)| match change {
            Ok(change) => {
                hashed.insert(line, change);
            }
            Err(err) => failed = failed.take().or(Some(err)),
        },
    );
    fed?;
    if let Some(err) = failed {
        return Err(err);
    }
    prepared.passwords.extend(hashed);
    Ok(prepared)
}
