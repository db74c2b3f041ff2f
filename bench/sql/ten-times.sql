-- Nine more organisations of 12,000 rooms each into a loaded benchmark database: about 10.5 M more booking
-- items, so the table holds about ten times what load-data.sh loads (11.7 M) while bench-large stays as it
-- was. Issue 17's target 3 runs the same searches and bookings on bench-large before and after, to show
-- that their cost does not grow with everything else the database holds. About 20 minutes here, 9 GB more.
--
--   psql -X -h 127.0.0.1 -U postgres -d bench -f bench/sql/ten-times.sql
--
-- Each organisation is its own transaction (bench.seed_organisation from seed-function.sql, which
-- load-data.sh installs). Same seeds, same rows.
\set ON_ERROR_STOP on
SET work_mem = '256MB';
SET synchronous_commit = off;
SELECT format($$SELECT bench.seed_organisation(%L, %L, 12000, %s, current_date)$$,
              'filler-' || lpad(n::text, 2, '0'), 'Filler ' || n, 100 + n)
  FROM generate_series(1, 9) AS n \gexec
VACUUM (ANALYZE);
SELECT count(*) AS booking_items FROM booking_items;
