package dev.bookspace.pricing;

import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An itemised price: the stay, then each add-on in the order chosen, and their total, all in one
 * currency.
 *
 * @param stay nights times the nightly price
 * @param addOns one line per chosen add-on
 * @param total the sum of the lines
 */
public record Quote(QuoteLine stay, List<QuoteLine> addOns, Money total) implements Serializable {

    public Quote {
        addOns = List.copyOf(addOns);
    }

    /** Every line, stay first. */
    public List<QuoteLine> lines() {
        List<QuoteLine> lines = new ArrayList<>(addOns.size() + 1);
        lines.add(stay);
        lines.addAll(addOns);
        return lines;
    }
}
