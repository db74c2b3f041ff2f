/** Payments: Stripe Checkout sessions for holds, and the signed webhooks that alone mark them paid or expired. */
package dev.bookspace.payment;
