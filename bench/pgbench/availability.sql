-- The rooms page's availability query (AvailabilityService.listAvailableItems) as EclipseLink sends
-- it: NOT IN anti-join, organisation_id added to both tables by multitenancy, items by title.
-- Like the application it binds the blocking statuses as parameters (EclipseLink expands
-- IN :blocking to IN (?, ?, ?)), so run it with -M prepared or -M extended, never simple, and
--   -D org_id=<organisations.id> -D blocking1=unpaid -D blocking2=paid -D blocking3=complete
-- (run.sh does). Whether the statuses are values or literals decides the plan; see NOTES-data.md.
-- ::bigint as pgjdbc binds a Long: an int4 value would not match btree_gist's int8 operator class,
-- and organisation_id would drop out of the GiST index condition.
-- A random stay of 1-14 nights checking in between 2027-01-01 and 2028-12-17 (716 days).
\set day random(0, 715)
\set nights random(1, 14)
SELECT i.organisation_id, i.id, i.title, i.description, i.nightly_price_minor, i.capacity, i.active
FROM items i
WHERE i.active = TRUE
  AND NOT (i.id IN (
      SELECT bi.item_id FROM booking_items bi
      WHERE bi.booking_status IN (:blocking1, :blocking2, :blocking3)
        AND (bi.hold_expires_at IS NULL OR bi.hold_expires_at > now())
        AND bi.date_range && daterange(DATE '2027-01-01' + :day::int, DATE '2027-01-01' + :day::int + :nights::int)
        AND bi.organisation_id = :org_id::bigint))
  AND i.organisation_id = :org_id::bigint
ORDER BY i.title, i.id;
