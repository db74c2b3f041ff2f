-- A booking may hold several rooms for one stay (a family taking two rooms): each room says how many sleep in it.
-- Null on the rows made before, whose booking's guests all stayed in its one room, and on closed dates' rows.
ALTER TABLE booking_items ADD COLUMN guests integer CHECK (guests >= 1);
