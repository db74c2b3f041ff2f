package dev.bookspace.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;

/**
 * Maps a {@link StayPeriod} to PostgreSQL's {@code daterange}, as a typed value ({@link PgValues}).
 */
@Converter(autoApply = true)
public class StayPeriodConverter implements AttributeConverter<StayPeriod, Object> {

    @Override
    public Object convertToDatabaseColumn(StayPeriod stay) {
        if (stay == null) {
            return null;
        }
        return PgValues.typed("daterange", stay.toString());
    }

    /** PostgreSQL returns ranges of dates in canonical form: {@code [2026-01-01,2026-01-03)}. */
    @Override
    public StayPeriod convertToEntityAttribute(Object column) {
        if (column == null) {
            return null;
        }
        String text = PgValues.text(column);
        if (text == null || !text.startsWith("[") || !text.endsWith(")")) {
            throw new IllegalStateException("Not a canonical bounded daterange: " + text);
        }
        String[] bounds = text.substring(1, text.length() - 1).split(",");
        return new StayPeriod(LocalDate.parse(bounds[0]), LocalDate.parse(bounds[1]));
    }
}
