/** REST API v3: the JAX-RS application at {@code /api/v3}. */
package dev.bookspace.api;
