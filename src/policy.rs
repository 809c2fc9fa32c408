//! The permission catalog and the built-in roles (SPEC §1).
//!
//! The catalog is fixed in code: a permission that is not listed here does
//! not exist, and `init` seeds the built-in roles from this table.

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

/// Permissions a stand-in can never receive.
pub const NEVER_DELEGATED: &[&str] = &["users.manage", "roles.manage", "settings.manage"];

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
