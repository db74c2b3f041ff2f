-- The hourly sweep of webhook deliveries finished more than 30 days ago finds them by this index
-- instead of reading the whole delivery log.
CREATE INDEX webhook_deliveries_done_idx ON webhook_deliveries ((coalesce(last_attempt_at, created_at)))
    WHERE status <> 'pending';
-- The hourly sweep of Idempotency-Keys older than a day, likewise.
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
