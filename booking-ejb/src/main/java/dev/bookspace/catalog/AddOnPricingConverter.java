package dev.bookspace.catalog;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link AddOnPricing} by its lower-case code, as the schema's check constraint expects. */
@Converter(autoApply = true)
public class AddOnPricingConverter implements AttributeConverter<AddOnPricing, String> {

    @Override
    public String convertToDatabaseColumn(AddOnPricing pricing) {
        return pricing == null ? null : pricing.code();
    }

    @Override
    public AddOnPricing convertToEntityAttribute(String code) {
        return code == null ? null : AddOnPricing.fromCode(code);
    }
}
