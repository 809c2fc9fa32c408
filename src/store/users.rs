//! SQL for users, their role assignments and allowed networks, the count
//! of admins, and the reminders of a user's expiry.

use super::sql::{params, Db, OptionalExtension, Param, Row, Rows};

use crate::error::Result;
use crate::model::{Profile, User};
use crate::time::from_unix;

/// The columns a new user starts with; the rest take their defaults.
pub struct NewUser<'a> {
    pub username: &'a str,
    pub email: Option<&'a str>,
    pub password_hash: Option<&'a str>,
    pub account_id: Option<i64>,
    pub now: i64,
}

pub fn insert(conn: &Db, user: &NewUser) -> Result<i64> {
    Ok(conn.insert(
        "INSERT INTO users (username, email, password_hash, account_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![
            user.username,
            user.email,
            user.password_hash,
            user.account_id,
            user.now
        ],
    )?)
}

/// A new user with every column given at once, as an import creates it.
pub struct FullUser<'a> {
    pub username: &'a str,
    pub profile: Profile<Option<&'a str>>,
    pub password_hash: Option<&'a str>,
    pub enabled: bool,
    pub expires_at: Option<i64>,
    pub notify: bool,
    pub credit_limit: Option<i64>,
    pub account_id: Option<i64>,
    pub now: i64,
}

/// Inserts a whole user with one cached statement (imports insert many).
pub fn insert_full(conn: &Db, u: &FullUser) -> Result<i64> {
    Ok(conn.insert(
        "INSERT INTO users (username, email, first_name, last_name, phone, password_hash, enabled,
                            expires_at, notify, credit_limit, account_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        params![
            u.username,
            u.profile.email,
            u.profile.first_name,
            u.profile.last_name,
            u.profile.phone,
            u.password_hash,
            u.enabled,
            u.expires_at,
            u.notify,
            u.credit_limit,
            u.account_id,
            u.now
        ],
    )?)
}

/// Replaces a user's roles with `roles` (ids in assignment order, with
/// the one active flag).
pub fn set_roles(conn: &Db, user_id: i64, roles: &[(i64, bool)], now: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM user_roles WHERE user_id = ?1")?
        .execute([user_id])?;
    insert_roles(conn, user_id, roles, now)
}

/// Gives a user who holds no role yet these roles, in order.
pub fn insert_roles(conn: &Db, user_id: i64, roles: &[(i64, bool)], now: i64) -> Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO user_roles (user_id, role_id, position, active, assigned_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (position, (role, active)) in roles.iter().enumerate() {
        insert.execute(params![user_id, role, position as i64 + 1, active, now])?;
    }
    Ok(())
}

/// What login checks need, including the hash; never leaves `ops`.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub id: i64,
    pub username: String,
    pub password_hash: Option<String>,
    pub enabled: bool,
    pub expires_at: Option<i64>,
    pub locked_until: Option<i64>,
    pub failed_logins: i64,
    pub email: Option<String>,
    pub notify: bool,
}

pub fn credentials(conn: &Db, username: &str) -> Result<Option<Credentials>> {
    Ok(conn
        .query_row(
            "SELECT id, username, password_hash, enabled, expires_at, locked_until, failed_logins, email, notify
               FROM users WHERE username = ?1",
            [username],
            |r| {
                Ok(Credentials {
                    id: r.get(0)?,
                    username: r.get(1)?,
                    password_hash: r.get(2)?,
                    enabled: r.get(3)?,
                    expires_at: r.get(4)?,
                    locked_until: r.get(5)?,
                    failed_logins: r.get(6)?,
                    email: r.get(7)?,
                    notify: r.get(8)?,
                })
            },
        )
        .optional()?)
}

/// What a permission decision needs of a user and their active role.
#[derive(Debug, Clone)]
pub struct RoleFacts {
    pub id: i64,
    pub enabled: bool,
    pub expires_at: Option<i64>,
    /// The active role's name, when the user has one.
    pub active_role: Option<String>,
    /// Whether the active role holds the permission asked about.
    pub role_grants: bool,
}

