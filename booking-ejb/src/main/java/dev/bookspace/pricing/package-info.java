/** Pricing: the one component that computes every quote, as an itemised breakdown in minor units. */
package dev.bookspace.pricing;
