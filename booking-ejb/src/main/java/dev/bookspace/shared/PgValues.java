package dev.bookspace.shared;

import java.sql.SQLException;
import org.postgresql.util.PGobject;

/**
 * PostgreSQL values of types JDBC has no setter for ({@code daterange}, {@code jsonb}), as typed
 * {@link PGobject}s: a converter to String would send them as varchar and fail (DESIGN.md section 6).
 */
public final class PgValues {

    private PgValues() {
    }

    public static PGobject typed(String type, String literal) {
        PGobject value = new PGobject();
        value.setType(type);
        try {
            value.setValue(literal);
        } catch (SQLException e) {
            throw new IllegalStateException("PGobject refused a " + type + " literal", e);
        }
        return value;
    }

    /** The text of a value read back: a PGobject's, or the driver's own type's. */
    public static String text(Object column) {
        return column instanceof PGobject pg ? pg.getValue() : column.toString();
    }
}
