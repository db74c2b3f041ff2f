package dev.bookspace.identity;

import dev.bookspace.tenancy.Role;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Stores a user's role, {@code owner} or {@code staff}, in lower case. */
@Converter
public class UserRoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Role convertToEntityAttribute(String code) {
        return code == null ? null : Role.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
