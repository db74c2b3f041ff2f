package dev.bookspace.organisation;

import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import java.util.Currency;
import java.util.Optional;

/**
 * The currencies an organisation can take prices in: any ISO 4217 code, with a change between them
 * refused where it would change what prices mean.
 */
public final class Currencies {

    private Currencies() {
    }

    /** Refuses a three-letter code that is not an ISO 4217 currency. */
    public static Optional<FieldProblem> refusal(String code) {
        try {
            Currency.getInstance(code);
            return Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.of(new FieldProblem("currency", code + " is not a currency; use a code such as EUR.")
                    .worded("settings.currencyUnknown", String.valueOf(code)));
        }
    }

    /**
     * Prices are stored in minor units and are not converted, so moving between currencies with
     * different decimals (EUR has 2, JPY none) would multiply or divide every price by a power of ten.
     * Such a change is refused; the owner re-creates prices instead.
     */
    public static Optional<FieldProblem> changeRefusal(Currency from, Currency to) {
        if (from.getDefaultFractionDigits() == to.getDefaultFractionDigits()) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("currency", "Prices are kept as they are, so the currency can change only to one with "
                + "the same decimals: " + from.getCurrencyCode() + " has " + from.getDefaultFractionDigits() + ", "
                + to.getCurrencyCode() + " has " + to.getDefaultFractionDigits() + ".").worded("settings.currencyDecimals",
                from.getCurrencyCode(), from.getDefaultFractionDigits(), to.getCurrencyCode(), to.getDefaultFractionDigits()));
    }
}
