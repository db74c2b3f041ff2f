-- Guests' data rights: a booking whose guest asked to be forgotten, or whose guest's last stay ended
-- longer ago than the organisation keeps guests' details, keeps its rooms, dates and money for the books
-- but not who the guest was.
ALTER TABLE bookings ADD COLUMN anonymised_at timestamptz;

-- How long an organisation keeps a guest's details after their last checkout; none: until asked.
ALTER TABLE organisations ADD COLUMN guest_retention_months integer
    CHECK (guest_retention_months BETWEEN 1 AND 120);
