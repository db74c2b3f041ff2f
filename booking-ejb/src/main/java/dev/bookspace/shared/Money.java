package dev.bookspace.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in the minor units of a currency (cents, pence). Money is never a {@code double}.
 *
 * @param minor the amount in minor units
 * @param currency the ISO 4217 currency
 */
public record Money(long minor, Currency currency) implements Serializable {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minor, String currencyCode) {
        return new Money(minor, Currency.getInstance(currencyCode));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
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
    public String formatted() {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(minor, digits));
    }

    @Override
    public String toString() {
        return formatted();
    }
}