/// A user's state and whether their active role holds `permission`, in
/// one statement: the whole of a decision without an account, so one
/// round trip to a server.
pub fn role_facts(conn: &Db, username: &str, permission: &str) -> Result<Option<RoleFacts>> {
    Ok(conn
        .query_row(
            // Scalar subqueries: the whole decision in one row, one
            // statement (one round trip to a server).
            "SELECT u.id, u.enabled, u.expires_at,
                    (SELECT name FROM roles WHERE id =
                        (SELECT role_id FROM user_roles WHERE user_id = u.id AND active = 1)),
                    EXISTS (SELECT 1 FROM role_permissions WHERE permission = ?2 AND role_id =
                        (SELECT role_id FROM user_roles WHERE user_id = u.id AND active = 1))
               FROM users u
              WHERE u.username = ?1",
            [username, permission],
            |r| {
                Ok(RoleFacts {
                    id: r.get(0)?,
                    enabled: r.get(1)?,
                    expires_at: r.get(2)?,
                    active_role: r.get(3)?,
                    role_grants: r.get(4)?,
                })
            },
        )
        .optional()?)
}

/// The name of the user with this id, which must exist. Cached: a role's
/// holders are named one by one.
pub fn name_by_id(conn: &Db, id: i64) -> Result<String> {
    Ok(conn
        .prepare_cached("SELECT username FROM users WHERE id = ?1")?
        .query_row([id], |r| r.get(0))?)
}

/// Cached: an import looks up every user it reads.
pub fn id_by_name(conn: &Db, username: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM users WHERE username = ?1")?
        .query_row([username], |r| r.get(0))
        .optional()?)
}

/// One SELECT shape for `show` and `list`: roles and networks folded into
/// the row so a list is one streaming query.
/// A user's own columns, the account's name last but one and the id last;
/// the roles and networks come from their own statements.
const USER_SELECT: &str = "SELECT u.username, u.email, u.first_name, u.last_name, u.phone,
    u.enabled, u.locked_until, u.expires_at, u.notify, u.credit_limit, a.name,
    u.created_at, u.updated_at, u.last_login_at, u.id
  FROM users u LEFT JOIN accounts a ON a.id = u.account_id";

fn time(secs: Option<i64>) -> Result<Option<chrono::DateTime<chrono::Utc>>> {
    secs.map(from_unix).transpose()
}

/// The profile in the four columns from `first` on (email, first_name,
/// last_name, phone, as [`Profile::KEYS`] orders them).
fn profile_at(row: &Row, first: usize) -> Result<Profile> {
    Ok(Profile {
        email: row.get(first)?,
        first_name: row.get(first + 1)?,
        last_name: row.get(first + 2)?,
        phone: row.get(first + 3)?,
    })
}

/// A user from the columns both [`get`] and [`for_each`] select, in
/// that order (name, profile, state, account, times), with the roles and
/// networks read beside them.
fn user_at(
    row: &Row,
    now: i64,
    roles: Vec<String>,
    active_role: Option<String>,
    allowed_ips: Vec<String>,
) -> Result<User> {
    let locked: Option<i64> = row.get(6)?;
    Ok(User {
        username: row.get(0)?,
        profile: profile_at(row, 1)?,
        roles,
        active_role,
        enabled: row.get(5)?,
        locked_until: time(locked.filter(|&t| t > now))?,
        expires_at: time(row.get(7)?)?,
        allowed_ips,
        notify: row.get(8)?,
        credit_limit: row.get(9)?,
        account: row.get(10)?,
        created_at: from_unix(row.get(11)?)?,
        updated_at: from_unix(row.get(12)?)?,
        last_login_at: time(row.get(13)?)?,
    })
}

