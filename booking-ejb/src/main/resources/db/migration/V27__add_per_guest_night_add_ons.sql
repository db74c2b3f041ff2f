-- Add-ons priced per guest per night (breakfast), beside once per booking, per night and per guest.
ALTER TABLE add_ons DROP CONSTRAINT add_ons_pricing_check,
    ADD CONSTRAINT add_ons_pricing_check CHECK (pricing IN ('per_booking', 'per_night', 'per_guest', 'per_guest_night'));
ALTER TABLE booking_add_ons DROP CONSTRAINT booking_add_ons_pricing_check,
    ADD CONSTRAINT booking_add_ons_pricing_check CHECK (pricing IN ('per_booking', 'per_night', 'per_guest', 'per_guest_night'));
