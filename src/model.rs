//! The types that flow from `ops` to the front ends. Each serialises to the
//! JSON keys of SPEC §4; none carries a password or a hash.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::time::serde_rfc3339;

/// One audit-log entry.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub id: i64,
    #[serde(with = "serde_rfc3339")]
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub details: serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credits: Option<i64>,
}

/// A setting with its current value and where that value comes from.
#[derive(Debug, Clone, Serialize)]
pub struct Setting {
    pub key: &'static str,
    /// Typed: a number for counts and sizes, a string for durations and commands.
    pub value: serde_json::Value,
    pub default: serde_json::Value,
    /// `true` when the value was set, `false` when it is the default.
    pub is_set: bool,
    pub description: &'static str,
}

/// What `init` created.
#[derive(Debug, Clone, Serialize)]
pub struct InitReport {
    pub database: String,
    pub schema_version: i64,
    pub root_account: String,
    pub admin: String,
}

/// The row count of one table, for `db info`.
#[derive(Debug, Clone, Serialize)]
pub struct TableCount {
    pub table: String,
    pub rows: i64,
    /// What the table and its indexes take on a PostgreSQL server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<u64>,
}

/// `db info`.
#[derive(Debug, Clone, Serialize)]
pub struct DbInfo {
    pub path: String,
    /// `sqlite` or `postgresql`.
    pub engine: &'static str,
    /// The PostgreSQL server's version, database and schema; absent on
    /// SQLite.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    pub schema_version: i64,
    pub supported_schema_version: i64,
    pub size_bytes: u64,
    pub wal_bytes: u64,
    pub page_size: i64,
    pub page_count: i64,
    pub journal_mode: String,
    pub counts: Vec<TableCount>,
}

/// One check of `db check`.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub ok: bool,
    /// What is wrong, one entry per problem; empty when `ok`.
    pub problems: Vec<String>,
}

/// `db check`.
#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    pub path: String,
    /// Whether SQLite's full integrity check ran (`--full`) rather than
    /// its quick check.
    pub full: bool,
    pub ok: bool,
    pub checks: Vec<Check>,
    /// What is not wrong but weakens a protection (on PostgreSQL: a role
    /// that may change or delete events).
    pub warnings: Vec<String>,
}

/// `db backup`.
#[derive(Debug, Clone, Serialize)]
pub struct BackupReport {
    pub source: String,
    pub destination: String,
    pub size_bytes: u64,
    pub pages: i64,
}

/// What a person fills in about themselves: an e-mail address, names and
/// a phone number, each optional. `T` is what each field holds: a stored
/// profile holds `Option<String>`; a change ([`ProfileChange`]) holds
/// `Option<Option<String>>`, where `None` leaves a field alone and
/// `Some(None)` clears it. The fields are the JSON keys, the CSV columns,
/// the import and apply keys, the database's columns and the flags
/// (`--email`, `--first-name`, ...), in this order.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Profile<T = Option<String>> {
    pub email: T,
    pub first_name: T,
    pub last_name: T,
    pub phone: T,
}

/// A change to a profile: `None` leaves a field alone, `Some(None)`
/// clears it.
pub type ProfileChange = Profile<Option<Option<String>>>;

