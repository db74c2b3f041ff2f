package dev.bookspace.catalog;

import dev.bookspace.shared.Coded;
import dev.bookspace.shared.Plural;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of bed a room may have, in the order a room's beds are listed, with their English words, kept here alone
 * for a later translation (each takes an s in the plural, as {@link Plural} has it).
 */
public enum BedKind implements Coded {
    SINGLE("single", "single bed"),
    DOUBLE("double", "double bed"),
    QUEEN("queen", "queen bed"),
    KING("king", "king bed"),
    BUNK("bunk", "bunk bed"),
    SOFA_BED("sofa_bed", "sofa bed"),
    COT("cot", "cot");

    private final String code;
    private final String singular;

    BedKind(String code, String singular) {
        this.code = code;
        this.singular = singular;
    }

    @Override
    public String code() {
        return code;
    }

    /** "1 double bed", "2 single beds". */
    public String count(int beds) {
        return Plural.of(beds, singular);
    }

    /** What a staff member picks: "Double beds". */
    public String label() {
        return Character.toUpperCase(singular.charAt(0)) + singular.substring(1) + "s";
    }

    public static Optional<BedKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
