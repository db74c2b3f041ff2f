-- The availability query as the application sends it for the first page of the API's
-- GET …/items?check_in=…&checkout=… (AvailabilityService.AVAILABLE_ITEMS_PAGE, 50 items a page and one
-- more to know whether a next page follows: -D rows=51, run.sh's default) or of the rooms page (24 + 1 the
-- same way: ROWS=25 in run.sh; the walk stops when the page is full, so the page's query is the cheaper): the
-- organisation's active rooms walked in title order (items_by_title_idx, V42), each room's units asked
-- whether the last stay checking in before the checkout has left by the check-in
-- (booking_items_unit_stays_idx, V42), until the page is full. The application binds the hold check's
-- "now" (?2); now() here is the same value.
-- Run it with -M prepared (a generic plan may follow, as with pgjdbc after 5 executions) or -M
-- extended (a custom plan every time) and -D org_id=<organisations.id> -D rows=<page size + 1> (run.sh does).
-- ::bigint as pgjdbc binds a Long.
-- A random stay of 1-14 nights checking in between 2027-01-01 and 2028-12-17 (716 days), for 1 guest.
\set day random(0, 715)
\set nights random(1, 14)
SELECT i.id, i.title, i.description, i.capacity, i.nightly_price_minor,
       i.beds, i.size_m2, i.amenities, i.check_in_from, i.check_out_until,
       i.units, free.units AS units_left
FROM items i CROSS JOIN LATERAL (
    SELECT count(*) AS units FROM item_units u
    WHERE u.organisation_id = i.organisation_id AND u.item_id = i.id AND u.number <= i.units
    AND NOT EXISTS (
        SELECT 1 FROM (
            SELECT bi.date_range FROM booking_items bi
            WHERE bi.organisation_id = i.organisation_id AND bi.item_id = i.id AND bi.unit = u.number
            AND bi.booking_status IN ('unpaid', 'paid', 'complete', 'blocked')
            AND (bi.hold_expires_at IS NULL OR bi.hold_expires_at > now())
            AND lower(bi.date_range) < (DATE '2027-01-01' + :day::int + :nights::int)
            ORDER BY lower(bi.date_range) DESC LIMIT 1) latest
        WHERE latest.date_range && daterange((DATE '2027-01-01' + :day::int), (DATE '2027-01-01' + :day::int + :nights::int)))) free
WHERE i.organisation_id = (:org_id)::bigint AND i.active AND i.capacity >= 1 AND free.units > 0
AND (i.title, i.id) > ('', 0::bigint)
ORDER BY i.title, i.id LIMIT :rows;