impl<T> Profile<T> {
    /// The fields' names, as keys and columns.
    pub const KEYS: [&'static str; 4] = ["email", "first_name", "last_name", "phone"];

    /// Each field with its name, in order.
    pub fn fields(&self) -> [(&'static str, &T); 4] {
        [
            ("email", &self.email),
            ("first_name", &self.first_name),
            ("last_name", &self.last_name),
            ("phone", &self.phone),
        ]
    }

    /// The field of a name in [`Profile::KEYS`].
    pub fn field_mut(&mut self, key: &str) -> Option<&mut T> {
        match key {
            "email" => Some(&mut self.email),
            "first_name" => Some(&mut self.first_name),
            "last_name" => Some(&mut self.last_name),
            "phone" => Some(&mut self.phone),
            _ => None,
        }
    }

    /// The same profile with `f` applied to every field.
    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> Profile<U> {
        Profile {
            email: f(self.email),
            first_name: f(self.first_name),
            last_name: f(self.last_name),
            phone: f(self.phone),
        }
    }

    /// A profile of references to these fields.
    pub fn as_ref(&self) -> Profile<&T> {
        Profile {
            email: &self.email,
            first_name: &self.first_name,
            last_name: &self.last_name,
            phone: &self.phone,
        }
    }
}

impl Profile {
    /// The stored fields, borrowed.
    pub fn as_deref(&self) -> Profile<Option<&str>> {
        self.as_ref().map(|v| v.as_deref())
    }
}

impl ProfileChange {
    /// Whether the change leaves every field alone.
    pub fn is_empty(&self) -> bool {
        self.fields().iter().all(|(_, v)| v.is_none())
    }

    /// The values a change sets (a cleared field is `None`), borrowed.
    pub fn set_values(&self) -> Profile<Option<&str>> {
        self.as_ref().map(|v| v.as_ref().and_then(|v| v.as_deref()))
    }
}

/// A user as shown by `user show`, `user list` and mutations. No hash.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct User {
    pub username: String,
    #[serde(flatten)]
    pub profile: Profile,
    /// In assignment order.
    pub roles: Vec<String>,
    pub active_role: Option<String>,
    pub enabled: bool,
    /// Set only while a lockout is in force.
    #[serde(with = "serde_rfc3339::option")]
    pub locked_until: Option<DateTime<Utc>>,
    #[serde(with = "serde_rfc3339::option")]
    pub expires_at: Option<DateTime<Utc>>,
    pub allowed_ips: Vec<String>,
    pub notify: bool,
    pub credit_limit: Option<i64>,
    pub account: Option<String>,
    #[serde(with = "serde_rfc3339")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "serde_rfc3339")]
    pub updated_at: DateTime<Utc>,
    #[serde(with = "serde_rfc3339::option")]
    pub last_login_at: Option<DateTime<Utc>>,
}

impl User {
    /// `enabled`, `disabled`, `locked` or `expired` at `now`: what matters
    /// at a glance, the strongest first.
    pub fn state(&self, now: DateTime<Utc>) -> &'static str {
        if !self.enabled {
            "disabled"
        } else if self.locked_until.is_some() {
            "locked"
        } else if self.expires_at.is_some_and(|t| t <= now) {
            "expired"
        } else {
            "enabled"
        }
    }
}

/// A role with its permissions.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Role {
    pub name: String,
    pub description: String,
    pub builtin: bool,
    /// In catalog order.
    pub permissions: Vec<String>,
    /// How many users hold it.
    pub users: i64,
}

/// One permission of the catalog.
#[derive(Debug, Clone, Serialize)]
pub struct Permission {
    pub name: &'static str,
    pub description: &'static str,
    /// The built-in roles that include it.
    pub builtin_roles: Vec<&'static str>,
}

/// The answer of a login check or a permission question, always with its
/// reason: in words for people ([`Decision::reason`]) and typed for code
/// ([`Decision::code`]).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Decision {
    /// Whether the login or the permission is allowed.
    pub allowed: bool,
    /// Why, in words: which role, grant or window decided, or what refused.
    pub reason: String,
    /// Why, typed: the same case always gives the same code.
    pub code: Reason,
    /// The user who logged in or asked (for a backup user acting for
    /// someone, the backup user).
    pub user: String,
    /// The user a backup user acts for.
    pub acting_for: Option<String>,
    /// The permission asked about (a permission question only).
    pub permission: Option<String>,
    /// The account asked about, when one was named.
    pub account: Option<String>,
}

