-- warden schema, version 2: indexes for the account tree and for purging.
-- Every foreign key that points at accounts gets an index, so deleting an
-- account finds the rows that refer to it without scanning their tables.

CREATE INDEX accounts_children ON accounts(parent_id, name);
DROP INDEX accounts_parent;
CREATE INDEX users_account ON users(account_id) WHERE account_id IS NOT NULL;
CREATE INDEX current_accounts_account ON current_accounts(account_id);
CREATE INDEX charges_account ON charges(account_id) WHERE account_id IS NOT NULL;
