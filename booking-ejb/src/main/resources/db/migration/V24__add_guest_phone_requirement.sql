-- Whether guests must give a phone number to book. New organisations ask for it as optional; those that
-- existed before keep requiring it, as their booking form always did.
ALTER TABLE organisations ADD COLUMN guest_phone_required boolean NOT NULL DEFAULT false;
UPDATE organisations SET guest_phone_required = true;
