package dev.bookspace.web.dashboard;

import java.io.Serializable;

/**
 * One bar of the occupancy calendar: a stay, which opens its booking, or closed dates, which open their
 * room's page where they are listed and reopened.
 *
 * @param closure closed dates rather than a stay
 * @param key the stay's booking reference, or the closed dates' id
 * @param text the guest's name, or the reason the room is closed
 * @param link the dashboard page a click opens, from the context root
 */
public record CalendarBar(boolean closure, String key, String text, String link) implements Serializable {
}
