-- warden schema, version 1: every concept of SPEC §1.
-- Times are Unix seconds (UTC). Names are unique and validated before insert.

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE roles (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE role_permissions (
    role_id    INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (role_id, permission)
) WITHOUT ROWID;

CREATE TABLE strategies (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    description  TEXT NOT NULL DEFAULT '',
    schedule     TEXT NOT NULL,
    keep_last    INTEGER CHECK (keep_last >= 0),
    keep_hourly  INTEGER CHECK (keep_hourly >= 0),
    keep_daily   INTEGER CHECK (keep_daily >= 0),
    keep_weekly  INTEGER CHECK (keep_weekly >= 0),
    keep_monthly INTEGER CHECK (keep_monthly >= 0),
    keep_yearly  INTEGER CHECK (keep_yearly >= 0),
    keep_within  INTEGER CHECK (keep_within >= 0),   -- seconds
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    username       TEXT NOT NULL UNIQUE,
    email          TEXT,
    first_name     TEXT,
    last_name      TEXT,
    phone          TEXT,
    password_hash  TEXT,                 -- NULL: cannot log in until a password is set
    enabled        INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    expires_at     INTEGER,
    notify         INTEGER NOT NULL DEFAULT 1 CHECK (notify IN (0, 1)),
    credit_limit   INTEGER CHECK (credit_limit >= 0),
    account_id     INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    failed_logins  INTEGER NOT NULL DEFAULT 0,
    locked_until   INTEGER,
    last_login_at  INTEGER,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);

-- A user's roles in assignment order; exactly one of them is active.
CREATE TABLE user_roles (
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role_id     INTEGER NOT NULL REFERENCES roles(id),
    position    INTEGER NOT NULL,
    active      INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    assigned_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, role_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX user_roles_one_active ON user_roles(user_id) WHERE active = 1;
CREATE INDEX user_roles_role ON user_roles(role_id);

CREATE TABLE user_allowed_ips (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    network TEXT NOT NULL,               -- canonical CIDR
    PRIMARY KEY (user_id, network)
) WITHOUT ROWID;

-- The account tree. Only the root has no parent, and there is one root.
CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,  -- stays reserved while pending deletion
    parent_id     INTEGER REFERENCES accounts(id),
    state         TEXT NOT NULL DEFAULT 'enabled'
                  CHECK (state IN ('enabled', 'disabled', 'pending-deletion')),
    owner_id      INTEGER REFERENCES users(id),
    strategy_id   INTEGER REFERENCES strategies(id),
    credits       INTEGER NOT NULL DEFAULT 0,
    password_hash TEXT,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    purge_after   INTEGER,
    CHECK ((state = 'pending-deletion') = (purge_after IS NOT NULL)),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX accounts_parent ON accounts(parent_id);
CREATE INDEX accounts_owner ON accounts(owner_id);
CREATE INDEX accounts_strategy ON accounts(strategy_id);
CREATE INDEX accounts_purge ON accounts(purge_after) WHERE purge_after IS NOT NULL;
-- Every root row has the same indexed value, so a second root is a conflict.
CREATE UNIQUE INDEX accounts_single_root ON accounts(coalesce(parent_id, 0)) WHERE parent_id IS NULL;

-- The current account of each actor (`account use`).
CREATE TABLE current_accounts (
    actor      TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE
) WITHOUT ROWID;

-- A user's access level on an account subtree.
CREATE TABLE grants (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    access     TEXT NOT NULL CHECK (access IN ('limited', 'full')),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, user_id)
) WITHOUT ROWID;
CREATE INDEX grants_user ON grants(user_id);

-- Credits spent by users against accounts.
CREATE TABLE charges (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    amount     INTEGER NOT NULL CHECK (amount > 0),
    reason     TEXT NOT NULL,
    at         INTEGER NOT NULL
);
CREATE INDEX charges_user ON charges(user_id);

-- One backup user per user, with the delegated permission scope.
CREATE TABLE backup_users (
    user_id        INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    backup_user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at     INTEGER NOT NULL,
    CHECK (user_id <> backup_user_id)
);
CREATE INDEX backup_users_backup ON backup_users(backup_user_id);

CREATE TABLE backup_user_permissions (
    user_id    INTEGER NOT NULL REFERENCES backup_users(user_id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (user_id, permission)
) WITHOUT ROWID;

-- Time windows in which the backup user may act for the user.
CREATE TABLE backup_user_windows (
    id               INTEGER PRIMARY KEY,
    user_id          INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    backup_user_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    starts_at        INTEGER NOT NULL,
    ends_at          INTEGER NOT NULL,
    ended_at         INTEGER,            -- set when revoked or ended early
    end_reason       TEXT,
    expiry_notified  INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX backup_user_windows_user ON backup_user_windows(user_id);
CREATE INDEX backup_user_windows_backup ON backup_user_windows(backup_user_id);

-- The notification outbox.
CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    recipient  TEXT NOT NULL,
    kind       TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    sent_at    INTEGER,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX notifications_pending ON notifications(id) WHERE sent_at IS NULL;

-- The audit log: append-only. Targets are names, not keys, so history
-- outlives what it describes.
CREATE TABLE events (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    target  TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',  -- JSON object, never a secret
    credits INTEGER
);
CREATE INDEX events_at ON events(at);
CREATE INDEX events_target ON events(target, id);
CREATE INDEX events_action ON events(action, id);
CREATE INDEX events_actor ON events(actor, id);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: events cannot be changed');
END;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: events cannot be deleted');
END;
