-- Accounts: self-registered accounts wait for their e-mail address to be proved, and failed logins
-- are counted within a time window, for existing and unknown user names alike.

-- A citizen's own registration creates the account disabled (the Elytron JDBC realm only reads
-- enabled accounts) and marked as awaiting verification; proving the address enables it. An
-- account an administrator disables is not awaiting anything, so a link never re-enables it.
ALTER TABLE user_account ADD COLUMN awaiting_verification BOOLEAN NOT NULL DEFAULT FALSE;

-- When the current series of failed logins began: failures older than the window do not count.
ALTER TABLE user_account ADD COLUMN first_failed_login_at TIMESTAMP;

-- Failed logins for user names that have no account, counted and locked exactly like an
-- account's, so that a lockout message never tells whether an account exists. Keyed by the
-- SHA-256 of the trimmed, lower-cased name: what people type there is not kept in clear.
CREATE TABLE login_throttle (
    name_hash              VARCHAR(64)  NOT NULL PRIMARY KEY,
    failed_logins          INTEGER      NOT NULL DEFAULT 0,
    first_failed_login_at  TIMESTAMP,
    locked_until           TIMESTAMP
);
CREATE INDEX login_throttle_first_failed_idx ON login_throttle (first_failed_login_at);

