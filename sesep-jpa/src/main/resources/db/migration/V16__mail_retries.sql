-- Issue 16: the outbox row schedules its own retries and tells temporary from permanent failures.

-- When the next delivery attempt is due (QUEUED: when it was queued; RETRYING: after the back-off;
-- null once SENT, REJECTED or FAILED), and since when the retry window runs (the queueing, or an
-- operator's re-send). The reconciliation timer reads rows by (status, next_attempt_at).
ALTER TABLE notification ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE notification ADD COLUMN retry_from TIMESTAMP;
UPDATE notification SET retry_from = queued_at;
ALTER TABLE notification ALTER COLUMN retry_from SET NOT NULL;
-- FAILED used to mean "failed so far, the broker redelivers"; it now means "given up for good".
UPDATE notification SET status = 'RETRYING' WHERE status = 'FAILED';
UPDATE notification SET next_attempt_at = queued_at WHERE status IN ('QUEUED', 'RETRYING');
CREATE INDEX notification_due_idx ON notification (status, next_attempt_at);

-- Addresses whose mail server refused them for good (SMTP 5xx on RCPT TO: no such user, ...), for
-- staff to see. Kept apart from user_account: the address bounces, not the account, and the mail
-- path must not bump an account's optimistic-lock version under a user editing it.
CREATE TABLE mail_bounce (
    email        VARCHAR(200)   NOT NULL PRIMARY KEY,
    reason       VARCHAR(2000)  NOT NULL,
    bounced_at   TIMESTAMP      NOT NULL
);

-- The lease that lets one node of the cluster at a time re-send due and stranded notifications
-- (notifications.boundary.PendingNotifications).
INSERT INTO cluster_lease (lease_name, holder, expires_at)
VALUES ('pending-notifications', NULL, TIMESTAMP '2000-01-01 00:00:00');
