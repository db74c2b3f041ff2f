-- The load driver's API keys: one per benchmark organisation, derived from its identifier so the
-- driver knows it without asking (bench-large: bk_bench_large_0000000000), stored as the application
-- stores every key, a SHA-256 hex of the key (ApiKey.hash). Idempotent: a second run adds nothing.
-- Benchmark data only: a key anyone can derive must never exist in a real database.
INSERT INTO api_keys (organisation_id, name, prefix, key_hash, created_at)
SELECT o.id, 'Load driver', left(k.key, 10), encode(sha256(convert_to(k.key, 'UTF8')), 'hex'), now()
FROM organisations o
CROSS JOIN LATERAL (SELECT 'bk_' || replace(o.identifier, '-', '_') || '_0000000000' AS key) k
WHERE o.identifier IN ('bench-large', 'bench-huge')
ON CONFLICT (key_hash) DO NOTHING;
