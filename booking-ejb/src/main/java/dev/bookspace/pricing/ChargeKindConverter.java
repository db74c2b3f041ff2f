package dev.bookspace.pricing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ChargeKind} by its lower-case code, as the schema's check constraint expects. */
@Converter(autoApply = true)
public class ChargeKindConverter implements AttributeConverter<ChargeKind, String> {

    @Override
    public String convertToDatabaseColumn(ChargeKind kind) {
        return kind == null ? null : kind.code();
    }

    @Override
    public ChargeKind convertToEntityAttribute(String code) {
        return code == null ? null : ChargeKind.fromCode(code);
    }
}
