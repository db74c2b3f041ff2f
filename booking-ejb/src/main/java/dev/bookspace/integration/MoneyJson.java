package dev.bookspace.integration;

import dev.bookspace.shared.Money;

/**
 * Money in the API: minor units and an ISO currency, never a float.
 *
 * @param amountMinor the amount in minor units ({@code 12000} is €120.00)
 * @param currency the ISO 4217 code
 */
public record MoneyJson(long amountMinor, String currency) {

    public static MoneyJson of(Money money) {
        return new MoneyJson(money.minor(), money.currencyCode());
    }
}
