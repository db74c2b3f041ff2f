package dev.bookspace.booking;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link BookingStatus} by its lower-case code. */
@Converter(autoApply = true)
public class BookingStatusConverter implements AttributeConverter<BookingStatus, String> {

    @Override
    public String convertToDatabaseColumn(BookingStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public BookingStatus convertToEntityAttribute(String code) {
        return code == null ? null : BookingStatus.fromCode(code);
    }
}
