//! The permission catalog, the access levels, the built-in roles (SPEC
//! §1) and the kinds of names with their alphabets (SPEC §3): data only. It imports nothing of warden's, so the store, the
//! policy and the operations all read the same table.
//!
//! A permission that is not listed here does not exist, and `init` seeds
//! the built-in roles from this table.

/// Every permission warden knows, in catalog order.
pub const PERMISSIONS: &[&str] = &[
    "users.read",
    "users.manage",
    "roles.manage",
    "settings.manage",
    "audit.read",
    "accounts.read",
    "accounts.manage",
    "accounts.delete",
    "strategies.read",
    "strategies.manage",
    "backups.read",
    "backups.review",
    "backups.download",
    "backups.restore",
    "jobs.read",
    "jobs.manage",
    "tickets.create",
    "reports.read",
    "reports.generate",
    "credits.spend",
];

/// What each permission allows, for `role permissions`.
pub fn describe(permission: &str) -> &'static str {
    match permission {
        "users.read" => "see users and their roles",
        "users.manage" => "create, change, disable and delete users",
        "roles.manage" => "create, change and assign roles",
        "settings.manage" => "change warden's settings",
        "audit.read" => "read the audit log",
        "accounts.read" => "see backup accounts",
        "accounts.manage" => "create, change and disable backup accounts",
        "accounts.delete" => "delete and purge backup accounts",
        "strategies.read" => "see backup strategies",
        "strategies.manage" => "create, change and apply backup strategies",
        "backups.read" => "see backups and their status",
        "backups.review" => "review and approve backups",
        "backups.download" => "download backups",
        "backups.restore" => "restore backups",
        "jobs.read" => "see backup jobs",
        "jobs.manage" => "run and change backup jobs",
        "tickets.create" => "open support tickets",
        "reports.read" => "read reports",
        "reports.generate" => "generate reports",
        "credits.spend" => "spend credits",
        _ => "",
    }
}

/// The access a grant gives on an account and everything below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AccessLevel {
    /// See the account, its backups and reports.
    Limited,
    /// Also download and restore backups.
    Full,
}

impl AccessLevel {
    pub const ALL: [AccessLevel; 2] = [AccessLevel::Limited, AccessLevel::Full];

    /// The stored and printed spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            AccessLevel::Limited => "limited",
            AccessLevel::Full => "full",
        }
    }

    /// The permissions the level gives, in catalog order of importance.
    pub fn permissions(self) -> &'static [&'static str] {
        match self {
            AccessLevel::Full => &[
                "accounts.read",
                "backups.read",
                "reports.read",
                "backups.download",
                "backups.restore",
            ],
            AccessLevel::Limited => &["accounts.read", "backups.read", "reports.read"],
        }
    }
}

impl std::fmt::Display for AccessLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for AccessLevel {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        AccessLevel::ALL
            .into_iter()
            .find(|l| l.as_str() == text)
            .ok_or_else(|| format!("unknown access level \"{text}\""))
    }
}

/// What an access grant still allows on an account that is disabled (by
/// itself or an ancestor): disabling stops backups, not the data, so the
/// data can still be seen and taken away. On an account queued for
/// deletion a grant allows nothing.
pub const ON_DISABLED_ACCOUNT: &[&str] = &[
    "accounts.read",
    "backups.read",
    "backups.download",
    "reports.read",
];

/// Permissions a stand-in can never receive.
pub const NEVER_DELEGATED: &[&str] = &["users.manage", "roles.manage", "settings.manage"];

/// The permissions over warden's own records (users, roles, settings, the
/// audit log) rather than over backup accounts: a role that holds only
/// these reaches no account's data.
pub const ABOUT_WARDEN: &[&str] = &[
    "users.read",
    "users.manage",
    "roles.manage",
    "settings.manage",
    "audit.read",
];

/// A role that `init` creates and that cannot be edited or deleted.
pub struct BuiltinRole {
    pub name: &'static str,
    pub description: &'static str,
    pub permissions: &'static [&'static str],
}

/// The name of the role that the last-admin rule protects.
pub const ADMIN_ROLE: &str = "admin";

pub const BUILTIN_ROLES: &[BuiltinRole] = &[
    BuiltinRole {
        name: ADMIN_ROLE,
        description: "Full system administration",
        permissions: PERMISSIONS,
    },
    BuiltinRole {
        name: "operator",
        description: "Daily backup operations, no system settings",
        permissions: &[
            "users.read",
            "accounts.read",
            "accounts.manage",
            "strategies.read",
            "strategies.manage",
            "backups.read",
            "backups.review",
            "jobs.read",
            "jobs.manage",
            "tickets.create",
            "reports.read",
            "credits.spend",
        ],
    },
    BuiltinRole {
        name: "reporter",
        description: "View and generate reports only",
        permissions: &["reports.read", "reports.generate"],
    },
    BuiltinRole {
        name: "viewer",
        description: "Read-only monitoring",
        permissions: &[
            "accounts.read",
            "strategies.read",
            "backups.read",
            "jobs.read",
            "reports.read",
        ],
    },
];

/// What a name names; each kind has its own alphabet and length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    User,
    Account,
    Strategy,
    Role,
}

impl NameKind {
    pub fn noun(self) -> &'static str {
        match self {
            NameKind::User => "user name",
            NameKind::Account => "account name",
            NameKind::Strategy => "strategy name",
            NameKind::Role => "role name",
        }
    }

    pub(crate) fn max_len(self) -> usize {
        match self {
            NameKind::Role => 32,
            _ => 64,
        }
    }

    pub(crate) fn first_ok(self, c: char) -> bool {
        match self {
            NameKind::Role => c.is_ascii_lowercase(),
            _ => c.is_ascii_lowercase() || c.is_ascii_digit(),
        }
    }

    pub(crate) fn rest_ok(self, c: char) -> bool {
        c.is_ascii_lowercase()
            || c.is_ascii_digit()
            || match self {
                NameKind::User => matches!(c, '.' | '_' | '@' | '-'),
                NameKind::Account | NameKind::Strategy => matches!(c, '.' | '_' | '-'),
                NameKind::Role => matches!(c, '_' | '-'),
            }
    }

    pub(crate) fn allowed(self) -> &'static str {
        match self {
            NameKind::User => "a-z 0-9 . _ @ -",
            NameKind::Account | NameKind::Strategy => "a-z 0-9 . _ -",
            NameKind::Role => "a-z 0-9 _ -",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_roles_only_use_catalog_permissions() {
        for role in BUILTIN_ROLES {
            for p in role.permissions {
                assert!(PERMISSIONS.contains(p), "{} has unknown {p}", role.name);
            }
        }
    }
}
