/** Stripe's webhooks, received for each organisation at {@code /api/v3/organisations/{id}/stripe-webhooks}. */
package dev.bookspace.api.payments;
