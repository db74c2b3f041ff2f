package dev.bookspace.catalog;

import dev.bookspace.shared.Coded;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of bed a room may have, in the order a room's beds are listed, with their English words, singular and
 * plural, kept here alone for a later translation.
 */
public enum BedKind implements Coded {
    SINGLE("single", "single bed", "single beds"),
    DOUBLE("double", "double bed", "double beds"),
    QUEEN("queen", "queen bed", "queen beds"),
    KING("king", "king bed", "king beds"),
    BUNK("bunk", "bunk bed", "bunk beds"),
    SOFA_BED("sofa_bed", "sofa bed", "sofa beds"),
    COT("cot", "cot", "cots");

    private final String code;
    private final String singular;
    private final String plural;

    BedKind(String code, String singular, String plural) {
        this.code = code;
        this.singular = singular;
        this.plural = plural;
    }

    @Override
    public String code() {
        return code;
    }

    /** "1 double bed", "2 single beds". */
    public String count(int beds) {
        return beds + " " + (beds == 1 ? singular : plural);
    }

    /** What a staff member picks: "Double beds". */
    public String label() {
        return Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
    }

    public static Optional<BedKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
