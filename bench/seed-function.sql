-- Defines bench.seed_organisation(...), which fills ONE organisation with items, add-ons, an owner and
-- three years of bookings (2026-01-01 to 2029-01-01), set-based and deterministic. generate-data.sql
-- calls it for every benchmark organisation; a test can load this file alone and seed one organisation:
--
--     SELECT bench.seed_organisation('bench-large', 'Grande Hotel Atlântico', 1000, 1, DATE '2026-11-25');
--     ANALYZE;   -- the function does not analyse; plans need fresh statistics
--
-- Requires the Flyway-migrated schema (V1..V3 at least) in public. Everything it creates lives in the
-- schema "bench" (functions only, no data); DROP SCHEMA bench CASCADE removes it and leaves the
-- seeded rows. Same (identifier, item_count, seed, as_of) gives the same rows; only the generated
-- ids depend on what the database held before.

CREATE SCHEMA IF NOT EXISTS bench;

-- A uniform draw in [0, 1) from (seed, key, salt): a hash, so it does not depend on row order, on the
-- session or on parallel plans the way random()/setseed() would.
CREATE OR REPLACE FUNCTION bench.u(p_seed int, p_key bigint, p_salt int) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT ((hashint8extended(p_key, p_seed::bigint * 1000 + p_salt) >> 11) & 9007199254740991)::double precision
           / 9007199254740992.0
$$;