/// Why a decision came out as it did, for a service to act on without
/// reading the text. New cases may be added: match with a wildcard arm.
/// In JSON, the code's name in snake case (`locked`, `bad_credentials`).
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Allowed: the password matched and nothing refused the login.
    PasswordAccepted,
    /// Allowed: the active role holds the permission.
    RoleGrants,
    /// Allowed: an access grant on the account or an ancestor includes the
    /// permission.
    GrantIncludes,
    /// Allowed: a backup user acting for someone, inside an active window
    /// and its scope, for a permission the other user holds.
    WindowAllows,
    /// Allowed: the account password matched.
    AccountPasswordAccepted,
    /// A login with an unknown user name or a wrong password: the two are
    /// never told apart.
    BadCredentials,
    /// A permission question about a user that does not exist.
    UnknownUser,
    /// A permission question about an account that does not exist.
    UnknownAccount,
    /// The user is locked after failed logins, until this time.
    Locked {
        /// When the lock ends.
        until: DateTime<Utc>,
    },
    /// The user is disabled.
    Disabled,
    /// The user expired.
    Expired,
    /// The client's address is outside the user's allowed networks.
    AddressNotAllowed,
    /// The user may log in only from some networks, and no client address
    /// was given.
    NoClientAddress,
    /// No active backup-user window lets this user act for the other (none
    /// designated, not yet started, expired or ended).
    NoActiveWindow,
    /// The permission is never delegated to a backup user.
    NeverDelegated,
    /// The permission is outside the backup-user window's scope.
    OutsideWindowScope,
    /// Neither the active role nor any access grant holds the permission.
    PermissionNotHeld,
    /// The account (or an ancestor) is disabled, which allows only reading
    /// and downloading.
    AccountDisabled,
    /// The account (or an ancestor) is queued for deletion: nothing is
    /// allowed there.
    AccountQueued,
    /// The account password is wrong.
    WrongAccountPassword,
}

impl Reason {
    /// Whether this reason allows.
    pub fn allows(&self) -> bool {
        matches!(
            self,
            Reason::PasswordAccepted
                | Reason::RoleGrants
                | Reason::GrantIncludes
                | Reason::WindowAllows
                | Reason::AccountPasswordAccepted
        )
    }

    /// The code's name, as JSON gives it.
    pub fn code(&self) -> &'static str {
        match self {
            Reason::PasswordAccepted => "password_accepted",
            Reason::RoleGrants => "role_grants",
            Reason::GrantIncludes => "grant_includes",
            Reason::WindowAllows => "window_allows",
            Reason::AccountPasswordAccepted => "account_password_accepted",
            Reason::BadCredentials => "bad_credentials",
            Reason::UnknownUser => "unknown_user",
            Reason::UnknownAccount => "unknown_account",
            Reason::Locked { .. } => "locked",
            Reason::Disabled => "disabled",
            Reason::Expired => "expired",
            Reason::AddressNotAllowed => "address_not_allowed",
            Reason::NoClientAddress => "no_client_address",
            Reason::NoActiveWindow => "no_active_window",
            Reason::NeverDelegated => "never_delegated",
            Reason::OutsideWindowScope => "outside_window_scope",
            Reason::PermissionNotHeld => "permission_not_held",
            Reason::AccountDisabled => "account_disabled",
            Reason::AccountQueued => "account_queued",
            Reason::WrongAccountPassword => "wrong_account_password",
        }
    }
}

impl Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// A user as `user export` writes it: the fields `user import` reads
/// (SPEC §3), so an export imports back into an equal user. The password
/// hash is present only when asked for; a plain password never is.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ExportedUser {
    pub username: String,
    #[serde(flatten)]
    pub profile: Profile,
    /// In assignment order.
    pub roles: Vec<String>,
    pub active_role: Option<String>,
    pub account: Option<String>,
    pub enabled: bool,
    pub notify: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password_hash: Option<String>,
    pub allowed_ips: Vec<String>,
    #[serde(with = "serde_rfc3339::option")]
    pub expires: Option<DateTime<Utc>>,
    pub credit_limit: Option<i64>,
}

