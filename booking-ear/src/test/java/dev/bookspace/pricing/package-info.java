/** Rates, taxes and fees priced alike on the pages, in bookings, Stripe's charge, the e-mail and the API. */
package dev.bookspace.pricing;
