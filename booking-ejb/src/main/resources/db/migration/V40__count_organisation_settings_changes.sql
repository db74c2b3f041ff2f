-- An organisation's rates and stay rules, read on every search and quote, are kept by each node between requests and
-- checked against this counter, which its search reads anyway with the organisation's row (issue 17): one row read
-- instead of six queries, and no node answers from settings another node has changed, since every change to the
-- organisation's row or to a table the settings are read from counts up in the same transaction.
ALTER TABLE organisations ADD COLUMN settings_version bigint NOT NULL DEFAULT 0;

-- Any change to the row itself counts, unless the change is the count (a rate table's trigger below).
CREATE FUNCTION organisation_settings_count_own_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.settings_version = OLD.settings_version THEN
        NEW.settings_version := OLD.settings_version + 1;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER organisations_count_settings_changes BEFORE UPDATE ON organisations
    FOR EACH ROW EXECUTE FUNCTION organisation_settings_count_own_change();

CREATE FUNCTION organisation_settings_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE organisations SET settings_version = settings_version + 1
    WHERE id IN (SELECT organisation_id FROM changed_rows);
    RETURN NULL;
END $$;

-- Per statement, over its transition table: a season saved with a price for each of 1,000 rooms counts once.
DO $$
DECLARE
    settings_table text;
BEGIN
    FOREACH settings_table IN ARRAY ARRAY['seasons', 'weekday_rates', 'room_rates', 'stay_discounts', 'charges'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_count_inserts AFTER INSERT ON %1$s REFERENCING NEW TABLE AS changed_rows'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION organisation_settings_count_change()', settings_table);
        EXECUTE format('CREATE TRIGGER %1$s_count_updates AFTER UPDATE ON %1$s REFERENCING NEW TABLE AS changed_rows'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION organisation_settings_count_change()', settings_table);
        EXECUTE format('CREATE TRIGGER %1$s_count_deletes AFTER DELETE ON %1$s REFERENCING OLD TABLE AS changed_rows'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION organisation_settings_count_change()', settings_table);
    END LOOP;
END $$;
