-- Closed dates of a room type close one chosen unit or every unit (issue 13): one block, then, occupies its nights
-- through a row per unit it closes, each under the exclusion constraint as before. V16's index allowed one row per
-- block; it now allows one per block and unit.
DROP INDEX booking_items_block_idx;
CREATE UNIQUE INDEX booking_items_block_idx ON booking_items (organisation_id, block_id, unit) WHERE block_id IS NOT NULL;
