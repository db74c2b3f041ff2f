-- What guests need to find and reach the property, shown on the public pages, the booking page and the
-- confirmation e-mail; and the brand colour of the public pages' header.
ALTER TABLE organisations
    ADD COLUMN address text,
    ADD COLUMN contact_phone varchar(30),
    ADD COLUMN contact_email varchar(254),
    ADD COLUMN check_in_from time NOT NULL DEFAULT '15:00',
    ADD COLUMN check_out_until time NOT NULL DEFAULT '11:00',
    ADD COLUMN brand_colour char(7) CHECK (brand_colour ~ '^#[0-9a-f]{6}$');
