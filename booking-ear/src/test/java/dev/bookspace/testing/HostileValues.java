package dev.bookspace.testing;

import java.util.List;

/**
 * Values a hostile caller types where a number, a date, a name or an id is expected: out of range,
 * malformed, far past or future, oversized, injections, control characters, a character outside the
 * basic plane. Thrown at every API parameter and every form field; none may earn a 500.
 */
public final class HostileValues {

    public static final List<String> CORPUS = List.of("-1", "0", "99999999999999999999", "1e400", "abc", "",
            "9999-12-31", "+10000-01-01", "0001-01-01", "2027-02-30", "x".repeat(5_000), "' OR 1=1 --",
            "<script>alert(1)</script>", "\u0000", "\r\n=2+5", "../../etc/passwd", "%", "\uD83D\uDE00");

    private HostileValues() {
    }
}
