-- A page of free rooms walks the organisation's rooms in the page's order and asks of each room's units whether a
-- stay takes it, stopping when the page is full (issue 17, target 1): the search costs the page, not the size of the
-- organisation, where reading every overlapping stay of the organisation, as before, cost what the organisation holds
-- (bench/NOTES-data.md, "The walk with a btree probe").

-- A unit's stays by check-in. The exclusion constraint keeps a unit's blocking stays from overlapping, so a unit is
-- free for [a, b) when the last of them checking in before b has left by a: one step back from b in this index, not
-- a search of the GiST. Spelt as the constraint's predicate; an unpaid hold that has lapsed is stepped over.
CREATE INDEX booking_items_unit_stays_idx ON booking_items (organisation_id, item_id, unit, lower(date_range))
    INCLUDE (date_range, hold_expires_at)
    WHERE booking_status IN ('unpaid', 'paid', 'complete', 'blocked');

-- The rooms in each order a guest may list them in (RoomOrder), so the walk reads them in that order from the
-- cursor on. By size, largest first, as an ascending key.
CREATE INDEX items_by_title_idx ON items (organisation_id, title, id) WHERE active;
CREATE INDEX items_by_price_idx ON items (organisation_id, nightly_price_minor, id) WHERE active;
CREATE INDEX items_by_size_idx ON items (organisation_id, (-coalesce(size_m2, 0)), id) WHERE active;
