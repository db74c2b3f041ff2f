-- The mail outbox. A mail is a row written in the transaction that decides to send it (a booking
-- confirmed, a link issued): a rolled-back booking sends nothing, and a committed one's mail outlives
-- a restart. The mail job sends due rows after the commit, outside any transaction, retrying with
-- backoff. Infrastructure, not an organisation's data: no organisation_id; only the job reads it,
-- across organisations, as the hold expiry job reads stale holds.
CREATE TABLE mail_outbox (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient       text        NOT NULL,
    subject         text        NOT NULL,
    body            text        NOT NULL,
    status          text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        integer     NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    -- While pending: when it is due. A sender claiming it moves this to the end of its lease, so a
    -- server that dies mid-send leaves the mail to be claimed again when the lease ends.
    next_attempt_at timestamptz,
    -- When it was last tried: for a sent or given-up mail, when that happened.
    last_attempt_at timestamptz,
    last_error      text
);
-- The job's queue: only pending mail, so it stays small however many mails were sent.
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'pending';
-- The hourly sweep deletes mail done with a week ago.
CREATE INDEX mail_outbox_done_idx ON mail_outbox (last_attempt_at) WHERE status <> 'pending';