/// One user, in three plain statements (the row, the roles in order,
/// the networks in order): together they cost a third of what one
/// statement with three ordered subqueries costs to prepare, which is
/// most of a `user show`'s own work.
pub fn get(conn: &Db, username: &str, now: i64) -> Result<Option<User>> {
    let mut stmt = conn.prepare(&format!("{USER_SELECT} WHERE u.username = ?1"))?;
    let mut rows = stmt.query([username])?;
    let Some(row) = rows.next()? else {
        return Ok(None);
    };
    let id: i64 = row.get(14)?;
    let mut user = user_at(&row, now, Vec::new(), None, Vec::new())?;
    let mut roles = conn.prepare(
        "SELECT r.name, ur.active FROM user_roles ur JOIN roles r ON r.id = ur.role_id
          WHERE ur.user_id = ?1 ORDER BY ur.position",
    )?;
    let mut rows = roles.query([id])?;
    while let Some(row) = rows.next()? {
        let name: String = row.get(0)?;
        let active: bool = row.get(1)?;
        if active {
            user.active_role = Some(name.clone());
        }
        user.roles.push(name);
    }
    let mut networks =
        conn.prepare("SELECT network FROM user_allowed_ips WHERE user_id = ?1 ORDER BY network")?;
    let mut rows = networks.query([id])?;
    while let Some(row) = rows.next()? {
        user.allowed_ips.push(row.get(0)?);
    }
    Ok(Some(user))
}

/// Which users `list` shows.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    pub role_id: Option<i64>,
    pub enabled: Option<bool>,
    pub account_id: Option<i64>,
    /// Users locked out at this time.
    pub locked_at: Option<i64>,
    /// Users who expire after this time (exclusive)...
    pub expires_after: Option<i64>,
    /// ...and at or before this one.
    pub expires_by: Option<i64>,
}

/// Streams matching users in name order, in constant memory.
///
/// Three statements walk the username index in step: the users, their
/// role assignments, and their networks. Each user's roles and networks
/// are the rows of the other two cursors that carry the same name (rows
/// of users the filter skipped are passed over), so there is no
/// per-user subquery; this is what makes 100,000 users list faster than
/// `sqlite3 -json` dumps the bare table.
pub fn for_each(
    conn: &Db,
    filter: &UserFilter,
    now: i64,
    mut each: impl FnMut(User) -> Result<()>,
) -> Result<()> {
    let mut sql = String::from(
        "SELECT u.username, u.email, u.first_name, u.last_name, u.phone, u.enabled, u.locked_until, u.expires_at,
                u.notify, u.credit_limit, a.name, u.created_at, u.updated_at, u.last_login_at
           FROM users u LEFT JOIN accounts a ON a.id = u.account_id WHERE 1 = 1",
    );
    let mut args: Vec<&dyn Param> = Vec::new();
    if let Some(role) = &filter.role_id {
        sql.push_str(
            " AND EXISTS (SELECT 1 FROM user_roles x WHERE x.user_id = u.id AND x.role_id = ?)",
        );
        args.push(role);
    }
    if let Some(enabled) = &filter.enabled {
        sql.push_str(" AND u.enabled = ?");
        args.push(enabled);
    }
    if let Some(account) = &filter.account_id {
        sql.push_str(" AND u.account_id = ?");
        args.push(account);
    }
    if let Some(at) = &filter.locked_at {
        sql.push_str(" AND u.locked_until > ?");
        args.push(at);
    }
    if let Some(after) = &filter.expires_after {
        sql.push_str(" AND u.expires_at > ?");
        args.push(after);
    }
    if let Some(by) = &filter.expires_by {
        sql.push_str(" AND u.expires_at <= ?");
        args.push(by);
    }
    sql.push_str(" ORDER BY u.username");
    let role_names: std::collections::HashMap<i64, String> = {
        let mut stmt = conn.prepare("SELECT id, name FROM roles")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<super::sql::SqlResult<_>>()?
    };
    let mut users_stmt = conn.prepare(&sql)?;
    let mut roles_stmt = conn.prepare(
        "SELECT u.username, ur.position, ur.role_id, ur.active FROM users u JOIN user_roles ur ON ur.user_id = u.id
          ORDER BY u.username",
    )?;
    let mut nets_stmt = conn.prepare(
        "SELECT u.username, n.network FROM users u JOIN user_allowed_ips n ON n.user_id = u.id ORDER BY u.username, n.network",
    )?;
    let mut users = users_stmt.query(args.as_slice())?;
    let mut roles = Cursor::new(roles_stmt.query([])?, |r| {
        Ok((
            r.get::<_, String>(0)?,
            (
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, bool>(3)?,
            ),
        ))
    })?;
    let mut nets = Cursor::new(nets_stmt.query([])?, |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    while let Some(row) = users.next()? {
        let username: String = row.get(0)?;
        let mut held = roles.take_for(&username)?;
        held.sort_by_key(|&(position, _, _)| position);
        let active_role = held
            .iter()
            .find(|&&(_, _, active)| active)
            .and_then(|&(_, id, _)| role_names.get(&id).cloned());
        let role_list = held
            .iter()
            .filter_map(|&(_, id, _)| role_names.get(&id).cloned())
            .collect();
        let allowed_ips = nets.take_for(&username)?;
        each(user_at(&row, now, role_list, active_role, allowed_ips)?)?;
    }
    Ok(())
}

/// A cursor over rows ordered by user name, one row of look-ahead.
struct Cursor<'s, T> {
    rows: Rows<'s>,
    read: fn(&Row) -> super::sql::SqlResult<(String, T)>,
    next: Option<(String, T)>,
}

