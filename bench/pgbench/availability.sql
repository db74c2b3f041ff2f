-- The availability query as the application sends it for the first page of the API's
-- GET …/items?check_in=…&checkout=… (AvailabilityService.AVAILABLE_ITEMS_PAGE, 50 items a page and one
-- more to know whether a next page follows; the rooms page asks for 24 + 1 the same way): each active
-- room's units (up to its count, V37) anti-joined to the organisation's overlapping stays, read once
-- through booking_items_blocking_range_idx (the statuses that do not block as literals, spelt as its
-- predicate, V5), the free units counted per room, the guests' count against capacity, materialized,
-- then the first page by title after the cursor ('', 0). The application binds the hold check's "now"
-- (?2); now() here is the same value.
-- Run it with -M prepared (a generic plan may follow, as with pgjdbc after 5 executions) or -M
-- extended (a custom plan every time) and -D org_id=<organisations.id> (run.sh does).
-- ::bigint as pgjdbc binds a Long: an int4 value would not match btree_gist's int8 operator class,
-- and organisation_id would drop out of the GiST index condition.
-- A random stay of 1-14 nights checking in between 2027-01-01 and 2028-12-17 (716 days), for 1 guest.
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
SELECT * FROM free ORDER BY title, id LIMIT 51;
