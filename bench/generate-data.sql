-- Loads the benchmark organisations into a Flyway-migrated database (load-data.sh migrates first):
--   bench-large      1,000 items   (~96,000 bookings)
--   bench-huge      10,000 items   (~960,000 bookings)
--   bench-small-01..48  10-50 items each
-- Refuses, changing nothing, if any bench-* organisation exists: load into a fresh database instead
-- (dropdb/createdb, then load-data.sh). Ends with VACUUM (ANALYZE). Keeps the helper schema "bench"
-- (functions only) so one organisation can be seeded again by hand; DROP SCHEMA bench CASCADE drops it.
--
--   psql -v ON_ERROR_STOP=1 [-v as_of=2026-11-25] -f bench/generate-data.sql <url>
--
-- as_of is the "today" of the data (default: current_date): stays that ended before it are complete,
-- later ones paid or unpaid. Same as_of, same rows.

\set ON_ERROR_STOP on
\if :{?as_of}
\else
\set as_of ''
\endif

\ir seed-function.sql

-- One transaction: a failed load leaves nothing behind.
BEGIN;
-- Sorts of ~1.5M candidate stays for bench-huge; local to this transaction.
SET LOCAL work_mem = '256MB';
SET LOCAL synchronous_commit = off;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM organisations WHERE identifier LIKE 'bench-%') THEN
        RAISE EXCEPTION 'benchmark organisations already loaded (%): load into a fresh database',
            (SELECT string_agg(identifier, ', ' ORDER BY identifier) FROM
                (SELECT identifier FROM organisations WHERE identifier LIKE 'bench-%' ORDER BY identifier LIMIT 3) s);
    END IF;
END
$$;

SELECT coalesce(nullif(:'as_of', '')::date, current_date) AS as_of \gset

SELECT bench.seed_organisation('bench-large', 'Grande Hotel Atlântico', 1000, 1, :'as_of');
SELECT bench.seed_organisation('bench-huge', 'Solar Stays Portugal', 10000, 2, :'as_of');

-- 48 small places, 10 to 50 items each, named from 8 kinds x 6 places.
SELECT count(*) AS small_organisations FROM (SELECT bench.seed_organisation(
           'bench-small-' || lpad(n::text, 2, '0'),
           (ARRAY['Casa', 'Quinta', 'Pensão', 'Hostel', 'Residencial', 'Villa', 'Guesthouse', 'Apartamentos'])[1 + (n - 1) % 8]
               || ' ' || (ARRAY['do Mar', 'da Ribeira', 'de Alfama', 'de Sintra', 'de Cascais', 'da Ericeira'])[1 + (n - 1) / 8],
           10 + floor(bench.u(100 + n, 0, 50) * 41)::int,
           100 + n, :'as_of')
FROM generate_series(1, 48) AS n
ORDER BY n) AS seeded;

COMMIT;

-- Statistics for the planner, and the visibility map and hint bits set now rather than by the first
-- benchmark queries (which would otherwise write while they read, and could not scan index-only).
VACUUM (ANALYZE) organisations, items, add_ons, bookings, booking_items, booking_add_ons, users;
