package dev.bookspace.audit;

import dev.bookspace.shared.PgValues;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * JSON text to PostgreSQL's {@code jsonb}, as a typed value ({@link PgValues}). A null is sent typed
 * too: a bare null goes out as varchar, which a jsonb column refuses.
 */
@Converter
public class JsonbConverter implements AttributeConverter<String, Object> {

    @Override
    public Object convertToDatabaseColumn(String json) {
        return PgValues.typed("jsonb", json);
    }

    @Override
    public String convertToEntityAttribute(Object column) {
        return column == null ? null : PgValues.text(column);
    }
}
