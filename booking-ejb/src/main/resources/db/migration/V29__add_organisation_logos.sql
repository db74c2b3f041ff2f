-- The property's logo, worn by its public pages' header and its e-mails (issue 18). What the pages need to
-- write the <img> (its key, type and size) sits on the organisation, which they read anyway; the bytes sit
-- apart, read only by the address that serves them, /photos/{organisation}/{key}-logo.{jpg|png}. A new logo
-- gets a new random key, so the image under a key never changes and is served as immutable, like room photos.
ALTER TABLE organisations
    ADD COLUMN logo_key        text    CHECK (logo_key ~ '^[0-9a-f]{32}$'),
    ADD COLUMN logo_media_type text    CHECK (logo_media_type IN ('image/jpeg', 'image/png')),
    ADD COLUMN logo_width      integer CHECK (logo_width > 0),
    ADD COLUMN logo_height     integer CHECK (logo_height > 0),
    ADD CONSTRAINT organisations_logo_whole CHECK (
        (logo_key IS NULL) = (logo_media_type IS NULL)
        AND (logo_key IS NULL) = (logo_width IS NULL)
        AND (logo_key IS NULL) = (logo_height IS NULL));

-- The current logo's bytes: one row an organisation at most, replaced when the owner uploads another.
CREATE TABLE organisation_logos (
    organisation_id bigint PRIMARY KEY REFERENCES organisations (id),
    logo_key        text   NOT NULL CHECK (logo_key ~ '^[0-9a-f]{32}$'),
    bytes           bytea  NOT NULL
);

-- A mail to a guest wears its organisation's brand: beside the plain text, an HTML part opens with the logo
-- (or the name) on the header's colour. The brand is kept with the mail, so a mail retried later still looks
-- as the organisation did when it was queued; mails without one (account mails) stay plain text.
ALTER TABLE mail_outbox
    ADD COLUMN brand_name     text,
    ADD COLUMN brand_colour   char(7),
    ADD COLUMN brand_logo_url text;
