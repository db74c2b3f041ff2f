-- The demo organisation of the run command: a small guest house with rooms, add-ons and bookings
-- around today, so the rooms page, the calendar and the dashboard have something to show.
WITH org AS (
    INSERT INTO organisations (identifier, name, currency, time_zone, hold_minutes, terms, notification_email,
                               cancellation_policy, address, contact_phone, contact_email)
    VALUES ('demo', 'Harbour House', 'EUR', 'Europe/Lisbon', 30,
            'Check-in from 15:00, checkout by 11:00.',
            'frontdesk@harbourhouse.example', '7:100,0:50',
            E'Rua do Cais 1\n1100-001 Lisboa', '+351 212 345 678', 'frontdesk@harbourhouse.example')
    RETURNING id
), staff AS (
    -- Demo sign-ins, verified: owner@demo.bookspace.local and staff@demo.bookspace.local, both with
    -- the password harbour-house-demo (hashed as the application hashes passwords).
    INSERT INTO users (organisation_id, email, name, password_hash, role, email_verified_at)
    SELECT org.id, person.email, person.name,
           'PBKDF2WithHmacSHA256:600000:/fUFzL9pJB8pgTE1xyftww==:ZQqC8oKXXzPZjfnsZJbHDlDJHeibceQTbVgycrhadBI=',
           person.role, now()
    FROM org, (VALUES
        ('owner@demo.bookspace.local', 'Olivia Owner', 'owner'),
        ('staff@demo.bookspace.local', 'Sam Staff', 'staff')
    ) AS person (email, name, role)
    RETURNING id
), demo_key AS (
    -- The demo API key bk_demo_harbour_house_0000000000, stored as its SHA-256 like every key.
    INSERT INTO api_keys (organisation_id, name, prefix, key_hash, created_at)
    SELECT org.id, 'Demo integration', 'bk_demo_ha', '0ea7b6bf45419d4088d444cc59dea972cb4da511b097d706ed85d15156640494', now()
    FROM org
    RETURNING id
), rooms AS (
    INSERT INTO items (organisation_id, title, description, nightly_price_minor, capacity, beds, size_m2, amenities)
    SELECT org.id, room.title, room.description, room.price, room.capacity, room.beds, room.size_m2, room.amenities
    FROM org, (VALUES
        ('Sea Room', 'A double room with a balcony over the harbour.', 12000, 2, 'double:1', 22,
         'wifi,sea_view,balcony,private_bathroom,coffee_machine'),
        ('Garden Suite', 'Two rooms opening onto the garden; sleeps a family.', 18000, 4, 'king:1,single:2', 45,
         'wifi,garden_view,terrace,kitchenette,private_bathroom,washing_machine'),
        ('Attic Single', 'A quiet single under the eaves.', 7000, 1, 'single:1', 12, 'wifi,desk,heating'),
        ('Lighthouse Loft', 'Open-plan loft with a view of the lighthouse.', 22000, 3, 'queen:1,sofa_bed:1', 60,
         'wifi,sea_view,kitchen,air_conditioning,tv,private_bathroom'),
        ('Courtyard Twin', 'Two single beds by the courtyard.', 9500, 2, 'single:2', 18,
         'wifi,step_free_access,private_bathroom,hairdryer')
    ) AS room (title, description, price, capacity, beds, size_m2, amenities)
    RETURNING id, organisation_id, title, nightly_price_minor
), add_ons AS (
    INSERT INTO add_ons (organisation_id, item_id, name, price_minor, pricing, max_quantity)
    SELECT org.id, NULL, add_on.name, add_on.price, add_on.pricing, add_on.max_quantity
    FROM org, (VALUES
        ('Breakfast', 1200, 'per_guest', 4),
        ('Parking', 1500, 'per_night', 2),
        ('Late checkout', 2500, 'per_booking', 1)
    ) AS add_on (name, price, pricing, max_quantity)
    RETURNING id
), stays AS (
    -- Booked a fortnight ahead; paid at the desk when booked there, else on arrival (never later than now).
    SELECT stay.*, booked_at,
           CASE WHEN stay.status IN ('paid', 'complete')
                THEN CASE stay.method WHEN 'at_desk' THEN booked_at
                     ELSE least(now(), (current_date + stay.from_day + time '15:30') AT TIME ZONE 'Europe/Lisbon') END
           END AS paid_at
    FROM (
        SELECT rooms.organisation_id, rooms.id AS item_id, rooms.nightly_price_minor,
               stay.status, stay.method, stay.guest_name, stay.guest_email, stay.hold_expires_at, stay.from_day,
               daterange(current_date + stay.from_day, current_date + stay.to_day) AS date_range,
               (stay.to_day - stay.from_day) * rooms.nightly_price_minor AS total,
               'BK-DEMO' || row_number() OVER (ORDER BY rooms.id, stay.from_day) AS reference
        FROM rooms JOIN (VALUES
            ('Sea Room', 'complete', 'pay_on_arrival', 'Maria Santos', 'maria@example.org', NULL::timestamptz, -5, -2),
            ('Sea Room', 'paid', 'at_desk', 'Tom Baker', 'tom@example.org', NULL, 7, 9),
            ('Attic Single', 'paid', 'pay_on_arrival', 'Ines Duarte', 'ines@example.org', NULL, 0, 3),
            ('Courtyard Twin', 'complete', 'pay_on_arrival', 'Kofi Mensah', 'kofi@example.org', NULL, -3, 0),
            ('Garden Suite', 'paid', 'at_desk', 'The Okafor family', 'okafor@example.org', NULL, 1, 6),
            ('Lighthouse Loft', 'unpaid', 'pay_on_arrival', 'Lena Fischer', 'lena@example.org', NULL, 8, 10),
            ('Courtyard Twin', 'cancelled', 'pay_on_arrival', 'Sam Lee', 'sam@example.org', NULL, 7, 9)
        ) AS stay (title, status, method, guest_name, guest_email, hold_expires_at, from_day, to_day)
        ON stay.title = rooms.title
    ) AS stay,
    LATERAL (SELECT (current_date + stay.from_day - 14 + time '10:00') AT TIME ZONE 'Europe/Lisbon' AS booked_at) AS booked
), bookings AS (
    INSERT INTO bookings (organisation_id, reference, access_token, status, guest_name, guest_email, guests,
                          hold_expires_at, payment_method, total_minor, currency, created_at, paid_at)
    SELECT organisation_id, reference, md5(random()::text), status, guest_name, guest_email,
           1, hold_expires_at, method, total, 'EUR', booked_at, paid_at
    FROM stays
    RETURNING id, reference
), payments AS (
    -- The money of the paid and completed stays, so their pages and the dashboard's revenue show it.
    INSERT INTO booking_payments (organisation_id, booking_id, kind, method, amount_minor, recorded_at)
    SELECT stays.organisation_id, bookings.id, 'payment', stays.method, stays.total, stays.paid_at
    FROM stays JOIN bookings ON bookings.reference = stays.reference
    WHERE stays.paid_at IS NOT NULL
), history AS (
    -- Each booking's history in the words the application writes (HistoryWords translates them); no notice, so
    -- nothing is mailed or sent to a webhook for the demo.
    INSERT INTO booking_events (organisation_id, booking_id, happened_at, actor, description)
    SELECT stays.organisation_id, bookings.id, event.happened_at, event.actor, event.description
    FROM stays JOIN bookings ON bookings.reference = stays.reference,
    LATERAL (VALUES
        (stays.booked_at, CASE stays.method WHEN 'at_desk' THEN 'Olivia Owner' ELSE stays.guest_name END,
         CASE stays.method WHEN 'at_desk' THEN 'Booked at the desk and paid there.'
              ELSE 'Booked on the public page, to pay on arrival.' END),
        (CASE WHEN stays.method = 'pay_on_arrival' THEN stays.paid_at END, 'Olivia Owner',
         'Marked paid: €' || to_char(stays.total / 100.0, 'FM999990.00') || ' taken on arrival.'),
        (CASE WHEN stays.status = 'cancelled' THEN stays.booked_at + interval '2 days' END, stays.guest_name,
         'Cancelled; the room is free again for those nights.')
    ) AS event (happened_at, actor, description)
    WHERE event.happened_at IS NOT NULL
), closed AS (
    -- Closed dates, which occupy their room through a booking_items row of their own (V16).
    INSERT INTO room_blocks (organisation_id, item_id, date_range, reason)
    SELECT organisation_id, id, daterange(current_date + 2, current_date + 5), 'Repainting'
    FROM rooms WHERE title = 'Courtyard Twin'
    RETURNING organisation_id, id, item_id, date_range
)
INSERT INTO booking_items (organisation_id, booking_id, block_id, item_id, date_range, booking_status, hold_expires_at, price_minor)
SELECT stays.organisation_id, bookings.id, NULL, stays.item_id, stays.date_range, stays.status, stays.hold_expires_at, stays.total
FROM stays
JOIN bookings ON bookings.reference = stays.reference
UNION ALL
SELECT organisation_id, NULL, id, item_id, date_range, 'blocked', NULL, 0 FROM closed;
