-- Stay rules (README, Stay rules): what stays an organisation takes, checked by StayRules wherever a stay
-- is chosen. Weekdays are kept as in weekday_rates: 1 Monday, 2 Tuesday, 4 Wednesday … 64 Sunday.

-- The organisation's own rules. The horizon was one setting for the whole server (BOOKING_HORIZON_MONTHS,
-- 18); every organisation starts with that, and may choose up to 36 (StayPeriod.MAX_MONTHS_AHEAD, which holds
-- for staff too). Stays longer than 30 nights stay refused for everyone: they are leases.
ALTER TABLE organisations
    ADD COLUMN min_nights             smallint NOT NULL DEFAULT 1 CHECK (min_nights BETWEEN 1 AND 30),
    ADD COLUMN max_nights             smallint NOT NULL DEFAULT 30 CHECK (max_nights BETWEEN 1 AND 30),
    ADD COLUMN closed_arrival_days    smallint NOT NULL DEFAULT 0 CHECK (closed_arrival_days BETWEEN 0 AND 126),
    ADD COLUMN closed_departure_days  smallint NOT NULL DEFAULT 0 CHECK (closed_departure_days BETWEEN 0 AND 126),
    ADD COLUMN booking_horizon_months smallint NOT NULL DEFAULT 18 CHECK (booking_horizon_months BETWEEN 1 AND 36),
    ADD COLUMN lead_days              smallint NOT NULL DEFAULT 0 CHECK (lead_days BETWEEN 0 AND 365),
    ADD COLUMN same_day_cutoff_hour   smallint CHECK (same_day_cutoff_hour BETWEEN 1 AND 23),
    ADD CHECK (min_nights <= max_nights);

-- A season's own rules, for stays arriving in it: its minimum and maximum nights replace the
-- organisation's (null: the organisation's), its closed weekdays add to the organisation's.
ALTER TABLE seasons
    ADD COLUMN min_nights            smallint CHECK (min_nights BETWEEN 1 AND 30),
    ADD COLUMN max_nights            smallint CHECK (max_nights BETWEEN 1 AND 30),
    ADD COLUMN closed_arrival_days   smallint NOT NULL DEFAULT 0 CHECK (closed_arrival_days BETWEEN 0 AND 126),
    ADD COLUMN closed_departure_days smallint NOT NULL DEFAULT 0 CHECK (closed_departure_days BETWEEN 0 AND 126),
    ADD CHECK (min_nights <= max_nights);
