-- The language a booking's guest reads (issue 14): the public page's when they booked there, the organisation's
-- (English until organisations have one) when staff or an integration booked for them. Their e-mails are written
-- in it. One of the languages Bookspace speaks (dev.bookspace.shared.Language).
ALTER TABLE bookings
    ADD COLUMN language text NOT NULL DEFAULT 'en'
        CHECK (language IN ('en', 'de', 'fr', 'pt'));
