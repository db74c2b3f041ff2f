/** Availability: which of an organisation's items are free for a stay. */
package dev.bookspace.availability;
