-- Deposits: an organisation may take part of a booking's total when it is made and the rest (the balance) later,
-- by a second card payment whose link is mailed N days before arrival, or at the desk. Stored as DepositRule.code():
-- "30%" (a percentage of the total, 1 to 99) or "first-night". NULL: the whole amount at booking, as before.
ALTER TABLE organisations ADD COLUMN deposit_rule text
    CONSTRAINT organisations_deposit_rule_format CHECK (deposit_rule ~ '^(first-night|[1-9][0-9]?%)$');
ALTER TABLE organisations ADD COLUMN balance_days_before integer NOT NULL DEFAULT 7
    CONSTRAINT organisations_balance_days_before_range CHECK (balance_days_before BETWEEN 0 AND 365);

-- Each booking keeps the rule that applied and its figures, so a later change of the rule changes no booking made.
-- balance_due_on: the day the balance's link is mailed and the balance falls due (N days before check-in, or the
-- booking's own day when it was made later than that). balance_requested_at: when that mail was queued; a row is
-- taken by one job at a time (FOR UPDATE SKIP LOCKED) and marked in the transaction that queues the mail.
-- balance_session_id: the latest Checkout session for the balance (its webhooks name it); balance_sessions counts
-- them, for the idempotency key of the next.
ALTER TABLE bookings ADD COLUMN deposit_rule text
    CONSTRAINT bookings_deposit_rule_format CHECK (deposit_rule ~ '^(first-night|[1-9][0-9]?%)$');
ALTER TABLE bookings ADD COLUMN deposit_minor bigint CONSTRAINT bookings_deposit_positive CHECK (deposit_minor > 0);
ALTER TABLE bookings ADD COLUMN balance_due_on date;
ALTER TABLE bookings ADD COLUMN balance_requested_at timestamptz;
ALTER TABLE bookings ADD COLUMN balance_session_id text;
ALTER TABLE bookings ADD COLUMN balance_sessions integer NOT NULL DEFAULT 0;
ALTER TABLE bookings ADD CONSTRAINT bookings_deposit_has_rule_and_date
    CHECK ((deposit_minor IS NULL) = (deposit_rule IS NULL) AND (deposit_minor IS NULL) = (balance_due_on IS NULL));

-- The balance job's question and the dashboard's list of balances due, by due date.
CREATE INDEX bookings_balance_due_idx ON bookings (organisation_id, balance_due_on) WHERE deposit_minor IS NOT NULL;
CREATE INDEX bookings_balance_session_idx ON bookings (organisation_id, balance_session_id) WHERE balance_session_id IS NOT NULL;
