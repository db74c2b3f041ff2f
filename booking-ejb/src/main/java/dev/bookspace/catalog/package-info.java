/** The catalogue: an organisation's bookable items (rooms, properties, venues) and their add-ons. */
package dev.bookspace.catalog;
