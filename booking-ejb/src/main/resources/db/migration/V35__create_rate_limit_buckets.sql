-- The rate limits' token buckets (the API's per-key limit, webhook replays per organisation), kept by
-- Bucket4j's PostgreSQL module in the shape it reads: every node of a cluster takes from the same
-- bucket, so a limit counts across the nodes, not per node. The id names the limit and its key
-- ("api-key:42"); expires_at (epoch milliseconds) is when a bucket would be full again and can go.
-- Not tenant data: no organisation's rows, only counters.
CREATE TABLE rate_limit_buckets (
    id text PRIMARY KEY,
    state bytea,
    expires_at bigint
);
