-- Room types with units (issue 13): a hotel sells "Standard Double", five identical rooms, as one
-- item with five units. Every unit is a bookable room under the exclusion constraint; guests see one
-- card ("3 left"); a stay occupies one unit, which staff may change.
--
-- items.units is the count that availability reads with the item itself (one column beside capacity,
-- no join to count unit rows in every search). item_units holds a row per unit number, for the name
-- staff give it ("101") and as the target of booking_items' foreign key, so no stay can name a unit
-- its room never had. Rows are never removed when a room's units shrink: past stays keep naming
-- their unit; the service refuses to shrink below a unit with a current or future stay.
ALTER TABLE items ADD COLUMN units smallint NOT NULL DEFAULT 1 CHECK (units BETWEEN 1 AND 200);

CREATE TABLE item_units (
    organisation_id bigint   NOT NULL,
    item_id         bigint   NOT NULL,
    number          smallint NOT NULL CHECK (number >= 1),
    -- What staff call the unit ("101", "Garden side"); null: the number itself.
    name            text     CHECK (length(name) BETWEEN 1 AND 40),
    PRIMARY KEY (organisation_id, item_id, number),
    FOREIGN KEY (organisation_id, item_id) REFERENCES items (organisation_id, id) ON DELETE CASCADE
);

-- Every item has a row for each of its units, however it was inserted (the application, the demo
-- data, the benchmark's generator, test fixtures): a trigger rather than every writer remembering it.
CREATE FUNCTION item_units_follow_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO item_units (organisation_id, item_id, number)
    SELECT NEW.organisation_id, NEW.id, n FROM generate_series(1, NEW.units) AS n
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER item_units_follow_items AFTER INSERT OR UPDATE OF units ON items
    FOR EACH ROW EXECUTE FUNCTION item_units_follow_items();

INSERT INTO item_units (organisation_id, item_id, number) SELECT organisation_id, id, 1 FROM items;

-- The unit a stay (or a block's closed nights) occupies; 1 for every row so far, each room having one.
ALTER TABLE booking_items ADD COLUMN unit smallint NOT NULL DEFAULT 1;
ALTER TABLE booking_items ADD CONSTRAINT booking_items_unit_fk
    FOREIGN KEY (organisation_id, item_id, unit) REFERENCES item_units (organisation_id, item_id, number);

-- Two active stays of one unit never overlap; a room with one unit is held exactly as before.
ALTER TABLE booking_items DROP CONSTRAINT booking_items_no_overlap;
ALTER TABLE booking_items ADD CONSTRAINT booking_items_no_overlap EXCLUDE USING gist (
    organisation_id WITH =, item_id WITH =, unit WITH =, date_range WITH &&
) WHERE (booking_status IN ('unpaid', 'paid', 'complete', 'blocked'));

-- V5's index, carrying the unit too: "how many units of each room are taken these nights" stays an
-- index-only question (AvailabilityService, AvailabilityPlanIT). Same key, same predicate, same name.
DROP INDEX booking_items_blocking_range_idx;
CREATE INDEX booking_items_blocking_range_idx ON booking_items USING gist (organisation_id, date_range)
    INCLUDE (item_id, unit, hold_expires_at)
    WHERE booking_status NOT IN ('cancelled', 'expired');
