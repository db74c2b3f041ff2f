-- Free nights of one organisation's active rooms in 2027-2028, as "item_id check_in checkout" lines
-- for wrk/book.lua: the gaps between its blocking stays (every status but cancelled and expired,
-- lapsed holds included, to be safe), cut into single nights, so any two lines are disjoint stays.
--
--   psql -At -F ' ' -v org_id=1 -v seed=1 -v hot_items=16 -v mode=free -v max_rows=300000 -f free-nights.sql
--
-- The last :hot_items active rooms (by id) are kept for the hot-room runs and never listed as free.
--   mode=free: every free night of the other rooms, in an order drawn from :seed, at most :max_rows.
--   mode=hot:  the first 10 free nights from 2028-01-01 of each hot room, as "level item check_in
--              checkout" lines; rooms 4(level-1)+1 .. 4 level belong to level 1, 2, …, so each
--              concurrency level of a run has its own four rooms.
CREATE TEMP VIEW free_nights AS
WITH blocking AS (
    SELECT bi.item_id, lower(bi.date_range) AS first_day, upper(bi.date_range) AS next_free
    FROM booking_items bi
    WHERE bi.organisation_id = :org_id AND bi.booking_status NOT IN ('cancelled', 'expired')
      AND bi.date_range && daterange(DATE '2026-12-01', DATE '2029-02-01')
), gaps AS (
    SELECT item_id, next_free AS gap_from,
           lead(first_day) OVER (PARTITION BY item_id ORDER BY first_day) AS gap_to
    FROM blocking
), bounded AS (
    SELECT item_id, greatest(gap_from, DATE '2027-01-01') AS gap_from, least(gap_to, DATE '2029-01-01') AS gap_to
    FROM gaps
)
SELECT b.item_id, b.gap_from + n AS night
FROM bounded b
JOIN items i ON i.organisation_id = :org_id AND i.id = b.item_id AND i.active
CROSS JOIN LATERAL generate_series(0, b.gap_to - b.gap_from - 1) n
WHERE b.gap_to > b.gap_from;

CREATE TEMP VIEW hot_rooms AS
SELECT id AS item_id, (row_number() OVER (ORDER BY id DESC) - 1) / 4 + 1 AS level
FROM items WHERE organisation_id = :org_id AND active
ORDER BY id DESC LIMIT :hot_items;

\if :{?mode}
\else
\set mode free
\endif
SELECT :'mode' = 'hot' AS hot \gset
\if :hot
SELECT level, item_id, night, night + 1
FROM (SELECT h.level, f.item_id, f.night, row_number() OVER (PARTITION BY f.item_id ORDER BY f.night) AS nth
      FROM free_nights f JOIN hot_rooms h USING (item_id)
      WHERE f.night >= DATE '2028-01-01') pool
WHERE nth <= 10
ORDER BY level, item_id, night;
\else
SELECT item_id, night, night + 1
FROM free_nights
WHERE item_id NOT IN (SELECT item_id FROM hot_rooms)
ORDER BY md5(:'seed' || '/' || item_id || '/' || night)
LIMIT :max_rows;
\endif
