//! What a designation and its window look like now: status, list, and a user's relations both ways.

use super::*;

/// `backup-user status`.
pub fn status(store: &mut Store, ctx: &Ctx, user: &str) -> Result<BackupUser> {
    validate(NameKind::User, user)?;
    store.read(|tx| {
        let u = creds(tx, user)?;
        current(tx, u.id, ctx.now_unix())?.ok_or_else(|| no_designation(user))
    })
}

/// A user's backup-user relations at `now`: who stands in for them, and
/// whom they stand in for (by user name).
pub(crate) fn relations(
    conn: &Db,
    user_id: i64,
    now: i64,
) -> Result<(Option<BackupUser>, Vec<BackupUser>)> {
    let mine = current(conn, user_id, now)?;
    let mut theirs = Vec::new();
    for d in sql::standing_in_for(conn, user_id)? {
        theirs.push(view(&d, sql::window(conn, d.user_id)?.as_ref(), now)?);
    }
    theirs.sort_by(|a, b| a.user.cmp(&b.user));
    Ok((mine, theirs))
}

/// `backup-user list`: every designation, or only those active now.
pub fn list(store: &mut Store, ctx: &Ctx, active_only: bool) -> Result<Vec<BackupUser>> {
    let now = ctx.now_unix();
    store.read(|tx| {
        let mut out = Vec::new();
        for d in sql::all(tx)? {
            let shown = view(&d, sql::window(tx, d.user_id)?.as_ref(), now)?;
            if !active_only || shown.state == BackupUserState::Active {
                out.push(shown);
            }
        }
        Ok(out)
    })
}
