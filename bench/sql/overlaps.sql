-- Pairs of blocking booking items (unpaid, paid, complete, and closed dates' blocked: the exclusion
-- constraint's statuses) of the same room whose stays overlap, per benchmark organisation the driver
-- booked in. Must be 0.
SELECT o.identifier, count(b.id) AS overlapping_pairs
FROM organisations o
LEFT JOIN booking_items a ON a.organisation_id = o.id AND a.booking_status IN ('unpaid', 'paid', 'complete', 'blocked')
LEFT JOIN booking_items b ON b.organisation_id = a.organisation_id AND b.item_id = a.item_id AND b.id > a.id
     AND b.booking_status IN ('unpaid', 'paid', 'complete', 'blocked') AND b.date_range && a.date_range
WHERE o.identifier = ANY (string_to_array(:'orgs', ' '))
GROUP BY o.identifier ORDER BY o.identifier;