/// What `user import` did, or would do in a dry run.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ImportReport {
    /// The file read (`-` for standard input).
    pub source: String,
    /// `csv`, `jsonl` or `htpasswd`.
    pub format: String,
    pub dry_run: bool,
    pub created: u64,
    pub updated: u64,
    /// Existing users the file named and that already matched it.
    pub unchanged: u64,
    /// Existing users left alone (`--on-conflict skip`).
    pub skipped: u64,
    /// Users created or updated without a password because the file gave
    /// a hash too weak to keep (`--weak-hashes no-password`); each needs
    /// `user passwd` before they can log in.
    pub without_password: u64,
    /// Their names, in the file's order.
    pub without_password_users: Vec<String>,
    /// What the import did besides the users it names: backup-user windows
    /// that disabling or expiring them ended or cut short, and what their
    /// stand-ins can no longer do after a change of roles.
    pub side_effects: Vec<SideEffect>,
}

/// A backup-user designation and its window, as `backup-user status`,
/// `list` and `covering` show it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct BackupUser {
    /// The user who designated a backup user.
    pub user: String,
    /// The backup user, who may act for `user` in a window.
    pub backup_user: String,
    /// Where the designation stands.
    pub state: BackupUserState,
    /// When the window starts.
    #[serde(with = "serde_rfc3339::option")]
    pub starts_at: Option<DateTime<Utc>>,
    /// When the window ends.
    #[serde(with = "serde_rfc3339::option")]
    pub ends_at: Option<DateTime<Utc>>,
    /// The delegated scope, in catalog order.
    pub permissions: Vec<String>,
    /// When the window was ended early (revoked, a user disabled...).
    #[serde(with = "serde_rfc3339::option")]
    pub ended_at: Option<DateTime<Utc>>,
    /// Why the window ended: `revoked`, `expired`, `user disabled`...
    pub end_reason: Option<String>,
}

/// Where a designation stands: no window yet, or its window's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BackupUserState {
    /// Designated, with no window.
    Assigned,
    /// A window that has not started yet.
    Scheduled,
    /// A window open now.
    Active,
    /// A window that ended at its time.
    Expired,
    /// Ended early: revoked, or a user disabled or deleted.
    Revoked,
}

impl BackupUserState {
    pub fn as_str(self) -> &'static str {
        match self {
            BackupUserState::Assigned => "assigned",
            BackupUserState::Scheduled => "scheduled",
            BackupUserState::Active => "active",
            BackupUserState::Expired => "expired",
            BackupUserState::Revoked => "revoked",
        }
    }
}

impl std::fmt::Display for BackupUserState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The answer of `backup-user switch`: the decision, plus what the backup
/// user may do while acting for the user, and until when.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Switch {
    #[serde(flatten)]
    pub decision: Decision,
    /// The permissions in effect: the window's scope that the user holds now.
    pub permissions: Vec<String>,
    #[serde(with = "serde_rfc3339::option")]
    pub ends_at: Option<DateTime<Utc>>,
}

/// `user access`: everything a user can reach, and why, in one view.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct UserAccess {
    /// The user.
    pub user: String,
    /// `enabled`, `disabled`, `locked` or `expired`, as `user show` says.
    pub state: String,
    /// Why the user can do nothing at all now (disabled, expired), if so.
    pub blocked: Option<String>,
    /// The active role, whose permissions apply on every account.
    pub active_role: Option<RoleAccess>,
    /// The other roles held, which apply only once switched to.
    pub other_roles: Vec<RoleAccess>,
    /// The user's access grants, by account name.
    pub grants: Vec<GrantAccess>,
    /// Who stands in for this user, if anyone.
    pub backup_user: Option<Relation>,
    /// Whom this user stands in for, now or later.
    pub stands_in_for: Vec<Relation>,
    /// With `--account`: the decision on every permission there.
    pub account: Option<AccountDecisions>,
}

