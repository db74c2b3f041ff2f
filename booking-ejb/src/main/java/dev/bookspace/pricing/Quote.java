package dev.bookspace.pricing;

import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.util.List;

/**
 * An itemised price, all in one currency: the nights grouped by rate in the order they come, any
 * length-of-stay discount, each add-on in the order chosen, the fees, then the taxes; and the total,
 * the sum of every line but the taxes the prices already include.
 *
 * @param lines the breakdown
 * @param total what the guest pays
 */
public record Quote(List<QuoteLine> lines, Money total) implements Serializable {

    public Quote {
        lines = List.copyOf(lines);
    }

    /** What the room costs for the stay: its nights less any discount. */
    public Money stay() {
        return lines.stream().filter(line -> line.kind() == LineKind.NIGHTS || line.kind() == LineKind.DISCOUNT)
                .map(QuoteLine::amount).reduce(Money::plus).orElseThrow();
    }

    /** This quote's lines, each under a room's title, as a booking of several rooms shows them ("Sea Room: 2 nights × €120.00"). */
    public List<QuoteLine> linesUnder(String roomTitle) {
        return lines.stream().map(line -> new QuoteLine(line.kind(), roomTitle + ": " + line.label(), line.amount())).toList();
    }

    /** One line per chosen add-on, in the order chosen. */
    public List<QuoteLine> addOns() {
        return lines.stream().filter(line -> line.kind() == LineKind.ADD_ON).toList();
    }
}