impl<'s, T> Cursor<'s, T> {
    fn new(
        mut rows: Rows<'s>,
        read: fn(&Row) -> super::sql::SqlResult<(String, T)>,
    ) -> Result<Self> {
        let next = rows.next()?.map(|r| read(&r)).transpose()?;
        Ok(Cursor { rows, read, next })
    }

    /// The values for `username`, passing over rows of names before it
    /// (users the filter left out). Names compare by bytes, as SQLite's
    /// BINARY collation orders them.
    fn take_for(&mut self, username: &str) -> Result<Vec<T>> {
        let mut found = Vec::new();
        while let Some((name, _)) = &self.next {
            match name.as_str().cmp(username) {
                std::cmp::Ordering::Greater => break,
                order => {
                    if let Some((_, value)) = self.next.take() {
                        if order == std::cmp::Ordering::Equal {
                            found.push(value);
                        }
                    }
                    self.next = self.rows.next()?.map(|r| (self.read)(&r)).transpose()?;
                }
            }
        }
        Ok(found)
    }
}

/// Every password hash by user name, in name order (for `user export
/// --include-hashes`); users without a password are left out.
pub fn hashes(conn: &Db) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT username, password_hash FROM users WHERE password_hash IS NOT NULL ORDER BY username",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// Sets one profile column. `column` comes from warden's own code, never
/// from input.
pub fn set_column(conn: &Db, id: i64, column: &str, value: &dyn Param, now: i64) -> Result<()> {
    conn.execute(
        &format!("UPDATE users SET {column} = ?1, updated_at = ?2 WHERE id = ?3"),
        params![value, now, id],
    )?;
    Ok(())
}

pub fn set_password(conn: &Db, id: i64, hash: Option<&str>, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE users SET password_hash = ?1, failed_logins = 0, locked_until = NULL, updated_at = ?2 WHERE id = ?3",
        params![hash, now, id],
    )?;
    Ok(())
}

/// A successful login: counters cleared, time recorded, hash replaced when
/// it was upgraded.
pub fn record_login(conn: &Db, id: i64, new_hash: Option<&str>, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = ?1,
                password_hash = coalesce(?2, password_hash) WHERE id = ?3",
        params![now, new_hash, id],
    )?;
    Ok(())
}

/// A failed login; returns the new count of consecutive failures.
pub fn record_failure(conn: &Db, id: i64) -> Result<i64> {
    Ok(conn.query_row(
        "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ?1 RETURNING failed_logins",
        [id],
        |r| r.get(0),
    )?)
}

pub fn lock(conn: &Db, id: i64, until: i64) -> Result<()> {
    conn.execute(
        "UPDATE users SET locked_until = ?1, failed_logins = 0 WHERE id = ?2",
        params![until, id],
    )?;
    Ok(())
}

