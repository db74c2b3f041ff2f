package dev.bookspace.booking;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link PaymentMethod} by its lower-case code. */
@Converter(autoApply = true)
public class PaymentMethodConverter implements AttributeConverter<PaymentMethod, String> {

    @Override
    public String convertToDatabaseColumn(PaymentMethod method) {
        return method == null ? null : method.code();
    }

    @Override
    public PaymentMethod convertToEntityAttribute(String code) {
        return code == null ? null : PaymentMethod.fromCode(code);
    }
}
