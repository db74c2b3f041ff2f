package dev.bookspace.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keeps a secret column sealed in the database and open in the entity ({@link SecretBox}). */
@Converter
public class SealedSecretConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String secret) {
        return SecretBox.configured().seal(secret);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return SecretBox.configured().open(stored);
    }
}
