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

-- A guest's bookings by address, whatever its case: how many holds one address has running, and
-- everything held about a guest when they ask for it or to be forgotten (V13).
CREATE INDEX bookings_guest_email_idx ON bookings (organisation_id, lower(guest_email));
