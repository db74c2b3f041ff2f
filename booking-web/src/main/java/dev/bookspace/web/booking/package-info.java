/** The public booking pages: a room with live pricing and the guest form, and the guest's own booking page. */
package dev.bookspace.web.booking;
