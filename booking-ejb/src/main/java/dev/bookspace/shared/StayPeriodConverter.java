package dev.bookspace.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.SQLException;
import java.time.LocalDate;
import org.postgresql.util.PGobject;

/**
 * Maps a {@link StayPeriod} to PostgreSQL's {@code daterange}. It produces a typed {@link PGobject}:
 * a converter to {@code String} would be sent as varchar and fail on read (DESIGN.md section 6).
 */
@Converter(autoApply = true)
public class StayPeriodConverter implements AttributeConverter<StayPeriod, Object> {

    @Override
    public Object convertToDatabaseColumn(StayPeriod stay) {
        if (stay == null) {
            return null;
        }
        PGobject range = new PGobject();
        range.setType("daterange");
        try {
            range.setValue(stay.toString());
        } catch (SQLException e) {
            throw new IllegalStateException("PGobject refused a daterange literal", e);
        }
        return range;
    }

    /** PostgreSQL returns ranges of dates in canonical form: {@code [2026-01-01,2026-01-03)}. */
    @Override
    public StayPeriod convertToEntityAttribute(Object column) {
        if (column == null) {
            return null;
        }
        String text = column instanceof PGobject pg ? pg.getValue() : column.toString();
        if (text == null || !text.startsWith("[") || !text.endsWith(")")) {
            throw new IllegalStateException("Not a canonical bounded daterange: " + text);
        }
        String[] bounds = text.substring(1, text.length() - 1).split(",");
        return new StayPeriod(LocalDate.parse(bounds[0]), LocalDate.parse(bounds[1]));
    }
}
