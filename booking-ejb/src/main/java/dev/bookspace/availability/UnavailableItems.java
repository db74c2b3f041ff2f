package dev.bookspace.availability;

import dev.bookspace.shared.StayPeriod;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The items not offered for a stay, by title, and, when the stay breaks the organisation's stay rules,
 * the nearest stay they take: the alternative a guest is offered.
 *
 * @param more whether more items are not offered than were asked for
 * @param stayRules the rules the stay breaks, which hold for every room alike
 * @param nearestTakenStay null when the stay breaks no rule, or no stay near it keeps them
 */
public record UnavailableItems(List<UnavailableItem> items, boolean more, List<StayRuleBreach> stayRules,
        StayPeriod nearestTakenStay) implements Serializable {

    public UnavailableItems {
        items = List.copyOf(items);
        stayRules = List.copyOf(stayRules);
    }

    public Optional<StayPeriod> nearest() {
        return Optional.ofNullable(nearestTakenStay);
    }
}