/// A backup-user relation as `user access` shows it: the designation and
/// its window, and why an active window cannot be used now (one of the
/// two users disabled or expired), exactly as a switch would say.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Relation {
    /// The designation and its window.
    #[serde(flatten)]
    pub window: BackupUser,
    /// Why an active window cannot be used now, if it cannot.
    pub blocked: Option<String>,
}

/// A role and its permissions, in catalog order.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RoleAccess {
    /// The role.
    pub name: String,
    /// Its permissions.
    pub permissions: Vec<String>,
}

/// One access grant: where, what level, and how far it reaches.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct GrantAccess {
    /// The account the grant is on.
    pub account: String,
    /// The level granted.
    pub access: crate::catalog::AccessLevel,
    /// What the level gives, in catalog order.
    pub permissions: Vec<String>,
    /// What the grant allows there now, given the account's state: all of
    /// them, only reading and downloading on a disabled account, nothing on
    /// one queued for deletion.
    pub effective_permissions: Vec<String>,
    /// How many accounts the grant decides: the account and those below it
    /// that no nearer grant of the same user covers.
    pub accounts: i64,
    /// The account's effective state (through itself or an ancestor).
    pub effective_state: AccountState,
    /// The account whose state limits the grant, when it is not enabled.
    pub limited_by: Option<String>,
}

/// The permissions a user has on one account, each with its reason.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AccountDecisions {
    /// The account.
    pub name: String,
    /// The allowed permissions, in catalog order.
    pub allowed: Vec<String>,
    /// Every permission of the catalog with its decision.
    pub permissions: Vec<PermissionDecision>,
}

/// One permission's decision.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PermissionDecision {
    /// The permission.
    pub permission: String,
    /// Whether it is allowed there.
    pub allowed: bool,
    /// Why, in words.
    pub reason: String,
}

/// The short access summary `user show` gives, pointing to `user access`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AccessSummary {
    pub grants: usize,
    /// The state of the user's backup-user designation, if they have one.
    pub backup_user: Option<String>,
    pub backup_user_state: Option<BackupUserState>,
    /// How many users this user stands in for.
    pub stands_in_for: usize,
}

/// Something that ends within the period `expiring` looks at.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Expiring {
    /// `user` (its expiry), `backup-user` (a window's end) or `account`
    /// (the end of its grace period: its purge).
    pub kind: &'static str,
    /// The user, the user who designated, or the account.
    pub name: String,
    /// For a window: the backup user.
    pub backup_user: Option<String>,
    /// A user who holds the admin role (listed first).
    pub admin: bool,
    #[serde(with = "serde_rfc3339")]
    pub ends_at: DateTime<Utc>,
}

/// What one run of `maintenance` did (or, dry, would do).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Maintenance {
    pub dry_run: bool,
    /// Users whose backup-user window was marked expired.
    pub windows_expired: Vec<String>,
    /// Users whose window's one-day reminder was queued.
    pub window_reminders: Vec<String>,
    /// Users reminded of their own expiry.
    pub expiry_reminders: Vec<String>,
    /// Accounts purged after their grace period.
    pub accounts_purged: Vec<String>,
    pub notifications_sent: u64,
    pub notifications_failed: u64,
    /// Still waiting to be sent after this run.
    pub notifications_pending: u64,
    /// Whether `notify.command` is set (without it nothing is sent).
    pub notify_command_set: bool,
    /// Events moved into archive files (with `audit.keep` set).
    pub audit_archived: u64,
    /// The archive files written.
    pub audit_archive_files: Vec<String>,
    /// The audit log's head after this run (`ID:HASH`), also sent to the
    /// system log; none in a dry run or before the first event.
    pub audit_head: Option<String>,
}

/// An account's state as stored, and its effective state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccountState {
    Enabled,
    Disabled,
    /// Queued for deletion: restorable until its grace period ends.
    PendingDeletion,
}

impl AccountState {
    pub const ALL: [AccountState; 3] = [
        AccountState::Enabled,
        AccountState::Disabled,
        AccountState::PendingDeletion,
    ];

