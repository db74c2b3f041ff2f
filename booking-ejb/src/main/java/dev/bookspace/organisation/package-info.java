/** Organisations: the tenants of Bookspace, their identifiers, currency, time zone and settings. */
package dev.bookspace.organisation;
