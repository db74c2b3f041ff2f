-- The rooms page's availability query, AvailabilityService.AVAILABLE_ITEMS, as the application sends
-- it: NOT EXISTS anti-join, the organisation bound on both tables, the statuses that do not block as
-- literals (spelt as the partial index booking_items_blocking_range_idx's predicate, V5), items by
-- title. The application binds the hold check's "now" (?2); now() here is the same value.
-- Run it with -M prepared (a generic plan may follow, as with pgjdbc after 5 executions) or -M
-- extended (a custom plan every time) and -D org_id=<organisations.id> (run.sh does).
-- ::bigint as pgjdbc binds a Long: an int4 value would not match btree_gist's int8 operator class,
-- and organisation_id would drop out of the GiST index condition.
-- A random stay of 1-14 nights checking in between 2027-01-01 and 2028-12-17 (716 days).
\set day random(0, 715)
\set nights random(1, 14)
SELECT i.id, i.title, i.description, i.capacity, i.nightly_price_minor FROM items i
WHERE i.organisation_id = :org_id::bigint AND i.active
AND NOT EXISTS (
    SELECT 1 FROM booking_items bi
    WHERE bi.organisation_id = :org_id::bigint AND bi.item_id = i.id
    AND bi.booking_status NOT IN ('cancelled', 'expired')
    AND (bi.hold_expires_at IS NULL OR bi.hold_expires_at > now())
    AND bi.date_range && daterange(DATE '2027-01-01' + :day::int, DATE '2027-01-01' + :day::int + :nights::int))
ORDER BY i.title, i.id;
