package dev.bookspace.organisation;

import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How much of a booking's total a guest pays when booking, the rest (the balance) falling due later: a
 * percentage of the total, or the price of the first night. A booking keeps the rule's {@link #code()} and the
 * amounts it gave, so a later change of the organisation's rule never changes a booking already made.
 *
 * @param percent the share of the total, 1 to 99; null for the first night
 */
public record DepositRule(Integer percent) implements Serializable {

    public static final DepositRule FIRST_NIGHT = new DepositRule(null);

    private static final String FIRST_NIGHT_CODE = "first-night";

    public DepositRule {
        if (percent != null && (percent < 1 || percent > 99)) {
            throw new IllegalArgumentException("A deposit is 1 to 99 % of the total: " + percent);
        }
    }

    public static DepositRule percentOfTotal(int percent) {
        return new DepositRule(percent);
    }

    /** As stored, in {@code organisations.deposit_rule} and each booking's copy: {@code 30%} or {@code first-night}. */
    public String code() {
        return percent == null ? FIRST_NIGHT_CODE : percent + "%";
    }

    /** The rule a stored code names, or empty for none (the whole amount is paid at booking). */
    public static Optional<DepositRule> parse(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        if (code.equals(FIRST_NIGHT_CODE)) {
            return Optional.of(FIRST_NIGHT);
        }
        return Optional.of(percentOfTotal(Integer.parseInt(code.substring(0, code.length() - 1))));
    }

    /**
     * What the guest pays when booking: the percentage of the total rounded half-up to the currency's minor unit
     * (as every price line and refund is), or the first night's price; never more than the total, and never
     * nothing unless the total is nothing.
     *
     * @param firstNight the price of the stay's first night, as priced for this booking
     */
    public Money deposit(Money total, Money firstNight) {
        Money deposit = percent == null ? firstNight : total.percent(BigDecimal.valueOf(percent));
        long minor = Math.min(deposit.minor(), total.minor());
        return new Money(total.minor() > 0 ? Math.max(minor, 1) : 0, total.currency());
    }

    /** The rule in the owner's and the guest's words. */
    public String sentence() {
        return percent == null ? "the first night's price" : percent + " % of the total";
    }
}
