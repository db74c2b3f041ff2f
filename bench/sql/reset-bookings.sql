-- Removes what earlier runs of the load driver booked, so each run starts from the loaded data and
-- books the same free nights again: bookings whose guest e-mail is at load-driver.bench.example
-- (wrk/book.lua's guests; nothing else uses that domain), with their rooms, add-on and price lines,
-- history and payments, and the idempotency keys of the driver's API keys. Then VACUUM (ANALYZE), so the
-- availability index stays all-visible for index-only scans. Touches benchmark organisations only.
BEGIN;
CREATE TEMP TABLE driver_bookings ON COMMIT DROP AS
SELECT b.organisation_id, b.id FROM bookings b
JOIN organisations o ON o.id = b.organisation_id AND o.identifier LIKE 'bench-%'
WHERE b.guest_email LIKE '%@load-driver.bench.example';
-- Add-ons before the rooms they belong to (V41), price lines before their booking.
DELETE FROM booking_add_ons t USING driver_bookings d WHERE t.organisation_id = d.organisation_id AND t.booking_id = d.id;
DELETE FROM booking_price_lines t USING driver_bookings d WHERE t.organisation_id = d.organisation_id AND t.booking_id = d.id;
DELETE FROM booking_items t USING driver_bookings d WHERE t.organisation_id = d.organisation_id AND t.booking_id = d.id;
DELETE FROM booking_events t USING driver_bookings d WHERE t.organisation_id = d.organisation_id AND t.booking_id = d.id;
DELETE FROM booking_payments t USING driver_bookings d WHERE t.organisation_id = d.organisation_id AND t.booking_id = d.id;
DELETE FROM bookings t USING driver_bookings d WHERE t.organisation_id = d.organisation_id AND t.id = d.id;
DELETE FROM idempotency_keys t USING api_keys k
WHERE t.organisation_id = k.organisation_id AND t.api_key_id = k.id AND k.name = 'Load driver';
SELECT count(*) AS driver_bookings_removed FROM driver_bookings;
COMMIT;
VACUUM (ANALYZE) booking_items, bookings, booking_events, idempotency_keys;
