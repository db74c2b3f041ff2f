-- The availability query of a page before V42, kept to measure against availability.sql side by side: each active
-- room's units anti-joined to the organisation's overlapping stays, read once through
-- booking_items_blocking_range_idx, the free units counted per room, materialized, then the first page by title.
-- Every free room (staff choosing one: AvailabilityService.AVAILABLE_ITEMS) is still this query without the page.
-- Its cost is what the organisation holds: its stays overlapping the stay asked for. Run it as availability.sql
-- (bench/pgbench/run.sh takes SCRIPT=…).
\set day random(0, 715)
\set nights random(1, 14)
WITH free AS MATERIALIZED (
SELECT * FROM (
    SELECT i.id, i.title, i.description, i.capacity, i.nightly_price_minor,
           i.beds, i.size_m2, i.amenities, i.check_in_from, i.check_out_until,
           i.units, count(*) AS units_left
    FROM items i JOIN item_units u ON u.organisation_id = i.organisation_id AND u.item_id = i.id AND u.number <= i.units
    WHERE i.organisation_id = :org_id::bigint AND i.active
    AND NOT EXISTS (
        SELECT 1 FROM booking_items bi
        WHERE bi.organisation_id = :org_id::bigint AND bi.item_id = u.item_id AND bi.unit = u.number
        AND bi.booking_status NOT IN ('cancelled', 'expired')
        AND (bi.hold_expires_at IS NULL OR bi.hold_expires_at > now())
        AND bi.date_range && daterange(DATE '2027-01-01' + :day::int, DATE '2027-01-01' + :day::int + :nights::int))
    GROUP BY i.organisation_id, i.id) i
WHERE i.capacity >= 1
AND (i.title, i.id) > ('', 0::bigint))
SELECT * FROM free ORDER BY title, id LIMIT :rows;
