package dev.bookspace.pricing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link LineKind} by its lower-case code, as the schema's check constraint expects. */
@Converter(autoApply = true)
public class LineKindConverter implements AttributeConverter<LineKind, String> {

    @Override
    public String convertToDatabaseColumn(LineKind kind) {
        return kind == null ? null : kind.code();
    }

    @Override
    public LineKind convertToEntityAttribute(String code) {
        return code == null ? null : LineKind.fromCode(code);
    }
}
