-- A guest changing their booking's dates or room tells integrators so: booking.changed joins the
-- notices a booking's history line may carry (V8), and its webhook carries the booking as it now stands.
ALTER TABLE booking_events DROP CONSTRAINT booking_events_notice_check;
ALTER TABLE booking_events ADD CONSTRAINT booking_events_notice_check
    CHECK (notice IN ('booking.created', 'booking.paid', 'booking.cancelled', 'booking.expired', 'booking.changed'));

-- What changes of the stay have refunded: money given back because the stay became cheaper is no longer
-- paid towards the total, unlike a refund staff make as a gesture on a booking that stands.
ALTER TABLE bookings ADD COLUMN change_refunded_minor bigint NOT NULL DEFAULT 0;
