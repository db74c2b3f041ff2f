-- The facts guests look for before choosing a room (issue 18): its beds, its size, its amenities, and
-- its own check-in and checkout hours where they differ from the organisation's (V25).
--
-- Beds and amenities are short lists of codes from fixed lists the application names (BedKind,
-- Amenity), kept as text in the order the application writes them: "double:1,sofa_bed:1" and
-- "wifi,balcony". The checks hold the shape; the application holds which codes exist, so a new
-- amenity needs no migration. Both are read with the room, never searched.
ALTER TABLE items
    ADD COLUMN beds text NOT NULL DEFAULT ''
        CHECK (beds ~ '^([a-z_]+:[1-9][0-9]?(,[a-z_]+:[1-9][0-9]?)*)?$'),
    ADD COLUMN size_m2 integer CHECK (size_m2 BETWEEN 1 AND 10000),
    ADD COLUMN amenities text NOT NULL DEFAULT ''
        CHECK (amenities ~ '^([a-z_]+(,[a-z_]+)*)?$'),
    -- Null: the organisation's hours hold for this room.
    ADD COLUMN check_in_from time,
    ADD COLUMN check_out_until time;
