package dev.bookspace.catalog;

import java.io.Serializable;

/**
 * An add-on a guest chose, and how many. The price is never part of it: the server prices every choice.
 *
 * @param addOnId the add-on
 * @param quantity how many, from 1 to the add-on's maximum
 */
public record AddOnChoice(long addOnId, int quantity) implements Serializable {
}
