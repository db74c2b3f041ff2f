package dev.bookspace.pricing;

import java.io.Serializable;
import java.util.List;

/**
 * What each night of a month costs in one room, as a guest booking it would pay: the rates page's
 * month view.
 */
public record RoomNights(long itemId, String title, List<PricedNight> nights) implements Serializable {
}
