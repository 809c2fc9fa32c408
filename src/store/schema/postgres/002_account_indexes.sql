-- warden schema, version 2, for PostgreSQL: indexes for the account tree
-- and for purging (see the SQLite migration of the same number).

CREATE INDEX accounts_children ON accounts(parent_id, name);
DROP INDEX accounts_parent;
CREATE INDEX users_account ON users(account_id) WHERE account_id IS NOT NULL;
CREATE INDEX current_accounts_account ON current_accounts(account_id);
CREATE INDEX charges_account ON charges(account_id) WHERE account_id IS NOT NULL;
