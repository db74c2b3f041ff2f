/** Quotes and bookings over the API: the same services, pricing and validation as the public pages. */
package dev.bookspace.api.bookings;
