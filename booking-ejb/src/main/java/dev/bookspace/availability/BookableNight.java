package dev.bookspace.availability;

import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One night as a guest's date picker shows it: whether a stay can include it, and from what price.
 *
 * @param fromPrice the lowest price of the night among the rooms free for it; null when none is, or the night
 *                  cannot be booked
 */
public record BookableNight(LocalDate night, boolean bookable, Money fromPrice) implements Serializable {
}
