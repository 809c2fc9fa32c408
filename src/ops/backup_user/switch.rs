//! Acting for someone: whom a backup user covers now, and recording a switch.

use super::*;

/// `backup-user covering`: the users `backup` can act for right now.
pub fn covering(store: &mut Store, ctx: &Ctx, backup: &str) -> Result<Vec<BackupUser>> {
    validate(NameKind::User, backup)?;
    let now = ctx.now_unix();
    store.read(|tx| {
        let b = creds(tx, backup)?;
        let mut out = Vec::new();
        for d in sql::standing_in_for(tx, b.id)? {
            if let Ok(active) = policy::active_window(tx, now, backup, &d.user)? {
                out.push(view(&d, Some(&active.window), now)?);
            }
        }
        Ok(out)
    })
}

/// `backup-user switch`: decides whether `backup` may act for `user` now
/// and records the attempt either way, naming both users.
pub fn switch(store: &mut Store, ctx: &Ctx, backup: &str, user: &str) -> Result<Switch> {
    validate(NameKind::User, backup)?;
    validate(NameKind::User, user)?;
    let now = ctx.now_unix();
    store.write(|tx| {
        // Unknown names are "not found" here: switching is not a login.
        creds(tx, backup)?;
        creds(tx, user)?;
        let decision = |code: Reason, reason: String| Decision {
            allowed: code.allows(),
            reason,
            code,
            user: backup.to_string(),
            acting_for: Some(user.to_string()),
            permission: None,
            account: None,
        };
        let answer = match policy::active_window(tx, now, backup, user)? {
            Ok(active) => {
                let holds = held(tx, active.designation.user_id, true)?;
                let permissions: Vec<String> = active
                    .designation
                    .permissions
                    .iter()
                    .filter(|p| holds.contains(p))
                    .cloned()
                    .collect();
                record(
                    tx,
                    ctx,
                    "backup-user.switch",
                    user,
                    json!({
                        "backup_user": backup,
                        "ends_at": at(active.window.ends_at)?,
                        "permissions": permissions,
                    }),
                )?;
                Switch {
                    decision: decision(Reason::WindowAllows, active.describe()?),
                    permissions,
                    ends_at: Some(from_unix(active.window.ends_at)?),
                }
            }
            Err((code, why)) => {
                record(
                    tx,
                    ctx,
                    "backup-user.switch_denied",
                    user,
                    json!({ "backup_user": backup, "reason": why }),
                )?;
                Switch {
                    decision: decision(code, why),
                    permissions: Vec::new(),
                    ends_at: None,
                }
            }
        };
        Ok(answer)
    })
}