-- The n-th reference of an organisation in BookingReference's format, 'BK-' and 8 characters of its
-- 32-letter alphabet. A bijection of n on 40 bits (odd multiplications and xor-shifts mod 2^40), so
-- references never collide within an organisation and still look random.
CREATE OR REPLACE FUNCTION bench.reference(p_seed int, p_n bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    m constant bigint := 1099511627775;  -- 2^40 - 1
    alphabet constant text := '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
    x bigint := (p_n * 3141593 + (hashint4(p_seed)::bigint & m)) & m;
BEGIN
    x := x # (x >> 20);
    x := (x * 2718283) & m;
    x := x # (x >> 19);
    RETURN 'BK-'
        || substr(alphabet, ((x >> 35) & 31)::int + 1, 1) || substr(alphabet, ((x >> 30) & 31)::int + 1, 1)
        || substr(alphabet, ((x >> 25) & 31)::int + 1, 1) || substr(alphabet, ((x >> 20) & 31)::int + 1, 1)
        || substr(alphabet, ((x >> 15) & 31)::int + 1, 1) || substr(alphabet, ((x >> 10) & 31)::int + 1, 1)
        || substr(alphabet, ((x >> 5) & 31)::int + 1, 1) || substr(alphabet, (x & 31)::int + 1, 1);
END
$$;

CREATE OR REPLACE FUNCTION bench.seed_organisation(
    p_identifier text, p_name text, p_item_count int, p_seed int, p_as_of date DEFAULT current_date)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v_org        bigint;
    v_start      constant date := DATE '2026-01-01';
    v_end        constant date := DATE '2029-01-01';
    -- "Now" for the data: stays that ended by then are complete, later ones paid or unpaid.
    v_now        constant timestamptz := p_as_of::timestamp AT TIME ZONE 'Europe/Lisbon';
    v_add_ons    int;
    v_started    timestamptz := clock_timestamp();
    v_bookings   bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM organisations WHERE identifier = p_identifier) THEN
        RAISE EXCEPTION 'organisation % already exists: seed into a fresh database', p_identifier;
    END IF;

    -- Bookable 36 months ahead (the most an organisation may set): the driver and pgbench draw check-ins up to
    -- 2028-12-16, so with the default 18 a quarter of the driver's searches would be refused by the stay rules
    -- (a 422 without the query) while pgbench runs the query for all of them.
    INSERT INTO organisations (identifier, name, currency, time_zone, hold_minutes, terms, notification_email,
                               booking_horizon_months)
    VALUES (p_identifier, p_name, 'EUR', 'Europe/Lisbon', 30,
            'Check-in from 15:00, checkout by 11:00. Free cancellation up to 7 days before arrival.',
            'reservations@' || p_identifier || '.example', 36)
    RETURNING id INTO v_org;
    -- No Stripe keys: the application books these organisations pay-on-arrival without calling Stripe.

    -- One owner, with the demo's password hash (password harbour-house-demo), for the dashboard.
    INSERT INTO users (organisation_id, email, name, password_hash, role, email_verified_at, created_at)
    VALUES (v_org, 'owner@' || p_identifier || '.bookspace.local', 'Bench Owner',
            'PBKDF2WithHmacSHA256:600000:/fUFzL9pJB8pgTE1xyftww==:ZQqC8oKXXzPZjfnsZJbHDlDJHeibceQTbVgycrhadBI=',
            'owner', v_now - interval '400 days', v_now - interval '400 days');

    -- Ids come from the tables' identity sequences up front, so later rows can point at them
    -- without joining back on natural keys. The temp tables are dropped at the end (and vanish
    -- with the transaction on error), so the function can run several times in one session.

    CREATE TEMP TABLE bench_items AS
    SELECT n, nextval(pg_get_serial_sequence('public.items', 'id')) AS id,
           k.kind || ' ' || lpad(n::text, length(p_item_count::text), '0') AS title, k.description,
           -- base price ±15 %, rounded to 5 euros
           (round(k.price * (0.85 + 0.3 * bench.u(p_seed, n, 2)) / 500) * 500)::bigint AS nightly,
           k.capacity,
           bench.u(p_seed, n, 3) >= 0.02 AS active   -- 2 % of rooms withdrawn
    FROM generate_series(1, p_item_count) AS n
    JOIN (VALUES
        (0, 'Single Room', 'A quiet single room with a desk.', 6500, 1),
        (1, 'Double Room', 'A double bed and a window on the street.', 9500, 2),
        (2, 'Twin Room', 'Two single beds, for friends travelling together.', 9000, 2),
        (3, 'Sea View Double', 'A double room with a balcony facing the sea.', 14500, 2),
        (4, 'Family Room', 'A double bed and two singles; sleeps a family of four.', 16500, 4),
        (5, 'Junior Suite', 'A bedroom and a sitting room with a sofa bed.', 19500, 3),
        (6, 'Garden Suite', 'Two rooms opening onto the garden.', 22000, 4),
        (7, 'Studio Apartment', 'A studio with a kitchenette.', 11000, 2),
        (8, 'Attic Loft', 'Open-plan loft under the roof, with a skylight.', 17500, 3),
        (9, 'Penthouse', 'Top-floor apartment with a private terrace.', 38000, 6)
    ) AS k (no, kind, description, price, capacity) ON k.no = floor(bench.u(p_seed, n, 1) * 10)::int
    ORDER BY n;

    INSERT INTO items (organisation_id, id, title, description, nightly_price_minor, capacity, active)
    SELECT v_org, id, title, description, nightly, capacity, active FROM bench_items ORDER BY n;

    -- Add-ons: always one of each pricing mode, plus 0 to 3 of the rest.
    CREATE TEMP TABLE bench_add_ons AS
    SELECT row_number() OVER (ORDER BY a.no) AS idx, nextval(pg_get_serial_sequence('public.add_ons', 'id')) AS id,
           a.name, a.price, a.pricing, a.max_quantity
    FROM (VALUES
        (1, 'Breakfast', 1400, 'per_guest', 1),
        (2, 'Parking', 1500, 'per_night', 2),
        (3, 'Late checkout', 2500, 'per_booking', 1),
        (4, 'Airport transfer', 3500, 'per_booking', 2),
        (5, 'Welcome basket', 4000, 'per_booking', 1),
        (6, 'Bicycle hire', 1000, 'per_guest', 1),
        (7, 'Baby cot', 800, 'per_night', 1)
    ) AS a (no, name, price, pricing, max_quantity)
    WHERE a.no <= 3 + floor(bench.u(p_seed, 0, 4) * 4)::int;
    SELECT count(*) INTO v_add_ons FROM bench_add_ons;

    INSERT INTO add_ons (organisation_id, id, item_id, name, price_minor, pricing, max_quantity)
    SELECT v_org, id, NULL, name, price, pricing, max_quantity FROM bench_add_ons ORDER BY idx;

    -- Stays: per item 150 candidate (nights, gap) pairs, laid end to end from v_start by a running
    -- sum; those starting before v_end are kept (~96 per item; 150 pairs reach ~1,700 days, so the
    -- three years are always covered). key = item_no * 1000 + k identifies a stay for every draw.
    CREATE TEMP TABLE bench_stays AS
    WITH candidates AS (
        SELECT i.n AS item_no, i.id AS item_id, i.nightly, i.capacity, k, i.n::bigint * 1000 + k AS key,
               1 + floor(bench.u(p_seed, i.n::bigint * 1000 + k, 10) * 14)::int AS nights,
               CASE WHEN bench.u(p_seed, i.n::bigint * 1000 + k, 11) < 0.3 THEN 0
                    ELSE 1 + floor(bench.u(p_seed, i.n::bigint * 1000 + k, 12) * 10)::int END AS gap
        FROM bench_items i CROSS JOIN generate_series(1, 150) AS k
    ), placed AS (
        SELECT c.*, v_start + (sum(nights + gap) OVER (PARTITION BY item_no ORDER BY k) - nights - gap)::int AS check_in
        FROM candidates c
    ), kept AS (
        SELECT p.*, row_number() OVER (ORDER BY item_no, k) AS bn,
               bench.u(p_seed, key, 20) AS u_status,
               -- booked 1 to 180 days ahead, mostly shortly before; never after v_now
               least((p.check_in - (1 + floor(bench.u(p_seed, key, 21) ^ 2 * 180))::int)::timestamp
                         AT TIME ZONE 'Europe/Lisbon' + bench.u(p_seed, key, 22) * interval '1 day',
                     v_now - interval '1 hour' - bench.u(p_seed, key, 23) * interval '30 days') AS created_at
        FROM placed p
        WHERE p.check_in < v_end
    ), kinds AS (
        SELECT kept.*,
               CASE WHEN u_status < 0.05 THEN 'cancelled'
                    WHEN u_status < 0.08 THEN 'expired'                  -- card hold that lapsed
                    WHEN check_in + nights <= p_as_of THEN 'complete'
                    WHEN u_status < 0.0801 AND check_in > p_as_of THEN 'live_hold'  -- a handful
                    WHEN u_status < 0.0820 AND check_in > p_as_of THEN 'stale_hold' -- lapsed, job not run yet
                    WHEN u_status < 0.18 THEN 'on_arrival'               -- unpaid, no hold: blocks
                    ELSE 'paid' END AS kind
        FROM kept
    )
    SELECT k.*, nextval(pg_get_serial_sequence('public.bookings', 'id')) AS booking_id,
           CASE kind WHEN 'complete' THEN 'complete' WHEN 'paid' THEN 'paid' WHEN 'cancelled' THEN 'cancelled'
                     WHEN 'expired' THEN 'expired' ELSE 'unpaid' END AS status,
           CASE WHEN kind = 'on_arrival' THEN 'pay_on_arrival'
                WHEN kind IN ('complete', 'cancelled') AND bench.u(p_seed, key, 24) < 0.4 THEN 'pay_on_arrival'
                ELSE 'stripe' END AS payment_method,
           -- live holds outlast the real 30 minutes so they still block during a benchmark run
           CASE WHEN kind = 'live_hold' THEN v_now + interval '2 days'
                WHEN kind IN ('stale_hold', 'expired') THEN created_at + interval '30 minutes' END AS hold_expires_at,
           1 + floor(bench.u(p_seed, key, 25) * capacity)::int AS guests,
           nights * nightly AS stay_price
    FROM kinds k
    ORDER BY bn;

    -- Add-on lines: a quarter of bookings take one add-on, a fifth of those a second, different one.
    CREATE TEMP TABLE bench_lines AS
    SELECT s.booking_id, a.id AS add_on_id, a.name, a.pricing, a.price AS unit_price, q.quantity,
           a.price * q.quantity * CASE a.pricing WHEN 'per_night' THEN s.nights
                                                 WHEN 'per_guest' THEN s.guests ELSE 1 END AS amount
    FROM bench_stays s
    CROSS JOIN LATERAL (VALUES
        (1, 1 + floor(bench.u(p_seed, s.key, 30) * v_add_ons)::int, bench.u(p_seed, s.key, 31) < 0.25),
        (2, 1 + (floor(bench.u(p_seed, s.key, 30) * v_add_ons)::int + 1
                 + floor(bench.u(p_seed, s.key, 32) * (v_add_ons - 1))::int) % v_add_ons,
            bench.u(p_seed, s.key, 31) < 0.05)
    ) AS l (line, idx, taken)
    JOIN bench_add_ons a ON a.idx = l.idx
    CROSS JOIN LATERAL (SELECT CASE WHEN bench.u(p_seed, s.key, 33 + l.line) < 0.8 THEN 1
                                    ELSE a.max_quantity END AS quantity) AS q
    WHERE l.taken;

    INSERT INTO bookings (organisation_id, id, reference, status, guest_name, guest_email, guests,
                          hold_expires_at, total_minor, currency, created_at, guest_phone, notes,
                          access_token, payment_method, stripe_session_id, paid_at)
    SELECT v_org, s.booking_id, bench.reference(p_seed, s.bn), s.status,
           g.first_name || ' ' || g.last_name,
           translate(lower(g.first_name || '.' || g.last_name), 'áàâãçéêíóôõúü ', 'aaaaceeiooouu')
               || (s.bn % 100) || '@' || (ARRAY['example.org', 'example.com', 'example.net'])[1 + s.bn % 3],
           s.guests, s.hold_expires_at, s.stay_price + coalesce(l.amount, 0), 'EUR', s.created_at,
           '+351 9' || lpad(floor(bench.u(p_seed, s.key, 40) * 100)::text, 2, '0')
               || ' ' || lpad(floor(bench.u(p_seed, s.key, 41) * 1000)::text, 3, '0')
               || ' ' || lpad(floor(bench.u(p_seed, s.key, 42) * 1000)::text, 3, '0'),
           CASE WHEN bench.u(p_seed, s.key, 43) < 0.1 THEN
               (ARRAY['Arriving late, around 22:00.', 'Celebrating an anniversary.', 'We travel with a small dog.',
                      'Ground floor if possible, please.', 'Vegetarian breakfast, please.'])[1 + floor(bench.u(p_seed, s.key, 44) * 5)::int]
               ELSE '' END,
           -- 16 bytes, Base64 URL without padding, like BookingService.newAccessToken
           rtrim(translate(encode(decode(md5(p_seed || ':' || p_identifier || ':' || s.bn), 'hex'), 'base64'), '+/', '-_'), '='),
           s.payment_method,
           CASE WHEN s.payment_method = 'stripe' THEN 'cs_test_' || md5(p_identifier || ':session:' || s.bn) END,
           CASE WHEN s.status IN ('paid', 'complete') AND s.payment_method = 'stripe'
                    THEN s.created_at + (1 + bench.u(p_seed, s.key, 45) * 20) * interval '1 minute'
                WHEN s.status = 'complete' THEN (s.check_in::timestamp + interval '15 hours') AT TIME ZONE 'Europe/Lisbon' END
    FROM bench_stays s
    LEFT JOIN (SELECT booking_id, sum(amount) AS amount FROM bench_lines GROUP BY booking_id) l USING (booking_id)
    CROSS JOIN LATERAL (SELECT
        (ARRAY['Maria', 'João', 'Ana', 'Pedro', 'Inês', 'Tiago', 'Sofia', 'Miguel', 'Beatriz', 'Rui',
               'Emma', 'Lukas', 'Chloé', 'Lucas', 'Olivia', 'James', 'Giulia', 'Marco', 'Sara', 'Daniel',
               'Hannah', 'Jonas', 'Lea', 'Pablo', 'Lucía', 'Noah', 'Mia', 'Kofi', 'Aiko', 'Priya'])
            [1 + floor(bench.u(p_seed, s.key, 46) * 30)::int] AS first_name,
        (ARRAY['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes',
               'Müller', 'Schmidt', 'Dubois', 'Martin', 'Smith', 'Jones', 'Rossi', 'Bianchi', 'García', 'López',
               'Jansen', 'de Vries', 'Nielsen', 'Kowalski', 'Novak', 'Mensah', 'Tanaka', 'Sharma', 'Murphy', 'Walsh'])
            [1 + floor(bench.u(p_seed, s.key, 47) * 30)::int] AS last_name) AS g
    ORDER BY s.booking_id;

    -- booking_status and hold_expires_at repeat the booking's, as BookingItem.followBooking keeps them.
    INSERT INTO booking_items (organisation_id, booking_id, item_id, date_range, booking_status, hold_expires_at, price_minor)
    SELECT v_org, booking_id, item_id, daterange(check_in, check_in + nights), status, hold_expires_at, stay_price
    FROM bench_stays ORDER BY booking_id;

    INSERT INTO booking_add_ons (organisation_id, booking_id, add_on_id, name, pricing, unit_price_minor, quantity, amount_minor)
    SELECT v_org, booking_id, add_on_id, name, pricing, unit_price, quantity, amount
    FROM bench_lines ORDER BY booking_id, add_on_id;

    SELECT count(*) INTO v_bookings FROM bench_stays;
    DROP TABLE pg_temp.bench_items, pg_temp.bench_add_ons, pg_temp.bench_stays, pg_temp.bench_lines;
    RAISE NOTICE '% (id %): % items, % bookings in %', p_identifier, v_org, p_item_count, v_bookings,
        date_trunc('millisecond', clock_timestamp() - v_started);
    RETURN v_org;
END
$$;
