-- An add-on sold with a booking belongs to one of its rooms (a family's two rooms may each take breakfast), so that
-- staff can move, add or take off one room of a booking of several and every other room keeps its add-ons.
ALTER TABLE booking_add_ons ADD COLUMN booking_item_id bigint;
ALTER TABLE booking_add_ons ADD CONSTRAINT booking_add_ons_booking_item_fk
    FOREIGN KEY (organisation_id, booking_item_id) REFERENCES booking_items (organisation_id, id);
CREATE INDEX booking_add_ons_booking_item_idx ON booking_add_ons (organisation_id, booking_item_id);

-- A booking of one room: its add-ons are that room's.
UPDATE booking_add_ons a
   SET booking_item_id = i.id
  FROM booking_items i
 WHERE i.organisation_id = a.organisation_id
   AND i.booking_id = a.booking_id
   AND NOT EXISTS (SELECT 1 FROM booking_items other
                    WHERE other.organisation_id = i.organisation_id
                      AND other.booking_id = i.booking_id
                      AND other.id <> i.id);

-- A booking of several rooms: a room's own add-on is that room's, when the booking holds the room once. An add-on
-- every room offers stays unattributed (null): nothing recorded which room took it, and such a booking's rooms are
-- not changed one by one (Booking.roomsChangeable).
UPDATE booking_add_ons a
   SET booking_item_id = i.id
  FROM add_ons catalogue, booking_items i
 WHERE a.booking_item_id IS NULL
   AND catalogue.organisation_id = a.organisation_id
   AND catalogue.id = a.add_on_id
   AND i.organisation_id = a.organisation_id
   AND i.booking_id = a.booking_id
   AND i.item_id = catalogue.item_id
   AND NOT EXISTS (SELECT 1 FROM booking_items twin
                    WHERE twin.organisation_id = i.organisation_id
                      AND twin.booking_id = i.booking_id
                      AND twin.item_id = i.item_id
                      AND twin.id <> i.id);
