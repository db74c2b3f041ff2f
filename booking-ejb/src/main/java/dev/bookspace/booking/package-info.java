/** Bookings: holds, their booking items on stays, and the database's guarantee against double booking. */
package dev.bookspace.booking;
