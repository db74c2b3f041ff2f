package dev.bookspace.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An amount in the minor units of a currency (cents, pence). Money is never a {@code double}.
 *
 * @param minor the amount in minor units
 * @param currency the ISO 4217 currency
 */
public record Money(long minor, Currency currency) implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Map<List<Object>, NumberFormat> FORMATS = new ConcurrentHashMap<>();

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minor, String currencyCode) {
        return new Money(minor, Currency.getInstance(currencyCode));
    }

    /**
     * An amount a person typed, such as {@code 120.50}; more decimals than the currency has are
     * refused with a sentence for the named field.
     */
    public static Money ofDecimal(BigDecimal amount, Currency currency, String field) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new InvalidRequestException(field, "Amounts in " + currency.getCurrencyCode() + " have at most "
                    + digits + " decimals.").worded("money.decimals", currency.getCurrencyCode(), digits);
        }
        try {
            return new Money(amount.movePointRight(digits).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new InvalidRequestException(field, "That amount is too large.").worded("money.tooLarge");
        }
    }

    /** The amount as a decimal number, for a form field. */
    public BigDecimal decimal() {
        return BigDecimal.valueOf(minor, Math.max(currency.getDefaultFractionDigits(), 0));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    /**
     * This percentage of the amount, rounded half-up to whole minor units: to the currency's own
     * decimals (a yen, a cent, a fils), so every line a guest reads is an amount they can pay.
     */
    public Money percent(BigDecimal percent) {
        BigDecimal share = BigDecimal.valueOf(minor).multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP);
        return new Money(share.longValueExact(), currency);
    }

    /**
     * The part of this amount that a tax of this percentage included in it makes up, rounded half-up to
     * whole minor units: 10 % included in €110.00 is €10.00.
     */
    public Money includedShare(BigDecimal percent) {
        BigDecimal share = BigDecimal.valueOf(minor).multiply(percent).divide(HUNDRED.add(percent), 0, RoundingMode.HALF_UP);
        return new Money(share.longValueExact(), currency);
    }

    public Money negated() {
        return new Money(Math.negateExact(minor), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    /** The ISO code, for JSON and for views. */
    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** The amount as a person reads it, such as {@code €1,250.00}. */
    /** As the API, CSV files and English pages write it: "€1,250.00". */
    public String formatted() {
        return formatted(Locale.UK);
    }

    /** As a reader of this locale writes it: "1.250,00 €" in German, "1 250,00 €" in French. */
    public String formatted(Locale locale) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        // A NumberFormat is not thread-safe, so each call formats with its own copy of the currency's;
        // a copy costs a fraction of building one (locale data, currency symbols), which a rooms page
        // did twice per room.
        NumberFormat format = (NumberFormat) FORMATS.computeIfAbsent(List.of(currency, locale),
                key -> formatFor(currency, locale)).clone();
        return format.format(BigDecimal.valueOf(minor, digits));
    }

    private static NumberFormat formatFor(Currency currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format;
    }

    @Override
    public String toString() {
        return formatted();
    }
}