pub fn unlock(conn: &Db, id: i64, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE users SET locked_until = NULL, failed_logins = 0, updated_at = ?1 WHERE id = ?2",
        params![now, id],
    )?;
    Ok(())
}

pub fn delete(conn: &Db, id: i64) -> Result<()> {
    conn.execute("DELETE FROM users WHERE id = ?1", [id])?;
    Ok(())
}

/// The names of the accounts a user owns.
pub fn owned_accounts(conn: &Db, id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM accounts WHERE owner_id = ?1 ORDER BY name")?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

pub fn disown_accounts(conn: &Db, owner: i64, now: i64) -> Result<usize> {
    Ok(conn.execute(
        "UPDATE accounts SET owner_id = NULL, updated_at = ?2 WHERE owner_id = ?1",
        params![owner, now],
    )?)
}

pub fn transfer_accounts(conn: &Db, from: i64, to: i64, now: i64) -> Result<usize> {
    Ok(conn.execute(
        "UPDATE accounts SET owner_id = ?1, updated_at = ?3 WHERE owner_id = ?2",
        params![to, from, now],
    )?)
}

// ---- roles of a user ----

/// A user's role ids in assignment order, with the active flag.
pub fn role_ids(conn: &Db, user_id: i64) -> Result<Vec<(i64, bool)>> {
    let mut stmt = conn
        .prepare("SELECT role_id, active FROM user_roles WHERE user_id = ?1 ORDER BY position")?;
    let rows = stmt.query_map([user_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// Appends a role to a user's roles (at the end of the assignment order).
pub fn assign_role(conn: &Db, user_id: i64, role_id: i64, active: bool, now: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO user_roles (user_id, role_id, position, active, assigned_at)
         VALUES (?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM user_roles WHERE user_id = ?1), ?3, ?4)",
        params![user_id, role_id, active, now],
    )?;
    Ok(())
}

pub fn unassign_role(conn: &Db, user_id: i64, role_id: i64) -> Result<()> {
    conn.execute(
        "DELETE FROM user_roles WHERE user_id = ?1 AND role_id = ?2",
        params![user_id, role_id],
    )?;
    Ok(())
}

/// Makes `role_id` the user's one active role.
pub fn set_active_role(conn: &Db, user_id: i64, role_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE user_roles SET active = 0 WHERE user_id = ?1 AND active = 1",
        [user_id],
    )?;
    conn.execute(
        "UPDATE user_roles SET active = 1 WHERE user_id = ?1 AND role_id = ?2",
        params![user_id, role_id],
    )?;
    Ok(())
}

/// The permissions of a user's roles (only the active one with
/// `active_only`), each once, in no particular order.
pub fn role_permissions(conn: &Db, user_id: i64, active_only: bool) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT rp.permission FROM user_roles ur
           JOIN role_permissions rp ON rp.role_id = ur.role_id
          WHERE ur.user_id = ?1 AND (ur.active = 1 OR ?2 = 0)",
    )?;
    let rows = stmt.query_map(params![user_id, active_only], |r| r.get(0))?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// Enabled, unexpired users whose active role holds `permission`, with