    /// The stored and printed spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            AccountState::Enabled => "enabled",
            AccountState::Disabled => "disabled",
            AccountState::PendingDeletion => "pending-deletion",
        }
    }

    /// The state in effect below an ancestor that is not enabled
    /// (`disabled_above`): a queue for deletion stays, anything else is
    /// disabled.
    pub fn effective(self, disabled_above: bool) -> AccountState {
        match self {
            AccountState::PendingDeletion => self,
            _ if disabled_above => AccountState::Disabled,
            _ => self,
        }
    }
}

impl std::fmt::Display for AccountState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for AccountState {
    type Err = String;
    fn from_str(text: &str) -> std::result::Result<Self, String> {
        AccountState::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
            .ok_or_else(|| format!("unknown account state \"{text}\""))
    }
}

/// A backup account as shown by `account show` and `account list`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Account {
    pub name: String,
    pub parent: Option<String>,
    /// Names from the root down to this account, joined by `/`.
    pub path: String,
    pub state: AccountState,
    /// `disabled` when the account or an ancestor is disabled.
    pub effective_state: AccountState,
    pub strategy: Option<String>,
    /// The account's own strategy, else its nearest ancestor's.
    pub effective_strategy: Option<String>,
    /// Whether the effective strategy comes from an ancestor (the account
    /// has none of its own).
    pub strategy_inherited: bool,
    pub owner: Option<String>,
    pub credits: i64,
    #[serde(with = "serde_rfc3339")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "serde_rfc3339::option")]
    pub purge_after: Option<DateTime<Utc>>,
}

/// A backup strategy: when backups run and which snapshots are kept.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Strategy {
    pub name: String,
    pub description: String,
    /// The canonical schedule: a 5-field cron expression or a named form.
    pub schedule: String,
    pub keep_last: Option<u32>,
    pub keep_hourly: Option<u32>,
    pub keep_daily: Option<u32>,
    pub keep_weekly: Option<u32>,
    pub keep_monthly: Option<u32>,
    pub keep_yearly: Option<u32>,
    /// A duration in warden's spelling (`30d`, `1d 12h`).
    pub keep_within: Option<String>,
    /// The accounts it is applied to directly (others inherit it).
    pub accounts: Vec<String>,
    /// The next scheduled runs after the current time.
    #[serde(with = "serde_rfc3339::vec")]
    pub next_runs: Vec<DateTime<Utc>>,
}

/// One snapshot in a retention preview.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SnapshotVerdict {
    #[serde(with = "serde_rfc3339")]
    pub time: DateTime<Utc>,
    /// restic's snapshot id, when the input gave one (`null` otherwise).
    pub id: Option<String>,
    /// restic's short id, when the input gave one.
    pub short_id: Option<String>,
    pub keep: bool,
    /// The rules that keep it (`keep-last`, `keep-daily`, ...).
    pub reasons: Vec<String>,
}

/// One line of `account access`: one route by which a user reaches an
/// account, what it allows there, and why. A user reached by several
/// routes has a line for each.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AccessEntry {
    pub user: String,
    /// `role`, `grant` or `backup-user`.
    pub via: String,
    /// The role's name, the access level of the grant, or `for USER`.
    pub access: String,
    /// For a grant: the account that carries it.
    pub granted_on: Option<String>,
    /// For a backup-user window: whom the user acts for.
    pub acting_for: Option<String>,
    /// What the route allows on this account now, in catalog order.
    pub permissions: Vec<String>,
    pub reason: String,
}

/// `user stats` and the result of `user charge`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct UserStats {
    pub username: String,
    pub roles: Vec<String>,
    pub active_role: Option<String>,
    pub credit_limit: Option<i64>,
    #[serde(with = "serde_rfc3339")]
    pub created_at: DateTime<Utc>,
    /// The home account, whose balance credits come from by default.
    pub account: Option<String>,
    pub account_credits: Option<i64>,
    pub credits_spent: i64,
    /// The smaller of (limit - spent) and the home account's balance; none
    /// when neither bounds it.
    pub credits_available: Option<i64>,
}

