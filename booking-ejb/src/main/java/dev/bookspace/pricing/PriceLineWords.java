package dev.bookspace.pricing;

import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.Plural;
import dev.bookspace.shared.Wording;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A price line in the reader's language: "2 Nächte × 120,00 € (Nebensaison)" for the line {@link Pricing} wrote as
 * "2 nights × €120.00 (Low season)". A line keeps the English label it was made with (a booking stores it, the API
 * answers it), so the parts (counts, unit price, the names staff gave) are read back from that label and the line is
 * written again in the language; the amount says the unit price. A label that does not read back to exactly itself
 * (one written before its kind's shape changed) is shown as it stands, so no booking ever reads wrong, only English.
 * The names staff gave (rates, add-ons, fees, taxes) stay as they wrote them.
 */
public final class PriceLineWords {

    private static final String BUNDLE = "dev.bookspace.pricing.PriceLines";
    private static final String PERCENT = "(\\d+(?:\\.\\d+)?) %";
    private static final Pattern NIGHTS = Pattern.compile("(\\d+) nights? × (.+?)(?: \\((.*)\\))?");
    private static final Pattern DISCOUNT = Pattern.compile("(\\d+) nights? or more: " + PERCENT + " off");
    private static final Pattern COUNTED = Pattern.compile(
            "(.*) \\((?:(\\d+) × )?(?:(\\d+) guests? × )?(?:(\\d+) nights? × )?([^()]+)\\)");
    private static final Pattern PERCENT_TAX = Pattern.compile("(.*) " + PERCENT);
    private static final Pattern INCLUDED_TAX = Pattern.compile("(.*) " + PERCENT + " \\(included\\)");

    private PriceLineWords() {
    }

    /** The line's label in this language; English is the label itself, as it always read. */
    public static String of(QuoteLine line, Language language) {
        if (language == Language.ENGLISH) {
            return line.label();
        }
        return translated(line, language).orElse(line.label());
    }

    private static Optional<String> translated(QuoteLine line, Language language) {
        Wording words = Wording.of(BUNDLE, language);
        String label = line.label();
        return switch (line.kind()) {
            case NIGHTS -> matching(NIGHTS, label).flatMap(m -> nights(line, m, words));
            case DISCOUNT -> matching(DISCOUNT, label).map(m -> words.text("discount",
                    Plural.of(Long.parseLong(m.group(1)), "night", language), percent(m.group(2), words)));
            case ADD_ON, TAX -> matching(COUNTED, label).flatMap(m -> counted(line, m, words))
                    .or(() -> line.kind() == LineKind.TAX ? matching(PERCENT_TAX, label)
                            .map(m -> m.group(1) + " " + percent(m.group(2), words)) : Optional.empty());
            case INCLUDED_TAX -> matching(INCLUDED_TAX, label).map(m -> words.text("included", m.group(1),
                    percent(m.group(2), words)));
            case FEE -> Optional.empty();
        };
    }

    private static Optional<String> nights(QuoteLine line, Matcher m, Wording words) {
        long count = Long.parseLong(m.group(1));
        String rate = m.group(3);
        return unitPrice(line.amount(), count, m.group(2)).map(price -> Plural.of(count, "night", words.language())
                + " × " + words.money(price) + (rate == null ? "" : " (" + rate + ")"));
    }

    /** An add-on, or a tax per guest and night: "Breakfast (2 × 2 guests × €15.00)". */
    private static Optional<String> counted(QuoteLine line, Matcher m, Wording words) {
        Long quantity = number(m.group(2));
        Long guests = number(m.group(3));
        Long nights = number(m.group(4));
        long units = (quantity == null ? 1 : quantity) * (guests == null ? 1 : guests) * (nights == null ? 1 : nights);
        return unitPrice(line.amount(), units, m.group(5)).map(price -> m.group(1) + " ("
                + (quantity == null ? "" : quantity + " × ")
                + (guests == null ? "" : Plural.of(guests, "guest", words.language()) + " × ")
                + (nights == null ? "" : Plural.of(nights, "night", words.language()) + " × ")
                + words.money(price) + ")");
    }

    /** The price of one unit, when the line's amount divides into them and the label wrote exactly that price. */
    private static Optional<Money> unitPrice(Money amount, long units, String written) {
        if (units <= 0 || amount.minor() % units != 0) {
            return Optional.empty();
        }
        Money price = new Money(amount.minor() / units, amount.currency());
        return price.formatted().equals(written) ? Optional.of(price) : Optional.empty();
    }

    private static String percent(String written, Wording words) {
        char separator = DecimalFormatSymbols.getInstance(words.formats()).getDecimalSeparator();
        return new BigDecimal(written).stripTrailingZeros().toPlainString().replace('.', separator) + " %";
    }

    private static Long number(String digits) {
        return digits == null ? null : Long.valueOf(digits);
    }

    private static Optional<Matcher> matching(Pattern pattern, String label) {
        Matcher matcher = pattern.matcher(label);
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }
}
