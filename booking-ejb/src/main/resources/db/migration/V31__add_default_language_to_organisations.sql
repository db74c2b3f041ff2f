-- The language an organisation's public pages speak to a guest who chose none and whose browser asks for none that
-- Bookspace speaks (issue 14): one of Language.java's codes. Existing organisations keep English, as before.
ALTER TABLE organisations
    ADD COLUMN default_language text NOT NULL DEFAULT 'en'
        CHECK (default_language IN ('en', 'de', 'fr', 'pt'));