/// that role, by user name: (user, role).
pub fn active_role_holders(conn: &Db, permission: &str, now: i64) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT u.username, r.name FROM users u
           JOIN user_roles ur ON ur.user_id = u.id AND ur.active = 1
           JOIN roles r ON r.id = ur.role_id
           JOIN role_permissions rp ON rp.role_id = r.id AND rp.permission = ?2
          WHERE u.enabled = 1 AND (u.expires_at IS NULL OR u.expires_at > ?1) ORDER BY u.username",
    )?;
    let rows = stmt.query_map(params![now, permission], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// Every enabled, unexpired user's active role with its permissions, one
/// row per permission (none for a role without any), by user name.
pub fn active_role_permissions(
    conn: &Db,
    now: i64,
) -> Result<Vec<(String, String, Option<String>)>> {
    let mut stmt = conn.prepare(
        "SELECT u.username, r.name, rp.permission FROM users u
           JOIN user_roles ur ON ur.user_id = u.id AND ur.active = 1
           JOIN roles r ON r.id = ur.role_id
           LEFT JOIN role_permissions rp ON rp.role_id = r.id
          WHERE u.enabled = 1 AND (u.expires_at IS NULL OR u.expires_at > ?1)
          ORDER BY u.username",
    )?;
    let rows = stmt.query_map([now], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

// ---- allowed networks ----

pub fn networks(conn: &Db, user_id: i64) -> Result<Vec<String>> {
    let mut stmt =
        conn.prepare("SELECT network FROM user_allowed_ips WHERE user_id = ?1 ORDER BY network")?;
    let rows = stmt.query_map([user_id], |r| r.get(0))?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

pub fn add_network(conn: &Db, user_id: i64, network: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO user_allowed_ips (user_id, network) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
    )?
    .execute(params![user_id, network])?;
    Ok(())
}

/// Removes one network; returns whether it was there.
pub fn remove_network(conn: &Db, user_id: i64, network: &str) -> Result<bool> {
    Ok(conn.execute(
        "DELETE FROM user_allowed_ips WHERE user_id = ?1 AND network = ?2",
        params![user_id, network],
    )? > 0)
}

pub fn clear_networks(conn: &Db, user_id: i64) -> Result<()> {
    conn.execute("DELETE FROM user_allowed_ips WHERE user_id = ?1", [user_id])?;
    Ok(())
}

/// The users who hold `admin` and are enabled: how many are unexpired
/// now, and how many of those have no expiry at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdminCount {
    pub unexpired: i64,
    pub permanent: i64,
}

/// How many enabled, unexpired users hold `admin`: the one count of admins
/// that the last-admin rule and `db check` both read.
pub fn count_admins(conn: &Db, now: i64) -> Result<AdminCount> {
    Ok(conn.query_row(
        "SELECT count(*), count(*) FILTER (WHERE u.expires_at IS NULL)
           FROM users u JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id
          WHERE r.name = ?1 AND u.enabled = 1 AND (u.expires_at IS NULL OR u.expires_at > ?2)",
        params![crate::catalog::ADMIN_ROLE, now],
        |r| {
            Ok(AdminCount {
                unexpired: r.get(0)?,
                permanent: r.get(1)?,
            })
        },
    )?)
}

// ---- expiry reminders ----

/// An enabled user whose expiry lies ahead.
#[derive(Debug, Clone)]
pub struct UpcomingExpiry {
    pub id: i64,
    pub username: String,
    pub email: Option<String>,
    pub notify: bool,
    pub expires_at: i64,
    /// Holds the admin role.
    pub admin: bool,
}

/// Enabled users who expire after `now` and no later than `within`
/// seconds from it, soonest first, each marked when they hold
/// `admin_role`.
pub fn upcoming_expiries(
    conn: &Db,
    now: i64,
    within: i64,
    admin_role: &str,
) -> Result<Vec<UpcomingExpiry>> {
    let mut stmt = conn.prepare(
        "SELECT u.id, u.username, u.email, u.notify, u.expires_at,
                EXISTS (SELECT 1 FROM user_roles ur JOIN roles r ON r.id = ur.role_id
                         WHERE ur.user_id = u.id AND r.name = ?3)
           FROM users u
          WHERE u.enabled = 1 AND u.expires_at > ?1 AND u.expires_at <= ?1 + ?2
          ORDER BY u.expires_at, u.username",
    )?;
    let rows = stmt.query_map(params![now, within, admin_role], |r| {
        Ok(UpcomingExpiry {
            id: r.get(0)?,
            username: r.get(1)?,
            email: r.get(2)?,
            notify: r.get(3)?,
            expires_at: r.get(4)?,
            admin: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// Records the reminder `days` ahead of a user's expiry at `expires_at`;
/// returns false when it was recorded already. Cached: `maintenance`
/// records them user by user.
pub fn record_expiry_reminder(
    conn: &Db,
    user_id: i64,
    expires_at: i64,
    days: i64,
    now: i64,
) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO user_reminders (user_id, expires_at, days, queued_at)
             VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
        )?
        .execute(params![user_id, expires_at, days, now])?
        > 0)
}
