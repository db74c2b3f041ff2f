-- Public-page bookings counted in hourly windows, per client network and per organisation, in the
-- database so that every server of a cluster counts alike: a script cannot fill an organisation's rooms
-- or keep them held. Infrastructure, like sign_in_failures: read only by the limits, no organisation's data.
CREATE TABLE public_booking_counts (
    counter         text        PRIMARY KEY,  -- 'network:203.0.113.7', 'network:2001:0db8:0001:0002::/64' or 'organisation:42'
    bookings        integer     NOT NULL,
    window_started  timestamptz NOT NULL
);

-- Proofs of work already used: a solved challenge books once.
CREATE TABLE spent_challenges (
    challenge   text        PRIMARY KEY,
    expires_at  timestamptz NOT NULL
);

-- An e-mail address holds at most a few rooms unpaid at once; counting them reads only live holds.
CREATE INDEX bookings_open_holds_idx ON bookings (organisation_id, lower(guest_email))
    WHERE status = 'unpaid' AND hold_expires_at IS NOT NULL;