/// One message of the notification outbox, as `notify list` shows it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Notification {
    pub id: i64,
    /// The user it was queued for; none when that user was deleted since.
    pub user: Option<String>,
    /// The e-mail address it goes to, as it was when queued.
    pub recipient: String,
    /// `welcome`, `password_reset`, `lockout`, ...
    pub kind: String,
    pub subject: String,
    pub body: String,
    #[serde(with = "serde_rfc3339")]
    pub created_at: DateTime<Utc>,
    /// Set once the mail command accepted it; none while pending.
    #[serde(with = "serde_rfc3339::option")]
    pub sent_at: Option<DateTime<Utc>>,
    /// How many times `notify send` tried it.
    pub attempts: i64,
    /// Why the last attempt failed; none once sent.
    pub last_error: Option<String>,
}

/// Something a command ended, blocked or changed besides its target, so
/// that no change reaches another user silently. Commands name each one
/// in text ("Also: ...") and list them in JSON under `side_effects`, each
/// object tagged by `effect`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(tag = "effect", rename_all = "kebab-case")]
pub enum SideEffect {
    /// A backup-user window was ended: the stand-in can no longer act for
    /// the user.
    WindowEnded {
        user: String,
        backup_user: String,
        reason: String,
    },
    /// A window stays, but from `from` the stand-in cannot use it, since
    /// one of the two users will have expired.
    WindowBlocked {
        user: String,
        backup_user: String,
        #[serde(with = "serde_rfc3339")]
        from: DateTime<Utc>,
        #[serde(with = "serde_rfc3339")]
        until: DateTime<Utc>,
        reason: String,
    },
    /// The user has no backup user any more: theirs was deleted.
    BackupUserCleared { user: String, backup_user: String },
    /// The user's active role changed, or they hold no role now.
    ActiveRoleChanged { user: String, role: Option<String> },
    /// What a stand-in can do for the user shrank: these permissions of
    /// the window's scope no longer come with the user's active role (a
    /// grant of the user's may still give some of them on its accounts).
    StandInNarrowed {
        user: String,
        backup_user: String,
        permissions: Vec<String>,
    },
}

impl std::fmt::Display for SideEffect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SideEffect::WindowEnded {
                user,
                backup_user,
                reason,
            } => write!(
                f,
                "ended {user}'s backup-user window for {backup_user} ({reason}): {backup_user} can no longer act for {user}"
            ),
            SideEffect::WindowBlocked {
                user,
                backup_user,
                from,
                until,
                reason,
            } => write!(
                f,
                "{backup_user} cannot act for {user} from {} ({reason}), though the window runs until {}",
                crate::time::local(*from),
                crate::time::local(*until)
            ),
            SideEffect::BackupUserCleared { user, backup_user } => {
                write!(f, "{user} has no backup user now ({backup_user} was deleted)")
            }
            SideEffect::ActiveRoleChanged {
                user,
                role: Some(role),
            } => write!(f, "{user}'s active role is now {role}"),
            SideEffect::ActiveRoleChanged { user, role: None } => {
                write!(f, "{user} holds no role now, so no permission through a role")
            }
            SideEffect::StandInNarrowed {
                user,
                backup_user,
                permissions,
            } => write!(
                f,
                "{backup_user}, acting for {user}, can no longer use {} through {user}'s role",
                permissions.join(" ")
            ),
        }
    }
}

/// Which events to list; every field narrows the result.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Events at or after this time.
    pub since: Option<i64>,
    /// Events before this time.
    pub until: Option<i64>,
    pub actor: Option<String>,
    /// An exact action, or a prefix when it ends in `*` (`user.*`).
    pub action: Option<String>,
    pub target: Option<String>,
    /// Events about this name or by it (target or actor), and backup-user
    /// events naming it as the stand-in: a user's history.
    pub subject: Option<String>,
    pub limit: Option<u64>,
}
